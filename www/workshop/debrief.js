// The debrief: a summary of the whole exercise (the ranking and every team's headline
// numbers, with all teams drawn over the starting scenario), then one printable page per team:
// its sequence, its charts, the sequencing checker's remarks and its key numbers. The charts
// are SVG drawn by the same Rust code as the canvases, so they print sharp at any size.

import { team_styles } from "../pkg/relief_workshop.js";
import { swatch } from "../shared/icons.js";
import { $, el, describe, showError } from "../shared/dom.js";
import { ordinal } from "./common.js";
import { buildComparison } from "./workspace.js";
import { rankingTable } from "./compare.js";
import { renderSequence } from "./received.js";

/** Chart sizes in CSS pixels: the size they print at on A4, two across, so their labels keep
 * the charts' own type size and a team's page (five charts) fits one sheet. */
const TEAM_CHART = [340, 150];
const SUMMARY_CHART = [230, 140];
/** The summary page shows the three main charts, three across, under the ranking. */
const SUMMARY_CHARTS = ["trust", "economy", "risk"];

export class DebriefView {
  constructor({ catalog, workspace }) {
    this.catalog = catalog;
    this.ws = workspace;
    this.version = -1;
    this.urls = [];
    $("debrief-print").addEventListener("click", () => this.print());
    // Printing from any facilitator view prints the debrief: it is what the print is for.
    window.addEventListener("beforeprint", () => {
      if (document.body.classList.contains("facilitator")) this.render();
    });
  }

  show() {
    this.render();
  }

  hide() {}

  async print() {
    this.render();
    await Promise.all([...$("debrief-pages").querySelectorAll("img")].map((img) => img.decode().catch(() => {})));
    window.print();
  }

  render() {
    if (this.version === this.ws.version) return;
    this.version = this.ws.version;
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls = [];
    const pages = $("debrief-pages");
    let built;
    try {
      built = buildComparison(this.ws, "light");
    } catch (err) {
      showError(`The debrief could not be made: ${describe(err)}`);
      return;
    }
    try {
      pages.replaceChildren(this.summaryPage(built), ...built.names.map((_, i) => this.teamPage(built, i)));
    } catch (err) {
      showError(`The debrief could not be made: ${describe(err)}`);
    } finally {
      built.model.free();
    }
  }

  svgImage(svg, alt) {
    const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    this.urls.push(url);
    const img = el("img", "debrief-chart");
    img.src = url;
    img.alt = alt;
    return img;
  }

  charts(model, index, withTeams, [w, h], whose, kinds = null) {
    const grid = el("div", "debrief-charts");
    for (const chart of this.catalog.charts) {
      // The debrief compares teams chart by chart, as the compare view does.
      if ((kinds && !kinds.includes(chart.key)) || !chart.compares) continue;
      const figure = el("figure", "debrief-figure");
      const caption = el("figcaption", null, chart.title);
      const svg = model.chart_svg(index, chart.key, w, h, withTeams);
      figure.append(caption, this.svgImage(svg, `${chart.title} for ${whose}. ${chart.description}`));
      grid.append(figure);
    }
    return grid;
  }

  summaryPage(built) {
    const { model, names, expanded } = built;
    const page = el("article", "debrief-page debrief-summary");
    page.setAttribute("aria-labelledby", "debrief-summary-title");
    const x = expanded?.exercise;
    const title = el("h3", "debrief-title", `Summary of “${x?.title || "the workshop exercise"}”`);
    title.id = "debrief-summary-title";
    const date = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    page.append(title, el("p", "muted", `Debrief of ${date}. ${names.length} ${names.length === 1 ? "team" : "teams"} compared. An illustration, not a forecast: the numbers come from a simple model of trust, verification and breakdown.`));

    if (x) {
      const injects = [...x.injects].sort((a, b) => a.month - b.month);
      const block = el("section", "debrief-block");
      block.append(el("h4", null, "The news the teams faced"));
      if (injects.length) {
        const ol = el("ol", "debrief-injects");
        for (const inj of injects) {
          const li = el("li");
          li.append(el("strong", null, `Month ${inj.month}: ${inj.headline}`));
          if (inj.text) li.append(" ", inj.text);
          ol.append(li);
        }
        block.append(ol);
      } else block.append(el("p", "muted", "No news injects."));
      page.append(block);
    }

    const ranking = model.ranking();
    const block = el("section", "debrief-block");
    block.append(el("h4", null, "Ranking"));
    if (ranking) {
      block.append(el("p", "hint", ranking.rule), rankingTable(ranking, names.length));
    } else {
      block.append(el("p", "muted", "No team has handed back a sequence yet: add them in Compare."));
    }
    page.append(block);

    if (names.length && (model.has_reference() || names.length)) {
      const chartsBlock = el("section", "debrief-block debrief-overview");
      chartsBlock.append(el("h4", null, "Every team over the starting scenario"));
      const legend = el("ul", "legend debrief-legend");
      const styles = team_styles("light");
      names.forEach((name, i) => {
        const li = el("li");
        li.append(swatch({ kind: "line", color: styles[i].colour, dash: styles[i].dash }), name);
        legend.append(li);
      });
      chartsBlock.append(legend, this.charts(model, -1, true, SUMMARY_CHART, "every team", SUMMARY_CHARTS));
      page.append(chartsBlock);
    }
    return page;
  }

  teamPage(built, i) {
    const { model } = built;
    const sheet = model.sheet(i);
    const page = el("article", "debrief-page debrief-team");
    const id = `debrief-team-${i}`;
    page.setAttribute("aria-labelledby", id);
    const title = el("h3", "debrief-title", sheet.name);
    title.id = id;
    page.append(title);
    if (sheet.lock_label) page.append(el("p", "muted", `Could change: ${sheet.lock_label.toLowerCase()}.`));

    const numbers = el("dl", "debrief-numbers");
    const ranking = model.ranking();
    const row = ranking?.rows.find((r) => r.index === i);
    if (row) {
      const div = el("div");
      div.append(el("dt", null, "Overall place"), el("dd", null, `${ordinal(row.place)} of ${ranking.rows.length}`));
      numbers.append(div);
    }
    for (const key of ["breakdown_risk", "trust", "economy", "leverage"]) {
      const div = el("div");
      const place = row ? ` (${ordinal(row.places[key])})` : "";
      div.append(el("dt", null, sheet.labels[key]), el("dd", null, `${sheet.texts[key]}${place}`));
      numbers.append(div);
    }
    page.append(numbers, el("p", "debrief-summary-text", sheet.summary));

    const columns = el("div", "debrief-columns");
    const seq = el("section", "debrief-block");
    seq.append(el("h4", null, "The sequence"));
    const ol = el("ol", "sequence-list");
    renderSequence(ol, sheet.sequence);
    seq.append(ol);
    const check = el("section", "debrief-block");
    check.append(el("h4", null, "Sequencing check"));
    const ul = el("ul", "debrief-remarks");
    for (const r of sheet.remarks) ul.append(el("li", "remark", r));
    for (const w of sheet.warnings) ul.append(el("li", "warning", w));
    if (!ul.children.length) ul.append(el("li", "ok", "No sequencing problems found."));
    check.append(ul);
    columns.append(seq, check);
    page.append(columns, this.charts(model, i, false, TEAM_CHART, sheet.name));
    return page;
  }
}
