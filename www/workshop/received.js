// A team's hand-back opened on any device (workshop.html#t3.…): the team's sequence and
// numbers, and a button that adds it to this device's comparison.

import { Comparison, team_code, team_from_link } from "../pkg/relief_workshop.js";
import { $, el, describe, showError, clearError } from "../shared/dom.js";
import { lang, t } from "../shared/i18n.js";
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
      showError(t("ws-received-link-failed", { reason: describe(err) }));
      return false;
    }
    clearError();
    this.work = work;
    const carried = work.exercise_document ?? null;
    const title = work.exercise_title || carried?.title || "";
    $("exercise-title").textContent = title || t("ws-received-untitled");
    $("received-heading").textContent = t("ws-received-heading", { team: work.team });
    this.place = this.placeOnThisDevice(work);
    // The exercise's name, then where the sequence stands on this device: a sentence each.
    const about = [title ? t("ws-received-for", { title }) : null];
    if (this.place !== "ours") about.push(t(`ws-received-${this.place}`));
    $("received-about").textContent = about.filter(Boolean).join(" ");
    $("received-add").textContent = t(this.place === "adopt" ? "ws-received-add-adopt" : "ws-received-add");
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
      showError(t("ws-received-project-failed", { reason: describe(err) }));
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
        announce(`${t("ws-received-now-facilitates", { title: work.exercise_document.title })} ${t("ws-received-added", { team: work.team })}`);
      } else {
        outcome = this.ws.addTeam(work);
        announce(t(outcome === "replaced" ? "ws-received-replaced" : "ws-received-added", { team: work.team }));
      }
      this.onAdded();
    } catch (err) {
      showError(t("ws-received-add-failed", { team: work.team, reason: describe(err) }));
    }
  }
}

/** Writes a sequence (from a debrief sheet) as a list: "Month 6 · Sectoral easing — …". */
export function renderSequence(list, sequence) {
  list.replaceChildren(
    ...sequence.map((item) => {
      const li = el("li", `sequence-item role-${item.role}`);
      const month = el("span", "sequence-month", t("ws-received-month", { month: item.month }));
      const what = el("strong", null, item.label);
      // The item's place in its scenario travels with it, for what marks or checks it.
      li.dataset.list = item.list;
      li.dataset.index = String(item.index);
      li.dataset.month = String(item.month);
      li.append(month, " ", what, t("ws-received-item-detail", { who: item.who.toLocaleLowerCase(lang()), detail: item.detail }));
      if (item.headline) li.append(el("span", "sequence-headline", t("ws-received-item-news", { headline: item.headline })));
      return li;
    }),
  );
}

/** The word that marks a changed item in a sequence, by the kind of change ("moved", "added"
 * or "changed"). */
function changeTag(kind) {
  return t(`ws-received-tag-${kind}`);
}

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
    li.prepend(el("span", "change-tag", changeTag(change.kind)), " ");
  });
}
