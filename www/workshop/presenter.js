// The presenter window (workshop.html#presenter): the facilitator's notes, kept in step with
// the play view in the projector window on the same computer through a BroadcastChannel. It
// shows the month, the news on screen now with its text, what comes next, and every inject;
// its buttons and keys drive the projector window.

import { $, el } from "../shared/dom.js";
import { t } from "../shared/i18n.js";
import { CHANNEL } from "./play.js";

export class PresenterView {
  constructor() {
    this.channel = "BroadcastChannel" in window ? new BroadcastChannel(CHANNEL) : null;
    this.state = null;
    this.visible = false;
    this.channel?.addEventListener("message", (e) => {
      if (e.data?.type === "state") this.render(e.data);
    });
    const send = (action) => this.channel?.postMessage({ type: "command", action });
    $("presenter-toggle").addEventListener("click", () => send("toggle"));
    $("presenter-forward").addEventListener("click", () => send("forward"));
    $("presenter-back").addEventListener("click", () => send("back"));
    $("presenter-restart").addEventListener("click", () => send("restart"));
    $("presenter-continue").addEventListener("click", () => send("continue"));
    document.addEventListener("keydown", (e) => {
      if (!this.visible || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.target.closest?.("input, select, textarea, button, a")) return;
      const action = { " ": this.state?.showing ? "continue" : "toggle", ArrowRight: "forward", ArrowLeft: "back", Home: "restart" }[e.key];
      if (action) {
        e.preventDefault();
        send(action);
      }
    });
    this.send = send;
  }

  show() {
    this.visible = true;
    document.documentElement.classList.add("presenter-window");
    $("exercise-title").textContent = t("ws-presenter-title");
    if (!this.channel) {
      $("presenter-link").textContent = t("ws-presenter-no-channel");
      return;
    }
    this.send("hello");
    clearTimeout(this.waiting);
    this.waiting = setTimeout(() => {
      if (!this.state) {
        $("presenter-link").textContent = t("ws-presenter-no-answer");
      }
    }, 1500);
  }

  hide() {
    this.visible = false;
    document.documentElement.classList.remove("presenter-window");
  }

  render(state) {
    this.state = state;
    if (!this.visible) return;
    $("exercise-title").textContent = state.title ? t("ws-presenter-title-of", { title: state.title }) : t("ws-presenter-title");
    $("presenter-link").textContent = state.visible
      ? t("ws-presenter-following", { state: state.playing ? "playing" : state.showing ? "showing" : "paused" })
      : t("ws-presenter-elsewhere");
    $("presenter-month").textContent = t("ws-presenter-month", { month: state.month, horizon: state.horizon });
    $("presenter-sequence").textContent = state.focus ? t("ws-presenter-playing", { sequence: state.focus }) : "";
    $("presenter-summary").textContent = state.summary;
    $("presenter-toggle").textContent = t(state.playing ? "ws-presenter-pause" : "ws-presenter-play");
    $("presenter-continue").hidden = !state.showing;

    const current = $("presenter-current");
    if (state.showing) {
      current.replaceChildren(
        el("p", "presenter-kicker", t("ws-presenter-on-screen")),
        el("p", "presenter-headline", state.showing.headline),
        el("p", "presenter-text", state.showing.text || t("ws-presenter-no-text")),
      );
    } else {
      const here = state.injects.filter((i) => i.month === state.month);
      current.replaceChildren(el("p", "muted", t(here.length ? "ws-presenter-news-shown" : "ws-presenter-no-news")));
    }

    const upcoming = state.injects.filter((i) => i.state === "upcoming");
    const next = $("presenter-upcoming");
    if (upcoming.length) {
      const first = upcoming[0];
      next.replaceChildren(
        el("p", "presenter-kicker", t("ws-presenter-next-month", { month: first.month, months: first.month - state.month })),
        el("p", "presenter-headline", first.headline),
        el("p", "presenter-text", first.text || t("ws-presenter-no-text")),
      );
      if (upcoming.length > 1) next.append(el("p", "muted", t("ws-presenter-then-more", { count: upcoming.length - 1 })));
    } else {
      next.replaceChildren(el("p", "muted", t(state.month >= state.horizon ? "ws-presenter-ended" : "ws-presenter-no-more")));
    }

    $("presenter-injects").replaceChildren(
      ...state.injects.map((inj) => {
        const li = el("li", `inject-item ${inj.state}`);
        const status = t("ws-presenter-inject-state", { state: inj.state });
        li.append(el("span", "inject-month", t("ws-presenter-inject-month", { month: inj.month })), " ", el("strong", null, inj.headline), el("span", "muted", status));
        if (inj.text) li.append(el("p", "inject-note", inj.text));
        return li;
      }),
    );
    if (!state.injects.length) $("presenter-injects").replaceChildren(el("li", "muted", t("ws-presenter-no-injects")));
  }
}
