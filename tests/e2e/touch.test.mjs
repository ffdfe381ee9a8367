// Touch: a finger that swipes up or down over a step scrolls the page and leaves the step where
// it was; a step is dragged only by a sideways move past a threshold, or after a long press;
// and the hint speaks of fingers, not of keys.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, openPhone, chip, screenshot, pxPerMonth } from "./helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});


/** The middle of a chip's left part, where a finger takes it. */
async function grip(target) {
  const box = await target.boundingBox();
  return [Math.round(box.x + 14), Math.round(box.y + box.height / 2)];
}

const monthOf = async (target) => Number(await target.getAttribute("aria-valuenow"));

test("a vertical swipe that starts on a step scrolls the page, and a slight sideways drift moves nothing", async () => {
  const { context, page, errors, finger } = await openPhone(browser);
  try {
    const target = chip(page, "Financial channels");
    await target.scrollIntoViewIfNeeded();
    const before = await monthOf(target);
    const [x, y] = await grip(target);
    const scrollBefore = await page.evaluate(() => scrollY);
    await finger("touchStart", x, y);
    // Up the screen with a little sideways drift, as a thumb moves.
    for (let i = 1; i <= 12; i++) await finger("touchMove", x + Math.round(i * 0.7), y - i * 20);
    await finger("touchEnd");
    await page.waitForFunction((s) => scrollY > s + 50, scrollBefore, { timeout: 5000 });
    assert.equal(await monthOf(target), before, "the step stayed where it was");
    assert.equal(await page.evaluate(() => document.querySelector(".chip.dragging")), null);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a sideways move past the threshold drags a step; so does a long press, and a tap only selects it", async () => {
  const { context, page, errors, finger } = await openPhone(browser);
  try {
    const target = chip(page, "Financial channels");
    await target.scrollIntoViewIfNeeded();
    const ppm = await pxPerMonth(page);
    const before = await monthOf(target);

    // A tap: selected, not moved.
    let [x, y] = await grip(target);
    await finger("touchStart", x, y);
    await finger("touchEnd");
    await page.waitForFunction(() => document.activeElement?.classList.contains("chip"));
    assert.equal(await monthOf(target), before);
    assert.equal(await page.locator("#editor-label").innerText(), "Financial channels");
    await page.locator(".sheet-done").click();

    // Sideways, past the threshold: two months earlier. (The tap may have scrolled the step
    // into sight above the sheet: take it where it is now.)
    [x, y] = await grip(target);
    await finger("touchStart", x, y);
    for (let i = 1; i <= 2; i++) await finger("touchMove", x - Math.round(i * ppm), y + i);
    await finger("touchEnd");
    assert.equal(await monthOf(target), before - 2);

    // A long press, then a move that drifts more down than sideways: the step is held, so it
    // follows the finger sideways and the page does not scroll.
    [x, y] = await grip(target);
    const scrollBefore = await page.evaluate(() => scrollY);
    await finger("touchStart", x, y);
    await page.waitForFunction(() => document.querySelector(".chip.dragging") !== null, null, { timeout: 3000 });
    for (let i = 1; i <= 4; i++) await finger("touchMove", x + Math.round(i * ppm), y + i * 8);
    await finger("touchEnd");
    assert.equal(await monthOf(target), before + 2);
    assert.equal(await page.evaluate(() => scrollY), scrollBefore, "a held step does not scroll the page");
    await screenshot(page, "touch-after-long-press", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("on a touch screen the hint speaks of fingers, not of keys", async () => {
  const { context, page, errors } = await openPhone(browser);
  try {
    const hint = await page.locator("#timeline-hint").innerText();
    assert.match(hint, /sideways/);
    assert.doesNotMatch(hint, /arrow keys|Delete/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a tap on a step opens its editor as a sheet near the thumb, the step still in sight; Done closes it", async () => {
  const { context, page, errors, finger } = await openPhone(browser);
  try {
    const target = chip(page, "Financial channels");
    await target.scrollIntoViewIfNeeded();
    const [x, y] = await grip(target);
    await finger("touchStart", x, y);
    await finger("touchEnd");
    await page.locator("#editor.sheet").waitFor();
    const sheet = await page.locator("#editor").boundingBox();
    assert.ok(sheet.y + sheet.height <= 844 + 1 && sheet.y >= 844 * 0.3, `the sheet is at the bottom of the screen: ${sheet.y}–${sheet.y + sheet.height}`);
    assert.equal(await page.locator("#editor-label").innerText(), "Financial channels");
    assert.ok(await page.locator("#editor-month").isVisible());
    // The chip tapped is not hidden under the sheet.
    const chipBox = await target.boundingBox();
    assert.ok(chipBox.y + chipBox.height <= sheet.y, "the step stays in sight above the sheet");
    await screenshot(page, "touch-editor-sheet", { fullPage: false });

    // An edit in the sheet changes the step on the timeline.
    await page.locator("#editor-month").fill("12");
    await page.locator("#editor-month").press("Enter");
    await page.waitForFunction(() => document.querySelector('.chip[aria-label^="Financial channels"]').getAttribute("aria-valuenow") === "12");

    await page.locator(".sheet-done").click();
    await page.waitForFunction(() => !document.getElementById("editor").classList.contains("sheet"));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("on a laptop a click selects a step, and the editor beside the timeline is no sheet", async () => {
  const { context, page, errors } = await openPage(browser, { viewport: { width: 1366, height: 768 } });
  try {
    await chip(page, "Financial channels").click();
    assert.equal(await page.locator("#editor-label").innerText(), "Financial channels");
    assert.equal(await page.locator("#editor.sheet").count(), 0);
    assert.equal(await page.locator(".sheet-done").isVisible(), false);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
