// Where the page counts its ensembles: off the main thread, in module Web Workers that run the
// page's own wasm module (ensemble-worker.js), one per core the browser reports, up to four.
//
// The pool hands a source's slices of runs to whichever worker is free and gives the counts
// back to the source; it never decides what is counted, nor in what order counts are merged:
// the source (the page's Explorer) does both, so the projection is the same bits whatever the
// number of workers. A worker that cannot start, or fails, is retired and its slice goes to
// another. While no worker is ready (the first moments after the page opens), or where there
// are none, the page counts slices itself, a few milliseconds at a time.
//
// The pool also runs tasks other than counting for the page ("Why?" shares its re-runs among
// the workers): a task goes to the next free worker, ahead of any slice.

/** The most workers a page starts: past four, the merging and drawing on the page dominate. */
const MAX_WORKERS = 4;
/** Time the page may spend counting slices itself in one go before it lets others run. */
const HERE_BUDGET_MS = 8;

/**
 * How many workers to start: one per core the browser reports (two when it does not say), at
 * most four; none where the browser has no module workers. `?workers=N` in the page's address
 * asks for N (0: the page counts everything itself), to compare answers across counts.
 */
export function workerCount(search = location.search) {
  const asked = new URLSearchParams(search).get("workers");
  if (asked !== null && /^\d{1,2}$/.test(asked)) return Math.min(Number(asked), 16);
  if (typeof Worker !== "function") return 0;
  return Math.max(1, Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 2));
}

/**
 * Instantiates the page's wasm module on the page from its compilation (see explorer/start.js),
 * which the workers are sent too, so that none of them fetches and compiles it again.
 *
 * @param {(o: object) => Promise<unknown>} init the glue's default export
 * @param {Promise<WebAssembly.Module|null>} compiled the module compiled as it downloaded
 * @param {URL} url the module's address, for when it could not be compiled that way
 * @returns {Promise<WebAssembly.Module|null>} the module, or null (each worker then fetches
 *   and compiles it itself)
 */
export async function initCompiled(init, compiled, url) {
  const module = await compiled;
  await init({ module_or_path: module ?? url });
  return module;
}

export class EnsemblePool {
  /**
   * @param {object} o
   * @param {string} o.glue the address of the page's wasm glue (the workers import it)
   * @param {WebAssembly.Module|null} o.module the compiled module, or null to let each worker
   *   fetch and compile it
   * @param {(scenario: string, start: number, end: number) => Uint32Array} o.countHere the
   *   page's own `count_runs`
   * @param {number} [o.workers] how many workers to start (see workerCount)
   */
  constructor({ glue, module, countHere, workers = workerCount() }) {
    this.countHere = countHere;
    this.glue = glue;
    this.module = module;
    this.workers = workers;
    /** Each worker, its state (starting, idle, busy or retired) and the slice or task it has. */
    this.helpers = [];
    this.source = null;
    /** Slices a retired worker did not finish: the next free hand takes them first. */
    this.orphans = [];
    /** Tasks waiting for a worker: `{message, resolve, reject}`, first come first served. */
    this.tasks = [];
    this.hereTimer = 0;
    this.hereFrame = 0;
  }

  /**
   * Starts the workers. The page calls it once its first charts are drawn, so that starting
   * them does not compete with the page's own start for the cores; until they are ready, the
   * page counts slices itself.
   */
  startWorkers() {
    if (this.helpers.length) return;
    for (let i = 0; i < this.workers; i++) this.start(this.glue, this.module);
  }

  /**
   * How many hands count slices side by side: the workers not retired (or to be started), or
   * the page alone.
   */
  get hands() {
    const workers = this.helpers.length ? this.helpers.filter((h) => h.state !== "retired").length : this.workers;
    return Math.max(1, workers);
  }

  /** How many workers are ready to take a task now or soon (0 while they start, or where there
   * are none). */
  get readyWorkers() {
    return this.helpers.filter((h) => h.state === "idle" || h.state === "busy").length;
  }

  /**
   * Sends `message` to the next free worker, ahead of every slice, and resolves with the
   * `result` it answers (`{type: "done", result}`), or rejects with the error it reports, or
   * when no worker is left to take it. Ask only while `readyWorkers` is not 0.
   */
  runTask(message) {
    return new Promise((resolve, reject) => {
      this.tasks.push({ message, resolve, reject });
      this.pump();
    });
  }

  start(glue, module) {
    let worker;
    try {
      worker = new Worker(new URL("../shared/ensemble-worker.js", import.meta.url), { type: "module" });
    } catch {
      return;
    }
    const helper = { worker, state: "starting", slice: null };
    worker.addEventListener("message", (event) => this.heard(helper, event.data));
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      this.retire(helper);
    });
    worker.postMessage({ type: "init", glue, module });
    this.helpers.push(helper);
  }

  heard(helper, message) {
    if (helper.state === "retired") return;
    switch (message.type) {
      case "ready":
        helper.state = "idle";
        performance.mark("relief:worker-ready");
        this.pump();
        return;
      case "failed":
        this.retire(helper);
        return;
      case "done":
      case "counts":
      case "error": {
        const slice = helper.slice;
        helper.slice = null;
        helper.state = "idle";
        if (slice?.message) {
          if (message.type === "done") slice.resolve(message.result);
          else slice.reject(message.name === "RuntimeError" ? new WebAssembly.RuntimeError(message.message) : new Error(message.message));
        } else if (message.type === "counts") {
          performance.mark("relief:slice-counted", { detail: "worker" });
          this.source?.receive(slice, message.words);
        }
        else this.source?.fail(message.name === "RuntimeError" ? new WebAssembly.RuntimeError(message.message) : new Error(message.message));
        this.pump();
        return;
      }
    }
  }

  /** A worker that could not start, or failed: its slice goes to another hand. */
  retire(helper) {
    if (helper.state === "retired") return;
    helper.state = "retired";
    helper.worker.terminate();
    if (helper.slice?.message) this.tasks.unshift(helper.slice);
    else if (helper.slice) this.orphans.push(helper.slice);
    helper.slice = null;
    // Tasks are for workers only: with none left, they are given back to the page.
    if (!this.helpers.some((h) => h.state !== "retired")) {
      for (const task of this.tasks.splice(0)) task.reject(new Error("no worker is left to run this"));
    }
    this.pump();
  }

  /**
   * Counts the slices of `source` from now on: `next()` gives the next slice (or null),
   * `receive(slice, words, pageMs)` takes its counts (and the time the page spent counting
   * them, 0 when a worker did) and `fail(err)` hears of a slice that could not be counted. Slices of the previous source still being counted are not taken back; their
   * counts go to the new source, which drops what it did not ask for.
   */
  serve(source) {
    this.source = source;
    this.orphans = [];
    this.pump();
  }

  /** No more slices are handed out (after the model failed). */
  stop() {
    this.source = null;
    clearTimeout(this.hereTimer);
    cancelAnimationFrame(this.hereFrame);
    this.hereTimer = 0;
    this.hereFrame = 0;
  }

  /** Hands tasks and slices to every free worker; where none is ready, counts a few on the page. */
  pump() {
    for (const helper of this.helpers) {
      if (helper.state !== "idle") continue;
      const work = this.tasks.shift() ?? this.takeSlice();
      if (!work) return;
      helper.state = "busy";
      helper.slice = work;
      helper.worker.postMessage(work.message ?? { type: "count", scenario: work.scenario, start: work.start, end: work.end });
    }
    if (this.source && !this.readyWorkers) this.countOnPageSoon();
  }

  /**
   * Counts on the page once the task under way ends (many changes in one task count once), or
   * with `afterFrame`, once the next frame is drawn: what the page counted so far is shown
   * before it counts more.
   */
  countOnPageSoon(afterFrame = false) {
    if (this.hereTimer || this.hereFrame) return;
    const count = () => {
      this.hereFrame = 0;
      this.hereTimer = setTimeout(() => {
        this.hereTimer = 0;
        // A worker that has become ready meanwhile takes over.
        if (this.readyWorkers) this.pump();
        else this.countOnPage();
      }, 0);
    };
    if (afterFrame) this.hereFrame = requestAnimationFrame(count);
    else count();
  }

  /**
   * Counts the next slice on the page now, in the task under way, when no worker is ready to:
   * the opening answer, which the page would otherwise count after a timer. What follows is
   * counted as before, once the next frame is drawn. Whether a slice was counted.
   */
  countOneNow() {
    if (!this.source || this.readyWorkers) return false;
    clearTimeout(this.hereTimer);
    cancelAnimationFrame(this.hereFrame);
    this.hereTimer = 0;
    this.hereFrame = 0;
    const slice = this.takeSlice();
    if (!slice || !this.countSliceOnPage(slice)) return false;
    this.countOnPageSoon(true);
    return true;
  }

  takeSlice() {
    return this.orphans.shift() ?? this.source?.next() ?? null;
  }

  /** Counts slices on the page for a few milliseconds, then lets the page answer and goes on. */
  countOnPage() {
    const started = performance.now();
    let slice;
    while (this.source && performance.now() - started < HERE_BUDGET_MS && (slice = this.takeSlice())) {
      if (!this.countSliceOnPage(slice)) return;
    }
    if (slice) this.countOnPageSoon(true);
  }

  /** Counts `slice` on the page and hands its counts over; false when the model failed. */
  countSliceOnPage(slice) {
    let words;
    const before = performance.now();
    try {
      words = this.countHere(slice.scenario, slice.start, slice.end);
    } catch (err) {
      this.source.fail(err);
      return false;
    }
    performance.mark("relief:slice-counted", { detail: "page" });
    this.source.receive(slice, words, performance.now() - before);
    return true;
  }
}
