// The Embed dialog: what an editor needs to put the explorer in an article without writing
// addresses by hand. The author chooses read-only or interactive, the charts, a caption and a
// theme; builds a story frame by frame from the scenario as it stands each time ("Add frame");
// previews the result at a phone's and a desktop's width; and copies the iframe code. A short
// story travels in the frame's address (`story=`); a long one in a file next to the article,
// which a few lines of the article's own script send to the frame (`relief:story`).
//
// The frames are kept in the page's session (sessionStorage), so the author can close the
// dialog, move steps, and come back to add the next frame without losing any.

import * as wasm from "../../pkg/relief_web.js";
import { $, announce, copyText, describe, el, saveFile } from "../../shared/dom.js";
import { language, pseudo, t, tAttr } from "../../shared/i18n.js";
import { PSEUDO } from "../../shared/language.js";
import { Dialog } from "../dialog.js";
import { MAX_CAPTION } from "./embed.js";
import { CHART_KEYS, MAIN_CHARTS } from "./embed-options.js";
import { EMBED_HEIGHT, embedCode, embedUrl, linkOf } from "./links.js";
import { reportCopy } from "./share-dialog.js";

/** Where the dialog's choices and frames are kept for the page's session. */
const SESSION_KEY = "relief-sequencer:embed-builder:v1";

/** A story's limits (relief-story/1): frames, and each frame's caption in characters. */
export const MAX_FRAMES = 20;
export const MAX_FRAME_CAPTION = 600;

/**
 * The longest frame address that travels safely in an article's code and through editors and
 * content systems; a story whose address is longer goes in a file instead.
 */
export const MAX_URL = 2000;

/** A story's frame is as tall as this at first; the embed then tells its host its height. */
export const STORY_HEIGHT = 640;

/** The series a frame can highlight (relief-story/1), in the catalog's words. */
const HIGHLIGHT_SERIES = ["trust", "target_trust", "economy", "leverage", "legitimacy", "backsliding_risk"];

/** The id of a story's frame in the code, which the host page's script finds it by. */
const FRAME_ID = "relief-story";

/** The widths the preview shows, in CSS pixels. */
const PREVIEW = { phone: 360, desktop: 1000 };

/** The least and most height a preview frame takes when its embed reports its height. */
const PREVIEW_HEIGHT = { min: 320, max: 1600 };

/** The themes an embed can be given: "" follows the reader's settings. */
const THEMES = ["", "light", "dark", "high-contrast"];

/** Items as a list in the page's language: "a", "a and b", "a, b and c". */
function formatList(items) {
  // The page's English is British: no comma before "and".
  const locale = language()?.locale ?? "en";
  const parts = new Intl.ListFormat(locale === "en" ? "en-GB" : locale, { type: "conjunction" }).formatToParts(items);
  // In a pseudo-language the list's own words are accented like the catalogue's.
  const words = language()?.code in PSEUDO ? pseudo : (s) => s;
  return parts.map((part) => (part.type === "literal" ? words(part.value) : part.value)).join("");
}

// ---------------------------------------------------------------- making the story

/** The fields of a step that make it the same step (every field, with defaults filled in). */
function stepKey(step) {
  return JSON.stringify([
    step.kind,
    step.month,
    step.size ?? null,
    !!step.conditional,
    !!step.transparent,
    step.sender ?? null,
    step.expires_after ?? null,
  ]);
}

/** The scenario with every default filled in, or null when the model cannot read it. */
function complete(scenario) {
  try {
    const full = wasm.validate(JSON.stringify(scenario));
    return typeof full === "string" ? JSON.parse(full) : full;
  } catch {
    return null;
  }
}

/**
 * Makes a relief-story/1 document from frames taken from the page. The story's scenario is the
 * latest frame's; each frame shows the base steps equal to its own (each used once) and adds
 * the others. Returns {story, notes}: `notes` say, frame by frame, what the story cannot keep
 * (a story has one set of assumptions, one horizon and one set of shocks: the latest frame's).
 *
 * @param {{scenario: object, caption: string, series: string, month: number|null, compare: boolean}[]} frames
 * @param {{labels?: Map<string, string>}} [o] assumption labels by key, for the notes
 */
export function storyFrom(frames, { labels = new Map() } = {}) {
  const base = frames[frames.length - 1].scenario;
  const fullBase = complete(base) ?? base;
  const baseKeys = (fullBase.steps ?? []).map(stepKey);
  const notes = [];
  const out = frames.map((frame, index) => {
    const steps = frame.scenario.steps ?? [];
    const full = complete(frame.scenario) ?? frame.scenario;
    const used = new Set();
    const shown = [];
    const add = [];
    (full.steps ?? steps).forEach((step, j) => {
      const key = stepKey(step);
      const i = baseKeys.findIndex((k, at) => k === key && !used.has(at));
      if (i >= 0) {
        used.add(i);
        shown.push(i);
      } else {
        add.push(steps[j] ?? step);
      }
    });
    const entry = { caption: frame.caption.trim() };
    shown.sort((a, b) => a - b);
    // A frame that shows every base step and no other says nothing of steps: all are shown.
    if (!(shown.length === baseKeys.length && add.length === 0)) entry.steps = shown;
    if (add.length) entry.add = add;
    if (frame.series) entry.highlight = { series: frame.series, month: frame.month };
    if (frame.compare && index > 0) entry.compare_previous = true;
    if (index < frames.length - 1) {
      const differs = differences(full, fullBase, labels);
      if (differs.length) notes.push({ index, text: t("embed-note-frame-differs", { frame: index + 1, differences: formatList(differs) }) });
    }
    return entry;
  });
  const story = { format: "relief-story/1", title: (base.title ?? "").trim() || t("embed-untitled-story"), scenario: base, frames: out };
  return { story, notes };
}

/** What a frame's scenario has that the story's base does not keep, in words. */
function differences(frame, base, labels) {
  const out = [];
  const a = frame.assumptions ?? {};
  const b = base.assumptions ?? {};
  const changed = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k]);
  if (changed.length) {
    const names = changed.map((k) => (labels.get(k) ?? k.replace(/_/g, " ")).toLowerCase());
    out.push(t("embed-differs-assumptions", { names: names.join(t("embed-list-separator")) }));
  }
  const months = frame.horizon_months ?? 48;
  const baseMonths = base.horizon_months ?? 48;
  if (months !== baseMonths) out.push(t("embed-differs-horizon", { months, base: baseMonths }));
  if (JSON.stringify(frame.shocks ?? []) !== JSON.stringify(base.shocks ?? [])) out.push(t("embed-differs-shocks"));
  if (JSON.stringify(frame.senders ?? []) !== JSON.stringify(base.senders ?? [])) out.push(t("embed-differs-senders"));
  return out;
}

/** An error from the model ("/frames/1/caption: …", one per line) as sentences for the author. */
function storyProblem(err) {
  const lines = describe(err).split("\n").filter(Boolean);
  return lines
    .map((line) => {
      const frame = /^\/frames\/(\d+)(\/[^:]*)?: (.*)$/.exec(line);
      if (frame) {
        const args = { frame: Number(frame[1]) + 1, problem: frame[3].replace(/\.$/, "") };
        return frame[2] ? t("embed-story-problem-field", { ...args, field: fieldWords(frame[2]) }) : t("embed-story-problem", args);
      }
      return `${line.charAt(0).toUpperCase()}${line.slice(1)}.`;
    })
    .join(" ")
    .replace(/\.\./g, ".");
}

/** A field's path within a frame in words: "/add/0/month" is "added step 1, month". */
function fieldWords(path) {
  const parts = path.slice(1).split("/");
  const words = [];
  const step = /^(add|steps)$/.test(parts[0]) && /^\d+$/.test(parts[1] ?? "");
  if (step) words.push(t(parts[0] === "add" ? "embed-field-added-step" : "embed-field-shown-step", { step: Number(parts[1]) + 1 }));
  for (const part of parts.slice(step ? 2 : 0)) words.push(t("embed-field", { name: part, words: part.replace(/_/g, " ") }));
  return words.join(t("embed-list-separator"));
}

/** The host page's script that sends a story kept in a file to its frame, once the frame is ready. */
export function hostSnippet(origin, file = "story.json") {
  return `<script>
  // Relief Sequencer: sends the story in ${file} (next to this page) to the frame above.
  {
    const frame = document.getElementById("${FRAME_ID}");
    const ORIGIN = ${JSON.stringify(origin)};
    addEventListener("message", (event) => {
      if (event.origin !== ORIGIN || event.source !== frame.contentWindow || event.data?.type !== "relief:ready") return;
      fetch(${JSON.stringify(file)}).then((r) => r.json()).then((story) => frame.contentWindow.postMessage({ type: "relief:story", story }, ORIGIN));
    });
  }
</script>`;
}

// ---------------------------------------------------------------- the session

function readSession() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? "null");
    if (saved && typeof saved === "object" && Array.isArray(saved.frames)) return saved;
  } catch {
    // Storage blocked or text unreadable: the dialog starts afresh.
  }
  return null;
}

function writeSession(state) {
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

/** A frame kept in the session, with only the fields the dialog reads, each of its kind. */
function keptFrame(f) {
  return {
    scenario: f.scenario,
    caption: typeof f.caption === "string" ? f.caption : "",
    series: HIGHLIGHT_SERIES.includes(f.series) ? f.series : "",
    month: Number.isFinite(f.month) ? f.month : null,
    compare: f.compare === true,
  };
}

// ---------------------------------------------------------------- the dialog

/**
 * The Embed dialog. Its markup is the page's <template id="embed-builder-template">; the
 * charts' and frames' controls are made from the model's catalog.
 */
export class EmbedBuilder {
  /**
   * @param {object} o
   * @param {HTMLButtonElement} o.button the header's Embed button
   * @param {() => object} o.getScenario the scenario now
   * @param {object} o.catalog the model's catalog (chart titles, series and assumption labels)
   */
  constructor({ button, getScenario, catalog }) {
    this.getScenario = getScenario;
    this.catalog = catalog;
    this.labels = new Map((catalog.assumptions ?? []).map((a) => [a.key, a.label]));
    this.seriesLabels = new Map((catalog.series ?? []).map((s) => [s.key, s.label]));
    // The risk is a chart of its own rather than one of the banded series: it has the chart's name.
    const risk = catalog.charts?.find((c) => c.key === "risk");
    if (risk && !this.seriesLabels.has("backsliding_risk")) this.seriesLabels.set("backsliding_risk", risk.title);
    this.dialog = new Dialog({ id: "embed-dialog", title: t("embed-dialog-title"), className: "embed-dialog" });
    this.dialog.body.append($("embed-builder-template").content.cloneNode(true));
    const saved = readSession();
    this.state = {
      readonly: saved?.readonly ?? true,
      charts: Array.isArray(saved?.charts) ? saved.charts.filter((k) => CHART_KEYS.includes(k)) : [...MAIN_CHARTS],
      caption: typeof saved?.caption === "string" ? saved.caption : "",
      theme: THEMES.includes(saved?.theme ?? "") ? saved?.theme ?? "" : "",
      frames: (saved?.frames ?? []).filter((f) => f?.scenario && typeof f.scenario === "object").slice(0, MAX_FRAMES).map(keptFrame),
    };
    this.nextId = 1;
    for (const f of this.state.frames) f.id = this.nextId++;
    this.made = null;
    this.previewFrames = [];

    this.buildOptions();
    this.buildOutput();
    this.buildPreview();
    $("eb-add-frame").addEventListener("click", () => this.addFrame());
    this.renderFrames();

    button.addEventListener("click", () => this.open(button));
    button.disabled = false;
  }

  open(opener) {
    for (const id of ["eb-copy-status", "eb-host-status"]) $(id).textContent = "";
    this.update();
    this.dialog.open({ opener });
  }

  save() {
    const { frames, ...rest } = this.state;
    writeSession({ ...rest, frames: frames.map(({ id, ...f }) => f) });
  }

  // ---------------------------------------------------------------- how it looks

  buildOptions() {
    const { state } = this;
    $(state.readonly ? "eb-readonly" : "eb-interactive").checked = true;
    for (const id of ["eb-readonly", "eb-interactive"]) {
      $(id).addEventListener("change", () => {
        state.readonly = $("eb-readonly").checked;
        this.changed();
      });
    }
    const list = $("eb-charts");
    for (const chart of this.catalog.charts.filter((c) => CHART_KEYS.includes(c.key))) {
      const label = el("label", "share-check");
      const box = el("input");
      box.type = "checkbox";
      box.id = `eb-chart-${chart.key}`;
      box.value = chart.key;
      box.checked = state.charts.includes(chart.key);
      box.addEventListener("change", () => {
        state.charts = CHART_KEYS.filter((key) => $(`eb-chart-${key}`)?.checked);
        this.changed();
      });
      label.append(box, ` ${chart.title}`);
      list.append(label);
    }
    const caption = $("eb-caption");
    caption.maxLength = MAX_CAPTION;
    caption.value = state.caption;
    caption.addEventListener("input", () => {
      state.caption = caption.value;
      this.changed();
    });
    for (const radio of document.querySelectorAll("input[name=eb-theme]")) {
      radio.checked = radio.value === state.theme;
      radio.addEventListener("change", () => {
        if (radio.checked) state.theme = radio.value;
        this.changed();
      });
    }
  }

  /** The embed's options, as embedUrl takes them. */
  options() {
    const { state } = this;
    // Every chart, or none ticked, is the embed's own choice: no `charts=`.
    const charts = state.charts.length && state.charts.length < CHART_KEYS.length ? state.charts : null;
    return { readonly: state.readonly, caption: state.caption, charts, theme: state.theme };
  }

  // ---------------------------------------------------------------- the story's frames

  addFrame() {
    const { frames } = this.state;
    if (frames.length >= MAX_FRAMES) return;
    const scenario = JSON.parse(JSON.stringify(this.getScenario()));
    frames.push({ id: this.nextId++, scenario, caption: "", series: "", month: null, compare: false });
    this.renderFrames();
    this.changed();
    const caption = $(`eb-frame-${frames[frames.length - 1].id}-caption`);
    caption?.focus();
    announce(t("embed-frame-added", { frame: frames.length }));
  }

  move(id, by) {
    const { frames } = this.state;
    const from = frames.findIndex((f) => f.id === id);
    const to = from + by;
    if (from < 0 || to < 0 || to >= frames.length) return;
    const [frame] = frames.splice(from, 1);
    frames.splice(to, 0, frame);
    // The first frame has no frame before it to compare with.
    frames[0].compare = false;
    this.renderFrames();
    this.changed();
    // Focus stays on the button pressed, or on its twin when the frame reached an end.
    const same = $(`eb-frame-${id}-${by < 0 ? "up" : "down"}`);
    (same && !same.disabled ? same : $(`eb-frame-${id}-${by < 0 ? "down" : "up"}`))?.focus();
    announce(t("embed-frame-moved", { place: to + 1, count: frames.length }));
  }

  remove(id) {
    const { frames } = this.state;
    const at = frames.findIndex((f) => f.id === id);
    if (at < 0) return;
    frames.splice(at, 1);
    if (frames[0]) frames[0].compare = false;
    this.renderFrames();
    this.changed();
    const next = frames[Math.min(at, frames.length - 1)];
    (next ? $(`eb-frame-${next.id}-remove`) : $("eb-add-frame")).focus();
    announce(t("embed-frame-removed", { frame: at + 1, left: frames.length }));
  }

  renderFrames() {
    const { frames } = this.state;
    const list = $("eb-frames");
    list.replaceChildren(...frames.map((frame, index) => this.frameItem(frame, index)));
    list.hidden = frames.length === 0;
    $("eb-frames-empty").hidden = frames.length > 0;
    $("eb-add-frame").disabled = frames.length >= MAX_FRAMES;
    $("eb-frames-full").hidden = frames.length < MAX_FRAMES;
  }

  frameItem(frame, index) {
    const { frames } = this.state;
    const id = `eb-frame-${frame.id}`;
    const item = el("li", "eb-frame");
    item.id = id;
    const full = complete(frame.scenario);
    const horizon = full?.horizon_months ?? frame.scenario.horizon_months ?? 48;
    const head = el("h4", "eb-frame-head", t("embed-frame-heading", { frame: index + 1 }));
    head.id = `${id}-heading`;
    item.setAttribute("aria-labelledby", head.id);
    const about = el("p", "eb-frame-about hint", this.describeFrame(frame, index));

    const captionLabel = el("label", "share-label", t("embed-frame-caption-label"));
    captionLabel.htmlFor = `${id}-caption`;
    const caption = el("textarea", "share-field eb-frame-caption");
    caption.id = `${id}-caption`;
    caption.rows = 2;
    caption.maxLength = MAX_FRAME_CAPTION;
    caption.value = frame.caption;
    caption.placeholder = t("embed-frame-caption-placeholder");
    caption.addEventListener("input", () => {
      frame.caption = caption.value;
      this.changed();
    });

    const options = el("div", "eb-frame-options");
    // "Highlight [a series] at month [a month]": two labels, each before its field.
    const seriesLabel = el("label", null, `${t("embed-frame-series-label")} `);
    const series = el("select");
    series.id = `${id}-series`;
    series.append(new Option(t("embed-frame-series-none"), ""));
    for (const key of HIGHLIGHT_SERIES) series.append(new Option((this.seriesLabels.get(key) ?? key).toLowerCase(), key));
    series.value = frame.series;
    seriesLabel.htmlFor = series.id;
    const monthLabel = el("label", null, ` ${t("embed-frame-month-label")} `);
    const month = el("input");
    month.type = "number";
    month.id = `${id}-month`;
    month.min = "0";
    month.max = String(horizon);
    month.inputMode = "numeric";
    month.value = frame.month ?? "";
    month.disabled = !frame.series;
    monthLabel.htmlFor = month.id;
    series.addEventListener("change", () => {
      frame.series = series.value;
      month.disabled = !frame.series;
      // A highlight needs a month: the end of the horizon until the author picks one.
      if (frame.series && frame.month === null) {
        frame.month = horizon;
        month.value = String(horizon);
      }
      this.changed();
    });
    month.addEventListener("input", () => {
      // Kept as typed: a month the story cannot have is said in words by the model's reader.
      const n = Number(month.value);
      frame.month = month.value === "" || !Number.isFinite(n) ? null : n;
      this.changed();
    });
    const compareLabel = el("label", "share-check");
    const compare = el("input");
    compare.type = "checkbox";
    compare.id = `${id}-compare`;
    compare.checked = index > 0 && frame.compare;
    compare.disabled = index === 0;
    compare.addEventListener("change", () => {
      frame.compare = compare.checked;
      this.changed();
    });
    compareLabel.append(compare, ` ${t(index === 0 ? "embed-frame-compare-first" : "embed-frame-compare")}`);
    const highlight = el("span", "eb-frame-highlight");
    highlight.append(seriesLabel, series, monthLabel, month);
    options.append(highlight, compareLabel);

    const note = el("p", "eb-frame-note hint");
    note.id = `${id}-note`;
    note.hidden = true;

    const actions = el("div", "eb-frame-actions");
    const up = this.frameButton(`${id}-up`, "embed-frame-up", index, () => this.move(frame.id, -1));
    up.disabled = index === 0;
    const down = this.frameButton(`${id}-down`, "embed-frame-down", index, () => this.move(frame.id, 1));
    down.disabled = index === frames.length - 1;
    const remove = this.frameButton(`${id}-remove`, "embed-frame-remove", index, () => this.remove(frame.id));
    actions.append(up, down, remove);

    item.append(head, about, captionLabel, caption, options, note, actions);
    return item;
  }

  /** A frame's button: its words are message `message`, its name for screen readers names the frame too. */
  frameButton(id, message, index, onClick) {
    const b = el("button", null, t(message));
    b.type = "button";
    b.id = id;
    b.setAttribute("aria-label", tAttr(message, "aria-label", { frame: index + 1 }));
    b.addEventListener("click", onClick);
    return b;
  }

  /** A frame in a few words: its steps, and how many differ from the frame before. */
  describeFrame(frame, index) {
    const steps = frame.scenario.steps ?? [];
    let about = t("embed-frame-steps", { steps: steps.length });
    if (index > 0) {
      const before = (this.state.frames[index - 1].scenario.steps ?? []).map(stepKey);
      const left = [...before];
      let differ = 0;
      for (const key of steps.map(stepKey)) {
        const at = left.indexOf(key);
        if (at >= 0) left.splice(at, 1);
        else differ++;
      }
      differ = Math.max(differ, left.length);
      about = t(differ ? "embed-frame-steps-differ" : "embed-frame-steps-same", { steps: steps.length, differ, before: index });
    }
    const title = frame.scenario.title?.trim();
    return title ? t("embed-frame-about-titled", { title, about }) : about;
  }

  // ---------------------------------------------------------------- the code

  buildOutput() {
    $("eb-copy-code").addEventListener("click", async () => {
      reportCopy(await copyText($("eb-code").value, $("eb-code")), $("eb-copy-status"), "iframe-code");
    });
    $("eb-copy-host").addEventListener("click", async () => {
      reportCopy(await copyText($("eb-host").value, $("eb-host")), $("eb-host-status"), "script");
    });
    $("eb-download").addEventListener("click", () => {
      if (this.made?.file) saveFile(`${JSON.stringify(JSON.parse(this.made.text), null, 2)}\n`, "story.json", "application/json");
    });
  }

  /** After any choice: kept for the session, and the code made again. */
  changed() {
    this.save();
    this.update();
    if (this.previewFrames.length) $("eb-preview-status").textContent = t("embed-preview-status-stale");
  }

  /**
   * Makes the code from the choices and frames: the scenario's embed with no frames, a story in
   * the address when it fits, else a story file with the host page's script.
   */
  make() {
    const options = this.options();
    const { frames } = this.state;
    const title = this.getScenario().title ?? "";
    if (!frames.length) {
      const link = linkOf(this.getScenario());
      if (link === null) return { problem: t("embed-scenario-invalid") };
      return { kind: "scenario", src: embedUrl(link, options), code: embedCode(link, { title, ...options }) };
    }
    if (typeof wasm.parse_story !== "function") return { problem: t("embed-no-stories") };
    const missing = frames.findIndex((f) => !f.caption.trim());
    const { story, notes } = storyFrom(frames, { labels: this.labels });
    if (missing >= 0) return { notes, problem: t("embed-frame-no-caption", { frame: missing + 1 }) };
    const monthless = frames.findIndex((f) => f.series && f.month === null);
    if (monthless >= 0) return { notes, problem: t("embed-frame-no-month", { frame: monthless + 1 }) };
    let text;
    try {
      text = wasm.parse_story(JSON.stringify(story));
    } catch (err) {
      return { notes, problem: storyProblem(err) };
    }
    const frame = { title: story.title, height: STORY_HEIGHT, id: FRAME_ID };
    const inLink = { ...options, story: wasm.story_to_link(text) };
    const src = embedUrl(null, inLink);
    if (src.length <= MAX_URL) {
      return { kind: "link", notes, text, src, code: embedCode(null, { ...frame, ...inLink }) };
    }
    // Too long for an address: the frame opens on the first frame's scenario, which shows
    // until the host page sends the story from its file, and follows its content's height as
    // a story in the address does.
    const first = linkOf(wasm.story_frame_scenario(text, 0));
    const inFile = { ...options, fit: "content" };
    return { kind: "file", file: true, notes, text, length: src.length, src: embedUrl(first, inFile), code: embedCode(first, { ...frame, ...inFile }), host: hostSnippet(location.origin) };
  }

  update() {
    const made = (this.made = this.make());
    const error = $("eb-story-error");
    const storyProblemShown = this.state.frames.length > 0 && !!made.problem;
    error.hidden = !storyProblemShown;
    error.textContent = storyProblemShown ? made.problem : "";
    const notes = made.notes ?? [];
    for (const frame of this.state.frames) {
      const note = $(`eb-frame-${frame.id}-note`);
      if (!note) continue;
      const index = this.state.frames.indexOf(frame);
      const mine = notes.find((n) => n.index === index);
      note.hidden = !mine;
      note.textContent = mine?.text ?? "";
    }
    $("eb-code").value = made.code ?? "";
    $("eb-copy-code").disabled = !made.code;
    $("eb-file").hidden = !made.file;
    $("eb-host").value = made.host ?? "";
    $("eb-update-preview").disabled = !made.src;
    const count = this.state.frames.length;
    const summary = $("eb-summary");
    const look = t("embed-look", { mode: this.state.readonly ? "readonly" : "interactive", charts: chartWords(this.options().charts, this.catalog), theme: this.state.theme || "reader" });
    if (made.problem) summary.textContent = count ? t("embed-summary-problem") : made.problem;
    else if (made.kind === "scenario") summary.textContent = `${t("embed-summary-scenario")} ${look}`;
    else if (made.kind === "link") summary.textContent = `${t("embed-summary-link", { count, length: made.src.length })} ${look}`;
    else summary.textContent = `${t("embed-summary-file", { count, length: made.length, max: MAX_URL })} ${look}`;
    // The heights in height="…" are code the author edits: their digits stay as the code has them.
    const height = made.kind === "scenario" ? EMBED_HEIGHT : STORY_HEIGHT;
    $("eb-code-help").textContent = t(made.kind === "scenario" ? "embed-code-help-scenario" : "embed-code-help-story", { pixels: height, height: String(height) });
  }

  // ---------------------------------------------------------------- the preview

  buildPreview() {
    $("eb-update-preview").addEventListener("click", () => this.preview());
    this.resize = new ResizeObserver(() => this.scalePreviews());
    this.resize.observe($("eb-previews"));
    // Each preview is a whole explorer with its own workers: closed with the dialog.
    this.dialog.dialog.addEventListener("close", () => {
      this.previewFrames = [];
      for (const key of Object.keys(PREVIEW)) $(`eb-screen-${key}`).replaceChildren();
      $("eb-previews").hidden = true;
      $("eb-preview-status").textContent = t("embed-preview-status-idle");
    });
    // The preview frames are embeds: they say when they are ready (a story kept in a file is
    // sent then, as the article's script would) and how tall they are.
    window.addEventListener("message", (e) => {
      const frame = this.previewFrames.find((f) => f.iframe.contentWindow === e.source);
      if (!frame || e.origin !== location.origin || typeof e.data?.type !== "string") return;
      if (e.data.type === "relief:ready" && frame.story) {
        frame.iframe.contentWindow.postMessage({ type: "relief:story", story: frame.story }, location.origin);
      }
      if (e.data.type === "relief:height" && Number.isFinite(e.data.height)) {
        frame.height = Math.round(Math.min(PREVIEW_HEIGHT.max, Math.max(PREVIEW_HEIGHT.min, e.data.height)));
        this.scalePreviews();
      }
    });
  }

  /** Shows the code's embed at a phone's and a desktop's width, made afresh. */
  preview() {
    const made = this.made ?? this.make();
    if (!made.src) return;
    const story = made.file ? JSON.parse(made.text) : null;
    const height = made.kind === "scenario" ? EMBED_HEIGHT : STORY_HEIGHT;
    this.previewFrames = [];
    for (const [key, width] of Object.entries(PREVIEW)) {
      const screen = $(`eb-screen-${key}`);
      // A new frame each time: the same address again would only scroll the old one.
      const iframe = el("iframe");
      iframe.id = `eb-preview-${key}`;
      iframe.title = t("embed-preview-frame", { device: key, width });
      iframe.width = String(width);
      iframe.src = made.src;
      screen.replaceChildren(iframe);
      this.previewFrames.push({ key, width, iframe, story, height });
    }
    $("eb-previews").hidden = false;
    this.scalePreviews();
    $("eb-preview-status").textContent = t("embed-preview-status-now");
  }

  /** Scales the preview frames to fit the dialog: side by side when there is room, else stacked. */
  scalePreviews() {
    const box = $("eb-previews");
    const room = box.clientWidth;
    if (!room || !this.previewFrames.length) return;
    const gap = 16;
    const side = room >= 560;
    box.classList.toggle("is-stacked", !side);
    const together = (room - gap) / (PREVIEW.phone + PREVIEW.desktop);
    for (const frame of this.previewFrames) {
      const scale = Math.min(1, side ? together : room / frame.width);
      frame.iframe.height = String(frame.height);
      const screen = frame.iframe.parentElement;
      screen.style.setProperty("--eb-scale", scale.toFixed(4));
      screen.style.setProperty("--eb-width", `${frame.width}px`);
      screen.style.setProperty("--eb-height", `${frame.height}px`);
    }
  }
}

/** The charts chosen, in words. */
function chartWords(charts, catalog) {
  if (!charts) return t("embed-charts-usual");
  const titles = new Map(catalog.charts.map((c) => [c.key, c.title.toLowerCase()]));
  return t("embed-charts-chosen", { count: charts.length, charts: formatList(charts.map((k) => titles.get(k) ?? k)) });
}
