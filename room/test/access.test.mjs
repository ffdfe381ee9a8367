// Who may open which document of a room, against the real server on loopback: every refusal
// (no token, a forged one, another room's, another team's, an unknown document) reaches the
// client as a permission-denied reason, and a read-only holder's changes never reach the server
// or anyone else. These tests must never reach any address but the loopback server they start.

import assert from "node:assert/strict";
import { after, before, test } from "node:test";

import { broadcastMessage, delay, openDocument, openRawSocket, openSynced, updateMessage, waitFor } from "../providers.mjs";
import { createRoom, exerciseDoc, injectsDoc, startRoomServer, teamDoc } from "../testing.mjs";
import * as Y from "yjs";

let server;
let room;
let otherRoom;
const open = [];

before(async () => {
  server = await startRoomServer({});
  room = await createRoom(server, 3);
  otherRoom = await createRoom(server, 3);
});

after(async () => {
  for (const client of open) client.destroy();
  await server.stop();
});

/** Opens a document and waits until it is synced or refused. */
async function attempt(name, token) {
  const client = openDocument(server.wsUrl, name, token);
  open.push(client);
  await client.ready;
  return client;
}

async function synced(name, token) {
  const client = await openSynced(server.wsUrl, name, token);
  open.push(client);
  return client;
}

test("each holder is let in where the rules say, read-write or read-only", async () => {
  const expectations = [
    [exerciseDoc(room.room), room.facilitator, "read-write"],
    [injectsDoc(room.room), room.facilitator, "read-write"],
    [teamDoc(room.room, 2), room.facilitator, "readonly"],
    [teamDoc(room.room, 1), room.teams[1], "read-write"],
    [exerciseDoc(room.room), room.teams[1], "readonly"],
    [injectsDoc(room.room), room.teams[1], "readonly"],
  ];
  for (const [name, token, scope] of expectations) {
    const client = await attempt(name, token);
    assert.equal(client.refusal, null, name);
    assert.equal(client.scope, scope, name);
  }
});

test("refusals reach the client with a reason", async () => {
  const [role, roomId, signature] = room.teams[0].split(".");
  const flipped = `${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`;
  const cases = [
    ["no token", teamDoc(room.room, 0), null, "missing-token"],
    ["an empty token", teamDoc(room.room, 0), "", "missing-token"],
    ["a wrong signature", teamDoc(room.room, 0), `${role}.${roomId}.${flipped}`, "invalid-token"],
    ["a token that is not one", teamDoc(room.room, 0), "let me in", "invalid-token"],
    ["another room's team token", teamDoc(room.room, 0), otherRoom.teams[0], "token-for-another-room"],
    ["another room's facilitator token", exerciseDoc(room.room), otherRoom.facilitator, "token-for-another-room"],
    ["another team's token", teamDoc(room.room, 0), room.teams[1], "document-of-another-team"],
    ["an unknown document", `${room.room}/notes`, room.facilitator, "unknown-document"],
    ["a team beyond eight", `${room.room}/team-8`, room.facilitator, "unknown-document"],
  ];
  for (const [what, name, token, reason] of cases) {
    const client = await attempt(name, token);
    assert.equal(client.refusal, reason, what);
    assert.equal(client.scope, null, what);
  }
  const { stderr } = server.output();
  assert.match(stderr, /refused did not let connection \d+ into .*: no token/);
  assert.match(stderr, /refused did not let connection \d+ into .*: team 1 may not open it/);
  assert.doesNotMatch(stderr, /^\S+ error /m);
});

test("a raw socket refused for a document cannot change it by sending updates anyway", async () => {
  const name = teamDoc(room.room, 0);
  const writer = await synced(name, room.teams[0]);
  writer.map.set("before", 1);
  const socket = await openRawSocket(server.wsUrl);
  assert.equal(await socket.authenticate(name, room.teams[1]), "denied");
  const intruder = new Y.Doc();
  intruder.getMap("entries").set("intruder", true);
  await socket.send(updateMessage(name, Y.encodeStateAsUpdate(intruder)));
  // Nor can it send them without presenting any token.
  const silent = await openRawSocket(server.wsUrl);
  await silent.send(updateMessage(name, Y.encodeStateAsUpdate(intruder)));
  await delay(300);
  const reader = await synced(name, room.facilitator);
  assert.equal(reader.map.get("before"), 1);
  assert.equal(reader.map.has("intruder"), false);
  socket.ws.terminate();
  silent.ws.terminate();
});

test("a team cannot change the exercise: its change reaches neither the server nor anyone else", async () => {
  const name = exerciseDoc(room.room);
  const facilitator = await synced(name, room.facilitator);
  const teamView = await synced(name, room.teams[0]);
  const otherTeamView = await synced(name, room.teams[2]);
  assert.equal(teamView.scope, "readonly");

  facilitator.map.set("month", 3);
  await waitFor(() => teamView.map.get("month") === 3 && otherTeamView.map.get("month") === 3, { what: "the facilitator's change to reach the teams" });

  teamView.map.set("month", 99);
  teamView.map.set("cheat", true);
  // The facilitator's next change arriving everywhere shows the team's had time to travel.
  await delay(200);
  facilitator.map.set("marker", 1);
  await waitFor(() => otherTeamView.map.get("marker") === 1, { what: "the marker" });
  assert.equal(facilitator.map.get("month"), 3);
  assert.equal(facilitator.map.has("cheat"), false);
  assert.equal(otherTeamView.map.get("month"), 3);
  assert.equal(otherTeamView.map.has("cheat"), false);
  // The server never took it: it still owes the team an acknowledgement.
  assert.ok(teamView.provider.hasUnsyncedChanges);
  const fresh = await synced(name, room.facilitator);
  assert.equal(fresh.map.get("month"), 3);
  assert.equal(fresh.map.has("cheat"), false);
});

test("the facilitator cannot change a team's plan", async () => {
  const name = teamDoc(room.room, 2);
  const team = await synced(name, room.teams[2]);
  const facilitator = await synced(name, room.facilitator);
  assert.equal(facilitator.scope, "readonly");
  team.map.set("step", "a");
  await waitFor(() => facilitator.map.get("step") === "a", { what: "the team's change to reach the facilitator" });
  facilitator.map.set("step", "overwritten");
  await delay(200);
  team.map.set("marker", 1);
  const teammate = await synced(name, room.teams[2]);
  await waitFor(() => teammate.map.get("marker") === 1, { what: "the marker" });
  assert.equal(team.map.get("step"), "a");
  assert.equal(teammate.map.get("step"), "a");
});

test("a team's token opens nothing of another team, even on a socket it shares with its own", async () => {
  const socket = await openRawSocket(server.wsUrl);
  assert.equal(await socket.authenticate(teamDoc(room.room, 1), room.teams[1]), "authenticated");
  assert.equal(await socket.authenticate(teamDoc(room.room, 2), room.teams[1]), "denied");
  socket.ws.terminate();
});

test("a read-only holder cannot broadcast to everyone on a document", async () => {
  const name = injectsDoc(room.room);
  const listener = await synced(name, room.teams[2]);
  const heard = [];
  listener.provider.on("stateless", ({ payload }) => heard.push(payload));
  const socket = await openRawSocket(server.wsUrl);
  assert.equal(await socket.authenticate(name, room.teams[1]), "authenticated");
  await socket.send(broadcastMessage(name, "the flood is cancelled"));
  // The server closes that document's connection: a close message (type 7) with the reason.
  await waitFor(() => socket.messages.some((m) => m.name === name && m.type === 7), { what: "the close message" });
  const facilitator = await openRawSocket(server.wsUrl);
  assert.equal(await facilitator.authenticate(name, room.facilitator), "authenticated");
  await facilitator.send(broadcastMessage(name, "from the facilitator"));
  await waitFor(() => heard.includes("from the facilitator"), { what: "the facilitator's broadcast" });
  assert.deepEqual(heard, ["from the facilitator"]);
  socket.ws.terminate();
  facilitator.ws.terminate();
});
