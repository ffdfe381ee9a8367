// The set-up's "Run it live" panel: opening a room with the room server's key, each team's
// link and QR code, the news the facilitator sends, whether the room is reached, and closing
// it. The workshop loads this module only when a room is opened or kept from before.

import { $, el, describe } from "../../shared/dom.js";
import { t, tAttr } from "../../shared/i18n.js";
import { addressOf, announce, copyLink, messageWith, showQr } from "../common.js";
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
      this.problem(t("ws-live-unreachable", { error: describe(err) }));
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
      announce(t("ws-live-opened"));
      $("live-teams").querySelector("button")?.focus();
    } catch (err) {
      this.problem(t("ws-live-not-opened", { error: describe(err) }));
      $("live-key").focus();
    } finally {
      button.disabled = false;
    }
  }

  close() {
    if (!confirm(t("ws-live-close-confirm"))) return;
    this.host.close();
    this.render();
    announce(t("ws-live-closed"));
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
        name.append(el("strong", null, team.name || t("ws-live-team-unnamed", { number: i + 1 })), " ", devices);
        const link = el("input");
        link.type = "text";
        link.readOnly = true;
        link.spellcheck = false;
        link.value = address;
        link.id = `live-team-link-${i}`;
        link.setAttribute("aria-label", t("ws-live-team-link", { team: team.name }));
        const copy = el("button", null, t("ws-live-copy-link"));
        copy.type = "button";
        copy.addEventListener("click", () => copyLink(address, link, copy));
        const qr = el("button", null, t("ws-live-qr"));
        qr.type = "button";
        qr.setAttribute("aria-label", t("ws-live-qr-of", { team: team.name }));
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
      if (line) line.textContent = t("ws-live-devices", { devices: n });
    });
  }

  showQr(name, address) {
    const reason = showQr($("qr-dialog-image"), address);
    if (reason) {
      this.problem(t("ws-live-no-qr", { reason }));
      return;
    }
    $("qr-dialog-title").textContent = t("ws-live-qr-title", { team: name });
    $("qr-dialog-image").alt = t("ws-live-qr-of", { team: name });
    $("qr-dialog-link").textContent = address;
    $("qr-dialog").addEventListener(
      "close",
      () => {
        // Back to the exercise's QR code, as the page's markup has it.
        $("qr-dialog-title").textContent = t("ws-page-qr-dialog-title");
        $("qr-dialog-image").alt = tAttr("ws-page-setup-qr", "alt");
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
      list.replaceChildren(el("li", "muted", t("ws-live-no-news")));
      return;
    }
    list.replaceChildren(
      ...injects.map((inject, i) => {
        const li = el("li", "live-news-item");
        li.append(...messageWith("ws-live-news-item", { month: inject.month }, "headline", el("strong", null, inject.headline || t("ws-live-news-untitled"))));
        const send = el("button", null, released.has(i) ? t("ws-live-news-sent") : t("ws-live-news-send"));
        send.type = "button";
        send.disabled = released.has(i);
        send.addEventListener("click", () => {
          this.host.release(i);
          announce(inject.headline ? t("ws-live-news-said", { headline: inject.headline }) : t("ws-live-news-said-untitled"));
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
        ? t("ws-live-status-connected")
        : status === "connecting"
          ? t("ws-live-status-connecting")
          : t("ws-live-status-silent", { waiting: unsynced });
    this.problem(problem);
  }
}
