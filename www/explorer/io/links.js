// Links and sharing: which scenario the page opens with, the scenario's link (the whole
// scenario in the URL fragment, "#s1." + deflated base64url JSON, made and read by the model's
// codec in WebAssembly), and the Share dialog with the link, an embed code and a QR code.

import { preset, qr_code, scenario_from_link, scenario_link, validate } from "../../pkg/relief_web.js";
import { Dialog } from "../dialog.js";
import { embedded } from "./embed.js";
import { readText, rescue, STORAGE_KEY } from "./saved.js";
import { announce, fileStem, icon, saveFile } from "../../shared/dom.js";

/** Query parameters that belong to embed mode or to opening a preset, not to a scenario. */
const PAGE_PARAMS = ["embed", "readonly", "caption", "preset"];

/** The embed's default height in CSS pixels: the timeline and the three main charts. */
export const EMBED_HEIGHT = 560;

/** A QR code with more modules a side than this is hard to read from across a room. */
const DENSE_QR_MODULES = 81;

/** Capitalizes a message from the model ("this link …" → "This link …"). */
function sentence(text) {
  const t = String(text).trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

function messageOf(err) {
  return err instanceof Error ? err.message : String(err);
}

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
 * Reads a scenario link. Returns `{scenario}` or `{error}`, a sentence that starts "This link
 * cannot be read:" and says why (a damaged link, or the field at fault in the scenario inside).
 */
export function readLink(fragment) {
  try {
    return { scenario: scenario_from_link(fragment) };
  } catch (err) {
    const why = messageOf(err);
    const prefix = "this link cannot be read: ";
    const reason = why.startsWith(prefix) ? why.slice(prefix.length) : `the scenario in it has a problem: ${joinErrors(why)}`;
    return { error: `This link cannot be read: ${reason.replace(/\.$/, "")}.` };
  }
}

/** The scenario's link fragment (without "#"), or null if the scenario is not valid. */
export function linkOf(scenario) {
  try {
    return scenario_link(scenario);
  } catch {
    return null;
  }
}

/** The page's address without the query parameters of embed mode and presets. */
function pageBase() {
  const url = new URL(location.href);
  url.hash = "";
  for (const p of PAGE_PARAMS) url.searchParams.delete(p);
  return url;
}

/** The full page's address for a scenario link: what "Copy link" copies. */
export function pageUrl(link) {
  const url = pageBase();
  url.hash = link;
  return url.href;
}

/** The embed's address for a scenario link. */
export function embedUrl(link, { readonly = true, caption = "" } = {}) {
  const url = pageBase();
  url.searchParams.set("embed", "1");
  if (readonly) url.searchParams.set("readonly", "1");
  if (caption.trim()) url.searchParams.set("caption", caption.trim());
  url.hash = link;
  return url.href;
}

/** Text made safe for an HTML attribute value in double quotes. */
export function escapeAttribute(text) {
  return String(text).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&#39;");
}

/** The <iframe> snippet an author pastes into an article. */
export function embedCode(link, { title = "", readonly = true, caption = "" } = {}) {
  const name = title.trim() ? `Relief Sequencer: ${title.trim()}` : "Relief Sequencer";
  const src = embedUrl(link, { readonly, caption });
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(name)}" width="100%" height="${EMBED_HEIGHT}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

// ---------------------------------------------------------------- the scenario the page opens

/**
 * Chooses the scenario the page opens with: `?preset=NAME` first, then a `#s1.…` link, then
 * the scenario saved in this browser (not in embed mode: an article shows what its author
 * chose, and never overwrites a reader's own work), then the default scenario.
 *
 * @param {() => Promise<object>} loadDefault fetches scenarios/default.json
 * @returns {Promise<{scenario: object, source: string, presetName?: string,
 *   messages: {text: string, download?: {text: string, filename: string}}[],
 *   saved: object|null}>} `saved` is the reader's own saved scenario when another one opened
 */
export async function chooseStartScenario(loadDefault) {
  const params = new URLSearchParams(location.search);
  const messages = [];
  const saved = embedded ? { scenario: null } : readSavedScenario(messages);
  const fallback = async (why) => {
    if (saved.scenario) {
      messages.push({ text: `${why} Your last saved scenario is shown instead.` });
      return { scenario: saved.scenario, source: "saved", messages, saved: null };
    }
    const tail = embedded ? "" : " Anything you saved in this browser is kept.";
    messages.push({ text: `${why} The default scenario is shown instead.${tail}` });
    return { scenario: await loadDefault(), source: "default", messages, saved: null };
  };

  const name = params.get("preset");
  if (name !== null) {
    try {
      const p = preset(name);
      return { scenario: p.scenario, source: "preset", presetName: p.name, messages, saved: differentFrom(saved.scenario, p.scenario) };
    } catch (err) {
      return fallback(`This link asks for a built-in scenario that does not exist: ${messageOf(err)}.`);
    }
  }
  if (isScenarioFragment(location.hash)) {
    const read = readLink(location.hash);
    if (read.scenario) return { scenario: read.scenario, source: "link", messages, saved: differentFrom(saved.scenario, read.scenario) };
    return fallback(read.error);
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
    rescue(text);
    messages.push({
      text: `The scenario saved in this browser could not be read: ${joinErrors(messageOf(err))}. It is kept aside, so nothing is lost.`,
      download: { text, filename: "unreadable-saved-scenario.json", label: "Download the saved text" },
    });
    return { scenario: null };
  }
}

// ---------------------------------------------------------------- copying

/**
 * Copies text to the clipboard. Where the clipboard is not allowed (an insecure page, a frame
 * without permission), the text is selected in its field instead so Ctrl+C or ⌘C copies it.
 * Returns "copied" or "selected".
 */
export async function copyText(text, field) {
  try {
    if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
    await navigator.clipboard.writeText(text);
    return "copied";
  } catch {
    field.focus();
    field.select();
    try {
      if (document.execCommand("copy")) return "copied";
    } catch {
      // Selected is the best that can be done.
    }
    return "selected";
  }
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform ?? "");

/** Shows (and announces) what a copy did, next to its button. */
function reportCopy(outcome, status, what) {
  const text = outcome === "copied" ? `${what} copied.` : `${what} selected: press ${isMac ? "⌘C" : "Ctrl+C"} to copy it.`;
  status.textContent = text;
  status.classList.toggle("is-copied", outcome === "copied");
  announce(text);
  clearTimeout(status._timer);
  status._timer = setTimeout(() => {
    status.textContent = "";
  }, 6000);
}

// ---------------------------------------------------------------- the Share dialog

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(text, id, iconName) {
  const b = el("button");
  b.type = "button";
  b.id = id;
  if (iconName) b.append(icon(iconName));
  b.append(text);
  return b;
}

/**
 * The Share dialog: the link with "Copy link", a QR code of it for a room, and the embed code
 * with its options and "Copy embed code". Everything is made from the scenario when the
 * dialog opens.
 */
export class ShareDialog {
  /** @param {{getScenario: () => object}} o */
  constructor({ getScenario }) {
    this.getScenario = getScenario;
    this.qrUrl = null;
    this.dialog = new Dialog({ id: "share-dialog", title: "Share this scenario", className: "share-dialog" });
    const body = this.dialog.body;

    // The link.
    const linkSection = el("section", "share-section");
    const linkLabel = el("label", "share-label", "Link to this scenario");
    linkLabel.htmlFor = "share-link";
    this.linkField = el("input", "share-field");
    this.linkField.id = "share-link";
    this.linkField.readOnly = true;
    this.linkField.spellcheck = false;
    this.linkField.setAttribute("aria-describedby", "share-link-help");
    this.copyLink = button("Copy link", "copy-link");
    this.linkStatus = el("span", "copy-status");
    this.linkStatus.id = "copy-link-status";
    const linkRow = el("div", "share-row");
    linkRow.append(this.linkField, this.copyLink, this.linkStatus);
    const linkHelp = el("p", "hint", "The whole scenario is in the link itself: whoever opens it sees exactly what you see now. Nothing is uploaded.");
    linkHelp.id = "share-link-help";
    linkSection.append(linkLabel, linkRow, linkHelp);
    this.copyLink.addEventListener("click", async () => {
      reportCopy(await copyText(this.linkField.value, this.linkField), this.linkStatus, "Link");
    });

    // The QR code.
    const qrSection = el("section", "share-section share-qr");
    const qrHeading = el("h3", null, "QR code for a room");
    qrHeading.id = "share-qr-heading";
    this.qrFigure = el("figure", "qr-figure");
    this.qrFigure.id = "share-qr";
    this.qrImage = el("img", "qr-image");
    this.qrImage.id = "share-qr-image";
    this.qrImage.alt = "QR code of the link to this scenario";
    this.qrImage.width = 320;
    this.qrImage.height = 320;
    this.qrProblem = el("p", "qr-problem");
    this.qrProblem.id = "share-qr-problem";
    this.qrProblem.hidden = true;
    this.qrFigure.append(this.qrImage, this.qrProblem);
    this.qrNote = el("p", "hint");
    this.qrNote.id = "share-qr-note";
    const qrActions = el("div", "share-row");
    this.qrFull = button("Show full screen", "qr-fullscreen");
    this.qrSave = button("Download QR code", "qr-download", "download");
    qrActions.append(this.qrFull, this.qrSave);
    qrSection.append(qrHeading, this.qrFigure, this.qrNote, qrActions);
    this.qrFull.addEventListener("click", () => this.fullScreen());
    this.qrSave.addEventListener("click", () => {
      if (this.qrSvg) saveFile(this.qrSvg, `${fileStem(this.getScenario().title)}-qr.svg`, "image/svg+xml");
    });
    this.qrFigure.addEventListener("click", () => {
      if (document.fullscreenElement === this.qrFigure) document.exitFullscreen?.();
    });

    // The embed code.
    const embedSection = el("section", "share-section");
    const embedHeading = el("h3", null, "Embed in a web page");
    const options = el("div", "share-options");
    const lockLabel = el("label", "share-check");
    this.lock = el("input");
    this.lock.type = "checkbox";
    this.lock.id = "embed-lock";
    this.lock.checked = true;
    lockLabel.append(this.lock, " Lock editing (readers can read the charts but not move steps)");
    const captionLabel = el("label", "share-label", "Caption (optional)");
    captionLabel.htmlFor = "embed-caption-input";
    this.caption = el("input", "share-field");
    this.caption.type = "text";
    this.caption.id = "embed-caption-input";
    this.caption.maxLength = 300;
    this.caption.placeholder = "Shown above the timeline";
    options.append(lockLabel, captionLabel, this.caption);
    const codeLabel = el("label", "share-label", "Embed code");
    codeLabel.htmlFor = "embed-code";
    this.code = el("textarea", "share-field share-code");
    this.code.id = "embed-code";
    this.code.readOnly = true;
    this.code.rows = 4;
    this.code.spellcheck = false;
    this.code.setAttribute("aria-describedby", "embed-code-help");
    this.copyEmbed = button("Copy embed code", "copy-embed");
    this.embedStatus = el("span", "copy-status");
    this.embedStatus.id = "copy-embed-status";
    this.preview = el("a", "share-preview", "Preview the embed");
    this.preview.id = "embed-preview";
    this.preview.target = "_blank";
    this.preview.rel = "noopener";
    const codeRow = el("div", "share-row");
    codeRow.append(this.copyEmbed, this.embedStatus, this.preview);
    const codeHelp = el(
      "p",
      "hint",
      `Paste it into an article or a course page. It fits any frame from 320 × 400 pixels up; change height="${EMBED_HEIGHT}" to suit. The embedded explorer makes no request to any other site, and tells your page when it is ready and when the scenario changes (see the documentation on embedding).`,
    );
    codeHelp.id = "embed-code-help";
    embedSection.append(embedHeading, options, codeLabel, this.code, codeRow, codeHelp);
    for (const input of [this.lock, this.caption]) input.addEventListener("input", () => this.renderCode());
    this.copyEmbed.addEventListener("click", async () => {
      reportCopy(await copyText(this.code.value, this.code), this.embedStatus, "Embed code");
    });

    body.append(linkSection, qrSection, embedSection);
    this.dialog.dialog.addEventListener("close", () => this.releaseQr());
  }

  /** Opens the dialog with everything made from the current scenario. */
  open(opener) {
    const scenario = this.getScenario();
    const link = linkOf(scenario);
    if (link === null) throw new Error("this scenario has a problem, so it cannot be shared until it is fixed");
    this.link = link;
    this.linkField.value = pageUrl(link);
    for (const s of [this.linkStatus, this.embedStatus]) s.textContent = "";
    this.renderCode();
    this.renderQr(this.linkField.value);
    this.dialog.open({ opener, focus: this.copyLink });
    this.linkField.scrollLeft = 0;
  }

  renderCode() {
    const options = { title: this.getScenario().title ?? "", readonly: this.lock.checked, caption: this.caption.value };
    this.code.value = embedCode(this.link, options);
    this.preview.href = embedUrl(this.link, options);
  }

  renderQr(url) {
    this.releaseQr();
    this.qrSvg = null;
    try {
      const qr = qr_code(url);
      this.qrSvg = qr.svg;
      this.qrUrl = URL.createObjectURL(new Blob([qr.svg], { type: "image/svg+xml" }));
      this.qrImage.src = this.qrUrl;
      this.qrImage.hidden = false;
      this.qrProblem.hidden = true;
      this.qrFull.disabled = !this.qrFigure.requestFullscreen;
      this.qrSave.disabled = false;
      this.qrNote.textContent =
        qr.modules > DENSE_QR_MODULES
          ? "This scenario is long, so its code is dense: show it full screen on the projector, or scan it from nearer."
          : "Point a phone's camera at it to open this scenario. Full screen makes it readable from across a room.";
    } catch (err) {
      this.qrImage.hidden = true;
      this.qrImage.removeAttribute("src");
      this.qrProblem.hidden = false;
      this.qrProblem.textContent = sentence(messageOf(err)).replace(/\.?$/, ".");
      this.qrNote.textContent = "";
      this.qrFull.disabled = true;
      this.qrSave.disabled = true;
    }
  }

  releaseQr() {
    if (this.qrUrl) URL.revokeObjectURL(this.qrUrl);
    this.qrUrl = null;
  }

  async fullScreen() {
    try {
      await this.qrFigure.requestFullscreen();
    } catch {
      this.qrNote.textContent = "This browser does not allow full screen here; zoom in instead.";
    }
  }
}
