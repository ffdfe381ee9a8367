// The Embed dialog: an editor chooses read-only or interactive, the charts, a caption and a
// theme, builds a story frame by frame from the scenario as it stands each time, and copies
// the iframe code; a story too long for a link travels in a file that the article sends to
// the frame. And the two options the dialog writes, charts= and theme=, as an embed applies them.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { BASE_URL, launch, openPage, screenshot, waitForFirstChart } from "./helpers.mjs";
import { policyViolations, seriousViolations, watchPolicy } from "./scenario-helpers.mjs";
import { DEFAULT_SCENARIO, linkFor, moveChip } from "./share-helpers.mjs";

const ORIGIN = new URL(BASE_URL).origin;
let browser;
/** An article's site on another origin, serving the page an author would paste the code into. */
let hostServer;
let HOST;
const article = { html: "", story: "" };

before(async () => {
  browser = await launch();
  hostServer = createServer((req, res) => {
    const path = new URL(req.url, "http://localhost").pathname;
    if (path === "/article") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(article.html);
    else if (path === "/story.json") res.writeHead(200, { "content-type": "application/json" }).end(article.story);
    else res.writeHead(404).end();
  });
  await new Promise((resolve) => hostServer.listen(0, "127.0.0.1", resolve));
  HOST = `http://127.0.0.1:${hostServer.address().port}`;
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => hostServer?.close(resolve));
});

/** Opens the Embed dialog and waits until it is open (on a phone, from under "More"). */
async function openDialog(page) {
  if (await page.locator("#more-button").isVisible()) await page.click("#more-button");
  await page.click("#embed-button");
  await page.locator("#embed-dialog[open]").waitFor();
}

/** The address in the dialog's iframe code, read as the article's browser would read it. */
async function codeUrl(page) {
  const code = await page.locator("#eb-code").inputValue();
  const src = /src="([^"]+)"/.exec(code)?.[1];
  assert.ok(src, `the code has an src: ${code}`);
  return new URL(src.replace(/&amp;/g, "&").replace(/&quot;/g, '"'));
}

/** The scenario the page shows now, read from its address (a settled change puts it there). */
function scenarioInAddress(page) {
  return page.evaluate(async () => {
    const m = await import(new URL("pkg/relief_web.js", location.href).href);
    return m.validate(m.scenario_from_link(location.hash.slice(1)));
  });
}

/** A scenario with its steps in one canonical order, for comparing what is shown. */
function canonical(scenario) {
  const steps = [...scenario.steps].map((s) => JSON.stringify(s, Object.keys(s).sort())).sort();
  return { ...scenario, steps };
}

/** Adds a frame from the scenario now, with a caption. */
async function addFrame(page, caption) {
  const before = await page.locator(".eb-frame").count();
  await page.click("#eb-add-frame");
  await page.locator(".eb-frame").nth(before).waitFor();
  await page.locator(".eb-frame-caption").nth(before).fill(caption);
}

/** Text that deflates poorly, so a few long captions make a story too long for a link. */
function noisyCaption(seed, length = 590) {
  let x = seed * 7919 + 17;
  const words = [];
  let n = 0;
  while (n < length) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const word = x.toString(36).slice(0, 3 + (x % 6));
    words.push(word);
    n += word.length + 1;
  }
  return words.join(" ").slice(0, length);
}

test("the code's address has exactly the options chosen, and the dialog behaves as a dialog", async () => {
  const { context, page, errors, external } = await openPage(browser, { viewport: { width: 1366, height: 768 } });
  try {
    await moveChip(page, "Sectoral easing", 2);
    const shown = await scenarioInAddress(page);
    await openDialog(page);
    assert.ok(await page.evaluate(() => document.getElementById("embed-dialog").contains(document.activeElement)), "focus is in the dialog");

    // The defaults: read-only, the three main charts, no caption, the reader's theme.
    let url = await codeUrl(page);
    assert.deepEqual([...url.searchParams.keys()].sort(), ["charts", "embed", "readonly"]);
    assert.equal(url.searchParams.get("charts"), "trust,economy,risk");

    await page.check("#eb-interactive");
    for (const key of ["trust", "economy", "risk", "leverage", "legitimacy"]) await page.locator(`#eb-chart-${key}`).setChecked(key === "economy" || key === "leverage");
    const caption = "Relief before monitoring & after: what the risk does";
    await page.fill("#eb-caption", caption);
    await page.check("#eb-theme-dark");

    url = await codeUrl(page);
    assert.deepEqual([...url.searchParams.keys()].sort(), ["caption", "charts", "embed", "theme"], "exactly these parameters, and no readonly");
    assert.equal(url.searchParams.get("embed"), "1");
    assert.equal(url.searchParams.get("charts"), "economy,leverage", "the charts in the page's order");
    assert.equal(url.searchParams.get("theme"), "dark");
    assert.equal(url.searchParams.get("caption"), caption);
    assert.equal(url.origin, ORIGIN);
    // With no frames the code embeds the scenario as it is now, in the fragment.
    const inCode = await page.evaluate(async (hash) => {
      const m = await import(new URL("pkg/relief_web.js", location.href).href);
      return m.validate(m.scenario_from_link(hash));
    }, url.hash.slice(1));
    assert.deepEqual(inCode, shown);
    assert.match(await page.locator("#eb-summary").innerText(), /Interactive, the charts economic recovery and leverage held, theme dark/);

    // Copying says so, next to the button and to screen readers.
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
    await page.click("#eb-copy-code");
    await page.waitForFunction(() => /Iframe code (copied|selected)/.test(document.getElementById("eb-copy-status").textContent));
    assert.match(await page.locator("#share-status").textContent(), /Iframe code (copied|selected)/);
    await screenshot(page, "embed-builder-options", { fullPage: false });

    // Escape closes it, and focus goes back to the Embed button; the choices are kept.
    await page.keyboard.press("Escape");
    await page.locator("#embed-dialog").waitFor({ state: "hidden" });
    assert.equal(await page.evaluate(() => document.activeElement?.id), "embed-button");
    await page.reload();
    await page.waitForFunction(() => !document.getElementById("embed-button").disabled);
    await openDialog(page);
    assert.equal(await page.locator("#eb-caption").inputValue(), caption, "the session keeps the choices");
    assert.ok(await page.locator("#eb-theme-dark").isChecked());
    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
  } finally {
    await context.close();
  }
});

test("a story made of two frames shows each frame as the page was when it was added", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    await moveChip(page, "Sectoral easing", 2);
    const first = await scenarioInAddress(page);
    await openDialog(page);
    assert.equal(await page.locator(".eb-frame").count(), 0, "no frames at first");
    await addFrame(page, "First, the humanitarian exemption and a little easing.");
    await page.click("#embed-dialog .dialog-close");

    // The author moves steps with the dialog closed, then comes back for the next frame.
    await moveChip(page, "Financial channels", -4);
    await moveChip(page, "Sectoral easing", 3);
    const second = await scenarioInAddress(page);
    assert.notDeepEqual(canonical(first).steps, canonical(second).steps);
    await openDialog(page);
    assert.equal(await page.locator(".eb-frame").count(), 1, "the first frame is still there");
    await addFrame(page, "Then the financial channels earlier, and the easing later.");
    await page.selectOption(".eb-frame >> nth=1 >> select", "backsliding_risk");
    await page.fill(".eb-frame >> nth=1 >> input[type=number]", "24");
    await page.check(".eb-frame >> nth=1 >> input[type=checkbox]");
    assert.ok(await page.locator(".eb-frame >> nth=0 >> input[type=checkbox]").isDisabled(), "the first frame compares with nothing");

    const url = await codeUrl(page);
    const link = url.searchParams.get("story");
    assert.ok(link, "a short story travels in the address");
    assert.equal(url.hash, "", "and the address holds no scenario of its own");
    assert.ok(url.href.length <= 2000);
    const read = await page.evaluate(async (link) => {
      const m = await import(new URL("pkg/relief_web.js", location.href).href);
      const text = m.story_from_link(link);
      const story = JSON.parse(text);
      const frames = story.frames.map((_, i) => m.validate(m.story_frame_scenario(text, i)));
      return { story, frames };
    }, link);
    assert.equal(read.story.format, "relief-story/1");
    assert.equal(read.story.frames.length, 2);
    assert.deepEqual(read.story.frames.map((f) => f.caption), [
      "First, the humanitarian exemption and a little easing.",
      "Then the financial channels earlier, and the easing later.",
    ]);
    assert.deepEqual(read.story.frames[1].highlight, { series: "backsliding_risk", month: 24 });
    assert.equal(read.story.frames[1].compare_previous, true);
    assert.ok(!read.story.frames[0].compare_previous);
    // The base is the latest frame; the first frame adds the steps the base no longer has.
    assert.ok(read.story.frames[0].add?.length >= 2, "the first frame adds the two steps that moved");
    assert.deepEqual(canonical(read.frames[0]), canonical(first), "frame 1 is the page as it was then");
    assert.deepEqual(canonical(read.frames[1]), canonical(second), "frame 2 is the page as it was then");

    // Frames move and go: a third one, moved up, then removed.
    await addFrame(page, "A third frame.");
    await page.click(".eb-frame >> nth=2 >> button:has-text('Move up')");
    assert.deepEqual(await page.locator(".eb-frame-caption").evaluateAll((els) => els.map((e) => e.value)), [
      "First, the humanitarian exemption and a little easing.",
      "A third frame.",
      "Then the financial channels earlier, and the easing later.",
    ]);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), "Move up", "focus stays on the button pressed");
    await page.click(".eb-frame >> nth=1 >> button:has-text('Remove')");
    assert.equal(await page.locator(".eb-frame").count(), 2);

    // A frame without a caption is said in words, and no code is offered for it.
    await page.locator(".eb-frame-caption").nth(0).fill("");
    await page.locator("#eb-story-error").waitFor();
    assert.match(await page.locator("#eb-story-error").innerText(), /Frame 1 has no caption/);
    assert.equal(await page.locator("#eb-code").inputValue(), "");
    assert.ok(await page.locator("#eb-copy-code").isDisabled());

    // What the model finds wrong with a story is said in words next to the frames: here a
    // highlight past the horizon, in frames kept from earlier in the session.
    await page.evaluate(() => {
      const key = "relief-sequencer:embed-builder:v1";
      const kept = JSON.parse(sessionStorage.getItem(key));
      kept.frames[0].caption = "Back again.";
      Object.assign(kept.frames[1], { series: "trust", month: 99 });
      sessionStorage.setItem(key, JSON.stringify(kept));
    });
    await page.reload();
    await page.waitForFunction(() => !document.getElementById("embed-button").disabled);
    await openDialog(page);
    await page.locator("#eb-story-error").waitFor();
    assert.match(await page.locator("#eb-story-error").innerText(), /^Frame 2 \(highlight, month\): .*99.*48/);
    assert.equal(await page.locator("#eb-code").inputValue(), "");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a story too long for a link travels in a file, which the article sends to the frame", async () => {
  const { context, page, errors } = await openPage(browser, { acceptDownloads: true });
  try {
    // The dialog and its previews keep to the site's Content-Security-Policy.
    await watchPolicy(context);
    await page.reload();
    await waitForFirstChart(page);
    await openDialog(page);
    const captions = [];
    for (let i = 0; i < 8; i++) {
      if (i > 0) {
        await page.click("#embed-dialog .dialog-close");
        await moveChip(page, "Sectoral easing", 1);
        await openDialog(page);
      }
      captions.push(noisyCaption(i + 1));
      await addFrame(page, captions[i]);
    }
    await page.locator("#eb-file").waitFor();
    assert.match(await page.locator("#eb-summary").innerText(), /too long for a link/);
    const url = await codeUrl(page);
    assert.equal(url.searchParams.get("story"), null, "the story is not in the address");
    assert.match(url.hash, /^#s1\./, "the frame opens on the first frame's scenario");
    assert.ok(url.href.length < 2000);
    const host = await page.locator("#eb-host").inputValue();
    assert.match(host, /fetch\("story\.json"\)/);
    assert.match(host, /postMessage\(\{ type: "relief:story", story \}, ORIGIN\)/);
    assert.ok(host.includes(JSON.stringify(ORIGIN)), "the script names the explorer's origin");

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#eb-download")]);
    assert.equal(download.suggestedFilename(), "story.json");
    const file = readFileSync(await download.path(), "utf8");
    const story = JSON.parse(file);
    assert.equal(story.format, "relief-story/1");
    assert.deepEqual(story.frames.map((f) => f.caption), captions);

    // The article, on its own site: the code, the script, and story.json beside it.
    article.story = file;
    article.html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,"></head><body>
<script>window.heard = []; addEventListener("message", (e) => window.heard.push(e.data));</script>
${await page.locator("#eb-code").inputValue()}
${host}
</body></html>`;
    const reader = await context.newPage();
    await reader.goto(`${HOST}/article`);
    await reader.waitForFunction(
      (count) => window.heard.some((m) => m?.type === "relief:frame" && m.count === count),
      captions.length,
      { timeout: 30000 },
    );
    const shown = await reader.frameLocator("#relief-story").locator("body").innerText();
    assert.ok(shown.includes(captions[0].slice(0, 60)), "the embed shows the first frame's caption");

    // The preview sends the story to its frames as the article's script does.
    await page.click("#eb-update-preview");
    await page.frameLocator("#eb-preview-desktop").locator(`text=${captions[0].slice(0, 40)}`).first().waitFor({ timeout: 30000 });
    await screenshot(page, "embed-builder-file", { fullPage: false });
    assert.deepEqual(await policyViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("an embed shows only the charts asked for, in the theme asked for, both ways", async () => {
  const link = linkFor(DEFAULT_SCENARIO);
  const embed = (colorScheme, query) => openPage(browser, { viewport: { width: 900, height: 640 }, colorScheme, path: `?embed=1&${query}#${link}` });
  const visible = (page) =>
    page.$$eval("#charts > figure.chart", (figures) => figures.filter((f) => f.offsetParent !== null).map((f) => f.querySelector("canvas").id));
  /** The page's background, and the economy chart's pixels (drawn in the charts' theme). */
  const look = (page) =>
    page.evaluate(() => ({
      background: getComputedStyle(document.body).backgroundColor,
      chart: document.getElementById("chart-economy").toDataURL("image/png"),
    }));
  // The charts as a light reader's and a dark reader's embed draw them, with no theme asked.
  const reference = {};
  for (const scheme of ["light", "dark"]) {
    const opened = await embed(scheme, "charts=economy,risk");
    reference[scheme] = await look(opened.page);
    await opened.context.close();
  }
  assert.notEqual(reference.light.chart, reference.dark.chart);

  // A light reader, a dark article: the page and the charts are dark.
  const dark = await embed("light", "charts=risk,economy,bogus&theme=dark");
  try {
    assert.deepEqual(await visible(dark.page), ["chart-economy", "chart-risk"], "only those, in the page's order");
    assert.ok(await dark.page.evaluate(() => document.documentElement.classList.contains("theme-dark")));
    const seen = await look(dark.page);
    assert.equal(seen.background, "rgb(21, 21, 24)");
    assert.equal(seen.background, reference.dark.background);
    assert.ok(seen.chart === reference.dark.chart, "the charts are drawn in the dark theme");
    await screenshot(dark.page, "embed-options-dark", { fullPage: false });
    assert.deepEqual(dark.errors, []);
  } finally {
    await dark.context.close();
  }
  // A dark reader, a light article: the page and the charts are light.
  const light = await embed("dark", "charts=economy,risk&theme=light");
  try {
    const seen = await look(light.page);
    assert.equal(seen.background, "rgb(255, 255, 255)");
    assert.ok(seen.chart === reference.light.chart, "the charts are drawn in the light theme");
  } finally {
    await light.context.close();
  }
  // A side chart asked for shows even in a frame that would leave it out.
  const side = await embed("light", "charts=legitimacy&theme=high-contrast");
  try {
    assert.deepEqual(await visible(side.page), ["chart-legitimacy"]);
    assert.ok(await side.page.evaluate(() => document.documentElement.classList.contains("theme-high-contrast")));
  } finally {
    await side.context.close();
  }
  // Nothing valid is everything; and the full page always follows its reader.
  const none = await openPage(browser, { viewport: { width: 1280, height: 800 }, path: `?embed=1&charts=bogus&theme=sepia#${link}` });
  try {
    assert.equal((await visible(none.page)).length, 5);
    assert.equal(await none.page.evaluate(() => document.documentElement.className.includes("theme-")), false);
  } finally {
    await none.context.close();
  }
  const full = await openPage(browser, { colorScheme: "light", path: `?theme=dark&charts=risk#${link}` });
  try {
    assert.equal(await full.page.evaluate(() => document.documentElement.className.includes("theme-")), false);
    assert.equal((await visible(full.page)).length, 6);
  } finally {
    await full.context.close();
  }
});

test("the dialog has no serious accessibility problem, and fits a phone", async () => {
  const { context, page, errors } = await openPage(browser, { viewport: { width: 360, height: 740 }, bypassCSP: true });
  try {
    await openDialog(page);
    await addFrame(page, "A frame to read.");
    await page.selectOption(".eb-frame >> nth=0 >> select", "trust");
    assert.deepEqual(await seriousViolations(page), []);
    const overflow = await page.evaluate(() => {
      const body = document.querySelector("#embed-dialog .dialog-body");
      return body.scrollWidth - body.clientWidth;
    });
    assert.ok(overflow <= 0, `nothing is wider than the dialog (${overflow} px over)`);
    await screenshot(page, "embed-builder-phone", { fullPage: false });
    await page.click("#eb-update-preview");
    await page.locator("#eb-previews.is-stacked").waitFor();
    const boxes = await page.evaluate(() => {
      const body = document.querySelector("#embed-dialog .dialog-body").getBoundingClientRect();
      return [...document.querySelectorAll(".eb-screen")].map((s) => {
        const r = s.getBoundingClientRect();
        return { left: r.left >= body.left - 1, right: r.right <= body.right + 1 };
      });
    });
    assert.deepEqual(boxes, [{ left: true, right: true }, { left: true, right: true }], "both previews fit, one above the other");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
