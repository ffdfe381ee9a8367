// Live room benchmark: how long one team device's edit takes to reach the facilitator's
// projector, in real browsers on loopback, with the real room server (room/server.mjs) at the
// address this build names. The facilitator shows Compare; a team device moves a step with the
// keyboard, MOVES times, a third of a second apart. Each edit is timed from the team page's
// "relief:live-sent" mark (the edit written to the team's document) to the facilitator page's
// "relief:live-shown" mark (the comparison redrawn with it), on the machine's one clock.
//
//   RELIEF_BASE_URL=http://127.0.0.1:8000/ node bench/live-room.bench.mjs      (cwd: tests/)
//
// Budget: p95 ≤ 500 ms. Prints the figures as JSON on the last line and exits 1 when the
// budget is broken or an edit never arrives.

import { launch } from "../e2e/helpers.mjs";
import { startRoomServer } from "../../room/testing.mjs";
import { ROOM, WORKSHOP_URL, ready } from "../e2e/workshop-helpers.mjs";

const MOVES = 40;
const BUDGET_P95_MS = 500;

function percentile(sorted, p) {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** The absolute times (ms since the epoch) of a page's marks named `name`. */
const marks = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).map((m) => performance.timeOrigin + m.startTime), name);

const server = await startRoomServer({ port: 8765 });
const browser = await launch();
let result;
try {
  const stored = JSON.stringify({ exercise: ROOM.exercise, source: "default", teams: [], settings: {} });
  const facilitatorContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await facilitatorContext.addInitScript(([value]) => localStorage.setItem("relief-sequencer:workshop:v1", value), [stored]);
  const facilitator = await facilitatorContext.newPage();
  await facilitator.goto(`${WORKSHOP_URL}#setup`);
  await ready(facilitator);
  await facilitator.locator("#live-key").fill(server.roomKey);
  await facilitator.locator("#live-open").click();
  await facilitator.locator("#live-room").waitFor();
  const link = await facilitator.locator("#live-team-link-0").inputValue();

  const team = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await team.goto(link);
  await team.locator("#team-workspace").waitFor();
  await team.waitForFunction(() => document.getElementById("team-live").dataset.status === "connected");
  await facilitator.goto(`${WORKSHOP_URL}#compare`);
  await ready(facilitator);
  await facilitator.locator("#ranking-table tbody tr").first().waitFor();

  const chip = team.locator('#team-timeline .chip[data-list=steps][data-index="1"]');
  await chip.focus();
  const latencies = [];
  let lost = 0;
  for (let i = 0; i < MOVES; i += 1) {
    const shownBefore = (await marks(facilitator, "relief:live-shown")).length;
    const sentBefore = (await marks(team, "relief:live-sent")).length;
    await chip.press(i % 2 ? "ArrowLeft" : "ArrowRight");
    try {
      await facilitator.waitForFunction((n) => performance.getEntriesByName("relief:live-shown").length > n, shownBefore, { timeout: 5000 });
    } catch {
      lost += 1;
      continue;
    }
    const sent = (await marks(team, "relief:live-sent"))[sentBefore];
    const shown = (await marks(facilitator, "relief:live-shown")).find((t) => t >= sent);
    if (sent !== undefined && shown !== undefined) latencies.push(shown - sent);
    await new Promise((r) => setTimeout(r, 300));
  }
  latencies.sort((a, b) => a - b);
  result = {
    edits: MOVES,
    measured: latencies.length,
    lost,
    p50Ms: Math.round(percentile(latencies, 50)),
    p95Ms: Math.round(percentile(latencies, 95)),
    maxMs: Math.round(latencies[latencies.length - 1]),
  };
  console.log(`live room, one browser's edit to the facilitator's Compare redrawn: p50 / p95 / max ${result.p50Ms} / ${result.p95Ms} / ${result.maxMs} ms over ${result.measured} edits, ${lost} lost   (budget p95 ≤ ${BUDGET_P95_MS} ms)`);
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  await server.stop();
}
process.exit(result && result.lost === 0 && result.p95Ms <= BUDGET_P95_MS ? 0 : 1);
