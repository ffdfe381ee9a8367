// Dragging a step with a mouse and with a finger moves it by whole months, and the charts and
// the summary follow during the drag, not only after it.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import {
  launch,
  openPage,
  chip,
  chartHashes,
  changeEnded,
  updateCount,
  waitForUpdates,
  summaryChangedFrom,
  screenshot,
  openPhone,
  pxPerMonth,
} from "./helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});


/** The month a chip says it is at. */
async function monthOf(locator) {
  return Number(await locator.getAttribute("aria-valuenow"));
}

test("a mouse drag moves a step month by month and updates the charts during the drag", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const sectoral = chip(page, "Sectoral easing");
    assert.equal(await monthOf(sectoral), 6);
    const ppm = await pxPerMonth(page);
    const box = await sectoral.boundingBox();
    const hashes = await chartHashes(page);
    const summary = await page.locator("#summary").innerText();
    const updates = await updateCount(page);

    const y = box.y + box.height / 2;
    const x = box.x + 20;
    await page.mouse.move(x, y);
    await page.mouse.down();
    assert.ok(
      await sectoral.evaluate((chip) => chip.classList.contains("dragging")),
      `the pointer took the chip up (it was at ${JSON.stringify(box)}, now at ${JSON.stringify(await sectoral.boundingBox())})`,
    );
    // Half way: the step has moved and the model has run, with the button still down.
    await page.mouse.move(x + 3 * ppm, y, { steps: 3 });
    await waitForUpdates(page, updates + 1);
    assert.equal(await monthOf(sectoral), 9);
    const during = await chartHashes(page);
    assert.notEqual(during.trust, hashes.trust, "the trust chart changed during the drag");
    await page.mouse.move(x + 8 * ppm, y, { steps: 5 });
    await page.mouse.up();

    assert.equal(await monthOf(sectoral), 14);
    assert.equal(await sectoral.getAttribute("aria-valuetext"), "Sectoral easing, month 14, conditional, transparent");
    await waitForUpdates(page, updates + 2);
    const after = await chartHashes(page);
    for (const key of ["trust", "economy", "risk"]) {
      assert.notEqual(after[key], hashes[key], `the ${key} chart changed`);
    }
    // The live region says what the drag changed, then where things stand.
    const changed = await summaryChangedFrom(page, summary);
    assert.match(changed, /^The change: .*breakdown by month 48: \d+% → \d+% .*\. By month 48,/);

    // The selected step's editor follows.
    assert.equal(await page.locator("#editor-label").innerText(), "Sectoral easing");
    assert.equal(await page.locator("#editor-month").inputValue(), "14");

    // A drag past the end stops at the last month.
    const box2 = await sectoral.boundingBox();
    await page.mouse.move(box2.x + 20, box2.y + box2.height / 2);
    await page.mouse.down();
    await page.mouse.move(box2.x + 20 + 60 * ppm, box2.y + box2.height / 2, { steps: 4 });
    await page.mouse.up();
    assert.equal(await monthOf(sectoral), 47);
    await screenshot(page, "drag-mouse-after", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a touch drag moves a step too", async () => {
  const { context, page, errors, finger } = await openPhone(browser, { width: 360, height: 740 });
  try {
    const target = chip(page, "Financial channels");
    await target.scrollIntoViewIfNeeded();
    const before = await monthOf(target);
    const ppm = await pxPerMonth(page);
    const hashes = await chartHashes(page);
    const updates = await updateCount(page);
    const box = await target.boundingBox();
    const x = Math.round(box.x + 12);
    const y = Math.round(box.y + box.height / 2);

    const touch = (type, px) => finger(type, px, y);
    await touch("touchStart", x);
    for (let i = 1; i <= 6; i++) {
      await touch("touchMove", x - Math.round(i * ppm));
    }
    await touch("touchEnd", x - Math.round(6 * ppm));

    assert.equal(await monthOf(target), before - 6, "moved six months earlier");
    await waitForUpdates(page, updates + 1);
    // The economy chart lies below the timeline on a phone: out of sight while the finger
    // held the chip, it is redrawn once the change ends.
    await changeEnded(page);
    const after = await chartHashes(page);
    assert.notEqual(after.economy, hashes.economy, "the economy chart changed");
    // The page itself did not scroll sideways while the finger moved.
    assert.equal(await page.evaluate(() => scrollX), 0);
    await screenshot(page, "drag-touch-phone", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
