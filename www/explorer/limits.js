// Limits that keep the page responsive and every input honest:
//
// - A large scenario (many futures over a long horizon) is previewed with fewer futures while
//   it is being changed, and run in full once the changes settle and no pointer is held down,
//   with a note saying so; a drag never waits for a hundred thousand futures, even when the
//   hand holding it pauses.
// - The palette stops at the format's limits (200 steps, 50 shocks) with a message.
// - Number fields refuse values outside their range with a message that names the field, and
//   keep the last good value.

import { el } from "../shared/dom.js";

/** Runs × months one update may simulate while a change is under way: about one frame's work. */
export const PREVIEW_RUN_MONTHS = 100_000;
/** Quiet time after the last change (with no pointer down) before the full ensemble runs. */
export const SETTLE_FULL_MS = 250;
/** Runs × months the full ensemble simulates between checks of the clock: about 3 ms. */
const FULL_SLICE_RUN_MONTHS = 50_000;
/** Time the full ensemble may take in one frame, so the page still answers in that frame. */
const FULL_FRAME_MS = 12;

const fmt = (n) => Number(n).toLocaleString("en");

/**
 * Decides, for each model run, whether it is a quick preview or the full ensemble, and keeps
 * the note under the charts' heading in line with it.
 */
export class Responsiveness {
  /**
   * @param {object} o
   * @param {HTMLElement} o.note the status line
   * @param {object} o.explorer the page's Explorer, which runs the full ensemble in slices
   * @param {() => void} o.onFull the full projection has replaced the preview: redraw
   * @param {(err: unknown) => void} o.onError a slice failed
   */
  constructor({ note, explorer, onFull, onError }) {
    this.note = note;
    this.explorer = explorer;
    this.onFull = onFull;
    this.onError = onError;
    this.full = true;
    this.timer = 0;
    this.frame = 0;
    // Whether a pointer (mouse, finger or pen) is down, and whether a full run waits for it to
    // lift: a drag that pauses is still a drag.
    this.pressed = false;
    this.waiting = null;
    addEventListener("pointerdown", () => (this.pressed = true), true);
    const release = () => {
      this.pressed = false;
      if (this.waiting) this.scheduleFull(this.waiting);
    };
    addEventListener("pointerup", release, true);
    addEventListener("pointercancel", release, true);
  }

  /** The next run uses every future (the first run, a scenario just opened). */
  forceFull() {
    this.full = true;
  }

  /** Before a model run: sets the explorer's preview cap unless this run is to be full. */
  beforeRun(explorer) {
    clearTimeout(this.timer);
    cancelAnimationFrame(this.frame);
    this.waiting = null;
    explorer.set_preview_cap(this.full ? undefined : PREVIEW_RUN_MONTHS);
    this.full = false;
  }

  /** After a model run: a preview says so and schedules the full run for when changes stop. */
  afterRun(explorer, scenario, defaults) {
    if (!explorer.is_preview()) {
      this.show(null);
      return;
    }
    const runs = scenario.runs ?? defaults.runs;
    const months = (scenario.horizon_months ?? defaults.horizon_months) + 1;
    const used = Math.min(runs, Math.max(100, Math.floor(PREVIEW_RUN_MONTHS / months)));
    this.show(`Showing a quick preview while you drag: ${fmt(used)} of the ${fmt(runs)} simulated futures. The full picture follows when you stop.`);
    this.scheduleFull(runs);
  }

  /** Runs all `runs` futures once changes have been quiet for a moment and no pointer is down. */
  scheduleFull(runs) {
    clearTimeout(this.timer);
    this.waiting = null;
    this.timer = setTimeout(() => {
      if (this.pressed) {
        // Still held: the release schedules it again.
        this.waiting = runs;
        performance.mark("relief:full-run-waits");
        return;
      }
      this.runFull(runs);
    }, SETTLE_FULL_MS);
  }

  /**
   * Runs the full ensemble a few milliseconds per frame, saying how far it has got, so the
   * page keeps answering (scrolling, reading the charts, the next change) all the while. Any
   * change before it ends starts over from a new preview.
   */
  runFull(runs) {
    if (!this.explorer.begin_full_run()) {
      this.show(null);
      return;
    }
    this.show(`Running all ${fmt(runs)} simulated futures…`);
    const slice = () => {
      this.frame = 0;
      const start = performance.now();
      let progress = 0;
      try {
        do progress = this.explorer.advance_full_run(FULL_SLICE_RUN_MONTHS);
        while (progress < 1 && performance.now() - start < FULL_FRAME_MS);
      } catch (err) {
        this.show(null);
        this.onError(err);
        return;
      }
      if (progress < 1) {
        this.show(`Running all ${fmt(runs)} simulated futures…`, progress);
        this.frame = requestAnimationFrame(slice);
        return;
      }
      this.show(null);
      this.onFull();
    };
    this.frame = requestAnimationFrame(slice);
  }

  /**
   * Shows `text` in the note (or hides it, for null), with how far a full run has got when
   * `progress` (0 to 1) is given. The note is a live region: the words are announced once, and
   * the percentage, which changes every frame, is shown but not read out.
   */
  show(text, progress = null) {
    if (text === null) {
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
    const percent = progress === null ? "" : ` ${Math.floor(progress * 100)}%`;
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
  const noun = list === "shocks" ? "shocks" : "steps";
  message.textContent = `A scenario holds at most ${fmt(max)} ${noun}, and this one has ${fmt(count)}. Remove one before adding another.`;
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
 * @param {string} o.name the field's name in the message ("Simulated futures")
 * @param {() => number} o.min
 * @param {() => number} o.max
 * @param {() => number|null} o.current the value the field shows when the entry is refused
 *   (null, for an optional field, shows it empty)
 * @param {(value: number|null) => void} o.onValid
 * @param {string} [o.empty] for an optional field, what leaving it empty means ("never"): an
 *   empty field is then accepted, and `onValid` gets null
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
    const what = input.validity.badInput
      ? "that is not a number"
      : raw === ""
        ? "it was left empty"
        : `${raw} is not`;
    const or = empty === undefined ? "" : `, or empty for ${empty}`;
    const keptText = kept === null ? `Kept it empty (${empty})` : `Kept ${fmt(kept)}`;
    error.textContent = `${name} must be a whole number from ${fmt(lo)} to ${fmt(hi)}${or}; ${what}. ${keptText}.`;
    error.hidden = false;
    input.setAttribute("aria-invalid", "true");
    input.value = kept === null ? "" : String(kept);
  });
  return { clear };
}
