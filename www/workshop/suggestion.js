// "What the model would have suggested", on the debrief's summary: the explorer's "Suggest a
// better order" run on the exercise's starting scenario (with its news), moving only the steps
// the teams could move and aiming where the ranking aims, so a room can set the model's answer
// beside its own sequences. The search runs in a worker of its own (suggestion-worker.js), on
// the workshop's module, so the page keeps answering meanwhile; it shows the search's
// progress, and ends the worker to cancel.
// An answer is kept for what it was made for (the exercise's version, the steps held fixed and
// the aim) and dropped when the exercise's model inputs change.
//
// Its numbers are the answer's own, as the search reports them (on fresh futures), then every
// sequence measured as the ranking measures the teams, so the suggestion reads beside them.

import { Comparison } from "../pkg/relief_workshop.js";
import { describe, el } from "../shared/dom.js";
import { announce } from "./common.js";
import { markChanges, renderSequence } from "./received.js";

/** How many points of breakdown risk one point of recovery is worth when the ranking does not
 * say (it weighs no breakdown risk): the search's own default. */
const DEFAULT_RECOVERY_WEIGHT = 0.5;
/** The most the search lets a point of recovery weigh against a point of risk. */
const MAX_RECOVERY_WEIGHT = 10;
/** The names the suggestion's own comparison gives the two sequences it measures. */
const START_NAME = "The starting scenario";
const SUGGESTED_NAME = "The model's suggestion";

export class DebriefSuggestion {
  /**
   * @param {object} o
   * @param {object} o.workshop the workshop's catalog (its locks and the ranking's weights)
   * @param {object} o.workspace the facilitator's workspace
   */
  constructor({ workshop, workspace }) {
    this.workshop = workshop;
    this.ws = workspace;
    /** Answers by what they were made for (see `context`), all for one exercise version. */
    this.cache = new Map();
    this.version = null;
    /** The search under way: `{key, worker, fraction, evaluations}`, or null. */
    this.running = null;
    /** What went wrong with the last search, and what it was for: `{key, text}`, or null. */
    this.error = null;
    /** The lock the facilitator chose to keep to, when the teams' locks differ. */
    this.lockChoice = null;
    this.ranking = null;
    this.root = el("section", "debrief-block debrief-suggestion");
    this.root.setAttribute("aria-labelledby", "debrief-suggestion-title");
    // A change anywhere can change what the search is for (the exercise, a team's lock, the
    // ranking's weights): a search for something else stops, and an exercise with other model
    // inputs drops every answer kept.
    this.ws.onChange(() => {
      if (this.running || this.cache.size || this.error) this.sync(this.context());
    });
  }

  /**
   * What a search would be for now: the exercise expanded, the scenario searched (the starting
   * scenario with every inject, as the teams are measured), the locks the teams play under and
   * the one kept to, the aim, the worker's options and the key an answer is kept by. Null
   * while the set-up has problems.
   */
  context() {
    const expanded = this.ws.checked().ok;
    if (!expanded) return null;
    const scenario = expanded.reference;
    const horizon = scenario.horizon_months;
    const locks = teamLocks(expanded.exercise.teams, this.workshop.locks);
    const chosen = locks.find((l) => l.lock.key === this.lockChoice) ?? locks[0];
    // A step of a kind the lock does not let a team change stays where the exercise put it.
    const allowed = new Set(chosen?.lock.kinds ?? []);
    const locked = scenario.steps.flatMap((step, i) => (allowed.has(step.kind) ? [] : [i]));
    const aim = aimOf(weightsOf(this.ws.settings.weights, this.workshop.ranking_weights), horizon);
    const options = { ...aim.options, month: horizon, locked };
    return { expanded, scenario, locks, chosen, locked, aim, options, key: JSON.stringify([expanded.version, options]) };
  }

  /** Drops what no longer applies to `ctx`: every answer of another exercise version, and a
   * search or an error made for something else. */
  sync(ctx) {
    const version = ctx?.expanded.version ?? null;
    if (version !== this.version) {
      this.cache.clear();
      this.version = version;
    }
    if (this.error && this.error.key !== ctx?.key) this.error = null;
    if (this.running && this.running.key !== ctx?.key) {
      this.stop();
      announce("The search stopped: what it was for changed (the exercise, a team's lock or the ranking's weights).");
      this.draw(ctx);
    }
  }

  /** The section as it stands, beside the summary's `ranking` of the teams (null without
   * teams). The section is one element kept across the debrief's
   * redraws, so a search under way keeps showing its progress. */
  element(ranking) {
    this.ranking = ranking;
    const ctx = this.context();
    this.sync(ctx);
    this.draw(ctx);
    return this.root;
  }

  /** Redraws the section from its state. */
  draw(ctx = this.context()) {
    const root = this.root;
    const title = el("h4", null, "What the model would have suggested");
    title.id = "debrief-suggestion-title";
    root.replaceChildren(title);
    this.bar = null;
    this.tried = null;
    if (!ctx) {
      root.dataset.state = "unavailable";
      root.append(el("p", "muted no-print", "The exercise's set-up has problems, so there is nothing to search yet: fix them in Set up."));
      return;
    }
    const answer = this.cache.get(ctx.key) ?? null;
    const running = this.running?.key === ctx.key ? this.running : null;
    const error = this.error?.key === ctx.key ? this.error : null;
    root.dataset.state = answer ? "answered" : running ? "running" : error ? "error" : "idle";
    // A clear answer prints on a sheet of its own; "no clear improvement" is a few lines.
    if (answer) root.dataset.clear = String(answer.result.clear);
    else delete root.dataset.clear;
    root.append(el("p", "hint debrief-suggestion-about", aboutText(ctx)));
    if (ctx.locks.length > 1) root.append(this.lockField(ctx, !!running));

    if (!answer) {
      const actions = el("p", "actions no-print");
      const run = el("button", "primary", "Suggest an order");
      run.type = "button";
      run.id = "debrief-suggest-run";
      run.disabled = !!running;
      run.addEventListener("click", () => this.run());
      actions.append(run);
      if (running) {
        const cancel = el("button", null, "Cancel");
        cancel.type = "button";
        cancel.id = "debrief-suggest-cancel";
        cancel.addEventListener("click", () => this.cancel());
        actions.append(cancel);
      }
      root.append(actions);
    }
    if (running) {
      const progress = el("p", "debrief-suggestion-progress no-print");
      const label = el("label", null, "Searching");
      label.htmlFor = "debrief-suggest-bar";
      const bar = el("progress");
      bar.id = "debrief-suggest-bar";
      bar.max = 1;
      bar.value = running.fraction;
      this.bar = bar;
      this.tried = el("span", "debrief-suggestion-tried", triedText(running.evaluations));
      progress.append(label, " ", bar, " ", this.tried);
      root.append(progress);
    }
    if (error) {
      const box = el("p", "debrief-suggestion-error", error.text);
      box.setAttribute("role", "alert");
      root.append(box);
    }
    if (answer) root.append(this.answerBlock(ctx, answer));
  }

  /** The choice of lock to keep to, when the teams play under different ones. */
  lockField(ctx, disabled) {
    const p = el("p", "debrief-suggestion-lock no-print");
    const label = el("label", null, "Move only what these teams could change");
    label.htmlFor = "debrief-suggest-lock";
    const select = el("select");
    select.id = "debrief-suggest-lock";
    select.disabled = disabled;
    for (const { lock, teams } of ctx.locks) {
      const option = el("option", null, `${lock.label} (${teams.join(", ")})`);
      option.value = lock.key;
      select.append(option);
    }
    select.value = ctx.chosen.lock.key;
    select.addEventListener("change", () => {
      this.lockChoice = select.value;
      this.draw();
      document.getElementById("debrief-suggest-lock")?.focus();
    });
    p.append(label, " ", select);
    return p;
  }

  /** Starts the search for what `context` says now, in a new worker. */
  run() {
    const ctx = this.context();
    if (!ctx) return;
    this.stop();
    this.error = null;
    let worker;
    try {
      worker = new Worker(new URL("./suggestion-worker.js", import.meta.url), { type: "module" });
    } catch (err) {
      this.fail(ctx.key, `No suggestion could be made: the search could not start (${describe(err)}).`);
      return;
    }
    const running = { key: ctx.key, worker, fraction: 0, evaluations: 0 };
    this.running = running;
    performance.mark("relief:debrief-suggest-start");
    worker.addEventListener("message", (event) => {
      if (this.running !== running) return;
      const m = event.data ?? {};
      if (m.type === "progress") {
        running.fraction = Number.isFinite(m.fraction) ? m.fraction : running.fraction;
        running.evaluations = Number.isFinite(m.evaluations) ? m.evaluations : running.evaluations;
        if (this.bar) this.bar.value = running.fraction;
        if (this.tried) this.tried.textContent = triedText(running.evaluations);
      } else if (m.type === "done") {
        this.stop();
        this.answered(ctx, m.result);
      } else {
        this.stop();
        this.fail(ctx.key, `No suggestion could be made: ${m.message ?? "the search gave no reason"}.`);
      }
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      if (this.running !== running) return;
      this.stop();
      const why = event.message ? ` (${event.message})` : "";
      this.fail(ctx.key, `No suggestion could be made: the search stopped unexpectedly${why}.`);
    });
    worker.addEventListener("messageerror", () => {
      if (this.running !== running) return;
      this.stop();
      this.fail(ctx.key, "No suggestion could be made: the search's answer could not be read.");
    });
    worker.postMessage({ scenario: JSON.stringify(ctx.scenario), options: ctx.options });
    this.draw(ctx);
    document.getElementById("debrief-suggest-cancel")?.focus();
    announce("Searching for a better order of the starting scenario…");
  }

  /** Ends the search under way, if any. */
  stop() {
    this.running?.worker.terminate();
    this.running = null;
  }

  cancel() {
    if (!this.running) return;
    this.stop();
    this.draw();
    announce("Search cancelled.");
    document.getElementById("debrief-suggest-run")?.focus();
  }

  /** Says what went wrong, in the section. */
  fail(key, text) {
    this.error = { key, text };
    this.draw();
    document.getElementById("debrief-suggest-run")?.focus();
  }

  /** Keeps a search's answer, once it is known to be whole, and shows it. */
  answered(ctx, result) {
    try {
      checkAnswer(result, ctx);
    } catch (err) {
      this.fail(ctx.key, `The search's answer could not be used: ${describe(err)}.`);
      return;
    }
    performance.measure("relief:debrief-suggest", "relief:debrief-suggest-start");
    this.cache.set(ctx.key, { result });
    // Focus was on Cancel, which goes with the search: it moves to the verdict, unless the
    // facilitator has since gone on elsewhere.
    const active = document.activeElement;
    const here = !active || active === document.body || this.root.contains(active);
    this.draw(ctx);
    if (here) this.root.querySelector(".debrief-suggestion-verdict")?.focus({ preventScroll: true });
    announce(result.clear ? `${result.text} ${result.moves.map((m) => m.text).join("; ")}.` : result.text);
  }

  /** The answer: its verdict in its own words, and for a clear improvement what it changes,
   * its outcomes, the sequences beside the teams' and the suggested sequence. */
  answerBlock(ctx, { result }) {
    const block = el("div", "debrief-suggestion-answer");
    const verdict = el("p", "debrief-suggestion-verdict", result.text);
    // Focus lands on the verdict when the answer arrives, since the buttons go.
    verdict.tabIndex = -1;
    block.append(verdict);
    if (!result.clear) {
      // The search's words speak to the explorer's reader of "yours": here that is the start.
      block.append(el("p", "muted debrief-suggestion-note", "The order it compares with is the exercise's starting scenario, where every team began."));
      return block;
    }

    const parts = el("div", "debrief-suggestion-parts");
    const moves = el("div");
    moves.append(el("h5", null, "What it changes"));
    const moveList = el("ul", "debrief-suggestion-moves");
    for (const move of result.moves) moveList.append(el("li", null, move.text));
    moves.append(moveList);
    const outcomes = el("div");
    outcomes.append(el("h5", null, "On the fresh futures it was checked on (the start → the suggestion)"));
    const outcomeList = el("ul", "debrief-suggestion-outcomes");
    for (const outcome of result.outcomes) {
      const li = el("li", null, outcome.text);
      li.dataset.key = outcome.key;
      outcomeList.append(li);
    }
    outcomes.append(outcomeList);
    parts.append(moves, outcomes);
    block.append(parts);

    // Both sequences measured as the ranking measures the teams: the exercise's own futures
    // and news, the same four numbers and the same score.
    let model;
    try {
      model = new Comparison();
      model.set_theme("light");
      model.set_exercise(this.ws.exercise);
      model.add_team(START_NAME, JSON.stringify(ctx.scenario), ctx.expanded.version, undefined);
      model.add_team(SUGGESTED_NAME, JSON.stringify(result.scenario), ctx.expanded.version, undefined);
      const own = model.ranking(this.ws.settings.weights);
      block.append(this.besideTable(own), this.sequenceBlock(model));
    } catch (err) {
      const box = el("p", "debrief-suggestion-error", `The suggestion could not be set beside the teams: ${describe(err)}.`);
      box.setAttribute("role", "alert");
      block.append(box);
    } finally {
      model?.free();
    }
    return block;
  }

  /** The suggestion, the starting scenario and every team, by the ranking's four numbers and
   * score. */
  besideTable(own) {
    const section = el("div", "debrief-suggestion-beside");
    section.append(el("h5", null, "Beside the teams"));
    const table = el("table", "ranking debrief-suggestion-table");
    table.append(
      el("caption", null, "Every sequence measured as the ranking measures the teams: on the exercise's own simulated futures, with its news, and scored with the ranking's weights (lower breakdown risk is better, and more of the rest). The numbers above come from other, fresh futures, so they differ a little."),
    );
    const head = el("tr");
    const th = (text) => {
      const cell = el("th", null, text);
      cell.scope = "col";
      return cell;
    };
    head.append(th("Sequence"), th("Score out of 100 (± one standard error)"));
    for (const c of own.criteria) head.append(th(c.label));
    const thead = el("thead");
    thead.append(head);
    const tbody = el("tbody");
    const byIndex = new Map(own.rows.map((r) => [r.index, r]));
    const rows = [
      [byIndex.get(1), "suggested"],
      [byIndex.get(0), "start"],
      ...(this.ranking?.rows ?? []).map((r) => [r, "team"]),
    ];
    for (const [row, kind] of rows) {
      if (!row) continue;
      const tr = el("tr", `beside-${kind}`);
      tr.dataset.sequence = kind;
      const name = el("th", "team", kind === "team" ? row.name : kind === "suggested" ? "The model's suggestion" : "The starting scenario");
      name.scope = "row";
      tr.append(name, el("td", "score", row.score_text));
      for (const c of own.criteria) {
        const td = el("td", "number", row.texts[c.key]);
        td.dataset.criterion = c.key;
        tr.append(td);
      }
      tbody.append(tr);
    }
    table.append(thead, tbody);
    const wrap = el("div", "table-wrap");
    wrap.append(table);
    section.append(wrap);
    return section;
  }

  /** The suggested sequence, written as the teams' are, with the steps it moved marked. */
  sequenceBlock(model) {
    const block = el("div", "debrief-sequence debrief-suggestion-sequence");
    block.append(el("h5", null, "The suggested sequence"));
    const sheet = model.sheet(1);
    const ol = el("ol", "sequence-list");
    renderSequence(ol, sheet.sequence);
    const changes = model.changes(1);
    if (changes?.length) {
      markChanges(ol, sheet.sequence, changes);
      block.append(el("p", "hint debrief-key", "Steps the model moved from where the exercise started them are marked “Moved” (or “Changed”)."));
    }
    block.append(ol);
    return block;
  }
}

/** The locks the exercise's teams play under, each once, in the teams' order, with the teams
 * under it: `[{lock, teams}]`, `lock` the catalog's `{key, label, kinds}`. */
function teamLocks(teams, catalogLocks) {
  const byKey = new Map(catalogLocks.map((l) => [l.key, l]));
  const found = new Map();
  for (const team of teams) {
    const lock = byKey.get(team.lock) ?? byKey.get("everything") ?? catalogLocks[0];
    if (!found.has(lock.key)) found.set(lock.key, { lock, teams: [] });
    found.get(lock.key).teams.push(team.name);
  }
  return [...found.values()];
}

/** The ranking's weights: those kept when they can be read, otherwise the defaults. */
function weightsOf(kept, { weights, max }) {
  const out = {};
  for (const { key, default: fallback } of weights) {
    const value = kept?.[key];
    out[key] = typeof value === "number" && value >= 0 && value <= max ? value : fallback;
  }
  if (Object.values(out).every((w) => w === 0)) for (const { key, default: fallback } of weights) out[key] = fallback;
  return out;
}

/**
 * The search's aim, as close to the ranking's as the search can come: the ranking weighs
 * breakdown risk, trust, recovery and leverage; the search can aim at breakdown risk alone, or
 * at breakdown risk less a weight times recovery. A ranking of breakdown risk alone is the
 * first exactly. Otherwise the second, with recovery weighed against risk as the ranking weighs
 * them (the search's own default when the ranking weighs no risk); trust and leverage, which
 * the search cannot aim at, are said to be left out.
 */
function aimOf(weights, horizon) {
  const { breakdown_risk: risk, economy, trust, leverage } = weights;
  const riskWords = `the risk of breakdown by month ${horizon}`;
  if (risk > 0 && !economy && !trust && !leverage) {
    return { options: { objective: "breakdown" }, words: `${riskWords}, which is all the ranking weighs` };
  }
  const ratio = risk > 0 && economy > 0 ? Math.min(MAX_RECOVERY_WEIGHT, Math.round((economy / risk) * 100) / 100) : DEFAULT_RECOVERY_WEIGHT;
  const how = risk > 0 && economy > 0 ? ` (the ranking weighs recovery ${weightText(economy)} to risk's ${weightText(risk)})` : "";
  const left = [trust ? "trust" : null, leverage ? "leverage" : null].filter(Boolean);
  const leftOut = left.length ? `; the ranking also weighs ${left.join(" and ")}, which the search cannot aim at` : "";
  return {
    options: { objective: "score", recovery_weight: ratio },
    words: `${riskWords} less ${weightText(ratio)} times the economic recovery averaged over the months${how}${leftOut}`,
  };
}

function weightText(w) {
  return String(Math.round(w * 100) / 100);
}

/** What the search does, for this exercise, in words. */
function aboutText(ctx) {
  const total = ctx.scenario.steps.length;
  const fixed = ctx.locked.length;
  const lock = ctx.chosen?.lock;
  const who = listText(ctx.chosen?.teams ?? []) || "the teams";
  let held;
  if (!fixed) held = "Every step may move, as the teams could move every step.";
  else if (fixed === total) held = `No step may move: ${who} could change none of the starting scenario's steps.`;
  else held = `${fixed} of the ${total} steps stay where the exercise put them, since ${who} could change ${lock.label.toLowerCase()}.`;
  return `The model tries other months for the starting scenario's steps, with the exercise's news, aiming at ${ctx.aim.words}. It checks the best order it finds on fresh simulated futures and suggests nothing unless the gain is more than twice the noise. ${held}`;
}

/** "A", "A and B", "A, B and C". */
function listText(names) {
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : (names[0] ?? "");
}

function triedText(evaluations) {
  return evaluations ? `${evaluations.toLocaleString("en")} orders tried…` : "starting…";
}

/** Throws, saying what is wrong, unless `result` is a whole answer for `ctx` that moved none of
 * the steps held fixed. */
function checkAnswer(result, ctx) {
  if (!result || typeof result !== "object") throw new Error("there was no answer");
  if (typeof result.text !== "string" || !result.text) throw new Error("it says nothing");
  if (typeof result.clear !== "boolean" || !Array.isArray(result.moves) || !Array.isArray(result.outcomes)) {
    throw new Error("it is not in the expected shape");
  }
  if (!result.clear) return;
  const steps = result.scenario?.steps;
  if (!Array.isArray(steps) || steps.length !== ctx.scenario.steps.length) throw new Error("its sequence does not have the starting scenario's steps");
  if (!result.moves.length || result.moves.some((m) => typeof m?.text !== "string")) throw new Error("it does not say what it changes");
  if (result.outcomes.some((o) => typeof o?.text !== "string")) throw new Error("its outcomes are not in words");
  for (const i of ctx.locked) {
    const [was, now] = [ctx.scenario.steps[i], steps[i]];
    if (now.kind !== was.kind || now.month !== was.month) throw new Error(`it moved a step the teams could not change (step ${i + 1}, ${was.kind.replaceAll("_", " ")})`);
  }
}
