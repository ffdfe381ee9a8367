// The Share dialog: the scenario's link with "Copy link", a QR code of it for a room, and the
// code that embeds it in another page, all made from the scenario when the dialog opens.

import { qr_code } from "../../pkg/relief_web.js";
import { announce, copyText, describe, el, saveFile, slug } from "../../shared/dom.js";
import { icon } from "../../shared/icons.js";
import { t } from "../../shared/i18n.js";
import { Dialog } from "../dialog.js";
import { EMBED_HEIGHT, embedCode, embedUrl, linkOf, pageUrl } from "./links.js";

/** A QR code with more modules a side than this is hard to read from across a room. */
const DENSE_QR_MODULES = 81;

/** Capitalizes a message from the model ("this link …" → "This link …"). */
function sentence(text) {
  const s = String(text).trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const isMac = /Mac|iPhone|iPad/.test(navigator.platform ?? "");

/**
 * Shows (and announces) what a copy did, next to its button (the Embed dialog's copies too).
 * `what` is what was copied: "link", "embed-code", "iframe-code" or "script".
 */
export function reportCopy(outcome, status, what) {
  const text = outcome === "copied" ? t("share-copied", { what }) : t("share-copy-selected", { what, keys: isMac ? "⌘C" : "Ctrl+C" });
  status.textContent = text;
  status.classList.toggle("is-copied", outcome === "copied");
  announce(text);
  clearTimeout(status._timer);
  status._timer = setTimeout(() => {
    status.textContent = "";
  }, 6000);
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
    this.dialog = new Dialog({ id: "share-dialog", title: t("share-dialog-title"), className: "share-dialog" });
    const body = this.dialog.body;

    // The link.
    const linkSection = el("section", "share-section");
    const linkLabel = el("label", "share-label", t("share-link-label"));
    linkLabel.htmlFor = "share-link";
    this.linkField = el("input", "share-field");
    this.linkField.id = "share-link";
    this.linkField.readOnly = true;
    this.linkField.spellcheck = false;
    this.linkField.setAttribute("aria-describedby", "share-link-help");
    this.copyLink = button(t("share-copy-link"), "copy-link");
    this.linkStatus = el("span", "copy-status");
    this.linkStatus.id = "copy-link-status";
    const linkRow = el("div", "share-row");
    linkRow.append(this.linkField, this.copyLink, this.linkStatus);
    const linkHelp = el("p", "hint", t("share-link-help"));
    linkHelp.id = "share-link-help";
    linkSection.append(linkLabel, linkRow, linkHelp);
    this.copyLink.addEventListener("click", async () => {
      reportCopy(await copyText(this.linkField.value, this.linkField), this.linkStatus, "link");
    });

    // The QR code.
    const qrSection = el("section", "share-section share-qr");
    const qrHeading = el("h3", null, t("share-qr-heading"));
    qrHeading.id = "share-qr-heading";
    this.qrFigure = el("figure", "qr-figure");
    this.qrFigure.id = "share-qr";
    this.qrImage = el("img", "qr-image");
    this.qrImage.id = "share-qr-image";
    this.qrImage.alt = t("share-qr-image");
    this.qrImage.width = 320;
    this.qrImage.height = 320;
    this.qrProblem = el("p", "qr-problem");
    this.qrProblem.id = "share-qr-problem";
    this.qrProblem.hidden = true;
    this.qrFigure.append(this.qrImage, this.qrProblem);
    this.qrNote = el("p", "hint");
    this.qrNote.id = "share-qr-note";
    const qrActions = el("div", "share-row");
    this.qrFull = button(t("share-qr-full-screen"), "qr-fullscreen");
    this.qrSave = button(t("share-qr-download"), "qr-download", "download");
    qrActions.append(this.qrFull, this.qrSave);
    qrSection.append(qrHeading, this.qrFigure, this.qrNote, qrActions);
    this.qrFull.addEventListener("click", () => this.fullScreen());
    this.qrSave.addEventListener("click", () => {
      if (this.qrSvg) saveFile(this.qrSvg, `${slug(this.getScenario().title)}-qr.svg`, "image/svg+xml");
    });
    this.qrFigure.addEventListener("click", () => {
      if (document.fullscreenElement === this.qrFigure) document.exitFullscreen?.();
    });

    // The embed code.
    const embedSection = el("section", "share-section");
    const embedHeading = el("h3", null, t("share-embed-heading"));
    const options = el("div", "share-options");
    const lockLabel = el("label", "share-check");
    this.lock = el("input");
    this.lock.type = "checkbox";
    this.lock.id = "embed-lock";
    this.lock.checked = true;
    lockLabel.append(this.lock, ` ${t("share-embed-lock")}`);
    const captionLabel = el("label", "share-label", t("share-embed-caption-label"));
    captionLabel.htmlFor = "embed-caption-input";
    this.caption = el("input", "share-field");
    this.caption.type = "text";
    this.caption.id = "embed-caption-input";
    this.caption.maxLength = 300;
    this.caption.placeholder = t("share-embed-caption-placeholder");
    options.append(lockLabel, captionLabel, this.caption);
    const codeLabel = el("label", "share-label", t("share-embed-code-label"));
    codeLabel.htmlFor = "embed-code";
    this.code = el("textarea", "share-field share-code");
    this.code.id = "embed-code";
    this.code.readOnly = true;
    this.code.rows = 4;
    this.code.spellcheck = false;
    this.code.setAttribute("aria-describedby", "embed-code-help");
    this.copyEmbed = button(t("share-copy-embed"), "copy-embed");
    this.embedStatus = el("span", "copy-status");
    this.embedStatus.id = "copy-embed-status";
    this.preview = el("a", "share-preview", t("share-embed-preview"));
    this.preview.id = "embed-preview";
    this.preview.target = "_blank";
    this.preview.rel = "noopener";
    const codeRow = el("div", "share-row");
    codeRow.append(this.copyEmbed, this.embedStatus, this.preview);
    // The height is code the author edits: its digits stay as the code has them.
    const codeHelp = el("p", "hint", t("share-embed-help", { height: String(EMBED_HEIGHT) }));
    codeHelp.id = "embed-code-help";
    embedSection.append(embedHeading, options, codeLabel, this.code, codeRow, codeHelp);
    for (const input of [this.lock, this.caption]) input.addEventListener("input", () => this.renderCode());
    this.copyEmbed.addEventListener("click", async () => {
      reportCopy(await copyText(this.code.value, this.code), this.embedStatus, "embed-code");
    });

    body.append(linkSection, qrSection, embedSection);
    this.dialog.dialog.addEventListener("close", () => this.releaseQr());
  }

  /** Opens the dialog with everything made from the current scenario. */
  open(opener) {
    const scenario = this.getScenario();
    const link = linkOf(scenario);
    if (link === null) throw new Error(t("share-scenario-invalid"));
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
        qr.modules > DENSE_QR_MODULES ? t("share-qr-dense") : t("share-qr-note");
    } catch (err) {
      this.qrImage.hidden = true;
      this.qrImage.removeAttribute("src");
      this.qrProblem.hidden = false;
      this.qrProblem.textContent = sentence(describe(err)).replace(/\.?$/, ".");
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
      this.qrNote.textContent = t("share-qr-no-full-screen");
    }
  }
}
