// "Why?": which steps and shocks moved a series at a month, ranked, in plain words. The model
// removes each step and shock in turn and re-runs the same futures (same seed), so a
// difference is that step's effect and not luck. Every explanation is timed with User Timing
// ("relief:why"), so tests and benchmarks can hold it to its budget.
//
// The re-runs are independent of one another, so where the page has workers they share them
// (ensemble-pool.js) and the page puts the explanation together from their values: the same
// bits as one made whole, in about the time of one worker's share.

import { el } from "../shared/dom.js";
import { Dialog } from "./dialog.js";
import { formatLevel, formatNumber, formatPercent, t, tAttr } from "../shared/i18n.js";

/** The series that read in percent (a share of output, a share of futures). */
const PERCENT = new Set(["economy", "backsliding_risk"]);

/**
 * Work one explanation may do before it uses fewer futures: runs × months × re-runs. A
 * scenario of 20 steps at 1,000 runs over 48 months is about 1.1 million, explained in full.
 */
export const WHY_WORK_BUDGET = 1_500_000;
/** Fewest futures an explanation uses, however large the scenario. */
const MIN_RUNS = 200;

/** The futures an explanation of `month` uses: all of them unless that would be slow. */
export function explanationRuns(scenario, month, defaults) {
  const runs = scenario.runs ?? defaults.runs;
  const before = (list) => (scenario[list] ?? []).filter((item) => item.month <= month).length;
  const reruns = 2 + before("steps") + before("shocks");
  const affordable = Math.floor(WHY_WORK_BUDGET / ((month + 1) * reruns));
  return Math.min(runs, Math.max(MIN_RUNS, affordable));
}

export class Why {
  /**
   * @param {object} o
   * @param {object} o.catalog the model's catalog
   * @param {(scenario: string, series: string, month: number) => object} o.explain the wasm explain
   * @param {object} [o.apart] the wasm's explanation in parts, shared among the pool's workers:
   *   `{pool, rerunCount, fromValues}` (`explain_rerun_count`, `explain_from_values`)
   * @param {() => object} o.getScenario the current scenario
   * @param {() => number} o.getHorizon the current horizon
   * @param {(err: unknown) => void} o.onError shows a failure on the page
   */
  constructor({ catalog, explain, apart = null, getScenario, getHorizon, onError }) {
    this.catalog = catalog;
    this.explain = explain;
    this.apart = apart;
    /** Counts explanations asked for, so that only the latest one asked is shown. */
    this.asked = 0;
    this.getScenario = getScenario;
    this.getHorizon = getHorizon;
    this.onError = onError;
    this.chosenMonth = null;
    this.buttons = [];
    this.labels = new Map(catalog.series.map((s) => [s.key, s.label]));
    this.labels.set("backsliding_risk", t("why-series-backsliding-risk"));
    this.lastMonth = 0;
  }

  /** The dialog is built the first time it opens: a reader who never asks pays nothing. */
  build() {
    if (this.dialog) return;
    this.dialog = new Dialog({ id: "why-dialog", title: t("why-dialog-title"), className: "why-dialog" });
    const body = this.dialog.body;
    const controls = el("div", "why-controls");
    const seriesField = el("p", "why-field");
    const seriesLabel = el("label");
    seriesLabel.htmlFor = "why-series";
    seriesLabel.textContent = t("why-series-label");
    this.series = el("select");
    this.series.id = "why-series";
    for (const [key, label] of this.labels) {
      const option = el("option");
      option.value = key;
      option.textContent = label;
      this.series.append(option);
    }
    seriesField.append(seriesLabel, this.series);
    const monthField = el("p", "why-field");
    const monthLabel = el("label");
    monthLabel.htmlFor = "why-month";
    monthLabel.textContent = t("why-month-label");
    this.month = el("input");
    this.month.type = "number";
    this.month.id = "why-month";
    this.month.min = "0";
    this.month.step = "1";
    this.month.inputMode = "numeric";
    this.month.setAttribute("aria-describedby", "why-month-error");
    monthField.append(monthLabel, this.month);
    this.monthError = el("p");
    this.monthError.id = "why-month-error";
    this.monthError.className = "field-error";
    this.monthError.hidden = true;
    controls.append(seriesField, monthField, this.monthError);

    this.result = el("div", "why-result");
    this.result.setAttribute("aria-live", "polite");
    // Reachable by Tab, so a long ranking can be scrolled with the keyboard.
    this.result.tabIndex = 0;
    this.result.setAttribute("role", "region");
    this.result.setAttribute("aria-label", tAttr("why-result", "aria-label"));
    this.lead = el("p", "why-lead");
    this.lead.id = "why-lead";
    this.list = el("ol", "why-list");
    this.list.id = "why-list";
    this.list.setAttribute("aria-labelledby", "why-lead");
    this.note = el("p", "hint why-note");
    this.note.id = "why-note";
    // Which way each bar points, in words beside its colour (the signs and the sentences say it
    // too): raised to the right in one colour, lowered to the left in another. Whether raising
    // is good depends on the series, so the colours do not say.
    this.legend = el("p", "why-legend");
    this.legend.setAttribute("aria-hidden", "true");
    for (const direction of ["down", "up"]) {
      const item = el("span", `why-legend-${direction}`);
      item.append(el("span", "why-swatch"), t(`why-legend-${direction}`));
      this.legend.append(item);
    }
    this.result.append(this.lead, this.legend, this.list, this.note);
    body.append(controls, this.result);

    this.series.addEventListener("change", () => this.run());
    this.month.addEventListener("change", () => {
      const m = this.readMonth();
      if (m !== null) this.run();
    });
  }

  /** Remembers the month the reader chose on a chart (clicked, or stepped to by keyboard). */
  choose(month) {
    if (month === null || month === undefined) return;
    this.chosenMonth = month;
    this.updateButtons();
  }

  /** Keeps the buttons' words in line with the month they would explain. */
  updateButtons() {
    const horizon = this.getHorizon();
    const month = this.defaultMonth();
    const words = month === horizon ? t("why-button-at-end") : t("why-button-at-month", { month });
    for (const { small } of this.buttons) {
      if (small.textContent !== words) small.textContent = words;
    }
  }

  /** The month the buttons explain: the one last chosen on a chart, else the end. */
  defaultMonth() {
    const horizon = this.getHorizon();
    return this.chosenMonth === null ? horizon : Math.min(this.chosenMonth, horizon);
  }

  /**
   * A "Why?" button that explains `series` (its first choice in the dialog), showing the month
   * it would explain; `name` completes its accessible name ("Why? month 30: explain trust in
   * the target"), which starts with the words on the button as speech input needs.
   */
  button(series, name = (this.labels.get(series) ?? series).toLowerCase()) {
    const button = el("button");
    button.type = "button";
    button.className = "figure-action why-button";
    button.setAttribute("aria-haspopup", "dialog");
    const small = el("span", "why-month");
    const rest = el("span", "visually-hidden", t("why-button-explain", { series: name }));
    button.append(t("why-button"), " ", small, rest);
    button.dataset.series = series;
    button.addEventListener("click", () => this.open({ series, month: this.defaultMonth(), opener: button }));
    this.buttons.push({ button, small });
    this.updateButtons();
    return button;
  }

  /** Opens the dialog and explains `series` at `month`. */
  open({ series = "trust", month = this.defaultMonth(), opener } = {}) {
    this.build();
    const horizon = this.getHorizon();
    this.series.value = series;
    this.month.max = String(horizon);
    this.month.value = String(Math.min(horizon, Math.max(0, month)));
    this.lastMonth = Number(this.month.value);
    this.hideMonthError();
    this.dialog.open({ opener, focus: this.series });
    this.run();
  }

  /** The month field's value if it is a whole month on the horizon; else says so and keeps
   * the last good one. */
  readMonth() {
    const horizon = this.getHorizon();
    const raw = this.month.value.trim();
    const m = Number(raw);
    if (raw === "" || !Number.isInteger(m) || m < 0 || m > horizon) {
      this.month.setAttribute("aria-invalid", "true");
      this.monthError.textContent = t("why-month-error", { horizon, month: this.lastMonth });
      this.monthError.hidden = false;
      this.month.value = String(this.lastMonth);
      return null;
    }
    this.hideMonthError();
    this.lastMonth = m;
    return m;
  }

  hideMonthError() {
    this.month.removeAttribute("aria-invalid");
    this.monthError.hidden = true;
    this.monthError.textContent = "";
  }

  /**
   * The explanation of `series` at `month` in the scenario (JSON text), and how many workers
   * shared it: two or more where they are ready, else none and it is made here. A trap in a
   * worker is the model's failure, reported as one; a share lost otherwise (its worker gone)
   * is made again here.
   */
  async explanation(text, series, month) {
    const workers = this.apart?.pool.readyWorkers ?? 0;
    if (workers >= 2) {
      try {
        const { pool, rerunCount, fromValues } = this.apart;
        const count = rerunCount(text, month);
        // Two shares a worker, so that one still busy with a slice of the ensemble holds
        // back only a small part.
        const shares = Math.min(count, workers * 2);
        const bounds = Array.from({ length: shares + 1 }, (_, i) => Math.round((i * count) / shares));
        const parts = await Promise.all(
          bounds.slice(1).map((to, i) => pool.runTask({ type: "explain", scenario: text, series, month, from: bounds[i], to })),
        );
        const values = new Float64Array(count);
        parts.forEach((part, i) => values.set(part, bounds[i]));
        return { e: fromValues(text, series, month, values), workers };
      } catch (err) {
        if (err instanceof WebAssembly.RuntimeError) throw err;
        // Made again below, on the page.
      }
    }
    return { e: this.explain(text, series, month), workers: 0 };
  }

  /** Explains the dialog's series and month in the current scenario, and shows the ranking. */
  async run() {
    const asked = ++this.asked;
    const scenario = this.getScenario();
    const series = this.series.value;
    const month = this.lastMonth;
    const name = this.labels.get(series) ?? series;
    const total = scenario.runs ?? this.catalog.defaults.runs;
    const runs = explanationRuns(scenario, month, this.catalog.defaults);
    performance.mark("relief:why-start");
    this.result.setAttribute("aria-busy", "true");
    let e, workers;
    try {
      ({ e, workers } = await this.explanation(JSON.stringify(runs === total ? scenario : { ...scenario, runs }), series, month));
    } catch (err) {
      this.result.removeAttribute("aria-busy");
      this.dialog.close();
      this.onError(err);
      return;
    }
    // A newer question (another series or month) was asked meanwhile: its answer is shown.
    if (asked !== this.asked) return;
    this.result.removeAttribute("aria-busy");
    // Two values that differ but round alike are shown with a digit more, so that the lead and
    // the note never say that a change took 0.22 to 0.22.
    const finer = e.value !== e.without_anything && fmt(series, e.value) === fmt(series, e.without_anything);
    const value = fmt(series, e.value, finer);
    const bare = fmt(series, e.without_anything, finer);
    const lead = month === this.getHorizon() ? "why-lead-at-end" : "why-lead-at-month";
    this.lead.textContent = `${t(lead, { series: name, month, value, bare })} ${t("why-lead-ranking")}`;
    const largest = Math.max(1e-9, ...e.contributions.map((c) => Math.abs(c.delta)));
    this.list.replaceChildren(
      ...e.contributions.map((c) => {
        const li = el("li", c.delta > 0 ? "up" : "down");
        const delta = el("span", "why-delta", signed(series, c.delta));
        // A bar from the middle: to the left for a step that lowered the value, to the right
        // for one that raised it.
        const bar = el("span", "why-bar");
        bar.setAttribute("aria-hidden", "true");
        const lowered = el("span", "why-half why-half-down");
        const raised = el("span", "why-half why-half-up");
        const fill = el("span", "why-fill");
        fill.style.width = `${((Math.abs(c.delta) / largest) * 100).toFixed(1)}%`;
        (c.delta > 0 ? raised : lowered).append(fill);
        bar.append(lowered, raised);
        const sentence = el("span", "why-sentence", c.sentence);
        li.append(delta, bar, sentence);
        return li;
      }),
    );
    if (!e.contributions.length) {
      const li = el("li", "none");
      li.textContent = t(month === 0 || !(scenario.steps?.length || scenario.shocks?.length) ? "why-none-yet" : "why-none");
      this.list.append(li);
    }
    const sum = e.contributions.reduce((s, c) => s + c.delta, 0);
    const whole = e.value - e.without_anything;
    const parts = [t("why-note-method", { runs })];
    if (e.contributions.length > 1) {
      const rest = whole - sum;
      parts.push(t("why-note-together", { change: signed(series, whole), bare, value }));
      parts.push(
        Math.abs(rest) < 0.0005
          ? t("why-note-adds-up")
          : t("why-note-interaction", { sum: signed(series, sum), rest: signed(series, rest) }),
      );
    }
    if (runs < total) parts.push(t("why-note-estimate", { runs, total }));
    this.note.textContent = parts.join(" ");
    performance.mark("relief:why-end");
    performance.measure("relief:why", { start: "relief:why-start", end: "relief:why-end", detail: { workers } });
  }
}

/**
 * A value in the series' unit and the reader's digits: a whole percentage, or a level with two
 * decimals (one digit more each when `finer`). It is rounded first as the figures always were,
 * so a value halfway between two reads the same in every language.
 */
function fmt(series, v, finer = false) {
  if (finer) {
    return PERCENT.has(series) ? formatPercent(Math.round(v * 1000) / 1000, 1) : formatNumber(Number(v.toFixed(3)), { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  }
  return PERCENT.has(series) ? formatPercent(Math.round(v * 100) / 100) : formatLevel(Number(v.toFixed(2)));
}

/**
 * A change with its sign, in the series' unit: "+0.08", "−3.1 points"; small changes get one
 * more digit, so none reads as "+0.00".
 */
function signed(series, d) {
  const size = Math.abs(PERCENT.has(series) ? d * 100 : d);
  const digits = PERCENT.has(series) ? (size < 0.1 ? 2 : 1) : size < 0.01 ? 3 : 2;
  const shown = Number(size.toFixed(digits));
  // The sign of what is shown: a change too small to show is no rise or fall ("±0.000", never
  // "−0.000").
  const sign = shown === 0 ? "±" : d > 0 ? "+" : "−";
  const change = `${sign}${formatNumber(shown, { minimumFractionDigits: digits, maximumFractionDigits: digits })}`;
  return PERCENT.has(series) ? t("why-points", { change }) : change;
}
