// What one client may send, against the real server on loopback: a frame over 256 KiB, a
// document pushed past 1 MiB, a flood of messages, bytes that are no message at all and traffic
// for documents a socket was never let into each stop only that client, and the server and
// everyone else carry on. These tests must never reach any address but the loopback server
// they start.

import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import * as Y from "yjs";

import { MAX_DOCUMENT_BYTES, MAX_FRAME_BYTES, documentFile } from "../server.mjs";
import { QUICK_RECONNECT, delay, openRawSocket, openSynced, syncStepOneMessage, updateMessage, waitFor } from "../providers.mjs";
import { createRoom, exerciseDoc, startRoomServer, teamDoc } from "../testing.mjs";

let server;
let room;
const open = [];

before(async () => {
  server = await startRoomServer({});
  room = await createRoom(server, 4);
});

after(async () => {
  for (const client of open) client.destroy();
  await server.stop();
});

async function synced(name, token, options) {
  const client = await openSynced(server.wsUrl, name, token, options);
  open.push(client);
  return client;
}

/** Checks that the server answers and that a change on `name` still travels between two
 * fresh clients. */
async function stillServes(name, token) {
  const health = await fetch(`${server.url}/health`);
  assert.equal(health.status, 200);
  const writer = await synced(name, token);
  const reader = await synced(name, token);
  const value = Math.random();
  writer.map.set("alive", value);
  await waitFor(() => reader.map.get("alive") === value, { what: `a change on ${name} to travel` });
}

function serverErrors() {
  return server.output().stderr.split("\n").filter((line) => /^\S+ error /.test(line));
}

test("a frame over 256 KiB closes only its own connection, with 1009", async () => {
  const name = teamDoc(room.room, 0);
  const bystander = await synced(name, room.teams[0]);
  const socket = await openRawSocket(server.wsUrl);
  assert.equal(await socket.authenticate(name, room.teams[0]), "authenticated");
  const big = new Y.Doc();
  big.getMap("entries").set("huge", randomBytes(MAX_FRAME_BYTES).toString("base64"));
  await socket.send(updateMessage(name, Y.encodeStateAsUpdate(big)));
  const closed = await socket.closed;
  assert.equal(closed.code, 1009);
  assert.equal(bystander.provider.configuration.websocketProvider.status, "connected");
  assert.equal(bystander.map.has("huge"), false);
  await stillServes(name, room.teams[0]);
  assert.match(server.output().stderr, /refused closed connection \d+ .*: a message over 262144 bytes/);
});

test("a document cannot grow past 1 MiB: the change that would is refused, and what is stored stays under", async () => {
  const name = teamDoc(room.room, 1);
  const writer = await synced(name, room.teams[1]);
  const watcher = await synced(name, room.facilitator);
  const chunk = 200 * 1024;
  let written = 0;
  for (let n = 0; n < 8 && !writer.closes.length; n += 1) {
    writer.map.set(`chunk-${n}`, randomBytes(chunk * 0.75).toString("base64"));
    written += 1;
    await waitFor(() => !writer.provider.hasUnsyncedChanges || writer.closes.length > 0, { what: `chunk ${n} to be taken or refused` });
  }
  assert.deepEqual(writer.closes.at(-1), { code: 1000, reason: "document-too-large" });
  const kept = watcher.map.size;
  assert.ok(kept >= 4 && kept < written, `the server kept ${kept} of ${written} chunks`);
  // The server's copy is whole and under the cap, in memory and on disk.
  const fresh = await synced(name, room.facilitator);
  assert.equal(fresh.map.size, kept);
  assert.ok(Y.encodeStateAsUpdate(fresh.doc).byteLength <= MAX_DOCUMENT_BYTES);
  const file = documentFile(path.join(server.dataDir, "docs"), name);
  await waitFor(() => fs.existsSync(file) && (() => {
    const stored = new Y.Doc();
    Y.applyUpdate(stored, fs.readFileSync(file));
    return stored.getMap("entries").size === kept;
  })(), { what: "the document to be stored" });
  assert.ok(fs.statSync(file).size <= MAX_DOCUMENT_BYTES);
  // Small changes still fit, from anyone else.
  const teammate = await synced(name, room.teams[1]);
  teammate.map.set("note", "still here");
  await waitFor(() => watcher.map.get("note") === "still here", { what: "a small change to pass" });
  assert.match(server.output().stderr, /refused closed connection \d+ to .*team-1: \d+ more bytes would take it past 1048576 bytes/);
});

test("a flood closes that client's socket; its provider reconnects and nothing is lost", async () => {
  const name = teamDoc(room.room, 2);
  const flooder = await synced(name, room.teams[2], QUICK_RECONNECT);
  const teammate = await synced(name, room.teams[2]);
  const other = await synced(teamDoc(room.room, 3), room.teams[3]);
  const EDITS = 600;
  // Each change is its own transaction, so its own message: far past the burst allowed.
  for (let n = 0; n < EDITS; n += 1) flooder.map.set(`e${n}`, n);
  other.map.set("during", true);
  await waitFor(() => flooder.closes.some((close) => close.code === 4429), { what: "the flooder's socket to be closed" });
  await waitFor(() => teammate.map.size === EDITS, {
    timeout: 15_000,
    what: "every flooded edit to arrive after the reconnect",
    detail: () => `${teammate.map.size} of ${EDITS}`,
  });
  for (let n = 0; n < EDITS; n += 1) assert.equal(teammate.map.get(`e${n}`), n);
  const watcher = await synced(teamDoc(room.room, 3), room.facilitator);
  assert.equal(watcher.map.get("during"), true);
  assert.match(server.output().stderr, /refused closed connection \d+ .*: more than 200 messages at once or 50 a second/);
});

test("bytes that are no message close only that socket; the server and the room carry on", async () => {
  const name = teamDoc(room.room, 0);
  const bystander = await synced(name, room.teams[0]);
  const garbage = [
    randomBytes(64),
    Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
    Buffer.from([]),
    Buffer.from("this is text, not a message"),
  ];
  for (const bytes of garbage) {
    const socket = await openRawSocket(server.wsUrl);
    assert.equal(await socket.authenticate(name, room.teams[0]), "authenticated");
    await socket.send(bytes);
    await Promise.race([socket.closed, delay(500)]);
    socket.ws.terminate();
  }
  // A well-formed header around an update Yjs cannot read, and an unknown sync kind.
  for (const bytes of [
    updateMessage(name, randomBytes(200)),
    updateMessage(name, Buffer.from([1, 1, 0xff, 0xff, 0xff, 0xff, 0x0f])),
    Buffer.concat([syncStepOneMessage(name).subarray(0, name.length + 2), Buffer.from([9, 1, 0])]),
  ]) {
    const socket = await openRawSocket(server.wsUrl);
    assert.equal(await socket.authenticate(name, room.teams[0]), "authenticated");
    await socket.send(bytes);
    await delay(200);
    socket.ws.terminate();
  }
  const other = await synced(name, room.teams[0]);
  bystander.map.set("after garbage", 1);
  await waitFor(() => other.map.get("after garbage") === 1, { what: "the room to work after the garbage" });
  await stillServes(exerciseDoc(room.room), room.facilitator);
  assert.deepEqual(serverErrors(), []);
});

test("a socket that keeps sending for documents it was not let into is closed", async () => {
  const socket = await openRawSocket(server.wsUrl);
  const name = teamDoc(room.room, 0);
  assert.equal(await socket.authenticate(name, room.teams[1]), "denied");
  const filler = new Y.Doc();
  filler.getMap("entries").set("x", randomBytes(150 * 1024).toString("base64"));
  const message = updateMessage(name, Y.encodeStateAsUpdate(filler));
  for (let n = 0; n < 6; n += 1) socket.ws.send(message);
  const closed = await socket.closed;
  assert.equal(closed.code, 4413);
  await stillServes(name, room.teams[0]);
  assert.deepEqual(serverErrors(), []);
});
