// The live workshop room server of Relief Sequencer: a Hocuspocus (Yjs) collaboration server on
// one port, with an HTTP API that creates rooms, stateless signed tokens that say who may read
// or write which document of a room, limits on what one client may send, and a folder that
// keeps every document across restarts.
//
//   node room/server.mjs [--host 127.0.0.1] [--port 8765] [--data DIR]
//
// What it must never do: write a token, the secret or the room key to its log or anywhere but
// the data folder's own files (the room key alone is printed once at start, for the person who
// runs the server); let a token of one room or one team into another room's or team's document,
// or let a read-only holder change a document; let one client's bad or excessive traffic stop
// the process or another client; leave a half-written document behind (every write is a
// temporary file renamed into place).

import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { inspect } from "node:util";

import { Database } from "@hocuspocus/extension-database";
import { Server } from "@hocuspocus/server";
import * as Y from "yjs";

// ---------------------------------------------------------------------------------------------
// Limits. Each bounds what one client can make the server hold or do, well above what a
// workshop page needs.

/** The largest WebSocket frame: a page's edits are a few hundred bytes each, and even a whole
 * team plan sent at once on reconnect is far below this. A larger frame closes only its own
 * connection (close code 1009) before the server buffers it. */
export const MAX_FRAME_BYTES = 256 * 1024;

/** The largest a document may grow, encoded: a workshop's exercise, injects or team plan is
 * tens of kilobytes; a megabyte leaves room for long sessions and bounds memory and disk per
 * document (ten per room). */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;

/** Messages a second one WebSocket may send on average: typing and dragging send about one
 * update per change, rarely over 20 a second, and the presence beacons are slower still. */
export const MESSAGES_PER_SECOND = 50;

/** Messages one WebSocket may send at once: a reconnecting page opens three documents with a
 * handful of messages each, and a page that was offline may flush many queued edits. */
export const MESSAGE_BURST = 200;

/** Bytes one WebSocket may send for documents it has not been let into (waiting for, or
 * refused, its token): Hocuspocus queues such messages until the token is checked, so without
 * a bound a client that is never let in could fill the memory. A real page sends a few hundred
 * bytes before its token is checked. */
export const MAX_BYTES_BEFORE_ADMISSION = MAX_DOCUMENT_BYTES;

/** The largest body of `POST /rooms`, whose only field is `{"teams": N}`. */
export const MAX_REQUEST_BODY_BYTES = 4 * 1024;

/** Rooms the whole server makes a minute: a facilitator makes one per workshop; more than
 * this is a script gone wrong, and each room costs tokens and, once used, files. */
export const ROOMS_PER_MINUTE = 30;

/** Teams a room may have: the workshop page lays out at most eight. */
export const MAX_TEAMS = 8;

/** How long after the last change a document is written (ms), and the longest a stream of
 * changes may postpone it: a crash loses at most about a second, and a client that was
 * connected re-sends anything the server lacks when it reconnects. */
export const STORE_DEBOUNCE_MS = 200;
export const STORE_MAX_DEBOUNCE_MS = 1000;

/** The defaults of the command line. */
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8765;
/** `target/room` under the repository, which git ignores and `cargo clean` removes. */
export const DEFAULT_DATA_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "target",
  "room",
);

/** WebSocket close codes this server sends itself; Hocuspocus adds 4401 (an unreadable
 * message) and ws 1009 (a frame over the limit). */
export const CLOSE_RATE_LIMITED = { code: 4429, reason: "rate-limited" };
export const CLOSE_TOO_MUCH_BEFORE_ADMISSION = { code: 4413, reason: "too-much-before-admission" };
export const CLOSE_SERVER_STOPPING = { code: 1001, reason: "server-stopping" };

/** Hocuspocus message types (its `MessageType`) that this server looks at. */
const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const MESSAGE_BROADCAST_STATELESS = 6;
/** y-protocols sync message kinds that carry changes (step 1 only asks for them). */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

const USAGE = `Usage: node room/server.mjs [--host ADDRESS] [--port N] [--data DIR]

  --host ADDRESS  the address to listen on (default ${DEFAULT_HOST}; 0.0.0.0 for every network)
  --port N        the port for both HTTP and WebSocket (default ${DEFAULT_PORT}; 0 picks a free one)
  --data DIR      the folder for the secret, the room key and the documents
                  (default target/room in the repository)
`;

// ---------------------------------------------------------------------------------------------
// Tokens and document names: pure functions, exported for the tests.

/** A refusal this server decided on: Hocuspocus sends `reason` to the client (as the
 * permission-denied reason, or the reason of a document's close message) and `code` as the
 * close code. It is deliberately not an Error: Hocuspocus logs every rejection that has a
 * `message` in a form of its own, and this server has already logged it in one line. */
export class Refusal {
  constructor(code, reason) {
    this.code = code;
    this.reason = reason;
  }
}

/** The permission-denied reasons a client can receive, stable for pages to show. */
export const REFUSED = {
  unknownDocument: "unknown-document",
  missingToken: "missing-token",
  invalidToken: "invalid-token",
  otherRoom: "token-for-another-room",
  otherTeam: "document-of-another-team",
  documentTooLarge: "document-too-large",
  readOnly: "read-only",
};

const TOKEN_PATTERN = /^(f|t([0-7]))\.([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;
const DOCUMENT_PATTERN = /^([0-9a-f]{32})\/(exercise|injects|team-([0-7]))$/;

/** The signed token of `role` (`f`, or `t0`…`t7`) in `room`. */
export function signToken(secret, role, room) {
  const claim = `${role}.${room}`;
  return `${claim}.${createHmac("sha256", secret).update(claim).digest("base64url")}`;
}

/** Who a token lets in, `{ role: "facilitator" | "team", team, room }`, or null when it is
 * malformed or its signature is not this server's. The signature is compared as the exact
 * text this server would write, in constant time. */
export function verifyToken(secret, token) {
  const match = typeof token === "string" ? TOKEN_PATTERN.exec(token) : null;
  if (!match) return null;
  const [, role, team, room] = match;
  const expected = Buffer.from(signToken(secret, role, room));
  const given = Buffer.from(token);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return role === "f"
    ? { role: "facilitator", team: null, room }
    : { role: "team", team: Number(team), room };
}

/** The room and kind of a document name (`<room>/exercise`, `<room>/injects`,
 * `<room>/team-<i>`), or null for any other name. */
export function parseDocumentName(name) {
  const match = typeof name === "string" ? DOCUMENT_PATTERN.exec(name) : null;
  if (!match) return null;
  const [, room, kind, team] = match;
  return team === undefined
    ? { room, kind, team: null }
    : { room, kind: "team", team: Number(team) };
}

/** What a token holder may do with a document: `"write"`, `"read"`, or a refusal reason. The
 * facilitator writes the exercise and the injects and watches every team; a team writes its
 * own plan and reads the exercise and the injects. */
export function accessFor(holder, document) {
  if (holder.room !== document.room) return { refused: REFUSED.otherRoom };
  if (holder.role === "facilitator") return document.kind === "team" ? "read" : "write";
  if (document.kind !== "team") return "read";
  return document.team === holder.team ? "write" : { refused: REFUSED.otherTeam };
}

/** The file that keeps a document: the name is hashed so that no client-chosen text ever
 * becomes a path. */
export function documentFile(docsDir, documentName) {
  return path.join(docsDir, `${createHash("sha256").update(documentName).digest("hex")}.bin`);
}

/** Reads a lib0 variable-length unsigned integer at `offset`: `[value, next offset]`, or null
 * when the bytes end first or it is longer than any value Hocuspocus accepts. */
function readVarUint(bytes, offset) {
  let value = 0;
  let multiplier = 1;
  for (let at = offset; at < bytes.length && at < offset + 7; at += 1) {
    const byte = bytes[at];
    value += (byte & 0x7f) * multiplier;
    if (byte < 0x80) return [value, at + 1];
    multiplier *= 128;
  }
  return null;
}

const utf8 = new TextDecoder();

/** The start of a Hocuspocus message: the document's name, the message type and, for sync
 * messages, the sync kind; null when the bytes do not even hold that much. */
export function readMessageHeader(bytes) {
  const nameLength = readVarUint(bytes, 0);
  if (!nameLength) return null;
  const [length, nameStart] = nameLength;
  const nameEnd = nameStart + length;
  if (nameEnd > bytes.length) return null;
  const type = readVarUint(bytes, nameEnd);
  if (!type) return null;
  const kind = readVarUint(bytes, type[1]);
  return {
    documentName: utf8.decode(bytes.subarray(nameStart, nameEnd)),
    type: type[0],
    syncKind: kind ? kind[0] : null,
  };
}

/** Whether a message would change a document (sync step 2 or an update). */
function carriesChanges(header) {
  return (
    header !== null &&
    (header.type === MESSAGE_SYNC || header.type === MESSAGE_SYNC_REPLY) &&
    (header.syncKind === SYNC_STEP_2 || header.syncKind === SYNC_UPDATE)
  );
}

/** Messages allowed now from one sender: `rate` a second on average, `burst` at once. */
export class TokenBucket {
  constructor(rate, burst, now = performance.now()) {
    this.rate = rate;
    this.burst = burst;
    this.tokens = burst;
    this.updated = now;
  }

  /** Takes one message's token; false when there is none left. */
  take(now = performance.now()) {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.updated) / 1000) * this.rate);
    this.updated = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// The log: one line per event, with the time and a level that says whose problem it is.
// `info` goes to standard output; `refused` (a client sent something it may not) and `error`
// (the server failed) go to standard error, which the load run counts.

function log(level, message) {
  const stream = level === "info" ? process.stdout : process.stderr;
  stream.write(`${new Date().toISOString()} ${level} ${message}\n`);
}

/** Client-chosen text (a document name, an error message) as one short quoted line, so that
 * no client can forge or break log lines. */
function quoted(text) {
  const value = String(text);
  return JSON.stringify(value.length > 120 ? `${value.slice(0, 120)}…` : value);
}

/** Anything Hocuspocus hands to `console.error`, as one line. */
function oneLine(parts) {
  return parts
    .map((part) =>
      part instanceof Error
        ? `${part.name}: ${part.message}`
        : typeof part === "string"
          ? part
          : inspect(part, { breakLength: Infinity, depth: 2 }),
    )
    .join(" ")
    .replace(/\s+/g, " ")
    .slice(0, 500);
}

/** Hocuspocus reports problems through `console.error`, often over several lines. They are
 * logged here as one line each: refusals this server made are left out (they were logged when
 * made), errors of a client's WebSocket are left to this server's own listener, and failures
 * to read or apply a client's message are the client's fault (`refused`), not the server's;
 * anything else is an `error`. */
function routeHocuspocusConsole() {
  let skipNext = false;
  console.error = (...parts) => {
    if (skipNext) {
      skipNext = false;
      return;
    }
    if (parts.some((part) => part instanceof Refusal)) return;
    if (parts[0] === "Error emitted from webSocket instance:") {
      // The error itself comes in the next call; the socket's own listener logs it.
      skipNext = true;
      return;
    }
    const text = oneLine(parts);
    if (/^closing connection \S+ \(while handling .*\) because of exception/.test(text)) {
      log("refused", `closed a document connection whose message could not be applied: ${text}`);
    } else if (parts[0] === "Caught error while handling a Yjs update") {
      // y-protocols drops an update Yjs cannot read and carries on.
      log("refused", `dropped an update that could not be applied: ${text}`);
    } else if (parts.length === 1 && parts[0] instanceof Error) {
      // Hocuspocus logs a bare error only when it cannot decode a message, and then closes it.
      log("refused", `closed a connection whose message could not be read: ${text}`);
    } else if (/Unable to handle message of type|already fully authenticated/.test(text)) {
      log("refused", `ignored a message: ${text}`);
    } else {
      log("error", text);
    }
  };
}

// ---------------------------------------------------------------------------------------------
// The data folder.

/** A startup failure with a message that says what to do. */
class StartupError extends Error {}

/** Reads the hex value kept in `file`, or makes one of `bytes` random bytes and keeps it there
 * (mode 0600) the first time. */
function keptSecret(file, bytes, what) {
  for (;;) {
    let text;
    try {
      text = fs.readFileSync(file, "utf8").trim();
    } catch (error) {
      if (error.code !== "ENOENT") {
        throw new StartupError(
          `cannot read ${file} (${error.code}): give the server read access to it or choose another data folder with --data`,
        );
      }
      try {
        // `wx` never replaces a value another server starting at the same moment just wrote.
        fs.writeFileSync(file, `${randomBytes(bytes).toString("hex")}\n`, { mode: 0o600, flag: "wx" });
        log("info", `made a new ${what} in ${file}`);
      } catch (writeError) {
        if (writeError.code !== "EEXIST") {
          throw new StartupError(
            `cannot write ${file} (${writeError.code}): give the server write access to the data folder or choose another with --data`,
          );
        }
      }
      continue;
    }
    if (!new RegExp(`^[0-9a-f]{${bytes * 2}}$`).test(text)) {
      throw new StartupError(
        `${file} does not hold a ${what} (${bytes * 2} hex digits): delete it to make a new one (every room and token made so far stops working), or choose another data folder with --data`,
      );
    }
    if ((fs.statSync(file).mode & 0o077) !== 0) {
      log("info", `warning: ${file} can be read by other users of this machine; \`chmod 600\` it`);
    }
    return text;
  }
}

/** Makes the data folder and its `docs/` if needed, checks that both can be read and written,
 * clears temporary files a killed server left, and reads or makes the secret and room key. */
function openDataFolder(dataDir) {
  const docsDir = path.join(dataDir, "docs");
  try {
    fs.mkdirSync(docsDir, { recursive: true, mode: 0o700 });
    fs.accessSync(dataDir, fs.constants.R_OK | fs.constants.W_OK);
    fs.accessSync(docsDir, fs.constants.R_OK | fs.constants.W_OK);
    for (const name of fs.readdirSync(docsDir)) {
      if (name.endsWith(".tmp")) fs.rmSync(path.join(docsDir, name), { force: true });
    }
  } catch (error) {
    throw new StartupError(
      `cannot use the data folder ${dataDir} (${error.code ?? error.message}): give the server read and write access to it or choose another with --data`,
    );
  }
  const secret = Buffer.from(keptSecret(path.join(dataDir, "secret"), 32, "token-signing secret"), "hex");
  const roomKey = keptSecret(path.join(dataDir, "room-key"), 16, "room key");
  return { docsDir, secret, roomKey };
}

/** Keeps documents as one file each, written to a temporary file and renamed into place, so a
 * crash leaves either the old or the new state and never a mix. */
function documentStore(docsDir) {
  let temporaries = 0;
  return {
    async fetch({ documentName }) {
      try {
        const bytes = await fsp.readFile(documentFile(docsDir, documentName));
        log("info", `loaded ${documentName} (${bytes.length} bytes)`);
        return new Uint8Array(bytes);
      } catch (error) {
        if (error.code === "ENOENT") return null;
        log("error", `could not read ${documentName}: ${error.message}`);
        throw error;
      }
    },
    async store({ documentName, state }) {
      const file = documentFile(docsDir, documentName);
      temporaries += 1;
      const temporary = `${file}.${process.pid}.${temporaries}.tmp`;
      try {
        const handle = await fsp.open(temporary, "w", 0o600);
        try {
          await handle.writeFile(state);
          // On disk before the rename, so a power cut cannot leave an empty file in its place.
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fsp.rename(temporary, file);
        log("info", `stored ${documentName} (${state.length} bytes)`);
      } catch (error) {
        // Not thrown on: Hocuspocus would turn it into an unhandled rejection, and the next
        // change (or the shutdown) writes the document again.
        log("error", `could not store ${documentName}: ${error.message}`);
        await fsp.rm(temporary, { force: true }).catch(() => {});
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The HTTP API, answered from Hocuspocus' `onRequest` hook on the same port.

const CORS_HEADERS = {
  // Rooms are made with a bearer key in a header, never a cookie, so any page may ask.
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Headers": "Authorization, Content-Type",
  "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
  "Access-Control-Max-Age": "600",
};

function sendJson(response, status, body, headers = {}) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...CORS_HEADERS,
    "Content-Type": "application/json; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    // Tokens must never sit in a cache.
    "Cache-Control": "no-store",
    ...headers,
  });
  response.end(text);
}

/** The request body, or null as soon as it passes `limit` bytes (the rest is read and
 * dropped, so the client still gets the answer). */
function readBody(request, limit) {
  return new Promise((resolve, reject) => {
    if (Number(request.headers["content-length"]) > limit) {
      request.resume();
      resolve(null);
      return;
    }
    const chunks = [];
    let size = 0;
    let over = false;
    request.on("data", (chunk) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    request.on("end", () => over || resolve(Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

/** The handler of `GET /health` and `POST /rooms`. */
function roomApi({ secret, roomKey }) {
  const roomKeyDigest = createHash("sha256").update(roomKey).digest();
  const roomsMade = [];

  /** Whether the `Authorization` header carries the room key, compared in constant time. */
  function holdsRoomKey(header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
    if (!match) return false;
    return timingSafeEqual(createHash("sha256").update(match[1]).digest(), roomKeyDigest);
  }

  async function createRoom(request, response) {
    if (!holdsRoomKey(request.headers.authorization)) {
      request.resume();
      log("refused", `room not made: no or wrong room key (from ${request.socket.remoteAddress})`);
      sendJson(
        response,
        401,
        { error: "the room key is missing or wrong: send `Authorization: Bearer <room key>` with the key the room server printed when it started" },
        { "WWW-Authenticate": "Bearer" },
      );
      return;
    }
    const body = await readBody(request, MAX_REQUEST_BODY_BYTES);
    if (body === null) {
      log("refused", `room not made: a request body over ${MAX_REQUEST_BODY_BYTES} bytes`);
      sendJson(response, 413, { error: `the request body is over ${MAX_REQUEST_BODY_BYTES} bytes; send {"teams": N}` }, { Connection: "close" });
      return;
    }
    let fields;
    try {
      fields = JSON.parse(body.toString("utf8"));
    } catch {
      fields = undefined;
    }
    if (fields === null || typeof fields !== "object" || Array.isArray(fields)) {
      log("refused", "room not made: the body is not a JSON object");
      sendJson(response, 400, { error: `the body must be a JSON object {"teams": N} with "teams" a whole number from 1 to ${MAX_TEAMS}` });
      return;
    }
    const { teams } = fields;
    if (!Number.isInteger(teams) || teams < 1 || teams > MAX_TEAMS) {
      const given = teams === undefined ? "missing" : JSON.stringify(teams).slice(0, 40);
      log("refused", `room not made: "teams" is ${given}`);
      sendJson(response, 400, { error: `"teams" must be a whole number from 1 to ${MAX_TEAMS}, not ${given}` });
      return;
    }
    const now = Date.now();
    while (roomsMade.length && now - roomsMade[0] >= 60_000) roomsMade.shift();
    if (roomsMade.length >= ROOMS_PER_MINUTE) {
      const wait = Math.ceil((roomsMade[0] + 60_000 - now) / 1000);
      log("refused", `room not made: over ${ROOMS_PER_MINUTE} rooms a minute`);
      sendJson(
        response,
        429,
        { error: `this server makes at most ${ROOMS_PER_MINUTE} rooms a minute; try again in ${wait} s` },
        { "Retry-After": String(wait) },
      );
      return;
    }
    roomsMade.push(now);
    const room = randomBytes(16).toString("hex");
    const teamTokens = Array.from({ length: teams }, (_, team) => signToken(secret, `t${team}`, room));
    log("info", `made room ${room} with ${teams} team${teams === 1 ? "" : "s"}`);
    sendJson(response, 201, { room, facilitator: signToken(secret, "f", room), teams: teamTokens });
  }

  return async function onRequest({ request, response }) {
    try {
      const { pathname } = new URL(request.url ?? "/", "http://room.invalid");
      const method = request.method;
      const known = pathname === "/health" || pathname === "/rooms";
      if (method === "OPTIONS" && known) {
        request.resume();
        response.writeHead(204, { ...CORS_HEADERS, "Content-Length": "0" });
        response.end();
      } else if (pathname === "/health" && (method === "GET" || method === "HEAD")) {
        request.resume();
        sendJson(response, 200, { ok: true });
      } else if (pathname === "/rooms" && method === "POST") {
        await createRoom(request, response);
      } else {
        request.resume();
        sendJson(response, 404, {
          error: `nothing here for ${method} ${pathname.slice(0, 100)}: this server answers GET /health and POST /rooms, and WebSocket connections for the documents of a room`,
        });
      }
    } catch (error) {
      log("error", `answering ${request.method} ${quoted(request.url)}: ${oneLine([error])}`);
      if (!response.headersSent) sendJson(response, 500, { error: "the room server failed; its log says why" });
      else response.destroy();
    }
    // Hocuspocus writes a welcome page after its hooks unless one rejects with nothing.
    throw null;
  };
}

// ---------------------------------------------------------------------------------------------
// The collaboration side.

/** What this server tracks for one WebSocket (one page may open several documents on it). */
class SocketState {
  constructor(ws, request, id) {
    this.ws = ws;
    this.id = id;
    this.remote = request.socket.remoteAddress;
    this.bucket = new TokenBucket(MESSAGES_PER_SECOND, MESSAGE_BURST);
    /** Documents this socket has been let into. */
    this.admitted = new Set();
    /** Bytes sent for each document not let into (yet), and their sum. */
    this.pending = new Map();
    this.pendingBytes = 0;
    this.closing = false;
  }

  admit(documentName) {
    this.admitted.add(documentName);
    this.pendingBytes -= this.pending.get(documentName) ?? 0;
    this.pending.delete(documentName);
  }

  /** Closes the whole socket for something it sent; the client's provider reconnects and
   * re-syncs, so an honest client that only went too fast loses nothing. */
  close(event, why) {
    if (this.closing) return;
    this.closing = true;
    log("refused", `closed connection ${this.id} (${this.remote}): ${why}`);
    this.ws.close(event.code, event.reason);
  }
}

/** Who a token holder is, for the log. */
function describeHolder(holder) {
  return holder.role === "facilitator" ? "the facilitator" : `team ${holder.team}`;
}

/** The hooks that decide who may open which document and what a connection may send. */
function collaborationHooks({ secret }) {
  /** Each socket's state, found from its upgrade request (which every hook payload carries). */
  const sockets = new WeakMap();
  /** An estimate of each loaded document's encoded size: measured at load, then grown by each
   * applied update's size, and measured again before anything is refused for it. */
  const documentSizes = new WeakMap();
  let socketsSeen = 0;

  function watchSocket(ws, request) {
    socketsSeen += 1;
    const state = new SocketState(ws, request, socketsSeen);
    sockets.set(request, state);
    // Before Hocuspocus' own listener, so a socket over its limits is marked closing before
    // any hook sees the message. Hocuspocus re-emits the messages it queued while a token was
    // checked, so those few count twice against the rate, which the burst absorbs.
    ws.prependListener("message", (data) => {
      if (state.closing) return;
      if (!state.bucket.take()) {
        state.close(
          CLOSE_RATE_LIMITED,
          `more than ${MESSAGE_BURST} messages at once or ${MESSAGES_PER_SECOND} a second`,
        );
        return;
      }
      const header = readMessageHeader(data);
      if (header === null || state.admitted.has(header.documentName)) return;
      state.pending.set(header.documentName, (state.pending.get(header.documentName) ?? 0) + data.length);
      state.pendingBytes += data.length;
      if (state.pendingBytes > MAX_BYTES_BEFORE_ADMISSION) {
        state.close(
          CLOSE_TOO_MUCH_BEFORE_ADMISSION,
          `over ${MAX_BYTES_BEFORE_ADMISSION} bytes for documents it was not let into`,
        );
      }
    });
    ws.on("error", (error) => {
      const why =
        error.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH"
          ? `a message over ${MAX_FRAME_BYTES} bytes`
          : `a broken WebSocket frame (${error.code ?? error.message})`;
      state.closing = true;
      log("refused", `closed connection ${state.id} (${state.remote}): ${why}`);
    });
  }

  /** Starts the size estimate of a loaded document. */
  function measure(document) {
    const size = { bytes: Y.encodeStateAsUpdate(document).byteLength };
    documentSizes.set(document, size);
    document.on("update", (update) => {
      size.bytes += update.byteLength;
    });
    return size;
  }

  /** Whether `incomingBytes` more keep `document` within its cap. The estimate errs high in
   * practice (updates merged into a document encode smaller than their sum), and the document
   * is measured again before anything is refused, so a refusal is always exact. */
  function admits(document, incomingBytes) {
    const size = documentSizes.get(document) ?? measure(document);
    if (size.bytes + incomingBytes <= MAX_DOCUMENT_BYTES) return true;
    size.bytes = Y.encodeStateAsUpdate(document).byteLength;
    return size.bytes + incomingBytes <= MAX_DOCUMENT_BYTES;
  }

  return {
    watchSocket,

    async onAuthenticate({ token, documentName, request, connectionConfig }) {
      const state = sockets.get(request);
      const target = parseDocumentName(documentName);
      const refuse = (reason, why) => {
        log("refused", `did not let connection ${state?.id} into ${quoted(documentName)}: ${why}`);
        throw new Refusal(4403, reason);
      };
      if (!target) refuse(REFUSED.unknownDocument, "no such document");
      if (!token) refuse(REFUSED.missingToken, "no token");
      const holder = verifyToken(secret, token);
      if (!holder) refuse(REFUSED.invalidToken, "a token this server did not sign");
      const access = accessFor(holder, target);
      if (access.refused) {
        refuse(
          access.refused,
          access.refused === REFUSED.otherRoom
            ? `a token of another room (${holder.room})`
            : `${describeHolder(holder)} may not open it`,
        );
      }
      connectionConfig.readOnly = access === "read";
      state?.admit(documentName);
      log(
        "info",
        `let connection ${state?.id} into ${documentName} as ${describeHolder(holder)} (${access === "read" ? "read-only" : "read-write"})`,
      );
      // Merged into the context every later hook of this document connection receives.
      return { holder, socket: state };
    },

    async afterLoadDocument({ document }) {
      measure(document);
    },

    async beforeHandleMessage({ connection, document, documentName, update, context }) {
      const state = context.socket;
      // A socket being closed for its traffic has its last messages dropped too.
      if (state?.closing) throw new Refusal(CLOSE_RATE_LIMITED.code, CLOSE_RATE_LIMITED.reason);
      const header = readMessageHeader(update);
      if (connection.readOnly) {
        if (header?.type === MESSAGE_BROADCAST_STATELESS) {
          log("refused", `closed connection ${state?.id} to ${documentName}: a read-only holder broadcast a message`);
          throw new Refusal(4403, REFUSED.readOnly);
        }
        // Hocuspocus itself declines the changes of a read-only connection.
        return;
      }
      if (carriesChanges(header) && !admits(document, update.byteLength)) {
        log(
          "refused",
          `closed connection ${state?.id} to ${documentName}: ${update.byteLength} more bytes would take it past ${MAX_DOCUMENT_BYTES} bytes`,
        );
        throw new Refusal(4413, REFUSED.documentTooLarge);
      }
    },

    async onDisconnect({ documentName, context }) {
      context.socket?.admitted.delete(documentName);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The command line.

/** A command-line mistake, answered with the usage. */
class UsageError extends Error {}

/** `{ host, port, dataDir }` from the arguments after `node room/server.mjs`. */
export function parseArguments(args, cwd = process.cwd()) {
  const options = { host: DEFAULT_HOST, port: DEFAULT_PORT, dataDir: DEFAULT_DATA_DIR, help: false };
  for (let at = 0; at < args.length; at += 1) {
    const arg = args[at];
    if (arg === "--help" || arg === "-h") {
      options.help = true;
      continue;
    }
    const match = /^--(host|port|data)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unknown argument: ${arg}`);
    const [, name, inline] = match;
    const value = inline ?? args[(at += 1)];
    if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
    if (name === "host") options.host = value;
    if (name === "data") options.dataDir = path.resolve(cwd, value);
    if (name === "port") {
      const port = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port wants a number from 0 to 65535, not ${value}`);
      options.port = port;
    }
  }
  return options;
}

/** Why listening failed, in words that name the flag to change. */
function listenFailure(error, host, port) {
  switch (error.code) {
    case "EADDRINUSE":
      return `port ${port} on ${host} is already in use (another room server?): stop it or choose another port with --port`;
    case "EACCES":
      return `not allowed to listen on port ${port}: choose a port above 1023 with --port`;
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return `${host} is not an address of this machine: choose another with --host (127.0.0.1 for this machine only)`;
    default:
      return `cannot listen on ${host}:${port} (${error.code ?? error.message}): choose another --host or --port`;
  }
}

async function main() {
  let options;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`room server: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(USAGE);
    return;
  }

  let data;
  try {
    data = openDataFolder(options.dataDir);
  } catch (error) {
    if (!(error instanceof StartupError)) throw error;
    process.stderr.write(`room server: ${error.message}\n`);
    process.exit(1);
  }

  routeHocuspocusConsole();
  // One client's message must never stop the room for everyone: whatever escapes Hocuspocus'
  // own handling is logged and the server carries on. Every document is a Yjs document, which
  // stays consistent whatever a failed message did.
  process.on("unhandledRejection", (reason) => log("error", `unhandled rejection: ${oneLine([reason])}`));
  process.on("uncaughtException", (error) => log("error", `uncaught exception: ${oneLine([error])}`));

  const hooks = collaborationHooks(data);
  const server = new Server(
    {
      name: "relief-room",
      address: options.host,
      port: options.port,
      quiet: true,
      // The shutdown below stores every document before it exits.
      stopOnSignals: false,
      debounce: STORE_DEBOUNCE_MS,
      maxDebounce: STORE_MAX_DEBOUNCE_MS,
      extensions: [new Database(documentStore(data.docsDir))],
      onAuthenticate: hooks.onAuthenticate,
      afterLoadDocument: hooks.afterLoadDocument,
      beforeHandleMessage: hooks.beforeHandleMessage,
      onDisconnect: hooks.onDisconnect,
      onRequest: roomApi(data),
    },
    { maxPayload: MAX_FRAME_BYTES },
  );
  server.webSocketServer.on("connection", hooks.watchSocket);

  try {
    await new Promise((resolve, reject) => {
      server.httpServer.once("error", reject);
      server.listen().then(resolve, reject);
    });
  } catch (error) {
    process.stderr.write(`room server: ${listenFailure(error, options.host, options.port)}\n`);
    process.exit(1);
  }
  server.httpServer.on("error", (error) => log("error", `HTTP server: ${oneLine([error])}`));

  const { port } = server.httpServer.address();
  const shownHost = options.host.includes(":") ? `[${options.host}]` : options.host;
  console.log(`Relief room server listening on http://${shownHost}:${port} (WebSocket ws://${shownHost}:${port})`);
  console.log(`Room key (give it to facilitators): ${data.roomKey}`);
  console.log(`Data: ${options.dataDir} (documents in docs/, the signing secret and the room key beside them)`);

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) {
      log("info", `${signal} again: stopping without waiting`);
      process.exit(1);
    }
    stopping = true;
    log("info", `${signal}: storing every document, then stopping`);
    server.httpServer.close();
    const clients = [...server.webSocketServer.clients];
    // No message is read from now on; those already read finish applying first.
    for (const ws of clients) ws.pause();
    await new Promise((resolve) => setImmediate(resolve));
    const documents = [...server.hocuspocus.documents.values()];
    const { store } = documentStore(data.docsDir);
    await Promise.all(
      documents.map((document) =>
        // The same lock as Hocuspocus' own stores, so an older state can never land last.
        document.saveMutex.runExclusive(() =>
          store({ documentName: document.name, state: Buffer.from(Y.encodeStateAsUpdate(document)) }),
        ),
      ),
    );
    for (const ws of clients) ws.close(CLOSE_SERVER_STOPPING.code, CLOSE_SERVER_STOPPING.reason);
    log("info", `stored ${documents.length} document${documents.length === 1 ? "" : "s"}; stopped`);
    // A moment for the close frames to leave.
    setTimeout(() => process.exit(0), 100).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  await main();
}
