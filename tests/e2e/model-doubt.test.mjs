// The model's doubt, switched on the page: every future runs again with the model's own numbers
// drawn from their plausible ranges, and the page shows what that adds apart from luck: dotted
// band edges, the risk's range, named in the legend, said in the summary and in the table. The
// numbers are the command line's, bit for bit; the link keeps the switch; Undo takes it back.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, markCount, waitForMark, chartHashes, screenshot } from "./helpers.mjs";
import { openScenario, scenarioWith } from "./scenario-helpers.mjs";
import { exportedProjection, relief, tempDir, linkChangedFrom } from "./share-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const SCENARIO = scenarioWith({
  title: "Doubt switched on",
  horizon_months: 36,
  runs: 1200,
  seed: 5,
  steps: [
    { kind: "independent_monitoring", month: 1 },
    { kind: "compliance_step", month: 4, size: 0.3 },
    { kind: "sectoral_easing", month: 8, size: 0.4 },
    { kind: "financial_channels", month: 12, size: 0.3 },
  ],
});

/** Clicks the switch and waits until the scenario is counted in full again. */
async function toggleDoubt(page) {
  const complete = await markCount(page, "relief:answer-complete");
  await page.locator("#model-doubt").click();
  await waitForMark(page, "relief:answer-complete", complete, { timeout: 30000 });
}

test("the model's doubt is shown apart from luck, in the charts, the legend, the words and the table", async () => {
  const { context, page, errors } = await openScenario(browser, SCENARIO);
  try {
    const doubt = page.locator("#model-doubt");
    assert.equal(await doubt.isChecked(), false, "off unless the scenario asks for it");
    assert.equal(await page.locator("#model-doubt-help").isHidden(), true);
    assert.equal(await page.locator("#doubt-legend").isHidden(), true, "no legend for what is not drawn");
    const luckCharts = await chartHashes(page);
    const luckSummary = await page.locator("#summary").innerText();
    const hashBefore = await page.evaluate(() => location.hash);

    await toggleDoubt(page);
    assert.equal(await doubt.isChecked(), true);
    assert.equal(await page.locator("#model-doubt-help").isVisible(), true, "the switch says what it adds");
    const legend = await page.locator("#doubt-legend").innerText();
    assert.match(legend, /8 in 10 with model doubt/);
    assert.match(legend, /Range with model doubt/);
    // The summary is said once the change settles.
    await page.waitForFunction(() => /If the model's own numbers are off/.test(document.getElementById("summary").textContent), null, { timeout: 10000 });
    const summary = await page.locator("#summary").innerText();
    assert.match(summary, /If the model's own numbers are off within their plausible ranges, the risk could be from \d+% to \d+%\./);
    // Luck alone is told as before: the new sentence is added, nothing else changes.
    assert.ok(summary.includes(luckSummary), `luck's words kept:\n${luckSummary}\n${summary}`);
    const doubtCharts = await chartHashes(page);
    for (const key of ["trust", "economy", "risk", "leverage", "legitimacy"]) {
      assert.notEqual(doubtCharts[key], luckCharts[key], `${key}: the chart draws the doubt`);
    }
    await page.locator("#table-details > summary").click();
    await page.locator("#table-wrap th").first().waitFor();
    const headings = await page.locator("#table-wrap th").allInnerTexts();
    assert.ok(headings.includes("Range with model doubt"), `the table has the risk's range: ${headings}`);
    await screenshot(page, "model-doubt-1280", { fullPage: false });

    // The numbers are the command line's with --parameter-uncertainty, bit for bit.
    const exported = await exportedProjection(page);
    const dir = tempDir();
    writeFileSync(join(dir, "s.json"), JSON.stringify(SCENARIO));
    const cli = await relief(["simulate", "s.json", "--parameter-uncertainty"], { cwd: dir });
    assert.equal(cli.code, 0, cli.stderr);
    assert.equal(exported, cli.stdout, "the page's projection is the command line's");
    const high = JSON.parse(exported).with_parameter_uncertainty.series.backsliding_risk_high.at(-1);
    const low = JSON.parse(exported).with_parameter_uncertainty.series.backsliding_risk_low.at(-1);
    assert.match(summary, new RegExp(`from ${Math.round(low * 100)}% to ${Math.round(high * 100)}%`), "the words give the exported range");

    // The link carries the switch: opened again, the doubt is on.
    const link = await linkChangedFrom(page, hashBefore);
    const again = await context.newPage();
    await again.goto(new URL(link, page.url()).href);
    await again.waitForFunction(() => document.getElementById("model-doubt")?.checked === true, null, { timeout: 15000 });

    // Undo takes it back, and the charts are luck's again.
    const complete = await markCount(page, "relief:answer-complete");
    await page.locator("#undo").click();
    await waitForMark(page, "relief:answer-complete", complete, { timeout: 30000 });
    assert.equal(await doubt.isChecked(), false);
    assert.equal(await page.locator("#doubt-legend").isHidden(), true, "undone, the legend has no doubt");
    await page.waitForFunction(() => !/If the model's own numbers are off/.test(document.getElementById("summary").textContent), null, { timeout: 10000 });
    assert.equal(JSON.parse(await exportedProjection(page)).with_parameter_uncertainty, undefined, "undone, the projection is luck's alone");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a phone shows the switch and the doubt's legend without sideways scrolling", async () => {
  const { context, page, errors } = await openScenario(browser, { ...SCENARIO, parameter_uncertainty: true }, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  try {
    assert.equal(await page.locator("#model-doubt").isChecked(), true, "a scenario that asks for it opens with it");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no sideways scroll: ${overflow}px`);
    await page.locator("#model-doubt").scrollIntoViewIfNeeded();
    await screenshot(page, "model-doubt-360", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
