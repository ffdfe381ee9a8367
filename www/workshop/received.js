// A team's hand-back opened on any device (workshop.html#t1.…): the team's sequence and
// numbers, and a button that adds it to this device's comparison.

import { Comparison, team_from_link } from "../pkg/relief_workshop.js";
import { $, el, describe, showError, clearError } from "../shared/dom.js";
import { announce } from "./common.js";

export class ReceivedView {
  constructor({ workspace, onAdded }) {
    this.ws = workspace;
    this.onAdded = onAdded;
    this.work = null;
    $("received-add").addEventListener("click", () => this.add());
  }

  open(fragment) {
    let work;
    try {
      work = team_from_link(fragment);
    } catch (err) {
      showError(`${describe(err)}. Ask the team for its link again.`);
      return false;
    }
    clearError();
    this.work = work;
    $("exercise-title").textContent = work.exercise_title || "Workshop exercise";
    $("received-heading").textContent = `${work.team} handed back its sequence`;
    const checked = this.ws.checked().ok;
    const ours = checked && checked.id === work.exercise;
    $("received-about").textContent = work.exercise_title
      ? `For the exercise “${work.exercise_title}”.${checked && !ours ? " It is not the exercise set up on this device, or it is another version of it." : ""}`
      : "";
    const model = new Comparison();
    try {
      if (ours) model.set_exercise(this.ws.exercise);
      model.add_team(work.team, JSON.stringify(work.scenario), work.exercise);
      const sheet = model.sheet(0);
      $("received-summary").textContent = sheet.summary;
      renderSequence($("received-sequence"), sheet.sequence);
    } catch (err) {
      showError(`This sequence could not be projected: ${describe(err)}`);
    } finally {
      model.free();
    }
    $("received-add").disabled = false;
    return true;
  }

  add() {
    try {
      const outcome = this.ws.addTeam(this.work);
      announce(outcome === "replaced" ? `${this.work.team}'s earlier sequence was replaced.` : `${this.work.team} was added to the comparison.`);
      this.onAdded();
    } catch (err) {
      showError(`${this.work.team} could not be added: ${describe(err)}`);
    }
  }
}

/** Writes a sequence (from a debrief sheet) as a list: "Month 6 · Sectoral easing — …". */
export function renderSequence(list, sequence) {
  list.replaceChildren(
    ...sequence.map((item) => {
      const li = el("li", `sequence-item role-${item.role}`);
      const month = el("span", "sequence-month", `Month ${item.month}`);
      const what = el("strong", null, item.label);
      li.append(month, " ", what, ` (${item.who.toLowerCase()}), ${item.detail}`);
      if (item.headline) li.append(el("span", "sequence-headline", ` — news: “${item.headline}”`));
      return li;
    }),
  );
}
