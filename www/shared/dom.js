// Small helpers both pages use: finding and making elements, the page's error box,
// announcements for screen readers, saving a file, file names from titles, and copying text.
// Text is only ever inserted as text, never as markup.

import { has, t } from "./i18n.js";

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** A new element with an optional class and text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/** A table's head: one row of column headings. */
export function tableHead(labels) {
  const row = el("tr");
  for (const label of labels) {
    const th = el("th", null, label);
    th.scope = "col";
    row.append(th);
  }
  const head = el("thead");
  head.append(row);
  return head;
}

/** The message of anything thrown. */
export function describe(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}

// ---------------------------------------------------------------- the error box

/** Shows a message in the page's alert box (#error) with a Dismiss button; the page stays as it is. */
export function showError(message) {
  const box = $("error");
  box.replaceChildren();
  // The box may speak before the reader's words have arrived, or when they could not be loaded
  // at all: its button then keeps the English word.
  const close = el("button", null, has("dom-dismiss") ? t("dom-dismiss") : "Dismiss");
  close.type = "button";
  close.addEventListener("click", () => {
    box.hidden = true;
  });
  box.append(el("p", "error-text", message), close);
  box.hidden = false;
}

/** Hides the page's alert box. */
export function clearError() {
  $("error").hidden = true;
}

// ---------------------------------------------------------------- announcements

/**
 * Says `text` to screen readers without moving focus ("Copied", "Undone"), through the live
 * region `id`, which is made (hidden) the first time a page without one needs it. The explorer's
 * is "share-status"; the workshop page has its own in its markup. The same message again is
 * cleared first, so it is read again.
 */
export function announce(text, id = "share-status") {
  let region = $(id);
  if (!region) {
    region = el("p", "visually-hidden");
    region.id = id;
    region.setAttribute("role", "status");
    document.body.append(region);
  }
  clearTimeout(region._again);
  if (region.textContent !== text) {
    region.textContent = text;
    return;
  }
  region.textContent = "";
  region._again = setTimeout(() => {
    region.textContent = text;
  }, 30);
}

// ---------------------------------------------------------------- files and copying

/**
 * Files dropped anywhere on the page: `overlay` shows while files are dragged over the page, and
 * `drop` gets the files dropped. `accepts(e)` may turn a drag away (the workshop takes files on
 * a facilitator's view only).
 */
export function onFileDrop(overlay, drop, accepts = () => true) {
  const carriesFiles = (e) => accepts(e) && [...(e.dataTransfer?.types ?? [])].includes("Files");
  // dragenter and dragleave fire for every element crossed; a count tells when the drag has
  // really left the page.
  let depth = 0;
  document.addEventListener("dragenter", (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    depth += 1;
    overlay.hidden = false;
  });
  document.addEventListener("dragover", (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = "copy";
  });
  document.addEventListener("dragleave", (e) => {
    if (!carriesFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  document.addEventListener("drop", (e) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    depth = 0;
    overlay.hidden = true;
    drop([...(e.dataTransfer.files ?? [])]);
  });
}

/** Saves `data` (text or a Blob) as a file named `filename`, through the browser's download. */
export function saveFile(data, filename, type = "application/octet-stream") {
  const blob = data instanceof Blob ? data : new Blob([data], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; the URL is released a little later so slow
  // browsers still find it.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * A file name from a title: lower case letters, digits and hyphens, at most 60 characters,
 * `fallback` when nothing is left (a title in another script, or none).
 */
export function slug(text, fallback = "scenario") {
  const stem = String(text ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return stem || fallback;
}

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
