// Reading offline: the service worker (sw.js) keeps every file the explorer needs once the page
// has loaded (and any other page of the site once it is opened), so a reader who comes back
// without a connection still gets a working explorer.
// When a new version has been installed while the page was open, a note offers a reload.

import { el } from "../shared/dom.js";
import { t } from "../shared/i18n.js";

/**
 * Registers the service worker once the page is idle (it then downloads the rest of what the
 * explorer needs in the background), unless the browser has none or the page is not served over http(s).
 *
 * @param {(note: HTMLElement) => void} place puts the update note on the page
 */
export function registerOfflineWorker(place) {
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  let controlled = !!navigator.serviceWorker.controller;
  let shown = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    // The first install takes control quietly; a worker that replaces another is a new version.
    if (controlled && !shown) {
      shown = true;
      place(updateNote());
    }
    controlled = true;
  });
  const register = () =>
    navigator.serviceWorker
      // The worker and its manifest are always checked against the server, never an HTTP
      // cache, so a new build is noticed on the next visit.
      .register("sw.js", { updateViaCache: "none" })
      .catch((err) => console.warn(`Relief Sequencer will not work offline: ${err?.message ?? err}`));
  if ("requestIdleCallback" in window) requestIdleCallback(register, { timeout: 3000 });
  else setTimeout(register, 1000);
}

function updateNote() {
  const note = el("div", "update-note");
  note.setAttribute("role", "status");
  const text = el("p", null, t("offline-update-ready"));
  const reload = el("button");
  reload.type = "button";
  reload.textContent = t("offline-update-reload");
  reload.addEventListener("click", () => location.reload());
  note.append(text, reload);
  return note;
}
