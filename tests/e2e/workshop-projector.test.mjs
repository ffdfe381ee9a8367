// The workshop on a projector: at 1280 × 720 the play view keeps its header (the month and the
// controls), its three charts and the teams' rows of steps in the window and apart, in the
// usual and the projector display; playing reveals each team's steps month by month; the QR
// code's dialog shows its title, code and close button within the window; and the trust chart
// draws one trust line per team, the one the facilitator chooses, which its legend names.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { launch, screenshot } from "./helpers.mjs";
import { WORKSHOP_URL, openWorkshop, ROOM, ready, WORKSPACE_KEY } from "./workshop-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const TEAMS = 4;
/** The first news inject of the example exercise: stepping onto it opens the headline. */
const FIRST_NEWS_MONTH = 12;

/**
 * Makes the example exercise one of four teams and hands each team's sequence back to the
 * comparison: the example's steps, each team's moved later by three months more than the last
 * team's, so the rows of steps differ.
 */
async function fourTeams(page) {
  await page.evaluate((key) => {
    const ws = JSON.parse(localStorage.getItem(key));
    ws.exercise.teams.push({ name: "The negotiators", lock: "everything" });
    localStorage.setItem(key, JSON.stringify(ws));
  }, WORKSPACE_KEY);
  await page.reload();
  await ready(page);
  const links = await page.evaluate(async (key) => {
    const m = await import("./pkg/relief_workshop.js");
    const { id, team_start, exercise } = m.read_exercise_document(JSON.parse(localStorage.getItem(key)).exercise);
    return exercise.teams.map((team, i) => {
      const scenario = JSON.parse(JSON.stringify(team_start));
      for (const step of scenario.steps) step.month = Math.min(scenario.horizon_months, step.month + 3 * i);
      const work = { format: "relief-team/1", team: team.name, exercise: id, exercise_title: exercise.title, scenario };
      return `${location.origin}${location.pathname}#${m.team_link(work)}`;
    });
  }, WORKSPACE_KEY);
  assert.equal(links.length, TEAMS);
  await page.goto(`${WORKSHOP_URL}#compare`);
  await ready(page);
  await page.locator("#compare-input").fill(links.join("\n"));
  await page.locator("#compare-add").click();
  await page.locator(`#ranking-table tbody tr:nth-child(${TEAMS})`).waitFor();
}

/** A page at 1280 × 720 whose comparison holds four teams, in the projector display or not. */
async function roomPage({ projector = false, viewport = { width: 1280, height: 720 } } = {}) {
  const opened = await openWorkshop(browser, { ...ROOM, fragment: "compare", viewport });
  await fourTeams(opened.page);
  if (projector) {
    await opened.page.locator("#projector-toggle").click();
    await opened.page.waitForFunction(() => document.documentElement.classList.contains("projector"));
  }
  return opened;
}

/** The boxes of `selectors` (the first element each matches), as the window shows them. */
function boxes(page, selectors) {
  return page.evaluate(
    (selectors) =>
      selectors.map((selector) => {
        const r = document.querySelector(selector).getBoundingClientRect();
        return { selector, left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
      }),
    selectors,
  );
}

const overlap = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** The teams' step marks: how many are revealed, and the months of those revealed and new. */
function steps(page) {
  return page.$$eval("#play-teams .play-step", (marks) => {
    const month = (m) => Number(/^Month (\d+):/.exec(m.title)[1]);
    const shown = marks.filter((m) => getComputedStyle(m).visibility !== "hidden");
    return {
      total: marks.length,
      shown: shown.map(month),
      fresh: marks.filter((m) => m.classList.contains("is-new")).map(month),
    };
  });
}

for (const projector of [false, true]) {
  const display = projector ? "the projector display" : "the usual display";
  test(`at 1280 × 720 in ${display}, play keeps its header, charts and the teams' steps in the window and apart, and reveals the steps as it goes`, async () => {
    const { context, page, errors } = await roomPage({ projector });
    try {
      await page.goto(`${WORKSHOP_URL}#play`);
      await ready(page);
      const rows = await page.locator("#play-teams > li").count();
      assert.equal(rows, TEAMS, "a row per team");
      const names = await page.locator("#play-teams .play-team-label").allInnerTexts();
      assert.deepEqual(names, ["Team A", "Team B", "Team C", "The negotiators"]);

      const parts = [".play-bar", ".play-status", "#play-progress", "#play-charts .chart-trust", "#play-charts .chart-economy", "#play-charts .chart-risk", "#play-teams-section"];
      const placed = await boxes(page, parts);
      const viewport = page.viewportSize();
      for (const box of placed) {
        assert.ok(box.width > 0 && box.height > 0, `${box.selector} is shown`);
        assert.ok(box.left >= 0 && box.top >= 0 && box.right <= viewport.width && box.bottom <= viewport.height, `${box.selector} is within the window: ${JSON.stringify(box)}`);
      }
      for (let i = 0; i < placed.length; i += 1) {
        for (const other of placed.slice(i + 1)) {
          assert.ok(!overlap(placed[i], other), `${placed[i].selector} and ${other.selector} do not overlap`);
        }
      }
      // Every canvas keeps a readable height under its title and legend.
      const canvases = await page.$$eval("#play-charts canvas", (list) => list.map((c) => c.getBoundingClientRect().height));
      assert.equal(canvases.length, 3);
      for (const height of canvases) assert.ok(height >= 120, `a chart ${height}px tall`);
      // Beyond four teams the rows would scroll inside themselves; four fit as they are.
      const list = await page.locator("#play-teams").evaluate((l) => [l.scrollHeight, l.clientHeight]);
      assert.ok(list[0] <= list[1] + 1, `four rows fit: ${list}`);

      // At month 0 only the steps of month 0 are shown; stepping on reveals more, and the
      // month's own steps are highlighted.
      assert.equal(await page.locator("#play-month").innerText(), "0");
      const start = await steps(page);
      assert.ok(start.shown.length > 0 && start.shown.every((m) => m === 0), `month 0: ${start.shown}`);
      assert.deepEqual(start.fresh, start.shown);
      await page.locator("#play-stage").focus();
      const later = FIRST_NEWS_MONTH - 2;
      for (let i = 0; i < later; i += 1) await page.keyboard.press("ArrowRight");
      await page.locator("#play-month").filter({ hasText: new RegExp(`^${later}$`) }).waitFor();
      const then = await steps(page);
      assert.ok(then.shown.length > start.shown.length, `more steps by month ${later}: ${then.shown.length} > ${start.shown.length}`);
      assert.ok(then.shown.every((m) => m <= later), `only steps up to month ${later}: ${then.shown}`);
      assert.ok(then.total > then.shown.length, "later steps stay hidden");
      assert.ok(then.fresh.every((m) => m === later), `new this month: ${then.fresh}`);
      assert.ok(then.fresh.length > 0, "a team steps in the month played");
      // The header is still in view after playing.
      const [bar] = await boxes(page, [".play-bar"]);
      assert.ok(bar.top >= 0, "the controls stay in view");
      await screenshot(page, `workshop-projector-play-1280${projector ? "-projector" : ""}`, { fullPage: false });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test("at 1280 × 720 the QR code's dialog shows its title, code and close button within the window, in either display", async () => {
  const { context, page, errors } = await openWorkshop(browser, { ...ROOM, fragment: "setup", viewport: { width: 1280, height: 720 } });
  try {
    for (const projector of [false, true]) {
      if (projector) await page.locator("#projector-toggle").click();
      await page.locator("#exercise-qr-large").click();
      await page.locator("#qr-dialog").waitFor({ state: "visible" });
      const placed = await boxes(page, ["#qr-dialog-title", "#qr-dialog-image", "#qr-dialog-close"]);
      for (const box of placed) {
        assert.ok(box.top >= 0 && box.bottom <= 720 && box.left >= 0 && box.right <= 1280, `${box.selector} in view (${projector ? "projector" : "usual"}): ${JSON.stringify(box)}`);
      }
      const [, image] = placed;
      assert.ok(image.height >= 300, `a code large enough to scan across a room: ${image.height}px`);
      if (projector) await screenshot(page, "workshop-projector-qr-1280", { fullPage: false });
      await page.locator("#qr-dialog-close").click();
      await page.locator("#qr-dialog").waitFor({ state: "hidden" });
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the trust chart draws one trust line per team, the one chosen, and its legend names it in compare and play", async () => {
  const { context, page, errors } = await roomPage({ viewport: { width: 1280, height: 900 } });
  try {
    const heading = (view) => page.locator(`#${view}-charts .chart-trust .legend-teams`).innerText();
    const hash = async (id) =>
      createHash("sha256")
        .update(await page.locator(`#${id}`).evaluate((c) => c.toDataURL()))
        .digest("hex");
    // The choices, in the catalog's words, with trust in the target first.
    assert.deepEqual(await page.locator("#compare-team-series option").allInnerTexts(), ["Trust in the target", "Target's trust"]);
    assert.equal(await page.locator("#compare-team-series").inputValue(), "trust");
    assert.match(await heading("compare"), /Teams \(Trust in the target\)/);
    // The starting scenario's trust chart draws the trust by type, and its legend names those
    // lines, as the explorer's does, with the target's own trust.
    const focus = await page.locator("#compare-charts .chart-trust .legend:not(.legend-teams) li").allInnerTexts();
    assert.deepEqual(focus, ["Starting scenario:", "If the target means it", "If it doesn't", "Target's trust", "Bands: the middle half and 8 in 10 of the futures"]);
    const before = await hash("compare-trust");
    const economy = await hash("compare-economy");

    await page.locator("#compare-team-series").selectOption("target_trust");
    assert.match(await heading("compare"), /Teams \(Target's trust\)/);
    assert.doesNotMatch(await heading("compare"), /Trust in the target/);
    assert.notEqual(await hash("compare-trust"), before, "the trust chart draws the teams' other line");
    assert.equal(await hash("compare-economy"), economy, "the other charts are as they were");

    // The choice is kept with the workspace, and play draws and names the same line.
    await page.reload();
    await ready(page);
    assert.equal(await page.locator("#compare-team-series").inputValue(), "target_trust");
    await page.goto(`${WORKSHOP_URL}#play`);
    await ready(page);
    assert.equal(await page.locator("#play-team-series").inputValue(), "target_trust");
    assert.match(await heading("play"), /Target's trust/);
    const played = await hash("play-trust");
    await page.locator("#play-team-series").selectOption("trust");
    assert.match(await heading("play"), /Trust in the target/);
    assert.notEqual(await hash("play-trust"), played);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
