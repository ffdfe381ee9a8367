// The page counts its ensembles off its own thread, in Web Workers that run its own module, and
// merges their counts in run order: the projection is the same bits whether the page counts
// everything itself or shares the runs among one, two or three workers, and the same as the
// command line's for the same scenario.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, markCount, waitForMark } from "./helpers.mjs";
import { openScenario, scenarioWith } from "./scenario-helpers.mjs";
import { exportedProjection, relief, tempDir } from "./share-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Large enough to be answered first from some of its futures, then refined in several slices. */
const SCENARIO = scenarioWith({
  title: "Counted in slices",
  horizon_months: 120,
  runs: 3000,
  seed: 11,
  steps: [
    { kind: "independent_monitoring", month: 2 },
    { kind: "compliance_step", month: 5, size: 0.3, transparent: true },
    { kind: "sectoral_easing", month: 14, size: 0.3, conditional: true },
    { kind: "asset_unfreezing", month: 40, size: 0.2 },
  ],
  shocks: [{ kind: "spoiler_attack", month: 30, size: 0.4 }],
});

/** Moves a step one month and back, and waits until the scenario is counted in full again. */
async function countAgain(page) {
  const chip = page.locator('.chip[role=slider][aria-label^="Sectoral easing"]');
  await chip.focus();
  const complete = await markCount(page, "relief:answer-complete");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  await waitForMark(page, "relief:answer-complete", complete, { timeout: 30000 });
}

test("the projection is the same bits with no worker or several, and the command line's", async () => {
  const exported = new Map();
  for (const workers of [0, 1, 2, 3]) {
    const { context, page, errors } = await openScenario(browser, SCENARIO, { query: `?workers=${workers}` });
    try {
      if (workers > 0) await page.waitForFunction((n) => performance.getEntriesByName("relief:worker-ready").length >= n, workers, { timeout: 10000 });
      assert.equal(await markCount(page, "relief:worker-ready"), workers, "as many workers as asked for");
      const before = await markCount(page, "relief:slice-counted");
      await countAgain(page);
      const where = await page.evaluate((n) => performance.getEntriesByName("relief:slice-counted").slice(n).map((e) => e.detail), before);
      // The move and the move back: each a first answer, then the rest of the runs, in slices.
      assert.ok(where.length >= 6, `counted in slices: ${where.length}`);
      assert.deepEqual([...new Set(where)], [workers ? "worker" : "page"], `${workers} workers: where slices were counted`);
      assert.equal(await page.locator("#refining-note").isHidden(), true, "every future is counted");
      exported.set(workers, await exportedProjection(page));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
  const dir = tempDir();
  writeFileSync(join(dir, "s.json"), JSON.stringify(SCENARIO));
  const cli = await relief(["simulate", "s.json"], { cwd: dir });
  assert.equal(cli.code, 0, cli.stderr);
  for (const [workers, text] of exported) assert.equal(text, cli.stdout, `${workers} workers: the command line's projection, bit for bit`);
});
