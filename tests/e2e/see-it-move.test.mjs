// What changed: while a step is dragged, each main chart shows the curve from when the drag
// began as a ghost and says, under its title, what the move did; once dropped, the live region
// says it once and the readout keeps it in words. Keys moving a chip work the same. On a phone,
// where the charts lie below the timeline, a strip of the three main charts stays in sight
// while a chip is held, and nothing under the finger moves when it comes and goes.

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

/** What the page shows of the change under way. */
function changeState(page) {
  return page.evaluate(() => ({
    changing: document.getElementById("charts").classList.contains("changing"),
    lines: [...document.querySelectorAll(".chart-change")].map((p) => ({
      text: p.textContent,
      visible: getComputedStyle(p).visibility === "visible",
    })),
    ghostKey: getComputedStyle(document.querySelector(".ghost-key")).visibility === "visible",
    strip: (() => {
      const strip = document.getElementById("live-strip");
      if (!strip || strip.hidden) return null;
      const b = strip.getBoundingClientRect();
      return {
        top: b.top,
        bottom: b.bottom,
        canvases: [...strip.querySelectorAll("canvas")].map((c) => ({ width: c.width, height: c.height })),
        changes: [...strip.querySelectorAll(".strip-change")].map((s) => s.textContent),
      };
    })(),
    summary: document.getElementById("summary").textContent,
    readout: document.querySelector(".readout-change")?.textContent ?? "",
    readoutHidden: document.querySelector(".readout-change")?.hidden ?? true,
    scrollY,
  }));
}

/** Waits until the chips have glided to their places. */
function chipsAtRest(page) {
  return page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

/**
 * Takes the chip `name` up with the mouse and moves it `months` earlier, still held, until
 * every main chart says what the move did.
 */
async function holdMovedEarlier(page, name, months) {
  const box = await chip(page, name).boundingBox();
  const ppm = await pxPerMonth(page);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 12, y);
  await page.mouse.down();
  for (let i = 1; i <= months; i++) await page.mouse.move(box.x + 12 - i * ppm, y);
  await page.waitForFunction(() => [...document.querySelectorAll(".chart-change")].every((p) => p.textContent.includes("→")));
}

/** Waits until the change has ended and been announced. */
async function announced(page) {
  await page.waitForFunction(() => document.getElementById("summary").textContent.startsWith("The change: "), null, { timeout: 8000 });
  return changeState(page);
}

test("a drag shows what it changes on each main chart, and the live region says it once on drop", async () => {
  const { context, page, errors } = await openPage(browser, { viewport: { width: 1366, height: 768 } });
  try {
    const idle = await changeState(page);
    assert.equal(idle.changing, false);
    assert.ok(idle.lines.every((l) => !l.visible), "no change line before a change");
    assert.equal(idle.ghostKey, false, "the legend names no ghost before a change");
    assert.equal(idle.readoutHidden, true);

    await chipsAtRest(page);
    await holdMovedEarlier(page, "Financial channels", 12);
    const held = await changeState(page);
    assert.equal(held.changing, true, "the charts show the ghost while the chip is held");
    assert.equal(held.ghostKey, true, "the legend names the ghost");
    assert.equal(held.lines.length, 3, "one line under each main chart");
    for (const line of held.lines) {
      assert.ok(line.visible);
      assert.match(line.text, /\d%? → \d/);
    }
    assert.match(held.lines[2].text, /^by month 48: \d+% → \d+% \((no change|[+−]\d+ points?)\)$/);
    assert.equal(held.strip, null, "on a laptop the charts are in view: no strip");
    await screenshot(page, "see-it-move-drag-laptop", { fullPage: false });
    const summaryWhileHeld = held.summary;
    await page.mouse.up();

    const dropped = await announced(page);
    assert.notEqual(dropped.summary, summaryWhileHeld);
    assert.match(dropped.summary, /^The change: trust by month 48, if the target means it: \d\.\d\d → \d\.\d\d/);
    assert.match(dropped.summary, /breakdown by month 48: \d+% → \d+% \((no change|[+−]\d+ points?)\)\. By month 48, /);
    assert.equal(dropped.changing, false, "the ghost goes once the change has settled");
    assert.equal(dropped.readoutHidden, false);
    assert.match(dropped.readout, /^The last change: trust by month 48/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("while a chip is held, only the charts in sight are redrawn; the drop redraws the rest", async () => {
  const { context, page, errors } = await openPage(browser, { viewport: { width: 1366, height: 768 } });
  try {
    const pixels = () =>
      page.evaluate(() =>
        Object.fromEntries(
          ["trust", "leverage"].map((key) => {
            const canvas = document.getElementById(`chart-${key}`);
            const box = canvas.getBoundingClientRect();
            return [key, { image: canvas.toDataURL(), inSight: box.bottom > 0 && box.top < innerHeight }];
          }),
        ),
      );
    await chipsAtRest(page);
    const before = await pixels();
    assert.equal(before.trust.inSight, true, "the trust chart is in sight at 1366 × 768");
    assert.equal(before.leverage.inSight, false, "the leverage chart is below it");

    await holdMovedEarlier(page, "Financial channels", 12);
    const held = await pixels();
    assert.notEqual(held.trust.image, before.trust.image, "the chart in sight shows the move");
    assert.equal(held.leverage.image, before.leverage.image, "the chart out of sight is left as it was");

    await page.mouse.up();
    await announced(page);
    await page.waitForFunction((old) => document.getElementById("chart-leverage").toDataURL() !== old, before.leverage.image, { timeout: 8000 });
    await page.locator("#chart-leverage").scrollIntoViewIfNeeded();
    await screenshot(page, "see-it-move-after-drop-leverage", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("keys moving a chip, and an edit in the step editor, show and announce the change the same way", async () => {
  const { context, page, errors } = await openPage(browser, { viewport: { width: 1280, height: 720 } });
  try {
    const target = chip(page, "Sectoral easing");
    await target.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    assert.equal(await target.getAttribute("aria-valuenow"), "9");
    const dropped = await announced(page);
    assert.match(dropped.summary, /^The change: trust by month 48/);
    assert.match(dropped.readout, /recovery by month 48: \d+% → \d+%/);
    assert.equal(dropped.changing, false);

    // An edit in the step editor is a change like any other: its size slider, pulled along.
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement.id), "editor-month");
    await page.locator("#editor-size").focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => document.getElementById("charts").classList.contains("changing"));
    // The lines come with the edit's first answer, a frame or two after the edit.
    await page
      .waitForFunction(() => [...document.querySelectorAll(".chart-change")].every((p) => p.textContent.includes("→")), null, { timeout: 5000 })
      .catch(() => {});
    const edited = await page.evaluate(() => [...document.querySelectorAll(".chart-change")].map((p) => p.textContent));
    assert.ok(edited.length > 0 && edited.every((t) => t.includes("→")), `each main chart says what the edit did: ${edited}`);
    const settled = await page.waitForFunction(
      (before) => {
        const t = document.getElementById("summary").textContent;
        return t !== before && t.startsWith("The change: ") && t;
      },
      dropped.summary,
      { timeout: 8000 },
    );
    assert.match(await settled.jsonValue(), /^The change: trust by month 48/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("on a phone a strip of the three main charts stays in sight while a chip is held, and nothing jumps", async () => {
  const { context, page, errors, finger } = await openPhone(browser);
  try {
    const target = chip(page, "Financial channels");
    await target.scrollIntoViewIfNeeded();
    await chipsAtRest(page);
    const ppm = await pxPerMonth(page);
    const box = await target.boundingBox();
    const x = Math.round(box.x + 12);
    const y = Math.round(box.y + box.height / 2);
    const startScroll = await page.evaluate(() => scrollY);
    const touch = (type, px) => finger(type, px, y);
    await touch("touchStart", x);
    for (let i = 1; i <= 6; i++) await touch("touchMove", x - Math.round(i * ppm));
    await page.waitForFunction(() => {
      const strip = document.getElementById("live-strip");
      return strip && !strip.hidden && [...strip.querySelectorAll(".strip-change")].every((s) => s.textContent.includes("→"));
    });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const held = await changeState(page);
    assert.ok(held.strip, "the strip is shown");
    assert.ok(held.strip.top >= 0 && held.strip.bottom <= 844, `the strip is on screen: ${held.strip.top}–${held.strip.bottom}`);
    assert.equal(held.strip.canvases.length, 3);
    for (const c of held.strip.canvases) assert.ok(c.width > 100 && c.height > 100, `a strip chart is drawn at ${c.width}×${c.height}`);
    const chipBox = await target.boundingBox();
    assert.ok(chipBox.y + chipBox.height <= held.strip.top || chipBox.y >= held.strip.bottom, "the strip does not cover the chip held");
    assert.equal(held.scrollY, startScroll, "the page did not move when the drag began");
    await screenshot(page, "see-it-move-drag-phone", { fullPage: false });
    await touch("touchEnd", x - Math.round(6 * ppm));
    const dropped = await announced(page);
    assert.equal(dropped.strip, null, "the strip goes once the change has settled");
    assert.equal(dropped.scrollY, startScroll, "the page did not move when the drag ended");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a first visit invites a drag of one ringed chip; the first move ends it, and the browser remembers", async () => {
  const { context, page, errors } = await openPage(browser, { viewport: { width: 1366, height: 768 } });
  try {
    const invited = () =>
      page.evaluate(() => ({
        chips: [...document.querySelectorAll(".chip.invited")].map((c) => c.getAttribute("aria-label")),
        hint: document.getElementById("timeline-hint").textContent,
      }));
    const first = await invited();
    assert.equal(first.chips.length, 1, "one chip is ringed");
    assert.match(first.chips[0], /^Sectoral easing/);
    assert.match(first.hint, /^New here\? Drag the ringed step/);
    // The invitation is not a dialog: nothing else took the focus, and the ringed chip is
    // described by it for a screen reader.
    const target = chip(page, "Sectoral easing");
    assert.equal(await target.getAttribute("aria-describedby"), "timeline-hint");
    await screenshot(page, "see-it-move-invitation", { fullPage: false });

    // Reading the page (a click on a chart, a chip selected) leaves it; a move ends it.
    await chip(page, "Humanitarian exemption").focus();
    assert.equal((await invited()).chips.length, 1);
    await target.focus();
    await page.keyboard.press("ArrowRight");
    const after = await invited();
    assert.deepEqual(after.chips, []);
    assert.match(after.hint, /^Drag the steps, or select one/);

    await page.reload({ waitUntil: "domcontentloaded" });
    await page.waitForFunction(() => performance.getEntriesByName("relief:first-chart").length > 0);
    const again = await invited();
    assert.deepEqual(again.chips, [], "a second visit is not invited again");
    assert.match(again.hint, /^Drag the steps/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
