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

import { Comparison, catalog as readCatalog } from "../pkg/relief_workshop.js";
import { describe, el } from "../shared/dom.js";
import { has, lang, moduleWords, t } from "../shared/i18n.js";
import { announce } from "./common.js";
import { markChanges, renderSequence } from "./received.js";

/** How many points of breakdown risk one point of recovery is worth when the ranking does not
 * say (it weighs no breakdown risk): the search's own default. */
const DEFAULT_RECOVERY_WEIGHT = 0.5;
/** The most the search lets a point of recovery weigh against a point of risk. */
const MAX_RECOVERY_WEIGHT = 10;

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
      announce(t("ws-suggest-stopped"));
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
    const title = el("h4", null, t("ws-suggest-heading"));
    title.id = "debrief-suggestion-title";
    root.replaceChildren(title);
    this.bar = null;
    this.tried = null;
    if (!ctx) {
      root.dataset.state = "unavailable";
      root.append(el("p", "muted no-print", t("ws-suggest-unavailable")));
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
      const run = el("button", "primary", t("ws-suggest-run"));
      run.type = "button";
      run.id = "debrief-suggest-run";
      run.disabled = !!running;
      run.addEventListener("click", () => this.run());
      actions.append(run);
      if (running) {
        const cancel = el("button", null, t("ws-suggest-cancel"));
        cancel.type = "button";
        cancel.id = "debrief-suggest-cancel";
        cancel.addEventListener("click", () => this.cancel());
        actions.append(cancel);
      }
      root.append(actions);
    }
    if (running) {
      const progress = el("p", "debrief-suggestion-progress no-print");
      const label = el("label", null, t("ws-suggest-searching"));
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
    const label = el("label", null, t("ws-suggest-lock-label"));
    label.htmlFor = "debrief-suggest-lock";
    const select = el("select");
    select.id = "debrief-suggest-lock";
    select.disabled = disabled;
    for (const { lock, teams } of ctx.locks) {
      const option = el("option", null, t("ws-suggest-lock-option", { lock: lock.label, teams: teams.join(t("ws-suggest-list-separator")) }));
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
      worker = new Worker(new URL("../workshop/suggestion-worker.js", import.meta.url), { type: "module" });
    } catch (err) {
      this.fail(ctx.key, t("ws-suggest-failed-start", { reason: describe(err) }));
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
        this.fail(ctx.key, m.message ? t("ws-suggest-failed", { reason: m.message }) : t("ws-suggest-failed-silent"));
      }
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      if (this.running !== running) return;
      this.stop();
      this.fail(ctx.key, event.message ? t("ws-suggest-failed-unexpectedly-why", { reason: event.message }) : t("ws-suggest-failed-unexpectedly"));
    });
    worker.addEventListener("messageerror", () => {
      if (this.running !== running) return;
      this.stop();
      this.fail(ctx.key, t("ws-suggest-unreadable"));
    });
    // The worker's module is a fresh one: it is handed the reader's words, so the answer it
    // writes is in the page's language.
    worker.postMessage({ scenario: JSON.stringify(ctx.scenario), options: ctx.options, words: moduleWords() });
    this.draw(ctx);
    document.getElementById("debrief-suggest-cancel")?.focus();
    announce(t("ws-suggest-started"));
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
    announce(t("ws-suggest-cancelled"));
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
      this.fail(ctx.key, t("ws-suggest-unusable", { reason: describe(err) }));
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
    const moves = result.moves.map((m) => m.text).join(t("ws-suggest-move-separator"));
    announce(result.clear ? t("ws-suggest-announce", { result: result.text, moves }) : result.text);
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
      block.append(el("p", "muted debrief-suggestion-note", t("ws-suggest-note")));
      return block;
    }

    const parts = el("div", "debrief-suggestion-parts");
    const moves = el("div");
    moves.append(el("h5", null, t("ws-suggest-changes-heading")));
    const moveList = el("ul", "debrief-suggestion-moves");
    for (const move of result.moves) moveList.append(el("li", null, move.text));
    moves.append(moveList);
    const outcomes = el("div");
    outcomes.append(el("h5", null, t("ws-suggest-outcomes-heading")));
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
      model.add_team(t("ws-suggest-start"), JSON.stringify(ctx.scenario), ctx.expanded.version, undefined);
      model.add_team(t("ws-suggest-suggested"), JSON.stringify(result.scenario), ctx.expanded.version, undefined);
      const own = model.ranking(this.ws.settings.weights);
      block.append(this.besideTable(own), this.sequenceBlock(model));
    } catch (err) {
      const box = el("p", "debrief-suggestion-error", t("ws-suggest-beside-failed", { reason: describe(err) }));
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
    section.append(el("h5", null, t("ws-suggest-beside-heading")));
    const table = el("table", "ranking debrief-suggestion-table");
    table.append(el("caption", null, `${t("ws-suggest-beside-caption")} ${t("ws-suggest-beside-caption-note")}`));
    const head = el("tr");
    const th = (text) => {
      const cell = el("th", null, text);
      cell.scope = "col";
      return cell;
    };
    head.append(th(t("ws-suggest-col-sequence")), th(t("ws-compare-col-score")));
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
      const name = el("th", "team", kind === "team" ? row.name : t(kind === "suggested" ? "ws-suggest-suggested" : "ws-suggest-start"));
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
    block.append(el("h5", null, t("ws-suggest-sequence-heading")));
    const sheet = model.sheet(1);
    const ol = el("ol", "sequence-list");
    renderSequence(ol, sheet.sequence);
    const changes = model.changes(1);
    if (changes?.length) {
      markChanges(ol, sheet.sequence, changes);
      block.append(el("p", "hint debrief-key", t("ws-suggest-changes-key")));
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
 * the search cannot aim at, are said to be left out. `sentence` says so.
 */
function aimOf(weights, horizon) {
  const { breakdown_risk: risk, economy, trust, leverage } = weights;
  if (risk > 0 && !economy && !trust && !leverage) {
    return { options: { objective: "breakdown" }, sentence: () => t("ws-suggest-about-risk", { month: horizon }) };
  }
  const weighed = risk > 0 && economy > 0;
  const ratio = weighed ? Math.min(MAX_RECOVERY_WEIGHT, Math.round((economy / risk) * 100) / 100) : DEFAULT_RECOVERY_WEIGHT;
  const left = trust && leverage ? "both" : trust ? "trust" : leverage ? "leverage" : "none";
  const args = { month: horizon, ratio: rounded(ratio), weighed: weighed ? "yes" : "no", economy: rounded(economy), risk: rounded(risk), left };
  return { options: { objective: "score", recovery_weight: ratio }, sentence: () => t("ws-suggest-about-score", args) };
}

/** A weight as the words give it: to two decimals at most. */
function rounded(w) {
  return Math.round(w * 100) / 100;
}

/** What the search does, for this exercise, in words. */
function aboutText(ctx) {
  const total = ctx.scenario.steps.length;
  const fixed = ctx.locked.length;
  const lock = ctx.chosen?.lock;
  const teams = listText(ctx.chosen?.teams ?? []) || t("ws-suggest-the-teams");
  let held;
  if (!fixed) held = t("ws-suggest-held-none");
  else if (fixed === total) held = t("ws-suggest-held-all", { teams });
  else held = t("ws-suggest-held-some", { fixed, total, teams, lock: lock.label.toLocaleLowerCase(lang()) });
  return [ctx.aim.sentence(), t("ws-suggest-about-check"), held].join(" ");
}

/** "A", "A and B", "A, B and C". */
function listText(names) {
  if (names.length < 2) return names[0] ?? "";
  return t("ws-suggest-list-last", { rest: names.slice(0, -1).join(t("ws-suggest-list-separator")), last: names[names.length - 1] });
}

function triedText(evaluations) {
  return evaluations ? t("ws-suggest-tried", { count: evaluations }) : t("ws-suggest-starting");
}

/** Throws, saying what is wrong, unless `result` is a whole answer for `ctx` that moved none of
 * the steps held fixed. */
function checkAnswer(result, ctx) {
  const fault = (id, args) => new Error(t(`ws-suggest-answer-${id}`, args));
  if (!result || typeof result !== "object") throw fault("none");
  if (typeof result.text !== "string" || !result.text) throw fault("silent");
  if (typeof result.clear !== "boolean" || !Array.isArray(result.moves) || !Array.isArray(result.outcomes)) {
    throw fault("shape");
  }
  if (!result.clear) return;
  const steps = result.scenario?.steps;
  if (!Array.isArray(steps) || steps.length !== ctx.scenario.steps.length) throw fault("steps");
  if (!result.moves.length || result.moves.some((m) => typeof m?.text !== "string")) throw fault("no-moves");
  if (result.outcomes.some((o) => typeof o?.text !== "string")) throw fault("no-words");
  for (const i of ctx.locked) {
    const [was, now] = [ctx.scenario.steps[i], steps[i]];
    if (now.kind !== was.kind || now.month !== was.month) throw fault("locked", { step: i + 1, kind: stepName(was.kind) });
  }
}

/** A step's name in lower case, for a clause: from the language's catalogue, else (in English)
 * from the model's own catalog; its key spelled out when neither knows it. */
function stepName(kind) {
  const id = `model-step-${kind}`;
  const name = has(id) ? t(id) : readCatalog().steps.find((step) => step.key === kind)?.label;
  return name ? name.toLocaleLowerCase(lang()) : kind.replaceAll("_", " ");
}
