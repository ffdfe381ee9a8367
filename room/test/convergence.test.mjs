// Concurrent editing through the real server on loopback: several devices per team, each a
// page with its team's plan and the exercise on one shared socket, edit at the same time; every
// view, the facilitator's read-only view of each team included, ends up the same and holds
// every edit. These tests must never reach any address but the loopback server they start.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { closeSocket, delay, openDocument, openSocket, openSynced, waitFor } from "../providers.mjs";
import { createRoom, exerciseDoc, startRoomServer, teamDoc } from "../testing.mjs";

/** A map's entries in key order: Yjs keeps every key's value the same everywhere, not the
 * order in which each replica first saw the keys. */
function canonical(map) {
  return JSON.stringify([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const TEAMS = 3;
const DEVICES = 3;
const EDITS = 100;

let server;
const cleanup = [];

before(async () => {
  server = await startRoomServer({});
});

after(async () => {
  for (const close of cleanup) close();
  await server.stop();
});

test(`${TEAMS} teams × ${DEVICES} devices edit at once and every view converges with nothing lost`, async () => {
  const room = await createRoom(server, TEAMS);
  const facilitatorSocket = openSocket(server.wsUrl);
  cleanup.push(() => closeSocket(facilitatorSocket));
  const exercise = await openSynced(server.wsUrl, exerciseDoc(room.room), room.facilitator, { websocketProvider: facilitatorSocket });
  const watching = [];
  for (let team = 0; team < TEAMS; team += 1) {
    watching.push(await openSynced(server.wsUrl, teamDoc(room.room, team), room.facilitator, { websocketProvider: facilitatorSocket }));
  }
  cleanup.push(() => [exercise, ...watching].forEach((client) => client.destroy()));

  const devices = [];
  for (let team = 0; team < TEAMS; team += 1) {
    for (let device = 0; device < DEVICES; device += 1) {
      const socket = openSocket(server.wsUrl);
      const plan = openDocument(server.wsUrl, teamDoc(room.room, team), room.teams[team], { websocketProvider: socket });
      const briefing = openDocument(server.wsUrl, exerciseDoc(room.room), room.teams[team], { websocketProvider: socket });
      cleanup.push(() => {
        plan.destroy();
        briefing.destroy();
        closeSocket(socket);
      });
      devices.push({ team, device, plan, briefing });
    }
  }
  for (const { plan, briefing } of devices) {
    assert.equal(await plan.ready, "synced");
    assert.equal(await briefing.ready, "synced");
    assert.equal(plan.scope, "read-write");
    assert.equal(briefing.scope, "readonly");
  }

  // Every device writes its own entries and fights over one shared key; the facilitator moves
  // the exercise on meanwhile.
  const editing = devices.map(async ({ device, plan }) => {
    for (let n = 0; n < EDITS; n += 1) {
      plan.map.set(`d${device}-${n}`, { device, n });
      plan.map.set("last", `d${device}-${n}`);
      await delay(Math.random() * 8);
    }
  });
  const moving = (async () => {
    for (let month = 1; month <= 20; month += 1) {
      exercise.map.set("month", month);
      await delay(20);
    }
  })();
  await Promise.all([...editing, moving]);

  const expected = DEVICES * EDITS + 1;
  for (let team = 0; team < TEAMS; team += 1) {
    const views = [watching[team], ...devices.filter((d) => d.team === team).map((d) => d.plan)];
    await waitFor(() => views.every((view) => view.map.size === expected), {
      timeout: 20_000,
      what: `team ${team}'s views to hold ${expected} entries`,
      detail: () => views.map((view) => view.map.size).join(", "),
    });
    const reference = canonical(watching[team].map);
    for (const view of views) assert.ok(canonical(view.map) === reference, `a view of team ${team} differs from the facilitator's`);
    for (let device = 0; device < DEVICES; device += 1) {
      for (let n = 0; n < EDITS; n += 1) {
        assert.deepEqual(watching[team].map.get(`d${device}-${n}`), { device, n });
      }
    }
  }
  await waitFor(() => devices.every(({ briefing }) => briefing.map.get("month") === 20), { what: "every device to see month 20" });
  // Every device's edits were acknowledged by the server.
  await waitFor(() => devices.every(({ plan }) => !plan.provider.hasUnsyncedChanges), { what: "every edit to be acknowledged" });

  const { stderr } = server.output();
  assert.equal(stderr, "", "the server refused or failed nothing");
});
