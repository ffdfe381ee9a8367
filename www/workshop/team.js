// A team's view of an exercise (workshop.html#w3.…): pick the team, then build its sequence on
// the explorer's view (shared/explorer-view.js: its timeline, charts and update loop),
// restricted by the team's lock: locked steps stay visible and readable but cannot be moved,
// changed or removed, and the palette offers only what the team may add. "Hand back" gives the
// facilitator a link, a file and a QR code (a hand-back opened is received.js). In a live
// room (workshop.html#r1.…, see live/member.js) the team is the one its link names, every
// device of the team edits the same sequence, and the facilitator sees it as it changes.

import { Explorer, count_runs, exercise_from_link, read_exercise_document, validate, palette as readPalette, team_code, team_file, team_link } from "../pkg/relief_workshop.js";
import * as S from "../shared/state.js";
import { $, el, describe, showError, clearError, saveFile, slug } from "../shared/dom.js";
import { ExplorerView } from "../shared/explorer-view.js";
import { EnsemblePool } from "../shared/ensemble-pool.js";
import { LiveStrip } from "../shared/strip.js";
import { icon } from "../shared/icons.js";
import { formatLevel, t } from "../shared/i18n.js";
import { announce, addressOf, copyLink, messageWith, showQr, readStored, writeStored } from "./common.js";

const TEAM_KEY = "relief-sequencer:workshop-team:v1";

export class TeamView {
  constructor({ catalog, workshop, workspace, onFacilitate }) {
    this.catalog = catalog;
    this.workshop = workshop;
    this.ws = workspace;
    this.onFacilitate = onFacilitate;
    this.kinds = new Map();
    for (const k of catalog.steps) this.kinds.set(`steps:${k.key}`, k);
    for (const k of catalog.shocks) this.kinds.set(`shocks:${k.key}`, k);
    this.locks = new Map(workshop.locks.map((l) => [l.key, l]));
    this.exercise = null;
    this.team = null;
    this.allowed = new Set();
    /** The explorer's view of the team's sequence, built the first time a team starts. */
    this.view = null;

    $("team-facilitate").addEventListener("click", () => this.facilitate());
    $("team-switch").addEventListener("click", () => this.showPicker());
    $("team-handback").addEventListener("click", () => this.handBack());
    // On a phone the hand-back is far below the charts: the banner's button goes there.
    $("team-jump-handback").addEventListener("click", () => {
      $("team-handback-heading").scrollIntoView({ block: "start" });
      $("team-handback").focus({ preventScroll: true });
    });
    $("team-link-copy").addEventListener("click", (e) => copyLink(this.teamAddress(), $("team-link"), e.currentTarget));
    $("team-download").addEventListener("click", () => this.download());
    $("team-start-over").addEventListener("click", () => {
      if (confirm(t("ws-team-start-over-confirm"))) {
        this.commit(this.live ? this.liveScenario(this.exercise.team_start.steps) : S.copy(this.exercise.team_start), null);
        announce(t("ws-team-started-over"));
      }
    });
  }

  /** Opens the exercise in the link's fragment. Returns false when it cannot be read. */
  open(fragment) {
    let expanded;
    try {
      expanded = exercise_from_link(fragment);
    } catch (err) {
      showError(t("ws-team-link-unreadable", { error: describe(err) }));
      return false;
    }
    clearError();
    this.leaveLive();
    const same = this.exercise?.version === expanded.version;
    this.showExercise(expanded);
    const x = expanded.exercise;
    this.renderChoices();
    const remembered = readStored(`${TEAM_KEY}:${expanded.version}:chosen`) ?? readStored(`${TEAM_KEY}:${expanded.id}:chosen`);
    if (same && this.team) this.startTeam(this.team.name);
    else if (typeof remembered === "string" && x.teams.some((t) => t.name === remembered)) this.startTeam(remembered);
    else this.showPicker();
    return true;
  }

  /** Shows an exercise's title and briefing. */
  showExercise(expanded) {
    this.exercise = expanded;
    const x = expanded.exercise;
    $("exercise-title").textContent = x.title || t("ws-team-untitled");
    $("team-heading").textContent = x.title || t("ws-team-untitled");
    $("team-briefing").textContent = x.briefing;
    $("team-briefing").hidden = !x.briefing;
  }

  // ---------------------------------------------------------------- a live room

  /**
   * Joins a live room from its team link (`r1.` and the team's token). Resolves false when the
   * link cannot be read or the room cannot be reached at all.
   */
  async openLive(fragment) {
    this.leaveLive();
    clearError();
    $("team-picker-panel").hidden = true;
    $("team-workspace").hidden = true;
    $("team-heading").textContent = t("ws-team-live-joining");
    $("team-briefing").hidden = true;
    this.setLiveStatus("connecting");
    let member;
    try {
      const { LiveMember } = await import("./live/member.js");
      member = new LiveMember({
        token: fragment.slice(3),
        onExercise: (text) => this.liveExercise(text),
        onSteps: () => this.liveSteps(),
        onNews: (released) => this.liveNews(released),
        onStatus: (status, unsynced) => this.setLiveStatus(status, unsynced),
        onRefused: (why) => showError(t("ws-team-live-refused", { reason: why })),
      });
      this.live = member;
      await member.join();
    } catch (err) {
      if (member) member.close();
      this.live = null;
      $("team-live").hidden = true;
      showError(t("ws-team-live-failed", { error: describe(err) }));
      return false;
    }
    // The exercise and the news were handed over as the room answered (see LiveMember.join).
    if (this.live === member && !member.exerciseText) $("team-heading").textContent = t("ws-team-live-waiting");
    return true;
  }

  leaveLive() {
    if (!this.live) return;
    this.live.close();
    this.live = null;
    this.news = [];
    $("team-live").hidden = true;
    $("team-live-news").hidden = true;
    $("team-switch").hidden = false;
  }

  /** Says whether this device reaches the room, and whether edits wait to be sent. */
  setLiveStatus(status, unsynced = 0) {
    const line = $("team-live");
    line.hidden = false;
    line.dataset.status = status;
    let text;
    if (status === "connected") text = t("ws-team-live-connected");
    else if (status === "connecting") text = t("ws-team-live-connecting");
    // Before the team's sequence has arrived there is nothing to keep working on.
    else if (!this.live?.ready) text = t("ws-team-live-no-answer");
    else text = t("ws-team-live-offline", { waiting: unsynced });
    line.textContent = text;
  }

  /** The exercise the facilitator published, first or changed: the team starts, or goes on. */
  liveExercise(text) {
    let expanded;
    try {
      expanded = read_exercise_document(text);
    } catch (err) {
      showError(t("ws-team-live-exercise-unreadable", { error: describe(err) }));
      return;
    }
    const team = expanded.exercise.teams[this.live.team];
    this.showExercise(expanded);
    if (!team) {
      showError(t("ws-team-live-no-team", { number: this.live.team + 1 }));
      return;
    }
    clearError();
    $("team-switch").hidden = true;
    this.startTeam(team.name);
  }

  /** The exercise's start with the team's live steps and the news sent so far. */
  liveScenario(steps) {
    const start = this.exercise.team_start;
    const shocks = [...start.shocks];
    for (const { inject } of this.news ?? []) {
      const shock = { kind: inject.kind, month: inject.month, size: inject.size };
      if (!shocks.some((s) => s.kind === shock.kind && s.month === shock.month && s.size === shock.size)) shocks.push(shock);
    }
    return { ...S.copy(start), steps: S.copy(steps), shocks };
  }

  /** Another device of the team changed the sequence. */
  liveSteps() {
    if (!this.view || !this.team) return;
    if (this.view.change.held) {
      // Not under a finger or a pointer mid-drag: taken in when the chip is let go.
      this.stepsWaiting = true;
      return;
    }
    this.stepsWaiting = false;
    const steps = this.live.take();
    if (JSON.stringify(steps) !== JSON.stringify(this.scenario.steps)) this.commit(this.liveScenario(steps), this.view.state.selected, "remote");
  }

  /** The news the facilitator has sent: on the timeline as shocks, and said once each. */
  liveNews(released) {
    const before = new Set((this.news ?? []).map((r) => r.index));
    this.news = released.filter((r) => r && Number.isInteger(r.index) && r.inject && typeof r.inject.kind === "string");
    const fresh = this.news.filter((r) => !before.has(r.index));
    const list = $("team-live-news");
    list.replaceChildren(
      ...this.news.map(({ inject }) => {
        // The headline only: an inject's text is the facilitator's notes.
        const li = el("li");
        li.append(...messageWith("ws-team-news-item", { month: inject.month }, "headline", el("strong", null, inject.headline || t("ws-team-news-untitled"))));
        return li;
      }),
    );
    list.hidden = !this.news.length;
    if (fresh.length) {
      const headlines = fresh.map((r) => r.inject.headline || t("ws-team-news-untitled")).join(t("ws-team-news-separator"));
      announce(t("ws-team-news-said", { headlines }));
    }
    if (this.view && this.team && this.exercise) {
      const next = this.liveScenario(this.scenario.steps);
      if (JSON.stringify(next.shocks) !== JSON.stringify(this.scenario.shocks)) this.commit(next, this.view.state.selected, "remote");
    }
  }

  renderChoices() {
    const x = this.exercise.exercise;
    const box = $("team-choices");
    box.replaceChildren(
      ...x.teams.map((team, i) => {
        const button = el("button", "team-choice");
        button.type = "button";
        const name = el("strong", null, team.name);
        const lock = el("span", "muted", this.locks.get(team.lock)?.label ?? team.lock);
        button.append(name, lock);
        button.id = `team-choice-${i}`;
        button.addEventListener("click", () => this.startTeam(team.name));
        return button;
      }),
    );
  }

  showPicker() {
    $("team-picker-panel").hidden = false;
    $("team-workspace").hidden = true;
    $("team-choices").querySelector("button")?.focus({ preventScroll: true });
  }

  /** Where a team's sequence is kept: under the exercise's version, so the facilitator fixing
   * a typo in the exercise does not lose a team's work. `legacy` is where it was kept before
   * exercises had versions (under the whole content's identifier). */
  storageKey(name, legacy = false) {
    return `${TEAM_KEY}:${legacy ? this.exercise.id : this.exercise.version}:${name.trim().toLowerCase()}`;
  }

  startTeam(name) {
    const team = this.exercise.exercise.teams.find((t) => t.name === name);
    if (!team) return;
    this.team = team;
    writeStored(`${TEAM_KEY}:${this.exercise.version}:chosen`, name);
    const lock = this.locks.get(team.lock);
    this.allowed = new Set(lock?.kinds ?? []);
    $("team-name").textContent = team.name;
    $("team-lock").textContent = lock?.description ?? "";
    const x = this.exercise.exercise;
    const sealed = !x.teams_see_injects && x.injects.length > 0;
    $("team-news-note").hidden = !sealed;
    $("team-news-note").textContent = sealed ? t("ws-team-news-sealed", { count: x.injects.length }) : "";
    $("team-picker-panel").hidden = true;
    $("team-workspace").hidden = false;
    this.build();
    // In a live room the team's sequence is the room's: the first device to start puts the
    // exercise's steps there.
    const start = this.live ? this.liveScenario(this.live.steps(S.copy(this.exercise.team_start.steps))) : (this.storedWork(name) ?? S.copy(this.exercise.team_start));
    const previous = this.view.explorer;
    this.view.useExplorer(new Explorer());
    this.strip.attach(this.view.explorer);
    previous.free();
    // The exercise's start is the baseline the team's changes are drawn against.
    this.view.explorer.set_scenario(JSON.stringify(this.exercise.team_start));
    this.renderPalette();
    $("team-handback-body").hidden = true;
    $("team-summary").textContent = "";
    this.commit(start, null);
    announce(t("ws-team-you-are", { team: team.name }));
  }

  /** The team's sequence kept on this device, if it can still be read; one that cannot is set
   * aside (never deleted) and the team starts from the exercise's scenario. */
  storedWork(name) {
    const isScenario = (v) => v && typeof v === "object" && Array.isArray(v.steps);
    let key = this.storageKey(name);
    let stored = readStored(key, isScenario);
    if (!stored) {
      key = this.storageKey(name, true);
      stored = readStored(key, isScenario);
    }
    if (!stored) return null;
    try {
      validate(stored);
      return stored;
    } catch (err) {
      writeStored(`${key}:rescued`, stored);
      showError(t("ws-team-stored-unreadable", { error: describe(err) }));
      return null;
    }
  }

  /** Builds the view (the timeline, the charts and the update loop) once, the first time a team starts. */
  build() {
    if (this.view) return;
    // A locked chip is hatched and carries a padlock; the key shows both.
    const locked = () => {
      const mark = el("span", "key-locked");
      mark.setAttribute("aria-hidden", "true");
      const both = el("span", "key-locked-pair");
      both.append(mark, icon("locked"));
      return both;
    };
    // The workers fetch the workshop's module themselves (the browser has it cached by now).
    const pool = new EnsemblePool({ glue: new URL("../pkg/relief_workshop.js", import.meta.url).href, module: null, countHere: count_runs });
    this.view = new ExplorerView({
      explorer: new Explorer(),
      pool,
      catalog: this.catalog,
      readPalette,
      ids: {
        timeline: "team-timeline",
        scroller: "team-timeline-scroller",
        hint: "team-timeline-hint",
        lockedNote: "team-locked-note",
        charts: "team-charts",
        readout: "team-readout",
        summary: "team-summary",
        warnings: "team-warnings",
        key: "team-key",
        palette: "team-palette",
      },
      key: [[locked, t("ws-team-key-locked")]],
      isLocked: (ref, item) => this.isLocked(ref.list, item),
      on: {
        render: (scenario) => {
          this.renderEditor();
          $("team-add-month").max = String(S.horizonOf(scenario) - 1);
        },
        select: () => this.renderEditor(),
        edit: () => $("team-editor-month")?.focus(),
        pick: (month) => {
          $("team-add-month").value = String(Math.min(month, S.horizonOf(this.scenario) - 1));
        },
        commit: (scenario) => {
          writeStored(this.storageKey(this.team.name), scenario);
          this.live?.write(scenario.steps);
        },
        // On a phone, small copies of the main charts follow a change made while they are out of sight.
        change: (lines) => this.strip?.update(lines),
        // A change from another device that came in mid-drag is taken in once the chip is let go.
        hold: (held) => {
          if (!held && this.stepsWaiting) this.liveSteps();
        },
        // The hand-back link follows the sequence once it is shown.
        settle: () => {
          if (!$("team-handback-body").hidden) this.renderHandBack();
        },
        error: (err) => showError(t("ws-team-model-failed", { error: describe(err) })),
      },
    });
    this.strip = new LiveStrip({ view: this.view, charts: $("team-charts") });
  }

  /** The team's sequence now. */
  get scenario() {
    return this.view.state.scenario;
  }

  commit(next, selected, how) {
    this.view.commit(next, selected, how);
  }

  isLocked(list, item) {
    return list === "shocks" || !this.allowed.has(item.kind);
  }

  renderPalette() {
    const groups = $("team-palette-groups");
    groups.replaceChildren();
    for (const lane of this.catalog.lanes) {
      const kinds = this.catalog.steps.filter((k) => k.lane === lane.key && this.allowed.has(k.key));
      if (!kinds.length) continue;
      const group = el("section", `palette-group lane-${lane.key}`);
      const h = el("h4", null, lane.label);
      const ul = el("ul");
      for (const kind of kinds) {
        const li = el("li");
        const button = el("button", `palette-item role-${kind.role}`);
        button.type = "button";
        button.append(el("span", "palette-name", kind.label), el("span", "palette-why", kind.explanation));
        button.addEventListener("click", () => {
          const [next, ref] = S.addItem(this.scenario, "steps", kind.key, Number($("team-add-month").value) || 0);
          $("team-palette").open = false;
          this.commit(next, ref);
          this.view.timeline.focusItem(ref);
        });
        li.append(button);
        ul.append(li);
      }
      group.append(h, ul);
      groups.append(group);
    }
  }

  // ---------------------------------------------------------------- the selected step

  renderEditor() {
    const box = $("team-editor");
    const ref = this.view.state.selected;
    const item = S.itemAt(this.scenario, ref);
    if (!item) {
      if (box.dataset.state !== "empty") {
        box.dataset.state = "empty";
        box.replaceChildren(el("p", "hint", t("ws-team-editor-empty")));
      }
      return;
    }
    const kind = this.kinds.get(`${ref.list}:${item.kind}`);
    const locked = this.isLocked(ref.list, item);
    const state = `${ref.list}:${ref.index}:${item.kind}:${locked}`;
    if (box.dataset.state !== state) {
      box.dataset.state = state;
      box.replaceChildren(...this.editorFields(ref, item, kind, locked));
    }
    if (locked) {
      $("team-editor-facts").textContent = facts(ref.list, item, kind);
      return;
    }
    const month = $("team-editor-month");
    month.max = String(S.horizonOf(this.scenario) - 1);
    if (document.activeElement !== month) month.value = String(item.month);
    const size = item.size ?? kind?.default_size ?? 0.5;
    const range = $("team-editor-size");
    if (Number(range.value) !== size) range.value = String(size);
    $("team-editor-size-value").value = formatLevel(size);
    $("team-editor-conditional").checked = !!item.conditional;
    $("team-editor-transparent").checked = !!item.transparent;
  }

  editorFields(ref, item, kind, locked) {
    const what = el("p", "editor-what");
    const who = ref.list === "shocks" ? t("ws-team-editor-shock") : t("ws-team-editor-actor", { actor: kind?.actor_label ?? "" });
    what.append(el("strong", null, kind?.label ?? item.kind), " ", el("span", "muted", who));
    const nodes = [what, el("p", "hint", kind?.explanation ?? "")];
    if (locked) {
      const note = el("p", "locked-badge");
      note.append(ref.list === "shocks" ? t("ws-team-editor-shock-locked") : t("ws-team-editor-locked", { lock: this.team.lock }));
      const factsLine = el("p", "editor-facts");
      factsLine.id = "team-editor-facts";
      nodes.push(note, factsLine);
      return nodes;
    }
    const change = (field, value) => {
      const next =
        field === "month"
          ? S.moveItem(this.scenario, ref, value)
          : S.setItemField(this.scenario, ref, field, field === "size" || value ? value : undefined);
      this.commit(next, ref);
    };
    const month = fieldBox("team-editor-month", t("ws-team-editor-month"), "input");
    month.input.type = "number";
    month.input.min = "0";
    month.input.inputMode = "numeric";
    month.input.addEventListener("change", () => {
      if (month.input.value !== "") change("month", Number(month.input.value));
    });
    const size = fieldBox("team-editor-size", t("ws-team-editor-size"), "input");
    size.input.type = "range";
    size.input.min = "0";
    size.input.max = "1";
    size.input.step = "0.05";
    const out = el("output");
    out.id = "team-editor-size-value";
    out.htmlFor = size.input.id;
    size.box.append(out);
    size.input.addEventListener("input", () => {
      out.value = formatLevel(Number(size.input.value));
      change("size", Number(size.input.value));
    });
    const flags = el("div", "field checks");
    const check = (id, label, note, field) => {
      const l = el("label");
      const box = el("input");
      box.type = "checkbox";
      box.id = id;
      box.addEventListener("change", () => change(field, box.checked));
      l.append(box, ` ${label} `, el("span", "muted", note));
      return l;
    };
    flags.append(
      check("team-editor-conditional", t("ws-team-editor-conditional"), t("ws-team-editor-conditional-note"), "conditional"),
      check("team-editor-transparent", t("ws-team-editor-transparent"), t("ws-team-editor-transparent-note"), "transparent"),
    );
    const del = el("button", "danger", t("ws-team-editor-delete"));
    del.type = "button";
    del.addEventListener("click", () => this.view.remove(ref));
    nodes.push(month.box, size.box, flags, del);
    return nodes;
  }

  // ---------------------------------------------------------------- hand back

  work() {
    return {
      format: "relief-team/1",
      team: this.team.name,
      exercise: this.exercise.version,
      exercise_title: this.exercise.exercise.title,
      scenario: this.scenario,
      // The exercise travels with the sequence, so any device can compare it.
      exercise_document: this.exercise.exercise,
    };
  }

  teamAddress() {
    return addressOf(team_link(this.work()));
  }

  handBack() {
    try {
      this.renderHandBack();
    } catch (err) {
      showError(t("ws-team-handback-failed", { error: describe(err) }));
      return;
    }
    $("team-handback-body").hidden = false;
    $("team-link").focus();
    $("team-link").select();
    announce(t("ws-team-handback-ready"));
  }

  renderHandBack() {
    const address = this.teamAddress();
    $("team-link").value = address;
    const reason = showQr($("team-qr"), address);
    $("team-qr").closest("figure").hidden = !!reason;
    if (reason) showError(t("ws-team-no-qr", { reason }));
    renderCode($("team-code"), $("team-code-note"), team_code(this.exercise.exercise, this.work()));
  }

  download() {
    try {
      const text = team_file(this.work());
      saveFile(text, `${slug(this.exercise.exercise.title, "exercise")}-${slug(this.team.name, "team")}.json`, "application/json");
      announce(t("ws-team-downloading"));
    } catch (err) {
      showError(t("ws-team-file-failed", { error: describe(err) }));
    }
  }

  facilitate() {
    const x = this.exercise.exercise;
    const current = this.ws.exercise;
    const different = current && JSON.stringify(current) !== JSON.stringify(x);
    if (different && this.ws.teams.length && !confirm(t("ws-team-facilitate-confirm"))) return;
    this.ws.source = "link";
    this.ws.setExercise(structuredClone(x), "link");
    this.onFacilitate();
  }
}

/** A locked step's month, size and how it is made, in one line. */
function facts(list, item, kind) {
  return t("ws-team-editor-facts", {
    month: item.month,
    size: item.size ?? kind?.default_size ?? 0.5,
    conditional: list === "steps" && item.conditional ? "yes" : "no",
    transparent: list === "steps" && item.transparent ? "yes" : "no",
  });
}

function fieldBox(id, label, tag) {
  const box = el("div", "field");
  const l = el("label", null, label);
  l.htmlFor = id;
  const input = el(tag);
  input.id = id;
  box.append(l, input);
  return { box, input };
}

/**
 * Shows a team's short code (for typing on the facilitator's screen where no link can be sent)
 * in `box`, or says in `note` why this sequence has none.
 */
export function renderCode(box, note, code) {
  box.textContent = code ?? "";
  box.closest(".team-code").hidden = !code;
  note.textContent = code ? t("ws-team-code-note") : t("ws-team-no-code");
}
