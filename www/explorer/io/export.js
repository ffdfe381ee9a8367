// Export: the scenario as JSON, the projection as CSV and JSON (exactly what `relief simulate`
// writes), and the charts as SVG and PNG. The SVG is drawn by the same chart code as the
// page's canvases (crates/charts, through the explorer); the PNG is that SVG rasterized at twice
// its size, so both look the same and are sharp on a slide.

import { saveScenario } from "./files.js";
import { announce, el, saveFile, slug } from "../../shared/dom.js";
import { t } from "../../shared/i18n.js";
import { icon } from "../../shared/icons.js";
import { MenuButton } from "./menu-button.js";

/** A chart that is not laid out (hidden, zero size) is exported at this size. */
const FALLBACK = { width: 480, height: 240 };
/** The pixel density of PNG exports: sharp on high-density screens and in print. */
const PNG_SCALE = 2;

/** The width and height an SVG document declares on its root element. */
export function svgSize(svg) {
  const head = svg.slice(0, svg.indexOf(">") + 1);
  const width = Number(/\bwidth="([\d.]+)"/.exec(head)?.[1]);
  const height = Number(/\bheight="([\d.]+)"/.exec(head)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error(t("export-image-no-size"));
  return { width, height };
}

/** Rasterizes an SVG document into a PNG blob at `scale` times its size. */
export async function svgToPng(svg, scale = PNG_SCALE) {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = el("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    canvas.getContext("2d").drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(t("export-image-failed")))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The size a chart is exported at: its size on the page, within what an export allows. */
function chartSize(canvas) {
  const w = canvas?.clientWidth || FALLBACK.width;
  const h = canvas?.clientHeight || FALLBACK.height;
  const clamp = (v) => Math.min(4000, Math.max(120, Math.round(v)));
  return { width: clamp(w), height: clamp(h) };
}

/**
 * Sets up the Export menu and a download button on each chart.
 *
 * @param {object} o
 * @param {object} o.explorer the wasm Explorer holding the current projection
 * @param {object} o.catalog the model's catalog (chart keys and titles)
 * @param {() => object} o.getScenario the page's scenario now
 * @param {() => Promise<void>} o.whenCounted resolves once every future of the scenario now is
 *   counted: a file holds the whole projection, never the first futures of a large scenario
 * @param {(message: string) => void} o.showError
 */
export function setUpExport({ explorer, catalog, getScenario, whenCounted, showError }) {
  const stem = () => slug(getScenario().title);
  // `what` is what failed to export: "scenario", "projection" or "chart" (then `chart` names it).
  const guarded = (what, action, chart = "") => async () => {
    try {
      await action();
    } catch (err) {
      showError(t("export-failed", { what, chart, reason: err?.message ?? String(err) }));
    }
  };
  const chartSvg = (key) => explorer.chart_svg(key, ...Object.values(chartSize(document.getElementById(`chart-${key}`))));
  const saveChart = (chart, format) =>
    guarded("chart", async () => {
      await whenCounted();
      const svg = chartSvg(chart.key);
      const name = `${stem()}-${chart.key}.${format}`;
      if (format === "svg") saveFile(svg, name, "image/svg+xml");
      else saveFile(await svgToPng(svg), name, "image/png");
      announce(t("io-file-saved", { name }));
    }, chart.title);
  const saveProjection = (format) =>
    guarded("projection", async () => {
      await whenCounted();
      const text = format === "csv" ? explorer.projection_csv() : explorer.projection_json();
      const name = `${stem()}-projection.${format}`;
      saveFile(text, name, format === "csv" ? "text/csv" : "application/json");
      announce(t("io-file-saved", { name }));
    });

  const button = document.getElementById("export-button");
  if (button) {
    new MenuButton(button, [
      { label: t("export-menu-scenario"), icon: "download", action: guarded("scenario", () => saveScenario(getScenario())) },
      { label: t("export-menu-csv"), icon: "download", action: saveProjection("csv"), separator: true },
      { label: t("export-menu-json"), icon: "download", action: saveProjection("json") },
      {
        label: t("export-menu-chart"),
        icon: "download",
        separator: true,
        // Each chart has its own download button; this takes the reader to the first one.
        action: () => {
          const first = document.querySelector(".chart-download-button");
          first?.scrollIntoView({ block: "center" });
          first?.click();
        },
      },
    ]);
  }

  // A small download button on each chart, beside its title.
  for (const chart of catalog.charts) {
    const figure = document.querySelector(`.chart-${chart.key}`);
    const caption = figure?.querySelector("figcaption");
    if (!caption || caption.querySelector(".chart-download")) continue;
    const wrap = el("div", "chart-download");
    const b = el("button");
    b.type = "button";
    b.id = `download-${chart.key}`;
    b.className = "chart-download-button";
    b.setAttribute("aria-label", t("export-chart-button", { chart: chart.title }));
    b.title = t("export-chart-button", { chart: chart.title });
    b.append(icon("download"));
    wrap.append(b);
    caption.append(wrap);
    new MenuButton(b, [
      { label: t("export-chart-png"), action: saveChart(chart, "png") },
      { label: t("export-chart-svg"), action: saveChart(chart, "svg") },
    ]);
  }
}
