// The workshop's connection to a live room: one WebSocket to the room server (a Hocuspocus
// server, room/server.mjs) carrying every Yjs document the page opens there, each with the
// token that says what this device may do with it. The engine (Yjs and the Hocuspocus client)
// is a separate module the page loads only here, so a workshop without a live room, and the
// explorer, never download it. This module never decides what a document holds: the host
// (host.js) and the team's side (member.js) do.

import { t } from "../../shared/i18n.js";

/** Where the engine is, beside the page's wasm module (bundled by `cargo xtask build`). The page
 * (at the site's top, as every page is) is the base: a release build moves this code into a
 * shared chunk in another folder, where a path from this file would miss. */
const ENGINE = new URL("pkg/live-engine.js", document.baseURI);

/** The one token shape the server hands out: a role, the room and a signature. */
const TOKEN = /^(f|t[0-7])\.([0-9a-f]{32})\.([A-Za-z0-9_-]{20,})$/;

/**
 * The room server this build connects to (the `relief-room-server` tag, which the site's
 * Content-Security-Policy allows and nothing else), or null when it names none.
 */
export function roomServer() {
  const value = document.querySelector('meta[name="relief-room-server"]')?.content?.trim();
  return value ? value.replace(/\/$/, "") : null;
}

/** Reads a token: `{role, room, team}` (team is the index for a team's token, else null), or null. */
export function readToken(token) {
  const m = TOKEN.exec(token ?? "");
  if (!m) return null;
  return { role: m[1] === "f" ? "facilitator" : "team", team: m[1] === "f" ? null : Number(m[1].slice(1)), room: m[2] };
}

/** The message that says what each of the room server's refusals (docs/live-room.md) means. */
const REFUSALS = {
  "missing-token": "ws-live-refusal-missing-token",
  "invalid-token": "ws-live-refusal-invalid-token",
  "token-for-another-room": "ws-live-refusal-another-room",
  "document-of-another-team": "ws-live-refusal-another-team",
  "document-too-large": "ws-live-refusal-too-large",
  "read-only": "ws-live-refusal-read-only",
  "unknown-document": "ws-live-refusal-unknown-document",
};

/** A refusal of the room server's, in words. */
export function refusalInWords(reason) {
  if (Object.hasOwn(REFUSALS, reason)) return t(REFUSALS[reason]);
  return reason ? t("ws-live-refusal-other", { reason }) : t("ws-live-refusal-none");
}

let engine = null;

/** Loads the engine once. Throws a message a facilitator can act on when it is missing. */
export async function loadEngine() {
  if (!engine) {
    engine = import(ENGINE.href).catch((err) => {
      engine = null;
      throw new Error(t("ws-live-no-engine", { error: String(err?.message ?? err) }));
    });
  }
  return engine;
}

/**
 * Creates a room on the server with the room server's key: `{room, facilitator, teams}`, the
 * room's identifier and its tokens. Throws the server's reason in plain words.
 */
export async function createRoom(server, key, teams) {
  let response;
  try {
    response = await fetch(`${server}/rooms`, {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ teams }),
    });
  } catch {
    throw new Error(t("ws-live-server-silent", { server }));
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    // Said below, with the status.
  }
  if (response.status === 401) throw new Error(t("ws-live-key-refused"));
  if (!response.ok) {
    const reason = body?.error;
    throw new Error(reason ? t("ws-live-room-refused", { reason: String(reason) }) : t("ws-live-room-refused-status", { status: response.status }));
  }
  if (!readToken(body?.facilitator) || !Array.isArray(body?.teams) || body.teams.length < teams || !body.teams.every((t) => readToken(t)?.role === "team")) {
    throw new Error(t("ws-live-answer-unreadable"));
  }
  return body;
}

/** The WebSocket address of an http(s) server. */
function websocketAddress(server) {
  return server.replace(/^http/, "ws");
}

/**
 * One device's connection to a room: it opens the room's documents with this device's token
 * and tells `onStatus` whether the server is reached ("connected", "connecting" or
 * "disconnected"). Edits made while the server is out of reach are kept in the documents and
 * sent when it answers again.
 */
export class RoomConnection {
  constructor(live, { server, token, onStatus = () => {} }) {
    this.live = live;
    this.token = token;
    this.room = readToken(token)?.room;
    if (!this.room) throw new Error(t("ws-live-link-unreadable"));
    this.status = "connecting";
    this.socket = new live.HocuspocusProviderWebsocket({
      url: websocketAddress(server),
      // A device back on the network rejoins within seconds, not the half minute the default
      // backoff reaches; a dropped line with no closing word is noticed within 15 seconds.
      maxDelay: 4000,
      messageReconnectTimeout: 15000,
      onStatus: ({ status }) => {
        this.status = status;
        onStatus(status);
      },
    });
    this.providers = new Map();
  }

  /**
   * Opens the room's document `name` ("exercise", "injects" or "team-<i>"): `{doc, provider,
   * synced}`, where `synced` resolves once the server's copy has arrived, or fails with the
   * server's refusal in words. `onChange(remote)` is called after every change, `remote` when
   * it came from the server. `onRefused(reason)` when the server refuses this device the
   * document. With `presence`, the devices on the document say they are there (`awareness`,
   * Yjs's presence protocol); otherwise nothing of the kind is sent.
   */
  open(name, { onChange = () => {}, onRefused = () => {}, presence = false } = {}) {
    const doc = new this.live.Y.Doc();
    let synced;
    let refused;
    const ready = new Promise((resolve, reject) => {
      synced = resolve;
      refused = reject;
    });
    // A refusal before the document arrives is said by whoever waits for it.
    ready.catch(() => {});
    const provider = new this.live.HocuspocusProvider({
      websocketProvider: this.socket,
      name: `${this.room}/${name}`,
      token: this.token,
      document: doc,
      // The provider makes an Awareness of its own when given none (undefined).
      awareness: presence ? undefined : null,
      onSynced: () => synced(),
      onAuthenticationFailed: ({ reason }) => {
        refused(new Error(refusalInWords(reason)));
        onRefused(reason);
      },
    });
    if (!provider.isAttached) provider.attach();
    doc.on("update", (_update, origin) => onChange(origin === provider));
    const opened = { doc, provider, synced: ready, awareness: provider.awareness };
    this.providers.set(name, opened);
    return opened;
  }

  /** Edits this device made that the server has not confirmed yet, across its documents. */
  get unsynced() {
    let n = 0;
    for (const { provider } of this.providers.values()) n += provider.unsyncedChanges ?? 0;
    return n;
  }

  close() {
    for (const { provider, doc } of this.providers.values()) {
      provider.destroy();
      doc.destroy();
    }
    this.providers.clear();
    this.socket.destroy();
    // A reconnection the socket had already planned (within a second of losing the server)
    // would otherwise undo the destroy and keep reconnecting with no documents.
    this.socket.connect = () => Promise.resolve();
  }
}
