// Clients of the room server for its tests and its load run: Hocuspocus providers (the same
// client the workshop page bundles) on node's side, raw WebSocket messages in the Hocuspocus
// wire format for the tests that must send what no provider would, and a wait with a
// deadline. It must never be imported by the server, and never connect anywhere but the
// loopback server it is given.

import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import * as Y from "yjs";

/** Provider reconnect timing for tests: a real page waits a second or more between tries,
 * which would only make the tests slow. */
export const QUICK_RECONNECT = { delay: 200, initialDelay: 0, minDelay: 200, maxDelay: 1000, factor: 1.5 };

/**
 * Opens document `name` on the room server at `url` with `token` through a HocuspocusProvider.
 * Returns `{ doc, provider, map, scope, refusal, closes, ready, destroy }`: `ready` resolves
 * once the document is synced (`"synced"`) or its token refused (`"refused"`); `scope` is
 * `"read-write"` or `"readonly"` once let in; `refusal` the server's reason when refused;
 * `closes` every close event seen, `{ code, reason }`. With `options.websocketProvider` (see
 * `openSocket`) the document shares that socket, as the documents of one page do.
 */
export function openDocument(url, name, token, options = {}) {
  const doc = new Y.Doc();
  const client = { doc, map: doc.getMap("entries"), scope: null, refusal: null, closes: [] };
  let settle;
  client.ready = new Promise((resolve) => {
    settle = resolve;
  });
  client.provider = new HocuspocusProvider({
    url,
    name,
    token,
    document: doc,
    WebSocketPolyfill: WebSocket,
    ...options,
    onAuthenticated: ({ scope }) => {
      client.scope = scope;
    },
    onAuthenticationFailed: ({ reason }) => {
      client.refusal = reason;
      settle("refused");
    },
    onSynced: () => settle("synced"),
    onClose: ({ event }) => client.closes.push({ code: event.code, reason: event.reason }),
  });
  // A provider on a shared socket joins it only when attached.
  if (options.websocketProvider) client.provider.attach();
  client.destroy = () => {
    const socket = client.provider.configuration.websocketProvider;
    client.provider.destroy();
    if (!options.websocketProvider) closeSocket(socket);
  };
  return client;
}

/** One WebSocket that several documents share through `openDocument(…, { websocketProvider })`. */
export function openSocket(url, options = {}) {
  return new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, ...options });
}

/** Destroys a provider's socket for good. A HocuspocusProviderWebsocket that lost its
 * connection calls `connect()` again `delay` ms later even if it was destroyed meanwhile, and
 * `connect()` undoes the destroy: the socket would reconnect forever, with no document on it,
 * and keep the process alive. */
export function closeSocket(socket) {
  socket.destroy();
  socket.connect = async () => {};
}

/** Opens a document and waits until it is synced; fails with the refusal otherwise. */
export async function openSynced(url, name, token, options = {}) {
  const client = openDocument(url, name, token, options);
  const outcome = await withDeadline(client.ready, 10_000, `${name} to sync`);
  if (outcome !== "synced") {
    client.destroy();
    throw new Error(`${name} was refused: ${client.refusal}`);
  }
  return client;
}

/** Polls `check` until it returns true, failing after `timeout` ms with `what` and, when
 * given, `detail()` to say what was seen instead. */
export async function waitFor(check, { timeout = 10_000, what = "the condition", detail } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${detail ? `: ${detail()}` : ""}`);
    }
    await delay(20);
  }
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves as `promise` does, or fails after `ms` ms naming `what`. */
export async function withDeadline(promise, ms, what) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------
// The Hocuspocus wire format, for raw sockets: lib0 variable-length integers and strings.

function varUint(value) {
  const bytes = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest & 0x7f));
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return Uint8Array.from(bytes);
}

function varBytes(bytes) {
  return Buffer.concat([varUint(bytes.length), bytes]);
}

function varString(text) {
  return varBytes(Buffer.from(text, "utf8"));
}

/** The message that presents `token` for document `name`. */
export function authMessage(name, token) {
  return Buffer.concat([varString(name), varUint(2), varUint(0), varString(token)]);
}

/** A sync message carrying the Yjs `update` for document `name`. */
export function updateMessage(name, update) {
  return Buffer.concat([varString(name), varUint(0), varUint(2), varBytes(update)]);
}

/** A stateless message that the server broadcasts to every connection of document `name`. */
export function broadcastMessage(name, payload) {
  return Buffer.concat([varString(name), varUint(6), varString(payload)]);
}

/** A sync step 1 (a state vector), which asks the server for what it has. */
export function syncStepOneMessage(name, stateVector = Y.encodeStateVector(new Y.Doc())) {
  return Buffer.concat([varString(name), varUint(0), varUint(0), varBytes(stateVector)]);
}

/** The document name, type and first bytes of a message the server sent. */
export function describeServerMessage(data) {
  const bytes = new Uint8Array(data);
  let at = 0;
  const read = () => {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      const byte = bytes[at];
      at += 1;
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
    }
  };
  const length = read();
  const name = Buffer.from(bytes.subarray(at, at + length)).toString("utf8");
  at += length;
  const type = read();
  const kind = at < bytes.length ? read() : null;
  return { name, type, kind, rest: bytes.subarray(at) };
}

/**
 * A raw WebSocket to the server, recording what it receives: `{ ws, messages, closed, send,
 * authenticate(name, token) }`; `closed` resolves with `{ code, reason }`, and `authenticate`
 * resolves with `"authenticated"` or `"denied"`.
 */
export async function openRawSocket(wsUrl) {
  const ws = new WebSocket(wsUrl);
  const socket = { ws, messages: [] };
  socket.closed = new Promise((resolve) => {
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  ws.on("error", () => {});
  ws.on("message", (data) => socket.messages.push(describeServerMessage(data)));
  await new Promise((resolve, reject) => {
    ws.once("open", resolve);
    ws.once("error", reject);
  });
  socket.send = (bytes) => new Promise((resolve) => ws.send(bytes, () => resolve()));
  socket.authenticate = async (name, token) => {
    const seen = socket.messages.length;
    await socket.send(authMessage(name, token));
    // Auth replies: type 2, then 2 (authenticated) or 1 (permission denied).
    await waitFor(() => socket.messages.slice(seen).some((m) => m.name === name && m.type === 2), {
      what: `the server's answer to the token for ${name}`,
    });
    const reply = socket.messages.slice(seen).find((m) => m.name === name && m.type === 2);
    return reply.kind === 2 ? "authenticated" : "denied";
  };
  return socket;
}
