// Relief Sequencer's page: a view of one state, the scenario (relief-scenario/1).
// Every change goes event → new scenario → one model call and one redraw of every chart on
// the next animation frame, so a drag that moves a step many times in a frame costs one run.

import init, { Explorer, catalog as readCatalog, palette as readPalette, new_seed, version } from "./pkg/relief_web.js";
import * as S from "./state.js";
import { Timeline } from "./timeline.js";
import { Palette, Editor, Assumptions } from "./panels.js";
import { Charts } from "./charts.js";
import { icon, swatch } from "./icons.js";

const $ = (id) => document.getElementById(id);

/** How long the screen-reader summary and the table wait for changes to settle. */
const SETTLE_MS = 450;
/** Measures kept before the oldest are dropped, so a long session does not grow memory. */
const MAX_MEASURES = 5000;

const state = {
  scenario: null,
  opening: null,
  selected: null,
  highlight: null,
};

let explorer;
let timeline;
let palette;
let editor;
let assumptions;
let charts;
let catalog;

let framePending = false;
let modelDirty = false;
let firstChart = false;
let measures = 0;
let settleTimer = 0;
let lastSummary = null;

// ---------------------------------------------------------------- errors, shown on the page

function showError(message) {
  const box = $("error");
  box.replaceChildren();
  const text = document.createElement("p");
  text.textContent = message;
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Dismiss";
  close.addEventListener("click", () => {
    box.hidden = true;
  });
  box.append(text, close);
  box.hidden = false;
}

function describe(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}

window.addEventListener("error", (e) => showError(`Something went wrong: ${describe(e.error ?? e.message)}`));
window.addEventListener("unhandledrejection", (e) => showError(`Something went wrong: ${describe(e.reason)}`));

// ---------------------------------------------------------------- the update loop

/** Asks for a redraw on the next frame; `model` also re-runs the ensemble. */
function schedule(model) {
  if (model) modelDirty = true;
  if (!framePending) {
    framePending = true;
    requestAnimationFrame(frame);
  }
}

function frame() {
  framePending = false;
  const runModel = modelDirty;
  modelDirty = false;
  try {
    if (runModel) performance.mark("relief:update-start");
    if (runModel) {
      lastSummary = explorer.set_scenario(JSON.stringify(state.scenario));
      performance.mark("relief:model-end");
    }
    explorer.draw_all(state.highlight ?? undefined);
    if (runModel) {
      // One update is the model ensemble plus the redraw of every chart; its two parts are
      // measured too, so a slow update says where the time went.
      performance.mark("relief:update-end");
      performance.measure("relief:update", "relief:update-start", "relief:update-end");
      performance.measure("relief:model", "relief:update-start", "relief:model-end");
      performance.measure("relief:draw", "relief:model-end", "relief:update-end");
      if (++measures > MAX_MEASURES) {
        for (const name of ["relief:update", "relief:model", "relief:draw"]) performance.clearMeasures(name);
        measures = 0;
      }
    }
    if (!firstChart) {
      firstChart = true;
      performance.mark("relief:first-chart");
      $("charts-loading")?.remove();
    }
  } catch (err) {
    showError(`The model could not run this scenario: ${describe(err)}`);
    return;
  }
  if (runModel) {
    renderWarnings(lastSummary.warnings);
    // The first summary shows at once; later ones wait for a drag to settle.
    if (!$("summary").textContent) $("summary").textContent = lastSummary.text;
    else settle();
  }
  if (runModel) charts.setMonth(state.highlight);
  charts.renderReadout($("readout"), state.highlight);
}

/** Updates what should not change on every frame of a drag: the live summary and the table. */
function settle() {
  clearTimeout(settleTimer);
  settleTimer = setTimeout(() => {
    $("summary").textContent = explorer.summary_text(undefined);
    if ($("table-details").open) charts.renderTable($("table-wrap"));
  }, SETTLE_MS);
}

// ---------------------------------------------------------------- state changes

/** Makes `next` the scenario and redraws everything from it. */
function commit(next, selected = state.selected) {
  state.scenario = next;
  state.selected = S.itemAt(next, selected) ? selected : null;
  render();
  schedule(true);
}

function render() {
  const s = state.scenario;
  timeline.render(s, state.selected);
  editor.render(s, state.selected);
  palette.render(s);
  assumptions.render(s);
  $("scenario-title").textContent = s.title || "Untitled scenario";
  $("runs-words").textContent = (s.runs ?? catalog.defaults.runs).toLocaleString("en");
}

function select(ref) {
  if (S.sameRef(ref, state.selected)) return;
  state.selected = ref;
  timeline.render(state.scenario, ref);
  editor.render(state.scenario, ref);
}

function removeItem(ref, { focusNext = true } = {}) {
  timeline.forget(ref);
  const next = S.removeItem(state.scenario, ref);
  commit(next, null);
  const target = timeline.chipAfterRemoval(ref);
  if (focusNext) {
    if (target) timeline.focusItem(target);
    else $("palette").querySelector("summary").focus();
  }
}

function setHighlight(month) {
  if (month === state.highlight) return;
  state.highlight = month;
  timeline.setHighlight(month);
  charts.setMonth(month);
  schedule(false);
}

function renderWarnings(warnings) {
  const ul = $("warnings");
  const items = warnings.length ? warnings : [null];
  ul.replaceChildren(
    ...items.map((w) => {
      const li = document.createElement("li");
      if (w === null) {
        li.className = "ok";
        li.textContent = "No sequencing problems found.";
      } else {
        li.append(icon("warning"), w);
      }
      return li;
    }),
  );
}

function renderKey(pal) {
  const key = $("timeline-key");
  key.replaceChildren();
  const part = (node, text) => {
    const span = document.createElement("span");
    span.className = "key-item";
    span.append(node, text);
    key.append(span);
  };
  part(swatch({ kind: "band", color: pal.markers.relief }), "relief");
  part(swatch({ kind: "band", color: pal.markers.reform }), "reform or compliance");
  part(swatch({ kind: "band", color: pal.markers.confidence }), "confidence building");
  part(swatch({ kind: "band", color: pal.markers.shock }), "shock");
  part(icon("conditional"), "waits for verified compliance");
  part(icon("transparent"), "published criteria");
}

// ---------------------------------------------------------------- theme

const darkQuery = matchMedia("(prefers-color-scheme: dark)");
const contrastQuery = matchMedia("(prefers-contrast: more)");

function applyTheme() {
  // The projector theme is black on white, so a dark page keeps the dark charts.
  const theme = darkQuery.matches ? "dark" : contrastQuery.matches ? "high-contrast" : "light";
  explorer.set_theme(theme);
  const pal = readPalette(theme);
  charts.renderLegends(pal);
  renderKey(pal);
  schedule(false);
}

// ---------------------------------------------------------------- start

async function loadScenario() {
  const response = await fetch("scenarios/default.json");
  if (!response.ok) throw new Error(`the default scenario could not be loaded (${response.status})`);
  return response.json();
}

async function boot() {
  const [, scenario] = await Promise.all([init(), loadScenario()]);
  catalog = readCatalog();
  explorer = new Explorer();
  state.opening = S.copy(scenario);
  state.scenario = S.copy(scenario);
  $("version").textContent = `Version ${version()}.`;

  timeline = new Timeline({
    root: $("timeline"),
    scroller: $("timeline-scroller"),
    catalog,
    describedBy: "timeline-hint",
    onMove: (ref, month) => commit(S.moveItem(state.scenario, ref, month), ref),
    onSelect: select,
    onDelete: (ref) => removeItem(ref),
  });
  palette = new Palette({
    catalog,
    onAdd: (list, kind, month) => {
      const [next, ref] = S.addItem(state.scenario, list, kind, month);
      commit(next, ref);
      timeline.focusItem(ref);
    },
  });
  editor = new Editor({
    catalog,
    onField: (ref, field, value) => {
      const next =
        field === "month"
          ? S.moveItem(state.scenario, ref, value)
          : S.setItemField(state.scenario, ref, field, field === "size" || value ? value : undefined);
      commit(next, ref);
    },
    onDelete: (ref) => removeItem(ref),
  });
  assumptions = new Assumptions({
    catalog,
    onAssumption: (key, value) => commit(S.setAssumption(state.scenario, key, value)),
    onHorizon: (h) => commit(S.setHorizon(state.scenario, h)),
    onRuns: (n) => commit(S.setField(state.scenario, "runs", n)),
    onSeed: (n) => commit(S.setField(state.scenario, "seed", n)),
    onNewSeed: () => commit(S.setField(state.scenario, "seed", new_seed())),
  });
  charts = new Charts({
    root: $("charts"),
    catalog,
    explorer,
    onHighlight: setHighlight,
    onPick: (month) => palette.suggestMonth(month, state.scenario),
  });

  $("pin-baseline").addEventListener("click", () => {
    explorer.pin_baseline();
    $("baseline-note").textContent =
      "Bands: the middle half and 8 in 10 of the simulated futures. The grey dashed line is the baseline you pinned; pin again to compare later changes with the current scenario.";
    lastSummary = null;
    schedule(false);
    settle();
  });
  $("start-over").addEventListener("click", () => {
    state.highlight = null;
    commit(S.copy(state.opening), null);
  });
  $("table-details").addEventListener("toggle", () => {
    if ($("table-details").open) charts.renderTable($("table-wrap"));
  });
  for (const q of [darkQuery, contrastQuery]) q.addEventListener("change", applyTheme);
  new ResizeObserver(() => schedule(false)).observe($("charts"));
  watchPixelRatio();

  applyTheme();
  render();
  schedule(true);
  $("pin-baseline").disabled = false;
  $("start-over").disabled = false;
}

/** Redraws when the device pixel ratio changes (browser zoom, another screen). */
function watchPixelRatio() {
  const query = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
  query.addEventListener(
    "change",
    () => {
      schedule(false);
      watchPixelRatio();
    },
    { once: true },
  );
}

boot().catch((err) => {
  $("charts-loading")?.remove();
  showError(`Relief Sequencer could not start: ${describe(err)}. Reload the page to try again.`);
});
