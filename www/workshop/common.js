// What the workshop page's views share beyond what both pages do (shared/): announcements in
// the workshop's live region, links and copying them, QR codes, what a device keeps in local
// storage, and the chart figures and legends of a comparison.

import { qr_code } from "../pkg/relief_workshop.js";
import { announce as say, copyText, describe, el, showError } from "../shared/dom.js";
import { language, t } from "../shared/i18n.js";
import { swatch } from "../shared/icons.js";
import { readText, setAside, writeText } from "../shared/storage.js";

/**
 * Fills a `<select>` with the sequences a comparison can put in focus: the exercise's starting
 * scenario (value -1) when the comparison has it, then each team by its index. Returns the
 * choices as `[value, label]` pairs.
 */
export function fillSequenceChoice(select, model, names) {
  const options = [];
  if (model.has_reference()) options.push([-1, t("ws-common-starting-scenario")]);
  names.forEach((name, i) => options.push([i, name]));
  select.replaceChildren(
    ...options.map(([value, label]) => {
      const o = el("option", null, label);
      o.value = String(value);
      return o;
    }),
  );
  return options;
}

/** Stands for an element in a message, where the message is split to put the element in. */
const SLOT = "\u{E000}";

/**
 * The message `id` as nodes to append, with `node` (a link, a headline in bold) where the
 * message's variable `slot` goes, wherever the language puts it in the sentence.
 */
export function messageWith(id, args, slot, node) {
  const [before, after = ""] = t(id, { ...args, [slot]: SLOT }).split(SLOT);
  return [before, node, after];
}

/** Says `text` to screen readers, in the workshop page's live region. */
export function announce(text) {
  say(text, "workshop-status");
}

/** The page's address with `fragment` after the `#`. */
export function addressOf(fragment) {
  return `${location.origin}${location.pathname}#${fragment}`;
}

/**
 * Copies a link to the clipboard, or, where the browser refuses, selects it in `input` so the
 * reader can copy it by hand. Says which happened, and the button says "Copied" for a moment.
 */
export async function copyLink(text, input, button) {
  if ((await copyText(text, input)) === "copied") {
    confirmButton(button, t("ws-common-copied"));
    announce(t("ws-common-copied-said"));
  } else {
    announce(t("ws-common-selected-said"));
  }
}

function confirmButton(button, text) {
  if (!button) return;
  const original = button.dataset.label ?? button.textContent;
  button.dataset.label = original;
  button.textContent = text;
  clearTimeout(button._restore);
  button._restore = setTimeout(() => {
    button.textContent = original;
  }, 1600);
}

/**
 * Shows a QR code of `text` in `img` (an SVG drawn by the wasm module, through a blob: URL so
 * no markup is ever parsed into the page). Returns null, or the reason there is no code.
 */
export function showQr(img, text) {
  if (img._url) URL.revokeObjectURL(img._url);
  img._url = null;
  try {
    const { svg } = qr_code(text);
    img._url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
    img.src = img._url;
    img.hidden = false;
    return null;
  } catch (err) {
    img.removeAttribute("src");
    img.hidden = true;
    return describe(err);
  }
}

/** A place in a ranking in the page's language: "1st", "2nd", "3rd", "4th"… */
export function ordinal(n) {
  // The catalogue chooses the ending by the language's ordinal category, which messages cannot
  // ask for themselves.
  const category = new Intl.PluralRules(language()?.locale ?? "en", { type: "ordinal" }).select(n);
  return t("ws-common-ordinal", { place: n, category });
}

// ---------------------------------------------------------------- local storage

/** Reads a JSON value kept under `key`; a value that cannot be read is set aside (under
 * `key + ":rescued"`, so nothing is lost) and reported. */
export function readStored(key, isValid) {
  const text = readText(key);
  if (text === null) return null;
  try {
    const value = JSON.parse(text);
    if (isValid && !isValid(value)) throw new Error(t("ws-common-stored-shape"));
    return value;
  } catch (err) {
    setAside(key, text);
    showError(t("ws-common-stored-unreadable", { error: describe(err) }));
    return null;
  }
}

/** Keeps `value` under `key`; says so once if the browser will not keep it. */
let storageWarned = false;
export function writeStored(key, value) {
  const problem = writeText(key, JSON.stringify(value));
  if (problem && !storageWarned) {
    storageWarned = true;
    showError(t("ws-common-storage-refused", { problem }));
  }
}

// ---------------------------------------------------------------- chart figures

/**
 * Builds one figure per chart (title, legend, canvas) in `root` and attaches each canvas to
 * `model` (a Comparison). Returns the figures by chart key.
 */
export function buildFigures({ root, catalog, model, prefix, kinds, describeChart }) {
  const figures = new Map();
  for (const chart of catalog.charts) {
    // Teams are compared by their lines over one another; a chart that cannot draw them stays out.
    if ((kinds && !kinds.includes(chart.key)) || !chart.compares) continue;
    const figure = el("figure", `chart chart-${chart.key}`);
    const caption = el("figcaption");
    const title = el("h4", null, chart.title);
    title.id = `${prefix}-${chart.key}-title`;
    const legend = el("ul", "legend");
    const teamLegend = el("ul", "legend legend-teams");
    caption.append(title, legend, teamLegend);
    const canvas = el("canvas");
    canvas.id = `${prefix}-${chart.key}`;
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", describeChart ? describeChart(chart) : t("ws-common-chart-label", { title: chart.title, description: chart.description }));
    canvas.textContent = chart.description;
    figure.append(caption, canvas);
    root.append(figure);
    model.attach(chart.key, canvas);
    figures.set(chart.key, { chart, figure, canvas, legend, teamLegend });
  }
  return figures;
}

/** The trust series the trust chart can draw for each team, the first the default. */
export const TEAM_SERIES = ["trust", "target_trust"];

/** The trust series the trust chart draws for each team, as kept in the workspace. */
export function teamSeries(workspace) {
  const kept = workspace.settings.teamSeries;
  return TEAM_SERIES.includes(kept) ? kept : TEAM_SERIES[0];
}

/**
 * Makes `select` the facilitator's choice of the teams' one trust line ("Trust in the target"
 * or "Target's trust"), kept in the workspace's settings. Choosing redraws `view` (a view
 * with `version` and `draw()`) without projecting the teams again: only the drawing changes.
 */
export function bindTeamSeries(select, { catalog, workspace, view }) {
  const labels = new Map(catalog.series.map((s) => [s.key, s.label]));
  select.replaceChildren(
    ...TEAM_SERIES.map((key) => {
      const o = el("option", null, labels.get(key) ?? key);
      o.value = key;
      return o;
    }),
  );
  select.value = teamSeries(workspace);
  select.addEventListener("change", () => {
    const current = view.version === workspace.version;
    workspace.setting("teamSeries", select.value);
    if (current) view.version = workspace.version;
    view.draw();
    announce(t("ws-common-team-series-changed", { series: select.value }));
  });
}

/**
 * Fills each figure's legend: whose bands and solid lines are drawn (each series in its
 * colour), then each team's line in its colour and dash pattern (so no team depends on colour
 * alone). On the trust chart the teams' heading names the one trust series drawn for them
 * (`teamSeries`, a series key). With `teamsKeyedElsewhere` (the play view, whose rows of
 * teams' steps show each team's colour and dash pattern), the legends only say which trust
 * series the teams' lines are.
 */
export function fillLegends(figures, { catalog, palette, styles, teams, focusName, focusTypes = [], showTeams = true, teamSeries = TEAM_SERIES[0], teamsKeyedElsewhere = false }) {
  const labels = new Map(catalog.series.map((s) => [s.key, s.label]));
  const typeLabels = new Map(catalog.target_types.map((t) => [t.key, t.short_label]));
  const inner = 1 - (1 - palette.outer_band_alpha) * (1 - palette.inner_band_alpha);
  for (const { chart, legend, teamLegend } of figures.values()) {
    const items = [];
    if (chart.key === "risk") {
      items.push([swatch({ kind: "line", color: palette.risk }), catalog.breakdown.risk_label]);
      items.push([swatch({ kind: "bar", color: palette.risk, opacity: palette.hazard_alpha }), catalog.breakdown.hazard_label]);
    } else {
      // As in the explorer: where the sequence in focus holds the trust by type, its trust
      // chart draws that in place of the trust of both types mixed, and its legend says so.
      const series = chart.key === "trust" && focusTypes.length ? [...focusTypes, ...chart.series.slice(1)] : chart.series;
      const label = (s) => typeLabels.get(s) ?? labels.get(s) ?? s;
      const colors = series.map((s) => palette.series[s]);
      if (series.length > 1) series.forEach((s, i) => items.push([swatch({ kind: "line", color: colors[i] }), label(s)]));
      else items.push([swatch({ kind: "line", color: colors[0] }), t("chart-legend-median")]);
      // Three bands in three colours cannot share one swatch, so then the legend says in
      // words what every band holds.
      if (series.length < 3) {
        items.push([swatch({ kind: "band", color: colors[0], opacity: inner }), t("chart-legend-middle-half")]);
        items.push([swatch({ kind: "band", color: colors[0], opacity: palette.outer_band_alpha }), t("chart-legend-eight-in-ten")]);
      } else {
        items.push([null, t("ws-common-legend-bands")]);
      }
    }
    const item = ([sw, text], className) => {
      const li = el("li", className);
      if (sw) li.append(sw);
      li.append(text);
      return li;
    };
    legend.replaceChildren(el("li", "legend-whose", t("ws-common-legend-whose", { name: focusName })), ...items.map((i) => item(i)));
    const seriesLabel = labels.get(teamSeries) ?? teamSeries;
    if (teamsKeyedElsewhere) {
      const named = showTeams && teams.length && chart.key === "trust";
      teamLegend.replaceChildren(...(named ? [el("li", "legend-whose", t("ws-common-legend-teams")), el("li", "legend-team-series", seriesLabel)] : []));
      teamLegend.hidden = !named;
      continue;
    }
    const teamItems = showTeams
      ? teams.map((name, i) => [swatch({ kind: "line", color: styles[i].colour, dash: styles[i].dash }), name])
      : [];
    const whose = chart.key === "trust" ? t("ws-common-legend-teams-series", { series: seriesLabel }) : t("ws-common-legend-teams");
    teamLegend.replaceChildren(...(teamItems.length ? [el("li", "legend-whose", whose), ...teamItems.map((i) => item(i, "legend-team"))] : []));
    teamLegend.hidden = !teamItems.length;
  }
}
