// Stories in an article: an embed steps through a relief-story/1 document's frames with its
// captions, from its link or from the host page, moved by Next and Previous, the arrow keys
// and the host's relief:goto; it keeps the frame in its address, tells the host each frame and
// its height, and fits an article from 320 to 1200 pixels. A story that cannot be read is said
// inside the frame, and the base scenario is drawn. The worked example in docs/ runs here as
// an article on another origin.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BASE_URL, launch, screenshot, markCount, waitForMark, chartHashes } from "./helpers.mjs";
import { seriousViolations } from "./scenario-helpers.mjs";
import { ROOT, articleHtml } from "./share-helpers.mjs";

const STORY = JSON.parse(readFileSync(join(ROOT, "docs/story-example.json"), "utf8"));

let browser;
/** The docs folder served on another origin, as an article's site would be. */
let hostServer;
let HOST;


before(async () => {
  browser = await launch();
  hostServer = createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname === "/article") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(articleHtml(url.searchParams.get("src"), 800, 600));
      return;
    }
    const file = { "/story-example.html": "text/html; charset=utf-8", "/story-example.json": "application/json" }[url.pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": file });
    res.end(readFileSync(join(ROOT, "docs", url.pathname)));
  });
  await new Promise((resolve) => hostServer.listen(0, "127.0.0.1", resolve));
  HOST = `http://127.0.0.1:${hostServer.address().port}`;
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => hostServer?.close(resolve));
});

/** The story's link, as the page's own codec makes it. */
async function storyLink(page, story) {
  return page.evaluate(async (text) => {
    const wasm = await import("./pkg/relief_web.js");
    await wasm.default();
    return wasm.story_to_link(text);
  }, JSON.stringify(story));
}

/** Opens the story embed at `query` and waits for its first chart. */
async function openStory(story, { width = 800, height = 720, query = "", reducedMotion = "no-preference" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion, bypassCSP: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(BASE_URL);
  const link = await storyLink(page, story);
  await page.goto(`${BASE_URL}?embed=1&readonly=1&story=${link}${query}`);
  await page.waitForFunction(() => performance.getEntriesByName("relief:answer-complete").length > 0, null, { timeout: 20000 });
  return { context, page, errors, link };
}

const chipCount = (page) => page.locator(".chip[role=slider]").count();
const caption = (page) => page.locator("#story-caption").innerText();

test("a story steps through its frames by button, key and address, comparing and pointing as each frame asks", async () => {
  const { context, page, errors } = await openStory(STORY);
  try {
    assert.equal(await page.locator("#story-title").innerText(), STORY.title);
    assert.equal(await caption(page), STORY.frames[0].caption);
    assert.equal(await page.locator("#story-where").innerText(), "1 of 4");
    assert.equal(await page.locator("#story-prev").isDisabled(), true);
    assert.equal(await page.locator("#story-caption").getAttribute("aria-live"), "polite", "each caption is announced");
    // Frame 1 shows one step of the base scenario, and the shock.
    assert.equal(await chipCount(page), 2);
    assert.equal(await page.locator(".chart.story-look canvas[role=slider]").getAttribute("id"), "chart-risk", "the frame points at the risk");
    assert.equal(await page.locator("#story-compare").isHidden(), true, "the first frame compares with nothing");
    const alone = await chartHashes(page);

    // Next: frame 2, compared with frame 1 (its baseline), in the address, with a cross-fade.
    const answered = await markCount(page, "relief:answer-complete");
    await page.locator("#story-next").click();
    assert.ok((await page.locator(".story-fade").count()) > 0, "the charts fade from the frame before");
    await waitForMark(page, "relief:answer-complete", answered, { timeout: 20000 });
    assert.equal(await caption(page), STORY.frames[1].caption);
    assert.equal(await chipCount(page), 4);
    assert.equal(new URL(page.url()).searchParams.get("frame"), "2");
    assert.equal(await page.locator("#story-compare").isVisible(), true, "the frame says its dashed lines are the frame before");
    await screenshot(page, "story-800", { fullPage: false });
    assert.equal(await page.locator(".chart.story-look canvas[role=slider]").getAttribute("id"), "chart-trust");
    // Back to frame 1: no comparison, and the charts are as they were.
    const back = await markCount(page, "relief:answer-complete");
    await page.locator("#story-prev").click();
    await waitForMark(page, "relief:answer-complete", back, { timeout: 20000 });
    await page.waitForTimeout(600);
    assert.deepEqual(await chartHashes(page), alone, "frame 1 draws the same charts again");
    await page.locator("#story-next").click();

    // The arrow keys from the page: on to frame 3, back to 2; End and Home.
    await page.locator("body").focus();
    await page.keyboard.press("ArrowRight");
    assert.equal(await caption(page), STORY.frames[2].caption);
    await page.keyboard.press("End");
    assert.equal(await caption(page), STORY.frames[3].caption);
    assert.equal(await chipCount(page), 6, "frame 4 adds a step to the four it shows, with the shock");
    assert.equal(await page.locator("#story-next").isDisabled(), true);
    await page.keyboard.press("Home");
    assert.equal(await caption(page), STORY.frames[0].caption);

    // The table of the charts' values and the downloads are there for the story's readers:
    // each chart of the frame as SVG, named by the frame.
    assert.equal(await page.locator("#table-details").isVisible(), true);
    await page.locator("#download-risk").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download-risk-menu [role=menuitem]", { hasText: "As SVG image" }).click()]);
    assert.match(download.suggestedFilename(), /frame-1-of-4-risk\.svg$/);
    assert.match(readFileSync(await download.path(), "utf8"), /^<svg/);
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the address opens the story at its frame, and nothing fades when the reader asks for less motion", async () => {
  const { context, page, errors } = await openStory(STORY, { query: "&frame=3", reducedMotion: "reduce", width: 320, height: 640 });
  try {
    assert.equal(await caption(page), STORY.frames[2].caption);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no sideways scroll at 320 px: ${overflow}`);
    await screenshot(page, "story-320", { fullPage: false });
    assert.equal(await page.locator("#story-where").innerText(), "3 of 4");
    await page.locator("#story-next").click();
    assert.equal(await page.locator(".story-fade").count(), 0, "no cross-fade under reduced motion");
    assert.equal(await caption(page), STORY.frames[3].caption);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a story that cannot be read is said inside the frame, and its base scenario is drawn", async () => {
  const bad = structuredClone(STORY);
  bad.frames[1].steps = [0, 99];
  const context = await browser.newContext({ viewport: { width: 800, height: 720 } });
  const page = await context.newPage();
  try {
    await page.goto(BASE_URL);
    // The page's codec would refuse to make a link of a bad story: this one is made as a link
    // from elsewhere would be, by hand.
    const link = await page.evaluate(async (text) => {
      const wasm = await import("./pkg/relief_web.js");
      await wasm.default();
      const good = wasm.story_to_link(JSON.stringify({ ...JSON.parse(text), frames: JSON.parse(text).frames.slice(0, 1) }));
      const prefix = good.slice(0, good.indexOf(".") + 1);
      const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
      const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      let binary = "";
      for (const b of bytes) binary += String.fromCharCode(b);
      return prefix + btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    }, JSON.stringify(bad));
    await page.goto(`${BASE_URL}?embed=1&readonly=1&story=${link}`);
    await page.waitForFunction(() => performance.getEntriesByName("relief:answer-complete").length > 0, null, { timeout: 20000 });
    const error = page.locator("#story-error");
    assert.equal(await error.isVisible(), true);
    assert.match(await error.innerText(), /^This story cannot be shown: .*\/frames\/1\/steps\/1/);
    assert.equal(await chipCount(page), STORY.scenario.steps.length + STORY.scenario.shocks.length, "the base scenario is drawn");

    // A story file on another site is refused by name: the embed fetches nothing from elsewhere.
    await page.goto(`${BASE_URL}?embed=1&readonly=1&story=${encodeURIComponent(`${HOST}/story-example.json`)}`);
    await page.waitForFunction(() => performance.getEntriesByName("relief:answer-complete").length > 0, null, { timeout: 20000 });
    assert.match(await page.locator("#story-error").innerText(), /^This story cannot be shown: /);
  } finally {
    await context.close();
  }
});

test("the worked example on another origin sends the story, follows the reader's scroll and the frame's height", async () => {
  for (const width of [320, 800, 1200]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    try {
      await page.goto(`${HOST}/story-example.html?relief=${encodeURIComponent(BASE_URL)}`);
      const frame = page.frameLocator("#relief-story");
      await frame.locator("#story-caption").filter({ hasText: STORY.frames[0].caption }).waitFor({ timeout: 20000 });
      // The frame takes the height of what it shows (on a phone the example caps it at 55% of
      // the screen, and the frame scrolls within).
      const embedded = page.frames().find((f) => f !== page.mainFrame());
      const content = () => embedded.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      // The frame's page may still grow as its charts settle: the host's height follows what it
      // is now, whenever it is read.
      const hostHeight = () => page.evaluate(() => parseFloat(document.getElementById("relief-story").style.height));
      const followed = async () => Math.abs((await hostHeight()) - (await content())) <= 1;
      for (const deadline = Date.now() + 10000; !(await followed()); ) {
        assert.ok(Date.now() < deadline, `${width}px: the host's frame is ${await hostHeight()} px high, its page ${await content()} px`);
        await new Promise((r) => setTimeout(r, 100));
      }
      const shown = await page.locator("#relief-story").evaluate((f) => f.getBoundingClientRect().height);
      if (width > 760) assert.ok(Math.abs((await content()) - shown) <= 1, `${width}px: the frame is as high as its page (${shown} vs ${await content()})`);
      const overflow = await embedded.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${width}px: no sideways scroll inside the frame (${overflow})`);

      // Scrolling to the third paragraph shows the third frame; the reader's Next in the frame
      // moves the article's text along.
      await page.locator('#steps p[data-frame="3"]').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 1));
      await frame.locator("#story-caption").filter({ hasText: STORY.frames[2].caption }).waitFor({ timeout: 10000 });
      await frame.locator("#story-next").click();
      await page.waitForFunction(() => document.querySelector('#steps p[data-frame="4"]').classList.contains("active"), null, { timeout: 10000 });
      if (width !== 1200) await screenshot(page, `story-example-${width}`, { fullPage: false });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});

test("a host's bad story or frame is answered with relief:error, and the story shown is kept", async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(BASE_URL);
    const link = await storyLink(page, STORY);
    await page.goto(`${HOST}/article?src=${encodeURIComponent(`${BASE_URL}?embed=1&readonly=1&story=${link}`)}`);
    const frame = page.frameLocator("#embed");
    await frame.locator("#story-caption").filter({ hasText: STORY.frames[0].caption }).waitFor({ timeout: 20000 });
    const reply = async (message, type) => {
      const before = await page.evaluate(() => window.messages.length);
      await page.evaluate((m) => window.send(m), message);
      await page.waitForFunction(([n, t]) => window.messages.slice(n).some((m) => m.type === t), [before, type], { timeout: 10000 });
      return page.evaluate(([n, t]) => window.messages.slice(n).find((m) => m.type === t), [before, type]);
    };
    assert.deepEqual(await reply({ type: "relief:goto", frame: 2 }, "relief:frame"), { type: "relief:frame", frame: 2, count: 4, caption: STORY.frames[1].caption });
    const REFUSED = "The host page sent a message that cannot be used: ";
    assert.equal((await reply({ type: "relief:goto", frame: 9 }, "relief:error")).message, `${REFUSED}relief:goto: /frame: the story has 4 frames, not 9`);
    assert.equal((await reply({ type: "relief:goto", frame: "2" }, "relief:error")).message, `${REFUSED}relief:goto: /frame: expected a whole number from 1, got text "2"`);
    const bad = structuredClone(STORY);
    bad.frames[0].compare_previous = true;
    assert.match((await reply({ type: "relief:story", story: bad }, "relief:error")).message, /^The host page sent a message that cannot be used: relief:story: This story cannot be shown: .*\/frames\/0\/compare_previous/);
    assert.equal(await frame.locator("#story-caption").innerText(), STORY.frames[1].caption, "the story shown is kept");
    // A good story sent by the host replaces it, from its first frame.
    const other = { ...structuredClone(STORY), title: "Another story", frames: STORY.frames.slice(0, 2) };
    assert.equal((await reply({ type: "relief:story", story: other }, "relief:frame")).count, 2);
    assert.equal(await frame.locator("#story-title").innerText(), "Another story");
  } finally {
    await context.close();
  }
});
