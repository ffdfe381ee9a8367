// The explorer (index.html): the view of one scenario both pages build (shared/explorer-view.js:
// the state, the timeline, the charts and the update loop), with the explorer's own parts
// layered on: the panels beside the timeline, the ways in and out (io/: links, saved work, undo
// and redo, files, export, embedding), presets and "About this scenario", "Why?" and "How it
// works", the limits that keep the page responsive, what happens when the model fails, and
// offline use.

import init, { Explorer, catalog as readCatalog, palette as readPalette, new_seed, version, count_runs } from "../pkg/relief_web.js";
import { preset as rawPreset, preset_list as rawPresetList, explain, explain_rerun_count, explain_from_values, validate, set_language, sentence_ids } from "../pkg/relief_web.js";
import * as S from "../shared/state.js";
import { $, announce, describe, el, showError as showErrorBox } from "../shared/dom.js";
import { icon } from "../shared/icons.js";
import { ExplorerView } from "../shared/explorer-view.js";
import { EnsemblePool, initCompiled, workerCount } from "../shared/ensemble-pool.js";
import { compiled, languageCode, catalogue, pageWords } from "./start.js";
import { formatNumber, has, loadLanguage, t, wordsForModule } from "../shared/i18n.js";
import { translateCatalog, translateDefaultScenario, translatePreset, translatePresetList } from "../shared/catalog-words.js";
import { Palette, Editor, Assumptions } from "./panels.js";
import { chooseStartScenario, setUpIo, readonly, postToHost, embedded } from "./io/setup.js";
import { PresetMenu, AboutPanel, PRESET_OPENED } from "./presets.js";
import { Why } from "./why.js";
import { WhatMattersMost } from "./analysis.js";
import { tornado_height, draw_tornado, tornado_legend, tornado_svg } from "../pkg/relief_web.js";
import { Suggest } from "./suggest.js";
import { HowItWorks } from "./howitworks.js";
import { RefiningNote, roomFor, markPaletteLimits } from "./limits.js";
import { isModelFailure, showModelFailure, keepLastGood } from "./failure.js";
import { registerOfflineWorker } from "./offline.js";
import { StageFit } from "./fit.js";
import { LiveStrip } from "../shared/strip.js";
import { Invitation } from "./invite.js";
import { EditorSheet } from "./sheet.js";
import { applyEmbedOptions } from "./io/embed-options.js";
import { linkOf, pageUrl } from "./io/links.js";
import { addressInLanguage, languageMenu } from "../shared/language-menu.js";

/** A preset, and the list of them, in the reader's language. */
const readPreset = (name) => translatePreset(rawPreset(name));
const readPresetList = () => translatePresetList(rawPresetList());

/** Everything the page holds besides the view's own state, in one place. */
const app = {
  /** The shared view: the scenario, the selected step, the month read, the update loop. */
  view: null,
  catalog: null,
  /** The scenario the page opened with (or the preset opened since): what Start over returns to. */
  opening: null,
  palette: null,
  editor: null,
  assumptions: null,
  /** The ways in and out of the page (io/setup.js), told of every change once the page is built. */
  io: null,
  refining: null,
  why: null,
  how: null,
  about: null,
  suggest: null,
  /** The page's compiled wasm module, which its workers are sent too. */
  module: null,
  /** Whether the charts have been drawn once (what waits for them is filled then). */
  charted: false,
  /** The next model run makes the scenario it runs the baseline (a scenario just opened). */
  baselineFollows: false,
  /** Set once the model has trapped: the page then stops calling it. */
  failed: false,
  /** The last scenario the model ran without failing: what a reload carries on from. */
  lastGood: null,
};

/** The note under the charts once a baseline is pinned, or while it is the scenario opened. */
const BASELINE_NOTE = {
  pinned: () => t("explorer-baseline-note-pinned"),
  opened: () => t("explorer-baseline-note-opened"),
};

// ---------------------------------------------------------------- errors, shown on the page

/** Shows an error in the page's box; an embedded page tells its host about it too. */
function showError(message) {
  showErrorBox(message);
  postToHost({ type: "relief:error", message });
}

/** Shows why the model could not do something, unless the model itself has failed. */
const failedTo = (what) => (err) => reportModelFailure(err) || showError(t("explorer-failed-to", { what: t(what), error: describe(err) }));

window.addEventListener("error", (e) => reportModelFailure(e.error) || showError(t("explorer-something-went-wrong", { error: describe(e.error ?? e.message) })));
window.addEventListener("unhandledrejection", (e) => reportModelFailure(e.reason) || showError(t("explorer-something-went-wrong", { error: describe(e.reason) })));

/**
 * If `err` is the model failing (a trap), shows it once with a way to reload, keeps the last
 * scenario that ran as the one a reload opens, and returns true.
 */
function reportModelFailure(err) {
  if (!isModelFailure(err)) return false;
  if (app.failed) return true;
  app.failed = true;
  app.view?.stop();
  $("page-loading")?.remove();
  showModelFailure($("error"), err);
  postToHost({ type: "relief:error", message: t("explorer-model-stopped", { error: describe(err) }) });
  // When the scenario that failed is not the last one that ran, a reload opens the last good one
  // instead of failing again.
  const scenario = app.view?.state.scenario;
  if (app.lastGood && scenario !== app.lastGood) keepLastGood(app.lastGood);
  return true;
}

// ---------------------------------------------------------------- the view and the panels

/** Makes `next` the scenario (see ExplorerView.commit). */
function commit(next, selected, how) {
  app.view.commit(next, selected, how);
}

/** The scenario now. */
const scenarioNow = () => app.view.state.scenario;


function buildView(explorer, pool) {
  const catalog = app.catalog;
  const view = new ExplorerView({
    explorer,
    pool,
    catalog,
    readPalette,
    ids: {
      timeline: "timeline",
      scroller: "timeline-scroller",
      hint: "timeline-hint",
      charts: "charts",
      readout: "readout",
      summary: "summary",
      warnings: "warnings",
      key: "timeline-key",
      palette: "palette",
      sharedLegend: "shared-legend",
      doubtLegend: "doubt-legend",
    },
    key: [[() => icon("transparent"), t("explorer-key-published-criteria")]],
    // A read-only embed takes scenarios from its host page only.
    isLocked: () => readonly,
    on: {
      canCommit: (how) => !(readonly && (how === "edit" || how === "step")),
      render: renderPanels,
      select: (ref) => {
        app.editor.render(scenarioNow(), ref);
        if (!ref) app.sheet?.close();
      },
      // A finger's tap on a step: its editor, near the thumb, on a phone or a tablet.
      tap: (ref) => app.sheet?.open(view.timeline.chipFor(ref)),
      hold: (held) => held && app.sheet?.close(),
      // Enter on a chip: its editor, at the first field (the chip is already selected by focus).
      edit: () => $("editor-month").focus(),
      pick: (month) => {
        app.palette.suggestMonth(month, scenarioNow());
        app.why.choose(month);
      },
      // A month read on a focused chart (by keyboard, or after a click) is the one "Why?" explains.
      highlight: (month) => {
        if (month !== null && view.charts.focused !== null) app.why.choose(month);
      },
      commit: (next, how) => {
        // A change made on the timeline (a drag, keys on a chip) takes up the invitation to drag.
        if (how === "edit" && document.activeElement?.classList.contains("chip")) app.invite?.taken();
        app.suggest?.changed(next);
        app.io?.changed(next, how);
      },
      change: (lines) => app.strip?.update(lines),
      progress: (progress) => app.refining?.update(progress, view.explorer.is_refining()),
      projection: afterModelRun,
      // The stage is fitted to the screen before the charts are first drawn, so they are drawn
      // once, at their size, and nothing moves under a first click.
      beforeFirstChart: () => {
        $("page-loading")?.remove();
        app.fit.fit();
      },
      firstChart: () => {
        app.charted = true;
        app.about.render(scenarioNow());
        app.io?.firstChart();
        afterFirstChart();
      },
      settle: () => {
        if ($("table-details").open) view.charts.renderTable($("table-wrap"));
        // The sequencing check and the lanes may have grown or shrunk: fit them again, unless a
        // chip is still held (it is fitted when dropped).
        if (!view.timeline.drag) app.fit.request();
      },
      error: failedTo("explorer-could-not-run"),
    },
  });
  return view;
}

function buildPanels() {
  const catalog = app.catalog;
  app.palette = new Palette({
    catalog,
    onAdd: (list, kind, month) => {
      if (!roomFor(scenarioNow(), list, catalog.limits, $("palette-limit"))) return false;
      const [next, ref] = S.addItem(scenarioNow(), list, kind, month);
      commit(next, ref, "step");
      app.view.timeline.focusItem(ref);
    },
  });
  app.editor = new Editor({
    catalog,
    onField: (ref, field, value) => {
      const next =
        field === "month"
          ? S.moveItem(scenarioNow(), ref, value)
          : S.setItemField(scenarioNow(), ref, field, field === "size" || value ? value : undefined);
      commit(next, ref, field === "size" ? "edit" : "step");
    },
    onDelete: (ref) => app.view.remove(ref),
  });
  app.assumptions = new Assumptions({
    catalog,
    onAssumption: (key, value) => commit(S.setAssumption(scenarioNow(), key, value)),
    onHorizon: (h) => commit(S.setHorizon(scenarioNow(), h)),
    onRuns: (n) => commit(S.setField(scenarioNow(), "runs", n), undefined, "step"),
    onSeed: (n) => commit(S.setField(scenarioNow(), "seed", n), undefined, "step"),
    onNewSeed: () => commit(S.setField(scenarioNow(), "seed", new_seed()), undefined, "step"),
    onSenders: (next) => commit(next, undefined, "step"),
  });
}

/** Everything beside the timeline, brought in line with the scenario after every change. */
function renderPanels(s, selected) {
  app.invite?.render(s);
  if (!selected) app.sheet?.close();
  app.editor.render(s, selected);
  app.palette.render(s);
  app.assumptions.render(s);
  $("scenario-title").textContent = s.title || t("explorer-untitled-scenario");
  const runs = formatNumber(s.runs ?? app.catalog.defaults.runs);
  $("runs-words").textContent = runs;
  $("runs-words-charts").textContent = runs;
  $("model-doubt").checked = !!s.parameter_uncertainty;
  $("model-doubt-help").hidden = !s.parameter_uncertainty;
  // "About this scenario" is below the charts: filled once they are first drawn.
  if (app.charted) app.about.render(s);
  markPaletteLimits(s, app.catalog.limits, $("palette"));
  app.why.updateButtons();
}

/** After each model run that did not fail. */
function afterModelRun() {
  const { view } = app;
  app.lastGood = view.state.scenario;
  if (app.baselineFollows) {
    app.baselineFollows = false;
    view.pinBaseline();
    $("baseline-note").textContent = BASELINE_NOTE.opened();
  }
}

// ---------------------------------------------------------------- presets, explanations, limits

function setUpExtras() {
  const { view, catalog } = app;
  app.refining = new RefiningNote($("refining-note"));
  app.how = new HowItWorks();
  app.why = new Why({
    catalog,
    explain,
    apart: { pool: view.pool, rerunCount: explain_rerun_count, fromValues: explain_from_values },
    getScenario: scenarioNow,
    getHorizon: () => view.explorer.horizon() || S.horizonOf(scenarioNow()),
    onError: failedTo("explorer-could-not-explain"),
  });
  const presetList = readPresetList();
  app.about = new AboutPanel({
    root: $("about"),
    readPreset,
    complete: validate,
    list: presetList,
    onShowMonth: (month) => {
      view.setHighlight(month);
      app.why.choose(month);
    },
  });
  // Every chart explains itself: "Why?" for its series at the month read, "How it works" for
  // the mechanism behind it.
  for (const { chart, figure } of view.charts.figures) {
    const actions = el("div", "figure-actions");
    // The outcome shares are not one series the model can weigh step by step: no "Why?" there.
    const series = chart.key === "risk" ? "backsliding_risk" : chart.series[0];
    if (series) actions.append(app.why.button(series));
    actions.append(app.how.chartButton(chart.key, chart.title));
    // Under the chart: read it, then ask why (and Tab from the chart lands here).
    figure.append(actions);
  }
  $("readout-why").append(app.why.button("trust", t("explorer-why-these-values")));
  $("how-button").addEventListener("click", () => app.how.open({ opener: $("how-button") }));
  $("how-button").disabled = false;
  // "What matters most?" ranks every factor in a worker of its own; it changes nothing, so an
  // embed that is read only offers it too.
  new WhatMattersMost({
    wasm: { tornado_height, draw_tornado, tornado_legend, tornado_svg },
    module: app.module,
    getScenario: scenarioNow,
    getHorizon: () => view.explorer.horizon() || S.horizonOf(scenarioNow()),
  }).attach($("matters-button"));

  if (readonly) {
    // A read-only embed shows one scenario; it opens no other, nor changes this one.
    $("presets-menu").hidden = true;
    $("suggest").hidden = true;
  } else {
    app.suggest = new Suggest({
      getScenario: scenarioNow,
      apply: (scenario) => commit(scenario, null, "step"),
      timeline: view.timeline,
      module: app.module,
      announce: (text) => announce(text, "suggest-status-live"),
    });
    new PresetMenu({ button: $("presets-button"), popup: $("presets-popup"), list: presetList, onChoose: openPreset });
    $("presets-button").disabled = false;
  }

  const limit = el("p");
  limit.id = "palette-limit";
  limit.className = "field-error";
  limit.setAttribute("role", "alert");
  limit.hidden = true;
  $("palette-groups").before(limit);

  registerOfflineWorker((note) => $("error").before(note));
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
  app.opening = S.copy(p.scenario);
  app.view.setHighlight(null);
  app.baselineFollows = true;
  commit(S.copy(p.scenario), null, "step");
  document.dispatchEvent(new CustomEvent(PRESET_OPENED, { detail: { name: p.name } }));
  announce(t("explorer-preset-opened", { title: p.scenario.title }), "preset-status");
}

// ---------------------------------------------------------------- start

async function loadScenario() {
  const response = await fetch("scenarios/default.json");
  if (!response.ok) throw new Error(t("explorer-default-not-loaded", { status: response.status }));
  return response.json();
}

async function boot() {
  // ---- share and save: a preset, a link, the saved work or the default, in that order. The
  // default is fetched meanwhile (it is preloaded), and its failure matters only if it is used.
  const defaultScenario = loadScenario();
  defaultScenario.catch(() => {});
  // The reader's words arrive while the model compiles; nothing is drawn before them.
  const languageLoading = loadLanguage(languageCode, { source: catalogue, pageWords });
  // Only an embed shows stories: the full page never loads their module; an embed fetches it
  // while the model compiles.
  const storiesLoading = embedded ? import("./io/story.js") : null;
  // The module was compiled as it downloaded, once: the page and its workers share it.
  const module = await initCompiled(init, compiled, new URL("../pkg/relief_web_bg.wasm", import.meta.url));
  app.module = module;
  // From here on every word can be said: the start-up's messages, the story's, the module's.
  const { failure: languageFailure } = await languageLoading;
  if (languageFailure) showError(describe(languageFailure));
  set_language(wordsForModule(sentence_ids()));
  // An article may embed several scenarios: each embed keeps to two workers.
  const workers = embedded ? Math.min(2, workerCount()) : workerCount();
  const pool = new EnsemblePool({ glue: new URL("../pkg/relief_web.js", import.meta.url).href, module, countHere: count_runs, workers });
  // A story names the scenario to open: its frame's, or its base scenario when the story
  // cannot be read (said inside the frame), or the default when neither can.
  const stories = await storiesLoading;
  const storyRead = stories && stories.storyParam !== null ? await stories.readStory() : null;
  const start = storyRead
    ? { scenario: storyRead.scenario ?? (await defaultScenario), source: "story", messages: [], saved: null }
    : await chooseStartScenario(() => defaultScenario);
  app.catalog = translateCatalog(readCatalog());
  if (start.source === "default") translateDefaultScenario(start.scenario);
  if (start.source === "preset") translatePreset({ name: start.presetName, scenario: start.scenario });
  const explorer = new Explorer();
  // An embed has no legend for a baseline, nor a button to pin one: it draws none.
  if (embedded) explorer.set_show_baseline(false);
  app.opening = S.copy(start.scenario);
  $("version").textContent = t("explorer-version", { version: version() });

  // The page's body has stayed out of the layout until now: the browser lays it out once, built,
  // instead of first as empty panels (about 15 to 30 ms sooner to the first chart).
  $("main").hidden = false;
  const view = buildView(explorer, pool);
  app.view = view;
  app.fit = new StageFit({
    stage: document.querySelector(".stage"),
    scroller: $("timeline-scroller"),
    mainCanvases: () => ["trust", "economy", "risk"].map((key) => $(`chart-${key}`)),
  });
  $("palette").addEventListener("toggle", () => app.fit.request());
  app.strip = new LiveStrip({ view, charts: $("charts") });
  // On a touch screen the hint speaks of fingers, not of keys.
  const touch = matchMedia("(pointer: coarse)").matches;
  if (touch && !embedded) $("timeline-hint").textContent = t("explorer-touch-hint");
  app.sheet = new EditorSheet($("editor"));
  app.invite = new Invitation({ view, hint: $("timeline-hint"), enabled: !embedded, touch });
  view.state.scenario = S.copy(start.scenario);
  buildPanels();

  $("pin-baseline").addEventListener("click", () => {
    view.pinBaseline();
    $("baseline-note").textContent = BASELINE_NOTE.pinned();
    view.settle();
  });
  $("start-over").addEventListener("click", () => {
    view.state.highlight = null;
    commit(S.copy(app.opening), null, "step");
  });
  // The model's doubt is part of the scenario, so a link or an embed shows it as it was shared.
  // Off, the field is left out, and the scenario is written exactly as before it existed.
  $("model-doubt").addEventListener("change", (e) => {
    commit(S.setField(scenarioNow(), "parameter_uncertainty", e.target.checked || undefined), undefined, "step");
  });
  $("table-details").addEventListener("toggle", () => {
    if ($("table-details").open) view.charts.renderTable($("table-wrap"));
  });
  setUpExtras();
  if (embedded) {
    app.story = new stories.StoryView({ view, show: (scenario) => commit(scenario, null, "host"), highlight: (month) => view.setHighlight(month) });
    if (storyRead?.story) app.story.open(storyRead, { shown: true });
    else if (storyRead?.error) app.story.fail(storyRead.error);
  }

  view.applyTheme();
  view.render();
  view.schedule(true);
  $("pin-baseline").disabled = false;
  $("start-over").disabled = false;
  // A read-only embed shows the scenario as it was shared, doubt or none.
  $("model-doubt").disabled = readonly;

  // ---- share and save
  // A host may send a story, and move through its frames, whether or not the address named one.
  const story = stories && {
    open: (sent) => {
      const read = stories.openStoryText(JSON.stringify(sent));
      if (read.error) return read.error;
      app.story.open(read);
      return null;
    },
    frames: () => app.story?.count ?? 0,
    goto: (frame) => app.story.go(frame - 1),
  };
  app.io = setUpIo({ start, explorer, catalog: app.catalog, commit, getScenario: scenarioNow, whenCounted: () => view.whenCounted(), showError, setHighlight: (month) => view.setHighlight(month), story });

  // ---- the language switcher: the page reopens in the language chosen, the scenario in its address
  if (!embedded) {
    const addressFor = (code) => addressInLanguage(pageUrl(linkOf(scenarioNow()) ?? ""), code);
    const menu = languageMenu({ addressFor });
    const help = document.querySelector(".top-help");
    // On a phone the globe sits in the header's corner beside the name (css/base.css), ahead of
    // Presets and How it works; on a wider screen it follows them. Its place among them
    // follows suit, so the keyboard reaches it in the order the eye does.
    const phone = matchMedia("(max-width: 520px)");
    const place = () => (phone.matches ? help.prepend(menu) : help.append(menu));
    place();
    phone.addEventListener("change", place);
  }

  // ---- the charts an embed was asked to show
  applyEmbedOptions();

  // The first answer, drawn before the page is first painted: everything it sits in is built.
  view.answerNow();
}

/**
 * What can wait until the first charts are drawn: the Embed dialog (the full page's only),
 * fetched and run then, so its script is not run between the page's start and its first answer.
 */
function afterFirstChart() {
  if (embedded) return;
  import("./io/embed-builder.js")
    .then(({ EmbedBuilder }) => new EmbedBuilder({ button: $("embed-button"), getScenario: scenarioNow, catalog: app.catalog }))
    .catch(failedTo("explorer-could-not-set-up-embed"));
}

boot().catch((err) => {
  $("page-loading")?.remove();
  $("main").hidden = false;
  // Whatever failed, the page shows what it has, in English if its words never came.
  document.documentElement.removeAttribute("data-l10n-waiting");
  // The words may be what failed: this one message keeps its English then.
  const words = { error: describe(err) };
  showError(has("explorer-could-not-start") ? t("explorer-could-not-start", words) : `Relief Sequencer could not start: ${words.error}. Reload the page to try again.`);
});
