// A team's hand-back opened on any device (workshop.html#t2.…): the team's sequence and
// numbers, and a button that adds it to this device's comparison.

import { Comparison, team_code, team_from_link } from "../pkg/relief_workshop.js";
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
    const carried = work.exercise_document ?? null;
    const title = work.exercise_title || carried?.title || "";
    $("exercise-title").textContent = title || "Workshop exercise";
    $("received-heading").textContent = `${work.team} handed back its sequence`;
    this.place = this.placeOnThisDevice(work);
    const about = title ? `For the exercise “${title}”.` : "";
    $("received-about").textContent = {
      ours: about,
      adopt: `${about} This device has no teams yet: adding the sequence sets the exercise up here, from the copy its link carries.`.trim(),
      other: `${about} This device compares another exercise; the sequence is compared against the exercise it played, which its link carries.`.trim(),
      unknown: `${about} Its link does not carry its exercise, and this device has another one set up (or none), so it is compared without the exercise's injects.`.trim(),
    }[this.place];
    $("received-add").textContent =
      this.place === "adopt" ? "Set up this exercise here and add the sequence" : "Add to the comparison on this device";
    const model = new Comparison();
    try {
      if (this.place === "ours") model.set_exercise(this.ws.exercise);
      else if (carried) model.set_exercise(carried);
      model.add_team(work.team, JSON.stringify(work.scenario), work.exercise, carried ?? undefined);
      const sheet = model.sheet(0);
      $("received-summary").textContent = sheet.summary;
      renderSequence($("received-sequence"), sheet.sequence);
      // A phone that scanned the team's QR can pass it on to the projector by its short code.
      const exercise = this.place === "ours" ? this.ws.exercise : carried;
      const code = exercise ? team_code(exercise, work) : undefined;
      $("received-code").textContent = code ?? "";
      document.querySelector(".received-code").hidden = !code;
    } catch (err) {
      showError(`This sequence could not be projected: ${describe(err)}`);
    } finally {
      model.free();
    }
    $("received-add").disabled = false;
    return true;
  }

  /**
   * Where a hand-back stands on this device: "ours" when it answers the exercise set up here
   * (any version whose inputs are the same), "adopt" when this device has no teams yet and the
   * hand-back carries another exercise (adding it sets that exercise up here), "other" when
   * this device compares teams of another exercise, "unknown" when the hand-back does not say.
   */
  placeOnThisDevice(work) {
    const checked = this.ws.checked().ok;
    if (checked && work.exercise && (checked.version === work.exercise || checked.id === work.exercise)) return "ours";
    if (!work.exercise_document) return "unknown";
    return this.ws.teams.length ? "other" : "adopt";
  }

  add() {
    const work = this.work;
    try {
      let outcome;
      if (this.place === "adopt") {
        // One change: the exercise and its first team arrive together, so the comparison is
        // projected once.
        outcome = this.ws.batch(() => {
          this.ws.setExercise(structuredClone(work.exercise_document), "link");
          return this.ws.addTeam(work);
        });
        announce(`This device now facilitates “${work.exercise_document.title}”. ${work.team} was added to the comparison.`);
      } else {
        outcome = this.ws.addTeam(work);
        announce(outcome === "replaced" ? `${work.team}'s earlier sequence was replaced.` : `${work.team} was added to the comparison.`);
      }
      this.onAdded();
    } catch (err) {
      showError(`${work.team} could not be added: ${describe(err)}`);
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
      // The item's place in its scenario travels with it, for what marks or checks it.
      li.dataset.list = item.list;
      li.dataset.index = String(item.index);
      li.dataset.month = String(item.month);
      li.append(month, " ", what, ` (${item.who.toLowerCase()}), ${item.detail}`);
      if (item.headline) li.append(el("span", "sequence-headline", ` — news: “${item.headline}”`));
      return li;
    }),
  );
}

/** The words that mark a changed item in a sequence, by the kind of change. */
const CHANGE_TAGS = { moved: "Moved", added: "Added", changed: "Changed" };

/** Marks the items of a rendered sequence list that differ from the exercise's start, with a
 * word (not only a style, since debriefs are often printed in black and white). Items and list
 * entries are in the same order; changes name items by their list and index. */
export function markChanges(ol, sequence, changes) {
  const byItem = new Map(changes.filter((c) => c.index !== null).map((c) => [`${c.list}:${c.index}`, c]));
  sequence.forEach((item, n) => {
    const change = byItem.get(`${item.list}:${item.index}`);
    const li = ol.children[n];
    if (!change || !li) return;
    li.classList.add("changed");
    li.dataset.change = change.kind;
    li.prepend(el("span", "change-tag", CHANGE_TAGS[change.kind]), " ");
  });
}
