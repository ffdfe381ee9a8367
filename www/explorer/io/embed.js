// Embed mode: the explorer inside another site's page (an article, a course). `?embed=1` shows
// only the timeline and the charts, fitted to the frame; `&readonly=1` locks editing;
// `&caption=…` shows a caption; `&preset=NAME` opens a built-in scenario (see links.js);
// `&story=…` steps through a story (story.js); `&fit=content` (and every story) sizes the
// charts by the frame's width instead, and the host follows the page's height
// (`relief:height`), so the frame fits the article without a fixed height.
//
// The embedded page talks to its host with window.postMessage, in the shapes documented in
// docs/embedding.md, and accepts only those: anything else is ignored, and a well-formed
// relief:* message with bad content is answered with relief:error naming what is wrong. Those
// answers are for the host page's developer, like the rest of the protocol: they are in English
// whatever the reader's language.
//
// This module's top level runs before the page's first layout (explorer/app.js imports it), so
// the embed layout is in place before anything is drawn.

import { el } from "../../shared/dom.js";
import { t } from "../../shared/i18n.js";

const params = new URLSearchParams(location.search);

/** Whether the page is shown in embed mode. */
export const embedded = params.get("embed") === "1";

/** Whether editing is locked (only in embed mode). */
export const readonly = embedded && params.get("readonly") === "1";

/** Whether the page is inside a frame whose host can hear its messages. */
export const framed = window.parent !== window;

/** The longest caption shown, in characters; a longer one is cut with "…". */
export const MAX_CAPTION = 300;

/**
 * Whether the charts are sized by the frame's width and the host sizes the frame to the page
 * (`relief:height`), rather than the charts filling a frame of fixed height.
 */
export const fitsContent = embedded && (params.get("fit") === "content" || params.has("story"));

/** The messages the embed sends; a host sending them back is ignored, not an error. */
const OWN_TYPES = new Set(["relief:ready", "relief:changed", "relief:error", "relief:frame", "relief:height"]);

if (embedded) document.documentElement.classList.add("embed");
if (readonly) document.documentElement.classList.add("readonly");

/** The caption asked for, cleaned: no control characters, at most MAX_CAPTION characters. */
export function captionText(raw = params.get("caption")) {
  if (raw == null) return "";
  const clean = String(raw)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const chars = [...clean];
  return chars.length > MAX_CAPTION ? `${chars.slice(0, MAX_CAPTION - 1).join("")}…` : clean;
}

/** Sends a message to the host page, if there is one. Scenarios are not secret, hence "*". */
export function postToHost(message) {
  if (!framed) return;
  try {
    window.parent.postMessage(message, "*");
  } catch {
    // A message that cannot be cloned is a defect here, never the host's: it is dropped
    // rather than breaking the page.
  }
}

/**
 * Sets up the embed's own parts: the caption, "An illustration, not a forecast" with the "Open in
 * Relief Sequencer" link, the note on a locked timeline, and the messages from the host.
 *
 * @param {object} o
 * @param {(scenario: object) => object} o.validate the model's validate (throws naming the field)
 * @param {(scenario: object) => void} o.load shows a scenario the host sent
 * @param {(month: number|null) => void} o.highlight reads the charts at a month
 * @param {() => number} o.horizon the current horizon
 * @param {(story: object) => string|null} [o.story] shows a story the host sent; returns what
 *   is wrong with it, or null
 * @param {() => number} [o.frames] how many frames the story shown has (0 without one)
 * @param {(frame: number) => void} [o.goto] shows a frame of the story, from 1
 * @returns {{setLink: (href: string) => void}}
 */
export function setUpEmbed({ validate, load, highlight, horizon, story = () => "the page shows no story", frames = () => 0, goto = () => {} }) {
  // The caption (if any) and the link to the full page share one line above the timeline.
  const head = el("div", "embed-head");
  const caption = captionText();
  if (caption) {
    const p = el("p", "embed-caption");
    p.id = "embed-caption";
    p.textContent = caption;
    head.append(p);
  }
  const open = el("a", "embed-open");
  open.id = "embed-open";
  open.target = "_blank";
  open.rel = "noopener";
  open.textContent = t("embed-open-link");
  const note = el("span", "visually-hidden", ` ${t("embed-new-tab")}`);
  open.append(note);
  // An article's reader sees the embed without the page's header: it says what it is here.
  const source = el("p", "embed-source");
  const nature = el("span", "embed-nature");
  nature.id = "embed-nature";
  nature.textContent = t("embed-nature");
  source.append(nature, " · ", open);
  head.append(source);
  document.getElementById("main").prepend(head);

  if (readonly) {
    const hint = document.getElementById("timeline-hint");
    if (hint) hint.textContent = t("embed-locked-hint");
  }

  // The page's height changes as the readout and the warnings fill in, and the frame's with
  // the host's layout: the charts are fitted again after either.
  let fitting = false;
  const refit = () => {
    if (fitting) return;
    fitting = true;
    requestAnimationFrame(() => {
      fitting = false;
      fitCharts();
    });
  };
  fitCharts();
  window.addEventListener("resize", refit);
  // The host may follow the page's height, so the frame fits the article (docs/embedding.md).
  let reported = 0;
  const reportHeight = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    postToHost({ type: "relief:height", height });
  };
  new ResizeObserver(() => {
    refit();
    reportHeight();
  }).observe(document.body);

  window.addEventListener("message", (e) => {
    if (!framed || e.source !== window.parent) return;
    const answer = readHostMessage(e.data, { validate, horizon: horizon() });
    if (answer === null) return;
    // A bad message is the host page's mistake, not the reader's: it is told to the host (and
    // its console), and the article's reader sees nothing of it.
    const refuse = (error) => {
      const message = `The host page sent a message that cannot be used: ${error}`;
      console.warn(`Relief Sequencer: ${message}`);
      postToHost({ type: "relief:error", message });
    };
    if (answer.error) {
      refuse(answer.error);
      return;
    }
    if (answer.load) load(answer.load);
    if (answer.highlight !== undefined) highlight(answer.highlight);
    if (answer.story) {
      const problem = story(answer.story);
      if (problem) refuse(`relief:story: ${problem}`);
    }
    if (answer.goto !== undefined) {
      const count = frames();
      if (!count) refuse("relief:goto: the page shows no story; send relief:story first, or name one with ?story=");
      else if (answer.goto > count) refuse(`relief:goto: /frame: the story has ${count} frames, not ${answer.goto}`);
      else goto(answer.goto);
    }
  });

  return {
    setLink(href) {
      open.href = href;
    },
  };
}

/**
 * Heights of a chart in an embed, in CSS pixels: the least that still reads, the most that is
 * useful, and the height taken when the frame must scroll anyway.
 */
const CHART_HEIGHT = { min: 96, max: 420, scrolling: 160 };

/**
 * Sizes the charts so the timeline and the charts fill the frame's height: every chart row
 * gets an equal share of what the rest of the page leaves over. In a frame too small for that
 * (a phone-sized one) the frame scrolls, and the charts take a comfortable height instead.
 */
export function fitCharts() {
  if (fitsContent) {
    // By width alone: the frame's height follows the page, so fitting to it would chase itself.
    const width = document.documentElement.clientWidth;
    const height = Math.round(Math.min(CHART_HEIGHT.max * 0.75, Math.max(CHART_HEIGHT.scrolling, width * 0.3)));
    document.documentElement.style.setProperty("--embed-chart-height", `${height}px`);
    return;
  }
  const canvases = [...document.querySelectorAll(".chart canvas")].filter((c) => c.offsetParent !== null);
  if (!canvases.length) return;
  const rows = new Set(canvases.map((c) => Math.round(c.getBoundingClientRect().top))).size;
  const current = canvases[0].getBoundingClientRect().height;
  const rest = document.body.getBoundingClientRect().height - rows * current;
  const share = Math.floor((window.innerHeight - rest - 2) / rows);
  const height = share < CHART_HEIGHT.min ? CHART_HEIGHT.scrolling : Math.min(CHART_HEIGHT.max, share);
  if (Math.abs(height - current) >= 1) document.documentElement.style.setProperty("--embed-chart-height", `${height}px`);
}

/**
 * Reads one message from the host. Returns null to ignore it (not a relief:* message, or one
 * of the embed's own), `{error}` naming what is wrong with a relief:* message, or what to do:
 * `{load: scenario}` or `{highlight: month|null}`.
 */
export function readHostMessage(data, { validate, horizon }) {
  if (!isPlainObject(data) || typeof data.type !== "string" || !data.type.startsWith("relief:")) return null;
  const type = data.type;
  if (OWN_TYPES.has(type)) return null;
  const extra = (allowed) => Object.keys(data).find((k) => !allowed.includes(k));
  if (type === "relief:load") {
    const unknown = extra(["type", "scenario"]);
    if (unknown !== undefined) return { error: `relief:load: unknown field ${JSON.stringify(unknown.slice(0, 40))}; a relief:load message has only type and scenario` };
    if (!("scenario" in data)) return { error: "relief:load: /scenario: missing; send {type: \"relief:load\", scenario: {format: \"relief-scenario/1\", …}}" };
    if (!isPlainObject(data.scenario)) return { error: `relief:load: /scenario: expected an object, got ${kindOf(data.scenario)}; send a relief-scenario/1 document` };
    try {
      return { load: validate(data.scenario) };
    } catch (err) {
      const lines = String(err?.message ?? err).split("\n").map((line) => `/scenario${line.startsWith("/") ? "" : ": "}${line}`);
      return { error: `relief:load: ${lines.join("; ")}` };
    }
  }
  if (type === "relief:highlight") {
    const unknown = extra(["type", "month"]);
    if (unknown !== undefined) return { error: `relief:highlight: unknown field ${JSON.stringify(unknown.slice(0, 40))}; a relief:highlight message has only type and month` };
    const month = data.month;
    if (month === null) return { highlight: null };
    if (!Number.isInteger(month) || month < 0 || month > horizon) {
      return { error: `relief:highlight: /month: expected a whole number from 0 to ${horizon} or null, got ${describeValue(month)}` };
    }
    return { highlight: month };
  }
  if (type === "relief:goto") {
    const unknown = extra(["type", "frame"]);
    if (unknown !== undefined) return { error: `relief:goto: unknown field ${JSON.stringify(unknown.slice(0, 40))}; a relief:goto message has only type and frame` };
    if (!Number.isInteger(data.frame) || data.frame < 1) return { error: `relief:goto: /frame: expected a whole number from 1, got ${describeValue(data.frame)}` };
    return { goto: data.frame };
  }
  if (type === "relief:story") {
    const unknown = extra(["type", "story"]);
    if (unknown !== undefined) return { error: `relief:story: unknown field ${JSON.stringify(unknown.slice(0, 40))}; a relief:story message has only type and story` };
    if (!isPlainObject(data.story)) return { error: `relief:story: /story: expected an object, got ${kindOf(data.story)}; send a relief-story/1 document` };
    return { story: data.story };
  }
  return { error: `unknown message type ${JSON.stringify(type.slice(0, 60))}; the embed accepts relief:load, relief:highlight, relief:story and relief:goto` };
}

function isPlainObject(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function kindOf(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "text";
  if (typeof value === "object") return "an object that is not plain JSON";
  return `a ${typeof value}`;
}

function describeValue(value) {
  if (typeof value === "string") return `text ${JSON.stringify(value.slice(0, 20))}`;
  if (value === undefined) return "nothing";
  if (typeof value === "number") return String(value);
  return kindOf(value);
}
