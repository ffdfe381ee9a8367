// The set-up's "Run it live" panel: opening a room with the room server's key, each team's
// link and QR code, the news the facilitator sends, whether the room is reached, and closing
// it. The workshop loads this module only when a room is opened or kept from before.

import { $, el, describe } from "../../shared/dom.js";
import { addressOf, announce, copyLink, showQr } from "../common.js";
import { LiveHost } from "./host.js";

export class LivePanel {
  constructor({ workspace }) {
    this.ws = workspace;
    this.host = new LiveHost({ workspace, onStatus: (state) => this.renderStatus(state), onPresence: (devices) => this.renderPresence(devices) });
    $("live-close").addEventListener("click", () => this.close());
    workspace.onChange((what) => {
      if (what !== "exercise") return;
      this.host.publishExercise();
      this.render();
    });
    if (workspace.settings.roomKey && !$("live-key").value) $("live-key").value = workspace.settings.roomKey;
    this.render();
  }

  /** Connects to the room kept from before, if any. */
  async resume() {
    if (!this.host.room) return;
    try {
      await this.host.connect();
      this.watchNews();
    } catch (err) {
      this.problem(`The live room could not be reached: ${describe(err)}.`);
    }
    this.render();
  }

  async open() {
    const button = $("live-open");
    button.disabled = true;
    this.problem(null);
    try {
      const key = $("live-key").value;
      await this.host.open(key);
      this.ws.setting("roomKey", key.trim());
      this.watchNews();
      this.render();
      announce("The live room is open: give each team its link.");
      $("live-teams").querySelector("button")?.focus();
    } catch (err) {
      this.problem(`No live room: ${describe(err)}.`);
      $("live-key").focus();
    } finally {
      button.disabled = false;
    }
  }

  close() {
    if (!confirm("Close the live room? The teams' devices stop sending; their sequences so far stay in Compare.")) return;
    this.host.close();
    this.render();
    announce("The live room is closed. The teams' sequences so far stay in Compare.");
    $("live-open").focus();
  }

  watchNews() {
    this.host.injectsDoc?.getArray("released").observe(() => this.renderNews());
  }

  problem(text) {
    $("live-problem").hidden = !text;
    $("live-problem").textContent = text ?? "";
  }

  render() {
    const room = this.host.room;
    $("live-start").hidden = !!room;
    $("live-room").hidden = !room;
    if (!room) return;
    this.renderTeams(room);
    this.renderPresence(this.host.devices);
    this.renderNews();
  }

  renderTeams(room) {
    const teams = this.ws.exercise.teams ?? [];
    $("live-teams").replaceChildren(
      ...teams.map((team, i) => {
        const li = el("li", "live-team");
        const address = addressOf(`r1.${room.teams[i]}`);
        const name = el("span", "live-team-name");
        const devices = el("span", "live-team-devices muted");
        devices.id = `live-team-devices-${i}`;
        name.append(el("strong", null, team.name || `Team ${i + 1}`), " ", devices);
        const link = el("input");
        link.type = "text";
        link.readOnly = true;
        link.spellcheck = false;
        link.value = address;
        link.id = `live-team-link-${i}`;
        link.setAttribute("aria-label", `${team.name}'s link`);
        const copy = el("button", null, "Copy link");
        copy.type = "button";
        copy.addEventListener("click", () => copyLink(address, link, copy));
        const qr = el("button", null, "QR code");
        qr.type = "button";
        qr.setAttribute("aria-label", `QR code of ${team.name}'s link`);
        qr.addEventListener("click", () => this.showQr(team.name, address));
        const row = el("span", "live-team-actions");
        row.append(copy, qr);
        li.append(name, link, row);
        return li;
      }),
    );
  }

  /** How many devices each team has in the room, beside its name. */
  renderPresence(devices) {
    (this.ws.exercise.teams ?? []).forEach((_, i) => {
      const line = document.getElementById(`live-team-devices-${i}`);
      const n = devices[i] ?? 0;
      if (line) line.textContent = n === 0 ? "no device yet" : n === 1 ? "1 device" : `${n} devices`;
    });
  }

  showQr(name, address) {
    const reason = showQr($("qr-dialog-image"), address);
    if (reason) {
      this.problem(`No QR code: ${reason}.`);
      return;
    }
    $("qr-dialog-title").textContent = `Scan to join as ${name}`;
    $("qr-dialog-image").alt = `QR code of ${name}'s link`;
    $("qr-dialog-link").textContent = address;
    $("qr-dialog").addEventListener(
      "close",
      () => {
        $("qr-dialog-title").textContent = "Scan to join the exercise";
        $("qr-dialog-image").alt = "QR code of the exercise link";
      },
      { once: true },
    );
    $("qr-dialog").showModal();
    $("qr-dialog-close").focus();
  }

  renderNews() {
    const injects = this.ws.exercise.injects ?? [];
    const released = this.host.released;
    const list = $("live-news");
    if (!injects.length) {
      list.replaceChildren(el("li", "muted", "The exercise has no news injects."));
      return;
    }
    list.replaceChildren(
      ...injects.map((inject, i) => {
        const li = el("li", "live-news-item");
        li.append(el("span", null, `Month ${inject.month}: `), el("strong", null, inject.headline || "News"));
        const send = el("button", null, released.has(i) ? "Sent" : "Send to the teams now");
        send.type = "button";
        send.disabled = released.has(i);
        send.addEventListener("click", () => {
          this.host.release(i);
          announce(`Sent to every team: ${inject.headline || "the news"}.`);
        });
        li.append(" ", send);
        return li;
      }),
    );
  }

  renderStatus({ status, unsynced, problem }) {
    const line = $("live-status");
    line.dataset.status = status;
    line.textContent =
      status === "connected"
        ? "Live: the teams' changes reach Compare and Play as they make them."
        : status === "connecting"
          ? "Live: connecting to the room server…"
          : `The room server does not answer: the teams keep working, and their changes arrive when it answers again${unsynced ? ` (${unsynced} of yours waiting)` : ""}.`;
    this.problem(problem);
  }
}
