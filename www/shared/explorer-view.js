// The explorer's view of one scenario, which both pages build: the explorer itself
// (explorer/app.js) and a workshop team's view of its exercise (workshop/team.js). It holds the
// state (the scenario, the selected step, the month being read), the timeline and the charts,
// and the update loop: every change goes event → new scenario → on the next animation frame,
// the scenario's ensemble is started in slices that the page's workers count (see
// ensemble-pool.js), and the charts are redrawn once the first answer is in. A drag that moves a
// step many times in a frame costs one ensemble, and counts for a scenario already replaced are
// dropped, never drawn. More runs refine the answer after it; the charts follow them a few times
// a second, and the page's note says how far they have got. What waits for a drag to settle (the
// spoken summary, and whatever the page adds) follows a moment later. The charts' theme, their
// legends, the timeline's key and the sequencing check are kept here too.
//
// This module imports no page's wasm module: each page passes in its own Explorer and palette.

import * as S from "./state.js";
import { $, el } from "./dom.js";
import { icon, swatch } from "./icons.js";
import { Timeline } from "./timeline.js";
import { Charts } from "./charts.js";
import { currentTheme, onThemeChange } from "./theme.js";
import { t } from "./i18n.js";

/**
 * How long a change waits for its gesture (a drag, a slider pulled along) to settle before what
 * need not follow every frame does: the spoken summary, the table, the address and Undo.
 */
export const SETTLE_MS = 450;
/**
 * The changes that are compared with what came before them while they are made: a drag, keys
 * moving a chip, an edit in a panel, undo and redo. Whole new scenarios (a preset, a file, a link)
 * are not: their curves have nothing to be compared with.
 */
const COMPARED = new Set(["edit", "step", "undo", "redo"]);
/** Measures kept before the oldest are dropped, so a long session does not grow memory. */
const MAX_MEASURES = 5000;
/**
 * Runs × months in a scenario's first answer (about a frame's work on one core, shared among
 * the workers), and in each slice that refines it after (a few milliseconds, so a new change
 * waits at most that long for a free worker).
 */
const FIRST_RUN_MONTHS = 100_000;
const SLICE_RUN_MONTHS = 50_000;
/**
 * Runs × months in the very first answer, which the page counts itself as it opens (its
 * workers start once it is drawn): a fifth of the default scenario's runs, then the rest.
 */
const OPENING_RUN_MONTHS = 10_000;
/** Time between redraws while more runs refine an answer: the last one is drawn at once. */
const REFINE_DRAW_MS = 150;

export class ExplorerView {
  /**
   * @param {object} o
   * @param {object} o.explorer the page's wasm Explorer; see useExplorer to replace it
   * @param {object} o.pool the page's EnsemblePool, which counts the ensembles' slices
   * @param {object} o.catalog the model's catalog
   * @param {(theme: string) => object} o.readPalette the page's wasm `palette(theme)`
   * @param {object} o.ids the ids of the view's parts in the page: `timeline`, `scroller`,
   *   `hint` (the timeline's keyboard hint), `lockedNote` (what a locked chip says, optional),
   *   `charts`, `readout`, `summary`, `warnings`, `key` and `palette` (the "Add a step" details)
   * @param {[() => Node, string][]} [o.key] what the timeline's key adds after the lanes'
   *   colours and the conditional step's hourglass: a symbol (made anew each time) and its words
   * @param {(ref: object, item: object) => boolean} [o.isLocked] whether a step may not be changed
   * @param {object} [o.on] what the page does around the view:
   *   `render(scenario, selected)` after every change, `select(ref)` after a selection,
   *   `edit(ref)` on Enter on a chip (after selecting it), `pick(month)` on a month clicked on a
   *   chart, `highlight(month)` on a month read, `commit(scenario, how)` after every change,
   *   `canCommit(how)` to refuse a change, `projection(summary)` when a scenario's first answer
   *   is drawn, `progress(progress)` with how far the runs being counted have got (null when none
   *   are), `beforeFirstChart()` and `firstChart()`, `settle()`, `hold(held)` when a chip
   *   is taken up or let go, `tap(ref)` when a finger taps a chip, `change(lines)` after each frame of a change under way (null when
   *   none is), and `error(err)` when the model could not run
   */
  constructor({ explorer, pool, catalog, readPalette, ids, key = [], isLocked = () => false, on = {} }) {
    this.explorer = explorer;
    this.pool = pool;
    this.catalog = catalog;
    this.readPalette = readPalette;
    this.ids = ids;
    this.keyParts = key;
    this.isLocked = isLocked;
    this.on = on;
    /** The state the page draws from: the scenario, the selected step and the month being read. */
    this.state = { scenario: null, selected: null, highlight: null };
    this.loop = {
      // The animation frame asked for and not yet run, or 0.
      frameRequest: 0,
      // Counts have arrived; whether the charts must be drawn again anyway.
      counted: false,
      redraw: false,
      // Whether the newest scenario's first answer is drawn, and when the last refinement was.
      answered: false,
      refinedAt: 0,
      // The page's own time on the newest change: starting its ensemble, then its first answer.
      startCost: 0,
      // Who waits for every future of the scenario now to be counted (see whenCounted).
      countedWaiters: [],
      modelCost: 0,
      refineTimer: 0,
      charted: false,
      // Charts out of sight that the first drawing left for the next frame.
      unseen: false,
      stopped: false,
      measures: 0,
      settleTimer: 0,
    };
    /**
     * The change being made: whether a chip is held, whether the charts show the ghost of the
     * curves from before it, and what the last change did (kept for the readout).
     */
    this.change = { held: false, active: false, moved: false, drawn: false, last: null };

    this.timeline = new Timeline({
      root: $(ids.timeline),
      scroller: $(ids.scroller),
      catalog,
      describedBy: ids.hint,
      lockedDescribedBy: ids.lockedNote,
      isLocked: (ref, item) => isLocked(ref, item),
      onMove: (ref, month) => this.commit(S.moveItem(this.state.scenario, ref, month), ref),
      onSelect: (ref) => this.select(ref),
      onDelete: (ref) => this.remove(ref),
      onEdit: (ref) => {
        this.select(ref);
        this.on.edit?.(ref);
      },
      onHold: (held) => this.hold(held),
      onTap: (ref) => this.on.tap?.(ref),
    });
    this.charts = new Charts({
      root: $(ids.charts),
      catalog,
      explorer,
      onHighlight: (month) => this.setHighlight(month),
      onPick: (month) => this.on.pick?.(month),
      sharedLegend: ids.sharedLegend ? $(ids.sharedLegend) : null,
      doubtLegend: ids.doubtLegend ? $(ids.doubtLegend) : null,
    });
    // What the change being made did, in words: under each main chart's title while it is made,
    // and at the head of the readout, where the keyboard can read it, until the next one.
    this.changeLine = el("p", "readout-change");
    this.changeLine.hidden = true;
    $(ids.readout).before(this.changeLine);
    // Escape folds the palette away again and returns to its button.
    const palette = $(ids.palette);
    palette.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && palette.open) {
        palette.open = false;
        palette.querySelector("summary").focus();
      }
    });
    pool.serve({
      next: () => this.explorer.next_slice(),
      receive: (slice, words, pageMs) => this.receive(slice, words, pageMs),
      fail: (err) => this.fail(err),
    });
    // The charts' box changes size whenever something in it does (a legend filled in, a note
    // shown); only a canvas whose own size changed needs drawing again.
    new ResizeObserver(() => {
      if (!this.canvasesFitLayout()) this.schedule(false);
    }).observe($(ids.charts));
    this.watchPixelRatio();
    onThemeChange(() => this.applyTheme());
  }

  /** Draws with another Explorer from now on (a team's fresh start); the theme is applied to it. */
  useExplorer(explorer) {
    this.explorer = explorer;
    this.charts.explorer = explorer;
    for (const { chart, canvas } of this.charts.figures) explorer.attach(chart.key, canvas);
    this.applyTheme();
  }

  // ---------------------------------------------------------------- state changes

  /**
   * Makes `next` the scenario and redraws everything from it. `how` says how the change came
   * about (see explorer/io/session.js): "edit" may be one of many in a drag, "step" is a
   * discrete edit, and the page may name others.
   */
  commit(next, selected = this.state.selected, how = "edit") {
    if (this.loop.stopped || this.on.canCommit?.(how) === false) return;
    if (COMPARED.has(how)) {
      this.beginChange();
      this.change.moved = true;
    } else this.endChange({ quietly: true });
    this.state.scenario = next;
    this.state.selected = S.itemAt(next, selected) ? selected : null;
    this.render();
    // The page hears of the change before its ensemble starts, as it would were the model to
    // fail on it: what the page keeps then (the last scenario that ran) is written last.
    this.on.commit?.(next, how);
    this.schedule(true);
  }

  /** Brings the timeline and the page's own parts in line with the state. */
  render() {
    this.timeline.render(this.state.scenario, this.state.selected);
    this.on.render?.(this.state.scenario, this.state.selected);
  }

  select(ref) {
    if (S.sameRef(ref, this.state.selected)) return;
    this.state.selected = ref;
    this.timeline.render(this.state.scenario, ref);
    this.on.select?.(ref);
  }

  /** Removes a step or shock that is not locked, then focuses the chip after it (or the palette). */
  remove(ref) {
    const item = S.itemAt(this.state.scenario, ref);
    if (!item || this.isLocked(ref, item)) return;
    this.timeline.forget(ref);
    this.commit(S.removeItem(this.state.scenario, ref), null, "step");
    const target = this.timeline.chipAfterRemoval(ref);
    if (target) this.timeline.focusItem(target);
    else $(this.ids.palette).querySelector("summary").focus();
  }

  // ---------------------------------------------------------------- what a change did

  /** A chip was taken up (a drag begins) or let go (the change ends once the model settles). */
  hold(held) {
    this.change.held = held;
    if (held) this.beginChange();
    else this.settle();
    this.on.hold?.(held);
  }

  /** Keeps the curves now shown as the ghost the charts compare the change with. */
  beginChange() {
    if (this.change.active || !this.loop.charted) return;
    this.change.moved = false;
    this.change.active = true;
    this.explorer.begin_change();
    $(this.ids.charts).classList.add("changing");
    this.charts.sharedLegend?.classList.add("changing");
  }

  /**
   * Ends the change being made: the ghost goes, and what the change did stays in the readout.
   * Returns its words for the live region (null when the scenario did not change, or `quietly`,
   * when a whole new scenario replaces it).
   */
  endChange({ quietly = false } = {}) {
    if (!this.change.active) return null;
    const lines = quietly ? null : this.explorer.change();
    this.explorer.end_change();
    this.change.active = false;
    $(this.ids.charts).classList.remove("changing");
    this.charts.sharedLegend?.classList.remove("changing");
    this.schedule(false);
    // A chip taken up and let go where it was changed nothing; a change that came to nothing
    // is still worth saying.
    const moved = this.change.moved;
    this.change.moved = false;
    if (!lines || !moved) return null;
    this.change.last = lines;
    this.changeLine.hidden = false;
    const changes = lines.map((line) => line.text).join(t("view-change-separator"));
    this.changeLine.replaceChildren(el("strong", null, t("view-last-change")), " ", changes);
    return t("view-change-said", { changes });
  }

  /** Each main chart's line of what the change under way did, under its title. */
  renderChange() {
    const lines = this.change.active ? this.explorer.change() : null;
    for (const { chart, change } of this.charts.figures) {
      if (!change) continue;
      const line = lines?.find((l) => l.chart === chart.key);
      change.textContent = line ? line.short : "";
      change.dataset.direction = !line || line.delta === 0 ? "none" : line.delta > 0 ? "up" : "down";
    }
    this.change.drawn = Boolean(lines);
    this.on.change?.(lines);
  }

  /** Reads the charts at `month` (null: at the end). */
  setHighlight(month) {
    if (month === this.state.highlight) return;
    this.state.highlight = month;
    this.timeline.setHighlight(month);
    this.charts.setMonth(month);
    this.schedule(false);
    this.on.highlight?.(month);
  }

  /**
   * Makes the scenario shown the baseline. When a newer scenario is being counted, the pinned
   * one is counted beside it over its horizon if it must be, so the pool is given its slices.
   */
  pinBaseline() {
    this.explorer.pin_baseline();
    this.pool.pump();
    this.schedule(false);
  }

  /**
   * Compares the next scenarios with `scenario` (drawn as the baseline, counted beside them),
   * or stops comparing with null: a story's frame and the frame before it.
   */
  compareWith(scenario) {
    this.compared = scenario;
    this.explorer.set_show_baseline(!!scenario);
  }

  /** After the model has failed: the view keeps what it shows and calls the model no more. */
  stop() {
    this.loop.stopped = true;
    this.pool.stop();
  }

  get stopped() {
    return this.loop.stopped;
  }

  // ---------------------------------------------------------------- the update loop

  /**
   * Asks for a redraw on the next frame; with `model`, starts the new scenario's ensemble
   * instead, at once, so the workers count while the page waits for a frame, and its first
   * answer is drawn on the frame after its counts arrive.
   */
  schedule(model) {
    if (!this.state.scenario) return;
    if (model) {
      // The charts change when the first answer is in: its counts ask for the frame, and no
      // frame is spent before it drawing what is already shown.
      this.startEnsemble();
      return;
    }
    this.loop.redraw = true;
    this.requestFrame();
  }

  /** Starts counting the scenario's ensemble; counts for an earlier one are dropped from now on. */
  startEnsemble() {
    const loop = this.loop;
    if (loop.stopped) return;
    const began = performance.now();
    performance.mark("relief:update-start");
    clearTimeout(loop.refineTimer);
    loop.answered = false;
    try {
      const first = loop.charted ? FIRST_RUN_MONTHS : OPENING_RUN_MONTHS;
      this.explorer.set_slicing(first, loop.charted ? this.pool.hands : 1, SLICE_RUN_MONTHS);
      const scenario = JSON.stringify(this.state.scenario);
      // A story's frame may be compared with the frame before it (see compareWith).
      if (this.compared) this.explorer.project_compared(scenario, JSON.stringify(this.compared));
      else this.explorer.project(scenario);
    } catch (err) {
      this.fail(err);
      return;
    }
    this.pool.pump();
    loop.startCost = performance.now() - began;
    loop.counted = true;
  }

  requestFrame() {
    if (!this.loop.frameRequest) this.loop.frameRequest = requestAnimationFrame(() => this.frame());
  }

  /**
   * Counts the opening answer's first slice and draws it now, in the task that built the page,
   * instead of after a timer and then a frame: the page's first paint shows the charts, and the
   * browser lays the page out once for the charts rather than first painting it without them.
   * Does nothing once the first chart is drawn.
   */
  answerNow() {
    const loop = this.loop;
    if (loop.charted || loop.stopped || !this.pool.countOneNow() || !loop.frameRequest) return;
    cancelAnimationFrame(loop.frameRequest);
    this.frame();
  }

  /**
   * The counts of a slice, from a worker or the page (which spent `pageMs` counting them): the
   * next frame draws what they add.
   */
  receive(slice, words, pageMs = 0) {
    if (this.loop.stopped) return;
    const began = performance.now();
    try {
      if (!this.explorer.add_counts(slice.generation, slice.job, slice.index, words)) {
        // Counts for a scenario already replaced: never drawn.
        performance.mark("relief:counts-dropped");
        return;
      }
    } catch (err) {
      this.fail(err);
      return;
    }
    // Until the first answer is drawn, the page's own time on it counts toward the update.
    if (!this.loop.answered) this.loop.startCost += pageMs + performance.now() - began;
    this.loop.counted = true;
    this.requestFrame();
  }

  /** Resolves once every future of the scenario now is counted and shown. */
  whenCounted() {
    if (this.allCounted()) return Promise.resolve();
    return new Promise((resolve) => this.loop.countedWaiters.push(resolve));
  }

  allCounted() {
    return this.explorer.progress() === null && !this.explorer.is_refining();
  }

  fail(err) {
    if (this.loop.stopped) return;
    this.on.error?.(err);
  }

  /**
   * The projection to draw, when one is due: a scenario's first answer at once, the runs that
   * refine it a few times a second, and the last of them at once. Null when nothing new is due.
   */
  takeProgress() {
    const loop = this.loop;
    const progress = this.explorer.progress();
    const all = progress?.all_counted;
    const wait = loop.refinedAt + REFINE_DRAW_MS - performance.now();
    if (loop.answered && !all && wait > 0) {
      // Come back for it when it is due, if no change starts over first.
      clearTimeout(loop.refineTimer);
      loop.refineTimer = setTimeout(() => {
        loop.counted = true;
        this.requestFrame();
      }, wait);
      return { summary: null, progress };
    }
    const summary = this.explorer.show_progress();
    if (summary) {
      loop.answered = true;
      loop.refinedAt = performance.now();
    }
    return { summary, progress: this.explorer.progress() };
  }

  frame() {
    const loop = this.loop;
    loop.frameRequest = 0;
    if (loop.stopped) return;
    const counted = loop.counted;
    loop.counted = false;
    const redraw = loop.redraw;
    loop.redraw = false;
    let summary = null;
    const began = performance.now();
    let drawing = began;
    try {
      if (counted) {
        const taken = this.takeProgress();
        summary = taken.summary;
        this.on.progress?.(taken.progress);
      }
      if (summary?.first) this.on.projection?.(summary);
      drawing = performance.now();
      if (summary?.first) loop.modelCost = loop.startCost + (drawing - began);
      if (summary) {
        // The sequencing check before the first drawing, so the page can lay itself out
        // around it before the charts are drawn at their size.
        this.renderWarnings(summary.warnings);
      }
      // Nothing to draw before the first answer, nor when only counts arrived that are not due.
      if (!(summary || (redraw && loop.charted))) return;
      if (!loop.charted) {
        this.on.beforeFirstChart?.();
        // The first answer is drawn where the reader looks first. The charts below the fold
        // wait for the refined answer, drawn whole in a few frames, or, when this answer is
        // already the whole, for the next frame. Where no chart is in sight yet (a phone, whose
        // timeline comes first), every chart is drawn at once: the first chart is a chart drawn.
        const highlight = this.state.highlight ?? undefined;
        let charts = this.explorer.draw_part(highlight, "in-sight");
        loop.unseen = charts > 0;
        if (!loop.unseen) charts = this.explorer.draw_part(highlight, "out-of-sight");
        else if (summary?.complete) requestAnimationFrame(() => this.drawUnseen());
        loop.charted = true;
        performance.mark("relief:first-chart", { detail: { charts } });
        this.pool.startWorkers();
        this.on.firstChart?.();
      } else {
        this.explorer.draw_all(this.state.highlight ?? undefined);
        // During a change only the charts in sight are drawn (see draw_all).
        if (!this.explorer.changing()) loop.unseen = false;
        else if (loop.unseen) requestAnimationFrame(() => this.drawUnseen());
      }
    } catch (err) {
      this.fail(err);
      return;
    }
    if (summary?.complete) performance.mark("relief:answer-complete");
    if (summary && loop.countedWaiters.length && this.allCounted()) {
      for (const resolve of loop.countedWaiters.splice(0)) resolve();
    }
    if (summary) {
      this.charts.setContent(summary);
      // The first summary shows at once; later ones wait for a drag to settle. A scenario
      // refined with no change under way (one just opened) is said once, when every future is
      // counted, and nothing is left waiting to be said after it.
      const spoken = $(this.ids.summary);
      if (!spoken.textContent) spoken.textContent = summary.text;
      else if (summary.first || this.change.active || this.change.held) this.settle();
      else if (summary.complete) {
        spoken.textContent = summary.text;
        this.on.settle?.();
      }
      this.charts.setMonth(this.state.highlight);
    }
    this.charts.renderReadout($(this.ids.readout), this.state.highlight);
    if (this.change.active || this.change.drawn) this.renderChange();
    if (summary?.first) this.measure(began, loop.modelCost, performance.now() - drawing);
  }

  /**
   * Whether every chart canvas laid out has a backing store of its size at the screen's pixel
   * ratio, as the last drawing made it (see ChartCanvases::draw in the web crate): then nothing
   * a resize did needs drawing again.
   */
  canvasesFitLayout() {
    const scale = devicePixelRatio;
    return [...$(this.ids.charts).querySelectorAll("canvas")].every(
      (canvas) => canvas.clientWidth === 0 || (canvas.width === Math.round(canvas.clientWidth * scale) && canvas.height === Math.round(canvas.clientHeight * scale)),
    );
  }

  /** Draws the charts out of sight that the first drawing left out, unless drawn since. */
  drawUnseen() {
    const loop = this.loop;
    if (loop.stopped || !loop.unseen) return;
    loop.unseen = false;
    try {
      this.explorer.draw_part(this.state.highlight ?? undefined, "out-of-sight");
    } catch (err) {
      this.fail(err);
    }
  }

  /**
   * One update is what the page's own thread spends on a change: starting the scenario's
   * ensemble, and in the frame its first answer comes in, merging the counts into a
   * projection and redrawing every chart, the readout and what the change under way did. Its
   * two parts (`model`, the thread's share of the model, and `draw`) are measured too, so a slow
   * update says where the time went, and `answer` is how long the reader waited: from the frame
   * of the change to the drawing of its first answer, the workers' counting included.
   */
  measure(began, model, draw) {
    performance.measure("relief:update", { start: began, duration: model + draw });
    performance.measure("relief:model", { start: began, duration: model });
    performance.measure("relief:draw", { start: began, duration: draw });
    performance.measure("relief:answer", "relief:update-start");
    if (++this.loop.measures > MAX_MEASURES) {
      for (const name of ["relief:update", "relief:model", "relief:draw", "relief:answer"]) performance.clearMeasures(name);
      this.loop.measures = 0;
    }
  }

  /** Updates what should not change on every frame of a drag: the spoken summary and the page's own. */
  settle() {
    clearTimeout(this.loop.settleTimer);
    this.loop.settleTimer = setTimeout(() => {
      // A change ends once the model has settled and no chip is held; the live region then
      // says, once, what it did and where things stand.
      const changed = this.change.held ? null : this.endChange();
      const summary = this.explorer.summary_text(undefined);
      $(this.ids.summary).textContent = changed ? `${changed} ${summary}` : summary;
      this.on.settle?.();
    }, SETTLE_MS);
  }

  /** The sequencing check: each warning, or that there are none. */
  renderWarnings(warnings) {
    // Most moves of a drag leave the warnings as they were: the list is rebuilt only when they
    // change, so a frame does not lay it out again for nothing.
    const key = warnings.join("\n");
    if (key === this.warningsShown) return;
    this.warningsShown = key;
    const items = warnings.length ? warnings : [null];
    $(this.ids.warnings).replaceChildren(
      ...items.map((w) => {
        if (w === null) return el("li", "ok", t("view-no-warnings"));
        const li = el("li");
        li.append(icon("warning"), w);
        return li;
      }),
    );
  }

  // ---------------------------------------------------------------- theme

  /** Draws the charts, their legends and the timeline's key in the reader's theme. */
  applyTheme() {
    const theme = currentTheme();
    this.explorer.set_theme(theme);
    const palette = this.readPalette(theme);
    this.charts.renderLegends(palette);
    this.renderKey(palette);
    this.schedule(false);
  }

  /** The timeline's key: each lane's colour, the conditional step's hourglass, and the page's own. */
  renderKey(palette) {
    const parts = [
      [swatch({ kind: "band", color: palette.markers.relief }), t("view-key-relief")],
      [swatch({ kind: "band", color: palette.markers.reform }), t("view-key-reform")],
      [swatch({ kind: "band", color: palette.markers.confidence }), t("view-key-confidence")],
      [swatch({ kind: "band", color: palette.markers.shock }), t("view-key-shock")],
      [icon("conditional"), t("view-key-conditional")],
      ...this.keyParts.map(([make, text]) => [make(), text]),
    ];
    $(this.ids.key).replaceChildren(
      ...parts.map(([node, text]) => {
        const span = el("span", "key-item");
        span.append(node, text);
        return span;
      }),
    );
  }

  /** Redraws when the device pixel ratio changes (browser zoom, another screen). */
  watchPixelRatio() {
    matchMedia(`(resolution: ${devicePixelRatio}dppx)`).addEventListener(
      "change",
      () => {
        this.schedule(false);
        this.watchPixelRatio();
      },
      { once: true },
    );
  }
}
