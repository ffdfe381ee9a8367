// Play: the facilitator unrolls the teams' sequences month by month in front of the room. One
// sequence's bands and every team's line are drawn up to the current month, with each team's
// steps on a row of its own below the charts; at each news inject the timeline stops and the
// headline fills the screen until Space, Enter or a click. Space plays and pauses, the arrow
// keys step, Home starts again. On a wide screen the view fits the window, so the month, the
// controls, the charts and the teams' steps are all in sight. A presenter window on the same
// computer follows along (BroadcastChannel) with the notes, and can drive the play too.

import { palette as readPalette, team_styles } from "../pkg/relief_workshop.js";
import { $, describe, el, showError } from "../shared/dom.js";
import { swatch } from "../shared/icons.js";
import { formatNumber, lang, t, tAttr, withLanguage } from "../shared/i18n.js";
import { currentTheme } from "../shared/theme.js";
import { announce, bindTeamSeries, buildFigures, fillLegends, fillSequenceChoice, teamSeries } from "./common.js";
import { buildComparison } from "./workspace.js";

/** The channel the play view and the presenter window talk on. */
export const CHANNEL = "relief-sequencer:workshop-play";
/** The charts a room reads best at a distance: the three main ones. */
const PLAY_CHARTS = ["trust", "economy", "risk"];
/** Where the view fits the window: a landscape screen wide and tall enough for the charts and
 * the teams' steps side by side (a smaller one scrolls as usual). */
const FITS = "(min-width: 1000px) and (min-height: 560px) and (min-aspect-ratio: 1/1)";
/** Room left under the view when it fits, so the stage's border is not flush with the window. */
const FIT_MARGIN = 8;
/** The least height the view fits in below the page's header and tabs; on a shorter window
 * it takes the whole window and is scrolled to its top, the header and tabs just above. */
const FIT_BELOW_MIN = 640;

export class PlayView {
  constructor({ catalog, workspace }) {
    this.catalog = catalog;
    this.ws = workspace;
    this.built = null;
    this.version = -1;
    this.theme = null;
    this.figures = null;
    this.visible = false;
    this.month = 0;
    this.playing = false;
    this.timer = 0;
    this.queue = [];
    this.current = null;
    this.resume = false;
    this.channel = "BroadcastChannel" in window ? new BroadcastChannel(CHANNEL) : null;
    this.channel?.addEventListener("message", (e) => this.command(e.data));

    $("play-toggle").addEventListener("click", () => this.toggle());
    $("play-forward").addEventListener("click", () => this.step(1));
    $("play-back").addEventListener("click", () => this.step(-1));
    $("play-restart").addEventListener("click", () => this.restart());
    $("play-speed").value = String(this.ws.settings.speed ?? 800);
    $("play-speed").addEventListener("change", (e) => this.ws.setting("speed", Number(e.target.value)));
    $("play-focus").addEventListener("change", (e) => {
      this.ws.setting("playFocus", Number(e.target.value));
      this.restart();
    });
    bindTeamSeries($("play-team-series"), { catalog, workspace, view: this });
    $("play-presenter").addEventListener("click", () => this.openPresenter());
    $("play-fullscreen").addEventListener("click", () => this.fullscreen());
    document.addEventListener("keydown", (e) => this.key(e));
    document.addEventListener("fullscreenchange", () => {
      $("play-fullscreen").textContent = t(document.fullscreenElement ? "ws-play-leave-fullscreen" : "ws-play-fullscreen");
      this.fit();
      this.draw();
    });
    this.fits = matchMedia(FITS);
    this.fits.addEventListener("change", () => this.fit());
    addEventListener("resize", () => this.fit(true));

    const dialog = $("inject-dialog");
    $("inject-continue").addEventListener("click", () => this.dismiss(true));
    // A click anywhere on the headline's screen continues, as the room expects of a slide.
    dialog.addEventListener("click", (e) => {
      if (e.target === dialog || e.target.closest(".inject-body")) this.dismiss(true);
    });
    dialog.addEventListener("keydown", (e) => {
      if (e.key === " " || e.key === "Enter") {
        e.preventDefault();
        this.dismiss(true);
      }
    });
    // Escape closes the headline but keeps the timeline paused.
    dialog.addEventListener("cancel", (e) => {
      e.preventDefault();
      this.dismiss(false);
    });
    new ResizeObserver(() => this.visible && this.draw()).observe($("play-charts"));
  }

  show() {
    this.visible = true;
    this.refresh();
    this.fit(true);
    $("play-stage").focus({ preventScroll: true });
  }

  /**
   * On a wide screen, makes the view exactly as tall as the window below where it starts, or
   * on a short window as the whole window, scrolled to (`scroll`) so it fills it; in full
   * screen, as the screen. The stage's charts take the height its other rows leave. Elsewhere
   * the view takes the height of what it holds and the page scrolls.
   */
  fit(scroll = false) {
    const view = $("view-play");
    if (!this.visible) return;
    const full = document.fullscreenElement === view;
    if (!full && !this.fits.matches) {
      view.classList.remove("is-fitted");
      view.style.removeProperty("--play-height");
      return;
    }
    const top = full ? 0 : view.getBoundingClientRect().top + scrollY;
    const below = innerHeight - top - FIT_MARGIN;
    const whole = !full && below < FIT_BELOW_MIN;
    const height = full ? innerHeight : whole ? innerHeight - FIT_MARGIN : below;
    view.style.setProperty("--play-height", `${Math.max(0, height)}px`);
    view.classList.add("is-fitted");
    if (whole && scroll) scrollTo({ top, behavior: "instant" });
  }

  hide() {
    this.visible = false;
    this.pause();
    // The presenter window says the projector has left the play.
    this.broadcast();
  }

  refresh() {
    const theme = currentTheme();
    if (this.version !== this.ws.version || this.theme !== theme) {
      const sameData = this.built && this.version === this.ws.version;
      this.version = this.ws.version;
      this.theme = theme;
      this.built?.model.free();
      this.built = buildComparison(this.ws, theme);
      if (!this.figures) {
        this.figures = buildFigures({
          root: $("play-charts"),
          catalog: this.catalog,
          model: this.built.model,
          prefix: "play",
          kinds: PLAY_CHARTS,
          describeChart: (chart) => t("ws-play-chart", { title: chart.title, description: chart.description }),
        });
      } else {
        for (const { chart, canvas } of this.figures.values()) this.built.model.attach(chart.key, canvas);
      }
      this.injects = this.sortedInjects();
      this.renderFocus();
      this.renderTeams();
      if (!sameData) this.month = Math.min(this.month, this.horizon());
    }
    this.draw();
  }

  horizon() {
    return this.built?.model.horizon() ?? 0;
  }

  /** The exercise's injects in the order they happen (the set-up's order within a month). */
  sortedInjects() {
    const injects = this.built.expanded ? this.built.expanded.exercise.injects : [];
    return injects.map((inj, index) => ({ ...inj, index })).sort((a, b) => a.month - b.month || a.index - b.index);
  }

  renderFocus() {
    const { model, names } = this.built;
    const select = $("play-focus");
    const options = fillSequenceChoice(select, model, names);
    let focus = this.ws.settings.playFocus ?? -1;
    if (!options.some(([v]) => v === focus)) focus = options[0]?.[0] ?? -1;
    select.value = String(focus);
    model.set_focus(focus);
  }

  draw() {
    if (!this.visible || !this.built) return;
    const { model } = this.built;
    const horizon = this.horizon();
    if (!horizon) {
      $("play-summary").textContent = t("ws-play-nothing");
      return;
    }
    const series = teamSeries(this.ws);
    model.set_team_series(series);
    $("play-team-series").value = series;
    $("play-team-series-field").hidden = !this.built.names.length;
    // The legends change with the sequence in focus, the teams' line and the theme, not with
    // the month: they are filled again only when one of those changed.
    const legends = [this.built, this.theme, series, model.focus_name()];
    if (!this.legendsFor || legends.some((v, i) => v !== this.legendsFor[i])) {
      this.legendsFor = legends;
      fillLegends(this.figures, {
        catalog: this.catalog,
        palette: readPalette(this.theme),
        styles: team_styles(this.theme),
        teams: this.built.names,
        focusName: model.focus_name(),
        focusTypes: model.focus_types(),
        teamSeries: series,
        teamsKeyedElsewhere: true,
      });
    }
    try {
      model.draw_all(this.month, this.month);
    } catch (err) {
      showError(t("ws-play-draw-failed", { reason: describe(err) }));
      return;
    }
    $("play-month").textContent = formatNumber(this.month);
    $("play-horizon").textContent = formatNumber(horizon);
    $("play-focus-name").textContent = model.focus_name();
    $("play-progress-fill").style.width = `${(this.month / horizon) * 100}%`;
    this.showTeamSteps(horizon);
    const next = this.injects.find((inj) => inj.month > this.month);
    $("play-next").textContent = next ? t("ws-play-next-news", { month: next.month }) : t(this.month >= horizon ? "ws-play-end" : "ws-play-no-more-news");
    $("play-toggle").textContent = t(this.playing ? "ws-play-pause" : this.month >= horizon ? "ws-play-again" : "ws-play-play");
    $("play-toggle").setAttribute("aria-pressed", String(this.playing));
    $("play-back").disabled = this.month <= 0;
    $("play-forward").disabled = this.month >= horizon;
    // The spoken summary waits for a pause: a sentence every month would drown the room.
    if (!this.playing) $("play-summary").textContent = model.summary_text(this.month);
    this.broadcast();
  }

  // ---------------------------------------------------------------- the teams' steps

  /**
   * One row per team: its name in its colour beside its dash swatch (as its line on the
   * charts), then its steps as small labelled marks along the months, each in the colour of
   * its role as on the timeline. The marks are laid out when the row's width is known
   * (`layoutTeams`) and revealed month by month (`showTeamSteps`).
   */
  renderTeams() {
    const { model, names } = this.built;
    const styles = team_styles(this.theme);
    const kinds = new Map(this.catalog.steps.map((k) => [k.key, k]));
    const horizon = this.horizon();
    this.teamRows = names.map((name, i) => {
      const steps = (model.played_scenario(i)?.steps ?? [])
        .map((step) => ({ month: step.month, kind: kinds.get(step.kind), key: step.kind }))
        .sort((a, b) => a.month - b.month);
      const row = el("li", "play-team");
      const head = el("span", "play-team-name");
      head.style.color = styles[i].colour;
      head.append(swatch({ kind: "line", color: styles[i].colour, dash: styles[i].dash }), el("span", "play-team-label", name));
      const track = el("ol", "play-team-steps");
      track.setAttribute("aria-label", tAttr("ws-play-team-steps", "aria-label", { team: name }));
      const marks = steps.map((step) => {
        const label = step.kind?.label ?? step.key;
        const mark = el("li", `play-step role-${step.kind?.role ?? "confidence"}`);
        mark.title = t("ws-play-step", { month: step.month, step: label });
        mark.append(el("span", "visually-hidden", t("ws-play-step-month", { month: step.month })), el("span", "play-step-label", label));
        mark.style.left = `${horizon ? (step.month / horizon) * 100 : 0}%`;
        track.append(mark);
        return { mark, month: step.month };
      });
      if (!marks.length) track.append(el("li", "play-team-none", t("ws-play-no-steps")));
      row.append(head, track);
      return { row, track, marks };
    });
    $("play-teams").replaceChildren(...this.teamRows.map((r) => r.row));
    $("play-teams-section").hidden = !this.teamRows.length;
    this.teamsWidth = 0;
  }

  /**
   * Sets each row's marks on two lines so their labels do not run into one another: a mark
   * takes the line free soonest, and the label before it on that line is shortened (ending in
   * "…") to end where it begins, or left as a bare tick when too little of it would show; its
   * name stays in its tooltip and is read out. A mark near the end points its label back.
   */
  layoutTeams() {
    const width = this.teamRows?.[0]?.track.clientWidth ?? 0;
    if (!width || width === this.teamsWidth) return;
    this.teamsWidth = width;
    const horizon = this.horizon();
    const GAP = 4;
    const LEAST = 28;
    for (const { marks } of this.teamRows) {
      const lines = [null, null];
      for (const { mark, month } of marks) {
        mark.classList.remove("line-2", "no-room", "points-back");
        mark.style.removeProperty("max-width");
        const x = horizon ? (month / horizon) * width : 0;
        const w = mark.offsetWidth;
        const back = x + w > width;
        const start = back ? x - w : x;
        const end = back ? x : x + w;
        const free = (line) => lines[line]?.end ?? -Infinity;
        const line = free(0) <= free(1) ? 0 : 1;
        const before = lines[line];
        if (before && before.end + GAP > start) {
          const room = start - GAP - before.start;
          if (room >= LEAST && !before.back) before.mark.style.maxWidth = `${room}px`;
          else before.mark.classList.add("no-room");
        }
        mark.classList.toggle("points-back", back);
        mark.classList.toggle("line-2", line === 1);
        lines[line] = { mark, start, end, back };
      }
    }
  }

  /** Reveals each team's steps up to the month played, the month's own steps highlighted. */
  showTeamSteps(horizon) {
    if (!this.teamRows?.length) return;
    this.layoutTeams();
    $("play-teams").style.setProperty("--now", `${(this.month / horizon) * 100}%`);
    for (const { marks } of this.teamRows) {
      for (const { mark, month } of marks) {
        mark.classList.toggle("is-future", month > this.month);
        mark.classList.toggle("is-new", month === this.month);
      }
    }
  }

  // ---------------------------------------------------------------- playing

  toggle() {
    if (this.current) return;
    if (this.playing) this.pause();
    else this.play();
  }

  play() {
    if (!this.horizon()) return;
    if (this.month >= this.horizon()) this.restart();
    this.playing = true;
    this.draw();
    this.tick();
  }

  pause() {
    this.playing = false;
    clearTimeout(this.timer);
    if (this.visible) this.draw();
  }

  tick() {
    clearTimeout(this.timer);
    if (!this.playing) return;
    this.timer = setTimeout(() => {
      if (!this.playing) return;
      this.advance(1);
      if (this.month >= this.horizon()) {
        this.playing = false;
        this.draw();
        announce(t("ws-play-ended", { month: this.month, summary: this.built.model.summary_text(this.month) }));
        return;
      }
      if (this.playing) this.tick();
    }, Number($("play-speed").value) || 800);
  }

  /** Steps by hand: pauses, then moves a month (stopping at news going forward). */
  step(delta) {
    if (this.current) return;
    this.playing = false;
    clearTimeout(this.timer);
    this.advance(delta);
  }

  advance(delta) {
    const horizon = this.horizon();
    const month = Math.min(horizon, Math.max(0, this.month + delta));
    if (month === this.month) {
      this.draw();
      return;
    }
    this.month = month;
    this.draw();
    if (delta > 0) {
      const news = this.injects.filter((inj) => inj.month === month);
      if (news.length) {
        this.resume = this.playing;
        this.playing = false;
        clearTimeout(this.timer);
        this.queue = news;
        this.showNext();
      }
    }
  }

  restart() {
    this.playing = false;
    clearTimeout(this.timer);
    if (this.current) this.closeDialog();
    this.queue = [];
    this.month = 0;
    if (this.built) this.renderFocus();
    this.draw();
  }

  // ---------------------------------------------------------------- the headline

  showNext() {
    const inject = this.queue.shift();
    if (!inject) return;
    this.current = inject;
    const kind = this.catalog.shocks.find((k) => k.key === inject.kind);
    $("inject-kicker").textContent = t("ws-play-inject-kicker", { month: inject.month });
    $("inject-headline").textContent = inject.headline;
    $("inject-text").textContent = inject.text;
    $("inject-text").hidden = !inject.text;
    $("inject-shock").textContent = t("ws-play-inject-shock", {
      shock: kind?.label.toLocaleLowerCase(lang()) ?? inject.kind,
      size: Number(inject.size),
      explanation: kind?.explanation ?? "",
    });
    const dialog = $("inject-dialog");
    if (!dialog.open) dialog.showModal();
    $("inject-continue").focus();
    this.draw();
  }

  dismiss(continuePlaying) {
    if (!this.current) return;
    this.current = null;
    if (this.queue.length) {
      this.showNext();
      return;
    }
    this.closeDialog();
    if (continuePlaying && this.resume && this.month < this.horizon()) {
      this.playing = true;
      this.tick();
    }
    this.resume = false;
    $("play-stage").focus({ preventScroll: true });
    this.draw();
  }

  closeDialog() {
    this.current = null;
    const dialog = $("inject-dialog");
    if (dialog.open) dialog.close();
  }

  // ---------------------------------------------------------------- keys, presenter, screen

  key(e) {
    if (!this.visible || this.current || e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target;
    const typing = target.closest?.("input, select, textarea, [contenteditable]");
    const control = target.closest?.("button, a, summary");
    if (typing) return;
    if (e.key === " " && !control) {
      e.preventDefault();
      this.toggle();
    } else if (e.key === "ArrowRight") {
      e.preventDefault();
      this.step(1);
    } else if (e.key === "ArrowLeft") {
      e.preventDefault();
      this.step(-1);
    } else if (e.key === "Home" && !control) {
      e.preventDefault();
      this.restart();
    }
  }

  /** Answers the presenter window's buttons and its greeting. */
  command(message) {
    if (!message || message.type !== "command") return;
    if (message.action === "hello") {
      this.broadcast();
      return;
    }
    if (!this.visible) return;
    const actions = {
      toggle: () => this.toggle(),
      forward: () => this.step(1),
      back: () => this.step(-1),
      restart: () => this.restart(),
      continue: () => this.dismiss(true),
    };
    actions[message.action]?.();
  }

  /** Tells the presenter window where the play is. */
  broadcast() {
    if (!this.channel || !this.built) return;
    const month = this.month;
    const injects = this.injects.map((inj) => ({
      month: inj.month,
      headline: inj.headline,
      text: inj.text,
      state: this.current && inj.index === this.current.index ? "showing" : inj.month <= month ? "past" : "upcoming",
    }));
    this.channel.postMessage({
      type: "state",
      visible: this.visible,
      title: this.built.expanded?.exercise.title ?? "",
      focus: this.built.model.focus_name(),
      month,
      horizon: this.horizon(),
      playing: this.playing,
      showing: this.current ? { month: this.current.month, headline: this.current.headline, text: this.current.text } : null,
      injects,
      summary: this.horizon() ? this.built.model.summary_text(month) : "",
    });
  }

  openPresenter() {
    // The presenter window opens in the language this window is in.
    const url = withLanguage(`${location.origin}${location.pathname}#presenter`).href;
    const win = window.open(url, "relief-presenter", "popup,width=980,height=760");
    if (!win) {
      showError(t("ws-play-popup-blocked"));
      return;
    }
    announce(t("ws-play-presenter-open"));
  }

  async fullscreen() {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await $("view-play").requestFullscreen();
    } catch (err) {
      showError(t("ws-play-fullscreen-failed", { reason: describe(err) }));
    }
  }
}
