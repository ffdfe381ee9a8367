// The facilitator's comparison: teams' hand-backs come in as pasted links or dropped files,
// their projections are drawn over each other (each team in its own colour and dash pattern,
// named in the legend), and a table ranks them by a weighted score of breakdown risk, trust,
// economic recovery and leverage kept (the facilitator sets the weights; teams within noise of
// each other share a place), with the sequencing checker's remarks for each.

import { palette as readPalette, read_team, team_code, team_from_code, team_styles } from "../pkg/relief_workshop.js";
import { swatch } from "../shared/icons.js";
import { $, el, describe } from "../shared/dom.js";
import { language, t, tAttr } from "../shared/i18n.js";
import { currentTheme } from "../shared/theme.js";
import { announce, bindTeamSeries, buildFigures, fillLegends, fillSequenceChoice, teamSeries } from "./common.js";
import { buildComparison } from "./workspace.js";

export class CompareView {
  constructor({ catalog, workshop, workspace }) {
    this.catalog = catalog;
    this.workshop = workshop;
    this.ws = workspace;
    this.built = null;
    this.version = -1;
    this.theme = null;
    this.figures = null;
    this.sortKey = null;
    this.visible = false;

    $("compare-add").addEventListener("click", () => this.addFromText());
    $("compare-files-button").addEventListener("click", () => $("compare-files").click());
    $("compare-files").addEventListener("change", async (e) => {
      await this.addFiles([...e.target.files]);
      e.target.value = "";
    });
    $("compare-focus").addEventListener("change", (e) => {
      this.focus = Number(e.target.value);
      this.draw();
    });
    new ResizeObserver(() => this.visible && this.draw()).observe($("compare-charts"));
    bindTeamSeries($("compare-team-series"), { catalog, workspace, view: this });
    this.buildWeights();
  }

  show() {
    this.visible = true;
    this.refresh();
  }

  hide() {
    this.visible = false;
  }

  /** Projects the workspace again when it changed (or the theme did), then redraws. */
  refresh() {
    const theme = currentTheme();
    if (this.version !== this.ws.version || this.theme !== theme) {
      this.version = this.ws.version;
      this.theme = theme;
      this.built?.model.free();
      this.built = buildComparison(this.ws, theme);
      if (!this.figures) {
        this.figures = buildFigures({
          root: $("compare-charts"),
          catalog: this.catalog,
          model: this.built.model,
          prefix: "compare",
          describeChart: (chart) => t("ws-compare-chart", { title: chart.title, description: chart.description }),
        });
      } else {
        for (const { chart, canvas } of this.figures.values()) this.built.model.attach(chart.key, canvas);
      }
      if (this.focus === undefined || this.focus >= this.built.names.length) this.focus = -1;
      this.renderTeams();
      this.renderRanking();
    }
    this.draw();
  }

  draw() {
    if (!this.visible || !this.built) return;
    const { model, names } = this.built;
    model.set_focus(this.focus);
    const series = teamSeries(this.ws);
    model.set_team_series(series);
    $("compare-team-series").value = series;
    $("compare-team-series").closest(".field").hidden = !names.length;
    const theme = this.theme;
    fillLegends(this.figures, {
      catalog: this.catalog,
      palette: readPalette(theme),
      styles: team_styles(theme),
      teams: names,
      focusName: model.focus_name() || t("ws-compare-starting-scenario"),
      focusTypes: model.focus_types(),
      teamSeries: series,
    });
    try {
      model.draw_all(undefined, undefined);
    } catch (err) {
      this.problems([t("ws-compare-draw-failed", { reason: describe(err) })]);
    }
  }

  // ---------------------------------------------------------------- the teams

  renderTeams() {
    const { names, teams, problems, model } = this.built;
    const styles = team_styles(this.theme);
    const list = $("compare-teams");
    const ranking = model.ranking();
    const remarksOf = new Map((ranking?.rows ?? []).map((r) => [r.index, r.remarks]));
    const codeOf = teamCodes(this.ws);
    list.replaceChildren(
      ...this.ws.teams.map((team, i) => {
        const li = el("li", "team-item");
        const index = teams[i];
        if (index >= 0) li.append(swatch({ kind: "line", color: styles[index].colour, dash: styles[index].dash }));
        li.append(el("span", "team-item-name", team.name));
        const remarks = index >= 0 ? remarksOf.get(index) ?? [] : [];
        if (index < 0) li.append(el("span", "team-item-note bad", t("ws-compare-cannot-compare")));
        else if (remarks.length) li.append(el("span", "team-item-note bad", t("ws-compare-remarks", { count: remarks.length })));
        // A phone that collected the teams passes each on to the projector by its code.
        const code = index >= 0 ? codeOf(team) : undefined;
        if (code) {
          const shown = el("span", "team-item-code", code);
          shown.setAttribute("aria-label", t("ws-compare-team-code", { team: team.name, code: code.split("").join(" ") }));
          li.append(shown);
        }
        const remove = el("button", "remove", t("ws-compare-remove"));
        remove.type = "button";
        remove.setAttribute("aria-label", tAttr("ws-compare-remove", "aria-label", { team: team.name }));
        remove.addEventListener("click", () => {
          this.ws.removeTeam(i);
          announce(t("ws-compare-removed", { team: team.name }));
          const buttons = list.querySelectorAll("button.remove");
          (buttons[Math.min(i, buttons.length - 1)] ?? $("compare-input")).focus();
        });
        li.append(remove);
        return li;
      }),
    );
    $("compare-empty").hidden = this.ws.teams.length > 0;
    const notes = [...problems];
    if (!this.built.expanded) {
      notes.unshift(t("ws-compare-setup-problems", { problem: this.built.exerciseError.split("\n")[0] }));
    }
    this.problems(notes);

    const select = $("compare-focus");
    const options = fillSequenceChoice(select, model, names);
    if (!model.has_reference() && this.focus < 0) this.focus = 0;
    select.value = String(this.focus);
    select.closest(".field").hidden = options.length < 2;
  }

  problems(lines) {
    const box = $("compare-problems");
    box.replaceChildren();
    if (!lines.length) {
      box.hidden = true;
      return;
    }
    const ul = el("ul");
    for (const line of lines) ul.append(el("li", null, line));
    box.append(ul);
    box.hidden = false;
  }

  addFromText() {
    const input = $("compare-input");
    const lines = input.value.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (!lines.length) {
      input.focus();
      return;
    }
    const kept = [];
    const problems = [];
    const added = [];
    // One projection of every team after all the lines, not one per line.
    this.ws.batch(() =>
      lines.forEach((line, n) => {
        try {
          const work = looksLikeCode(line) ? team_from_code(this.ws.exercise, line) : read_team(line, "");
          this.ws.addTeam(work);
          added.push(work.team);
        } catch (err) {
          kept.push(line);
          problems.push(t("ws-compare-line-problem", { line: n + 1, reason: describe(err) }));
        }
      }),
    );
    // What could not be read stays in the box, so nothing pasted is lost.
    input.value = kept.join("\n");
    this.afterAdding(added, problems);
    if (problems.length) input.focus();
  }

  /** Reads dropped or chosen files, each a team's hand-back or a scenario. */
  async addFiles(files) {
    const added = [];
    const problems = [];
    const read = [];
    for (const file of files) {
      if (file.size > 1 << 20) {
        problems.push(t("ws-compare-file-too-big", { file: file.name, size: Math.round(file.size / 1024) }));
        continue;
      }
      try {
        read.push([file, await file.text()]);
      } catch (err) {
        problems.push(t("ws-compare-file-problem", { file: file.name, reason: describe(err) }));
      }
    }
    this.ws.batch(() => {
      for (const [file, text] of read) {
        try {
          const work = read_team(text, file.name.replace(/\.json$/i, "").replace(/\.relief-team$/i, ""));
          this.ws.addTeam(work);
          added.push(work.team);
        } catch (err) {
          problems.push(t("ws-compare-file-problem", { file: file.name, reason: describe(err) }));
        }
      }
    });
    this.afterAdding(added, problems);
  }

  afterAdding(added, problems) {
    this.refresh();
    if (problems.length) this.problems([...problems, ...(this.built?.problems ?? [])]);
    if (added.length) announce(t("ws-compare-added", { teams: added.join(t("ws-compare-name-separator")) }));
  }

  // ---------------------------------------------------------------- the ranking

  /** The four weight fields, from the catalog's criteria, filled with the kept weights. */
  buildWeights() {
    const { weights, max } = this.workshop.ranking_weights;
    this.weightFields = new Map();
    const fields = weights.map(({ key, label }) => {
      const field = el("div", "field");
      const input = el("input");
      Object.assign(input, { type: "number", id: `ranking-weight-${key}`, min: "0", max: String(max), step: "0.5", inputMode: "decimal" });
      input.dataset.weight = key;
      const name = el("label", null, label);
      name.htmlFor = input.id;
      field.append(name, input);
      input.addEventListener("input", () => this.weightsEdited(false));
      input.addEventListener("change", () => this.weightsEdited(true));
      this.weightFields.set(key, { input, label });
      return field;
    });
    $("ranking-weight-fields").replaceChildren(...fields);
    $("ranking-weights-reset").addEventListener("click", () => {
      this.fillWeights(null);
      this.weightsEdited(true, t("ws-compare-weights-reset-done"));
    });
    this.fillWeights(this.ws.settings.weights);
  }

  /** Shows `weights` in the fields (the defaults for null). */
  fillWeights(weights) {
    for (const { key, default: fallback } of this.workshop.ranking_weights.weights) {
      const value = weights?.[key];
      this.weightFields.get(key).input.value = String(typeof value === "number" ? value : fallback);
    }
  }

  /**
   * Reads the weight fields: keeps them in the workspace and ranks again when they are sound,
   * otherwise says what to fix and leaves the ranking as it was. `settled` (the field was left
   * or the defaults restored) tells a screen reader the new order.
   */
  weightsEdited(settled, message = null) {
    const weights = {};
    const problems = [];
    for (const [key, { input, label }] of this.weightFields) {
      const value = input.value.trim() === "" ? NaN : Number(input.value);
      const max = this.workshop.ranking_weights.max;
      const bad = !(value >= 0 && value <= max);
      input.setAttribute("aria-invalid", String(bad));
      if (bad) problems.push(t("ws-compare-weight-invalid", { criterion: label, max }));
      weights[key] = value;
    }
    if (!problems.length && Object.values(weights).every((w) => w === 0)) {
      problems.push(t("ws-compare-weights-all-zero"));
    }
    const box = $("ranking-weights-problem");
    box.textContent = problems.join(" ");
    box.hidden = !problems.length;
    if (problems.length) return;
    // A change of weights only ranks again: the teams' projections stay as they are.
    const current = this.version === this.ws.version;
    this.ws.setting("weights", weights);
    if (current) this.version = this.ws.version;
    if (!this.built) return;
    const ranking = this.renderRanking();
    if (settled && ranking) {
      const first = ranking.rows.filter((r) => r.place === 1).map((r) => r.name);
      const teams = first.join(t("ws-compare-name-separator"));
      announce(`${message ?? t("ws-compare-ranking-follows")} ${t("ws-compare-ranking-first", { teams, count: first.length })}`);
    } else if (message) announce(message);
  }

  /** The ranking under the kept weights; kept weights that cannot be read are named, and the
   * defaults used instead. */
  ranking() {
    const problem = $("ranking-weights-problem");
    try {
      return this.built.model.ranking(this.ws.settings.weights);
    } catch (err) {
      problem.textContent = t("ws-compare-weights-unreadable", { reason: describe(err) });
      problem.hidden = false;
      return this.built.model.ranking(undefined);
    }
  }

  renderRanking() {
    const wrap = $("ranking-wrap");
    const ranking = this.ranking();
    if (!ranking) {
      wrap.replaceChildren(el("p", "hint", t("ws-compare-ranking-empty")));
      return;
    }
    wrap.replaceChildren(rankingTable(ranking, this.built.names.length, {
      sortKey: this.sortKey,
      onSort: (key) => {
        this.sortKey = this.sortKey === key ? null : key;
        this.renderRanking();
        wrap.querySelector(`button[data-sort="${this.sortKey ?? "place"}"]`)?.focus();
      },
    }));
    return ranking;
  }
}

/** A team's overall place as the table shows it: "=2nd" when it shares it with others. */
export function placeText(row) {
  const place = ordinalText(row.place);
  return row.tied ? t("ws-compare-place-tied", { place }) : place;
}

/** A place on one of the four numbers, as it follows the number: " (2nd)". */
export function numberPlaceText(place) {
  return t("ws-compare-number-place", { place: ordinalText(place) });
}

let ordinals = null;

/** A place in words: "1st", "2nd"… The message picks the ending by the place's ordinal
 * category in the page's language ("one" for 1st, "two" for 2nd, "few" for 3rd in English). */
function ordinalText(place) {
  const locale = language()?.locale ?? "en";
  if (ordinals?.locale !== locale) ordinals = { locale, rules: new Intl.PluralRules(locale, { type: "ordinal" }) };
  return t("ws-compare-place", { place, ordinal: ordinals.rules.select(place) });
}

/**
 * The ranking as a table: place (shared by teams tied within noise), team, score with its
 * standard error, the four numbers (each with the team's place on it), and the checker's
 * remarks. The caption states the rule with its weights. Sortable by the place and each of the
 * four numbers when `onSort` is given.
 */
export function rankingTable(ranking, teamCount, { sortKey = null, onSort = null } = {}) {
  const rows = [...ranking.rows];
  if (sortKey) rows.sort((a, b) => a.places[sortKey] - b.places[sortKey] || a.place - b.place);
  const table = el("table", "ranking");
  table.id = "ranking-table";
  const caption = el("caption", null, t("ws-compare-ranking-caption", { count: teamCount, rule: ranking.rule }));
  const head = el("tr");
  const th = (label, key) => {
    const cell = el("th");
    cell.scope = "col";
    if (onSort && key) {
      const button = el("button", "sort", label);
      button.type = "button";
      button.dataset.sort = key;
      cell.append(button);
      const active = (sortKey ?? "place") === key;
      if (active) cell.setAttribute("aria-sort", "ascending");
    } else cell.textContent = label;
    return cell;
  };
  head.append(th(t("ws-compare-col-place"), "place"), th(t("ws-compare-col-team")), th(t("ws-compare-col-score")));
  for (const c of ranking.criteria) {
    const label = t("ws-compare-col-criterion", { criterion: c.label, better: c.lower_is_better ? "lower" : "higher", weight: c.weight });
    head.append(th(label, c.key));
  }
  head.append(th(t("ws-compare-col-check")));
  if (onSort) {
    head.querySelectorAll("button.sort").forEach((b) => {
      b.addEventListener("click", () => onSort(b.dataset.sort === "place" ? null : b.dataset.sort));
    });
  }
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  for (const row of rows) {
    const tr = el("tr");
    tr.dataset.team = row.name;
    const place = el("td", "place");
    if (row.tied) {
      // "=2nd" is read out as words: the place, and why it is shared.
      const shown = el("span", null, placeText(row));
      shown.setAttribute("aria-hidden", "true");
      place.append(shown, el("span", "visually-hidden", t("ws-compare-place-tied-spoken", { place: ordinalText(row.place) })));
      place.classList.add("tied");
    } else place.textContent = placeText(row);
    const name = el("th", "team", row.name);
    name.scope = "row";
    const score = el("td", "score", row.score_text);
    tr.append(place, name, score);
    for (const c of ranking.criteria) {
      const td = el("td", "number");
      td.dataset.criterion = c.key;
      td.append(row.texts[c.key], el("span", "muted", numberPlaceText(row.places[c.key])));
      tr.append(td);
    }
    const remarks = el("td", "remarks");
    const items = [...row.remarks.map((r) => ["remark", r]), ...row.warnings.map((w) => ["warning", w])];
    if (items.length) {
      const ul = el("ul");
      for (const [kind, text] of items) ul.append(el("li", kind, text));
      remarks.append(ul);
    } else remarks.textContent = t("view-no-warnings");
    tr.append(remarks);
    tbody.append(tr);
  }
  table.append(caption, thead, tbody);
  return table;
}

/**
 * A function giving each team of the workspace its short code for the exercise set up here
 * (what the projector types under Compare), or `undefined`: for a team that played another
 * version of the exercise, whose code would not open the same sequence there, and for a
 * sequence a code cannot carry.
 */
function teamCodes(ws) {
  const checked = ws.checked().ok;
  if (!checked) return () => undefined;
  const answers = (id) => !id || id === checked.version || id === checked.id;
  return (team) => {
    if (!answers(team.exercise_id)) return undefined;
    try {
      return team_code(ws.exercise, { format: "relief-team/1", team: team.name, exercise: checked.version, scenario: team.scenario });
    } catch {
      return undefined;
    }
  };
}

/** Whether a pasted line is a team's short code (letters and digits in groups) rather than a
 * link or a file's text. */
export function looksLikeCode(line) {
  const text = line.trim();
  return text.length <= 80 && /^[0-9A-Za-z]+([\s-]+[0-9A-Za-z]+)*$/.test(text);
}
