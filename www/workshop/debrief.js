// The debrief: a summary of the whole exercise (the ranking and every team's headline
// numbers, with all teams drawn over the starting scenario, then what the model would have
// suggested, from suggestion.js), then one printable page per team: what it changed from the
// start, its sequence with those changes marked, its charts, the sequencing checker's remarks
// and its key numbers. Each page prints on one sheet of A4 or US Letter (the print rules in
// workshop.css). The charts are SVG drawn by the same Rust code as the canvases, so they print
// sharp at any size.

import { team_styles } from "../pkg/relief_workshop.js";
import { swatch } from "../shared/icons.js";
import { $, el, describe, showError } from "../shared/dom.js";
import { formatDate, t } from "../shared/i18n.js";
import { buildComparison } from "./workspace.js";
import { numberPlaceText, placeText, rankingTable } from "./compare.js";
import { markChanges, renderSequence } from "./received.js";
import { DebriefSuggestion } from "./suggestion.js";

/** The width every sheet can print on, in millimetres: A4's (the narrower paper) less the
 * print rules' page margins, 12 mm each side. US Letter is wider but shorter, and the print
 * rules keep each page within its height. */
const PRINTABLE_WIDTH_MM = 210 - 2 * 12;
/** The gap between charts in print (the print rules' `.debrief-charts` gap), in millimetres. */
const CHART_GAP_MM = 4;
const PX_PER_MM = 96 / 25.4;
/** Charts print three across, drawn at the size they print at so their labels keep the
 * charts' own type size: a team's five charts take two rows. */
const PRINT_CHART_WIDTH = Math.floor(((PRINTABLE_WIDTH_MM - 2 * CHART_GAP_MM) / 3) * PX_PER_MM);
const TEAM_CHART = [PRINT_CHART_WIDTH, 120];
/** A very long sequence leaves less room: its team's charts are drawn lower. */
const TEAM_CHART_LOW = [PRINT_CHART_WIDTH, 100];
const SUMMARY_CHART = [PRINT_CHART_WIDTH, 120];
/** Sequences longer than these (steps and shocks) are set smaller, in more columns, in print. */
const SEQUENCE_LONG = 16;
const SEQUENCE_VERY_LONG = 30;
/** A team with more changes than these has its list of them set in two columns, then in
 * three, in print. */
const CHANGES_MANY = 2;
const CHANGES_VERY_MANY = 8;
/** A sequencing check with more remarks than this is too long for the charts' sixth place. */
const CHECK_SHORT = 2;
/** The summary page shows the three main charts, three across, under the ranking. */
const SUMMARY_CHARTS = ["trust", "economy", "risk"];

export class DebriefView {
  constructor({ catalog, workshop, workspace }) {
    this.catalog = catalog;
    this.ws = workspace;
    this.version = -1;
    this.urls = [];
    this.suggestion = new DebriefSuggestion({ workshop, workspace });
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
      showError(t("ws-debrief-failed", { reason: describe(err) }));
      return;
    }
    try {
      pages.replaceChildren(this.summaryPage(built), ...built.names.map((_, i) => this.teamPage(built, i)));
    } catch (err) {
      showError(t("ws-debrief-failed", { reason: describe(err) }));
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

  /** The charts of one sequence (`index`, or -1 for every team over the starting scenario),
   * each described for screen readers as `team`'s, or every team's without one. */
  charts(model, index, withTeams, [w, h], team, kinds = null) {
    const grid = el("div", "debrief-charts");
    for (const chart of this.catalog.charts) {
      // The debrief compares teams chart by chart, as the compare view does.
      if ((kinds && !kinds.includes(chart.key)) || !chart.compares) continue;
      const figure = el("figure", "debrief-figure");
      const caption = el("figcaption", null, chart.title);
      const svg = model.chart_svg(index, chart.key, w, h, withTeams);
      const alt = team === null
        ? t("ws-debrief-chart-all", { title: chart.title, description: chart.description })
        : t("ws-debrief-chart-team", { title: chart.title, team, description: chart.description });
      figure.append(caption, this.svgImage(svg, alt));
      grid.append(figure);
    }
    return grid;
  }

  summaryPage(built) {
    const { model, names, expanded } = built;
    const page = el("article", "debrief-page debrief-summary");
    page.setAttribute("aria-labelledby", "debrief-summary-title");
    const x = expanded?.exercise;
    const title = el("h3", "debrief-title", x?.title ? t("ws-debrief-summary-title", { title: x.title }) : t("ws-debrief-summary-untitled"));
    title.id = "debrief-summary-title";
    const date = formatDate(new Date(), { day: "numeric", month: "long", year: "numeric" }, "en-GB");
    const about = [t("ws-debrief-date", { date }), t("ws-debrief-teams-compared", { count: names.length }), t("ws-debrief-disclaimer")];
    page.append(title, el("p", "muted", about.join(" ")));

    if (x) {
      const injects = [...x.injects].sort((a, b) => a.month - b.month);
      const block = el("section", "debrief-block");
      block.append(el("h4", null, t("ws-debrief-news-heading")));
      if (injects.length) {
        const ol = el("ol", "debrief-injects");
        for (const inj of injects) {
          const li = el("li");
          li.append(el("strong", null, t("ws-debrief-inject", { month: inj.month, headline: inj.headline })));
          if (inj.text) li.append(" ", inj.text);
          ol.append(li);
        }
        block.append(ol);
      } else block.append(el("p", "muted", t("ws-debrief-no-injects")));
      page.append(block);
    }

    const ranking = model.ranking(this.ws.settings.weights);
    const block = el("section", "debrief-block");
    block.append(el("h4", null, t("ws-debrief-ranking-heading")));
    if (ranking) {
      const table = rankingTable(ranking, names.length);
      // The summary counts each team's remarks and leaves their words to the team's own page,
      // so the summary keeps to one sheet with eight teams.
      for (const cell of table.querySelectorAll("td.remarks")) {
        const n = cell.querySelectorAll("li").length;
        if (n) cell.replaceChildren(t("ws-debrief-remarks-elsewhere", { count: n }));
      }
      block.append(table);
    } else {
      block.append(el("p", "muted", t("ws-debrief-no-teams")));
    }
    page.append(block);

    if (names.length && (model.has_reference() || names.length)) {
      const chartsBlock = el("section", "debrief-block debrief-overview");
      chartsBlock.append(el("h4", null, t("ws-debrief-overview-heading")));
      const legend = el("ul", "legend debrief-legend");
      const styles = team_styles("light");
      names.forEach((name, i) => {
        const li = el("li");
        li.append(swatch({ kind: "line", color: styles[i].colour, dash: styles[i].dash }), name);
        legend.append(li);
      });
      chartsBlock.append(legend, this.charts(model, -1, true, SUMMARY_CHART, null, SUMMARY_CHARTS));
      page.append(chartsBlock);
    }
    // The model's own suggestion comes last, after the teams: in print, a clear one takes a
    // sheet of its own, and one not asked for yet leaves nothing.
    page.append(this.suggestion.element(ranking));
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
    if (sheet.lock_label) page.append(el("p", "muted", t("ws-debrief-could-change", { lock: sheet.lock_inline_label })));

    const numbers = el("dl", "debrief-numbers");
    const ranking = model.ranking(this.ws.settings.weights);
    const row = ranking?.rows.find((r) => r.index === i);
    if (row) {
      const div = el("div");
      div.append(el("dt", null, t("ws-debrief-overall-place")), el("dd", null, t("ws-debrief-place-of", { place: placeText(row), count: ranking.rows.length })));
      numbers.append(div);
    }
    for (const key of ["breakdown_risk", "trust", "economy", "leverage"]) {
      const div = el("div");
      const place = row ? numberPlaceText(row.places[key]) : "";
      div.append(el("dt", null, sheet.labels[key]), el("dd", null, `${sheet.texts[key]}${place}`));
      numbers.append(div);
    }
    page.append(numbers, el("p", "debrief-summary-text", sheet.summary));

    // What the team changed from its start (null without an exercise to compare with).
    const changes = model.changes(i);
    const check = el("section", "debrief-block debrief-check");
    check.append(el("h4", null, t("ws-debrief-check-heading")));
    const ul = el("ul", "debrief-remarks");
    for (const r of sheet.remarks) ul.append(el("li", "remark", r));
    for (const w of sheet.warnings) ul.append(el("li", "warning", w));
    if (!ul.children.length) ul.append(el("li", "ok", t("view-no-warnings")));
    check.append(ul);

    const seq = el("section", "debrief-block debrief-sequence");
    seq.append(el("h4", null, t("ws-debrief-sequence-heading")));
    const ol = el("ol", "sequence-list");
    renderSequence(ol, sheet.sequence);
    if (changes?.length) {
      markChanges(ol, sheet.sequence, changes);
      seq.append(el("p", "hint debrief-key", t("ws-debrief-changes-key")));
    }
    seq.append(ol);
    // A long sequence is set smaller and in more columns in print, so the page keeps to one
    // sheet; the thresholds are the item counts the print rules are sized for.
    const length = sheet.sequence.length;
    page.dataset.length = length > SEQUENCE_VERY_LONG ? "very-long" : length > SEQUENCE_LONG ? "long" : "short";
    const changed = changes?.length ?? 0;
    page.dataset.changes = changed > CHANGES_VERY_MANY ? "very-many" : changed > CHANGES_MANY ? "many" : "few";
    if (changes) page.append(changesBlock(changes));
    // A short sequencing check takes the sixth place in the grid of five charts, which would
    // otherwise print empty; a long one runs across the page, in columns in print.
    const size = length > SEQUENCE_VERY_LONG ? TEAM_CHART_LOW : TEAM_CHART;
    const charts = this.charts(model, i, false, size, sheet.name);
    if (ul.children.length > CHECK_SHORT) {
      check.classList.add("debrief-check-wide");
      page.append(check, seq, charts);
    } else {
      charts.append(check);
      page.append(seq, charts);
    }
    return page;
  }
}

/** "What this team changed from the start": each change in a sentence, or that there were
 * none. */
function changesBlock(changes) {
  const block = el("section", "debrief-block debrief-changes");
  block.append(el("h4", null, t("ws-debrief-changes-heading")));
  if (!changes.length) {
    block.append(el("p", "debrief-unchanged", t("ws-debrief-unchanged")));
    return block;
  }
  const list = el("ul", "debrief-change-list");
  for (const change of changes) {
    const li = el("li", `change change-${change.kind}`, t("ws-debrief-change", { change: change.text }));
    li.dataset.kind = change.kind;
    list.append(li);
  }
  block.append(list);
  return block;
}

