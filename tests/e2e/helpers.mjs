// Shared helpers of the end-to-end tests: launching the system Chromium, opening the page
// with its console watched, reading canvases, and saving screenshots.

import { chromium } from "playwright-core";
import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The served site, e.g. from `cargo xtask serve`. */
export const BASE_URL = process.env.RELIEF_BASE_URL || "http://127.0.0.1:8000/";

/** The folder the site is served from: the release build in target/site, as it ships. */
export const SITE_DIR = process.env.RELIEF_SITE_DIR || fileURLToPath(new URL("../../target/site/", import.meta.url));

/** Where screenshots go: target/screenshots/ at the repository's root. */
export const SCREENSHOT_DIR = fileURLToPath(new URL("../../target/screenshots/", import.meta.url));

/** The five charts of the model's banded series and risk, by key; the outcomes chart is the sixth. */
export const CHARTS = ["trust", "economy", "risk", "leverage", "legitimacy"];

/**
 * How the summary begins at `month`: the trust in the target, by the target's type when the
 * projection has it (as new projections do), else as one figure.
 */
export function summaryStart(month) {
  const types = String.raw`if the target means it, trust in it is`;
  const one = String.raw`trust in the target(?:, which (?:means it in every|does not mean it in any) simulated future,)? is`;
  return new RegExp(String.raw`^By month ${month}, (?:${types}|${one}) \d\.\d\d \(middle half`);
}

/** Launches the system Chromium headless (never a downloaded one). */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Opens the page in a new context and waits for the first chart. Returns the page and the
 * console errors seen so far (the array keeps filling). Requests to any other origin are
 * recorded in `external` (the page must make none).
 */
export async function openPage(browser, { viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1, hasTouch = false, isMobile = false, path = "", counted = true, init = null, ...options } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor, hasTouch, isMobile, ...options });
  // A script of the test's own, run before any of the page's (to watch it from its start).
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  const external = [];
  const origin = new URL(BASE_URL).origin;
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  page.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) external.push(url);
  });
  const href = new URL(path, BASE_URL).href;
  // What the tests need is the first chart, not the load event: waiting for "load" also waits
  // for the service worker's background work.
  await page.goto(href, { waitUntil: "domcontentloaded" });
  await waitForFirstChart(page);
  // The first chart shows the first futures counted; unless the test watches the rest arrive,
  // it starts once every future is counted, so what it reads does not change under it.
  if (counted) await waitForCounted(page);
  return { context, page, errors, external };
}

/** Waits until the page has drawn a scenario with every one of its futures counted. */
export async function waitForCounted(page) {
  await page.waitForFunction(
    () => performance.getEntriesByName("relief:answer-complete").length > 0 || !document.getElementById("error").hidden,
    null,
    { timeout: 60000 },
  );
}

/** Waits until the page has drawn its first chart (or shows an error). */
export async function waitForFirstChart(page) {
  await page.waitForFunction(
    () => performance.getEntriesByName("relief:first-chart").length > 0 || !document.getElementById("error").hidden,
    null,
    { timeout: 15000 },
  );
  const error = await page.locator("#error").isVisible();
  if (error) throw new Error(`the page shows an error: ${await page.locator("#error").innerText()}`);
}

/** Waits for the next two animation frames (an update runs on the next one). */
export function frames(page, n = 2) {
  return page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const step = (k) => (k === 0 ? resolve() : requestAnimationFrame(() => step(k - 1)));
        step(n);
      }),
    n,
  );
}

/** How many `relief:update` measures the page has made. */
export function updateCount(page) {
  return page.evaluate(() => performance.getEntriesByName("relief:update").length);
}

/** Waits until the page has finished at least `count` updates, then one more frame. */
export async function waitForUpdates(page, count) {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName("relief:update").length >= n, count, { timeout: 10000 });
  } catch (err) {
    // Say what the page was doing, so a failure that does not repeat can still be read.
    const state = await page
      .evaluate(() => ({
        updates: performance.getEntriesByName("relief:update").length,
        starts: performance.getEntriesByName("relief:update-start").length,
        slices: performance.getEntriesByName("relief:slice-counted").length,
        dropped: performance.getEntriesByName("relief:counts-dropped").length,
        workersReady: performance.getEntriesByName("relief:worker-ready").length,
        dragging: [...document.querySelectorAll(".chip.dragging")].map((c) => c.getAttribute("aria-valuetext")),
        focused: document.activeElement?.getAttribute("aria-valuetext") ?? document.activeElement?.id ?? null,
        error: document.getElementById("error")?.hidden === false ? document.getElementById("error").innerText : null,
      }))
      .catch((e) => ({ unreadable: String(e) }));
    throw new Error(`waited for ${count} updates: ${err.message}; the page: ${JSON.stringify(state)}`);
  }
  await frames(page, 1);
}

/**
 * Waits until the change under way has ended (the charts no longer show its ghost), then for
 * the frame that redraws every chart: while a chip is held, charts out of sight keep their
 * last drawing.
 */
export async function changeEnded(page) {
  await page.waitForFunction(() => !document.getElementById("charts").classList.contains("changing"), null, { timeout: 10000 });
  await frames(page, 2);
}

/** A hash of every chart's pixels, by chart key. */
export async function chartHashes(page) {
  const data = await page.evaluate((keys) => {
    const out = {};
    for (const key of keys) {
      const canvas = document.getElementById(`chart-${key}`);
      out[key] = canvas.toDataURL("image/png");
    }
    return out;
  }, CHARTS);
  const hashes = {};
  for (const [k, v] of Object.entries(data)) hashes[k] = createHash("sha256").update(v).digest("hex").slice(0, 16);
  return hashes;
}

/** The chips on the timeline with what a screen reader hears of each. */
export function chips(page) {
  return page.$$eval(".chip[role=slider]", (els) =>
    els.map((el) => ({
      label: el.getAttribute("aria-label"),
      now: Number(el.getAttribute("aria-valuenow")),
      max: Number(el.getAttribute("aria-valuemax")),
      text: el.getAttribute("aria-valuetext"),
    })),
  );
}

/** The chip whose accessible name starts with `label`. */
export function chip(page, label) {
  return page.locator(`.chip[role=slider][aria-label^="${label}"]`).first();
}

/** The live summary's text, once it has settled after a change different from `before`. */
export async function summaryChangedFrom(page, before) {
  await page.waitForFunction((b) => {
    const t = document.getElementById("summary").textContent;
    return t && t !== b;
  }, before, { timeout: 5000 });
  return page.locator("#summary").innerText();
}

/** Saves a screenshot of the page as target/screenshots/NAME.png and returns its path. */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  // A person looks at these: show the page at rest, not chips halfway through a transition.
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), null, { timeout: 2000 })
    .catch(() => {});
  await page.screenshot({ path, fullPage });
  return path;
}

/** How many times the page has set the User Timing mark `name`. */
export function markCount(page, name) {
  return page.evaluate((n) => performance.getEntriesByName(n, "mark").length, name);
}

/**
 * Waits until the page has set the mark `name` more than `before` times: the page's own word
 * that something happened (a change settled, a run waits for the pointer), instead of a sleep.
 */
export async function waitForMark(page, name, before, { timeout = 10000 } = {}) {
  await page.waitForFunction(([n, count]) => performance.getEntriesByName(n, "mark").length > count, [name, before], { timeout });
}

/** Every built-in preset as the model describes it (name, kind, scenario, outcome, milestones). */
export async function readPresets(browser) {
  const { context, page } = await openPage(browser);
  try {
    return await page.evaluate(async () => {
      const m = await import(new URL("pkg/relief_web.js", location.href).href);
      return m.preset_list().map((p) => m.preset(p.name));
    });
  } finally {
    await context.close();
  }
}

/**
 * A finger on the page's touch screen, through Chromium's own touch input (as a real screen
 * sends it): `finger(type, x, y)` with type "touchStart", "touchMove" or "touchEnd".
 */
export async function touchscreen(context, page) {
  const cdp = await context.newCDPSession(page);
  return (type, x, y) =>
    cdp.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: type === "touchEnd" ? [] : [{ x, y, radiusX: 4, radiusY: 4, force: 1, id: 1 }],
    });
}

/** Opens the page on a phone with a touch screen (HiDPI), with a finger to touch it with. */
export async function openPhone(browser, { width = 390, height = 844 } = {}) {
  const opened = await openPage(browser, { viewport: { width, height }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  return { ...opened, finger: await touchscreen(opened.context, opened.page) };
}

/** CSS pixels per month on the timeline. */
export function pxPerMonth(page) {
  return page.locator("#timeline").evaluate((t) => parseFloat(t.style.getPropertyValue("--px-per-month")));
}
