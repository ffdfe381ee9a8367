// A team's view of an exercise (workshop.html#w1.…): pick the team, then build its sequence on
// the explorer's timeline and charts, restricted by the team's lock: locked steps stay
// visible and readable but cannot be moved, changed or removed, and the palette offers only
// what the team may add. "Hand back" gives the facilitator a link, a file and a QR code.
//
// Also the view of a team's hand-back opened on any device (workshop.html#t1.…): the team's
// sequence and numbers, and a button that adds it to this device's comparison.

import {
  Explorer,
  Comparison,
  exercise_from_link,
  validate,
  palette as readPalette,
  team_file,
  team_from_link,
  team_link,
} from "../pkg/relief_workshop.js";
import * as S from "../shared/state.js";
import { Timeline } from "../shared/timeline.js";
import { Charts } from "../shared/charts.js";
import { icon, swatch } from "../shared/icons.js";
import {
  $,
  el,
  describe,
  showError,
  clearError,
  announce,
  addressOf,
  copyText,
  saveFile,
  showQr,
  slug,
  readStored,
  writeStored,
} from "./common.js";

const TEAM_KEY = "relief-sequencer:workshop-team:v1";
/** How long the summary and the hand-back link wait for a drag to settle. */
const SETTLE_MS = 450;

export class TeamView {
  constructor({ catalog, workshop, workspace, onFacilitate }) {
    this.catalog = catalog;
    this.workshop = workshop;
    this.ws = workspace;
    this.onFacilitate = onFacilitate;
    this.kinds = new Map();
    for (const k of catalog.steps) this.kinds.set(`steps:${k.key}`, k);
    for (const k of catalog.shocks) this.kinds.set(`shocks:${k.key}`, k);
    this.locks = new Map(workshop.locks.map((l) => [l.key, l]));
    this.exercise = null;
    this.team = null;
    this.allowed = new Set();
    this.scenario = null;
    this.selected = null;
    this.highlight = null;
    this.framePending = false;
    this.modelDirty = false;
    this.settleTimer = 0;
    this.built = false;

    $("team-facilitate").addEventListener("click", () => this.facilitate());
    $("team-switch").addEventListener("click", () => this.showPicker());
    $("team-handback").addEventListener("click", () => this.handBack());
    // On a phone the hand-back is far below the charts: the banner's button goes there.
    $("team-jump-handback").addEventListener("click", () => {
      $("team-handback-heading").scrollIntoView({ block: "start" });
      $("team-handback").focus({ preventScroll: true });
    });
    $("team-link-copy").addEventListener("click", (e) => copyText(this.teamAddress(), $("team-link"), e.currentTarget));
    $("team-download").addEventListener("click", () => this.download());
    $("team-start-over").addEventListener("click", () => {
      if (confirm("Start again from the exercise's scenario? Your team's changes will be lost.")) {
        this.commit(S.copy(this.exercise.team_start), null);
        announce("Your sequence is back to the exercise's starting scenario.");
      }
    });
  }

  /** Opens the exercise in the link's fragment. Returns false when it cannot be read. */
  open(fragment) {
    let expanded;
    try {
      expanded = exercise_from_link(fragment);
    } catch (err) {
      showError(`${describe(err)}. Ask the facilitator for the exercise link again; a link cut short when copied cannot be opened.`);
      return false;
    }
    clearError();
    const same = this.exercise?.id === expanded.id;
    this.exercise = expanded;
    const x = expanded.exercise;
    $("exercise-title").textContent = x.title || "Workshop exercise";
    $("team-heading").textContent = x.title || "Workshop exercise";
    $("team-briefing").textContent = x.briefing;
    $("team-briefing").hidden = !x.briefing;
    this.renderChoices();
    const remembered = readStored(`${TEAM_KEY}:${expanded.id}:chosen`);
    if (same && this.team) this.startTeam(this.team.name);
    else if (typeof remembered === "string" && x.teams.some((t) => t.name === remembered)) this.startTeam(remembered);
    else this.showPicker();
    return true;
  }

  renderChoices() {
    const x = this.exercise.exercise;
    const box = $("team-choices");
    box.replaceChildren(
      ...x.teams.map((team, i) => {
        const button = el("button", "team-choice");
        button.type = "button";
        const name = el("strong", null, team.name);
        const lock = el("span", "muted", this.locks.get(team.lock)?.label ?? team.lock);
        button.append(name, lock);
        button.id = `team-choice-${i}`;
        button.addEventListener("click", () => this.startTeam(team.name));
        return button;
      }),
    );
  }

  showPicker() {
    $("team-picker-panel").hidden = false;
    $("team-workspace").hidden = true;
    $("team-choices").querySelector("button")?.focus({ preventScroll: true });
  }

  storageKey(name) {
    return `${TEAM_KEY}:${this.exercise.id}:${name.trim().toLowerCase()}`;
  }

  startTeam(name) {
    const team = this.exercise.exercise.teams.find((t) => t.name === name);
    if (!team) return;
    this.team = team;
    writeStored(`${TEAM_KEY}:${this.exercise.id}:chosen`, name);
    const lock = this.locks.get(team.lock);
    this.allowed = new Set(lock?.kinds ?? []);
    $("team-name").textContent = team.name;
    $("team-lock").textContent = lock?.description ?? "";
    const x = this.exercise.exercise;
    const sealed = !x.teams_see_injects && x.injects.length > 0;
    $("team-news-note").hidden = !sealed;
    $("team-news-note").textContent = sealed
      ? `The facilitator has ${x.injects.length === 1 ? "a piece of news" : `${x.injects.length} pieces of news`} for later: not on your timeline, but the comparison will feel ${x.injects.length === 1 ? "it" : "them"}.`
      : "";
    $("team-picker-panel").hidden = true;
    $("team-workspace").hidden = false;
    this.build();
    const start = this.storedWork(name) ?? S.copy(this.exercise.team_start);
    this.explorer.free();
    this.explorer = new Explorer();
    this.charts.explorer = this.explorer;
    for (const { chart, canvas } of this.charts.figures) this.explorer.attach(chart.key, canvas);
    this.applyTheme();
    // The exercise's start is the baseline the team's changes are drawn against.
    this.explorer.set_scenario(JSON.stringify(this.exercise.team_start));
    this.renderPalette();
    $("team-handback-body").hidden = true;
    $("team-summary").textContent = "";
    this.commit(start, null);
    announce(`You are ${team.name}.`);
  }

  /** The team's sequence kept on this device, if it can still be read; one that cannot is set
   * aside (never deleted) and the team starts from the exercise's scenario. */
  storedWork(name) {
    const key = this.storageKey(name);
    const stored = readStored(key, (v) => v && typeof v === "object" && Array.isArray(v.steps));
    if (!stored) return null;
    try {
      validate(stored);
      return stored;
    } catch (err) {
      writeStored(`${key}:rescued`, stored);
      showError(`Your team's sequence kept on this device could not be read (${describe(err)}); it was set aside, and your team starts again from the exercise's scenario.`);
      return null;
    }
  }

  /** Builds the timeline, palette, editor and charts once, the first time a team starts. */
  build() {
    if (this.built) return;
    this.built = true;
    this.explorer = new Explorer();
    this.timeline = new Timeline({
      root: $("team-timeline"),
      scroller: $("team-timeline-scroller"),
      catalog: this.catalog,
      describedBy: "team-timeline-hint",
      lockedDescribedBy: "team-locked-note",
      isLocked: (ref, item) => this.isLocked(ref.list, item),
      onMove: (ref, month) => this.commit(S.moveItem(this.scenario, ref, month), ref),
      onSelect: (ref) => this.select(ref),
      onDelete: (ref) => this.remove(ref),
      onEdit: (ref) => {
        this.select(ref);
        $("team-editor-month")?.focus();
      },
    });
    this.charts = new Charts({
      root: $("team-charts"),
      catalog: this.catalog,
      explorer: this.explorer,
      onHighlight: (month) => this.setHighlight(month),
      onPick: (month) => {
        $("team-add-month").value = String(Math.min(month, S.horizonOf(this.scenario) - 1));
      },
    });
    const details = $("team-palette");
    details.addEventListener("keydown", (e) => {
      if (e.key === "Escape" && details.open) {
        details.open = false;
        details.querySelector("summary").focus();
      }
    });
    new ResizeObserver(() => this.schedule(false)).observe($("team-charts"));
    for (const q of ["(prefers-color-scheme: dark)", "(prefers-contrast: more)"]) {
      matchMedia(q).addEventListener("change", () => this.applyTheme());
    }
    this.renderKey();
  }

  isLocked(list, item) {
    return list === "shocks" || !this.allowed.has(item.kind);
  }

  applyTheme() {
    const theme = matchMedia("(prefers-color-scheme: dark)").matches
      ? "dark"
      : matchMedia("(prefers-contrast: more)").matches
        ? "high-contrast"
        : "light";
    this.explorer.set_theme(theme);
    this.charts.renderLegends(readPalette(theme));
    this.schedule(false);
  }

  renderKey() {
    const pal = readPalette("light");
    const key = $("team-key");
    const part = (node, text) => {
      const span = el("span", "key-item");
      span.append(node, text);
      key.append(span);
    };
    part(swatch({ kind: "band", color: pal.markers.relief }), "relief");
    part(swatch({ kind: "band", color: pal.markers.reform }), "reform or compliance");
    part(swatch({ kind: "band", color: pal.markers.confidence }), "confidence building");
    part(swatch({ kind: "band", color: pal.markers.shock }), "shock");
    part(icon("conditional"), "waits for verified compliance");
    const locked = el("span", "key-locked");
    locked.setAttribute("aria-hidden", "true");
    part(locked, "locked for your team");
  }

  renderPalette() {
    const groups = $("team-palette-groups");
    groups.replaceChildren();
    for (const lane of this.catalog.lanes) {
      const kinds = this.catalog.steps.filter((k) => k.lane === lane.key && this.allowed.has(k.key));
      if (!kinds.length) continue;
      const group = el("section", `palette-group lane-${lane.key}`);
      const h = el("h4", null, lane.label);
      const ul = el("ul");
      for (const kind of kinds) {
        const li = el("li");
        const button = el("button", `palette-item role-${kind.role}`);
        button.type = "button";
        button.append(el("span", "palette-name", kind.label), el("span", "palette-why", kind.explanation));
        button.addEventListener("click", () => {
          const [next, ref] = S.addItem(this.scenario, "steps", kind.key, Number($("team-add-month").value) || 0);
          $("team-palette").open = false;
          this.commit(next, ref);
          this.timeline.focusItem(ref);
        });
        li.append(button);
        ul.append(li);
      }
      group.append(h, ul);
      groups.append(group);
    }
  }

  // ---------------------------------------------------------------- the update loop

  commit(next, selected = this.selected) {
    this.scenario = next;
    this.selected = S.itemAt(next, selected) ? selected : null;
    this.timeline.render(next, this.selected);
    this.renderEditor();
    const last = S.horizonOf(next) - 1;
    $("team-add-month").max = String(last);
    writeStored(this.storageKey(this.team.name), next);
    this.schedule(true);
  }

  select(ref) {
    if (S.sameRef(ref, this.selected)) return;
    this.selected = ref;
    this.timeline.render(this.scenario, ref);
    this.renderEditor();
  }

  remove(ref) {
    const item = S.itemAt(this.scenario, ref);
    if (!item || this.isLocked(ref.list, item)) return;
    this.timeline.forget(ref);
    this.commit(S.removeItem(this.scenario, ref), null);
    const target = this.timeline.chipAfterRemoval(ref);
    if (target) this.timeline.focusItem(target);
    else $("team-palette").querySelector("summary").focus();
  }

  setHighlight(month) {
    if (month === this.highlight) return;
    this.highlight = month;
    this.timeline.setHighlight(month);
    this.charts.setMonth(month);
    this.schedule(false);
  }

  schedule(model) {
    if (!this.scenario) return;
    if (model) this.modelDirty = true;
    if (!this.framePending) {
      this.framePending = true;
      requestAnimationFrame(() => this.frame());
    }
  }

  frame() {
    this.framePending = false;
    const runModel = this.modelDirty;
    this.modelDirty = false;
    let summary = null;
    try {
      if (runModel) summary = this.explorer.set_scenario(JSON.stringify(this.scenario));
      this.explorer.draw_all(this.highlight ?? undefined);
    } catch (err) {
      showError(`The model could not run this sequence: ${describe(err)}`);
      return;
    }
    if (runModel) {
      this.charts.setContent(summary);
      this.renderWarnings(summary.warnings);
      if (!$("team-summary").textContent) $("team-summary").textContent = summary.text;
      this.charts.setMonth(this.highlight);
      clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
    }
    this.charts.renderReadout($("team-readout"), this.highlight);
  }

  /** What waits for a drag to settle: the spoken summary and the hand-back link. */
  settle() {
    $("team-summary").textContent = this.explorer.summary_text(undefined);
    if (!$("team-handback-body").hidden) this.renderHandBack();
  }

  renderWarnings(warnings) {
    const ul = $("team-warnings");
    const items = warnings.length ? warnings : [null];
    ul.replaceChildren(
      ...items.map((w) => {
        const li = el("li");
        if (w === null) {
          li.className = "ok";
          li.textContent = "No sequencing problems found.";
        } else {
          li.append(icon("warning"), w);
        }
        return li;
      }),
    );
  }

  // ---------------------------------------------------------------- the selected step

  renderEditor() {
    const box = $("team-editor");
    const ref = this.selected;
    const item = S.itemAt(this.scenario, ref);
    if (!item) {
      if (box.dataset.state !== "empty") {
        box.dataset.state = "empty";
        box.replaceChildren(el("p", "hint", "Select a step on the timeline to change its month, its size, or how it is made."));
      }
      return;
    }
    const kind = this.kinds.get(`${ref.list}:${item.kind}`);
    const locked = this.isLocked(ref.list, item);
    const state = `${ref.list}:${ref.index}:${item.kind}:${locked}`;
    if (box.dataset.state !== state) {
      box.dataset.state = state;
      box.replaceChildren(...this.editorFields(ref, item, kind, locked));
    }
    if (locked) {
      $("team-editor-facts").textContent = facts(ref.list, item, kind);
      return;
    }
    const month = $("team-editor-month");
    month.max = String(S.horizonOf(this.scenario) - 1);
    if (document.activeElement !== month) month.value = String(item.month);
    const size = item.size ?? kind?.default_size ?? 0.5;
    const range = $("team-editor-size");
    if (Number(range.value) !== size) range.value = String(size);
    $("team-editor-size-value").value = size.toFixed(2);
    $("team-editor-conditional").checked = !!item.conditional;
    $("team-editor-transparent").checked = !!item.transparent;
  }

  editorFields(ref, item, kind, locked) {
    const what = el("p", "editor-what");
    what.append(el("strong", null, kind?.label ?? item.kind), " ", el("span", "muted", ref.list === "shocks" ? "(shock)" : `(${kind?.actor_label ?? ""})`));
    const nodes = [what, el("p", "hint", kind?.explanation ?? "")];
    if (locked) {
      const note = el("p", "locked-badge");
      note.append(
        ref.list === "shocks"
          ? "Shocks are the facilitator's: your team cannot change them."
          : `Locked: ${this.locks.get(this.team.lock)?.label.toLowerCase() ?? "your lock"} may be changed by your team.`,
      );
      const factsLine = el("p", "editor-facts");
      factsLine.id = "team-editor-facts";
      nodes.push(note, factsLine);
      return nodes;
    }
    const change = (field, value) => {
      const next =
        field === "month"
          ? S.moveItem(this.scenario, ref, value)
          : S.setItemField(this.scenario, ref, field, field === "size" || value ? value : undefined);
      this.commit(next, ref);
    };
    const month = fieldBox("team-editor-month", "Month", "input");
    month.input.type = "number";
    month.input.min = "0";
    month.input.inputMode = "numeric";
    month.input.addEventListener("change", () => {
      if (month.input.value !== "") change("month", Number(month.input.value));
    });
    const size = fieldBox("team-editor-size", "Size", "input");
    size.input.type = "range";
    size.input.min = "0";
    size.input.max = "1";
    size.input.step = "0.05";
    const out = el("output");
    out.id = "team-editor-size-value";
    out.htmlFor = size.input.id;
    size.box.append(out);
    size.input.addEventListener("input", () => {
      out.value = Number(size.input.value).toFixed(2);
      change("size", Number(size.input.value));
    });
    const flags = el("div", "field checks");
    const check = (id, label, note, field) => {
      const l = el("label");
      const box = el("input");
      box.type = "checkbox";
      box.id = id;
      box.addEventListener("change", () => change(field, box.checked));
      l.append(box, ` ${label} `, el("span", "muted", note));
      return l;
    };
    flags.append(
      check("team-editor-conditional", "Conditional", "— waits until compliance has been verified", "conditional"),
      check("team-editor-transparent", "Transparent", "— announced with published criteria", "transparent"),
    );
    const del = el("button", "danger", "Delete this step");
    del.type = "button";
    del.addEventListener("click", () => this.remove(ref));
    nodes.push(month.box, size.box, flags, del);
    return nodes;
  }

  // ---------------------------------------------------------------- hand back

  work() {
    return {
      format: "relief-team/1",
      team: this.team.name,
      exercise: this.exercise.id,
      exercise_title: this.exercise.exercise.title,
      scenario: this.scenario,
    };
  }

  teamAddress() {
    return addressOf(team_link(this.work()));
  }

  handBack() {
    try {
      this.renderHandBack();
    } catch (err) {
      showError(`Your sequence could not be handed back: ${describe(err)}`);
      return;
    }
    $("team-handback-body").hidden = false;
    $("team-link").focus();
    $("team-link").select();
    announce("Your team's link, file and QR code are ready.");
  }

  renderHandBack() {
    const address = this.teamAddress();
    $("team-link").value = address;
    const reason = showQr($("team-qr"), address);
    $("team-qr").closest("figure").hidden = !!reason;
    if (reason) showError(`No QR code for this sequence: ${reason}`);
  }

  download() {
    try {
      const text = team_file(this.work());
      saveFile(text, `${slug(this.exercise.exercise.title, "exercise")}-${slug(this.team.name)}.json`);
      announce("The file is downloading.");
    } catch (err) {
      showError(`The file could not be made: ${describe(err)}`);
    }
  }

  facilitate() {
    const x = this.exercise.exercise;
    const current = this.ws.exercise;
    const different = current && JSON.stringify(current) !== JSON.stringify(x);
    if (different && this.ws.teams.length && !confirm("Facilitate this exercise on this device? It replaces the exercise set up here before; the teams' sequences already added are kept.")) return;
    this.ws.source = "link";
    this.ws.setExercise(structuredClone(x), "link");
    this.onFacilitate();
  }
}

function facts(list, item, kind) {
  const parts = [`Month ${item.month}`, `size ${(item.size ?? kind?.default_size ?? 0.5).toFixed(2)}`];
  if (list === "steps" && item.conditional) parts.push("waits for verified compliance");
  if (list === "steps" && item.transparent) parts.push("published criteria");
  return `${parts.join(", ")}.`;
}

function fieldBox(id, label, tag) {
  const box = el("div", "field");
  const l = el("label", null, label);
  l.htmlFor = id;
  const input = el(tag);
  input.id = id;
  box.append(l, input);
  return { box, input };
}

// -------------------------------------------------------------------- a hand-back, opened

export class ReceivedView {
  constructor({ workspace, onAdded }) {
    this.ws = workspace;
    this.onAdded = onAdded;
    this.work = null;
    $("received-add").addEventListener("click", () => this.add());
  }

  open(fragment) {
    let work;
    try {
      work = team_from_link(fragment);
    } catch (err) {
      showError(`${describe(err)}. Ask the team for its link again.`);
      return false;
    }
    clearError();
    this.work = work;
    $("exercise-title").textContent = work.exercise_title || "Workshop exercise";
    $("received-heading").textContent = `${work.team} handed back its sequence`;
    const checked = this.ws.checked().ok;
    const ours = checked && checked.id === work.exercise;
    $("received-about").textContent = work.exercise_title
      ? `For the exercise “${work.exercise_title}”.${checked && !ours ? " It is not the exercise set up on this device, or it is another version of it." : ""}`
      : "";
    const model = new Comparison();
    try {
      if (ours) model.set_exercise(this.ws.exercise);
      model.add_team(work.team, JSON.stringify(work.scenario), work.exercise);
      const sheet = model.sheet(0);
      $("received-summary").textContent = sheet.summary;
      renderSequence($("received-sequence"), sheet.sequence);
    } catch (err) {
      showError(`This sequence could not be projected: ${describe(err)}`);
    } finally {
      model.free();
    }
    $("received-add").disabled = false;
    return true;
  }

  add() {
    try {
      const outcome = this.ws.addTeam(this.work);
      announce(outcome === "replaced" ? `${this.work.team}'s earlier sequence was replaced.` : `${this.work.team} was added to the comparison.`);
      this.onAdded();
    } catch (err) {
      showError(`${this.work.team} could not be added: ${describe(err)}`);
    }
  }
}

/** Writes a sequence (from a debrief sheet) as a list: "Month 6 · Sectoral easing — …". */
export function renderSequence(list, sequence) {
  list.replaceChildren(
    ...sequence.map((item) => {
      const li = el("li", `sequence-item role-${item.role}`);
      const month = el("span", "sequence-month", `Month ${item.month}`);
      const what = el("strong", null, item.label);
      li.append(month, " ", what, ` (${item.who.toLowerCase()}), ${item.detail}`);
      if (item.headline) li.append(el("span", "sequence-headline", ` — news: “${item.headline}”`));
      return li;
    }),
  );
}
