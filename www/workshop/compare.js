// The facilitator's comparison: teams' hand-backs come in as pasted links or dropped files,
// their projections are drawn over each other (each team in its own colour and dash pattern,
// named in the legend), and a table ranks them on breakdown risk, trust, economic recovery
// and leverage kept, with the sequencing checker's remarks for each.

import { palette as readPalette, read_team, team_styles } from "../pkg/relief_workshop.js";
import { swatch } from "../shared/icons.js";
import { $, el, describe } from "../shared/dom.js";
import { currentTheme } from "../shared/theme.js";
import { announce, buildFigures, fillLegends, fillSequenceChoice, ordinal } from "./common.js";
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
          describeChart: (chart) => `${chart.title} of every team compared. ${chart.description} The ranking table below gives the numbers.`,
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
    const theme = this.theme;
    fillLegends(this.figures, {
      catalog: this.catalog,
      palette: readPalette(theme),
      styles: team_styles(theme),
      teams: names,
      focusName: model.focus_name() || "Starting scenario",
    });
    try {
      model.draw_all(undefined, undefined);
    } catch (err) {
      this.problems([`The charts could not be drawn: ${describe(err)}`]);
    }
  }

  // ---------------------------------------------------------------- the teams

  renderTeams() {
    const { names, teams, problems, model } = this.built;
    const styles = team_styles(this.theme);
    const list = $("compare-teams");
    const ranking = model.ranking();
    const remarksOf = new Map((ranking?.rows ?? []).map((r) => [r.index, r.remarks]));
    list.replaceChildren(
      ...this.ws.teams.map((team, i) => {
        const li = el("li", "team-item");
        const index = teams[i];
        if (index >= 0) li.append(swatch({ kind: "line", color: styles[index].colour, dash: styles[index].dash }));
        li.append(el("span", "team-item-name", team.name));
        const remarks = index >= 0 ? remarksOf.get(index) ?? [] : [];
        if (index < 0) li.append(el("span", "team-item-note bad", "cannot be compared"));
        else if (remarks.length) li.append(el("span", "team-item-note bad", `${remarks.length} ${remarks.length === 1 ? "remark" : "remarks"}`));
        const remove = el("button", "remove", "Remove");
        remove.type = "button";
        remove.setAttribute("aria-label", `Remove ${team.name} from the comparison`);
        remove.addEventListener("click", () => {
          this.ws.removeTeam(i);
          announce(`${team.name} was removed from the comparison.`);
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
      notes.unshift(`The exercise's set-up has problems, so the teams are compared without its starting scenario and injects: ${this.built.exerciseError.split("\n")[0]}`);
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
          const work = read_team(line, "");
          this.ws.addTeam(work);
          added.push(work.team);
        } catch (err) {
          kept.push(line);
          problems.push(`Line ${n + 1}: ${describe(err)}`);
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
      try {
        if (file.size > 1 << 20) throw new Error(`it is ${Math.round(file.size / 1024)} KB; a team's file is a few KB`);
        read.push([file, await file.text()]);
      } catch (err) {
        problems.push(`${file.name}: ${describe(err)}`);
      }
    }
    this.ws.batch(() => {
      for (const [file, text] of read) {
        try {
          const work = read_team(text, file.name.replace(/\.json$/i, "").replace(/\.relief-team$/i, ""));
          this.ws.addTeam(work);
          added.push(work.team);
        } catch (err) {
          problems.push(`${file.name}: ${describe(err)}`);
        }
      }
    });
    this.afterAdding(added, problems);
  }

  afterAdding(added, problems) {
    this.refresh();
    if (problems.length) this.problems([...problems, ...(this.built?.problems ?? [])]);
    if (added.length) announce(`Added to the comparison: ${added.join(", ")}.`);
  }

  // ---------------------------------------------------------------- the ranking

  renderRanking() {
    const wrap = $("ranking-wrap");
    const ranking = this.built.model.ranking();
    $("ranking-rule").textContent = ranking ? ranking.rule : "";
    if (!ranking) {
      wrap.replaceChildren(el("p", "hint", "The ranking appears once teams have handed back their sequences."));
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
  }
}

/**
 * The ranking as a table: place, team, the four numbers (each with the team's place on it),
 * and the checker's remarks. Sortable by each column when `onSort` is given.
 */
export function rankingTable(ranking, teamCount, { sortKey = null, onSort = null } = {}) {
  const rows = [...ranking.rows];
  if (sortKey) rows.sort((a, b) => a.places[sortKey] - b.places[sortKey] || a.place - b.place);
  const table = el("table", "ranking");
  table.id = "ranking-table";
  const caption = el("caption", null, `${teamCount} ${teamCount === 1 ? "team" : "teams"}. Each number is the median of the simulated futures (the share of them, for breakdown risk); the team's place on it is in brackets.`);
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
  head.append(th("Place", "place"), th("Team"));
  for (const c of ranking.criteria) {
    const cell = th(`${c.label} (${c.lower_is_better ? "lower" : "higher"} is better)`, c.key);
    head.append(cell);
  }
  head.append(th("Sequencing check"));
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
    const place = el("td", "place", ordinal(row.place));
    const name = el("th", "team", row.name);
    name.scope = "row";
    tr.append(place, name);
    for (const c of ranking.criteria) {
      const td = el("td", "number");
      td.dataset.criterion = c.key;
      td.append(row.texts[c.key], el("span", "muted", ` (${ordinal(row.places[c.key])})`));
      tr.append(td);
    }
    const remarks = el("td", "remarks");
    const items = [...row.remarks.map((r) => ["remark", r]), ...row.warnings.map((w) => ["warning", w])];
    if (items.length) {
      const ul = el("ul");
      for (const [kind, text] of items) ul.append(el("li", kind, text));
      remarks.append(ul);
    } else remarks.textContent = "No sequencing problems found.";
    tr.append(remarks);
    tbody.append(tr);
  }
  table.append(caption, thead, tbody);
  return table;
}
