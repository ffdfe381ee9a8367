// Limits that keep the page responsive and every entry honest: the largest scenario the
// format allows (100,000 futures over 240 months) is answered from its first futures and
// refined as workers count the rest, with a note saying so, and a drag never waits for them;
// the palette stops at 200 steps and 50 shocks with a message; number fields refuse values out of range, naming the field and keeping the last
// good value.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, chips, chip, chartHashes, screenshot, frames, markCount, waitForMark, updateCount, waitForUpdates } from "./helpers.mjs";
import { openScenario, scenarioWith } from "./scenario-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const HUGE = scenarioWith({
  title: "The largest scenario",
  horizon_months: 240,
  runs: 100000,
  steps: [
    { kind: "independent_monitoring", month: 2 },
    { kind: "compliance_step", month: 4, size: 0.3, transparent: true },
    { kind: "sectoral_easing", month: 12, size: 0.3, conditional: true },
    { kind: "financial_channels", month: 40, size: 0.3, conditional: true },
  ],
  shocks: [{ kind: "spoiler_attack", month: 60, size: 0.5 }],
});

test("the largest scenario never holds up a drag: its first futures at once, refined off the page's thread", async () => {
  const { context, page, errors } = await openScenario(browser, HUGE, { viewport: { width: 1280, height: 800 }, counted: false });
  try {
    const note = page.locator("#refining-note");
    await page.evaluate(() => {
      window.noteTexts = [];
      const n = document.querySelector("#refining-note");
      // Each text the note shows, and the part of it a screen reader is not given.
      new MutationObserver(() =>
        window.noteTexts.push({ text: n.textContent, unspoken: [...n.querySelectorAll('[aria-hidden="true"]')].map((e) => e.textContent).join("") }),
      ).observe(n, { childList: true, characterData: true, subtree: true });
    });
    // The first charts come from the first few hundred futures; the note says the rest follow.
    await page.locator("#refining-note", { hasText: /^Refining: counting all 100,000 simulated futures… \d+%$/ }).waitFor({ timeout: 10000 });
    await page.waitForFunction(() => performance.getEntriesByName("relief:worker-ready").length > 0, null, { timeout: 10000 });

    // A drag while they are counted: every move is answered from its own first futures.
    const sectoral = chip(page, "Sectoral easing");
    await sectoral.scrollIntoViewIfNeeded();
    const box = await sectoral.boundingBox();
    const updates = await markCount(page, "relief:update-start");
    const counted = await page.evaluate(() => performance.getEntriesByName("relief:slice-counted").length);
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) {
      await page.mouse.move(box.x + 20 + i * 6, box.y + box.height / 2);
      await frames(page, 1);
    }
    await page.mouse.up();
    const moved = Number(await sectoral.getAttribute("aria-valuenow"));
    assert.ok(moved > 12, "the step moved");
    // Once workers are ready the page only merges and draws: every slice is counted in a worker.
    const where = await page.evaluate((n) => performance.getEntriesByName("relief:slice-counted").slice(n).map((e) => e.detail), counted);
    assert.ok(where.length > 0, "slices were counted during the drag");
    assert.deepEqual([...new Set(where)], ["worker"], "no slice counted on the page's thread");
    assert.ok((await markCount(page, "relief:update-start")) - updates >= 3, "each move started its own ensemble");

    // A key during the counting starts over from the new scenario.
    const compliance = chip(page, "Compliance step");
    await compliance.focus();
    const answers = await updateCount(page);
    await page.keyboard.press("ArrowRight");
    assert.equal(await compliance.getAttribute("aria-valuenow"), "5", "a key moves a step while futures are counted");
    await waitForUpdates(page, answers + 1);
    const refining = await chartHashes(page);

    // Left alone, the counting finishes: the note goes and the charts show every future.
    const complete = await markCount(page, "relief:answer-complete");
    await waitForMark(page, "relief:answer-complete", complete, { timeout: 60000 });
    await note.waitFor({ state: "hidden", timeout: 5000 });
    assert.notEqual((await chartHashes(page)).trust, refining.trust, "the charts refined as the futures came in");
    assert.equal(await sectoral.getAttribute("aria-valuenow"), String(moved));
    // Counts for scenarios a move had already replaced were dropped, never drawn.
    assert.ok((await markCount(page, "relief:counts-dropped")) > 0, "stale counts dropped");
    // The counting went on over many frames, each painted with its progress.
    const shown = (await page.evaluate(() => window.noteTexts)).filter((t) => /\d+%$/.test(t.text));
    const percents = new Set(shown.map((t) => t.text));
    assert.ok(percents.size >= 3, `progress shown as it went: ${[...percents]}`);
    // The note is a live region: the percentage, new every frame, is shown but never read out.
    assert.equal(await note.getAttribute("role"), "status");
    for (const t of shown) assert.match(t.unspoken, /^ \d+%$/, `only the percentage is hidden from screen readers: ${JSON.stringify(t)}`);
    await screenshot(page, "limits-refined", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the palette stops at 200 steps and 50 shocks, with a message, and nothing is lost", async () => {
  const full = scenarioWith({
    title: "Full",
    steps: Array.from({ length: 200 }, (_, i) => ({ kind: i % 2 ? "independent_audit" : "compliance_step", month: i % 48 })),
    shocks: Array.from({ length: 49 }, (_, i) => ({ kind: "economic_shock", month: i % 48, size: 0.1 })),
  });
  const { context, page, errors } = await openScenario(browser, full);
  try {
    assert.equal((await chips(page)).length, 249);
    await page.locator("#palette > summary").click();
    const travel = page.locator(".palette-item", { hasText: "Travel easing" });
    assert.equal(await travel.getAttribute("aria-disabled"), "true");
    // Still focusable and pressable, so the reason can be found and read.
    await travel.focus();
    await page.keyboard.press("Enter");
    const message = page.locator("#palette-limit");
    assert.equal(await message.innerText(), "A scenario holds at most 200 steps, and this one has 200. Remove one before adding another.");
    assert.equal(await page.locator("#palette").evaluate((d) => d.open), true, "the palette stays open to show why");
    assert.equal((await chips(page)).length, 249, "nothing was added");

    // One more shock fits; then shocks are full too.
    const shock = page.locator(".palette-item", { hasText: "Regional crisis" });
    assert.equal(await shock.getAttribute("aria-disabled"), null);
    await shock.click();
    assert.equal((await chips(page)).length, 250);
    await page.locator("#palette > summary").click();
    assert.equal(await shock.getAttribute("aria-disabled"), "true");
    await shock.click({ force: true });
    assert.equal(await message.innerText(), "A scenario holds at most 50 shocks, and this one has 50. Remove one before adding another.");
    await screenshot(page, "limits-palette-full", { fullPage: false });

    // Removing a step makes room again.
    await page.locator("#palette > summary").click();
    const first = page.locator(".chip[role=slider]").first();
    await first.focus();
    await page.keyboard.press("Delete");
    await page.locator("#palette > summary").click();
    assert.equal(await travel.getAttribute("aria-disabled"), null);
    await travel.click();
    assert.equal(await message.isHidden(), true);
    assert.equal((await chips(page)).length, 250);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("number fields refuse what is out of range, naming the field and keeping the last good value", async () => {
  const { context, page, errors } = await openScenario(browser, scenarioWith({ steps: [{ kind: "sectoral_easing", month: 6, size: 0.3 }] }));
  try {
    const cases = [
      ["#runs", "0", "Simulated futures must be a whole number from 1 to 100,000; 0 is not. Kept 1,000.", "1000"],
      ["#runs", "250000", "Simulated futures must be a whole number from 1 to 100,000; 250000 is not. Kept 1,000.", "1000"],
      ["#runs", "12.5", "Simulated futures must be a whole number from 1 to 100,000; 12.5 is not. Kept 1,000.", "1000"],
      ["#runs", "", "Simulated futures must be a whole number from 1 to 100,000; it was left empty. Kept 1,000.", "1000"],
      ["#seed", "-4", "Seed must be a whole number from 0 to 9,007,199,254,740,991; -4 is not. Kept 7.", "7"],
      ["#seed", "1e300", "Seed must be a whole number from 0 to 9,007,199,254,740,991; 1e300 is not. Kept 7.", "7"],
    ];
    for (const [field, value, message, kept] of cases) {
      await page.locator(field).fill(value);
      await page.locator(field).press("Enter");
      const error = page.locator(`${field}-error`);
      assert.equal(await error.innerText(), message, `${field} = ${JSON.stringify(value)}`);
      assert.equal(await page.locator(field).inputValue(), kept);
      assert.equal(await page.locator(field).getAttribute("aria-invalid"), "true");
      assert.match(await page.locator(field).getAttribute("aria-describedby"), new RegExp(`${field.slice(1)}-error`));
    }
    // A good value clears the message and is used.
    await page.locator("#runs").fill("500");
    await page.locator("#runs").press("Enter");
    assert.equal(await page.locator("#runs-error").isHidden(), true);
    assert.equal(await page.locator("#runs").getAttribute("aria-invalid"), null);
    await page.waitForFunction(() => document.getElementById("runs-words").textContent === "500");

    // The selected step's month, and the month new steps go in.
    await chip(page, "Sectoral easing").focus();
    await page.locator("#editor-month").fill("60");
    await page.locator("#editor-month").press("Enter");
    assert.equal(await page.locator("#editor-month-error").innerText(), "Month must be a whole number from 0 to 47; 60 is not. Kept 6.");
    assert.equal(await chip(page, "Sectoral easing").getAttribute("aria-valuenow"), "6", "the step stays where it was");
    await page.locator("#editor-month").fill("9");
    await page.locator("#editor-month").press("Enter");
    assert.equal(await chip(page, "Sectoral easing").getAttribute("aria-valuenow"), "9");
    assert.equal(await page.locator("#editor-month-error").isHidden(), true);

    await page.locator("#palette > summary").click();
    await page.locator("#add-month").fill("-3");
    await page.locator("#add-month").press("Tab");
    assert.equal(await page.locator("#add-month-error").innerText(), "The month for new steps must be a whole number from 0 to 47; -3 is not. Kept 0.");
    assert.equal(await page.locator("#add-month").inputValue(), "0");
    await screenshot(page, "limits-fields", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
