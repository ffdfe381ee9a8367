// One screen: at every common screen size and for every preset, what a drag must be seen to move
// is in view. On a landscape screen of 1280 × 720 or more the timeline and the three main charts
// (trust, economic recovery, risk of breakdown) are wholly on the first screen, without scrolling
// the page; nothing overflows sideways; and no two chips in a lane overlap, however long their
// labels. Every size and preset is saved as a screenshot to look at.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, waitForFirstChart, screenshot, readPresets, BASE_URL } from "./helpers.mjs";

/** The screens people have: phones, a tablet, laptops, a desktop and a projector. */
const VIEWPORTS = [
  [360, 740],
  [390, 844],
  [768, 1024],
  [1280, 720],
  [1366, 768],
  [1440, 900],
  [1920, 1080],
];

let browser;
let presets;

before(async () => {
  browser = await launch();
  // The default scenario (""), then every preset.
  presets = ["", ...(await readPresets(browser)).map((p) => p.name)];
});
after(async () => {
  await browser?.close();
});

/** Opens `preset` (the default scenario for "") and waits until the stage has been fitted. */
async function open(page, preset) {
  await page.goto(new URL(preset ? `?preset=${preset}` : "./", BASE_URL).href, { waitUntil: "domcontentloaded" });
  await waitForFirstChart(page);
  await page.waitForFunction(() => performance.getEntriesByName("relief:fitted").length > 0, null, { timeout: 10000 });
  // A fit changes the charts' size, and they are drawn again on the next frame; chips glide to
  // their places.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

/** Every box the checks need, read at the top of the page. */
function measure(page) {
  return page.evaluate(() => {
    scrollTo(0, 0);
    const box = (e) => {
      const b = e.getBoundingClientRect();
      return { top: b.top, bottom: b.bottom, left: b.left, right: b.right, width: b.width, height: b.height };
    };
    const byId = (id) => box(document.getElementById(id));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      scroller: byId("timeline-scroller"),
      charts: ["trust", "economy", "risk"].map((key) => ({ key, ...byId(`chart-${key}`) })),
      lanes: [...document.querySelectorAll("#timeline .track")].map((track) =>
        [...track.querySelectorAll(".chip")].map((chip) => ({ label: chip.querySelector(".chip-label")?.textContent ?? chip.textContent, ...box(chip) })),
      ),
    };
  });
}

for (const [width, height] of VIEWPORTS) {
  const onOneScreen = width >= 1280 && width > height;
  test(`${width}×${height}: ${onOneScreen ? "the timeline and the three main charts on one screen, " : ""}no overflow, no chips overlapping`, async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    try {
      for (const preset of presets) {
        const name = preset || "default";
        await open(page, preset);
        const m = await measure(page);
        assert.ok(m.scrollWidth <= width, `${name} at ${width}×${height}: the page is ${m.scrollWidth} px wide`);
        for (const lane of m.lanes) {
          for (let i = 0; i < lane.length; i++) {
            for (let j = i + 1; j < lane.length; j++) {
              const [a, b] = [lane[i], lane[j]];
              const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
              assert.ok(apart, `${name} at ${width}×${height}: “${a.label}” and “${b.label}” overlap`);
            }
          }
        }
        if (onOneScreen) {
          const s = m.scroller;
          assert.ok(s.top >= 0 && s.bottom <= height, `${name} at ${width}×${height}: the timeline spans ${s.top}–${s.bottom}`);
          for (const c of m.charts) {
            assert.ok(c.height >= 120, `${name} at ${width}×${height}: the ${c.key} chart is ${c.height} px high`);
            assert.ok(c.top >= s.bottom && c.bottom <= height, `${name} at ${width}×${height}: the ${c.key} chart spans ${c.top}–${c.bottom}`);
          }
        }
        await screenshot(page, `layout-${width}x${height}-${name}`, { fullPage: false });
      }
    } finally {
      await context.close();
    }
  });
}

test("on a phone the header's less used actions fold under More, so the timeline and charts come sooner", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  try {
    await open(page, "");
    const more = page.locator("#more-button");
    assert.ok(await more.isVisible(), "More is offered");
    for (const id of ["open-file", "export-button", "embed-button", "start-over"]) assert.ok(await page.locator(`#${id}`).isHidden(), `${id} is folded away`);
    for (const id of ["presets-button", "how-button", "undo", "share-button"]) assert.ok(await page.locator(`#${id}`).isVisible(), `${id} stays in sight`);
    // Two rows of buttons under the title, where there were four.
    const header = await page.locator("header.top").boundingBox();
    assert.ok(header.height < 200, `the header is ${header.height} px high`);
    assert.equal(await page.locator(".tagline").innerText(), "An illustration, not a forecast");
    // More opens them, in the keyboard's path right after it; Escape folds them back.
    await more.focus();
    await page.keyboard.press("Enter");
    assert.equal(await more.getAttribute("aria-expanded"), "true");
    assert.equal(await page.evaluate(() => document.activeElement.id), "open-file");
    for (const id of ["open-file", "export-button", "embed-button", "start-over"]) assert.ok(await page.locator(`#${id}`).isVisible(), `${id} is shown`);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360);
    await screenshot(page, "layout-360x740-more-open", { fullPage: false });
    await page.keyboard.press("Escape");
    assert.equal(await more.getAttribute("aria-expanded"), "false");
    assert.equal(await page.evaluate(() => document.activeElement.id), "more-button");
    assert.ok(await page.locator("#embed-button").isHidden());
  } finally {
    await context.close();
  }
});

test("on a wide screen there is no More: every action is in line", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    await open(page, "");
    assert.ok(await page.locator("#more-button").isHidden());
    for (const id of ["open-file", "export-button", "share-button", "embed-button", "start-over"]) assert.ok(await page.locator(`#${id}`).isVisible(), id);
  } finally {
    await context.close();
  }
});
