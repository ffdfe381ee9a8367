// Scenario links: which scenario the page opens with, the scenario's link (the whole scenario
// in the URL fragment, "#s1." + deflated base64url JSON, made and read by the model's codec in
// WebAssembly), and the addresses and embed code the Share dialog (share-dialog.js) offers.

import { preset, scenario_from_link, scenario_link, validate } from "../../pkg/relief_web.js";
import { describe } from "../../shared/dom.js";
import { readText, setAside } from "../../shared/storage.js";
import { t, withLanguage } from "../../shared/i18n.js";
import { embedded } from "./embed.js";
import { STORAGE_KEY } from "./saved.js";

/** Query parameters that belong to embed mode or to opening a preset, not to a scenario. */
const PAGE_PARAMS = ["embed", "readonly", "caption", "preset", "charts", "theme", "story", "frame", "fit"];

/** The embed's default height in CSS pixels: the timeline and the three main charts. */
export const EMBED_HEIGHT = 560;

/** Several field errors ("/a: …\n/b: …") as one line each joined for a sentence. */
function joinErrors(text) {
  return String(text).split("\n").filter(Boolean).join("; ");
}

/**
 * Whether a URL fragment is meant as a scenario link rather than a jump to a part of the page
 * (the skip link's #timeline-heading). Anything that is not the id of an element is taken as a
 * link, so a damaged one is reported instead of silently ignored.
 */
export function isScenarioFragment(hash) {
  const body = hash.startsWith("#") ? hash.slice(1) : hash;
  if (!body) return false;
  let id = body;
  try {
    id = decodeURIComponent(body);
  } catch {
    // Not percent-encoded text: not an element id either.
  }
  return !document.getElementById(id);
}

/**
 * Reads a scenario link. Returns `{scenario}` or `{problem}`, what is wrong with it: `damaged`,
 * the model's words for a link that cannot be decoded, or `invalid`, the fields at fault in
 * the scenario inside. linkProblem() says it in a sentence. (A link may be read before the
 * page's words have arrived, so the sentence is made only when it is shown.)
 */
export function readLink(fragment) {
  try {
    return { scenario: scenario_from_link(fragment) };
  } catch (err) {
    const why = describe(err);
    // The model says a damaged link "cannot be read" itself; anything else is the scenario's.
    const prefix = "this link cannot be read: ";
    const problem = why.startsWith(prefix) ? { damaged: why.slice(prefix.length).replace(/\.$/, "") } : { invalid: joinErrors(why).replace(/\.$/, "") };
    return { problem };
  }
}

/** What readLink found wrong, as a sentence that starts "This link cannot be read:". */
export function linkProblem(problem) {
  return problem.damaged !== undefined ? t("io-link-damaged", { reason: problem.damaged }) : t("io-link-invalid", { reason: problem.invalid });
}

/** The scenario's link fragment (without "#"), or null if the scenario is not valid. */
export function linkOf(scenario) {
  try {
    return scenario_link(scenario);
  } catch {
    return null;
  }
}

/** The page's address without the query parameters of embed mode and presets, with its language. */
function pageBase() {
  const url = new URL(location.href);
  url.hash = "";
  for (const p of PAGE_PARAMS) url.searchParams.delete(p);
  // A link made in a language other than English, or in one the address chose, reopens in it.
  return withLanguage(url);
}

/** The full page's address for a scenario link: what "Copy link" copies. */
export function pageUrl(link) {
  const url = pageBase();
  url.hash = link;
  return url.href;
}

/**
 * The embed's address for a scenario link (none for a story in the address). The Embed dialog
 * adds the charts shown (chart keys; none for the embed's own choice), a theme ("" to follow
 * the reader), a story's link, and `fit: "content"` for a frame that follows its content's height.
 */
export function embedUrl(link, { readonly = true, caption = "", charts = null, theme = "", story = "", fit = "" } = {}) {
  const url = pageBase();
  url.searchParams.set("embed", "1");
  if (readonly) url.searchParams.set("readonly", "1");
  if (charts?.length) url.searchParams.set("charts", charts.join(","));
  if (theme) url.searchParams.set("theme", theme);
  if (caption.trim()) url.searchParams.set("caption", caption.trim());
  if (story) url.searchParams.set("story", story);
  if (fit) url.searchParams.set("fit", fit);
  if (link) url.hash = link;
  return url.href;
}

/** Text made safe for an HTML attribute value in double quotes. */
export function escapeAttribute(text) {
  return String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#39;");
}

/**
 * The <iframe> snippet an author pastes into an article, with the options of embedUrl, the
 * frame's height, and an id for a host page's script to find it by.
 */
export function embedCode(link, { title = "", height = EMBED_HEIGHT, id = "", ...options } = {}) {
  // What screen readers call the frame in the article, in the language the code was made in.
  const name = title.trim() ? t("embed-iframe-title", { title: title.trim() }) : t("embed-iframe-title-untitled");
  const src = embedUrl(link, options);
  const idAttribute = id ? `id="${escapeAttribute(id)}" ` : "";
  return `<iframe ${idAttribute}src="${escapeAttribute(src)}" title="${escapeAttribute(name)}" width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

// ---------------------------------------------------------------- the scenario the page opens

/**
 * Chooses the scenario the page opens with: `?preset=NAME` first, then a `#s1.…` link, then
 * the scenario saved in this browser (not in embed mode: an article shows what its author
 * chose, and never overwrites a reader's own work), then the default scenario.
 *
 * @param {() => Promise<object>} loadDefault fetches scenarios/default.json
 * @returns {Promise<{scenario: object, source: string, presetName?: string,
 *   messages: {text: () => string, download?: {text: string, filename: string, label: () => string}}[],
 *   saved: object|null}>} `saved` is the reader's own saved scenario when another one opened.
 *   The messages' words are made when they are shown: the scenario is chosen while the page's
 *   words are still on their way.
 */
export async function chooseStartScenario(loadDefault) {
  const params = new URLSearchParams(location.search);
  const messages = [];
  const saved = embedded ? { scenario: null } : readSavedScenario(messages);
  // `why` makes the sentence that says what went wrong; what is shown instead follows it.
  const fallback = async (why) => {
    if (saved.scenario) {
      messages.push({ text: () => `${why()} ${t("io-start-saved-instead")}` });
      return { scenario: saved.scenario, source: "saved", messages, saved: null };
    }
    messages.push({ text: () => [why(), t("io-start-default-instead"), ...(embedded ? [] : [t("io-start-saved-kept")])].join(" ") });
    return { scenario: await loadDefault(), source: "default", messages, saved: null };
  };

  const name = params.get("preset");
  if (name !== null) {
    try {
      const p = preset(name);
      return { scenario: p.scenario, source: "preset", presetName: p.name, messages, saved: differentFrom(saved.scenario, p.scenario) };
    } catch (err) {
      const reason = describe(err).replace(/\.$/, "");
      return fallback(() => t("io-start-no-preset", { reason }));
    }
  }
  if (isScenarioFragment(location.hash)) {
    const read = readLink(location.hash);
    if (read.scenario) return { scenario: read.scenario, source: "link", messages, saved: differentFrom(saved.scenario, read.scenario) };
    return fallback(() => linkProblem(read.problem));
  }
  if (saved.scenario) return { scenario: saved.scenario, source: "saved", messages, saved: null };
  return { scenario: await loadDefault(), source: "default", messages, saved: null };
}

/** The reader's saved scenario if it differs from the one that opened, else null. */
function differentFrom(saved, opened) {
  if (!saved) return null;
  const a = linkOf(saved);
  return a !== null && a !== linkOf(opened) ? saved : null;
}

/**
 * Reads the scenario saved in this browser. Unreadable text is moved aside (never deleted) and
 * reported with each field error, with a way to download it.
 */
function readSavedScenario(messages) {
  const text = readText(STORAGE_KEY);
  if (text === null || text === "") return { scenario: null };
  try {
    return { scenario: validate(text) };
  } catch (err) {
    setAside(STORAGE_KEY, text);
    const reason = joinErrors(describe(err)).replace(/\.$/, "");
    messages.push({
      text: () => t("io-saved-unreadable", { reason }),
      download: { text, filename: "unreadable-saved-scenario.json", label: () => t("io-saved-download") },
    });
    return { scenario: null };
  }
}
