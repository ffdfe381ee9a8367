// The room server's HTTP API and command line, against the real server on loopback: making
// rooms (and every way of being refused one), CORS, the secret and room key kept in the data
// folder, clear startup failures, and the pure token, name and limit functions underneath.
// These tests must never reach any address but the loopback server they start.

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";

import {
  TokenBucket,
  accessFor,
  parseArguments,
  parseDocumentName,
  readMessageHeader,
  signToken,
  verifyToken,
} from "../server.mjs";
import { createRoom, startRoomServer } from "../testing.mjs";
import { authMessage, updateMessage } from "../providers.mjs";

const SERVER_SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "server.mjs");
const TOKEN = /^(f|t[0-7])\.([0-9a-f]{32})\.([A-Za-z0-9_-]{43})$/;

describe("the HTTP API", () => {
  let server;
  before(async () => {
    server = await startRoomServer({});
  });
  after(async () => {
    await server.stop();
  });

  const post = (body, headers = {}) =>
    fetch(`${server.url}/rooms`, {
      method: "POST",
      headers: { Authorization: `Bearer ${server.roomKey}`, "Content-Type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });

  test("GET /health answers ok with CORS headers", async () => {
    const response = await fetch(`${server.url}/health`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { ok: true });
    assert.equal(response.headers.get("access-control-allow-origin"), "*");
  });

  test("the room key makes a room with one token per team", async () => {
    const response = await post({ teams: 3 });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get("cache-control"), "no-store");
    const body = await response.json();
    assert.match(body.room, /^[0-9a-f]{32}$/);
    assert.equal(body.teams.length, 3);
    const facilitator = TOKEN.exec(body.facilitator);
    assert.deepEqual([facilitator[1], facilitator[2]], ["f", body.room]);
    body.teams.forEach((token, team) => {
      const parts = TOKEN.exec(token);
      assert.deepEqual([parts[1], parts[2]], [`t${team}`, body.room]);
    });
    // Every room is new.
    const other = await createRoom(server, 1);
    assert.notEqual(other.room, body.room);
    assert.equal(other.teams.length, 1);
  });

  test("no key or a wrong key is 401", async () => {
    for (const headers of [{ Authorization: "" }, { Authorization: "Bearer 00000000000000000000000000000000" }, { Authorization: server.roomKey }]) {
      const response = await post({ teams: 2 }, headers);
      assert.equal(response.status, 401, JSON.stringify(headers));
      assert.match((await response.json()).error, /room key/);
      assert.equal(response.headers.get("access-control-allow-origin"), "*");
    }
  });

  test("a bad team count or body is 400 naming the field", async () => {
    for (const body of [{ teams: 0 }, { teams: 9 }, { teams: 2.5 }, { teams: "3" }, { team: 3 }, {}, [3], "null", "{teams: 3}", ""]) {
      const response = await post(body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.match((await response.json()).error, /"teams"/);
    }
  });

  test("a body over 4 KiB is 413", async () => {
    const response = await post({ teams: 2, padding: "x".repeat(5000) });
    assert.equal(response.status, 413);
    assert.match((await response.json()).error, /4096 bytes/);
    // The server still answers afterwards.
    assert.equal((await post({ teams: 1 })).status, 201);
  });

  test("a CORS preflight is answered for any page", async () => {
    const response = await fetch(`${server.url}/rooms`, {
      method: "OPTIONS",
      headers: { Origin: "https://example.org", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "authorization, content-type" },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get("access-control-allow-origin"), "*");
    assert.match(response.headers.get("access-control-allow-headers"), /Authorization/);
    assert.match(response.headers.get("access-control-allow-headers"), /Content-Type/);
    assert.match(response.headers.get("access-control-allow-methods"), /POST/);
  });

  test("anything else is a JSON 404", async () => {
    for (const [method, where] of [["GET", "/"], ["GET", "/rooms"], ["POST", "/health"], ["DELETE", "/rooms"], ["GET", "/welcome"]]) {
      const response = await fetch(`${server.url}${where}`, { method });
      assert.equal(response.status, 404, `${method} ${where}`);
      assert.match((await response.json()).error, /GET \/health and POST \/rooms/);
    }
  });

  test("more than 30 rooms a minute is 429", async () => {
    // The tests above made a few rooms in this minute already; the limit counts them too.
    let made = 0;
    let response;
    for (let tries = 0; tries < 40; tries += 1) {
      response = await post({ teams: 1 });
      if (response.status !== 201) break;
      made += 1;
    }
    assert.equal(response.status, 429);
    assert.ok(Number(response.headers.get("retry-after")) > 0);
    assert.match((await response.json()).error, /30 rooms a minute/);
    assert.ok(made > 0 && made <= 30);
  });

  test("the log names refusals but never a token or the secret", async () => {
    const { stdout, stderr } = server.output();
    const secret = fs.readFileSync(path.join(server.dataDir, "secret"), "utf8").trim();
    assert.doesNotMatch(stdout + stderr, new RegExp(secret));
    assert.doesNotMatch(stdout + stderr, /[ft][0-7]?\.[0-9a-f]{32}\.[A-Za-z0-9_-]{43}/);
    assert.match(stderr, /refused room not made: no or wrong room key/);
    assert.doesNotMatch(stderr, /^\S+ error /m);
  });
});

describe("the data folder and the command line", () => {
  const folders = [];
  /** A new temporary folder, removed after these tests. */
  const temporaryFolder = () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "relief-room-"));
    folders.push(folder);
    return folder;
  };
  after(() => {
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  });

  test("the secret and the room key are made once, 0600, and kept across restarts", async () => {
    const server = await startRoomServer({});
    try {
      const secretFile = path.join(server.dataDir, "secret");
      const secret = fs.readFileSync(secretFile, "utf8");
      assert.match(secret.trim(), /^[0-9a-f]{64}$/);
      assert.match(server.roomKey, /^[0-9a-f]{32}$/);
      assert.equal(fs.statSync(secretFile).mode & 0o777, 0o600);
      assert.equal(fs.statSync(path.join(server.dataDir, "room-key")).mode & 0o777, 0o600);
      assert.match(server.output().stdout, new RegExp(`Room key \\(give it to facilitators\\): ${server.roomKey}`));
      const room = await createRoom(server, 2);
      await server.restart();
      assert.equal(fs.readFileSync(secretFile, "utf8"), secret);
      assert.equal(fs.readFileSync(path.join(server.dataDir, "room-key"), "utf8").trim(), server.roomKey);
      // Tokens made before the restart still verify.
      assert.ok(verifyToken(Buffer.from(secret.trim(), "hex"), room.teams[1]));
      assert.equal((await createRoom(server, 1)).teams.length, 1);
    } finally {
      await server.stop();
    }
  });

  test("a busy port fails at once, naming --port", async () => {
    const blocker = net.createServer();
    await new Promise((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const { port } = blocker.address();
    const data = temporaryFolder();
    try {
      const run = spawnSync(process.execPath, [SERVER_SCRIPT, "--port", String(port), "--data", data], { encoding: "utf8", timeout: 10_000 });
      assert.equal(run.status, 1);
      assert.match(run.stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use.*--port`));
    } finally {
      blocker.close();
    }
  });

  test("an unusable data folder fails at once, naming --data", () => {
    const file = path.join(temporaryFolder(), "a-file");
    fs.writeFileSync(file, "not a folder");
    const run = spawnSync(process.execPath, [SERVER_SCRIPT, "--port", "0", "--data", file], { encoding: "utf8", timeout: 10_000 });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /cannot use the data folder .*a-file.*--data/);
  });

  test("a damaged secret file fails at once, saying what to do", () => {
    const data = temporaryFolder();
    fs.writeFileSync(path.join(data, "secret"), "not hex\n", { mode: 0o600 });
    const run = spawnSync(process.execPath, [SERVER_SCRIPT, "--port", "0", "--data", data], { encoding: "utf8", timeout: 10_000 });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /secret does not hold a token-signing secret .*delete it/);
  });

  test("bad arguments print the usage", () => {
    const run = spawnSync(process.execPath, [SERVER_SCRIPT, "--port", "99999"], { encoding: "utf8", timeout: 10_000 });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--port wants a number from 0 to 65535/);
    assert.match(run.stderr, /Usage: node room\/server\.mjs/);
  });

  test("arguments are read in both spellings, the data folder relative to the working folder", () => {
    assert.deepEqual(parseArguments(["--host", "0.0.0.0", "--port=9000", "--data", "x"], "/srv"), {
      host: "0.0.0.0",
      port: 9000,
      dataDir: "/srv/x",
      help: false,
    });
    const defaults = parseArguments([]);
    assert.equal(defaults.host, "127.0.0.1");
    assert.equal(defaults.port, 8765);
    assert.equal(defaults.dataDir, path.resolve(path.dirname(SERVER_SCRIPT), "..", "target", "room"));
    assert.throws(() => parseArguments(["--port"]), /--port needs a value/);
    assert.throws(() => parseArguments(["--verbose"]), /unknown argument/);
  });
});

describe("tokens, names and limits", () => {
  const secret = Buffer.alloc(32, 7);
  const room = "0123456789abcdef0123456789abcdef";

  test("a token verifies only as signed, for its own role and room", () => {
    const token = signToken(secret, "t2", room);
    assert.deepEqual(verifyToken(secret, token), { role: "team", team: 2, room });
    assert.deepEqual(verifyToken(secret, signToken(secret, "f", room)), { role: "facilitator", team: null, room });
    const [role, , signature] = token.split(".");
    const otherRoom = "f".repeat(32);
    for (const forged of [
      `${role}.${otherRoom}.${signature}`,
      `t3.${room}.${signature}`,
      `f.${room}.${signature}`,
      `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`,
      signToken(Buffer.alloc(32, 8), "t2", room),
      `${token}=`,
      `t8.${room}.${signature}`,
      "",
      null,
    ]) {
      assert.equal(verifyToken(secret, forged), null, String(forged));
    }
  });

  test("only a room's ten documents have names", () => {
    assert.deepEqual(parseDocumentName(`${room}/exercise`), { room, kind: "exercise", team: null });
    assert.deepEqual(parseDocumentName(`${room}/injects`), { room, kind: "injects", team: null });
    assert.deepEqual(parseDocumentName(`${room}/team-7`), { room, kind: "team", team: 7 });
    for (const name of [`${room}/team-8`, `${room}/team-`, `${room}/notes`, `${room}/exercise/x`, "exercise", `${room.toUpperCase()}/exercise`, `../${room}/exercise`]) {
      assert.equal(parseDocumentName(name), null, name);
    }
  });

  test("who may do what", () => {
    const facilitator = { role: "facilitator", team: null, room };
    const team1 = { role: "team", team: 1, room };
    const doc = (name) => parseDocumentName(`${room}/${name}`);
    assert.equal(accessFor(facilitator, doc("exercise")), "write");
    assert.equal(accessFor(facilitator, doc("injects")), "write");
    assert.equal(accessFor(facilitator, doc("team-4")), "read");
    assert.equal(accessFor(team1, doc("team-1")), "write");
    assert.equal(accessFor(team1, doc("exercise")), "read");
    assert.equal(accessFor(team1, doc("injects")), "read");
    assert.deepEqual(accessFor(team1, doc("team-0")), { refused: "document-of-another-team" });
    assert.deepEqual(accessFor({ ...team1, room: "f".repeat(32) }, doc("team-1")), { refused: "token-for-another-room" });
  });

  test("a message's header is read without trusting it", () => {
    assert.deepEqual(readMessageHeader(updateMessage("a/b", new Uint8Array([1, 2]))), { documentName: "a/b", type: 0, syncKind: 2 });
    assert.deepEqual(readMessageHeader(authMessage("a", "t")), { documentName: "a", type: 2, syncKind: 0 });
    assert.equal(readMessageHeader(new Uint8Array([])), null);
    assert.equal(readMessageHeader(new Uint8Array([200])), null);
    assert.equal(readMessageHeader(new Uint8Array([5, 97])), null);
    assert.equal(readMessageHeader(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])), null);
  });

  test("the token bucket allows a burst, then the sustained rate", () => {
    const bucket = new TokenBucket(50, 200, 0);
    let allowed = 0;
    for (let i = 0; i < 300; i += 1) if (bucket.take(0)) allowed += 1;
    assert.equal(allowed, 200);
    assert.equal(bucket.take(10), false);
    assert.equal(bucket.take(20), true);
    assert.equal(bucket.take(20), false);
    let later = 0;
    for (let i = 0; i < 100; i += 1) if (bucket.take(1020)) later += 1;
    assert.equal(later, 50);
  });
});
