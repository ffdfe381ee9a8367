// "What matters most?": for one outcome, how far it moves when each assumption, and each
// step's month and size, swings across its range with everything else as written, ranked as a
// tornado. The model re-runs the scenario's own futures twice for every factor, which takes
// a second or two, so it runs in a worker of its own (analysis-worker.js) while the page keeps
// answering; the reader sees its progress and may cancel, which ends the worker. Closing the
// dialog does not cancel: the reader may go on working and come back for the answer, which
// then says if the scenario has changed since. Each answer
// is timed with User Timing ("relief:sensitivity"), so tests and benchmarks can hold it to its
// budget.

import { announce, el, saveFile, slug, tableHead } from "../shared/dom.js";
import { currentTheme, onThemeChange } from "../shared/theme.js";
import { Dialog } from "./dialog.js";
import { svgToPng } from "./io/export.js";
import { formatLevel, formatNumber, formatPercent, moduleWords, t } from "../shared/i18n.js";

/** The outcomes the reader may rank by; the menu's words are the messages `analysis-outcome-KEY`. */
const OUTCOMES = ["breakdown", "trust", "recovery"];
/** The width a downloaded figure has at least, whatever the dialog's width on screen. */
const FIGURE_MIN_WIDTH = 640;
/** How many of the top factors the summary names. */
const NAMED = 3;

export class WhatMattersMost {
  /**
   * @param {object} o
   * @param {object} o.wasm the page's wasm functions: `tornado_height`, `draw_tornado`,
   *   `tornado_legend` and `tornado_svg`
   * @param {WebAssembly.Module|null} o.module the page's compiled wasm module, for the worker
   * @param {() => object} o.getScenario the current scenario
   * @param {() => number} o.getHorizon the current horizon
   */
  constructor({ wasm, module, getScenario, getHorizon }) {
    this.wasm = wasm;
    this.module = module;
    this.getScenario = getScenario;
    this.getHorizon = getHorizon;
    this.worker = null;
    this.result = null;
    this.scenarioTitle = "";
    onThemeChange(() => this.draw());
  }

  /** The dialog is built the first time it opens: a reader who never asks pays nothing. */
  build() {
    if (this.dialog) return;
    this.dialog = new Dialog({ id: "matters-dialog", title: t("analysis-dialog-title"), className: "matters-dialog" });
    const body = this.dialog.body;
    const intro = el("p", "hint", t("analysis-intro"));

    const form = el("form", "why-controls matters-controls");
    form.noValidate = true;
    const outcomeField = el("p", "why-field");
    const outcomeLabel = el("label", null, t("analysis-outcome-label"));
    outcomeLabel.htmlFor = "matters-outcome";
    this.outcome = el("select");
    this.outcome.id = "matters-outcome";
    for (const key of OUTCOMES) {
      const option = el("option", null, t(`analysis-outcome-${key}`));
      option.value = key;
      this.outcome.append(option);
    }
    outcomeField.append(outcomeLabel, this.outcome);
    this.monthField = el("p", "why-field");
    const monthLabel = el("label", null, t("analysis-month-label"));
    monthLabel.htmlFor = "matters-month";
    this.month = el("input");
    this.month.id = "matters-month";
    this.month.type = "number";
    this.month.min = "0";
    this.month.step = "1";
    this.month.inputMode = "numeric";
    this.month.setAttribute("aria-describedby", "matters-error");
    this.monthField.append(monthLabel, this.month);
    this.run = el("button", null, t("analysis-run"));
    this.run.type = "submit";
    this.run.id = "matters-run";
    this.cancel = el("button", null, t("analysis-cancel"));
    this.cancel.type = "button";
    this.cancel.id = "matters-cancel";
    this.cancel.hidden = true;
    const buttons = el("p", "matters-buttons");
    buttons.append(this.run, this.cancel);
    this.error = el("p", "field-error");
    this.error.id = "matters-error";
    this.error.setAttribute("role", "alert");
    this.error.hidden = true;
    form.append(outcomeField, this.monthField, buttons, this.error);

    this.progressBox = el("div", "matters-progress");
    this.progressBox.hidden = true;
    const progressLabel = el("label", null, t("analysis-progress-label"));
    progressLabel.htmlFor = "matters-progress";
    this.progress = el("progress");
    this.progress.id = "matters-progress";
    this.progressBox.append(progressLabel, this.progress);
    this.status = el("p", "matters-status");
    this.status.id = "matters-status";
    this.status.setAttribute("role", "status");

    this.output = el("div", "matters-result");
    this.output.hidden = true;
    this.summary = el("p", "matters-summary");
    this.summary.id = "matters-summary";
    this.legend = el("p", "why-legend matters-legend");
    this.legend.setAttribute("aria-hidden", "true");
    this.canvas = el("canvas", "matters-canvas");
    this.canvas.id = "matters-canvas";
    this.canvas.setAttribute("role", "img");
    this.canvas.setAttribute("aria-describedby", "matters-summary");
    const downloads = el("p", "matters-downloads");
    this.svgButton = el("button", null, t("analysis-download-svg"));
    this.svgButton.type = "button";
    this.svgButton.id = "matters-svg";
    this.pngButton = el("button", null, t("analysis-download-png"));
    this.pngButton.type = "button";
    this.pngButton.id = "matters-png";
    downloads.append(this.svgButton, this.pngButton);
    const details = el("details", "table-details");
    details.id = "matters-table-details";
    details.append(el("summary", null, t("analysis-table-summary")));
    this.tableWrap = el("div", "table-wrap");
    this.tableWrap.tabIndex = 0;
    this.tableWrap.setAttribute("role", "region");
    this.tableWrap.setAttribute("aria-label", t("analysis-table-region"));
    details.append(this.tableWrap);
    this.output.append(this.summary, this.legend, this.canvas, downloads, details);
    body.append(intro, form, this.progressBox, this.status, this.output);

    this.outcome.addEventListener("change", () => this.showMonth());
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.start();
    });
    this.cancel.addEventListener("click", () => this.stop(t("analysis-cancelled")));
    this.svgButton.addEventListener("click", () => this.save("svg"));
    this.pngButton.addEventListener("click", () => this.save("png"));
  }

  /** The button near the charts that opens the dialog. */
  attach(button) {
    button.addEventListener("click", () => this.open({ opener: button }));
    button.disabled = false;
  }

  /** Opens the dialog with breakdown by the horizon chosen, unless the reader chose otherwise. */
  open({ opener } = {}) {
    const fresh = !this.dialog;
    this.build();
    const horizon = this.getHorizon();
    this.month.max = String(horizon);
    if (fresh || Number(this.month.value) > horizon) this.month.value = String(horizon);
    this.showMonth();
    this.hideError();
    this.dialog.open({ opener, focus: this.outcome });
    this.draw();
  }

  showMonth() {
    this.monthField.hidden = this.outcome.value !== "breakdown";
  }

  /** The month field's value if it is a whole month on the horizon; else says so, naming it. */
  readMonth() {
    const horizon = this.getHorizon();
    const raw = this.month.value.trim();
    const m = Number(raw);
    if (raw === "" || !Number.isInteger(m) || m < 0 || m > horizon) {
      this.showError(t("analysis-month-error", { horizon }));
      this.month.setAttribute("aria-invalid", "true");
      this.month.focus();
      return null;
    }
    this.hideError();
    return m;
  }

  showError(message) {
    this.error.textContent = message;
    this.error.hidden = false;
  }

  hideError() {
    this.month.removeAttribute("aria-invalid");
    this.error.hidden = true;
    this.error.textContent = "";
  }

  /** Starts the ranking in a new worker, ending any still running. */
  start() {
    const outcome = this.outcome.value;
    const month = outcome === "breakdown" ? this.readMonth() : this.getHorizon();
    if (month === null) return;
    this.stop(null);
    const scenario = this.getScenario();
    this.scenarioTitle = scenario.title ?? "";
    this.asRun = JSON.stringify(scenario);
    const worker = new Worker(new URL("../explorer/analysis-worker.js", import.meta.url), { type: "module" });
    this.worker = worker;
    this.progress.removeAttribute("value");
    this.progressBox.hidden = false;
    this.status.textContent = t("analysis-running");
    this.cancel.hidden = false;
    this.run.textContent = t("analysis-run-again");
    performance.mark("relief:sensitivity-start");
    worker.addEventListener("message", ({ data }) => {
      if (this.worker !== worker) return;
      if (data.type === "progress") {
        this.progress.max = data.total;
        this.progress.value = data.done;
        this.status.textContent = t("analysis-progress", { done: data.done, total: data.total });
        performance.mark("relief:sensitivity-progress");
      } else if (data.type === "done") {
        performance.mark("relief:sensitivity-end");
        performance.measure("relief:sensitivity", "relief:sensitivity-start", "relief:sensitivity-end");
        this.finish();
        this.show(data.json);
      } else if (data.type === "error") {
        this.finish();
        this.status.textContent = "";
        this.showError(t("analysis-failed", { reason: data.message }));
      }
    });
    worker.addEventListener("error", (e) => {
      if (this.worker !== worker) return;
      this.finish();
      this.showError(t("analysis-failed", { reason: e.message || t("analysis-worker-failed") }));
    });
    worker.postMessage({ question: "what-matters-most", module: this.module, words: moduleWords(), scenario: this.asRun, outcome, month });
  }

  /** Ends the worker and its progress; says `words` when given. */
  stop(words) {
    if (!this.worker) return;
    this.finish();
    if (words !== null) {
      this.status.textContent = words;
      performance.mark("relief:sensitivity-cancelled");
    }
  }

  finish() {
    this.worker?.terminate();
    this.worker = null;
    this.progressBox.hidden = true;
    this.cancel.hidden = true;
  }

  /** Shows a result: the summary, the tornado, its legend and the table. */
  show(json) {
    this.result = json;
    const r = JSON.parse(json);
    this.parsed = r;
    const percent = r.outcome !== "trust";
    const real = r.swings.filter((s) => !s.within_noise);
    const noise = r.swings.length - real.length;
    const top = real
      .slice(0, NAMED)
      .map((s) => t("analysis-summary-factor", { factor: s.label, low: value(s.at_low, percent), high: value(s.at_high, percent) }));
    const sentences = [t("analysis-summary-as-written", { outcome: capital(r.description), value: value(r.baseline, percent) })];
    if (!top.length) sentences.push(t("analysis-summary-none"));
    else if (top.length === 1) sentences.push(t("analysis-summary-one", { first: top[0] }));
    else sentences.push(t("analysis-summary-many", { first: top[0], rest: top.slice(1).join(t("analysis-summary-separator")) }));
    if (noise) sentences.push(t("analysis-summary-noise", { noise, total: r.swings.length }));
    if (JSON.stringify(this.getScenario()) !== this.asRun) sentences.push(t("analysis-summary-changed"));
    this.summary.textContent = sentences.join(" ");
    this.status.textContent = t("analysis-done", { count: r.swings.length });
    this.output.hidden = false;
    this.table(r, percent);
    this.draw();
    announce(t("analysis-done-announce", { count: r.swings.length }));
  }

  /** Draws the last result on the canvas, at its height, in the page's theme. */
  draw() {
    if (!this.result || !this.dialog?.isOpen) return;
    const theme = currentTheme();
    const colours = this.wasm.tornado_legend(theme);
    this.legend.replaceChildren(
      ...["low", "high", "noise"].map((key) => {
        const item = el("span");
        const swatch = el("span", "why-swatch");
        swatch.style.background = colours[key];
        item.append(swatch, t(`analysis-legend-${key}`));
        return item;
      }),
    );
    this.canvas.style.height = `${this.wasm.tornado_height(this.result)}px`;
    this.canvas.setAttribute("aria-label", t("analysis-canvas-label", { outcome: this.parsed.description }));
    this.wasm.draw_tornado(this.canvas, this.result, theme);
  }

  /** The table of every bar, for reading aloud and for copying. */
  table(r, percent) {
    const table = el("table");
    table.append(el("caption", null, t("analysis-table-caption", { outcome: r.description, value: value(r.baseline, percent) })));
    const columns = ["factor", "low", "high", "at-low", "at-high", "effect", "noise"];
    table.append(tableHead(columns.map((column) => t(`analysis-column-${column}`))));
    const body = el("tbody");
    for (const s of r.swings) {
      const row = el("tr");
      if (s.within_noise) row.className = "within-noise";
      const name = el("th", null, s.label);
      name.scope = "row";
      const end = (v) => (s.factor === "step_month" ? t("analysis-month", { month: Math.round(v) }) : formatLevel(Number(v.toFixed(2))));
      const effect = t("analysis-effect", { effect: signed(s.effect, percent), error: size(s.standard_error, percent) });
      row.append(
        name,
        el("td", null, end(s.low)),
        el("td", null, end(s.high)),
        el("td", null, value(s.at_low, percent)),
        el("td", null, value(s.at_high, percent)),
        el("td", null, effect),
        el("td", null, t(s.within_noise ? "analysis-noise-yes" : "analysis-noise-no")),
      );
      body.append(row);
    }
    table.append(body);
    this.tableWrap.replaceChildren(table);
  }

  /** Downloads the tornado as a figure with its title and note. */
  async save(format) {
    if (!this.result) return;
    try {
      const width = Math.min(4000, Math.max(FIGURE_MIN_WIDTH, Math.round(this.canvas.clientWidth)));
      const svg = this.wasm.tornado_svg(this.result, this.scenarioTitle, width);
      const name = `${slug(this.scenarioTitle)}-what-matters-most.${format}`;
      if (format === "svg") saveFile(svg, name, "image/svg+xml");
      else saveFile(await svgToPng(svg), name, "image/png");
      announce(t("analysis-saved", { file: name }));
    } catch (err) {
      this.showError(t("analysis-save-failed", { reason: String(err?.message ?? err) }));
    }
  }
}

function capital(words) {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * An outcome as the page's words write it, in the reader's digits: a percentage with one
 * decimal, or a belief with two. It is rounded first as it always was, so a value halfway
 * between two reads the same in every language.
 */
function value(v, percent) {
  return percent ? formatPercent(Number((v * 100).toFixed(1)) / 100, 1) : formatLevel(Number(v.toFixed(2)));
}

/** A difference's size, unsigned, as a number: in points of a percentage, or of a belief. */
function magnitude(d, percent) {
  const digits = percent ? 1 : 3;
  const size = Math.abs(percent ? d * 100 : d);
  return formatNumber(Number(size.toFixed(digits)), { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A difference's size in the outcome's unit: points of a percentage, or of a belief. */
function size(d, percent) {
  return percent ? t("analysis-points", { size: magnitude(d, percent) }) : magnitude(d, percent);
}

/** A difference with its sign, in the outcome's unit: "+3.1 points", "−0.012". */
function signed(d, percent) {
  const sign = d > 0 ? "+" : d < 0 ? "−" : "±";
  const number = `${sign}${magnitude(d, percent)}`;
  return percent ? t("analysis-points", { size: number }) : number;
}
