// Everything works from the keyboard: moving a step, adding one from the palette, editing and
// deleting it, changing an assumption, and reading the charts month by month.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  launch,
  openPage,
  chip,
  chips,
  chartHashes,
  updateCount,
  waitForUpdates,
  summaryChangedFrom,
  screenshot,
} from "./helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function monthOf(locator) {
  return Number(await locator.getAttribute("aria-valuenow"));
}

test("a step moves with the arrow keys, Page Up/Down and Home/End, and the charts follow", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    // Tab from the top of the page, past the header's buttons, reaches the first chip.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement.classList.contains("chip"))) break;
    }
    const focused = await page.evaluate(() => document.activeElement.getAttribute("aria-label"));
    assert.match(focused, /^Humanitarian exemption/);
    // The focus ring is visible.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.equal(outline, "solid");

    const sectoral = chip(page, "Sectoral easing");
    await sectoral.focus();
    const hashes = await chartHashes(page);
    let updates = await updateCount(page);

    await page.keyboard.press("ArrowRight");
    assert.equal(await monthOf(sectoral), 7);
    await page.keyboard.press("PageUp");
    assert.equal(await monthOf(sectoral), 13);
    assert.equal(await sectoral.getAttribute("aria-valuetext"), "Sectoral easing, month 13, conditional, transparent");
    await waitForUpdates(page, updates + 1);
    const moved = await chartHashes(page);
    assert.notEqual(moved.economy, hashes.economy, "the economy chart changed");

    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("PageDown");
    assert.equal(await monthOf(sectoral), 6);
    await page.keyboard.press("End");
    assert.equal(await monthOf(sectoral), 47);
    await page.keyboard.press("Home");
    assert.equal(await monthOf(sectoral), 0);
    updates = await updateCount(page);
    await waitForUpdates(page, updates);
    await screenshot(page, "keyboard-focus", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("add a step from the palette, edit its size and conditions, then delete it with the Delete key", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const count = (await chips(page)).length;
    await page.locator("#palette > summary").click();
    await page.locator("#add-month").fill("10");
    const travel = page.locator(".palette-item", { hasText: "Travel easing" });
    assert.match(await travel.innerText(), /Travel restrictions eased/, "each kind is explained");
    await travel.click();

    assert.equal((await chips(page)).length, count + 1);
    const added = chip(page, "Travel easing");
    assert.equal(await monthOf(added), 10);
    // The new chip has focus and is selected in the editor.
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), await added.getAttribute("aria-label"));
    assert.equal(await page.locator("#editor-label").innerText(), "Travel easing");
    await page.waitForFunction(() => document.getElementById("summary").textContent !== "");

    const hashes = await chartHashes(page);
    const summary = await page.locator("#summary").innerText();
    let updates = await updateCount(page);
    await page.locator("#editor-size").fill("0.8");
    assert.equal(await page.locator("#editor-size-value").innerText(), "0.80");
    await page.locator("#editor-conditional").check();
    await page.locator("#editor-transparent").check();
    assert.equal(await added.getAttribute("aria-valuetext"), "Travel easing, month 10, conditional, transparent");
    await waitForUpdates(page, updates + 1);
    assert.notDeepEqual(await chartHashes(page), hashes, "the charts changed");
    await summaryChangedFrom(page, summary);

    await added.focus();
    await page.keyboard.press("Delete");
    assert.equal((await chips(page)).length, count);
    assert.equal(await page.locator('.chip[aria-label^="Travel easing"]').count(), 0);
    // Focus moved to another chip, not lost to the page.
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("role")), "slider");

    // A shock from the palette, deleted with the editor's button.
    await page.locator("#palette > summary").click();
    await page.locator(".palette-item", { hasText: "Leadership change" }).click();
    assert.ok(await chip(page, "Leadership change").isVisible());
    assert.ok(await page.locator("#editor-flags").isHidden(), "shocks have no conditions");
    await page.locator("#editor-delete").click();
    assert.equal(await page.locator('.chip[aria-label^="Leadership change"]').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("an assumption slider changes the summary; the charts can be read month by month", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const summary = await page.locator("#summary").innerText();
    const slider = page.locator("#assumption-good_faith");
    assert.match(await page.locator("#assumption-good_faith-help").innerText(), /really means to comply/);
    await slider.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press("ArrowRight");
    assert.equal(await slider.inputValue(), "0.8");
    const changed = await summaryChangedFrom(page, summary);
    assert.notEqual(changed, summary);

    // Focus the risk chart and read month 12 with the keyboard.
    const risk = page.locator("#chart-risk");
    await risk.focus();
    await page.keyboard.press("Home");
    for (let i = 0; i < 2; i++) await page.keyboard.press("PageUp");
    assert.equal(await risk.getAttribute("aria-valuenow"), "12");
    assert.match(await risk.getAttribute("aria-valuetext"), /^Month 12: risk of breakdown \d+%; breakdowns this month/);
    await page.locator(".readout-head", { hasText: "Month 12" }).waitFor();
    assert.ok(await page.locator(".timeline-rule").isVisible(), "the month read is shown on the timeline");

    // Pointing at a chart reads the month under the pointer.
    const box = await page.locator("#chart-trust").boundingBox();
    await page.mouse.move(box.x + box.width - 15, box.y + box.height / 2);
    await page.locator(".readout-head", { hasText: /Month 4\d/ }).waitFor();

    // A shorter horizon pulls late steps back inside it.
    await page.locator("#horizon").fill("12");
    assert.equal(await page.locator("#horizon-value").innerText(), "12 months");
    const all = await chips(page);
    assert.ok(all.every((c) => c.max === 11 && c.now <= 11), JSON.stringify(all));
    assert.equal(await chip(page, "Spoiler attack").getAttribute("aria-valuenow"), "11");

    // A new seed gives other simulated futures.
    const seed = await page.locator("#seed").inputValue();
    const before = await page.locator("#summary").innerText();
    await page.locator("#new-seed").click();
    assert.notEqual(await page.locator("#seed").inputValue(), seed);
    await summaryChangedFrom(page, before);

    // Pin as baseline: the readout now compares with the pinned scenario.
    await page.locator("#pin-baseline").click();
    await page.locator("#baseline-note", { hasText: "you pinned" }).waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
