// Keeps the timeline and the three main charts on one screen on a wide landscape screen, so a
// drag moves curves the reader can see. What sits around them (the header, the timeline's key
// and sequencing check, the charts' titles and legends) is measured as it is; the height left is
// shared between the timeline, which scrolls inside itself past its share, and the charts. The
// timeline gets all it needs when the charts keep a readable height; otherwise the charts get
// their share first. On phones, tablets and portrait screens the page scrolls as usual.
//
// The fit is made again when the window changes size and when the page asks (a new scenario has
// settled, a preset opened), never in the middle of a drag, so nothing jumps under the pointer.

/** Where the fit applies: the wide, landscape screens of css/layout.css. */
const WIDE = "(min-width: 1100px) and (min-aspect-ratio: 1/1)";
/** The main charts' heights, in CSS pixels: readable on a laptop, not stretched on a projector. */
const CHART_MIN = 128;
const CHART_MAX = 272;
/** The charts' share of the height when the timeline cannot have all it needs. */
const CHART_SHARE = 0.45;
/** The timeline's least height: the months and at least two rows of chips. */
const TIMELINE_MIN = 112;
/** Room left under the charts, so their lower edge is not flush with the window's. */
const MARGIN = 10;

export class StageFit {
  /**
   * @param {object} o
   * @param {HTMLElement} o.stage the element holding the timeline's and the charts' sections
   * @param {HTMLElement} o.scroller the timeline's scroller
   * @param {() => HTMLCanvasElement[]} o.mainCanvases the three main charts' canvases
   */
  constructor({ stage, scroller, mainCanvases }) {
    this.stage = stage;
    this.scroller = scroller;
    this.mainCanvases = mainCanvases;
    this.wide = matchMedia(WIDE);
    this.pending = false;
    addEventListener("resize", () => this.request());
    this.wide.addEventListener("change", () => this.request());
  }

  /** Fits again on the next frame (several requests in a frame make one fit). */
  request() {
    if (this.pending) return;
    this.pending = true;
    requestAnimationFrame(() => {
      this.pending = false;
      this.fit();
    });
  }

  fit() {
    const root = this.stage.style;
    if (!this.wide.matches) {
      root.removeProperty("--timeline-max");
      root.removeProperty("--chart-main-height");
      performance.mark("relief:fitted");
      return;
    }
    const canvases = this.mainCanvases().filter((c) => c.clientHeight > 0);
    if (!canvases.length) return;
    const timeline = this.scroller.closest("section");
    const charts = canvases[0].closest("section");
    const box = (e) => e.getBoundingClientRect();
    const scroller = box(this.scroller);
    const section = box(timeline);
    const chartsBox = box(charts);
    // Everything but the two flexible heights, from the top of the page down.
    const above = scroller.top + scrollY;
    const belowTimeline = section.bottom - scroller.bottom;
    const between = chartsBox.top - section.bottom;
    const aboveCanvas = Math.max(...canvases.map((c) => box(c).top - chartsBox.top));
    const available = innerHeight - above - belowTimeline - between - aboveCanvas - MARGIN;
    // The timeline's whole height, borders included, as if it were not capped.
    const needed = this.scroller.scrollHeight + (scroller.height - this.scroller.clientHeight);
    let chart;
    let cap;
    if (needed + CHART_MIN <= available) {
      chart = Math.min(CHART_MAX, available - needed);
      cap = Math.max(needed, available - chart);
    } else {
      chart = Math.min(CHART_MAX, Math.max(CHART_MIN, available * CHART_SHARE));
      cap = Math.max(TIMELINE_MIN, available - chart);
    }
    root.setProperty("--chart-main-height", `${Math.floor(chart)}px`);
    root.setProperty("--timeline-max", `${Math.floor(cap)}px`);
    // Marked for tests and tools: the stage has been fitted to the screen.
    performance.mark("relief:fitted");
  }
}
