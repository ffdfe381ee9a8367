// A live workshop room, end to end, against the real room server (room/server.mjs) on
// loopback at the address this build names (http://127.0.0.1:8765): the facilitator opens a
// room from the set-up, several devices of a team and another team edit at once and converge,
// Compare follows, news reaches every team, a device cut off keeps editing and merges when it
// comes back, a server killed mid-workshop loses nothing, a tampered link is refused, and the
// explorer and a workshop without a room never load the live code.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, BASE_URL } from "./helpers.mjs";
import { openWorkshop, ready, seriousViolations, storedWorkspace, ROOM, WORKSHOP_URL } from "./workshop-helpers.mjs";
import { startRoomServer } from "../../room/testing.mjs";

/** Where this build's pages connect (the `relief-room-server` tag): the server must be there. */
const ROOM_PORT = 8765;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await startRoomServer({ port: ROOM_PORT });
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a live room from the set-up of a facilitator's device; returns the teams' links. */
async function openRoom(page) {
  await page.locator("#live-key").fill(server.roomKey);
  await page.locator("#live-open").click();
  await page.locator("#live-room").waitFor();
  await page.waitForFunction(() => document.getElementById("live-status").dataset.status === "connected");
  return page.$$eval("#live-teams input", (inputs) => inputs.map((i) => i.value));
}

/**
 * Puts a device's line to the room server through a switch the test holds: `cut()` drops its
 * connections and refuses new ones, as a lost network does, until `restore()`. (Emulating the
 * browser offline does not close a WebSocket already open.)
 */
async function lineOf(context) {
  const line = { up: true, open: new Set() };
  await context.routeWebSocket(new RegExp(`^ws://127\\.0\\.0\\.1:${ROOM_PORT}`), (ws) => {
    if (!line.up) {
      ws.close();
      return;
    }
    const upstream = ws.connectToServer();
    line.open.add([ws, upstream]);
  });
  line.cut = async () => {
    line.up = false;
    for (const [ws, upstream] of line.open) {
      await ws.close().catch(() => {});
      await upstream.close().catch(() => {});
    }
    line.open.clear();
  };
  line.restore = () => {
    line.up = true;
  };
  return line;
}

/** Opens a team's link on a device of its own, and waits until the team's sequence is shown. */
async function join(link, { cuttable = false, ...options } = {}) {
  const device = await openWorkshop(browser, options);
  if (cuttable) device.line = await lineOf(device.context);
  await device.page.goto(link);
  await ready(device.page);
  await device.page.locator("#team-workspace").waitFor();
  await device.page.waitForFunction(() => document.getElementById("team-live").dataset.status === "connected");
  return device;
}

/** The team's steps as a device shows them: kind and month of each chip, in order. */
function stepsOn(page) {
  return page.$$eval("#team-timeline .chip[data-list=steps]", (chips) =>
    chips.sort((a, b) => Number(a.dataset.index) - Number(b.dataset.index)).map((c) => `${c.getAttribute("aria-valuetext").split(",")[0]}@${c.getAttribute("aria-valuenow")}`),
  );
}

/** Waits until every page shows the same steps, and returns them. */
async function converged(pages, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let seen;
  while (Date.now() < deadline) {
    seen = await Promise.all(pages.map(stepsOn));
    if (seen.every((s) => JSON.stringify(s) === JSON.stringify(seen[0]))) return seen[0];
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`the devices did not converge: ${JSON.stringify(seen)}`);
}

/** Moves the step chip at `index` by `months` with the keyboard. */
async function moveStep(page, index, months) {
  const chip = page.locator(`#team-timeline .chip[data-list=steps][data-index="${index}"]`);
  await chip.focus();
  for (let i = 0; i < Math.abs(months); i += 1) await chip.press(months > 0 ? "ArrowRight" : "ArrowLeft");
}

/** The months of a team's steps as the facilitator's comparison holds them. */
async function comparedMonths(page, name) {
  const ws = await storedWorkspace(page);
  return ws.teams.find((t) => t.name === name)?.scenario.steps.map((s) => s.month) ?? null;
}

async function waitForCompared(page, name, months, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let now;
  while (Date.now() < deadline) {
    now = await comparedMonths(page, name);
    if (JSON.stringify(now) === JSON.stringify(months)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`the facilitator's comparison has ${JSON.stringify(now)} for ${name}, not ${JSON.stringify(months)}`);
}

const monthsOf = (steps) => steps.map((s) => Number(s.split("@")[1]));

test("devices of a team edit at once and converge; Compare follows; news reaches every team", async () => {
  // axe needs its script let in (bypassCSP); the other devices run under the site's policy,
  // which lets them reach the room server and nothing else.
  const facilitator = await openWorkshop(browser, { ...ROOM, fragment: "setup", bypassCSP: true });
  const devices = [];
  try {
    // The teams plan without the news, which the facilitator sends later.
    await facilitator.page.locator("#setup-see-injects").uncheck();
    const links = await openRoom(facilitator.page);
    assert.equal(links.length, 3);
    for (const link of links) assert.match(link, /#r1\.t[0-2]\.[0-9a-f]{32}\.[A-Za-z0-9_-]{20,}$/);
    assert.equal(new Set(links.map((l) => l.split(".")[2])).size, 1, "one room");

    const a1 = await join(links[0]);
    const a2 = await join(links[0], { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, bypassCSP: true });
    const b1 = await join(links[1]);
    devices.push(a1, a2, b1);
    assert.equal(await a1.page.locator("#team-name").innerText(), "Team A");
    assert.equal(await b1.page.locator("#team-name").innerText(), "Team B");
    assert.ok(await a1.page.locator("#team-switch").isHidden(), "a live team cannot switch teams");
    // The facilitator sees who is in the room.
    const devicesOf = (i) => facilitator.page.locator(`#live-team-devices-${i}`);
    await facilitator.page.waitForFunction(() => document.getElementById("live-team-devices-0").textContent === "2 devices");
    assert.equal(await devicesOf(1).innerText(), "1 device");
    assert.equal(await devicesOf(2).innerText(), "no device yet");
    const start = await converged([a1.page, a2.page, b1.page]);
    // The room's parts are as accessible as the rest: the set-up with a room open, a phone of a team.
    assert.deepEqual(await seriousViolations(facilitator.page), []);
    assert.deepEqual(await seriousViolations(a2.page), []);

    // Two devices of Team A move different steps at the same moment; Team B moves one too.
    await Promise.all([moveStep(a1.page, 0, 3), moveStep(a2.page, 1, 2), moveStep(b1.page, 2, 4)]);
    const teamA = await converged([a1.page, a2.page]);
    const expectedA = monthsOf(start);
    expectedA[0] += 3;
    expectedA[1] += 2;
    assert.deepEqual(monthsOf(teamA), expectedA, "both devices' moves are kept");
    const expectedB = monthsOf(start);
    expectedB[2] += 4;
    assert.deepEqual(monthsOf(await stepsOn(b1.page)), expectedB);

    // The facilitator's comparison has both teams as they are now, without a hand-back.
    await waitForCompared(facilitator.page, "Team A", expectedA);
    await waitForCompared(facilitator.page, "Team B", expectedB);
    await facilitator.page.goto(`${WORKSHOP_URL}#compare`);
    await facilitator.page.locator("#ranking-table tbody tr:nth-child(2)").waitFor();
    // And follows further edits while Compare is on screen.
    await moveStep(a2.page, 0, -1);
    expectedA[0] -= 1;
    await waitForCompared(facilitator.page, "Team A", expectedA);
    await converged([a1.page, a2.page]);

    // News: the facilitator sends the first inject; every team sees it, on its timeline too.
    await facilitator.page.goto(`${WORKSHOP_URL}#setup`);
    await ready(facilitator.page);
    const shocksBefore = await a1.page.locator("#team-timeline .chip[data-list=shocks]").count();
    await facilitator.page.locator("#live-news button", { hasText: "Send to the teams now" }).first().click();
    for (const { page } of devices) {
      await page.locator("#team-live-news li", { hasText: "Bombing at a border crossing" }).waitFor();
    }
    await a1.page.waitForFunction((n) => document.querySelectorAll("#team-timeline .chip[data-list=shocks]").length === n + 1, shocksBefore);
    assert.equal(await facilitator.page.locator("#live-news button").first().innerText(), "Sent");
    // The news is the headline only: an inject's text is the facilitator's notes.
    assert.doesNotMatch(await a1.page.locator("#team-live-news").innerText(), /faction opposed/);

    // Play follows the room too: a team that joins while the timeline is on the projector
    // appears in it, without a reload.
    await facilitator.page.goto(`${WORKSHOP_URL}#play`);
    await ready(facilitator.page);
    assert.equal(await facilitator.page.locator("#play-focus option", { hasText: "Team C" }).count(), 0);
    const c1 = await join(links[2]);
    devices.push(c1);
    await facilitator.page.locator("#play-focus option", { hasText: "Team C" }).waitFor({ state: "attached" });

    // The facilitator renames Team A in the set-up, key by key: the team keeps its one place in
    // the comparison, under its new name, and its devices show it.
    await facilitator.page.goto(`${WORKSHOP_URL}#setup`);
    await ready(facilitator.page);
    const nameField = facilitator.page.locator("#setup-team-0-name");
    await nameField.fill("");
    await nameField.pressSequentially("The negotiators");
    await waitForCompared(facilitator.page, "The negotiators", expectedA);
    const names = (await storedWorkspace(facilitator.page)).teams.map((team) => team.name);
    assert.deepEqual(names, ["The negotiators", "Team B", "Team C"], "renamed in its place, and only once");
    await a1.page.locator("#team-name", { hasText: "The negotiators" }).waitFor();
    for (const { errors } of [facilitator, ...devices]) assert.deepEqual(errors, []);
  } finally {
    for (const d of devices) await d.context.close();
    await facilitator.context.close();
  }
});

test("a device cut off keeps editing, and a server killed mid-workshop loses nothing", async () => {
  const facilitator = await openWorkshop(browser, { ...ROOM, fragment: "setup" });
  const devices = [];
  try {
    const links = await openRoom(facilitator.page);
    const a1 = await join(links[0]);
    const a2 = await join(links[0], { cuttable: true });
    devices.push(a1, a2);
    const start = monthsOf(await converged([a1.page, a2.page]));

    // a2 loses the network: it says so, keeps editing, and its edit merges when it is back.
    await a2.line.cut();
    await a2.page.waitForFunction(() => document.getElementById("team-live").dataset.status === "disconnected", null, { timeout: 15000 });
    assert.match(await a2.page.locator("#team-live").innerText(), /^Offline: keep working/);
    await moveStep(a2.page, 1, 5);
    await moveStep(a1.page, 0, 2);
    a2.line.restore();
    const expected = [...start];
    expected[0] += 2;
    expected[1] += 5;
    assert.deepEqual(monthsOf(await converged([a1.page, a2.page], 20000)), expected);

    // The server is killed outright; a device edits during the outage, then it comes back.
    await server.stop({ signal: "SIGKILL" });
    await a1.page.waitForFunction(() => document.getElementById("team-live").dataset.status !== "connected", null, { timeout: 15000 });
    await moveStep(a1.page, 2, 3);
    expected[2] += 3;
    await server.restart();
    assert.deepEqual(monthsOf(await converged([a1.page, a2.page], 20000)), expected);
    await waitForCompared(facilitator.page, "Team A", expected, 20000);

    // A device that joins afterwards gets everything from the server.
    const late = await join(links[0]);
    devices.push(late);
    assert.deepEqual(monthsOf(await converged([late.page, a1.page])), expected);

    // The facilitator's device keeps the room: a reload rejoins it, and edits keep arriving.
    await facilitator.page.reload();
    await ready(facilitator.page);
    await facilitator.page.locator("#live-room").waitFor();
    await facilitator.page.waitForFunction(() => document.getElementById("live-status").dataset.status === "connected");
    assert.deepEqual(await facilitator.page.$$eval("#live-teams input", (inputs) => inputs.map((i) => i.value)), links);
    await moveStep(late.page, 0, 1);
    expected[0] += 1;
    await waitForCompared(facilitator.page, "Team A", expected);

    // Closing the room stops the teams' changes reaching the comparison, which keeps what it had.
    facilitator.page.once("dialog", (d) => d.accept());
    await facilitator.page.locator("#live-close").click();
    await facilitator.page.locator("#live-start").waitFor();
    assert.equal((await storedWorkspace(facilitator.page)).settings.live, null);
    await moveStep(late.page, 0, 1);
    await converged([late.page, a1.page]);
    assert.deepEqual(await comparedMonths(facilitator.page, "Team A"), expected);
  } finally {
    for (const d of devices) await d.context.close();
    await facilitator.context.close();
  }
});

test("a link with a forged token is refused and says so; the page stays usable", async () => {
  const facilitator = await openWorkshop(browser, { ...ROOM, fragment: "setup" });
  try {
    const links = await openRoom(facilitator.page);
    // Team A's link, claiming to be Team B's: the signature no longer matches.
    const forged = links[0].replace("#r1.t0.", "#r1.t1.");
    const device = await openWorkshop(browser);
    try {
      await device.page.goto(forged);
      await device.page.locator("#error", { hasText: "could not be joined: the link is not one this room server made" }).waitFor();
      assert.ok(await device.page.locator("#team-workspace").isHidden(), "nothing of Team B is shown");
      assert.ok(await device.page.locator("#view-setup").isVisible(), "the set-up is shown instead");
      // A link cut short says so too.
      await device.page.goto(`${WORKSHOP_URL}#r1.t0.abc`);
      await device.page.locator("#error", { hasText: "cannot be read" }).waitFor();
      assert.ok(await device.page.locator("#view-setup").isVisible(), "the set-up is shown instead");
    } finally {
      await device.context.close();
    }
    // A phone that opens its link while the room server is down says so, keeps trying, and
    // joins once it answers.
    await server.stop();
    const early = await openWorkshop(browser);
    try {
      await early.page.goto(links[1]);
      await early.page.locator("#team-live", { hasText: "does not answer yet: this page keeps trying" }).waitFor({ timeout: 15000 });
      await server.restart();
      await early.page.locator("#team-workspace").waitFor({ timeout: 20000 });
      assert.equal(await early.page.locator("#team-name").innerText(), "Team B");
    } finally {
      await early.context.close();
    }
  } finally {
    await facilitator.context.close();
  }
});

test("the explorer, and a workshop without a room, never load the live code", async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const fetched = [];
    page.on("request", (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(BASE_URL);
    await page.waitForFunction(() => performance.getEntriesByName("relief:first-chart").length > 0);
    await page.goto(`${WORKSHOP_URL}#setup`);
    await ready(page);
    assert.ok(await page.locator("#live-panel").isVisible(), "the set-up offers a live room");
    await page.goto(`${WORKSHOP_URL}#compare`);
    await ready(page);
    const live = fetched.filter((p) => /live-engine|\/live\//.test(p));
    assert.deepEqual(live, []);
  } finally {
    await context.close();
  }
});
