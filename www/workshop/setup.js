// The facilitator's set-up: the exercise's title and briefing, the starting scenario (a preset,
// the explorer's opening scenario or a pasted link), 2 to 8 teams with their locks, and the
// news injects. Every edit is kept at once (even while the set-up has problems) and checked by
// the model; when it is sound, the exercise link and its QR code are ready to share.

import { exercise_link, preset, preset_list, read_exercise_document, scenario_from_link } from "../pkg/relief_workshop.js";
import { $, el, describe } from "../shared/dom.js";
import { formatLevel, t } from "../shared/i18n.js";
import { translatePreset, translatePresetList } from "../shared/catalog-words.js";
import { showQr, copyLink, addressOf, announce, messageWith } from "./common.js";
import { briefingMismatches, exampleBriefing, horizonInWords, isExampleBriefing } from "./briefing.js";
import { teamName } from "./workspace.js";

const DEFAULT_SOURCE = "default";
/** How long the QR code waits for typing to pause, in milliseconds. */
const QR_PAUSE_MS = 250;

export class Setup {
  constructor({ workspace, catalog, workshop, defaultScenario }) {
    this.ws = workspace;
    this.catalog = catalog;
    this.workshop = workshop;
    this.defaultScenario = defaultScenario;
    this.presets = translatePresetList(preset_list());
    this.link = "";
    this.form = $("setup-form");
    this.form.addEventListener("submit", (e) => e.preventDefault());

    $("setup-title").addEventListener("input", (e) => this.edit((x) => (x.title = e.target.value)));
    $("setup-briefing").addEventListener("input", (e) => this.edit((x) => (x.briefing = e.target.value)));
    $("setup-see-injects").addEventListener("change", (e) => this.edit((x) => (x.teams_see_injects = e.target.checked)));
    $("setup-preset").addEventListener("change", (e) => this.choosePreset(e.target.value));
    $("setup-scenario-use").addEventListener("click", () => this.useLink());
    $("setup-scenario-link").addEventListener("keydown", (e) => {
      if (e.key === "Enter") {
        e.preventDefault();
        this.useLink();
      }
    });
    $("setup-add-team").addEventListener("click", () => this.addTeam());
    $("setup-add-inject").addEventListener("click", () => this.addInject());
    $("exercise-link-copy").addEventListener("click", (e) => copyLink(this.link, $("exercise-link"), e.currentTarget));
    $("exercise-qr-large").addEventListener("click", () => this.showQrToRoom());
    $("setup-versions-remove").addEventListener("click", () => this.removeStaleTeams());
    $("qr-dialog-close").addEventListener("click", () => $("qr-dialog").close());
    $("qr-dialog").addEventListener("click", (e) => {
      if (e.target === $("qr-dialog")) $("qr-dialog").close();
    });
  }

  get exercise() {
    return this.ws.exercise;
  }

  /** Applies one edit to the exercise, keeps it, and checks it again. */
  edit(change) {
    change(this.exercise);
    this.ws.setExercise(this.exercise);
    this.check();
  }

  /** Makes `scenario` where the teams start. The example briefing follows its horizon; a
   * briefing the facilitator wrote is kept, and checked against it. */
  startFrom(x, scenario) {
    x.scenario = scenario;
    if (isExampleBriefing(x.briefing)) {
      x.briefing = exampleBriefing(scenario.horizon_months ?? 48);
      setValue($("setup-briefing"), x.briefing);
    }
  }

  horizon() {
    return this.exercise.scenario?.horizon_months ?? 48;
  }

  // ---------------------------------------------------------------- drawing the form

  render() {
    const x = this.exercise;
    setValue($("setup-title"), x.title ?? "");
    setValue($("setup-briefing"), x.briefing ?? "");
    $("setup-see-injects").checked = x.teams_see_injects !== false;
    this.renderPresets();
    this.renderTeams();
    this.renderInjects();
    this.check();
  }

  renderPresets() {
    const select = $("setup-preset");
    select.replaceChildren();
    select.append(option(DEFAULT_SOURCE, t("ws-setup-preset-default")));
    for (const [kind, label] of [
      ["illustrative", t("ws-setup-preset-illustrative")],
      ["historical", t("ws-setup-preset-historical")],
    ]) {
      const group = el("optgroup");
      group.label = label;
      for (const p of this.presets.filter((p) => p.kind === kind)) group.append(option(`preset:${p.name}`, p.title));
      select.append(group);
    }
    if (this.ws.source === "link") {
      const title = this.exercise.scenario?.title;
      select.append(option("link", title ? t("ws-setup-preset-link", { title }) : t("ws-setup-preset-link-untitled")));
    }
    select.value = this.ws.source;
    if (select.value !== this.ws.source) select.value = DEFAULT_SOURCE;
    this.renderScenarioSummary();
  }

  renderScenarioSummary() {
    const s = this.exercise.scenario ?? {};
    const steps = (s.steps ?? []).length;
    const shocks = (s.shocks ?? []).length;
    const runs = s.runs ?? this.catalog.defaults.runs;
    const summary = t("ws-setup-scenario-summary", { title: s.title || t("ws-setup-untitled-scenario"), steps, shocks, months: this.horizon(), runs });
    $("setup-scenario-summary").textContent = `${summary} ${t("ws-setup-scenario-shared")}`;
  }

  renderTeams() {
    const list = $("setup-teams");
    const teams = this.exercise.teams ?? [];
    list.replaceChildren(
      ...teams.map((team, i) => {
        const li = el("li", "setup-row team-row");
        const name = field(`setup-team-${i}-name`, t("ws-setup-team-label", { number: i + 1 }), "input", `/teams/${i}/name`);
        name.input.type = "text";
        name.input.maxLength = this.workshop.limits.max_team_name_chars;
        name.input.autocomplete = "off";
        name.input.value = team.name ?? "";
        name.input.addEventListener("input", () => this.edit((x) => (x.teams[i].name = name.input.value)));
        const lock = field(`setup-team-${i}-lock`, t("ws-setup-team-lock-label"), "select", `/teams/${i}/lock`);
        for (const l of this.workshop.locks) lock.input.append(option(l.key, l.label));
        lock.input.value = team.lock ?? "everything";
        lock.input.addEventListener("change", () => this.edit((x) => (x.teams[i].lock = lock.input.value)));
        const remove = el("button", "remove", t("ws-setup-remove"));
        remove.type = "button";
        remove.setAttribute("aria-label", team.name ? t("ws-setup-remove-named-team", { number: i + 1, name: team.name }) : t("ws-setup-remove-team", { number: i + 1 }));
        remove.disabled = teams.length <= this.workshop.limits.min_teams;
        remove.addEventListener("click", () => this.removeTeam(i));
        li.append(name.box, lock.box, remove);
        return li;
      }),
    );
    $("setup-add-team").disabled = teams.length >= this.workshop.limits.max_teams;
  }

  renderInjects() {
    const list = $("setup-injects");
    const injects = this.exercise.injects ?? [];
    const last = this.horizon() - 1;
    list.replaceChildren(
      ...injects.map((inject, i) => {
        const li = el("li", "setup-row inject-row");
        const heading = el("p", "row-title", t("ws-setup-inject-label", { number: i + 1 }));
        const month = field(`setup-inject-${i}-month`, t("ws-setup-inject-month-label"), "input", `/injects/${i}/month`);
        month.input.type = "number";
        month.input.min = "0";
        month.input.max = String(last);
        month.input.inputMode = "numeric";
        month.input.value = String(inject.month ?? 0);
        month.input.addEventListener("input", () => {
          const m = month.input.value === "" ? month.input.value : Number(month.input.value);
          this.edit((x) => (x.injects[i].month = m));
        });
        const kind = field(`setup-inject-${i}-kind`, t("ws-setup-inject-kind-label"), "select", `/injects/${i}/kind`);
        for (const k of this.catalog.shocks) kind.input.append(option(k.key, k.label));
        kind.input.value = inject.kind ?? "spoiler_attack";
        kind.input.addEventListener("change", () => this.edit((x) => (x.injects[i].kind = kind.input.value)));
        const size = field(`setup-inject-${i}-size`, t("ws-setup-inject-size-label"), "input", `/injects/${i}/size`);
        size.input.type = "range";
        size.input.min = "0";
        size.input.max = "1";
        size.input.step = "0.05";
        size.input.value = String(inject.size ?? 0.5);
        const out = el("output", null, formatLevel(Number(size.input.value)));
        out.htmlFor = size.input.id;
        size.box.append(out);
        size.input.addEventListener("input", () => {
          out.value = formatLevel(Number(size.input.value));
          this.edit((x) => (x.injects[i].size = Number(size.input.value)));
        });
        const headline = field(`setup-inject-${i}-headline`, t("ws-setup-inject-headline-label"), "input", `/injects/${i}/headline`);
        headline.input.type = "text";
        headline.input.maxLength = this.workshop.limits.max_headline_chars;
        headline.input.value = inject.headline ?? "";
        headline.input.addEventListener("input", () => this.edit((x) => (x.injects[i].headline = headline.input.value)));
        const text = field(`setup-inject-${i}-text`, t("ws-setup-inject-text-label"), "textarea", `/injects/${i}/text`);
        text.input.rows = 2;
        text.input.maxLength = this.workshop.limits.max_inject_text_chars;
        text.input.value = inject.text ?? "";
        text.input.addEventListener("input", () => this.edit((x) => (x.injects[i].text = text.input.value)));
        const remove = el("button", "remove", t("ws-setup-remove"));
        remove.type = "button";
        remove.setAttribute("aria-label", t("ws-setup-remove-inject", { number: i + 1 }));
        remove.addEventListener("click", () => this.removeInject(i));
        headline.box.classList.add("wide");
        text.box.classList.add("wide");
        li.append(heading, month.box, kind.box, size.box, headline.box, text.box, remove);
        return li;
      }),
    );
    $("setup-add-inject").disabled = injects.length >= this.workshop.limits.max_injects;
  }

  // ---------------------------------------------------------------- structural edits

  addTeam() {
    const teams = this.exercise.teams;
    const used = new Set(teams.map((t) => String(t.name).trim().toLowerCase()));
    let n = teams.length;
    let name;
    do {
      name = teamName(`${String.fromCharCode(65 + (n % 26))}${n >= 26 ? Math.floor(n / 26) : ""}`);
      n += 1;
    } while (used.has(name.toLowerCase()));
    this.edit((x) => x.teams.push({ name, lock: "everything" }));
    this.renderTeams();
    $(`setup-team-${teams.length - 1}-name`).focus();
    this.check();
  }

  removeTeam(i) {
    this.edit((x) => x.teams.splice(i, 1));
    this.renderTeams();
    const next = $(`setup-team-${Math.min(i, this.exercise.teams.length - 1)}-name`);
    (next ?? $("setup-add-team")).focus();
    this.check();
  }

  addInject() {
    const injects = (this.exercise.injects ??= []);
    const lastMonth = injects.length ? Number(injects[injects.length - 1].month) || 0 : 0;
    const month = Math.min(this.horizon() - 1, lastMonth + 6);
    this.edit((x) => x.injects.push({ month, kind: "spoiler_attack", size: 0.5, headline: "", text: "" }));
    this.renderInjects();
    $(`setup-inject-${injects.length - 1}-month`).focus();
    this.check();
  }

  removeInject(i) {
    this.edit((x) => x.injects.splice(i, 1));
    this.renderInjects();
    const next = $(`setup-inject-${Math.min(i, this.exercise.injects.length - 1)}-month`);
    (next ?? $("setup-add-inject")).focus();
    this.check();
  }

  async choosePreset(value) {
    try {
      let scenario;
      if (value === DEFAULT_SOURCE) scenario = structuredClone(this.defaultScenario);
      else if (value.startsWith("preset:")) scenario = translatePreset(preset(value.slice(7))).scenario;
      else return;
      // The link carries the sequence, not the preset's notes and sources: a short link makes
      // a QR code a phone reads from across a room.
      scenario.description = "";
      scenario.sources = [];
      this.ws.source = value;
      this.edit((x) => this.startFrom(x, scenario));
      this.renderPresets();
      this.renderInjects();
      this.check();
      announce(scenario.title ? t("ws-setup-start-from", { title: scenario.title }) : t("ws-setup-start-from-untitled"));
    } catch (err) {
      this.problem(t("ws-setup-preset-failed", { error: describe(err) }));
    }
  }

  useLink() {
    const input = $("setup-scenario-link");
    const text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    try {
      const fragment = text.includes("#") ? text.slice(text.lastIndexOf("#") + 1) : text;
      const scenario = scenario_from_link(fragment);
      this.ws.source = "link";
      this.edit((x) => this.startFrom(x, scenario));
      input.value = "";
      input.removeAttribute("aria-invalid");
      this.renderPresets();
      this.renderInjects();
      this.check();
      announce(scenario.title ? t("ws-setup-start-from-link", { title: scenario.title }) : t("ws-setup-start-from-link-untitled"));
    } catch (err) {
      input.setAttribute("aria-invalid", "true");
      this.problem(t("ws-setup-link-failed", { error: describe(err) }));
      input.focus();
    }
  }

  problem(message) {
    const box = $("setup-problems");
    const list = $("setup-problem-list");
    list.replaceChildren(el("li", null, message));
    box.hidden = false;
  }

  // ---------------------------------------------------------------- checking and sharing

  /** Checks the exercise with the model: marks each bad field, lists the problems in plain
   * words, and, when there are none, makes the link and the QR code. */
  check() {
    for (const node of this.form.querySelectorAll("[aria-invalid]")) {
      if (node.id !== "setup-scenario-link") node.removeAttribute("aria-invalid");
    }
    this.renderScenarioSummary();
    this.renderBriefingWarning();
    this.renderVersions();
    let link = null;
    let problems = [];
    try {
      link = exercise_link(this.exercise);
    } catch (err) {
      problems = describe(err).split("\n").filter(Boolean);
    }
    const box = $("setup-problems");
    const list = $("setup-problem-list");
    if (problems.length) {
      list.replaceChildren(
        ...problems.map((line) => {
          const m = /^(\/[^:]*): (.*)$/s.exec(line);
          const path = m ? m[1] : "";
          const message = m ? m[2] : line;
          const target = this.fieldFor(path);
          if (target) target.setAttribute("aria-invalid", "true");
          const li = el("li");
          if (target) {
            const jump = el("a", null, where(path));
            jump.href = `#${target.id}`;
            jump.addEventListener("click", (e) => {
              e.preventDefault();
              target.focus();
            });
            li.append(...messageWith("ws-setup-problem", { problem: message }, "field", jump));
          } else {
            li.textContent = path ? t("ws-setup-problem", { field: where(path), problem: message }) : message;
          }
          return li;
        }),
      );
      box.hidden = false;
      $("setup-share").hidden = true;
      this.link = "";
      return false;
    }
    box.hidden = true;
    $("setup-share").hidden = false;
    const address = addressOf(link);
    if (address !== this.link) {
      this.link = address;
      $("exercise-link").value = address;
      $("exercise-open").href = address;
      // The QR code waits for typing to pause: drawing one on every key would slow typing.
      clearTimeout(this.qrTimer);
      this.qrTimer = setTimeout(() => this.renderQr(address), this.qrShown ? QR_PAUSE_MS : 0);
    }
    return true;
  }

  /** Points out a briefing that names another length than the exercise's horizon. */
  renderBriefingWarning() {
    const months = this.horizon();
    const found = briefingMismatches(this.exercise.briefing, months);
    const warning = $("setup-briefing-warning");
    warning.hidden = !found.length;
    warning.textContent = found.length
      ? `${t("ws-setup-briefing-mismatch", { phrase: found[0], months, horizon: horizonInWords(months) })} ${t("ws-setup-briefing-mismatch-fix")}`
      : "";
  }

  /**
   * Says which teams in the comparison played another version of this exercise (one whose
   * starting scenario or injects have since changed), and how they are compared: against the
   * version they played, which their hand-backs carry. Words alone (the title, the briefing,
   * a headline) make no new version, so fixing a typo flags no one.
   */
  renderVersions() {
    // With no teams handed back (the whole of the set-up, mostly) there is no one to name,
    // and the exercise need not be read a second time on every key.
    if (!this.ws.teams.length) {
      $("setup-versions").hidden = true;
      return;
    }
    let ids = null;
    try {
      const { id, version } = read_exercise_document(this.exercise);
      ids = [id, version];
    } catch {
      // While the set-up has problems there is no version to compare with.
    }
    const stale = ids ? this.ws.teams.filter((team) => team.exercise_id && !ids.includes(team.exercise_id)) : [];
    const box = $("setup-versions");
    box.hidden = !stale.length;
    if (!stale.length) return;
    const carried = stale.filter((team) => team.played);
    const bare = stale.filter((team) => !team.played);
    const lines = [];
    if (carried.length) {
      const count = carried.length;
      lines.push(t("ws-setup-versions-carried", { teams: names(carried), count }), t("ws-setup-versions-carried-how", { count }));
    }
    if (bare.length) {
      lines.push(t("ws-setup-versions-bare", { teams: names(bare), count: bare.length }));
    }
    $("setup-versions-text").textContent = lines.join(" ");
    this.staleTeams = stale.map((team) => team.name);
  }

  /** Removes the teams that played an earlier version, so their new hand-backs start afresh. */
  removeStaleTeams() {
    const leaving = new Set(this.staleTeams ?? []);
    this.ws.batch(() => {
      for (let i = this.ws.teams.length - 1; i >= 0; i -= 1) if (leaving.has(this.ws.teams[i].name)) this.ws.removeTeam(i);
    });
    announce(t("ws-setup-versions-removed", { teams: [...leaving].join(t("ws-setup-names-separator")) }));
    this.renderVersions();
    $("exercise-link-copy").focus();
  }

  renderQr(address) {
    this.qrShown = true;
    const reason = showQr($("exercise-qr"), address);
    $("exercise-qr-large").disabled = !!reason;
    $("exercise-link-note").textContent = reason ? t("ws-setup-no-qr", { reason }) : t("ws-setup-link-length", { characters: address.length });
  }

  /** The form control that holds the field at a JSON path, if any. */
  fieldFor(path) {
    if (!path) return null;
    if (path.startsWith("/scenario")) return $("setup-preset");
    let best = null;
    for (const node of this.form.querySelectorAll("[data-path]")) {
      const p = node.dataset.path;
      if ((path === p || path.startsWith(`${p}/`)) && (!best || p.length > best.dataset.path.length)) best = node;
    }
    if (!best && path.startsWith("/teams")) return $("setup-add-team");
    if (!best && path.startsWith("/injects")) return $("setup-add-inject");
    return best;
  }

  showQrToRoom() {
    if (!this.link) return;
    const reason = showQr($("qr-dialog-image"), this.link);
    if (reason) return;
    $("qr-dialog-link").textContent = this.link;
    $("qr-dialog").showModal();
    $("qr-dialog-close").focus();
  }
}

/** The teams' names in a sentence: "Team A, Team B". */
function names(teams) {
  return teams.map((team) => team.name).join(t("ws-setup-names-separator"));
}

/** The parts of the exercise a problem may name, by the key at the head of its JSON path. */
const PARTS = {
  title: "ws-setup-where-title",
  briefing: "ws-setup-where-briefing",
  teams: "ws-setup-where-teams",
  injects: "ws-setup-where-injects",
  teams_see_injects: "ws-setup-where-teams-see-injects",
};
/** The fields of a team or an inject a problem may name. */
const FIELDS = {
  name: "ws-setup-field-name",
  lock: "ws-setup-field-lock",
  month: "ws-setup-field-month",
  kind: "ws-setup-field-kind",
  size: "ws-setup-field-size",
  headline: "ws-setup-field-headline",
  text: "ws-setup-field-text",
};

/** Where a JSON path points, in the set-up's words. */
function where(path) {
  const parts = path.split("/").filter(Boolean);
  const number = Number(parts[1]) + 1;
  const field = Object.hasOwn(FIELDS, parts[2] ?? "") ? t(FIELDS[parts[2]]) : parts[2];
  if (parts[0] === "teams" && parts.length >= 2) return field ? t("ws-setup-where-team-field", { number, field }) : t("ws-setup-where-team", { number });
  if (parts[0] === "injects" && parts.length >= 2) return field ? t("ws-setup-where-inject-field", { number, field }) : t("ws-setup-where-inject", { number });
  if (parts[0] === "scenario") return t("ws-setup-where-scenario", { path: path.slice("/scenario".length) || "/" });
  return Object.hasOwn(PARTS, parts[0] ?? "") ? t(PARTS[parts[0]]) : path;
}

function field(id, label, tag, path) {
  const box = el("div", "field");
  const l = el("label", null, label);
  l.htmlFor = id;
  const input = el(tag);
  input.id = id;
  input.dataset.path = path;
  box.append(l, input);
  return { box, input };
}

function option(value, label) {
  const o = el("option", null, label);
  o.value = value;
  return o;
}

/** Sets an input's value unless the reader is typing in it (so the caret never jumps). */
function setValue(input, value) {
  if (document.activeElement !== input && input.value !== value) input.value = value;
}
