// Two options an article's author gives an embed in its address, and the Embed dialog
// (embed-builder.js) writes: `&charts=trust,economy,risk` shows only those charts, so a story
// about trust is not crowded by the rest, and `&theme=light|dark|high-contrast` draws the page
// and its charts in the article's colours rather than the reader's. Both apply in embed mode
// only: the full page always follows its reader.

import { THEMES, forceTheme } from "../../shared/theme.js";
import { embedded } from "./embed.js";

/** The charts an embed can show, in the page's order (the outcome shares stay on the full page). */
export const CHART_KEYS = ["trust", "economy", "risk", "leverage", "legitimacy"];

/** The three main charts: what an embed shows in a narrow frame, and the dialog's default. */
export const MAIN_CHARTS = ["trust", "economy", "risk"];

/**
 * The charts asked for by a `charts=` value, in the page's order whatever order it gave them,
 * or null for every chart: when there is no value, or none of its keys is a chart's.
 */
export function readCharts(raw) {
  if (raw == null) return null;
  const asked = new Set(String(raw).split(",").map((key) => key.trim().toLowerCase()));
  const keys = CHART_KEYS.filter((key) => asked.has(key));
  return keys.length ? keys : null;
}

/** The theme asked for by a `theme=` value, or null to follow the reader's settings. */
export function readTheme(raw) {
  const theme = raw == null ? "" : String(raw).trim().toLowerCase();
  return THEMES.includes(theme) ? theme : null;
}

const params = new URLSearchParams(location.search);

// The theme is forced as this module is first run, before anything is drawn, so the page never
// shows the reader's colours first and the article's a moment later.
const theme = embedded ? readTheme(params.get("theme")) : null;
if (theme) forceTheme(theme);

/**
 * Hides the figures of the charts an embed was not asked to show (with `hidden`, so the grid
 * closes up around those left). Called once the charts' figures are built.
 */
export function applyEmbedOptions() {
  if (!embedded) return;
  const keys = readCharts(params.get("charts"));
  if (!keys) return;
  // An embed chooses its charts by the frame's size unless told which: told, it shows those.
  document.documentElement.classList.add("embed-charts");
  // As many columns as charts, up to three: two charts share the row (embed.css).
  document.documentElement.style.setProperty("--embed-columns", String(Math.min(3, keys.length)));
  for (const figure of document.querySelectorAll("#charts > figure.chart")) {
    const key = figure.querySelector("canvas")?.id.replace(/^chart-/, "");
    figure.hidden = !keys.includes(key);
  }
}
