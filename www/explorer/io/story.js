// Stories: an embed that steps through a `relief-story/1` document (docs/story-format.md), a
// base scenario and frames, each with a caption, the steps it shows, and optionally a month and
// series to look at and a comparison with the frame before. `?embed=1&story=…` names the story
// by its link (`n1.…`) or by the address of a story file on this site; a host page may also send
// one (`relief:story`), which is how a long story kept next to an article reaches the frame.
// Next and Previous, the arrow keys and the host's `relief:goto` move between frames; the
// current frame is kept in the address (`frame=N`, from 1) and told to the host
// (`relief:frame`). Each frame's caption is announced, and its charts cross-fade from the
// frame before unless the reader asks for less motion.
//
// A story that cannot be read is said in words inside the frame, naming what is wrong, and the
// page draws its base scenario when that can be read, else the default one.

import { parse_story, story_from_link, story_frame_scenario, validate } from "../../pkg/relief_web.js";
import { el, describe } from "../../shared/dom.js";
import { swatch } from "../../shared/icons.js";
import { t, tAttr } from "../../shared/i18n.js";
import { embedded, postToHost } from "./embed.js";

const params = new URLSearchParams(location.search);

/** The story the address asks for (its link or its file's address), in embed mode only. */
export const storyParam = embedded ? params.get("story") : null;

/** How long a frame's charts take to fade into the next, in milliseconds. */
const CROSSFADE_MS = 450;

/**
 * Why a story cannot be shown: `reason`, in the model's words. The reader is told in the page's
 * language (StoryView.fail); as text it is the sentence the host page is told, in the English of
 * the embedding protocol (docs/embedding.md), whatever the reader's language.
 */
export class StoryProblem {
  constructor(reason) {
    this.reason = reason;
  }

  toString() {
    return `This story cannot be shown: ${this.reason}.`;
  }

  /** The sentence the reader sees. */
  text() {
    return t("story-cannot-show", { reason: this.reason });
  }
}

/**
 * Reads the story the address names. Resolves to `{story, json, frame, scenario}` (the story
 * as the model reads it and as JSON text, the frame to open, from 0, and its scenario), or to
 * `{error, scenario}` with what is wrong (a StoryProblem) and the scenario to draw instead (the
 * story's base scenario when it reads, else null for the default).
 */
export async function readStory(param = storyParam) {
  let text;
  try {
    text = await storyText(param);
  } catch (err) {
    return { error: new StoryProblem(describe(err)), scenario: null };
  }
  return openStoryText(text, { frame: frameFromAddress() });
}

/** Reads a story's JSON text (see readStory), opening frame `frame` (from 0, clamped). */
export function openStoryText(text, { frame = 0 } = {}) {
  let json;
  try {
    json = parse_story(text);
  } catch (err) {
    return { error: new StoryProblem(describe(err)), scenario: baseScenarioOf(text) };
  }
  const story = JSON.parse(json);
  const index = Math.min(Math.max(0, frame), story.frames.length - 1);
  return { story, json, frame: index, scenario: frameScenario(story, json, index) };
}

/** Frame `index`'s scenario, its title naming the frame (in downloads, and in the full page). */
function frameScenario(story, json, index) {
  const scenario = JSON.parse(story_frame_scenario(json, index));
  scenario.title = t("story-frame-title", { title: scenario.title || story.title, frame: index + 1, count: story.frames.length });
  return scenario;
}

/** The story's text: decoded from its link, or fetched from this site. */
async function storyText(param) {
  if (!param) throw new Error(t("story-none-named"));
  try {
    return story_from_link(param);
  } catch (linkError) {
    // Not a story link: the address of a story file, which must be on this site (the page
    // fetches nothing from any other).
    let url;
    try {
      url = new URL(param, location.href);
    } catch {
      throw linkError;
    }
    if (url.origin !== location.origin || !/\.json$/i.test(url.pathname)) throw linkError;
    const response = await fetch(url);
    if (!response.ok) throw new Error(t("story-file-unavailable", { path: url.pathname, status: String(response.status) }));
    return response.text();
  }
}

/** The scenario inside a story that cannot be read as a whole, when that part reads. */
function baseScenarioOf(text) {
  try {
    const scenario = JSON.parse(text)?.scenario;
    return scenario && typeof scenario === "object" ? validate(scenario) : null;
  } catch {
    return null;
  }
}

/** The frame the address asks for, from 0 (the address counts from 1). */
function frameFromAddress() {
  const n = Number(new URLSearchParams(location.search).get("frame"));
  return Number.isInteger(n) && n >= 1 ? n - 1 : 0;
}

/**
 * The story on the page: its title, the frame's caption with Previous and Next, and what moving
 * between frames does to the charts, the address and the host.
 */
export class StoryView {
  /**
   * @param {object} o
   * @param {object} o.view the page's ExplorerView
   * @param {(scenario: object) => void} o.show shows a frame's scenario (as the host's change)
   * @param {(month: number|null) => void} o.highlight reads the charts at a month
   */
  constructor({ view, show, highlight }) {
    this.view = view;
    this.show = show;
    this.highlight = highlight;
    this.story = null;
    this.json = null;
    this.index = 0;
    this.box = el("section", "story");
    this.box.id = "story";
    this.box.setAttribute("aria-label", tAttr("story-region", "aria-label"));
    this.title = el("h2", "story-title");
    this.title.id = "story-title";
    this.caption = el("p", "story-caption");
    this.caption.id = "story-caption";
    // Each frame's caption is read out when it comes.
    this.caption.setAttribute("aria-live", "polite");
    this.error = el("p", "story-error");
    this.error.id = "story-error";
    this.error.setAttribute("role", "alert");
    this.error.hidden = true;
    const nav = el("div", "story-nav");
    this.prev = el("button", "story-prev", t("story-previous"));
    this.prev.type = "button";
    this.prev.id = "story-prev";
    this.next = el("button", "story-next", t("story-next"));
    this.next.type = "button";
    this.next.id = "story-next";
    this.where = el("span", "story-where");
    this.where.id = "story-where";
    nav.append(this.prev, this.where, this.next);
    this.nav = nav;
    // An embed names no baseline elsewhere: a frame compared with the one before says so here.
    this.compare = el("p", "story-compare");
    this.compare.id = "story-compare";
    this.compare.append(swatch({ kind: "line", color: "currentColor", dash: [6, 4] }), ` ${t("story-compare")}`);
    this.compare.hidden = true;
    this.box.append(this.title, this.caption, this.compare, nav, this.error);
    const head = document.querySelector(".embed-head");
    if (head) head.after(this.box);
    else document.getElementById("main").prepend(this.box);
    this.prev.addEventListener("click", () => this.go(this.index - 1));
    this.next.addEventListener("click", () => this.go(this.index + 1));
    // The arrow keys step through the frames from the story's controls or from the page
    // itself; on a chart or a step they keep their meaning there (the month, the step).
    document.addEventListener("keydown", (e) => {
      if (!this.story || e.altKey || e.ctrlKey || e.metaKey) return;
      const from = document.activeElement;
      if (from !== document.body && from !== null && !this.box.contains(from)) return;
      const to = { ArrowLeft: this.index - 1, ArrowRight: this.index + 1, Home: 0, End: this.story.frames.length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      this.go(to);
    });
    this.render();
  }

  /** Shows what cannot be read of a story (a StoryProblem), in words, inside the frame. */
  fail(problem) {
    this.error.textContent = problem instanceof StoryProblem ? problem.text() : String(problem);
    this.error.hidden = false;
    postToHost({ type: "relief:error", message: String(problem) });
    this.render();
  }

  /**
   * Opens a story read by readStory or openStoryText at its frame; `shown` when the page
   * already shows that frame's scenario (the story named by the address opens with it).
   */
  open({ story, json, frame }, { shown = false } = {}) {
    this.story = story;
    this.json = json;
    this.error.hidden = true;
    document.documentElement.classList.add("story-mode");
    this.go(frame, { first: true, shown });
  }

  /** The number of frames, 0 with no story. */
  get count() {
    return this.story?.frames.length ?? 0;
  }

  /**
   * Moves to frame `index` (from 0): its scenario on the charts, compared with the frame before
   * when it asks to be, its month read, its caption said, and the address and the host told.
   */
  go(index, { first = false, shown = false } = {}) {
    if (!this.story || index < 0 || index >= this.count) return;
    if (index === this.index && !first) return;
    const frame = this.story.frames[index];
    const scenario = frameScenario(this.story, this.json, index);
    const compared = frame.compare_previous ? JSON.parse(story_frame_scenario(this.json, index - 1)) : null;
    if (!first) this.fadeOut();
    this.index = index;
    this.view.compareWith(compared);
    if (!shown) this.show(scenario);
    this.highlight(frame.highlight?.month ?? null);
    this.markHighlightedChart(frame.highlight?.series ?? null);
    this.render();
    const url = new URL(location.href);
    url.searchParams.set("frame", String(index + 1));
    history.replaceState(history.state, "", url);
    postToHost({ type: "relief:frame", frame: index + 1, count: this.count, caption: frame.caption });
  }

  /** Brings the words and the buttons in line with the frame shown. */
  render() {
    const story = this.story;
    this.box.hidden = !story && this.error.hidden;
    this.title.textContent = story?.title ?? "";
    this.title.hidden = !story?.title;
    this.nav.hidden = !story || this.count < 2;
    if (!story) {
      this.caption.textContent = "";
      return;
    }
    const frame = story.frames[this.index];
    const where = { frame: this.index + 1, count: this.count };
    this.where.textContent = t("story-where", where);
    this.caption.textContent = frame.caption;
    this.compare.hidden = !frame.compare_previous;
    this.prev.disabled = this.index === 0;
    this.next.disabled = this.index === this.count - 1;
    this.prev.setAttribute("aria-label", tAttr("story-previous", "aria-label"));
    this.next.setAttribute("aria-label", tAttr("story-next", "aria-label"));
    this.where.setAttribute("aria-label", tAttr("story-where", "aria-label", where));
  }

  /** Marks the chart of the series the frame asks the reader to look at, and no other. */
  markHighlightedChart(series) {
    const chartOf = { trust: "trust", target_trust: "trust", economy: "economy", backsliding_risk: "risk", leverage: "leverage", legitimacy: "legitimacy" };
    for (const figure of document.querySelectorAll(".chart")) figure.classList.remove("story-look");
    if (!series) return;
    const canvas = document.getElementById(`chart-${chartOf[series]}`);
    canvas?.closest(".chart")?.classList.add("story-look");
  }

  /**
   * Lays a still copy of each chart over it, so the frame before fades into the next one as its
   * first answer is drawn (fadeIn); nothing moves when the reader asks for less motion.
   */
  fadeOut() {
    this.clearFade();
    if (matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    for (const canvas of document.querySelectorAll(".chart canvas")) {
      if (canvas.offsetParent === null || !canvas.width || !canvas.height) continue;
      const copy = el("canvas", "story-fade");
      copy.width = canvas.width;
      copy.height = canvas.height;
      copy.setAttribute("aria-hidden", "true");
      copy.getContext("2d").drawImage(canvas, 0, 0);
      copy.style.left = `${canvas.offsetLeft}px`;
      copy.style.top = `${canvas.offsetTop}px`;
      copy.style.width = `${canvas.offsetWidth}px`;
      copy.style.height = `${canvas.offsetHeight}px`;
      canvas.parentElement.append(copy);
    }
    // The next frame's first answer fades the copies out; nothing is watched otherwise.
    this.watcher = new PerformanceObserver((list) => {
      if (list.getEntriesByName("relief:answer").length) this.fadeIn();
    });
    this.watcher.observe({ type: "measure" });
  }

  fadeIn() {
    this.watcher?.disconnect();
    this.watcher = null;
    const copies = document.querySelectorAll(".story-fade:not(.fading)");
    for (const copy of copies) {
      copy.classList.add("fading");
      setTimeout(() => copy.remove(), CROSSFADE_MS + 50);
    }
  }

  clearFade() {
    this.watcher?.disconnect();
    this.watcher = null;
    for (const copy of document.querySelectorAll(".story-fade")) copy.remove();
  }
}
