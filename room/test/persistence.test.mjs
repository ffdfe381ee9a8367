// Keeping documents across restarts and connections, against the real server on loopback: a
// server killed outright keeps what it stored, clients that stayed open restore what it had
// not, a stopped server stores everything first, and a client cut off from the server keeps
// editing and merges its edits when it is back. These tests must never reach any address but
// the loopback server and the loopback proxy they start.

import assert from "node:assert/strict";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { after, before, test } from "node:test";

import { documentFile } from "../server.mjs";
import { QUICK_RECONNECT, delay, openSynced, waitFor } from "../providers.mjs";
import { createRoom, exerciseDoc, startRoomServer, teamDoc } from "../testing.mjs";

let server;
let room;
const open = [];

before(async () => {
  server = await startRoomServer({});
  room = await createRoom(server, 3);
});

after(async () => {
  for (const client of open) client.destroy();
  await server.stop();
});

async function synced(url, name, token, options) {
  const client = await openSynced(url, name, token, options);
  open.push(client);
  return client;
}

/** Waits until the server has acknowledged every change of `client`. */
function acknowledged(client) {
  return waitFor(() => !client.provider.hasUnsyncedChanges && client.provider.isAuthenticated, {
    what: `${client.provider.configuration.name} to be acknowledged`,
  });
}

function isStored(name) {
  return fs.existsSync(documentFile(path.join(server.dataDir, "docs"), name));
}

test("a server killed outright keeps every change it had stored", async () => {
  const plan = await synced(server.wsUrl, teamDoc(room.room, 0), room.teams[0]);
  const exercise = await synced(server.wsUrl, exerciseDoc(room.room), room.facilitator);
  for (let n = 0; n < 50; n += 1) plan.map.set(`step-${n}`, n);
  exercise.map.set("month", 7);
  await acknowledged(plan);
  await acknowledged(exercise);
  // Past the longest a change waits to be written.
  await delay(1300);
  assert.ok(isStored(teamDoc(room.room, 0)) && isStored(exerciseDoc(room.room)));

  const outcome = await server.stop({ signal: "SIGKILL" });
  assert.equal(outcome.signal, "SIGKILL");
  // These clients must not be what brings the changes back.
  plan.destroy();
  exercise.destroy();
  await server.restart();

  const fresh = await synced(server.wsUrl, teamDoc(room.room, 0), room.facilitator);
  assert.equal(fresh.map.size, 50);
  for (let n = 0; n < 50; n += 1) assert.equal(fresh.map.get(`step-${n}`), n);
  const freshExercise = await synced(server.wsUrl, exerciseDoc(room.room), room.teams[1]);
  assert.equal(freshExercise.map.get("month"), 7);
});

test("clients that stay open restore what a killed server had not stored, and what they did meanwhile", async () => {
  const name = teamDoc(room.room, 1);
  const plan = await synced(server.wsUrl, name, room.teams[1], QUICK_RECONNECT);
  plan.map.set("before", 1);
  await acknowledged(plan);
  // Killed before this change's write is due.
  plan.map.set("unstored", 2);
  await server.stop({ signal: "SIGKILL" });
  for (let n = 0; n < 10; n += 1) plan.map.set(`outage-${n}`, n);
  await delay(300);
  await server.restart();

  await waitFor(() => plan.provider.isSynced && !plan.provider.hasUnsyncedChanges, { timeout: 10_000, what: "the client to reconnect and re-sync" });
  const fresh = await synced(server.wsUrl, name, room.facilitator);
  await waitFor(() => fresh.map.size === 12, { what: "every change at a fresh client", detail: () => JSON.stringify(fresh.map.toJSON()) });
  assert.equal(fresh.map.get("unstored"), 2);
  assert.equal(fresh.map.get("outage-9"), 9);
});

test("SIGTERM stores every document before the server exits", async () => {
  const name = teamDoc(room.room, 2);
  const plan = await synced(server.wsUrl, name, room.teams[2]);
  const injects = await synced(server.wsUrl, `${room.room}/injects`, room.facilitator);
  for (let n = 0; n < 20; n += 1) plan.map.set(`line-${n}`, n);
  injects.map.set("flood", "month 4");
  await acknowledged(plan);
  await acknowledged(injects);
  // At once, well inside the wait before the write.
  const outcome = await server.stop({ signal: "SIGTERM" });
  assert.equal(outcome.code, 0);
  plan.destroy();
  injects.destroy();
  assert.match(server.output().stdout, /SIGTERM: storing every document, then stopping/);
  assert.match(server.output().stdout, /stored \d+ documents?; stopped/);
  await server.restart();

  const fresh = await synced(server.wsUrl, name, room.facilitator);
  assert.equal(fresh.map.size, 20);
  const freshInjects = await synced(server.wsUrl, `${room.room}/injects`, room.teams[0]);
  assert.equal(freshInjects.map.get("flood"), "month 4");
});

/** A loopback TCP proxy to the server that can cut every connection through it and refuse new
 * ones until restored, as a lost network would. */
async function startProxy(targetPort) {
  const pairs = new Set();
  let up = true;
  const proxy = net.createServer((client) => {
    if (!up) {
      client.destroy();
      return;
    }
    const upstream = net.connect(targetPort, "127.0.0.1");
    const pair = { client, upstream };
    pairs.add(pair);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      pairs.delete(pair);
    };
    for (const socket of [client, upstream]) {
      socket.on("error", drop);
      socket.on("close", drop);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  return {
    url: `ws://127.0.0.1:${proxy.address().port}`,
    cut() {
      up = false;
      for (const { client, upstream } of pairs) {
        client.destroy();
        upstream.destroy();
      }
      pairs.clear();
    },
    restore() {
      up = true;
    },
    close() {
      this.cut();
      proxy.close();
    },
  };
}

test("a client cut off keeps editing, and its edits merge with everyone's when it is back", async () => {
  const proxy = await startProxy(server.port);
  try {
    const name = teamDoc(room.room, 0);
    const away = await synced(proxy.url, name, room.teams[0], QUICK_RECONNECT);
    const here = await synced(server.wsUrl, name, room.teams[0]);
    const watcher = await synced(server.wsUrl, name, room.facilitator);
    away.map.set("shared", "from away");
    await waitFor(() => here.map.get("shared") === "from away", { what: "the first change" });

    proxy.cut();
    await waitFor(() => away.provider.configuration.websocketProvider.status !== "connected", { what: "the cut to be noticed" });
    for (let n = 0; n < 20; n += 1) away.map.set(`away-${n}`, n);
    for (let n = 0; n < 20; n += 1) here.map.set(`here-${n}`, n);
    here.map.set("shared", "from here");
    await delay(500);
    assert.equal(here.map.has("away-0"), false, "nothing crosses while cut");
    assert.equal(away.map.has("here-0"), false);

    proxy.restore();
    const views = [away, here, watcher];
    await waitFor(
      () => views.every((view) => view.map.has("away-19") && view.map.has("here-19")),
      { timeout: 10_000, what: "both sides' edits everywhere after the reconnect" },
    );
    const entries = (view) => JSON.stringify([...view.map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
    await waitFor(() => entries(away) === entries(here) && entries(here) === entries(watcher), { what: "every view to be the same" });
    for (let n = 0; n < 20; n += 1) {
      assert.equal(watcher.map.get(`away-${n}`), n);
      assert.equal(watcher.map.get(`here-${n}`), n);
    }
  } finally {
    proxy.close();
  }
});
