// Limits that keep the page responsive and every input honest:
//
// - A large scenario (many futures over a long horizon) is answered first from its first few
//   hundred futures, counted off the page's thread, and refined as the rest are counted, with a
//   note saying how far that has got; a drag never waits for a hundred thousand futures.
// - The palette stops at the format's limits (200 steps, 50 shocks) with a message.
// - Number fields refuse values outside their range with a message that names the field, and
//   keep the last good value.

import { el } from "../shared/dom.js";
import { formatPercent, t } from "../shared/i18n.js";

/**
 * The note under the charts' heading while the charts show the first simulated futures of a
 * scenario and more are being counted: what is shown, and how far the counting has got.
 */
export class RefiningNote {
  /** @param {HTMLElement} note the status line */
  constructor(note) {
    this.note = note;
  }

  /**
   * After each frame that counted: `progress` is the Explorer's `{runs_counted, runs, …}` (null
   * when nothing is being counted), `refining` whether the charts show fewer futures than the
   * scenario asks for.
   */
  update(progress, refining) {
    if (!progress || !refining || progress.runs_counted >= progress.runs) {
      this.show(null);
      return;
    }
    this.show(t("limits-refining", { runs: progress.runs }), progress.runs_counted / progress.runs);
  }

  /**
   * Shows `text` in the note (or hides it, for null), with how far the counting has got when
   * `progress` (0 to 1) is given. The note is a live region: the words are announced once, and
   * the percentage, which changes every frame, is shown but not read out.
   */
  show(text, progress = null) {
    if (text === null) {
      if (this.note.hidden) return;
      this.note.hidden = true;
      this.note.replaceChildren();
      return;
    }
    if (!this.words) {
      this.words = document.createTextNode("");
      this.percent = el("span");
      this.percent.setAttribute("aria-hidden", "true");
    }
    if (this.note.firstChild !== this.words) this.note.replaceChildren(this.words, this.percent);
    if (this.words.nodeValue !== text) this.words.nodeValue = text;
    // Whole percents, rounded down: the note never says 100% before the counting is done.
    const percent = progress === null ? "" : ` ${formatPercent(Math.floor(progress * 100) / 100)}`;
    if (this.percent.textContent !== percent) this.percent.textContent = percent;
    this.note.hidden = false;
  }
}

/**
 * Whether another item fits in the scenario's `list` ("steps" or "shocks"). When it does not,
 * says so in `message` and returns false.
 */
export function roomFor(scenario, list, limits, message) {
  const max = list === "shocks" ? limits.max_shocks : limits.max_steps;
  const count = (scenario[list] ?? []).length;
  if (count < max) {
    message.hidden = true;
    message.textContent = "";
    return true;
  }
  message.textContent = t(list === "shocks" ? "limits-shocks-full" : "limits-steps-full", { max, count });
  message.hidden = false;
  return false;
}

/** Marks the palette's buttons of a full list as unavailable (they stay focusable, so the
 * reason can be read). */
export function markPaletteLimits(scenario, limits, palette) {
  for (const list of ["steps", "shocks"]) {
    const max = list === "shocks" ? limits.max_shocks : limits.max_steps;
    const full = (scenario[list] ?? []).length >= max;
    for (const button of palette.querySelectorAll(`.palette-item[data-list="${list}"]`)) {
      if (full) button.setAttribute("aria-disabled", "true");
      else button.removeAttribute("aria-disabled");
    }
  }
}

/**
 * Guards a number field: on a change, a value that is not a whole number within `min()` to
 * `max()` is refused with a message naming the field, and the field goes back to the last good
 * value (`current()`); a good value goes to `onValid`.
 *
 * @param {HTMLInputElement} input
 * @param {object} o
 * @param {string} o.name the field's name in the message ("Simulated futures"), in the page's language
 * @param {() => number} o.min
 * @param {() => number} o.max
 * @param {() => number|null} o.current the value the field shows when the entry is refused
 *   (null, for an optional field, shows it empty)
 * @param {(value: number|null) => void} o.onValid
 * @param {string} [o.empty] for an optional field, what leaving it empty means ("never"), in the
 *   page's language: an empty field is then accepted, and `onValid` gets null
 */
export function guardNumber(input, { name, min, max, current, onValid, empty }) {
  const error = el("p", "field-error");
  error.id = `${input.id}-error`;
  error.setAttribute("role", "alert");
  error.hidden = true;
  // Under the field, not inside a row of controls (the seed's "New seed", the palette's month).
  const anchor = input.closest(".inline, .palette-month") ?? input;
  anchor.insertAdjacentElement("afterend", error);
  const described = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
  input.setAttribute("aria-describedby", [...described, error.id].join(" "));

  const clear = () => {
    error.hidden = true;
    error.textContent = "";
    input.removeAttribute("aria-invalid");
  };
  input.addEventListener("change", () => {
    const raw = input.value.trim();
    const value = Number(raw);
    const lo = min();
    const hi = max();
    if (!input.validity.badInput && raw === "" && empty !== undefined) {
      clear();
      onValid(null);
      return;
    }
    if (!input.validity.badInput && raw !== "" && Number.isInteger(value) && value >= lo && value <= hi) {
      clear();
      onValid(value);
      return;
    }
    const kept = current();
    const problem = input.validity.badInput ? "bad" : raw === "" ? "empty" : "out";
    const args = { field: name, min: lo, max: hi, entry: raw, problem, empty: empty ?? "" };
    const refused = t(empty === undefined ? "limits-number-refused" : "limits-number-refused-optional", args);
    const keptText = kept === null ? t("limits-number-kept-empty", { empty }) : t("limits-number-kept", { kept });
    error.textContent = `${refused} ${keptText}`;
    error.hidden = false;
    input.setAttribute("aria-invalid", "true");
    input.value = kept === null ? "" : String(kept);
  });
  return { clear };
}
