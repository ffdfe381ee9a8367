// What happens after each change to the scenario, so that nothing a reader builds is lost:
// the change is recorded for Undo and Redo, written into the address (the whole scenario in
// the fragment), kept in this browser, and, in an embed, told to the host page.
//
// A change "settles" when its gesture ends. A drag, a slider pulled along, or a run of arrow
// key presses on one control is one gesture: its changes are merged into one Undo step and
// one history entry, and settle once the pointer is up and nothing has changed for a moment.
// A discrete edit (adding or deleting a step, a checkbox, opening a file) settles at once.
//
// During a gesture the address follows the scenario with history.replaceState, at most a few
// times a second (browsers limit how often it may be called); the first change of a gesture
// pushes one new history entry, so Back returns to the scenario before the gesture.

import { EditHistory } from "./history.js";
import { linkOf, linkProblem, readLink, isScenarioFragment, pageUrl } from "./links.js";
import { embedded, readonly, postToHost } from "./embed.js";
import { PREVIOUS_KEY, STORAGE_KEY } from "./saved.js";
import { announce } from "../../shared/dom.js";
import { t } from "../../shared/i18n.js";
import { readText, writeText } from "../../shared/storage.js";
// How long a gesture must be still before its change settles: the same wait as the view's.
import { SETTLE_MS } from "../../shared/explorer-view.js";
/** The least time between two address updates during a gesture, in milliseconds. */
const URL_EVERY_MS = 250;

/**
 * How a change came about, as `commit` is told:
 * - "edit": possibly part of a gesture (a drag, a slider, typing); settles when it ends.
 * - "step": a discrete edit by the reader; settles at once.
 * - "undo", "redo": a step through the edit history; settles at once, recorded as a move in it.
 * - "navigate": Back or Forward, or an edited address; recorded, the address is already right.
 * - "host": a scenario the host page sent to an embed; recorded, and not echoed back to it.
 */
export const HOW = ["edit", "step", "undo", "redo", "navigate", "host"];

export class Session {
  /**
   * @param {object} o
   * @param {object} o.start the scenario the page opened with
   * @param {(next: object, selected: object|null, how: string) => void} o.commit makes a scenario the page's
   * @param {() => object} o.getScenario the page's scenario now
   * @param {(message: string) => void} o.showError
   * @param {(href: string) => void} [o.onLink] told the full page's address after each settled change
   */
  constructor({ start, commit, getScenario, showError, onLink = () => {} }) {
    this.history = new EditHistory(start);
    this.commit = commit;
    this.getScenario = getScenario;
    this.showError = showError;
    this.onLink = onLink;
    this.pending = null;
    this.pointers = new Set();
    this.lastUrlWrite = 0;
    this.urlTimer = 0;
    this.storageProblemShown = false;
    this.keepPrevious = false;
    this.undoButton = document.getElementById("undo");
    this.redoButton = document.getElementById("redo");

    // The entry the page opened on remembers its scenario, so Back can return to it even
    // when its address holds no link (the saved or default scenario, or ?preset=NAME).
    const link = linkOf(start);
    this.settledLink = link;
    try {
      history.replaceState({ ...(history.state ?? {}), reliefLink: link }, "");
    } catch {
      // A page that may not use the history API still works; Back just leaves it.
    }
    onLink(pageUrl(link ?? ""));

    // A gesture lasts while a pointer is down anywhere on the page.
    const down = (e) => this.pointers.add(e.pointerId);
    const up = (e) => {
      this.pointers.delete(e.pointerId);
      if (!this.pointers.size && this.pending?.waiting) this.settle();
    };
    document.addEventListener("pointerdown", down, true);
    document.addEventListener("pointerup", up, true);
    document.addEventListener("pointercancel", up, true);
    window.addEventListener("blur", () => {
      this.pointers.clear();
      if (this.pending?.waiting) this.settle();
    });

    window.addEventListener("popstate", (e) => this.navigated(e.state));
    // A change still in its gesture is kept when the tab is closed or hidden.
    const flush = () => this.flush();
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", () => document.visibilityState === "hidden" && flush());

    // The tooltips name the shortcuts of the reader's own platform.
    if (/Mac|iPhone|iPad/.test(navigator.platform ?? "")) {
      this.undoButton?.setAttribute("title", t("io-undo-title-mac"));
      this.redoButton?.setAttribute("title", t("io-redo-title-mac"));
    }
    if (!readonly) {
      this.undoButton?.addEventListener("click", () => this.undo());
      this.redoButton?.addEventListener("click", () => this.redo());
      document.addEventListener("keydown", (e) => this.shortcut(e));
    }
    this.renderButtons();
  }

  /** Told of every new scenario the page commits. */
  changed(scenario, how) {
    if (how === "edit") {
      const element = document.activeElement;
      // A change from another control ends the gesture before it.
      if (this.pending && this.pending.element !== element) this.settle();
      if (!this.pending) {
        this.pending = { element, scenario, pushed: false, waiting: false };
        this.writeUrlDuringGesture(true);
      } else {
        this.pending.scenario = scenario;
        this.writeUrlDuringGesture(false);
      }
      clearTimeout(this.pending.timer);
      this.pending.waiting = false;
      this.pending.timer = setTimeout(() => {
        if (!this.pending) return;
        if (this.pointers.size) {
          this.pending.waiting = true;
          // Marked for tests and tools: the quiet time passed, and the change waits for the pointer.
          performance.mark("relief:settle-waits");
        } else this.settle();
      }, SETTLE_MS);
      this.renderButtons();
      return;
    }
    if (how === "undo" || how === "redo") {
      this.afterSettle(scenario, { url: "push", tell: true });
      return;
    }
    this.flush();
    this.history.record(scenario);
    if (how === "navigate") this.afterSettle(scenario, { url: "none", tell: true });
    else if (how === "host") this.afterSettle(scenario, { url: "replace", tell: false });
    else this.afterSettle(scenario, { url: "push", tell: true });
  }

  /** Settles a change still in its gesture, if any. */
  flush() {
    if (this.pending) this.settle();
  }

  settle({ url = true } = {}) {
    const p = this.pending;
    if (!p) return;
    clearTimeout(p.timer);
    clearTimeout(this.urlTimer);
    this.pending = null;
    this.history.record(p.scenario);
    // The gesture's history entry was pushed at its first change; it now gets the final link.
    this.afterSettle(p.scenario, { url: url ? (p.pushed ? "replace" : "push") : "none", tell: true });
  }

  /** Everything a settled scenario updates: the address, the saved copy, the host, the buttons. */
  afterSettle(scenario, { url, tell }) {
    // Marked for tests and tools: a change has settled (or a scenario arrived whole).
    performance.mark("relief:settled");
    const link = linkOf(scenario);
    this.renderButtons();
    if (link === null) return; // Not a valid scenario: the page shows why; keep the last good one.
    if (url !== "none") this.writeUrl(link, url === "push" && link !== this.settledLink);
    this.settledLink = link;
    this.onLink(pageUrl(link));
    if (!embedded) this.save(scenario);
    if (tell) postToHost({ type: "relief:changed", scenario: JSON.parse(JSON.stringify(scenario)) });
  }

  writeUrlDuringGesture(first) {
    const write = () => {
      const p = this.pending;
      if (!p) return;
      const link = linkOf(p.scenario);
      if (link === null) return;
      this.lastUrlWrite = performance.now();
      this.writeUrl(link, first && !p.pushed);
      p.pushed = true;
    };
    clearTimeout(this.urlTimer);
    const wait = URL_EVERY_MS - (performance.now() - this.lastUrlWrite);
    if (first || wait <= 0) write();
    else this.urlTimer = setTimeout(write, wait);
  }

  /**
   * Puts a link in the address. An embed never adds history entries: they would be steps of
   * the host page's Back button.
   */
  writeUrl(link, push) {
    const url = new URL(location.href);
    // Once the scenario is in the fragment, ?preset=NAME no longer says what is shown (and
    // would win over the fragment on reload).
    if (!embedded) url.searchParams.delete("preset");
    url.hash = link;
    try {
      if (push && !embedded) history.pushState({ reliefLink: link }, "", url);
      else history.replaceState({ ...(history.state ?? {}), reliefLink: link }, "", url);
    } catch {
      // Browsers throttle the history API; the next settled change writes the address again.
    }
  }

  /** Back, Forward, or an address edited by hand: show the scenario its entry holds. */
  navigated(state) {
    let link = null;
    if (isScenarioFragment(location.hash)) link = location.hash.slice(1);
    else if (location.hash.length > 1) return; // A jump within the page (the skip link).
    else link = state?.reliefLink ?? null;
    if (link === null || link === this.settledLink) {
      // Nothing to load; a change still in its gesture belongs to the entry being left.
      if (this.pending) this.settle({ url: false });
      return;
    }
    const read = readLink(link);
    if (read.problem) {
      this.showError(`${linkProblem(read.problem)} ${t("io-link-kept")}`);
      return;
    }
    if (this.pending) this.settle({ url: false });
    this.commit(read.scenario, null, "navigate");
  }

  undo() {
    this.flush();
    const scenario = this.history.undo();
    if (!scenario) return;
    this.commit(scenario, undefined, "undo");
    announce(t("io-undone"));
  }

  redo() {
    this.flush();
    const scenario = this.history.redo();
    if (!scenario) return;
    this.commit(scenario, undefined, "redo");
    announce(t("io-redone"));
  }

  /** Ctrl+Z or ⌘Z undoes; Shift with it, or Ctrl+Y, redoes; not while typing in a field. */
  shortcut(e) {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return;
    const key = e.key.toLowerCase();
    const isUndo = key === "z" && !e.shiftKey;
    const isRedo = (key === "z" && e.shiftKey) || (key === "y" && e.ctrlKey && !e.shiftKey);
    if (!isUndo && !isRedo) return;
    if (typingIn(e.target) || document.querySelector("dialog[open]")) return;
    e.preventDefault();
    if (isUndo) this.undo();
    else this.redo();
  }

  renderButtons() {
    const canUndo = this.history.canUndo || !!this.pending;
    if (this.undoButton) this.undoButton.disabled = !canUndo;
    if (this.redoButton) this.redoButton.disabled = !this.history.canRedo || !!this.pending;
  }

  /**
   * Keeps the scenario in this browser. When the page opened someone else's link over the
   * reader's own saved work, that work is first moved aside (PREVIOUS_KEY), once.
   */
  save(scenario) {
    if (this.keepPrevious) {
      this.keepPrevious = false;
      const old = readText(STORAGE_KEY);
      if (old !== null) writeText(PREVIOUS_KEY, old);
    }
    const problem = writeText(STORAGE_KEY, JSON.stringify(scenario));
    if (problem && !this.storageProblemShown) {
      this.storageProblemShown = true;
      this.showError(t("io-storage-failed", { reason: String(problem).replace(/\.$/, "") }));
    }
  }

  /** Says that the saved scenario differs from the one opened and must be moved aside, not overwritten. */
  protectSaved() {
    this.keepPrevious = true;
  }
}

/** Whether keys go to a field where the browser's own Undo applies. */
function typingIn(target) {
  if (!(target instanceof Element)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["range", "checkbox", "radio", "button", "submit", "reset", "color", "file"].includes(target.type);
  }
  return false;
}
