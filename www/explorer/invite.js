// The first visit's invitation to drag: one step on the timeline is ringed, marked "drag me",
// and the timeline's hint (which every chip is described by, so a screen reader hears it on
// the chip) says what to do with it. It is not a tour and takes nothing over: it goes away after
// the first change made on the timeline, and this browser remembers that it was seen. An embed
// shows none.

import { readText, writeText } from "../shared/storage.js";
import { t } from "../shared/i18n.js";

/** Where this browser remembers that the invitation was taken up. */
export const INVITED_KEY = "relief:invited";


export class Invitation {
  /**
   * @param {object} o
   * @param {object} o.view the page's ExplorerView
   * @param {HTMLElement} o.hint the timeline's hint, which describes every chip
   * @param {boolean} o.enabled whether this page may invite at all (not in an embed)
   * @param {boolean} [o.touch] whether the screen is worked by touch (the words differ)
   */
  constructor({ view, hint, enabled, touch = false }) {
    this.view = view;
    this.hint = hint;
    this.usual = hint.textContent;
    this.active = enabled && readText(INVITED_KEY) === null;
    this.ref = null;
    if (this.active) {
      // About as long as the usual hint, so the timeline does not move when one replaces the other.
      this.hint.textContent = t(touch ? "invite-hint-touch" : "invite-hint");
      this.hint.classList.add("invite");
    }
  }

  /** After every render: the ring on the chip invited (chips are reused, and repainted). */
  render(scenario) {
    if (!this.active) return;
    for (const chip of document.querySelectorAll(".chip.invited")) chip.classList.remove("invited");
    this.ref = this.choose(scenario);
    if (this.ref) this.view.timeline.chipFor(this.ref)?.classList.add("invited");
  }

  /**
   * The step to invite a drag of: the sanctioning side's first relief step after the start,
   * which moves the curves most visibly; otherwise the first step that can be moved.
   */
  choose(scenario) {
    const steps = scenario.steps ?? [];
    const relief = new Set(this.view.catalog.steps.filter((k) => k.role === "relief").map((k) => k.key));
    const movable = steps.map((step, index) => ({ step, index })).filter(({ step, index }) => !this.view.isLocked({ list: "steps", index }, step));
    const pick = movable.find(({ step }) => relief.has(step.kind) && step.month > 0) ?? movable[0];
    return pick ? { list: "steps", index: pick.index } : null;
  }

  /** The first change on the timeline: the invitation has done its work. */
  taken() {
    if (!this.active) return;
    this.active = false;
    writeText(INVITED_KEY, "1");
    for (const chip of document.querySelectorAll(".chip.invited")) chip.classList.remove("invited");
    this.hint.textContent = this.usual;
    this.hint.classList.remove("invite");
  }
}
