// Relief Sequencer's page: a view of one state, the scenario (relief-scenario/1).
// Every change goes event → new scenario → one model call and one redraw of every chart on
// the next animation frame, so a drag that moves a step many times in a frame costs one run.

import init, { Explorer, catalog as readCatalog, palette as readPalette, new_seed, version } from "../pkg/relief_web.js";
import * as S from "../shared/state.js";
import { Timeline } from "../shared/timeline.js";
import { Palette, Editor, Assumptions } from "./panels.js";
import { Charts } from "../shared/charts.js";
import { icon, swatch } from "../shared/icons.js";
// ---- share and save: links, saved work, undo and redo, files, export and embedding.
import { chooseStartScenario, setUpSharing, readonly, postToHost } from "./io/setup.js";
// ---- presets, explanations, limits, failures and offline use.
import { preset as readPreset, preset_list as readPresetList, explain, validate } from "../pkg/relief_web.js";
import { PresetMenu, AboutPanel, PRESET_OPENED } from "./presets.js";
import { Why } from "./why.js";
import { HowItWorks } from "./howitworks.js";
import { Responsiveness, roomFor, markPaletteLimits } from "./limits.js";
import { isModelFailure, showModelFailure, keepLastGood } from "./failure.js";
import { registerOfflineWorker } from "./offline.js";

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
/** Set when a full ensemble run in slices has replaced a preview: the next frame shows it. */
let fullRunDone = false;
let firstChart = false;
let measures = 0;
let settleTimer = 0;
let lastSummary = null;
/** The ways in and out of the page (sharing.js), told of every change once the page is built. */
let sharing = null;

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
  // An embedded page tells its host about every error it shows.
  postToHost({ type: "relief:error", message });
}

function describe(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}

window.addEventListener("error", (e) => reportModelFailure(e.error) || showError(`Something went wrong: ${describe(e.error ?? e.message)}`));
window.addEventListener("unhandledrejection", (e) => reportModelFailure(e.reason) || showError(`Something went wrong: ${describe(e.reason)}`));

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
  // After a trap the module cannot be trusted: the page keeps what it shows and calls it no more.
  if (modelFailed) return;
  const runModel = modelDirty;
  modelDirty = false;
  // A full run that finished counts as a new projection, unless a change replaces it anyway.
  const newProjection = runModel || fullRunDone;
  fullRunDone = false;
  try {
    if (runModel) performance.mark("relief:update-start");
    if (runModel) {
      responsive.beforeRun(explorer);
      lastSummary = explorer.set_scenario(JSON.stringify(state.scenario));
      performance.mark("relief:model-end");
      afterModelRun();
    } else if (newProjection) {
      lastSummary = explorer.summary();
      afterModelRun();
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
      sharing?.firstChart();
    }
  } catch (err) {
    if (reportModelFailure(err)) return;
    showError(`The model could not run this scenario: ${describe(err)}`);
    return;
  }
  if (newProjection) {
    charts.setContent(lastSummary);
    renderWarnings(lastSummary.warnings);
    // The first summary shows at once; later ones wait for a drag to settle.
    if (!$("summary").textContent) $("summary").textContent = lastSummary.text;
    else settle();
  }
  if (newProjection) charts.setMonth(state.highlight);
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

/**
 * Makes `next` the scenario and redraws everything from it. `how` says how the change came
 * about (see session.js): "edit" may be one of many in a drag, "step" is a discrete edit, and
 * "undo", "redo", "navigate" and "host" come from the edit history, the address or the host
 * page of an embed.
 */
function commit(next, selected = state.selected, how = "edit") {
  // A read-only embed takes scenarios from its host page only.
  if (readonly && (how === "edit" || how === "step")) return;
  // After the model has failed nothing can be run: the last good scenario is what is kept.
  if (modelFailed) return;
  state.scenario = next;
  state.selected = S.itemAt(next, selected) ? selected : null;
  render();
  schedule(true);
  sharing?.changed(next, how);
}

function render() {
  const s = state.scenario;
  timeline.render(s, state.selected);
  editor.render(s, state.selected);
  palette.render(s);
  assumptions.render(s);
  $("scenario-title").textContent = s.title || "Untitled scenario";
  $("runs-words").textContent = (s.runs ?? catalog.defaults.runs).toLocaleString("en");
  renderExtras(s);
}

function select(ref) {
  if (S.sameRef(ref, state.selected)) return;
  state.selected = ref;
  timeline.render(state.scenario, ref);
  editor.render(state.scenario, ref);
}

function removeItem(ref, { focusNext = true } = {}) {
  if (readonly) return;
  timeline.forget(ref);
  const next = S.removeItem(state.scenario, ref);
  commit(next, null, "step");
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
  // A month read on a focused chart (by keyboard, or after a click) is the one "Why?" explains.
  if (month !== null && charts.focused !== null) why.choose(month);
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
  // ---- share and save: a preset, a link, the saved work or the default, in that order. The
  // default is fetched meanwhile (it is preloaded), and its failure matters only if it is used.
  const defaultScenario = loadScenario();
  defaultScenario.catch(() => {});
  await init();
  const start = await chooseStartScenario(() => defaultScenario);
  const scenario = start.scenario;
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
    onEdit: editItem,
    isLocked: () => readonly,
  });
  palette = new Palette({
    catalog,
    onAdd: (list, kind, month) => {
      if (!roomFor(state.scenario, list, catalog.limits, $("palette-limit"))) return false;
      const [next, ref] = S.addItem(state.scenario, list, kind, month);
      commit(next, ref, "step");
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
      commit(next, ref, field === "size" ? "edit" : "step");
    },
    onDelete: (ref) => removeItem(ref),
  });
  assumptions = new Assumptions({
    catalog,
    onAssumption: (key, value) => commit(S.setAssumption(state.scenario, key, value)),
    onHorizon: (h) => commit(S.setHorizon(state.scenario, h)),
    onRuns: (n) => commit(S.setField(state.scenario, "runs", n), undefined, "step"),
    onSeed: (n) => commit(S.setField(state.scenario, "seed", n), undefined, "step"),
    onNewSeed: () => commit(S.setField(state.scenario, "seed", new_seed()), undefined, "step"),
    onSenders: (next) => commit(next, undefined, "step"),
  });
  charts = new Charts({
    root: $("charts"),
    catalog,
    explorer,
    onHighlight: setHighlight,
    onPick: (month) => {
      palette.suggestMonth(month, state.scenario);
      why.choose(month);
    },
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
    commit(S.copy(state.opening), null, "step");
  });
  $("table-details").addEventListener("toggle", () => {
    if ($("table-details").open) charts.renderTable($("table-wrap"));
  });
  for (const q of [darkQuery, contrastQuery]) q.addEventListener("change", applyTheme);
  new ResizeObserver(() => schedule(false)).observe($("charts"));
  watchPixelRatio();
  setUpExtras();

  applyTheme();
  render();
  schedule(true);
  $("pin-baseline").disabled = false;
  $("start-over").disabled = false;

  // ---- share and save
  sharing = setUpSharing({ start, explorer, catalog, commit, getScenario: () => state.scenario, showError, setHighlight });
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

// ---------------------------------------------------------------- presets, explanations, limits,
// failures and offline use

let responsive;
let why;
let how;
let about;
/** The next model run makes the scenario it runs the baseline (a scenario just opened). */
let baselineFollows = false;
/** Set once the model has trapped: the page then stops calling it. */
let modelFailed = false;
/** The last scenario the model ran without failing: what a reload carries on from. */
let lastGood = null;

function setUpExtras() {
  responsive = new Responsiveness({
    note: $("preview-note"),
    explorer,
    onFull: () => {
      fullRunDone = true;
      schedule(false);
    },
    onError: (err) => reportModelFailure(err) || showError(`The model could not run this scenario: ${describe(err)}`),
  });
  how = new HowItWorks();
  why = new Why({
    catalog,
    explain,
    getScenario: () => state.scenario,
    getHorizon: () => explorer.horizon() || S.horizonOf(state.scenario),
    onError: (err) => reportModelFailure(err) || showError(`The explanation could not be made: ${describe(err)}`),
  });
  const presetList = readPresetList();
  about = new AboutPanel({
    root: $("about"),
    readPreset,
    complete: validate,
    list: presetList,
    onShowMonth: (month) => {
      setHighlight(month);
      why.choose(month);
    },
  });
  // Every chart explains itself: "Why?" for its series at the month read, "How it works" for
  // the mechanism behind it.
  for (const { chart, figure } of charts.figures) {
    const actions = document.createElement("div");
    actions.className = "figure-actions";
    // The outcome shares are not one series the model can weigh step by step: no "Why?" there.
    const series = chart.key === "risk" ? "backsliding_risk" : chart.series[0];
    if (series) actions.append(why.button(series));
    actions.append(how.chartButton(chart.key, chart.title));
    // Under the chart: read it, then ask why (and Tab from the chart lands here).
    figure.append(actions);
  }
  $("readout-why").append(why.button("trust", "these values"));
  $("how-button").addEventListener("click", () => how.open({ opener: $("how-button") }));
  $("how-button").disabled = false;

  if (readonly) {
    // A read-only embed shows one scenario; it opens no other.
    $("presets-menu").hidden = true;
  } else {
    new PresetMenu({ button: $("presets-button"), popup: $("presets-popup"), list: presetList, onChoose: openPreset });
    $("presets-button").disabled = false;
  }

  const limit = document.createElement("p");
  limit.id = "palette-limit";
  limit.className = "field-error";
  limit.setAttribute("role", "alert");
  limit.hidden = true;
  $("palette-groups").before(limit);

  registerOfflineWorker((note) => $("error").before(note));
}

/** What follows every render: the About panel, the palette's limits, the "Why?" buttons. */
function renderExtras(s) {
  about.render(s);
  markPaletteLimits(s, catalog.limits, $("palette"));
  why.updateButtons();
}

/** After each model run that did not fail. */
function afterModelRun() {
  lastGood = state.scenario;
  responsive.afterRun(explorer, state.scenario, catalog.defaults);
  if (baselineFollows) {
    baselineFollows = false;
    explorer.pin_baseline();
    $("baseline-note").textContent =
      "Bands: the middle half and 8 in 10 of the simulated futures. The grey dashed line is the baseline: the scenario as you opened it. Pin the current one to compare later changes with it.";
  }
}

/** Enter on a chip: its editor, at the first field (the chip is already selected by focus). */
function editItem(ref) {
  select(ref);
  $("editor-month").focus();
}

/** Opens a built-in scenario as one change, which Start over and the baseline then return to. */
function openPreset(name) {
  let p;
  try {
    p = readPreset(name);
  } catch (err) {
    if (!reportModelFailure(err)) showError(describe(err));
    return;
  }
  state.opening = S.copy(p.scenario);
  setHighlight(null);
  responsive.forceFull();
  baselineFollows = true;
  commit(S.copy(p.scenario), null, "step");
  document.dispatchEvent(new CustomEvent(PRESET_OPENED, { detail: { name: p.name } }));
  announcePreset(`Opened “${p.scenario.title}”. About this scenario is below the timeline.`);
}

function announcePreset(text) {
  let region = $("preset-status");
  if (!region) {
    region = document.createElement("p");
    region.id = "preset-status";
    region.className = "visually-hidden";
    region.setAttribute("role", "status");
    document.body.append(region);
  }
  region.textContent = text;
}

/**
 * If `err` is the model failing (a trap), shows it once with a way to reload, keeps the last
 * scenario that ran as the one a reload opens, and returns true.
 */
function reportModelFailure(err) {
  if (!isModelFailure(err)) return false;
  if (modelFailed) return true;
  modelFailed = true;
  $("charts-loading")?.remove();
  showModelFailure($("error"), err);
  postToHost({ type: "relief:error", message: `The model stopped unexpectedly: ${describe(err)}` });
  // When the scenario that failed is not the last one that ran, a reload opens the last good one
  // instead of failing again.
  if (lastGood && state.scenario !== lastGood) keepLastGood(lastGood);
  return true;
}

boot().catch((err) => {
  $("charts-loading")?.remove();
  showError(`Relief Sequencer could not start: ${describe(err)}. Reload the page to try again.`);
});
