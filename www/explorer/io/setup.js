// Wires the explorer's ways in and out (links, saved work, undo and redo, files, export, the
// Share dialog and embedding) to the page's one state. explorer/app.js calls setUpIo once the
// page is built, then tells it of every change; everything else lives in the modules imported
// here.

import { validate } from "../../pkg/relief_web.js";
import { embedded, fitCharts, postToHost, setUpEmbed } from "./embed.js";
import { setUpExport } from "./export.js";
import { setUpOpening } from "./files.js";
import { Session } from "./session.js";
import { ShareDialog } from "./share-dialog.js";
import { $, announce, el, saveFile } from "../../shared/dom.js";
import { withIcon } from "../../shared/icons.js";
import { t } from "../../shared/i18n.js";

export { chooseStartScenario } from "./links.js";
export { embedded, readonly, postToHost } from "./embed.js";

/**
 * @param {object} o
 * @param {{scenario: object, presetName?: string, messages: object[], saved: object|null}} o.start
 *   what chooseStartScenario chose
 * @param {object} o.explorer the wasm Explorer
 * @param {object} o.catalog the model's catalog
 * @param {(next: object, selected?: object|null, how?: string) => void} o.commit
 * @param {() => object} o.getScenario
 * @param {(message: string) => void} o.showError
 * @param {(month: number|null) => void} o.setHighlight
 * @param {object} [o.story] a story a host sends (`open(document)` returns what is wrong, or
 *   null), how many `frames` the one shown has, and `goto(frame)`, from 1
 * @returns {{changed: (scenario: object, how: string) => void, firstChart: () => void}}
 */
export function setUpIo({ start, explorer, catalog, commit, getScenario, whenCounted, showError, setHighlight, story = null }) {
  let embed = null;
  if (embedded) {
    embed = setUpEmbed({
      validate,
      load: (scenario) => commit(scenario, null, "host"),
      highlight: setHighlight,
      horizon: () => explorer.horizon() || (getScenario().horizon_months ?? 48),
      story: story?.open,
      frames: story?.frames,
      goto: story?.goto,
    });
  }
  const session = new Session({ start: start.scenario, commit, getScenario, showError, onLink: (href) => embed?.setLink(href) });
  // A story's reader may download each frame's charts, for print (embed.css shows the buttons
  // only while a story is shown).
  if (embedded) setUpExport({ explorer, catalog, getScenario, whenCounted, showError });

  if (!embedded) {
    withIcon($("undo"), "undo");
    withIcon($("redo"), "redo");
    const share = new ShareDialog({ getScenario });
    const shareButton = withIcon($("share-button"), "share");
    shareButton.addEventListener("click", () => {
      try {
        share.open(shareButton);
      } catch (err) {
        showError(t("share-cannot-share", { reason: err?.message ?? String(err) }));
      }
    });
    setUpExport({ explorer, catalog, getScenario, whenCounted, showError });
    withIcon($("export-button"), "download");
    const openButton = withIcon($("open-file"), "open");
    setUpOpening({ button: openButton, open: (scenario) => commit(scenario, null, "step"), showError });
    for (const id of ["share-button", "export-button", "open-file"]) $(id).disabled = false;
    foldMoreActions();
  }

  if (start.messages.length) showStartMessages(start.messages, showError);
  if (start.saved) {
    session.protectSaved();
    offerSaved(start.saved, start.source, (scenario) => commit(scenario, null, "step"));
  }
  if (start.presetName) {
    // After the rest of the page's start, so every listener is in place.
    setTimeout(() => document.dispatchEvent(new CustomEvent("relief:preset-opened", { detail: { name: start.presetName } })), 0);
  }

  return {
    changed: (scenario, how) => session.changed(scenario, how),
    firstChart: () => {
      if (embedded) fitCharts();
      postToHost({ type: "relief:ready" });
    },
  };
}

/**
 * On a phone the header's less used actions fold under "More" (see io.css): the button opens
 * and closes them, and Escape closes them and returns to it. They stay open after a choice, so
 * a dialog that one of them opened gives the focus back to a button in sight.
 */
function foldMoreActions() {
  const button = $("more-button");
  const actions = $("more-actions");
  const setOpen = (open) => button.setAttribute("aria-expanded", String(open));
  button.addEventListener("click", () => {
    const open = button.getAttribute("aria-expanded") !== "true";
    setOpen(open);
    if (open) actions.querySelector("button:not(:disabled), a")?.focus();
  });
  actions.addEventListener("keydown", (e) => {
    if (e.key !== "Escape" || button.getAttribute("aria-expanded") !== "true") return;
    e.stopPropagation();
    setOpen(false);
    button.focus();
  });
}

/** Shows what went wrong while choosing the start scenario, with a download where it helps. */
function showStartMessages(messages, showError) {
  showError(messages.map((m) => m.text()).join("\n"));
  const box = $("error");
  const dismiss = box.querySelector("button");
  for (const m of messages) {
    if (!m.download) continue;
    const b = el("button");
    b.type = "button";
    b.textContent = m.download.label();
    b.addEventListener("click", () => saveFile(m.download.text, m.download.filename, "application/json"));
    box.insertBefore(b, dismiss);
  }
}

/**
 * When a link opened over the reader's own saved scenario: a note saying it is still there,
 * with a button to open it (an ordinary change, so Undo returns to the link's scenario).
 */
function offerSaved(saved, source, open) {
  const note = el("div", "notice");
  note.id = "saved-notice";
  note.setAttribute("role", "status");
  const text = el("p");
  const opened = source === "preset" ? "preset" : "link";
  text.textContent = t("io-saved-still-there", { opened });
  const openButton = el("button");
  openButton.type = "button";
  openButton.id = "open-saved";
  openButton.textContent = t("io-saved-open");
  const dismiss = el("button");
  dismiss.type = "button";
  dismiss.textContent = t("io-saved-dismiss");
  openButton.addEventListener("click", () => {
    open(saved);
    note.remove();
    announce(t("io-saved-opened", { opened }));
  });
  dismiss.addEventListener("click", () => note.remove());
  note.append(text, openButton, dismiss);
  $("error").after(note);
}
