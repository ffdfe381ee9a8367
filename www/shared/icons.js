// Small inline SVG icons, drawn here so the page makes no request for them and every
// platform shows the same shapes (symbol glyphs differ from font to font).

const NS = "http://www.w3.org/2000/svg";

const PATHS = {
  // A padlock: the step waits until compliance has been verified.
  conditional: [
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
};

/** An inline SVG icon (16×16 view box, sized by CSS), hidden from assistive technology. */
export function icon(name, className = "icon") {
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
