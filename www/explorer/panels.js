// The controls beside the timeline: the palette ("Add a step"), the editor of the selected
// step, and the assumptions. Each is built once from the model's catalog and then only has
// its values brought in line with the scenario on every render.

import { $, el } from "../shared/dom.js";
import { icon } from "../shared/icons.js";
import { copy, horizonOf, itemAt } from "../shared/state.js";
import { guardNumber } from "./limits.js";
import { formatLevel, t, tAttr } from "../shared/i18n.js";

/**
 * Formats a 0-to-1 value for a slider's output, in the reader's digits. It is rounded to two
 * decimals first, so it reads as it always has (0.125 as "0.13", not "0.12").
 */
function two(v) {
  return formatLevel(Number(Number(v).toFixed(2)));
}

export class Palette {
  constructor({ catalog, onAdd }) {
    this.details = $("palette");
    this.monthInput = $("add-month");
    // A month off the timeline is refused with a message, keeping the last good one.
    this.goodMonth = Number(this.monthInput.value) || 0;
    guardNumber(this.monthInput, {
      name: t("palette-month-field"),
      min: () => 0,
      max: () => Number(this.monthInput.max),
      current: () => Math.min(this.goodMonth, Number(this.monthInput.max)),
      onValid: (m) => (this.goodMonth = m),
    });
    const groups = $("palette-groups");
    const laneLabel = new Map(catalog.lanes.map((l) => [l.key, l.label]));
    const byLane = new Map(catalog.lanes.map((l) => [l.key, []]));
    for (const k of catalog.steps) byLane.get(k.lane)?.push(["steps", k]);
    for (const k of catalog.shocks) byLane.get("shocks")?.push(["shocks", k]);
    for (const [lane, kinds] of byLane) {
      const group = el("section", `palette-group lane-${lane}`);
      const h = el("h3", null, laneLabel.get(lane));
      const ul = el("ul");
      for (const [list, kind] of kinds) {
        const li = el("li");
        const button = el("button");
        button.type = "button";
        button.className = `palette-item role-${kind.role}`;
        button.dataset.list = list;
        button.dataset.kind = kind.key;
        const name = el("span", "palette-name");
        if (list === "shocks") name.append(icon("shock", "icon chip-icon"));
        name.append(kind.label);
        const why = el("span", "palette-why", kind.explanation);
        button.append(name, why);
        button.addEventListener("click", () => {
          // The palette stays open when the step cannot be added, so its message is seen.
          if (onAdd(list, kind.key, Number(this.monthInput.value) || 0) !== false) this.details.open = false;
        });
        li.append(button);
        ul.append(li);
      }
      group.append(h, ul);
      groups.append(group);
    }
  }

  render(scenario) {
    const last = horizonOf(scenario) - 1;
    this.monthInput.max = String(last);
    if (Number(this.monthInput.value) > last) this.monthInput.value = String(last);
  }

  /** Suggests the month new steps go in (the month being read on the charts). */
  suggestMonth(month, scenario) {
    if (month == null) return;
    this.monthInput.value = String(Math.min(month, horizonOf(scenario) - 1));
    this.goodMonth = Number(this.monthInput.value);
  }
}

export class Editor {
  constructor({ catalog, onField, onDelete }) {
    this.kinds = new Map();
    for (const k of catalog.steps) this.kinds.set(`steps:${k.key}`, k);
    for (const k of catalog.shocks) this.kinds.set(`shocks:${k.key}`, k);
    this.form = $("editor-form");
    this.empty = $("editor-empty");
    this.label = $("editor-label");
    this.actor = $("editor-actor");
    this.explanation = $("editor-explanation");
    this.month = $("editor-month");
    this.size = $("editor-size");
    this.sizeValue = $("editor-size-value");
    this.senderField = $("editor-sender-field");
    this.sender = $("editor-sender");
    this.senderHelp = $("editor-sender-help");
    this.expiresField = $("editor-expires-field");
    this.expires = $("editor-expires");
    this.flags = $("editor-flags");
    this.conditional = $("editor-conditional");
    this.transparent = $("editor-transparent");
    this.remove = $("editor-delete");
    this.ref = null;
    this.form.addEventListener("submit", (e) => e.preventDefault());
    // A month off the timeline is refused with a message, keeping the step where it is.
    guardNumber(this.month, {
      name: t("editor-month-field"),
      min: () => 0,
      max: () => horizonOf(this.scenario) - 1,
      current: () => itemAt(this.scenario, this.ref)?.month ?? 0,
      onValid: (m) => this.ref && onField(this.ref, "month", m),
    });
    // A number of months, or empty for relief that never lapses; anything else is refused with
    // a message naming the field, keeping the last good value. The format allows any expiry up
    // to the longest horizon, whatever this scenario's.
    this.expires.max = String(catalog.limits.max_horizon);
    guardNumber(this.expires, {
      name: t("editor-expires-field"),
      empty: t("editor-expires-empty"),
      min: () => 1,
      max: () => catalog.limits.max_horizon,
      current: () => itemAt(this.scenario, this.ref)?.expires_after ?? null,
      onValid: (months) => this.ref && onField(this.ref, "expires_after", months),
    });
    this.sender.addEventListener("change", () => this.ref && onField(this.ref, "sender", this.sender.value));
    this.size.addEventListener("input", () => {
      this.sizeValue.value = two(this.size.value);
      if (this.ref) onField(this.ref, "size", Number(this.size.value));
    });
    this.conditional.addEventListener("change", () => this.ref && onField(this.ref, "conditional", this.conditional.checked));
    this.transparent.addEventListener("change", () => this.ref && onField(this.ref, "transparent", this.transparent.checked));
    this.remove.addEventListener("click", () => this.ref && onDelete(this.ref));
  }

  render(scenario, ref) {
    this.scenario = scenario;
    const item = itemAt(scenario, ref);
    this.ref = item ? ref : null;
    this.form.hidden = !item;
    this.empty.hidden = !!item;
    if (!item) return;
    const kind = this.kinds.get(`${ref.list}:${item.kind}`);
    this.label.textContent = kind?.label ?? item.kind;
    this.actor.textContent = ref.list === "shocks" ? t("editor-actor-shock") : t("editor-actor", { actor: kind?.actor_label ?? "" });
    this.explanation.textContent = kind?.explanation ?? "";
    this.month.max = String(horizonOf(scenario) - 1);
    if (document.activeElement !== this.month) this.month.value = String(item.month);
    const size = item.size ?? kind?.default_size ?? 0.5;
    if (Number(this.size.value) !== size) this.size.value = String(size);
    this.sizeValue.value = two(size);
    this.renderSender(scenario, ref, item, kind);
    const relief = ref.list === "steps" && kind?.role === "relief";
    this.expiresField.hidden = !relief;
    if (document.activeElement !== this.expires) this.expires.value = item.expires_after == null ? "" : String(item.expires_after);
    this.flags.hidden = ref.list !== "steps";
    this.conditional.checked = !!item.conditional;
    this.transparent.checked = !!item.transparent;
    this.remove.textContent = t(ref.list === "shocks" ? "editor-delete-shock" : "editor-delete-step");
  }

  /**
   * The sender select: for relief and for a sender walking out, when the scenario names its
   * senders. Without a sender of its own an item belongs to the first one, as in the format.
   */
  renderSender(scenario, ref, item, kind) {
    const senders = Array.isArray(scenario.senders) ? scenario.senders : [];
    const applies = ref.list === "steps" ? kind?.role === "relief" : item.kind === "sender_withdrawal";
    this.senderField.hidden = !(applies && senders.length);
    if (this.senderField.hidden) return;
    this.senderHelp.textContent = t(ref.list === "steps" ? "editor-sender-help-relief" : "editor-sender-help-withdrawal");
    const names = [...this.sender.options].map((o) => o.value);
    if (names.join("\u0000") !== senders.join("\u0000")) {
      this.sender.replaceChildren(
        ...senders.map((name) => {
          const option = el("option");
          option.value = name;
          option.textContent = name;
          return option;
        }),
      );
    }
    this.sender.value = senders.includes(item.sender) ? item.sender : senders[0];
  }
}

export class Assumptions {
  constructor({ catalog, onAssumption, onHorizon, onRuns, onSeed, onNewSeed, onSenders }) {
    this.catalog = catalog;
    this.senders = new Senders(catalog, onSenders);
    this.inputs = new Map();
    const list = $("assumption-list");
    for (const a of catalog.assumptions) {
      const field = el("div", "field");
      const label = el("label");
      label.htmlFor = `assumption-${a.key}`;
      label.textContent = a.label;
      const input = el("input");
      input.type = "range";
      input.id = `assumption-${a.key}`;
      input.min = "0";
      input.max = "1";
      input.step = "0.05";
      input.setAttribute("aria-describedby", `assumption-${a.key}-help`);
      const out = el("output");
      out.htmlFor = input.id;
      const help = el("p", "hint");
      help.id = `assumption-${a.key}-help`;
      help.textContent = a.explanation;
      input.addEventListener("input", () => {
        out.value = two(input.value);
        onAssumption(a.key, Number(input.value));
      });
      field.append(label, input, out, help);
      list.append(field);
      this.inputs.set(a.key, [input, out, a.default]);
    }
    this.horizon = $("horizon");
    this.horizonValue = $("horizon-value");
    this.runs = $("runs");
    this.seed = $("seed");
    this.horizon.min = String(catalog.limits.min_horizon);
    this.horizon.max = String(catalog.limits.max_horizon);
    this.runs.max = String(catalog.limits.max_runs);
    this.seed.max = String(catalog.limits.max_seed);
    this.horizon.addEventListener("input", () => {
      this.horizonValue.value = t("assumptions-horizon-value", { months: Number(this.horizon.value) });
      onHorizon(Number(this.horizon.value));
    });
    // Out-of-range entries are refused with a message naming the field, keeping the last good value.
    guardNumber(this.runs, {
      name: t("assumptions-runs-field"),
      min: () => 1,
      max: () => catalog.limits.max_runs,
      current: () => this.scenario?.runs ?? catalog.defaults.runs,
      onValid: onRuns,
    });
    guardNumber(this.seed, {
      name: t("assumptions-seed-field"),
      min: () => 0,
      max: () => catalog.limits.max_seed,
      current: () => this.scenario?.seed ?? catalog.defaults.seed,
      onValid: onSeed,
    });
    $("new-seed").addEventListener("click", onNewSeed);
  }

  render(scenario) {
    this.scenario = scenario;
    this.senders.render(scenario);
    for (const [key, [input, out, fallback]] of this.inputs) {
      const v = scenario.assumptions?.[key] ?? fallback;
      if (Number(input.value) !== v) input.value = String(v);
      out.value = two(v);
    }
    const h = horizonOf(scenario);
    if (Number(this.horizon.value) !== h) this.horizon.value = String(h);
    this.horizonValue.value = t("assumptions-horizon-value", { months: h });
    const runs = scenario.runs ?? this.catalog.defaults.runs;
    if (document.activeElement !== this.runs) this.runs.value = String(runs);
    const seed = scenario.seed ?? this.catalog.defaults.seed;
    if (document.activeElement !== this.seed) this.seed.value = String(seed);
  }
}

/** The format's limits on senders (docs/scenario-format.md), as the model's reader checks them. */
const MAX_SENDERS = 8;
const MAX_SENDER_CHARS = 40;

/**
 * The scenario's senders: a list of names to rename or remove, and a field to add one. A bad
 * name is refused with a message and the last good one kept; a rename follows into every step
 * and shock that names the sender; a sender still named is not removed, and the message says
 * by what.
 */
class Senders {
  constructor(catalog, onChange) {
    this.kinds = new Map([...catalog.steps.map((k) => [k.key, k]), ...catalog.shocks.map((k) => [k.key, k])]);
    this.onChange = onChange;
    this.list = $("sender-list");
    this.error = $("senders-error");
    this.input = $("new-sender");
    const add = () => {
      const name = this.input.value.trim();
      const names = this.names();
      if (names.length >= MAX_SENDERS) return this.refuse(this.input, t("assumptions-senders-too-many", { max: MAX_SENDERS }));
      const problem = nameProblem(name, names);
      if (problem) return this.refuse(this.input, problem);
      this.input.value = "";
      this.change(names.concat(name));
    };
    $("add-sender").addEventListener("click", add);
    this.input.addEventListener("keydown", (e) => e.key === "Enter" && add());
  }

  names() {
    return this.scenario.senders ?? [];
  }

  /** Shows `message`, for `input` if given, which keeps what it held before. */
  refuse(input, message) {
    this.clear();
    this.error.textContent = message;
    this.error.hidden = false;
    input?.setAttribute("aria-invalid", "true");
  }

  clear() {
    this.error.hidden = true;
    for (const field of this.list.parentNode.querySelectorAll("[aria-invalid]")) field.removeAttribute("aria-invalid");
  }

  /** A new scenario with these senders; `rename` ([from, to]) follows into steps and shocks. */
  change(names, rename) {
    this.clear();
    const next = copy(this.scenario);
    if (names.length) next.senders = names;
    else delete next.senders;
    for (const item of [...(next.steps ?? []), ...(next.shocks ?? [])]) if (rename && item.sender === rename[0]) item.sender = rename[1];
    this.onChange(next);
  }

  rename(i, input) {
    const names = this.names();
    const name = input.value.trim();
    const problem = nameProblem(name, names.filter((_, j) => j !== i));
    if (problem) {
      input.value = names[i];
      return this.refuse(input, `${problem} ${t("assumptions-sender-kept", { name: names[i] })}`);
    }
    if (name !== names[i]) this.change(names.map((n, j) => (j === i ? name : n)), [names[i], name]);
    else input.value = name;
  }

  remove(i) {
    const names = this.names();
    // Steps and shocks that name the sender, and, for the first of several, those that name
    // none and so are the first sender's.
    const users = [];
    let first = null;
    for (const list of ["steps", "shocks"]) {
      for (const item of this.scenario[list] ?? []) {
        const kind = this.kinds.get(item.kind);
        const applies = list === "steps" ? kind?.role === "relief" : item.kind === "sender_withdrawal";
        const implied = applies && !item.sender && i === 0 && names.length > 1;
        if (implied) first = t("assumptions-sender-implied");
        if (item.sender === names[i] || implied) users.push(t("assumptions-sender-user", { step: kind?.label ?? item.kind, month: item.month }));
      }
    }
    if (users.length) {
      const shown = users.length > 4 ? [...users.slice(0, 3), t("assumptions-sender-users-more", { count: users.length - 3 })] : users;
      const those =
        shown.length > 1
          ? t("assumptions-sender-users", { first: shown.slice(0, -1).join(t("assumptions-list-separator")), last: shown.at(-1) })
          : shown[0];
      const sentences = [t("assumptions-sender-still-used", { name: names[i], users: those }), first, t("assumptions-sender-choose-another")];
      return this.refuse(null, sentences.filter(Boolean).join(" "));
    }
    this.change(names.filter((_, j) => j !== i));
    // Focus stays on the row, which now holds the next sender; past the last, on the new one.
    if (!this.list.contains(document.activeElement)) this.input.focus();
  }

  render(scenario) {
    this.scenario = scenario;
    const names = this.names();
    // Rows are only added or dropped at the end, so a field keeps its focus while it is renamed.
    const rows = this.list.children;
    while (rows.length > names.length) rows[rows.length - 1].remove();
    names.forEach((name, i) => {
      if (!rows[i]) {
        const li = el("li");
        const input = el("input");
        input.type = "text";
        input.autocomplete = "off";
        input.setAttribute("aria-label", t("assumptions-sender-field", { number: i + 1 }));
        input.setAttribute("aria-describedby", "senders-error");
        input.addEventListener("change", () => this.rename(i, input));
        const remove = el("button");
        remove.type = "button";
        remove.textContent = t("assumptions-sender-remove");
        remove.setAttribute("aria-describedby", "senders-error");
        remove.addEventListener("click", () => this.remove(i));
        li.append(input, remove);
        this.list.append(li);
      }
      const [input, remove] = rows[i].children;
      if (input.value !== name) input.value = name;
      remove.setAttribute("aria-label", tAttr("assumptions-sender-remove", "aria-label", { name }));
    });
  }
}

/** What is wrong with a sender's name among `others`, in a sentence, or nothing. */
function nameProblem(name, others) {
  if (!name) return t("assumptions-sender-name-empty");
  const chars = [...name].length;
  if (chars > MAX_SENDER_CHARS) return t("assumptions-sender-name-too-long", { max: MAX_SENDER_CHARS, count: chars });
  if (others.includes(name)) return t("assumptions-sender-name-taken", { name });
}
