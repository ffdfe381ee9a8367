// The live strip: on a phone or a tablet, where the charts lie below the timeline (the
// explorer's, or a workshop team's), a change
// being made (a chip held or moved with the keys, an edit in a panel) shows small copies of the
// three main charts, drawn by the same chart code, with what the change did to each. It lies
// over the page at the bottom of the screen (at the top while the chip held is in the lower
// half), so nothing under it moves when it comes and goes; it shows only while the charts
// themselves are out of sight, and is hidden from assistive technology, which hears the change
// from the live region instead.

import { el } from "./dom.js";

/** The three main charts, by key; their titles come from the catalog, as on the page. */
const MAIN = ["trust", "economy", "risk"];

export class LiveStrip {
  /**
   * @param {object} o
   * @param {object} o.view the page's ExplorerView
   * @param {HTMLElement} o.charts the charts' element, whose visibility decides the strip's
   */
  constructor({ view, charts }) {
    this.view = view;
    this.charts = charts;
    this.root = el("div", "live-strip");
    this.root.id = "live-strip";
    this.root.hidden = true;
    this.root.setAttribute("aria-hidden", "true");
    this.changes = new Map();
    this.decided = false;
    const titles = new Map(view.catalog.charts.map((c) => [c.key, c.title]));
    for (const key of MAIN) {
      const title = titles.get(key);
      const figure = el("figure", "strip-chart");
      const caption = el("figcaption");
      const change = el("span", "strip-change");
      caption.append(el("span", "strip-title", title), change);
      const canvas = el("canvas");
      canvas.id = `strip-${key}`;
      figure.append(caption, canvas);
      this.root.append(figure);
      this.changes.set(key, change);
    }
    document.body.append(this.root);
    this.attach(view.explorer);
  }

  /** Draws the strip's charts with `explorer` (the page's, or a fresh one). */
  attach(explorer) {
    for (const key of MAIN) explorer.attach_strip(key, document.getElementById(`strip-${key}`));
  }

  /** Told of what the change under way did (null: no change under way) after every frame. */
  update(lines) {
    if (!lines) {
      this.root.hidden = true;
      this.decided = false;
      return;
    }
    // Whether to show is decided once, as the change begins: reading the layout in every frame
    // of a drag would cost a layout each.
    if (!this.decided) {
      this.decided = true;
      if (!this.chartsInView()) {
        const held = document.querySelector(".chip.dragging, .chip:focus");
        this.root.classList.toggle("at-top", Boolean(held && held.getBoundingClientRect().top > innerHeight / 2));
        this.root.hidden = false;
        // The small canvases are laid out now: draw them.
        this.view.schedule(false);
      }
    }
    if (this.root.hidden) return;
    for (const line of lines) {
      const change = this.changes.get(line.chart);
      if (change) change.textContent = line.short;
    }
  }

  /** Whether the three main charts are wholly on screen (the strip would repeat them). */
  chartsInView() {
    return MAIN.every((key) => {
      const box = document.getElementById(`chart-${key}`).getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
    });
  }
}
