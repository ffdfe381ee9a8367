// Presets and "About this scenario". The Presets menu in the header opens a built-in scenario
// (illustrative sequences, and historical cases with their sources); the About panel beside
// the timeline tells the reader what they are looking at: title, description, sources, why the
// assumptions were chosen, for a historical case its milestones and what happened next, and
// always that it is an illustration, not a forecast.
//
// Whoever opens a preset (this menu, or `?preset=NAME` at start-up) announces it with a
// "relief:preset-opened" event; the About panel listens for it. Text from scenarios is only
// ever inserted as text, and only http(s) sources become links.

import { el } from "../shared/dom.js";
import { formatDate as formatLocaleDate, t, tAttr } from "../shared/i18n.js";

/** The event that says a preset was opened: `detail: { name }`. */
export const PRESET_OPENED = "relief:preset-opened";

// A preset may be opened before the panel exists (at start-up): keep the last one announced.
let announced = null;
document.addEventListener(PRESET_OPENED, (e) => {
  announced = e.detail?.name ?? null;
});

/** "2013-11" as a month and year in the page's language ("Nov 2013"); anything else as it is. */
export function formatDate(date) {
  const m = /^(\d{4})-(\d{2})$/.exec(String(date));
  const month = m ? Number(m[2]) : 0;
  if (month < 1 || month > 12) return String(date);
  return formatLocaleDate(Date.UTC(Number(m[1]), month - 1, 1), { month: "short", year: "numeric", timeZone: "UTC" });
}

/** A source's address, if it is one a reader may safely follow (http or https). */
export function safeUrl(url) {
  if (typeof url !== "string") return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The header's Presets menu: a button that shows a grouped list of presets. */
export class PresetMenu {
  /**
   * @param {object} o
   * @param {HTMLButtonElement} o.button the menu button
   * @param {HTMLElement} o.popup the element the list goes in
   * @param {{name: string, kind: string, title: string}[]} o.list the presets, in menu order
   * @param {(name: string) => void} o.onChoose a preset was chosen
   */
  constructor({ button, popup, list, onChoose }) {
    this.button = button;
    this.popup = popup;
    this.onChoose = onChoose;
    this.items = [];
    popup.replaceChildren();
    for (const kind of ["illustrative", "historical"]) {
      const entries = list.filter((p) => p.kind === kind);
      if (!entries.length) continue;
      const group = el("section", `presets-group presets-${kind}`);
      const h = el("h2");
      h.id = `presets-${kind}-heading`;
      h.textContent = t(kind === "historical" ? "presets-kind-historical" : "presets-kind-illustrative");
      const ul = el("ul");
      ul.setAttribute("aria-labelledby", h.id);
      for (const p of entries) {
        const li = el("li");
        const item = el("button");
        item.type = "button";
        item.className = "presets-item";
        item.dataset.preset = p.name;
        item.textContent = p.title;
        item.addEventListener("click", () => this.choose(p.name));
        li.append(item);
        ul.append(li);
        this.items.push(item);
      }
      group.append(h, ul);
      popup.append(group);
    }
    button.addEventListener("click", () => (this.isOpen ? this.close() : this.open()));
    button.addEventListener("keydown", (e) => {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        this.open(e.key === "ArrowUp" ? this.items.length - 1 : 0);
      }
    });
    popup.addEventListener("keydown", (e) => this.keyDown(e));
    // Leaving the menu, by Tab or by a click elsewhere, folds it away.
    popup.addEventListener("focusout", (e) => {
      if (this.isOpen && !popup.contains(e.relatedTarget) && e.relatedTarget !== button && e.relatedTarget) this.close({ focus: false });
    });
    document.addEventListener("pointerdown", (e) => {
      if (this.isOpen && !popup.contains(e.target) && !button.contains(e.target)) this.close({ focus: false });
    });
  }

  get isOpen() {
    return !this.popup.hidden;
  }

  /** Shows the list and focuses item `index` (the first by default). */
  open(index = 0) {
    this.popup.hidden = false;
    // The list opens under the button, towards whichever side of the screen has room.
    this.popup.classList.remove("align-end");
    if (this.popup.getBoundingClientRect().right > document.documentElement.clientWidth) this.popup.classList.add("align-end");
    this.button.setAttribute("aria-expanded", "true");
    this.items[Math.max(0, Math.min(index, this.items.length - 1))]?.focus();
  }

  close({ focus = true } = {}) {
    this.popup.hidden = true;
    this.button.setAttribute("aria-expanded", "false");
    if (focus) this.button.focus();
  }

  keyDown(e) {
    const at = this.items.indexOf(document.activeElement);
    let next = null;
    if (e.key === "ArrowDown") next = (at + 1) % this.items.length;
    else if (e.key === "ArrowUp") next = (at - 1 + this.items.length) % this.items.length;
    else if (e.key === "Home") next = 0;
    else if (e.key === "End") next = this.items.length - 1;
    else if (e.key === "Escape") {
      e.preventDefault();
      this.close();
      return;
    } else return;
    e.preventDefault();
    this.items[next].focus();
  }

  choose(name) {
    this.close();
    this.onChoose(name);
  }
}

/** Whether two JSON values are equal, whatever the order of object keys. */
function same(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => same(a[k], b[k]));
}

/** The parts of a scenario that change what the model projects. */
function modelled(s) {
  return [s.horizon_months, s.runs, s.seed, s.assumptions, s.steps ?? [], s.shocks ?? []];
}

/** "About this scenario", beside the timeline. */
export class AboutPanel {
  /**
   * @param {object} o
   * @param {HTMLElement} o.root the panel's section
   * @param {(name: string) => object} o.readPreset the wasm `preset(name)`
   * @param {(scenario: object) => object} o.complete fills a scenario's defaults (wasm `validate`)
   * @param {(month: number) => void} o.onShowMonth show a milestone's month on the charts
   * @param {{name: string, title: string}[]} [o.list] the presets, to recognise one that comes
   *   back through a link or a file
   */
  constructor({ root, readPreset, complete, onShowMonth, list = [] }) {
    this.root = root;
    this.byTitle = new Map(list.map((p) => [p.title, p.name]));
    this.readPreset = readPreset;
    this.complete = complete;
    this.onShowMonth = onShowMonth;
    this.preset = null;
    this.presetScenario = null;
    this.key = "";
    // Where the panel sits beside the timeline (see css/explain.css) it opens by itself.
    this.wide = matchMedia("(min-width: 1100px)");

    root.replaceChildren();
    this.details = el("details", "about-details");
    const summary = el("summary");
    const h = el("h2");
    h.id = "about-heading";
    h.textContent = t("presets-about-heading");
    this.titleLine = el("span", "about-title");
    this.titleLine.id = "about-title";
    summary.append(h, this.titleLine);
    this.body = el("div", "about-body");
    this.details.append(summary, this.body);
    this.note = el("p", "about-note");
    this.note.id = "about-note";
    root.append(this.details, this.note);
    root.setAttribute("aria-labelledby", "about-heading");

    document.addEventListener(PRESET_OPENED, (e) => this.presetOpened(e.detail?.name));
    if (announced) this.presetOpened(announced);
  }

  /** A preset was opened: its notes show until another scenario replaces it. */
  presetOpened(name) {
    if (!name || !this.adopt(name)) return;
    // Open beside the timeline; on narrower screens it stays a one-line disclosure above the
    // charts until the reader opens it.
    this.details.open = this.wide.matches;
    if (this.scenario) this.render(this.scenario);
  }

  /** Shows preset `name`'s notes from now on; false if there is no such preset. */
  adopt(name) {
    let p;
    try {
      p = this.readPreset(name);
    } catch {
      // An unknown name is reported by whoever tried to open it; there is nothing to show.
      return false;
    }
    this.preset = p;
    this.presetScenario = this.completed(p.scenario);
    this.key = "";
    return true;
  }

  /** Brings the panel in line with the scenario (called on every change; cheap when nothing
   * it shows has changed). */
  render(scenario) {
    this.scenario = scenario;
    if (this.preset && scenario.title !== this.preset.scenario.title) {
      // Another scenario has replaced the preset (a file, a link, undo): its notes no longer apply.
      this.preset = null;
      this.presetScenario = null;
    }
    if (!this.preset && this.byTitle.has(scenario.title)) {
      // A preset back through a link, a saved copy or a file keeps its notes.
      this.adopt(this.byTitle.get(scenario.title));
    }
    const changed = !!this.preset && !same(modelled(this.completed(scenario)), modelled(this.presetScenario));
    const key = JSON.stringify([this.preset?.name, changed, scenario.title, scenario.description, scenario.sources]);
    if (key === this.key) return;
    this.key = key;
    const hasNotes = !!(this.preset || scenario.description || scenario.sources?.length);
    this.root.hidden = !hasNotes;
    if (!hasNotes) return;
    this.fill(scenario, changed);
  }

  /** The scenario with its defaults filled in; as it is when it cannot be read (the page says why elsewhere). */
  completed(scenario) {
    try {
      return this.complete(scenario);
    } catch {
      return scenario;
    }
  }

  fill(scenario, changed) {
    const p = this.preset;
    this.titleLine.textContent = scenario.title || t("presets-untitled-scenario");
    const parts = [];
    if (p) {
      const kind = el("p", "about-kind", t(p.kind === "historical" ? "presets-about-kind-historical" : "presets-about-kind-illustrative"));
      if (changed) {
        const note = el("span", "about-changed", ` · ${t("presets-about-changed")}`);
        kind.append(note);
      }
      parts.push(kind);
    }
    if (scenario.description) parts.push(paragraph("about-description", scenario.description));

    const columns = el("div", "about-columns");
    if (p?.milestones?.length) columns.append(this.milestones(p.milestones));
    if (p?.outcome) columns.append(section(t("presets-outcome-heading"), paragraph("about-outcome", p.outcome)));
    if (p?.assumptions_why) columns.append(section(t("presets-assumptions-heading"), paragraph("about-assumptions", p.assumptions_why)));
    if (scenario.sources?.length) columns.append(section(t("presets-sources-heading"), sources(scenario.sources)));
    if (columns.childElementCount) parts.push(columns);
    this.body.replaceChildren(...parts);

    this.note.replaceChildren();
    const strong = el("strong", null, t("presets-note-lead"));
    this.note.append(strong, " ", t(p?.kind === "historical" ? "presets-note-historical" : "presets-note-illustrative"));
  }

  milestones(list) {
    const table = el("table", "about-milestones");
    const caption = el("caption", null, t("presets-milestones-caption"));
    caption.className = "visually-hidden";
    const thead = el("thead");
    const hr = el("tr");
    for (const label of [t("presets-milestones-month"), t("presets-milestones-date"), t("presets-milestones-event")]) {
      const th = el("th");
      th.scope = "col";
      th.textContent = label;
      hr.append(th);
    }
    thead.append(hr);
    const tbody = el("tbody");
    for (const m of list) {
      const tr = el("tr");
      const month = el("td");
      const show = el("button");
      show.type = "button";
      show.className = "about-month";
      show.textContent = t("presets-milestone-month", { month: m.month });
      show.setAttribute("aria-label", tAttr("presets-milestone-month", "aria-label", { month: m.month }));
      show.addEventListener("click", () => this.onShowMonth(m.month));
      month.append(show);
      const date = el("td", null, formatDate(m.date));
      const event = el("th");
      event.scope = "row";
      event.textContent = m.event;
      tr.append(month, date, event);
      tbody.append(tr);
    }
    table.append(caption, thead, tbody);
    return section(t("presets-milestones-heading"), table);
  }
}

function paragraph(className, text) {
  const p = el("p", className, text);
  return p;
}

function section(title, ...content) {
  const s = el("section", "about-section");
  const h = el("h3", null, title);
  s.append(h, ...content);
  return s;
}

function sources(list) {
  const ul = el("ul", "about-sources");
  for (const source of list) {
    const li = el("li");
    const title = source.title || source.url || t("presets-untitled-source");
    const href = safeUrl(source.url);
    if (href) {
      const a = el("a");
      a.href = href;
      a.textContent = title;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      li.append(a);
    } else {
      li.textContent = source.url ? t("presets-source-with-address", { title, url: source.url }) : title;
    }
    ul.append(li);
  }
  return ul;
}
