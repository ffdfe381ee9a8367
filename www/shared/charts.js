// The charts' HTML around the canvases the Rust side draws on: figures with titles and
// legends, reading a month by pointer or keyboard, the readout of every value at that month,
// and the table that stands in for the charts.

import { el, tableHead } from "./dom.js";
import { swatch } from "./icons.js";
import { monthForKey } from "./state.js";
import { formatLevel, formatPercent, t, tAttr } from "./i18n.js";

const MAIN = new Set(["trust", "economy", "risk"]);

/**
 * The charts with a caption under them that says how to read them, in a sentence a newcomer
 * follows: the message `chart-note-KEY`.
 */
const NOTES = new Set(["trust", "economy", "risk", "leverage", "legitimacy", "outcomes"]);
/** The captions that speak of what only new projections hold (trust by type, outcome shares). */
const NOTE_NEEDS = {
  trust: (shown) => shown.types.length > 0,
  outcomes: (shown) => shown.outcomes,
};

/** One entry of a legend: its swatch and its words. */
function legendItem([sw, text]) {
  const li = el("li");
  li.append(sw, text);
  return li;
}

export class Charts {
  /**
   * @param {object} o
   * @param {HTMLElement} o.root the element the figures go in
   * @param {object} o.catalog the model's catalog
   * @param {Explorer} o.explorer the wasm explorer the canvases are attached to
   * @param {(month: number|null) => void} o.onHighlight a month is read (or none)
   * @param {(month: number) => void} o.onPick a month was clicked or chosen
   * @param {HTMLElement} [o.sharedLegend] where the lines every chart draws alike (the baseline,
   *   and the curve from before a change) are named once, instead of in each chart's legend
   * @param {HTMLElement} [o.doubtLegend] where what the model's doubt adds is named once, when
   *   it is on, instead of in each chart's legend
   */
  constructor({ root, catalog, explorer, onHighlight, onPick, sharedLegend = null, doubtLegend = null }) {
    this.sharedLegend = sharedLegend;
    this.doubtLegend = doubtLegend;
    this.explorer = explorer;
    this.catalog = catalog;
    this.onHighlight = onHighlight;
    this.onPick = onPick;
    this.series = new Map(catalog.series.map((s) => [s.key, s]));
    this.types = new Map(catalog.target_types.map((type) => [type.key, type]));
    this.figures = [];
    // What the projection holds beyond the five series, so the legends name what is drawn.
    this.shown = { types: [], outcomes: false, doubt: false };
    this.palette = null;
    this.month = null;
    this.focused = null;
    const readout = root.querySelector(".readout");
    for (const chart of catalog.charts) {
      const figure = el("figure", `chart chart-${chart.key} ${MAIN.has(chart.key) ? "chart-main" : "chart-side"}`);
      const caption = el("figcaption");
      const title = el("h3", null, chart.title);
      title.id = `chart-${chart.key}-title`;
      const legend = el("ul", "legend");
      caption.append(title, legend);
      // While a change is made, what it did to this chart shows over the legend (the readout
      // under the charts says the same in full, for the keyboard and screen readers).
      let change = null;
      if (MAIN.has(chart.key)) {
        change = el("p", "chart-change");
        change.setAttribute("aria-hidden", "true");
        caption.append(change);
      }
      const canvas = el("canvas");
      canvas.id = `chart-${chart.key}`;
      canvas.tabIndex = 0;
      canvas.setAttribute("role", "slider");
      canvas.setAttribute("aria-label", tAttr("chart-canvas", "aria-label", { title: chart.title, description: chart.description }));
      canvas.setAttribute("aria-valuemin", "0");
      canvas.setAttribute("aria-valuenow", "0");
      canvas.textContent = chart.description;
      figure.append(caption, canvas);
      if (NOTES.has(chart.key)) {
        const note = el("p", "chart-note", t(`chart-note-${chart.key}`));
        note.id = `chart-${chart.key}-note`;
        note.hidden = true;
        figure.append(note);
      }
      root.insertBefore(figure, readout);
      explorer.attach(chart.key, canvas);
      this.figures.push({ chart, figure, canvas, legend, change });
      this.listen(chart.key, canvas);
    }
  }

  listen(key, canvas) {
    canvas.addEventListener("pointermove", (e) => {
      const month = this.explorer.month_at(key, e.offsetX);
      if (month !== undefined) this.onHighlight(month);
    });
    canvas.addEventListener("pointerdown", (e) => {
      const month = this.explorer.month_at(key, e.offsetX);
      if (month !== undefined) {
        this.onHighlight(month);
        this.onPick(month);
      }
    });
    canvas.addEventListener("pointerleave", () => {
      if (this.focused === null) this.onHighlight(null);
    });
    canvas.addEventListener("focus", () => {
      this.focused = key;
      this.onHighlight(this.month ?? this.explorer.horizon());
    });
    canvas.addEventListener("blur", () => {
      this.focused = null;
      this.onHighlight(null);
    });
    canvas.addEventListener("keydown", (e) => {
      const horizon = this.explorer.horizon();
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        this.onPick(this.month ?? horizon);
        return;
      }
      const month = monthForKey(e.key, this.month ?? horizon, horizon);
      if (month === null) return;
      e.preventDefault();
      // Keep the month now: several keys may come before the next frame redraws.
      this.month = month;
      this.onHighlight(month);
    });
  }

  /**
   * Tells the charts what the projection holds (from the summary the model returns): the trust
   * by type and the outcome shares come with new projections, not with old files. The legends
   * and captions follow when that changes.
   */
  setContent({ target_types: types = [], has_outcomes: outcomes = false, has_model_uncertainty: doubt = false }) {
    const shown = this.shown;
    if (types.join() === shown.types.join() && outcomes === shown.outcomes && doubt === shown.doubt) return;
    this.shown = { types, outcomes, doubt };
    if (this.palette) this.renderLegends(this.palette);
  }

  /** The legend's entries for what the model's doubt adds: dotted band edges, and the risk's range. */
  doubtItems(palette, only = null) {
    if (!this.shown.doubt) return [];
    const { edges_label, range_label } = this.catalog.model_uncertainty;
    const items = [];
    if (only !== "risk") items.push([swatch({ kind: "line", color: palette.text, dash: palette.model_dots }), edges_label]);
    if (only === null || only === "risk") items.push([swatch({ kind: "band", color: palette.risk, opacity: palette.outer_band_alpha }), range_label]);
    return items;
  }

  /** Fills the legends with the colours the charts are drawn in. */
  renderLegends(palette) {
    this.palette = palette;
    const inner = 1 - (1 - palette.outer_band_alpha) * (1 - palette.inner_band_alpha);
    for (const { chart, legend, figure, canvas } of this.figures) {
      const items = [];
      // A caption is shown, and describes its chart, only when the chart draws what it speaks of.
      const note = figure.querySelector(".chart-note");
      if (note) {
        note.hidden = !(NOTE_NEEDS[chart.key]?.(this.shown) ?? true);
        if (note.hidden) canvas.removeAttribute("aria-describedby");
        else canvas.setAttribute("aria-describedby", note.id);
      }
      if (chart.key === "outcomes") {
        if (this.shown.outcomes) {
          for (const o of this.catalog.outcomes) items.push([swatch({ kind: "band", color: palette.outcomes[o.key] }), o.label]);
        }
      } else if (chart.key === "risk") {
        items.push([swatch({ kind: "line", color: palette.risk }), this.catalog.breakdown.risk_label]);
        items.push([swatch({ kind: "bar", color: palette.risk, opacity: 0.45 }), this.catalog.breakdown.hazard_label]);
      } else {
        // The trust chart draws the trust by type in place of the trust of both types mixed.
        const series = chart.key === "trust" && this.shown.types.length ? [...this.shown.types, ...chart.series.slice(1)] : chart.series;
        const label = (s) => this.types.get(s)?.short_label ?? this.series.get(s).label;
        if (series.length > 1) {
          for (const s of series) items.push([swatch({ kind: "line", color: palette.series[s] }), label(s)]);
        } else {
          items.push([swatch({ kind: "line", color: palette.series[series[0]] }), t("chart-legend-median")]);
        }
        // By type the trust chart has three bands in three colours, which one swatch cannot
        // stand for; the note under the charts says what bands hold, and the legend keeps to
        // two lines so the three main charts stay level.
        if (series.length < 3) {
          const color = palette.series[series[0]];
          items.push([swatch({ kind: "band", color, opacity: inner }), t("chart-legend-middle-half")]);
          items.push([swatch({ kind: "band", color, opacity: palette.outer_band_alpha }), t("chart-legend-eight-in-ten")]);
        }
      }
      if (chart.compares && !this.sharedLegend) {
        items.push([swatch({ kind: "line", color: palette.baseline, dash: palette.dash }), t("chart-legend-baseline")]);
      }
      // Without a legend of its own (an embed), each chart names what the model's doubt adds to it.
      if (!this.doubtLegend && chart.key !== "outcomes") items.push(...this.doubtItems(palette, chart.key === "risk" ? "risk" : "edges"));
      legend.replaceChildren(...items.map(legendItem));
    }
    if (this.sharedLegend) {
      const baseline = legendItem([swatch({ kind: "line", color: palette.baseline, dash: palette.dash }), t("chart-legend-baseline")]);
      // The ghost's swatch: a line faded as the charts fade the curve from before a change.
      const ghost = legendItem([swatch({ kind: "line", color: palette.ghost }), t("chart-legend-before-change")]);
      ghost.classList.add("ghost-key");
      this.sharedLegend.replaceChildren(baseline, ghost);
    }
    if (this.doubtLegend) {
      this.doubtLegend.replaceChildren(...this.doubtItems(palette).map(legendItem));
      this.doubtLegend.hidden = !this.shown.doubt;
    }
  }

  /** Keeps each canvas's slider value in line with the month being read. */
  setMonth(month) {
    this.month = month;
    const horizon = this.explorer.horizon();
    const m = month ?? horizon;
    for (const { chart, canvas } of this.figures) {
      canvas.setAttribute("aria-valuemax", String(horizon));
      canvas.setAttribute("aria-valuenow", String(m));
      if (month !== null || this.focused === chart.key || canvas.getAttribute("aria-valuetext") === null) {
        canvas.setAttribute("aria-valuetext", this.explorer.chart_value_text(chart.key, m));
      }
    }
  }

  /** Every value at the month being read (the horizon when none is). */
  renderReadout(box, month) {
    const horizon = this.explorer.horizon();
    const m = month ?? horizon;
    const r = this.explorer.readout(m);
    if (!r) return;
    const head = el("p", "readout-head");
    head.append(el("strong", null, t(month === null ? "chart-readout-end" : "chart-readout-month", { month: m })));
    head.append(el("span", "muted readout-range", ` · ${t("chart-readout-range")}`));
    if (month === null) head.append(el("span", "muted", ` · ${t("chart-readout-point")}`));
    const dl = el("dl");
    const add = (label, value, base) => {
      const div = el("div");
      const dd = el("dd", null, value);
      if (base !== null && base !== undefined) dd.append(el("span", "muted", ` · ${t("chart-readout-baseline", { value: base })}`));
      div.append(el("dt", null, label), dd);
      dl.append(div);
    };
    // The trust by type, where the projection has it, stands in for the trust of both types mixed.
    const types = r.types ?? [];
    for (const s of r.series) {
      if (s.key === "trust" && types.length) {
        for (const type of types) add(type.label, type.text, type.baseline == null ? null : level(type.baseline));
        continue;
      }
      const base = s.baseline == null ? null : s.percent ? percent(s.baseline) : level(s.baseline);
      add(s.label, s.text, base);
    }
    const baseRisk = r.baseline_backsliding_risk == null ? null : percent(r.baseline_backsliding_risk);
    add(this.catalog.breakdown.risk_label, r.risk_text, baseRisk);
    const children = [head, dl];
    if (r.outcomes?.length) {
      const outcomes = el("dl", "readout-outcomes");
      outcomes.setAttribute("aria-label", tAttr("chart-readout-outcomes", "aria-label"));
      for (const o of r.outcomes) {
        const div = el("div");
        const dt = el("dt");
        dt.append(swatch({ kind: "band", color: this.palette?.outcomes[o.key] ?? "currentColor" }), o.label);
        div.append(dt, el("dd", null, o.text));
        outcomes.append(div);
      }
      children.push(outcomes);
    }
    box.replaceChildren(...children);
  }

  /** The table of the projection, every few months. */
  renderTable(box) {
    const data = this.explorer.table();
    if (!data) return;
    const table = el("table");
    const caption = el("caption", null, t("chart-table-caption", { stride: data.stride }));
    const tbody = el("tbody");
    for (const row of data.rows) {
      const tr = el("tr");
      row.forEach((cell, i) => {
        const td = el(i === 0 ? "th" : "td", null, cell);
        if (i === 0) td.scope = "row";
        tr.append(td);
      });
      tbody.append(tr);
    }
    table.append(caption, tableHead(data.columns), tbody);
    box.replaceChildren(table);
  }
}

/**
 * A share as a whole percentage in the reader's digits ("42%"), rounded as it always was, so a
 * value halfway between two reads the same in every language.
 */
function percent(share) {
  return formatPercent(Math.round(share * 100) / 100);
}

/** A level from 0 to 1 with two decimals in the reader's digits ("0.61"), rounded likewise. */
function level(value) {
  return formatLevel(Number(value.toFixed(2)));
}
