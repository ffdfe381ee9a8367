// "What matters most?": the explorer ranks every assumption and each step's month and size by
// how far it moves one outcome, as a tornado with a table, in a worker of its own: the reader
// sees progress, may cancel, keeps working meanwhile, and gets the ranking the command line
// gives for the same scenario.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, openPage, openPhone, chips, markCount, waitForMark, updateCount, waitForUpdates, screenshot } from "./helpers.mjs";
import { openScenario, scenarioWith, tabUntil } from "./scenario-helpers.mjs";
import { relief, tempDir } from "./share-helpers.mjs";

/** The model's assumptions: each gets a bar, as does each step's month and its size. */
const ASSUMPTIONS = 9;
/** The budget for the tornado of a scenario of 20 steps at 1,000 runs, in milliseconds. */
const BUDGET_MS = 2000;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Opens the dialog from its button near the charts. */
async function openDialog(page) {
  await page.locator("#matters-button:not([disabled])").click();
  await page.locator("#matters-dialog[open]").waitFor();
}

/** Runs the ranking and waits for its answer; returns how long it took, in milliseconds. */
async function run(page) {
  const before = await markCount(page, "relief:sensitivity-end");
  await page.locator("#matters-run").click();
  await waitForMark(page, "relief:sensitivity-end", before, { timeout: 60000 });
  return page.evaluate(() => performance.getEntriesByName("relief:sensitivity").at(-1).duration);
}

/** The table of every bar, as text. */
function tableRows(page) {
  return page.$$eval("#matters-dialog .table-wrap tbody tr", (rows) =>
    rows.map((tr) => ({ label: tr.querySelector("th").textContent, cells: [...tr.querySelectorAll("td")].map((td) => td.textContent) })),
  );
}

/** Whether a canvas has more than one colour on it. */
function drawn(page, selector) {
  return page.$eval(selector, (canvas) => {
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set();
    for (let i = 0; i < data.length; i += 64) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return colours.size > 3;
  });
}

test("a preset's factors are ranked as the command line ranks them, with progress, a tornado and a table", async () => {
  const name = "phased-and-verified";
  const { context, page, errors } = await openPage(browser, { path: `?preset=${name}` });
  try {
    const steps = await page.evaluate(() => document.querySelectorAll(".chip[role=slider]").length);
    assert.ok(steps > 0);
    await openDialog(page);
    assert.equal(await page.locator("#matters-outcome").inputValue(), "breakdown");
    const horizon = Number(await page.locator("#matters-month").inputValue());
    assert.ok(horizon > 0, "breakdown is read at the horizon unless the reader chooses");

    const progressBefore = await markCount(page, "relief:sensitivity-progress");
    const ms = await run(page);
    const factors = ASSUMPTIONS + 2 * steps;
    assert.equal(await markCount(page, "relief:sensitivity-progress") - progressBefore, factors, "progress after every factor");
    assert.match(await page.locator("#matters-status").textContent(), new RegExp(`^Done: ${factors} factors ranked`));
    assert.equal(await page.locator("#matters-progress").isVisible(), false, "the progress bar goes once done");

    const rows = await tableRows(page);
    assert.equal(rows.length, factors, "a row for every bar");
    assert.ok(await drawn(page, "#matters-canvas"), "the tornado is drawn");
    const summary = await page.locator("#matters-summary").textContent();
    assert.match(summary, new RegExp(`^The risk of breakdown by month ${horizon} is \\d+\\.\\d% as written\\. What matters most is `));
    assert.ok(summary.includes(rows[0].label), `the summary names the top factor: ${summary}`);

    // The command line ranks the same scenario the same way, bar for bar.
    const dir = tempDir();
    const preset = await relief(["presets", name]);
    assert.equal(preset.code, 0, preset.stderr);
    const file = join(dir, `${name}.json`);
    writeFileSync(file, preset.stdout);
    const cli = await relief(["sensitivity", file, "--outcome", `breakdown:${horizon}`, "--format", "json"]);
    assert.equal(cli.code, 0, cli.stderr);
    const ranked = JSON.parse(cli.stdout).swings;
    assert.equal(rows[0].label, ranked[0].label, "the same top factor");
    assert.deepEqual(rows.map((r) => r.label), ranked.map((s) => s.label), "the same ranking");
    assert.deepEqual(rows.map((r) => r.cells[5]), ranked.map((s) => (s.within_noise ? "yes" : "no")), "the same bars within noise");
    assert.equal(rows[0].cells[2], `${(ranked[0].at_low * 100).toFixed(1)}%`);

    // The figure downloads with its title.
    const download = page.waitForEvent("download");
    await page.locator("#matters-svg").click();
    const saved = await download;
    assert.match(saved.suggestedFilename(), /-what-matters-most\.svg$/);

    console.log(`what matters most, ${name} (${factors} factors): ${Math.round(ms)} ms`);
    await screenshot(page, "sensitivity-desktop", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** A scenario of 20 steps, as the page's benchmark uses. */
function twentySteps(runs) {
  return scenarioWith({
    title: "Twenty steps",
    runs,
    steps: Array.from({ length: 20 }, (_, i) => ({
      kind: ["independent_monitoring", "compliance_step", "sectoral_easing", "humanitarian_exemption", "published_criteria"][i % 5],
      month: i * 2,
      size: 0.1,
    })),
  });
}

test("it runs off the page's thread: a step moves while it runs, and Cancel ends it", async () => {
  // Enough futures that the ranking takes a while on any machine.
  const { context, page, errors } = await openScenario(browser, twentySteps(8000));
  try {
    await openDialog(page);
    const progress = await markCount(page, "relief:sensitivity-progress");
    await page.locator("#matters-run").click();
    await waitForMark(page, "relief:sensitivity-progress", progress, { timeout: 30000 });
    assert.equal(await page.locator("#matters-progress").isVisible(), true);
    assert.match(await page.locator("#matters-status").textContent(), /^\d+ of 49 factors swung/);

    // Closing the dialog leaves it running; the timeline answers meanwhile.
    await page.keyboard.press("Escape");
    const first = page.locator(".chip[role=slider]").first();
    const before = (await chips(page))[0].now;
    const updates = await updateCount(page);
    await first.focus();
    await page.keyboard.press("ArrowRight");
    await waitForUpdates(page, updates + 1);
    assert.equal((await chips(page))[0].now, before + 1, "the step moved");
    assert.equal(await markCount(page, "relief:sensitivity-end"), 0, "while the ranking still runs");

    await openDialog(page);
    assert.equal(await page.locator("#matters-cancel").isVisible(), true);
    await page.locator("#matters-cancel").click();
    assert.equal(await page.locator("#matters-status").textContent(), "Cancelled.");
    assert.equal(await page.locator("#matters-progress").isVisible(), false);
    assert.equal(await page.locator("#matters-cancel").isVisible(), false);
    const after = await markCount(page, "relief:sensitivity-progress");
    await page.waitForTimeout(1500);
    assert.equal(await markCount(page, "relief:sensitivity-progress"), after, "no progress once cancelled");
    assert.equal(await markCount(page, "relief:sensitivity-end"), 0, "and no answer");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test(`twenty steps at 1,000 runs are ranked within ${BUDGET_MS} ms`, async () => {
  const { context, page, errors } = await openScenario(browser, twentySteps(1000));
  try {
    await openDialog(page);
    const times = [];
    for (let i = 0; i < 3; i++) times.push(await run(page));
    const best = Math.min(...times);
    console.log(`what matters most, 20 steps × 1,000 runs (49 factors): ${times.map(Math.round).join(", ")} ms`);
    assert.equal((await tableRows(page)).length, ASSUMPTIONS + 40);
    assert.ok(best <= BUDGET_MS, `${best} ms`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("on a phone, by keyboard: a month off the horizon is refused naming the field, then it runs", async () => {
  const { context, page, errors } = await openPhone(browser);
  try {
    await tabUntil(page, () => document.activeElement?.id === "matters-button");
    await page.keyboard.press("Enter");
    await page.locator("#matters-dialog[open]").waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), "matters-outcome", "focus starts on the outcome");
    await page.keyboard.press("Tab");
    await page.keyboard.type("999");
    await page.keyboard.press("Enter");
    const alert = page.locator("#matters-error[role=alert]");
    await alert.waitFor();
    assert.match(await alert.textContent(), /^Month: must be a whole number from 0 to 48/);
    assert.equal(await page.locator("#matters-month").getAttribute("aria-invalid"), "true");
    assert.equal(await markCount(page, "relief:sensitivity-start"), 0, "nothing runs on a bad month");

    await page.locator("#matters-month").fill("24");
    const before = await markCount(page, "relief:sensitivity-end");
    await page.keyboard.press("Enter");
    await waitForMark(page, "relief:sensitivity-end", before, { timeout: 60000 });
    assert.equal(await alert.isVisible(), false);
    assert.match(await page.locator("#matters-summary").textContent(), /^The risk of breakdown by month 24 is/);

    // Nothing is wider than the phone.
    const overflow = await page.evaluate(() => {
      const dialog = document.getElementById("matters-dialog");
      const canvas = document.getElementById("matters-canvas");
      return { dialog: dialog.getBoundingClientRect().right, canvas: canvas.getBoundingClientRect().right, width: innerWidth };
    });
    assert.ok(overflow.dialog <= overflow.width && overflow.canvas <= overflow.width, JSON.stringify(overflow));
    assert.ok(await drawn(page, "#matters-canvas"));
    await page.locator("#matters-canvas").scrollIntoViewIfNeeded();
    await screenshot(page, "sensitivity-phone", { fullPage: false });

    await page.locator("#matters-outcome").selectOption("trust");
    assert.equal(await page.locator("#matters-month").isVisible(), false, "trust is read at the end: no month");
    await page.locator("#matters-run").click();
    await waitForMark(page, "relief:sensitivity-end", before + 1, { timeout: 60000 });
    assert.match(await page.locator("#matters-summary").textContent(), /^Trust in the target at month 48 is \d\.\d\d as written/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
