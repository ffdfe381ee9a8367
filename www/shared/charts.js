// The charts' HTML around the canvases the Rust side draws on: figures with titles and
// legends, reading a month by pointer or keyboard, the readout of every value at that month,
// and the table that stands in for the charts.

import { swatch } from "./icons.js";

const KEY_STEPS = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 6, PageDown: -6 };
const MAIN = new Set(["trust", "economy", "risk"]);

/** What the captions under two charts say: how to read what is new to most readers. */
const NOTES = {
  trust: "Trust is split by whether the target truly means it, which the sanctioning side cannot see.",
  outcomes: "Every simulated future is in one of these four states each month; together they make 100%.",
};

export class Charts {
  /**
   * @param {object} o
   * @param {HTMLElement} o.root the element the figures go in
   * @param {object} o.catalog the model's catalog
   * @param {Explorer} o.explorer the wasm explorer the canvases are attached to
   * @param {(month: number|null) => void} o.onHighlight a month is read (or none)
   * @param {(month: number) => void} o.onPick a month was clicked or chosen
   */
  constructor({ root, catalog, explorer, onHighlight, onPick }) {
    this.explorer = explorer;
    this.catalog = catalog;
    this.onHighlight = onHighlight;
    this.onPick = onPick;
    this.series = new Map(catalog.series.map((s) => [s.key, s]));
    this.types = new Map(catalog.target_types.map((t) => [t.key, t]));
    this.figures = [];
    // What the projection holds beyond the five series, so the legends name what is drawn.
    this.shown = { types: [], outcomes: false };
    this.palette = null;
    this.month = null;
    this.focused = null;
    const readout = root.querySelector(".readout");
    for (const chart of catalog.charts) {
      const figure = document.createElement("figure");
      figure.className = `chart chart-${chart.key} ${MAIN.has(chart.key) ? "chart-main" : "chart-side"}`;
      const caption = document.createElement("figcaption");
      const title = document.createElement("h3");
      title.id = `chart-${chart.key}-title`;
      title.textContent = chart.title;
      const legend = document.createElement("ul");
      legend.className = "legend";
      caption.append(title, legend);
      const canvas = document.createElement("canvas");
      canvas.id = `chart-${chart.key}`;
      canvas.tabIndex = 0;
      canvas.setAttribute("role", "slider");
      canvas.setAttribute("aria-label", `${chart.title} chart. ${chart.description} Use the arrow keys to read it month by month.`);
      canvas.setAttribute("aria-valuemin", "0");
      canvas.setAttribute("aria-valuenow", "0");
      canvas.textContent = chart.description;
      figure.append(caption, canvas);
      if (NOTES[chart.key]) {
        const note = document.createElement("p");
        note.className = "chart-note";
        note.id = `chart-${chart.key}-note`;
        note.textContent = NOTES[chart.key];
        note.hidden = true;
        figure.append(note);
      }
      root.insertBefore(figure, readout);
      explorer.attach(chart.key, canvas);
      this.figures.push({ chart, figure, canvas, legend });
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
      let month = this.month ?? horizon;
      if (e.key in KEY_STEPS) month += KEY_STEPS[e.key];
      else if (e.key === "Home") month = 0;
      else if (e.key === "End") month = horizon;
      else if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        this.onPick(month);
        return;
      } else return;
      e.preventDefault();
      // Keep the month now: several keys may come before the next frame redraws.
      this.month = Math.min(horizon, Math.max(0, month));
      this.onHighlight(this.month);
    });
  }

  /**
   * Tells the charts what the projection holds (from the summary the model returns): the trust
   * by type and the outcome shares come with new projections, not with old files. The legends
   * and captions follow when that changes.
   */
  setContent({ target_types: types = [], has_outcomes: outcomes = false }) {
    if (types.join() === this.shown.types.join() && outcomes === this.shown.outcomes) return;
    this.shown = { types, outcomes };
    if (this.palette) this.renderLegends(this.palette);
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
        note.hidden = chart.key === "trust" ? !this.shown.types.length : !this.shown.outcomes;
        if (note.hidden) canvas.removeAttribute("aria-describedby");
        else canvas.setAttribute("aria-describedby", note.id);
      }
      if (chart.key === "outcomes") {
        if (this.shown.outcomes) {
          for (const o of this.catalog.outcomes) items.push([swatch({ kind: "band", color: palette.outcomes[o.key] }), o.label]);
        }
      } else if (chart.key === "risk") {
        items.push([swatch({ kind: "line", color: palette.risk }), "Broken down so far"]);
        items.push([swatch({ kind: "bar", color: palette.risk, opacity: 0.45 }), "Breaking down each month"]);
      } else {
        // The trust chart draws the trust by type in place of the trust of both types mixed.
        const series = chart.key === "trust" && this.shown.types.length ? [...this.shown.types, ...chart.series.slice(1)] : chart.series;
        const label = (s) => this.types.get(s)?.short_label ?? this.series.get(s).label;
        if (series.length > 1) {
          for (const s of series) items.push([swatch({ kind: "line", color: palette.series[s] }), label(s)]);
        } else {
          items.push([swatch({ kind: "line", color: palette.series[series[0]] }), "Median"]);
        }
        // By type the trust chart has three bands in three colours, which one swatch cannot
        // stand for; the note under the charts says what bands hold, and the legend keeps to
        // two lines so the three main charts stay level.
        if (series.length < 3) {
          const color = palette.series[series[0]];
          items.push([swatch({ kind: "band", color, opacity: inner }), "Middle half"]);
          items.push([swatch({ kind: "band", color, opacity: palette.outer_band_alpha }), "8 in 10"]);
        }
      }
      if (chart.compares) items.push([swatch({ kind: "line", color: palette.baseline, dash: palette.dash }), "Baseline"]);
      legend.replaceChildren(
        ...items.map(([sw, text]) => {
          const li = document.createElement("li");
          li.append(sw, text);
          return li;
        }),
      );
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
  renderReadout(el, month) {
    const horizon = this.explorer.horizon();
    const m = month ?? horizon;
    const r = this.explorer.readout(m);
    if (!r) return;
    const head = document.createElement("p");
    head.className = "readout-head";
    const strong = document.createElement("strong");
    strong.textContent = month === null ? `At the end, month ${m}` : `Month ${m}`;
    head.append(strong);
    if (month === null) {
      const hint = document.createElement("span");
      hint.className = "muted";
      hint.textContent = " · point at a chart to read another month";
      head.append(hint);
    }
    const dl = document.createElement("dl");
    const add = (label, value, base) => {
      const div = document.createElement("div");
      const dt = document.createElement("dt");
      dt.textContent = label;
      const dd = document.createElement("dd");
      dd.textContent = value;
      if (base !== null && base !== undefined) {
        const b = document.createElement("span");
        b.className = "muted";
        b.textContent = ` · baseline ${base}`;
        dd.append(b);
      }
      div.append(dt, dd);
      dl.append(div);
    };
    // The trust by type, where the projection has it, stands in for the trust of both types mixed.
    const types = r.types ?? [];
    for (const s of r.series) {
      if (s.key === "trust" && types.length) {
        for (const t of types) add(t.label, t.text, t.baseline == null ? null : t.baseline.toFixed(2));
        continue;
      }
      const base = s.baseline == null ? null : s.percent ? `${Math.round(s.baseline * 100)}%` : s.baseline.toFixed(2);
      add(s.label, s.text, base);
    }
    const baseRisk = r.baseline_backsliding_risk == null ? null : `${Math.round(r.baseline_backsliding_risk * 100)}%`;
    add("Broken down so far", r.risk_text, baseRisk);
    const children = [head, dl];
    if (r.outcomes?.length) {
      const outcomes = document.createElement("dl");
      outcomes.className = "readout-outcomes";
      outcomes.setAttribute("aria-label", "Outcomes");
      for (const o of r.outcomes) {
        const div = document.createElement("div");
        const dt = document.createElement("dt");
        dt.append(swatch({ kind: "band", color: this.palette?.outcomes[o.key] ?? "currentColor" }), o.label);
        const dd = document.createElement("dd");
        dd.textContent = o.text;
        div.append(dt, dd);
        outcomes.append(div);
      }
      children.push(outcomes);
    }
    el.replaceChildren(...children);
  }

  /** The table of the projection, every few months. */
  renderTable(el) {
    const t = this.explorer.table();
    if (!t) return;
    const table = document.createElement("table");
    const caption = document.createElement("caption");
    caption.textContent = `Every ${t.stride === 1 ? "month" : `${t.stride} months`}: the median and, in brackets, the range that holds 8 in 10 simulated futures.`;
    const thead = document.createElement("thead");
    const hr = document.createElement("tr");
    for (const c of t.columns) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = c;
      hr.append(th);
    }
    thead.append(hr);
    const tbody = document.createElement("tbody");
    for (const row of t.rows) {
      const tr = document.createElement("tr");
      row.forEach((cell, i) => {
        const td = document.createElement(i === 0 ? "th" : "td");
        if (i === 0) td.scope = "row";
        td.textContent = cell;
        tr.append(td);
      });
      tbody.append(tr);
    }
    table.append(caption, thead, tbody);
    el.replaceChildren(table);
  }
}
