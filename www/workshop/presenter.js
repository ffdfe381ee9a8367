// The presenter window (workshop.html#presenter): the facilitator's notes, kept in step with
// the play view in the projector window on the same computer through a BroadcastChannel. It
// shows the month, the news on screen now with its text, what comes next, and every inject;
// its buttons and keys drive the projector window.

import { $, el } from "../shared/dom.js";
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
    $("exercise-title").textContent = "Presenter notes";
    if (!this.channel) {
      $("presenter-link").textContent = "This browser cannot link two windows (no BroadcastChannel); use the play view's own buttons.";
      return;
    }
    this.send("hello");
    clearTimeout(this.waiting);
    this.waiting = setTimeout(() => {
      if (!this.state) {
        $("presenter-link").textContent = "No projector window answered. Open the workshop's Play view in another window on this computer; this window follows it.";
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
    $("exercise-title").textContent = state.title ? `Presenter notes: ${state.title}` : "Presenter notes";
    $("presenter-link").textContent = state.visible
      ? `Following the projector window: ${state.playing ? "playing" : state.showing ? "showing news" : "paused"}.`
      : "The projector window is open but not on its Play view.";
    $("presenter-month").textContent = `Month ${state.month} of ${state.horizon}`;
    $("presenter-sequence").textContent = state.focus ? `Playing: ${state.focus}` : "";
    $("presenter-summary").textContent = state.summary;
    $("presenter-toggle").textContent = state.playing ? "Pause" : "Play";
    $("presenter-continue").hidden = !state.showing;

    const current = $("presenter-current");
    if (state.showing) {
      current.replaceChildren(
        el("p", "presenter-kicker", "On screen now"),
        el("p", "presenter-headline", state.showing.headline),
        el("p", "presenter-text", state.showing.text || "(No text for this inject.)"),
      );
    } else {
      const here = state.injects.filter((i) => i.month === state.month);
      current.replaceChildren(el("p", "muted", here.length ? "The news of this month has been shown." : "No news this month."));
    }

    const upcoming = state.injects.filter((i) => i.state === "upcoming");
    const next = $("presenter-upcoming");
    if (upcoming.length) {
      const first = upcoming[0];
      next.replaceChildren(
        el("p", "presenter-kicker", `Month ${first.month} (in ${first.month - state.month} ${first.month - state.month === 1 ? "month" : "months"})`),
        el("p", "presenter-headline", first.headline),
        el("p", "presenter-text", first.text || "(No text for this inject.)"),
      );
      if (upcoming.length > 1) next.append(el("p", "muted", `Then ${upcoming.length - 1} more.`));
    } else {
      next.replaceChildren(el("p", "muted", state.month >= state.horizon ? "The timeline has ended: time for the debrief." : "No more news before the end."));
    }

    $("presenter-injects").replaceChildren(
      ...state.injects.map((inj) => {
        const li = el("li", `inject-item ${inj.state}`);
        const status = { past: "shown", showing: "on screen now", upcoming: "to come" }[inj.state];
        li.append(el("span", "inject-month", `Month ${inj.month}`), " ", el("strong", null, inj.headline), el("span", "muted", ` (${status})`));
        if (inj.text) li.append(el("p", "inject-note", inj.text));
        return li;
      }),
    );
    if (!state.injects.length) $("presenter-injects").replaceChildren(el("li", "muted", "This exercise has no news injects."));
  }
}
