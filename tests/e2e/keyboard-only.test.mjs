// The whole editing path without a mouse: from the top of the page, add a step from the
// palette, move it, change its size and make it conditional, then delete it, using nothing but
// the keyboard (Tab, arrows, Enter, Space), and checking what a screen reader is told.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, chips, screenshot } from "./helpers.mjs";
import { tabUntil } from "./scenario-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** What a screen reader hears of the focused element. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      id: el.id,
      role: el.getAttribute("role"),
      label: el.getAttribute("aria-label"),
      now: el.getAttribute("aria-valuenow"),
      text: el.getAttribute("aria-valuetext"),
      outline: getComputedStyle(el).outlineStyle,
    };
  });
}

/** Waits for the live summary to settle on a text other than `before`. */
async function summaryAfter(page, before) {
  await page.waitForFunction((b) => {
    const t = document.getElementById("summary").textContent;
    return t && t !== b;
  }, before, { timeout: 8000 });
  return page.locator("#summary").textContent();
}

test("add, move, edit and delete a step with the keyboard alone", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const count = (await chips(page)).length;
    let summary = await page.locator("#summary").textContent();

    // Add: Tab to "Add a step", open it, choose the month, then the kind.
    await tabUntil(page, () => document.activeElement.matches("#palette > summary"));
    await page.keyboard.press("Enter");
    assert.equal(await page.locator("#palette").evaluate((d) => d.open), true);
    await tabUntil(page, () => document.activeElement.id === "add-month");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("10");
    await tabUntil(page, () => document.activeElement.dataset.kind === "travel_easing");
    await page.keyboard.press("Enter");
    let f = await focused(page);
    assert.equal(f.role, "slider", "focus moves to the new step");
    assert.equal(f.label, "Travel easing (Sanctioning side)");
    assert.equal(f.now, "10");
    assert.equal(f.text, "Travel easing, month 10");
    assert.equal(f.outline, "solid", "its focus is visible");
    assert.equal((await chips(page)).length, count + 1);
    summary = await summaryAfter(page, summary);

    // Move: the arrows, then Page Up.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    f = await focused(page);
    assert.equal(f.now, "12");
    assert.equal(f.text, "Travel easing, month 12");
    await page.keyboard.press("PageUp");
    f = await focused(page);
    assert.equal(f.now, "18");
    summary = await summaryAfter(page, summary);
    await screenshot(page, "keyboard-only-moved", { fullPage: false });

    // Edit: Enter goes to the step's editor; on to its size, then "Conditional".
    await page.keyboard.press("Enter");
    assert.equal((await focused(page)).id, "editor-month");
    assert.equal(await page.locator("#editor-month").inputValue(), "18");
    assert.equal(await page.locator("#editor-label").textContent(), "Travel easing");
    await tabUntil(page, () => document.activeElement.id === "editor-size");
    const size = Number(await page.locator("#editor-size").inputValue());
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    assert.equal(Number(await page.locator("#editor-size").inputValue()).toFixed(2), (size + 0.1).toFixed(2));
    assert.equal(await page.locator("#editor-size-value").textContent(), (size + 0.1).toFixed(2));
    summary = await summaryAfter(page, summary);
    await tabUntil(page, () => document.activeElement.id === "editor-conditional");
    await page.keyboard.press("Space");
    assert.equal(await page.locator("#editor-conditional").isChecked(), true);
    const travel = page.locator('.chip[role=slider][aria-label^="Travel easing"]');
    assert.equal(await travel.getAttribute("aria-valuetext"), "Travel easing, month 18, conditional");
    summary = await summaryAfter(page, summary);

    // Delete: the editor's button.
    await tabUntil(page, () => document.activeElement.id === "editor-delete");
    assert.equal(await page.locator("#editor-delete").textContent(), "Delete this step");
    await page.keyboard.press("Enter");
    assert.equal(await travel.count(), 0);
    assert.equal((await chips(page)).length, count);
    f = await focused(page);
    assert.equal(f.role, "slider", "focus lands on another step, not on the page");
    await summaryAfter(page, summary);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a step is deleted with the Delete key, and the palette folds away with Escape", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const count = (await chips(page)).length;
    await tabUntil(page, () => document.activeElement.getAttribute("aria-label")?.startsWith("Sectoral easing"));
    await page.keyboard.press("Delete");
    assert.equal((await chips(page)).length, count - 1);
    assert.equal((await focused(page)).role, "slider");
    await tabUntil(page, () => document.activeElement.matches("#palette > summary"));
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#palette").evaluate((d) => d.open), false);
    assert.equal((await focused(page)).id, "", "focus is back on the palette's button");
    assert.ok(await page.evaluate(() => document.activeElement.matches("#palette > summary")));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
