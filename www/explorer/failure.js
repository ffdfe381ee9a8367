// When the model itself fails. A Rust panic in the browser build aborts into a WebAssembly
// trap (a `WebAssembly.RuntimeError`); the panic hook has already written the Rust report to
// the console. After a trap the module's memory can no longer be trusted, so the page stops
// calling it, says so in plain words with a way to reload, and leaves the reader's work where
// it is kept (the scenario in the address and in the browser's storage).

import { el } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { embedded } from "./io/embed.js";
import { STORAGE_KEY } from "./io/saved.js";
import { writeText } from "../shared/storage.js";
import { SETTLE_MS } from "../shared/explorer-view.js";

/** Whether `err` means the model can no longer be used: a trap, or a call refused after one. */
export function isModelFailure(err) {
  if (typeof WebAssembly !== "undefined" && err instanceof WebAssembly.RuntimeError) return true;
  // wasm-bindgen refuses further calls into an object a trap left borrowed.
  return /recursive use of an object detected/.test(String(err?.message ?? err));
}

/**
 * Shows the failure in the page's error box with a Reload button, and reports it in full to
 * the console for whoever investigates.
 */
export function showModelFailure(box, err) {
  console.error("Relief Sequencer: the model stopped unexpectedly.", err);
  box.replaceChildren();
  const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const text = withStrong(el("p"), t("failure-model-stopped", { detail }));
  const actions = el("span", "error-actions");
  const reload = el("button");
  reload.type = "button";
  reload.textContent = t("failure-reload");
  reload.addEventListener("click", () => {
    // The address a reload opens is the one in place now: make it the last good scenario's.
    keepWriting?.();
    location.reload();
  });
  actions.append(reload);
  box.append(text, actions);
  box.hidden = false;
}

/**
 * Fills `element` with a message whose words between <strong> and </strong> are bold. The rest
 * is only ever text, so nothing in the message (such as the failure's detail) can become markup.
 * It is filled at once, not when the document's messages are next translated: the box is an
 * alert, read out as it appears.
 */
function withStrong(element, message) {
  message.split(/<strong>(.*?)<\/strong>/s).forEach((part, i) => {
    if (i % 2) element.append(el("strong", null, part));
    else if (part) element.append(part);
  });
  return element;
}

/**
 * Makes `scenario` (the last one the model ran) what a reload opens: it is saved in this
 * browser and the address stops naming the scenario that failed, which would only fail again.
 * Written again as the page is left, after anything else that saves on the way out. An embed
 * keeps its address, which names the scenario its article chose.
 */
export function keepLastGood(scenario) {
  if (embedded) return;
  const write = () => {
    writeText(STORAGE_KEY, JSON.stringify(scenario));
    const url = new URL(location.href);
    url.hash = "";
    url.searchParams.delete("preset");
    try {
      history.replaceState(null, "", url);
    } catch {
      // Browsers throttle the history API; the saved copy still opens on reload.
    }
  };
  keepWriting = write;
  write();
  // A change that was still settling when the model failed is written once it settles (see
  // io/session.js): write the last good scenario again after it.
  setTimeout(write, SETTLE_MS + 200);
  window.addEventListener("pagehide", write);
}

/** Writes the last good scenario again (set once there is one to keep). */
let keepWriting = null;
