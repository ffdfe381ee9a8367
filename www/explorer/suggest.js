// "Suggest a better order": the reader names an aim, the model searches the months of their
// steps in a worker of its own (analysis-worker.js) while the page keeps answering, with its
// progress shown and a way to cancel, and the answer is checked on fresh futures. A clear
// improvement is shown as ghosts on the timeline where the steps would go, with each change and
// what it does to three outcomes in words; "Use this order" applies it as one change, which Undo
// takes back. Anything less is said plainly: no clear improvement, and nothing is suggested.

import { $, el } from "../shared/dom.js";
import { horizonOf } from "../shared/state.js";
import { moduleWords, t } from "../shared/i18n.js";

export class Suggest {
  /**
   * @param {object} o
   * @param {() => object} o.getScenario the scenario now
   * @param {(scenario: object) => void} o.apply makes the suggestion the scenario, as one change
   * @param {object} o.timeline the page's Timeline, which draws the suggestion's ghosts
   * @param {WebAssembly.Module|null} o.module the page's compiled module, for the worker
   * @param {(text: string) => void} o.announce says something to screen readers
   */
  constructor({ getScenario, apply, timeline, module, announce }) {
    this.getScenario = getScenario;
    this.apply = apply;
    this.timeline = timeline;
    this.module = module;
    this.announce = announce;
    this.worker = null;
    /** The suggestion shown, and the scenario it was made for. */
    this.shown = null;
    $("suggest-form").addEventListener("submit", (e) => {
      e.preventDefault();
      this.run();
    });
    $("suggest-cancel").addEventListener("click", () => this.cancel());
    $("suggest-objective").addEventListener("change", () => this.renderFields());
    $("suggest").addEventListener("toggle", () => {
      if ($("suggest").open) this.renderFields();
    });
  }

  /** Keeps the month fields within the scenario's horizon. */
  renderFields() {
    const horizon = horizonOf(this.getScenario());
    for (const id of ["suggest-month", "suggest-not-before", "suggest-gap"]) $(id).max = String(horizon);
    if ($("suggest-month").value === "" || Number($("suggest-month").value) > horizon) $("suggest-month").value = String(horizon);
  }

  /** The search's options from the form, or null after saying which field is wrong. */
  options() {
    const horizon = horizonOf(this.getScenario());
    const fields = [
      ["suggest-month", "month", "suggest-field-month"],
      ["suggest-not-before", "not_before", "suggest-field-not-before"],
      ["suggest-gap", "min_gap", "suggest-field-gap"],
    ];
    const options = { objective: $("suggest-objective").value, flags: $("suggest-flags").checked };
    for (const [id, key, name] of fields) {
      const raw = $(id).value.trim();
      const value = Number(raw);
      if (raw === "" || !Number.isInteger(value) || value < 0 || value > horizon) {
        const args = { field: t(name), horizon, value: raw };
        this.showError(t(raw === "" ? "suggest-field-empty" : "suggest-field-invalid", args), $(id));
        return null;
      }
      options[key] = value;
    }
    return options;
  }

  showError(text, field = null) {
    const error = $("suggest-error");
    error.textContent = text;
    error.hidden = false;
    field?.setAttribute("aria-invalid", "true");
    field?.focus();
  }

  clearError() {
    $("suggest-error").hidden = true;
    $("suggest-error").textContent = "";
    for (const input of $("suggest-form").querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
  }

  /** Starts a search for the scenario now, in a new worker; a search under way is dropped. */
  run() {
    this.clearError();
    const options = this.options();
    if (!options) return;
    this.stop();
    this.clear();
    const scenario = this.getScenario();
    const worker = new Worker(new URL("../explorer/analysis-worker.js", import.meta.url), { type: "module" });
    this.worker = worker;
    performance.mark("relief:suggest-start");
    this.showProgress(0, 0);
    $("suggest-run").disabled = true;
    $("suggest-cancel").hidden = false;
    worker.addEventListener("message", (event) => {
      if (this.worker !== worker) return;
      const m = event.data;
      if (m.type === "progress") {
        if (!performance.getEntriesByName("relief:suggest-progress").length) performance.mark("relief:suggest-progress");
        this.showProgress(m.fraction, m.evaluations);
      } else if (m.type === "done") {
        performance.measure("relief:suggest", "relief:suggest-start");
        this.stop();
        this.show(scenario, m.result);
      } else {
        this.stop();
        this.showError(t("suggest-failed", { reason: m.message }));
      }
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      if (this.worker !== worker) return;
      this.stop();
      this.showError(t("suggest-failed-unexpectedly"));
    });
    worker.postMessage({ question: "suggest", module: this.module, words: moduleWords(), scenario: JSON.stringify(scenario), options });
  }

  /** Ends the search under way, if any, and puts the form back. */
  stop() {
    this.worker?.terminate();
    this.worker = null;
    $("suggest-progress").hidden = true;
    $("suggest-run").disabled = false;
    $("suggest-cancel").hidden = true;
  }

  cancel() {
    if (!this.worker) return;
    this.stop();
    this.announce(t("suggest-cancelled"));
    $("suggest-run").focus();
  }

  showProgress(fraction, evaluations) {
    $("suggest-progress").hidden = false;
    $("suggest-bar").value = fraction;
    $("suggest-status").textContent = evaluations ? t("suggest-searching-tried", { count: evaluations }) : t("suggest-searching");
  }

  /** Shows the answer: a clear suggestion with its ghosts and changes, or why there is none. */
  show(scenario, result) {
    const box = $("suggest-result");
    box.replaceChildren(el("p", null, result.text));
    box.hidden = false;
    if (!result.clear) {
      this.announce(result.text);
      return;
    }
    this.shown = { scenario, result };
    box.append(el("p", "suggest-heading", t("suggest-changes-heading")));
    const moves = el("ul");
    for (const move of result.moves) moves.append(el("li", null, move.text));
    box.append(moves, el("p", "suggest-heading", t("suggest-outcomes-heading")));
    const outcomes = el("ul");
    for (const outcome of result.outcomes) outcomes.append(el("li", null, outcome.text));
    box.append(outcomes);
    const actions = el("p", "suggest-actions");
    const use = el("button", null, t("suggest-use"));
    use.type = "button";
    use.addEventListener("click", () => this.accept());
    const keep = el("button", null, t("suggest-keep"));
    keep.type = "button";
    keep.addEventListener("click", () => {
      this.clear();
      this.announce(t("suggest-kept"));
      $("suggest-run").focus();
    });
    actions.append(use, keep);
    box.append(actions);
    this.timeline.setGhosts(result.moves.filter((m) => m.from_month !== m.to_month).map((m) => ({ index: m.step, month: m.to_month })));
    const changes = result.moves.map((m) => m.text).join(t("suggest-move-separator"));
    this.announce(t("suggest-announce", { result: result.text, moves: changes }));
  }

  /** Makes the suggestion the scenario, as one change that Undo takes back. */
  accept() {
    const shown = this.shown;
    if (!shown) return;
    // The suggestion keeps what the reader wrote beyond the steps' months and flags.
    const next = { ...shown.scenario, steps: shown.result.scenario.steps };
    this.clear();
    this.apply(next);
    this.announce(t("suggest-used"));
    $("suggest-run").focus();
  }

  /** Takes the suggestion and its ghosts away. */
  clear() {
    this.shown = null;
    this.timeline.setGhosts([]);
    $("suggest-result").hidden = true;
    $("suggest-result").replaceChildren();
  }

  /** After any change to the scenario: a suggestion made for another no longer applies. */
  changed(scenario) {
    if (this.shown && this.shown.scenario !== scenario) this.clear();
    if (this.worker) {
      this.stop();
      this.announce(t("suggest-stopped"));
    }
  }
}
