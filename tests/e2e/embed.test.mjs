// Embedding: ?embed=1 shows only the timeline and the charts, fitted to the frame; readonly=1
// locks editing; caption=… is shown as text; the embedded page tells its host page that it is
// ready, that the scenario changed, and about errors, and accepts only the documented messages.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { BASE_URL, launch, screenshot, frames, markCount, waitForMark } from "./helpers.mjs";
import { BAD_SCENARIOS, DEFAULT_SCENARIO, articleHtml, linkFor } from "./share-helpers.mjs";

const ORIGIN = new URL(BASE_URL).origin;
let browser;
/** A host site on another origin (another port), as an article's site would be. */
let hostServer;
let HOST;


before(async () => {
  browser = await launch();
  hostServer = createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (url.pathname !== "/article") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(articleHtml(url.searchParams.get("src"), url.searchParams.get("width"), url.searchParams.get("height")));
  });
  await new Promise((resolve) => hostServer.listen(0, "127.0.0.1", resolve));
  HOST = `http://127.0.0.1:${hostServer.address().port}`;
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => hostServer?.close(resolve));
});

/**
 * An article on another origin with the embed in an iframe. Returns the page, the embed's
 * frame, what was asked of any origin other than the two, and the errors seen.
 */
async function hostPage({ query = "embed=1", fragment = linkFor(DEFAULT_SCENARIO), width = 800, height = 560 } = {}) {
  const context = await browser.newContext({ viewport: { width: width + 40, height: height + 40 } });
  const page = await context.newPage();
  const external = [];
  const errors = [];
  page.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith(HOST) && !url.startsWith("data:") && !url.startsWith("blob:")) external.push(url);
  });
  page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("dialog", (dialog) => {
    errors.push(`a dialog opened: ${dialog.message()}`);
    dialog.dismiss();
  });
  const src = `${BASE_URL}?${query}${fragment ? `#${fragment}` : ""}`;
  await page.goto(`${HOST}/article?${new URLSearchParams({ src, width, height })}`);
  await waitForMessage(page, "relief:ready");
  const frame = page.frames().find((f) => f.url().startsWith(BASE_URL));
  return { context, page, frame, external, errors };
}

function messages(page, type) {
  return page.evaluate((t) => window.messages.filter((m) => m && m.type === t), type);
}

async function waitForMessage(page, type, count = 1) {
  await page.waitForFunction(([t, n]) => window.messages.filter((m) => m && m.type === t).length >= n, [type, count], { timeout: 15000 });
  return (await messages(page, type))[count - 1];
}

test("an embedded page tells its host it is ready, that the scenario changed, and about errors", async () => {
  const { context, page, frame, external, errors } = await hostPage();
  try {
    const ready = await messages(page, "relief:ready");
    assert.deepEqual(ready, [{ type: "relief:ready" }]);
    assert.ok(await frame.evaluate(() => performance.getEntriesByName("relief:first-chart").length === 1), "ready comes after the first chart");
    const historyBefore = await page.evaluate(() => history.length);

    // A reader moves a step: one relief:changed with the whole scenario, once it settles.
    const chip = frame.locator('.chip[role=slider][aria-label^="Sectoral easing"]');
    await chip.focus();
    const settledBefore = await markCount(frame, "relief:settled");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const changed = await waitForMessage(page, "relief:changed");
    assert.equal(changed.scenario.format, "relief-scenario/1");
    assert.equal(changed.scenario.steps.find((s) => s.kind === "sectoral_easing").month, 8);
    // The page's own word that the gesture has settled: nothing more can come of it.
    await waitForMark(frame, "relief:settled", settledBefore);
    await frames(page, 2);
    assert.equal(await markCount(frame, "relief:settled"), settledBefore + 1, "the two presses settled once");
    assert.equal((await messages(page, "relief:changed")).length, 1, "two key presses in a row are one change");

    // The host sends a scenario with a bad field: relief:error names it, the scenario is kept.
    await page.evaluate(() => window.send({ type: "relief:load", scenario: { format: "relief-scenario/1", steps: [{ kind: "sectoral_easing", month: 99 }] } }));
    const error = await waitForMessage(page, "relief:error");
    assert.match(error.message, /relief:load: \/scenario\/steps\/0\/month: 99 is past horizon_months 48/);
    assert.equal(await chip.getAttribute("aria-valuenow"), "8");
    // The host's mistake is the host's to see: the article's reader sees no error.
    assert.equal(await frame.locator("#error").isVisible(), false);

    // A good scenario from the host is shown, and not echoed back as relief:changed.
    const story = structuredClone(DEFAULT_SCENARIO);
    story.steps = story.steps.filter((s) => s.kind !== "financial_channels");
    const loadedBefore = await markCount(frame, "relief:settled");
    await page.evaluate((s) => window.send({ type: "relief:load", scenario: s }), story);
    await frame.waitForFunction(() => !document.querySelector('.chip[aria-label^="Financial channels"]'));
    // The loaded scenario has settled (a host's scenario settles at once, untold).
    await waitForMark(frame, "relief:settled", loadedBefore);
    await frames(page, 2);
    assert.equal((await messages(page, "relief:changed")).length, 1);

    // The embed keeps nothing in the reader's storage and adds no entry to the host's history.
    assert.equal(await frame.evaluate(() => localStorage.getItem("relief-sequencer:scenario:v1")), null);
    assert.equal(await page.evaluate(() => history.length), historyBefore);
    assert.deepEqual(external, [], "no request to any other origin");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("readonly=1 really locks editing, and the charts stay readable", async () => {
  const { context, page, frame, errors } = await hostPage({ query: "embed=1&readonly=1" });
  try {
    const chip = frame.locator('.chip[role=slider][aria-label^="Sectoral easing"]');
    assert.equal(await chip.getAttribute("aria-readonly"), "true");
    assert.match(await frame.locator("#timeline-hint").textContent(), /This scenario is locked/);
    const months = async () => frame.$$eval(".chip[role=slider]", (els) => els.map((el) => el.getAttribute("aria-valuenow")).join(","));
    const before = await months();
    const settled = await markCount(frame, "relief:settled");

    // Keys, Delete, a drag and the undo shortcut change nothing.
    await chip.focus();
    for (const key of ["ArrowRight", "PageUp", "End", "Delete", "Backspace", "Control+z"]) await page.keyboard.press(key);
    const box = await chip.boundingBox();
    await page.mouse.move(box.x + 8, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 200, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await frames(page, 2);
    // A move would show at once, and would be a change waiting to settle: neither happened.
    assert.equal(await months(), before);
    assert.equal(await markCount(frame, "relief:settle-waits"), 0);
    assert.equal(await markCount(frame, "relief:settled"), settled);
    assert.equal((await messages(page, "relief:changed")).length, 0);

    // The charts can still be read, month by month, from the keyboard.
    const canvas = frame.locator("#chart-trust");
    await canvas.focus();
    await page.keyboard.press("Home");
    await frames(page, 2);
    await frame.waitForFunction(() => document.getElementById("readout").textContent.includes("Month 0"));
    assert.match(await canvas.getAttribute("aria-valuetext"), /month 0/i);

    // The host can still tell the story step by step.
    const story = structuredClone(DEFAULT_SCENARIO);
    story.steps[1].month = 12;
    await page.evaluate((s) => window.send({ type: "relief:load", scenario: s }), story);
    await frame.waitForFunction(() => document.querySelector('.chip[aria-label^="Independent monitoring"]').getAttribute("aria-valuenow") === "12");
    await page.evaluate(() => window.send({ type: "relief:highlight", month: 30 }));
    await frame.waitForFunction(() => document.getElementById("readout").textContent.includes("Month 30"));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the caption is shown as text, and the link opens the full page with the same scenario", async () => {
  const hostile = `<img src=x onerror=alert(1)> & "quotes" <script>alert(2)</script>`;
  const query = `embed=1&caption=${encodeURIComponent(hostile)}`;
  const { context, page, frame, errors } = await hostPage({ query });
  try {
    assert.equal(await frame.locator("#embed-caption").textContent(), hostile);
    assert.equal(await frame.locator("img").count(), 0, "no element was made from the caption");
    assert.equal(await frame.locator("main script").count(), 0);

    // Without the page's header, the embed still says what it is.
    assert.ok(await frame.locator("#embed-nature").isVisible());
    assert.equal(await frame.locator("#embed-nature").textContent(), "An illustration, not a forecast");
    const open = frame.locator("#embed-open");
    assert.equal(await open.getAttribute("target"), "_blank");
    assert.equal(await open.getAttribute("rel"), "noopener");
    assert.equal(await open.textContent(), "Open in Relief Sequencer (opens in a new tab)");
    const href = new URL(await open.getAttribute("href"));
    assert.equal(`${href.origin}${href.pathname}`, BASE_URL);
    assert.match(href.hash, /^#s1\./);
    assert.equal(href.search, "", "the full page, without the embed's parameters");

    // After a change the link follows the scenario.
    await frame.locator('.chip[role=slider][aria-label^="Compliance step"]').focus();
    await page.keyboard.press("ArrowRight");
    const changed = await waitForMessage(page, "relief:changed");
    const after = new URL(await open.getAttribute("href"));
    assert.notEqual(after.hash, href.hash);
    const opened = await context.newPage();
    await opened.goto(after.href);
    await opened.waitForFunction(() => performance.getEntriesByName("relief:first-chart").length > 0);
    assert.equal(await opened.locator('.chip[role=slider][aria-label^="Compliance step"]').getAttribute("aria-valuenow"), String(changed.scenario.steps.find((s) => s.kind === "compliance_step").month));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// Article columns are most often 600 to 800 px wide.
for (const [width, height] of [
  [320, 400],
  [600, 560],
  [700, 560],
  [700, 700],
  [800, 560],
  [1280, 800],
]) {
  test(`the embed fits a ${width}×${height} frame: only the timeline and the charts`, async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    try {
      await page.goto(`${BASE_URL}?embed=1&readonly=1&preset=phased-and-verified&caption=${encodeURIComponent("Relief in phases, verified at each step")}`);
      await page.waitForFunction(() => performance.getEntriesByName("relief:first-chart").length > 0, null, { timeout: 15000 });
      await frames(page, 4);
      const layout = await page.evaluate(() => {
        const visible = (sel) => {
          const el = document.querySelector(sel);
          if (!el) return false;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== "hidden";
        };
        const canvas = document.getElementById("chart-trust").getBoundingClientRect();
        return {
          scrollWidth: document.documentElement.scrollWidth,
          scrollHeight: document.documentElement.scrollHeight,
          header: visible(".top"),
          side: visible(".side"),
          palette: visible("#palette"),
          footer: visible(".foot"),
          timeline: visible("#timeline"),
          timelineTop: document.getElementById("timeline").getBoundingClientRect().top,
          caption: visible("#embed-caption"),
          chart: canvas.height,
          chartTop: canvas.top,
          risk: visible("#chart-risk"),
          // Side by side: the three main charts share some height on screen.
          sideBySide: (() => {
            const boxes = ["trust", "economy", "risk"].map((k) => document.getElementById(`chart-${k}`).getBoundingClientRect());
            return Math.max(...boxes.map((b) => b.top)) < Math.min(...boxes.map((b) => b.bottom));
          })(),
          baselineKey: [...document.querySelectorAll(".legend li")].some((li) => li.offsetParent !== null && li.textContent === "Baseline"),
          rangeNamed: visible(".readout-range"),
          readout: visible("#readout-box"),
        };
      });
      assert.ok(layout.scrollWidth <= width, `no sideways scrolling: ${layout.scrollWidth} > ${width}`);
      assert.equal(layout.header, false);
      assert.equal(layout.side, false);
      assert.equal(layout.palette, false);
      assert.equal(layout.footer, false);
      assert.ok(layout.timeline && layout.timelineTop < height / 2, "the timeline is at the top");
      assert.ok(layout.caption);
      assert.ok(layout.chart >= 96, `the charts are readable: ${layout.chart} px`);
      assert.ok(layout.risk, "the three main charts are shown");
      if (width >= 600) assert.ok(layout.sideBySide, "the three main charts side by side");
      assert.equal(layout.baselineKey, false, "no Baseline entry: the embed shows no baseline to compare with");
      // Where the readout is shown, it names its range.
      if (layout.readout) assert.ok(layout.rangeNamed, "the readout names its range");
      if (height >= 560) {
        assert.ok(layout.scrollHeight <= height + 1, `everything fits the frame: ${layout.scrollHeight} > ${height}`);
      } else {
        assert.ok(layout.chartTop < height, "the first chart starts within the frame");
      }
      await screenshot(page, `embed-${width}x${height}`, { fullPage: false });
    } finally {
      await context.close();
    }
  });
}

test("the embed accepts only the documented messages and names what is wrong with a bad one", async () => {
  const { context, page, frame, errors } = await hostPage();
  try {
    const months = () => frame.$$eval(".chip[role=slider]", (els) => els.map((el) => el.getAttribute("aria-valuenow")).join(","));
    const before = await months();
    const errorCount = async () => (await messages(page, "relief:error")).length;

    // Anything that is not a relief:* message is ignored without a word.
    const junk = ["relief:load", 42, null, [], ["relief:load"], { type: 7 }, { type: "load", scenario: DEFAULT_SCENARIO }, { kind: "relief:load" }, { type: "relief:ready" }, { type: "relief:changed", scenario: {} }, { type: "relief:error", message: "echo" }];
    for (const m of junk) await page.evaluate((message) => window.send(message), m);
    // Messages are handled in the order they are sent, so the answers to the cases below come
    // after the junk was handled: the count of answers proves the junk got none.

    // A well-formed relief:* message with bad content is answered, naming the field.
    const cases = [
      [{ type: "relief:explode" }, 'unknown message type "relief:explode"; the embed accepts relief:load, relief:highlight, relief:story and relief:goto'],
      [{ type: "relief:load" }, "relief:load: /scenario: missing"],
      [{ type: "relief:load", scenario: DEFAULT_SCENARIO, colour: "red" }, 'relief:load: unknown field "colour"'],
      [{ type: "relief:load", scenario: JSON.stringify(DEFAULT_SCENARIO) }, "relief:load: /scenario: expected an object, got text"],
      [{ type: "relief:load", scenario: [] }, "relief:load: /scenario: expected an object, got a list"],
      [{ type: "relief:load", scenario: null }, "relief:load: /scenario: expected an object, got null"],
      [{ type: "relief:highlight", month: "3" }, 'relief:highlight: /month: expected a whole number from 0 to 48 or null, got text "3"'],
      [{ type: "relief:highlight", month: 49 }, "relief:highlight: /month: expected a whole number from 0 to 48 or null, got 49"],
      [{ type: "relief:highlight", month: 2.5 }, "got 2.5"],
      [{ type: "relief:highlight", month: -1 }, "got -1"],
      [{ type: "relief:highlight" }, "got nothing"],
      [{ type: "relief:highlight", month: 3, at: "now" }, 'relief:highlight: unknown field "at"'],
    ];
    let expected = 0;
    for (const [message, phrase] of cases) {
      await page.evaluate((m) => window.send(m), message);
      const answer = await waitForMessage(page, "relief:error", ++expected);
      assert.ok(answer.message.includes(phrase), `${JSON.stringify(message).slice(0, 80)}: ${answer.message}`);
    }
    assert.equal(await errorCount(), cases.length, "junk is ignored silently");

    // The shared battery of bad scenarios, sent as relief:load (those that are JSON at all; the
    // host page parses them itself, as deep as they go).
    for (const c of BAD_SCENARIOS) {
      try {
        JSON.parse(c.input);
      } catch {
        continue;
      }
      // A document nested thousands deep cannot even be posted (the browser refuses to clone
      // it), so it never reaches the embed.
      const sent = await page.evaluate((text) => {
        try {
          window.send({ type: "relief:load", scenario: JSON.parse(text) });
          return true;
        } catch {
          return false;
        }
      }, c.input);
      if (!sent) continue;
      const answer = await waitForMessage(page, "relief:error", ++expected);
      const path = `/scenario${c.path}`;
      assert.ok(answer.message.includes(path) && answer.message.includes(c.message), `${c.name}: ${answer.message}`);
    }

    // After all of it the reader's scenario is untouched and the page still works.
    assert.equal(await months(), before);
    await page.evaluate(() => window.send({ type: "relief:highlight", month: 12 }));
    await frame.waitForFunction(() => document.getElementById("readout").textContent.includes("Month 12"));
    await page.evaluate(() => window.send({ type: "relief:highlight", month: null }));
    await frame.waitForFunction(() => document.getElementById("readout").textContent.includes("At the end"));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
