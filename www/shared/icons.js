// Small inline SVG icons and legend swatches, drawn here so the page makes no request for them
// and every platform shows the same shapes (symbol glyphs differ from font to font). All are
// drawn on a 16×16 grid in currentColor, so they follow the text colour in every theme.

const NS = "http://www.w3.org/2000/svg";

/** A control's icon (undo, share, …): strokes only, round ends. */
const line = (...paths) =>
  paths.map((d) => ["path", { d, fill: "none", stroke: "currentColor", "stroke-width": 1.6, "stroke-linecap": "round", "stroke-linejoin": "round" }]);

const PATHS = {
  // An hourglass: the step waits until compliance has been verified. (Not a padlock, which
  // readers take to mean "locked": the workshop's locked steps are hatched instead.)
  conditional: [
    ["path", { d: "M3.5 1.5h9M3.5 14.5h9", fill: "none", stroke: "currentColor", "stroke-width": 1.6, "stroke-linecap": "round" }],
    ["path", { d: "M4.5 1.5c0 3.5 3.5 4.5 3.5 6.5S4.5 11 4.5 14.5h7c0-3.5-3.5-4.5-3.5-6.5s3.5-3 3.5-6.5", fill: "none", stroke: "currentColor", "stroke-width": 1.4, "stroke-linejoin": "round" }],
    ["path", { d: "M5.6 13.6c.6-1.9 2.4-2.6 2.4-3.6 0 1 1.8 1.7 2.4 3.6z", fill: "currentColor" }],
  ],
  // A padlock: the step is locked in this workshop exercise, and only that.
  locked: [
    ["rect", { x: 3.5, y: 7, width: 9, height: 7, rx: 1.2, fill: "currentColor" }],
    ["path", { d: "M5.5 7V5.2a2.5 2.5 0 0 1 5 0V7", fill: "none", stroke: "currentColor", "stroke-width": 1.6 }],
  ],
  // An eye: the step is announced with published criteria.
  transparent: [
    ["path", { d: "M1.2 8s2.6-4.6 6.8-4.6S14.8 8 14.8 8s-2.6 4.6-6.8 4.6S1.2 8 1.2 8z", fill: "none", stroke: "currentColor", "stroke-width": 1.5 }],
    ["circle", { cx: 8, cy: 8, r: 2.2, fill: "currentColor" }],
  ],
  // A lightning bolt: a shock.
  shock: [["path", { d: "M9.5 1 3.5 9h4l-1 6 6-8h-4z", fill: "currentColor" }]],
  // A warning triangle.
  warning: [
    ["path", { d: "M8 1.5 15 14H1z", fill: "none", stroke: "currentColor", "stroke-width": 1.5, "stroke-linejoin": "round" }],
    ["path", { d: "M8 6v4", stroke: "currentColor", "stroke-width": 1.6, "stroke-linecap": "round" }],
    ["circle", { cx: 8, cy: 12, r: 0.9, fill: "currentColor" }],
  ],
  // The controls of the explorer's header and menus.
  undo: line("M5.5 3.5 2.5 6.5l3 3", "M3 6.5h6.5a4 4 0 0 1 0 8H7"),
  redo: line("M10.5 3.5l3 3-3 3", "M13 6.5H6.5a4 4 0 0 0 0 8H9"),
  share: line("M8 10V2", "M5 4.8 8 1.8l3 3", "M3.5 7.5v6h9v-6"),
  download: line("M8 2v8", "M5 7l3 3 3-3", "M3 13.5h10"),
  open: line("M2 4.5V13h12V6H8L6.5 4.5z", "M8 11V7.5", "M6.3 9 8 7.3 9.7 9"),
  caret: line("M4.5 6.5 8 10l3.5-3.5"),
};

/** The icons of controls, sized with a button's text (class "ui-icon"). */
const CONTROLS = new Set(["undo", "redo", "share", "download", "open", "caret"]);

/**
 * An inline SVG icon (16×16 view box, sized by CSS), hidden from assistive technology (what it
 * stands for is said in words beside it, or by its button's name).
 */
export function icon(name, className = CONTROLS.has(name) ? "icon ui-icon" : "icon") {
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "0 0 16 16");
  svg.setAttribute("class", `${className} icon-${name}`);
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  for (const [tag, attrs] of PATHS[name]) {
    const el = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    svg.append(el);
  }
  return svg;
}

/** Puts a control's icon before a button's text (once). */
export function withIcon(button, name) {
  if (!button.querySelector(".ui-icon")) button.prepend(icon(name));
  return button;
}

/** A small SVG legend swatch: a line, a dashed line, or a band. */
export function swatch({ kind, color, opacity = 1, dash }) {
  const svg = document.createElementNS(NS, "svg");
  svg.setAttribute("viewBox", "0 0 24 12");
  svg.setAttribute("class", "swatch");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  let el;
  if (kind === "band") {
    el = document.createElementNS(NS, "rect");
    for (const [k, v] of Object.entries({ x: 1, y: 2, width: 22, height: 8, fill: color, "fill-opacity": opacity })) {
      el.setAttribute(k, String(v));
    }
  } else if (kind === "bar") {
    el = document.createElementNS(NS, "path");
    el.setAttribute("d", "M3 11V6h4v5zM10 11V3h4v8zM17 11V7h4v4z");
    el.setAttribute("fill", color);
    el.setAttribute("fill-opacity", String(opacity));
  } else {
    el = document.createElementNS(NS, "line");
    for (const [k, v] of Object.entries({ x1: 1, y1: 6, x2: 23, y2: 6, stroke: color, "stroke-width": 2.2 })) {
      el.setAttribute(k, String(v));
    }
    if (dash) el.setAttribute("stroke-dasharray", dash.join(" "));
  }
  svg.append(el);
  return svg;
}
