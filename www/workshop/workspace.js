// The facilitator's workspace: the exercise being set up (kept even while it has problems, so
// nothing typed is lost), the sequences the teams handed back, and the play settings. It lives
// in this browser's local storage and is the one state the facilitator's views are drawn from.

import { Comparison, read_exercise_document } from "../pkg/relief_workshop.js";
import { describe } from "../shared/dom.js";
import { t, withoutIsolationMarks } from "../shared/i18n.js";
import { readStored, writeStored } from "./common.js";
import { exampleBriefing } from "./briefing.js";

const KEY = "relief-sequencer:workshop:v1";
/** The most teams a comparison holds (the charts' distinct line styles). */
export const MAX_TEAMS = 8;

/** A team's name as the set-up gives it: "Team A", "Team B"… (`letter` may carry a number
 * after the 26th: "Team A1"). */
export function teamName(letter) {
  // A name is data the facilitator edits and teams are matched by, not text laid out.
  return withoutIsolationMarks(t("ws-workspace-team-name", { letter }));
}

/** A first exercise to start from: the explorer's opening scenario, the fewest teams an
 * exercise has and one piece of news, so a facilitator sees every part filled in, adds what
 * the room needs and has little to clear. Its words are in the page's language: once made,
 * they are the facilitator's to change. */
export function exampleExercise(scenario) {
  return {
    format: "relief-exercise/1",
    title: t("ws-workspace-example-title"),
    briefing: exampleBriefing(scenario.horizon_months ?? 48),
    scenario,
    teams: [
      { name: teamName("A"), lock: "everything" },
      { name: teamName("B"), lock: "everything" },
    ],
    injects: [
      {
        month: 12,
        kind: "spoiler_attack",
        size: 0.6,
        headline: t("ws-workspace-example-headline"),
        text: t("ws-workspace-example-text"),
      },
    ],
    teams_see_injects: true,
  };
}

function isWorkspace(v) {
  return v && typeof v === "object" && typeof v.exercise === "object" && Array.isArray(v.teams);
}

export class Workspace {
  constructor(defaultScenario) {
    const stored = readStored(KEY, isWorkspace);
    this.exercise = stored?.exercise ?? exampleExercise(defaultScenario);
    this.source = stored?.source ?? "default";
    this.teams = (stored?.teams ?? []).filter((team) => team && typeof team.name === "string" && team.scenario);
    this.settings = { projector: false, speed: 800, playFocus: -1, ...(stored?.settings ?? {}) };
    this.version = 0;
    this.listeners = new Set();
    // The example is kept at once, so the presenter window and a reload see the same exercise.
    if (!stored) this.save();
  }

  save() {
    writeStored(KEY, { exercise: this.exercise, source: this.source, teams: this.teams, settings: this.settings });
  }

  /** Calls `fn(what)` after every change ("exercise", "teams" or "settings"). */
  onChange(fn) {
    this.listeners.add(fn);
  }

  changed(what) {
    this.version += 1;
    if (this.batching) {
      this.batched = what;
      return;
    }
    this.save();
    for (const fn of this.listeners) fn(what);
  }

  /** Runs `fn`, which may make several changes, and tells the listeners once. */
  batch(fn) {
    this.batching = true;
    this.batched = null;
    try {
      return fn();
    } finally {
      this.batching = false;
      if (this.batched) this.changed(this.batched);
    }
  }

  setExercise(exercise, source = this.source) {
    this.exercise = exercise;
    this.source = source;
    this.changed("exercise");
  }

  /** The exercise expanded by the model ({exercise, id, team_start, reference}), or null with
   * the reason when the set-up still has problems. */
  checked() {
    try {
      return { ok: read_exercise_document(this.exercise), error: null };
    } catch (err) {
      return { ok: null, error: describe(err) };
    }
  }

  /**
   * Adds a team's hand-back (a relief-team/1 document). A team handing back again replaces its
   * earlier sequence; so does a team `formerly` named otherwise (a live team the set-up renamed),
   * in its place. Returns "added" or "replaced"; throws when the comparison is full.
   */
  addTeam(work, { formerly = null } = {}) {
    const keyOf = (name) => name.trim().toLowerCase();
    const key = keyOf(work.team);
    const entry = { name: work.team.trim(), scenario: work.scenario, exercise_id: work.exercise ?? "", played: work.exercise_document ?? null };
    let at = this.teams.findIndex((team) => keyOf(team.name) === key);
    if (at < 0 && formerly) at = this.teams.findIndex((team) => keyOf(team.name) === keyOf(formerly));
    if (at >= 0) {
      this.teams[at] = entry;
      this.changed("teams");
      return "replaced";
    }
    if (this.teams.length >= MAX_TEAMS) {
      throw new Error(t("ws-workspace-full", { max: MAX_TEAMS, team: entry.name }));
    }
    this.teams.push(entry);
    this.changed("teams");
    return "added";
  }

  removeTeam(index) {
    this.teams.splice(index, 1);
    if (this.settings.playFocus >= this.teams.length) this.settings.playFocus = -1;
    this.changed("teams");
  }

  setting(name, value) {
    this.settings[name] = value;
    this.changed("settings");
  }
}

/**
 * Projects the workspace: a Comparison (wasm) with the exercise, when its set-up is sound, and
 * every team that can be compared. `teams[i]` is the model's index of the workspace's team i,
 * or -1 with the reason in `problems`.
 */
export function buildComparison(ws, theme) {
  const model = new Comparison();
  model.set_theme(theme);
  const checked = ws.checked();
  if (checked.ok) model.set_exercise(ws.exercise);
  const names = [];
  const teams = [];
  const problems = [];
  for (const team of ws.teams) {
    try {
      teams.push(model.add_team(team.name, JSON.stringify(team.scenario), team.exercise_id ?? "", team.played ?? undefined));
      names.push(team.name);
    } catch (err) {
      teams.push(-1);
      problems.push(t("ws-workspace-team-problem", { team: team.name, error: describe(err) }));
    }
  }
  return { model, names, teams, problems, expanded: checked.ok, exerciseError: checked.error };
}
