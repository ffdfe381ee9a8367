// What the workshop page's views share: building elements, the error box, announcements,
// copying and saving, QR codes, the facilitator's workspace in local storage, and the chart
// figures the comparison draws on.

import { qr_code } from "../pkg/relief_workshop.js";
import { swatch } from "../shared/icons.js";

export const $ = (id) => document.getElementById(id);

/** A new element with an optional class and text (always text, never markup). */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/**
 * Fills a `<select>` with the sequences a comparison can put in focus: the exercise's starting
 * scenario (value -1) when the comparison has it, then each team by its index. Returns the
 * choices as `[value, label]` pairs.
 */
export function fillSequenceChoice(select, model, names) {
  const options = [];
  if (model.has_reference()) options.push([-1, "The starting scenario"]);
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

/** The message of anything thrown. */
export function describe(err) {
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Shows a message in the page's alert box; the page itself stays as it is. */
export function showError(message) {
  const box = $("error");
  box.replaceChildren();
  const text = el("p", null, message);
  text.className = "error-text";
  const close = el("button", null, "Dismiss");
  close.type = "button";
  close.addEventListener("click", () => {
    box.hidden = true;
  });
  box.append(text, close);
  box.hidden = false;
}

export function clearError() {
  $("error").hidden = true;
}

/** Says `text` to screen readers without moving focus. */
export function announce(text) {
  const region = $("workshop-status");
  region.textContent = "";
  setTimeout(() => {
    region.textContent = text;
  }, 30);
}

/** The page's address with `fragment` after the `#`. */
export function addressOf(fragment) {
  return `${location.origin}${location.pathname}#${fragment}`;
}

/**
 * Copies `text` to the clipboard, or, where the browser refuses, selects it in `input` so the
 * reader can copy it by hand. Says which happened.
 */
export async function copyText(text, input, button) {
  try {
    await navigator.clipboard.writeText(text);
    confirmButton(button, "Copied");
    announce("Copied to the clipboard.");
  } catch {
    input.focus();
    input.select();
    announce("Selected: press Ctrl+C, or Cmd+C, to copy.");
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

/** Saves `text` as a file through the browser's download. */
export function saveFile(text, filename, type = "application/json") {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A file name from a title: lower-case letters, digits and hyphens. */
export function slug(text, fallback = "team") {
  const s = String(text)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return s || fallback;
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

/** Percent with no decimals. */
export function percent(v) {
  return `${Math.round(v * 100)}%`;
}

/** "1st", "2nd", "3rd", "4th"… */
export function ordinal(n) {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] || s[v] || s[0]}`;
}

// ---------------------------------------------------------------- local storage

/** Reads a JSON value kept under `key`; a value that cannot be read is moved aside (under
 * `key + ":rescued"`, so nothing is lost) and reported. */
export function readStored(key, isValid) {
  let text = null;
  try {
    text = localStorage.getItem(key);
  } catch {
    return null;
  }
  if (text === null) return null;
  try {
    const value = JSON.parse(text);
    if (isValid && !isValid(value)) throw new Error("it is not in the expected shape");
    return value;
  } catch (err) {
    try {
      localStorage.setItem(`${key}:rescued`, text);
      localStorage.removeItem(key);
    } catch {
      // Storage may be full or blocked; the message below still tells the reader.
    }
    showError(`What this browser kept from an earlier workshop could not be read (${describe(err)}); it was set aside and a fresh start is shown.`);
    return null;
  }
}

/** Keeps `value` under `key`; says so once if the browser will not keep it. */
let storageWarned = false;
export function writeStored(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch (err) {
    if (!storageWarned) {
      storageWarned = true;
      showError(`This browser will not keep your work (${describe(err)}). Keep the links instead: they hold everything.`);
    }
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
    canvas.setAttribute("aria-label", describeChart ? describeChart(chart) : `${chart.title}: ${chart.description}`);
    canvas.textContent = chart.description;
    figure.append(caption, canvas);
    root.append(figure);
    model.attach(chart.key, canvas);
    figures.set(chart.key, { chart, figure, canvas, legend, teamLegend });
  }
  return figures;
}

/**
 * Fills each figure's legend: whose bands and solid lines are drawn (each series in its
 * colour), then each team's line in its colour and dash pattern (so no team depends on colour
 * alone).
 */
export function fillLegends(figures, { catalog, palette, styles, teams, focusName, showTeams = true }) {
  const labels = new Map(catalog.series.map((s) => [s.key, s.label]));
  const inner = 1 - (1 - palette.outer_band_alpha) * (1 - palette.inner_band_alpha);
  for (const { chart, legend, teamLegend } of figures.values()) {
    const items = [];
    if (chart.key === "risk") {
      items.push([swatch({ kind: "line", color: palette.risk }), "Broken down so far"]);
      items.push([swatch({ kind: "bar", color: palette.risk, opacity: palette.hazard_alpha }), "Breaking down each month"]);
    } else {
      const colors = chart.series.map((s) => palette.series[s]);
      if (chart.series.length > 1) chart.series.forEach((s, i) => items.push([swatch({ kind: "line", color: colors[i] }), labels.get(s) ?? s]));
      else items.push([swatch({ kind: "line", color: colors[0] }), "Median"]);
      items.push([swatch({ kind: "band", color: colors[0], opacity: inner }), "Middle half"]);
      items.push([swatch({ kind: "band", color: colors[0], opacity: palette.outer_band_alpha }), "8 in 10"]);
    }
    const item = ([sw, text], className) => {
      const li = el("li", className);
      li.append(sw, text);
      return li;
    };
    legend.replaceChildren(el("li", "legend-whose", `${focusName}:`), ...items.map((i) => item(i)));
    const teamItems = showTeams
      ? teams.map((name, i) => [swatch({ kind: "line", color: styles[i].colour, dash: styles[i].dash }), name])
      : [];
    teamLegend.replaceChildren(...(teamItems.length ? [el("li", "legend-whose", "Teams:"), ...teamItems.map((i) => item(i, "legend-team"))] : []));
    teamLegend.hidden = !teamItems.length;
  }
}

/** The chart theme the facilitator's screens use now. */
export function currentTheme() {
  if (document.documentElement.classList.contains("projector")) return "high-contrast";
  if (matchMedia("(prefers-color-scheme: dark)").matches) return "dark";
  if (matchMedia("(prefers-contrast: more)").matches) return "high-contrast";
  return "light";
}

/** Whether the reader asked for less motion. */
export function reducedMotion() {
  return matchMedia("(prefers-reduced-motion: reduce)").matches;
}
