// The scenario travels and is never lost: it lives in the address (back and forward step
// through changes), in this browser's storage (restored on the next visit, a link winning over
// it), in an undo history, and in the Share dialog's link, embed code and QR code.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { BASE_URL, launch, openPage, screenshot, waitForFirstChart, frames, markCount, waitForMark } from "./helpers.mjs";
import {
  DEFAULT_SCENARIO,
  chipMonth,
  chipMonths,
  errorText,
  linkChangedFrom,
  linkFor,
  moveChip,
  shownTitle,
} from "./share-helpers.mjs";

const STORAGE_KEY = "relief-sequencer:scenario:v1";
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

test("a change goes into the link, and the link opens the same scenario after a reload", async () => {
  const { context, page, errors, external } = await openPage(browser);
  try {
    assert.equal(new URL(page.url()).hash, "", "the page opens without a link");
    const month = await moveChip(page, "Sectoral easing", 3);
    assert.equal(month, 9);
    const hash = await linkChangedFrom(page, "");
    assert.match(hash, /^#s1\.[A-Za-z0-9_-]+$/);
    const before = await chipMonths(page);
    // A fresh context has no saved scenario: only the link can bring the change back.
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(page.url());
    await waitForFirstChart(other);
    assert.deepEqual(await chipMonths(other), before);
    assert.equal(await shownTitle(other), DEFAULT_SCENARIO.title);
    await fresh.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
  } finally {
    await context.close();
  }
});

test("back and forward step through settled changes, and a drag is one step", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const start = await page.evaluate(() => history.length);
    await moveChip(page, "Sectoral easing", 2); // 6 → 8
    const afterFirst = await page.evaluate(() => location.hash);

    // A pointer drag across several months: one history entry and one undo step.
    const chip = page.locator('.chip[role=slider][aria-label^="Financial channels"]').first();
    const box = await chip.boundingBox();
    const ppm = await page.evaluate(() => parseFloat(getComputedStyle(document.getElementById("timeline")).getPropertyValue("--px-per-month")));
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 6; i++) {
      await page.mouse.move(box.x + 10 + i * ppm, box.y + box.height / 2, { steps: 2 });
      await frames(page, 1);
    }
    // Still while the button is held: the quiet time passes, and the change waits for the
    // pointer to come up (the page marks both).
    const waitsBefore = await markCount(page, "relief:settle-waits");
    const settledBefore = await markCount(page, "relief:settled");
    await waitForMark(page, "relief:settle-waits", waitsBefore);
    assert.equal(await markCount(page, "relief:settled"), settledBefore, "nothing settles while the button is held");
    await page.mouse.up();
    await waitForMark(page, "relief:settled", settledBefore);
    assert.equal(await chipMonth(page, "Financial channels"), 24);
    assert.equal(await page.evaluate(() => history.length), start + 2, "two settled changes, two entries");

    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.chip[aria-label^="Financial channels"]').getAttribute("aria-valuenow") === "18");
    assert.equal(await chipMonth(page, "Sectoral easing"), 8);
    assert.equal(await page.evaluate(() => location.hash), afterFirst);

    await page.goBack();
    await page.waitForFunction(() => document.querySelector('.chip[aria-label^="Sectoral easing"]').getAttribute("aria-valuenow") === "6");
    assert.equal(await chipMonth(page, "Financial channels"), 18);

    await page.goForward();
    await page.waitForFunction(() => document.querySelector('.chip[aria-label^="Sectoral easing"]').getAttribute("aria-valuenow") === "8");
    assert.equal(await chipMonth(page, "Financial channels"), 18);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("undo and redo work from the keyboard and the buttons, across every kind of edit", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const undo = page.locator("#undo");
    const redo = page.locator("#redo");
    assert.equal(await undo.isDisabled(), true, "nothing to undo at first");
    assert.equal(await redo.isDisabled(), true);
    assert.equal(await undo.getAttribute("aria-keyshortcuts"), "Control+Z Meta+Z");

    const original = await chipMonths(page);
    await moveChip(page, "Compliance step", 4); // 2 → 6
    const moved = await chipMonths(page);
    assert.equal(await undo.isDisabled(), false);

    // An assumption slider pulled along with the keyboard is one step.
    const slider = page.locator("#assumption-good_faith");
    await slider.focus();
    const sliderBefore = await markCount(page, "relief:settled");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await waitForMark(page, "relief:settled", sliderBefore);
    assert.equal(await slider.inputValue(), "0.65");

    // A discrete edit: delete a step.
    const chips = (await chipMonths(page)).length;
    await page.locator('.chip[role=slider][aria-label^="Spoiler attack"]').first().focus();
    await page.keyboard.press("Delete");
    await page.waitForFunction((n) => document.querySelectorAll(".chip[role=slider]").length === n - 1, chips);

    // Ctrl+Z inside a number field is the field's own undo, not the scenario's.
    await page.locator("#runs").focus();
    await page.keyboard.press("Control+z");
    await frames(page, 2);
    assert.equal((await chipMonths(page)).length, chips - 1, "the shortcut is left to the field");

    await page.locator("#scenario-title").click();
    await page.keyboard.press("Control+z"); // brings the shock back
    await page.waitForFunction((n) => document.querySelectorAll(".chip[role=slider]").length === n, chips);
    await undo.click(); // the slider
    await page.waitForFunction(() => document.getElementById("assumption-good_faith").value === "0.5");
    await page.keyboard.press("Control+z"); // the chip
    await page.waitForFunction(() => document.querySelector('.chip[aria-label^="Compliance step"]').getAttribute("aria-valuenow") === "2");
    assert.deepEqual(await chipMonths(page), original);
    assert.equal(await undo.isDisabled(), true, "back at the start");
    assert.equal(await page.locator("#share-status").innerText(), "Undone.");

    await page.keyboard.press("Control+Shift+Z");
    await page.waitForFunction(() => document.querySelector('.chip[aria-label^="Compliance step"]').getAttribute("aria-valuenow") === "6");
    assert.deepEqual(await chipMonths(page), moved);
    await page.keyboard.press("Control+y");
    await page.waitForFunction(() => document.getElementById("assumption-good_faith").value === "0.65");
    await redo.click();
    await page.waitForFunction((n) => document.querySelectorAll(".chip[role=slider]").length === n - 1, chips);
    assert.equal(await redo.isDisabled(), true, "nothing left to redo");

    // A new edit after undoing forgets what could be redone.
    await undo.click();
    await page.waitForFunction((n) => document.querySelectorAll(".chip[role=slider]").length === n, chips);
    await moveChip(page, "Sectoral easing", 1);
    assert.equal(await redo.isDisabled(), true);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the scenario is kept in this browser and restored on the next visit; a link wins over it", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    await moveChip(page, "Financial channels", -5); // 18 → 13
    const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY));
    assert.equal(saved.format, "relief-scenario/1");
    assert.equal(saved.steps.find((s) => s.kind === "financial_channels").month, 13);

    // The next visit, with no link: the saved scenario is back.
    const next = await context.newPage();
    await next.goto(BASE_URL);
    await waitForFirstChart(next);
    assert.equal(await chipMonth(next, "Financial channels"), 13);
    assert.equal(await next.locator("#saved-notice").count(), 0);

    // A link to another scenario wins, and the saved work is offered, not lost.
    const shared = structuredClone(DEFAULT_SCENARIO);
    shared.title = "A shared scenario";
    shared.steps[0].month = 5;
    const linked = await context.newPage();
    await linked.goto(`${BASE_URL}#${linkFor(shared)}`);
    await waitForFirstChart(linked);
    assert.equal(await shownTitle(linked), "A shared scenario");
    assert.equal(await chipMonth(linked, "Humanitarian exemption"), 5);
    const notice = linked.locator("#saved-notice");
    assert.match(await notice.innerText(), /Your own last scenario is still saved in this browser/);
    await screenshot(linked, "share-saved-notice", { fullPage: false });

    // Editing the shared scenario moves the reader's own work aside before overwriting it.
    await moveChip(linked, "Humanitarian exemption", 1);
    const previous = JSON.parse(await linked.evaluate((k) => localStorage.getItem(`${k}:previous`), STORAGE_KEY));
    assert.equal(previous.steps.find((s) => s.kind === "financial_channels").month, 13);
    await linked.locator("#open-saved").click();
    await linked.waitForFunction(() => document.getElementById("scenario-title").textContent === "Phased relief under independent monitoring");
    assert.equal(await chipMonth(linked, "Financial channels"), 13);
    assert.equal(await notice.count(), 0);
    // Undo returns to the shared scenario.
    await linked.locator("#undo").click();
    await linked.waitForFunction(() => document.getElementById("scenario-title").textContent === "A shared scenario");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a damaged link shows a clear message and the default scenario, never a blank page", async () => {
  const cases = [
    ["s1.bm90IGEgc2NlbmFyaW8", "it is damaged"],
    ["s1.@@@", "characters such a link never has"],
    ["s7.abc", "made by a newer version of Relief Sequencer"],
    [linkFor({ format: "relief-scenario/1", steps: [{ kind: "sectoral_easing", month: 99 }] }), "/steps/0/month: 99 is past horizon_months 48"],
  ];
  for (const [fragment, phrase] of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${BASE_URL}#${fragment}`);
      await page.waitForFunction(() => performance.getEntriesByName("relief:first-chart").length > 0, null, { timeout: 15000 });
      const message = await errorText(page);
      assert.ok(message.startsWith("This link cannot be read: "), message);
      assert.ok(message.includes(phrase), `${fragment}: ${message}`);
      assert.ok(message.includes("The default scenario is shown instead."), message);
      assert.equal(await shownTitle(page), DEFAULT_SCENARIO.title);
      assert.equal(await page.locator(".chip[role=slider]").count(), DEFAULT_SCENARIO.steps.length + DEFAULT_SCENARIO.shocks.length);
      if (fragment === "s1.@@@") await screenshot(page, "share-damaged-link", { fullPage: false });
    } finally {
      await context.close();
    }
  }
});

test("a damaged link with work saved in this browser opens the saved work", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const mine = structuredClone(DEFAULT_SCENARIO);
    mine.title = "My own plan";
    await page.addInitScript(([k, v]) => {
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem(k, v);
        sessionStorage.setItem("seeded", "1");
      }
    }, [STORAGE_KEY, JSON.stringify(mine)]);
    await page.goto(`${BASE_URL}#s1.cut-short`);
    await page.waitForFunction(() => performance.getEntriesByName("relief:first-chart").length > 0, null, { timeout: 15000 });
    assert.match(await errorText(page), /^This link cannot be read: .* Your last saved scenario is shown instead\.$/);
    assert.equal(await shownTitle(page), "My own plan");
  } finally {
    await context.close();
  }
});

test("?preset=NAME opens a built-in scenario and says so; an unknown name lists the presets", async () => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__opened = [];
      document.addEventListener("relief:preset-opened", (e) => window.__opened.push(e.detail.name));
    });
    await page.goto(`${BASE_URL}?preset=iran-2013`);
    await waitForFirstChart(page);
    await page.waitForFunction(() => window.__opened.length > 0);
    assert.deepEqual(await page.evaluate(() => window.__opened), ["iran-2013"]);
    assert.match(await shownTitle(page), /Iran/);
    // Once changed, the link holds the scenario and ?preset= is gone (it would win on reload).
    await moveChip(page, await page.locator(".chip[role=slider]").first().getAttribute("aria-label"), 1);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get("preset"), null);
    assert.match(url.hash, /^#s1\./);

    const bad = await context.newPage();
    await bad.goto(`${BASE_URL}?preset=atlantis`);
    await bad.waitForFunction(() => performance.getEntriesByName("relief:first-chart").length > 0, null, { timeout: 15000 });
    const message = await errorText(bad);
    assert.match(message, /no preset named "atlantis"/);
    assert.match(message, /iran-2013/);
    assert.match(message, /shown instead/);
  } finally {
    await context.close();
  }
});

test("the Share dialog gives the link, a QR code and an embed code, and copies them", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(BASE_URL).origin });
  const page = await context.newPage();
  try {
    await page.goto(BASE_URL);
    await waitForFirstChart(page);
    await page.locator("#share-button").click();
    const dialog = page.locator("#share-dialog");
    await dialog.waitFor({ state: "visible" });
    assert.equal(await page.evaluate(() => document.activeElement.id), "copy-link", "focus starts on Copy link");

    const link = await page.locator("#share-link").inputValue();
    assert.ok(link.startsWith(BASE_URL), link);
    assert.match(new URL(link).hash, /^#s1\./);

    await page.locator("#copy-link").click();
    await page.waitForFunction(() => document.getElementById("copy-link-status").textContent === "Link copied.");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
    await page.waitForFunction(() => document.getElementById("share-status").textContent === "Link copied.");

    // The QR code: an image drawn here (a blob: URL), with alt text, large, black on white.
    const qr = page.locator("#share-qr-image");
    assert.equal(await qr.getAttribute("alt"), "QR code of the link to this scenario");
    assert.match(await qr.getAttribute("src"), /^blob:/);
    await page.waitForFunction(() => document.getElementById("share-qr-image").complete && document.getElementById("share-qr-image").naturalWidth > 0);
    const size = await qr.boundingBox();
    assert.ok(size.width >= 250, `the code is ${size.width} px wide`);
    const dark = await page.evaluate(() => {
      const img = document.getElementById("share-qr-image");
      const c = document.createElement("canvas");
      c.width = 200;
      c.height = 200;
      const ctx = c.getContext("2d");
      ctx.drawImage(img, 0, 0, 200, 200);
      const d = ctx.getImageData(0, 0, 200, 200).data;
      let black = 0;
      let white = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (d[i] < 40 && d[i + 1] < 40 && d[i + 2] < 40) black++;
        else if (d[i] > 215 && d[i + 1] > 215 && d[i + 2] > 215) white++;
      }
      return { black: black / 40000, white: white / 40000 };
    });
    assert.ok(dark.black > 0.25 && dark.white > 0.35 && dark.black + dark.white > 0.97, JSON.stringify(dark));

    // The embed code: an iframe with a title, locked by default, with an optional caption.
    const code = await page.locator("#embed-code").inputValue();
    assert.match(code, /^<iframe src="[^"]+\?embed=1&amp;readonly=1#s1\.[^"]+" title="Relief Sequencer: Phased relief under independent monitoring" width="100%" height="560" style="border:0;max-width:100%" loading="lazy"><\/iframe>$/);
    await page.locator("#embed-lock").uncheck();
    await page.locator("#embed-caption-input").fill('Trust & "verification" <b>first</b>');
    const unlocked = await page.locator("#embed-code").inputValue();
    assert.ok(!unlocked.includes("readonly=1"), unlocked);
    const src = unlocked.match(/src="([^"]+)"/)[1].replaceAll("&amp;", "&");
    assert.equal(new URL(src).searchParams.get("caption"), 'Trust & "verification" <b>first</b>');
    assert.ok(!unlocked.includes("<b>"), "the caption is escaped in the code");
    assert.equal(await page.locator("#embed-preview").getAttribute("href"), src);
    await page.locator("#copy-embed").click();
    await page.waitForFunction(() => document.getElementById("copy-embed-status").textContent === "Embed code copied.");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), unlocked);
    await screenshot(page, "share-dialog", { fullPage: false });

    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    assert.equal(await page.evaluate(() => document.activeElement.id), "share-button", "focus returns to Share");
  } finally {
    await context.close();
  }
});

test("where the clipboard is refused, the text is selected and the reader told how to copy it", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) } });
      document.execCommand = () => false;
    });
    await page.goto(BASE_URL);
    await waitForFirstChart(page);
    await page.locator("#share-button").click();
    await page.locator("#copy-link").click();
    await page.waitForFunction(() => document.getElementById("copy-link-status").textContent.startsWith("Link selected"));
    assert.match(await page.locator("#copy-link-status").innerText(), /press (Ctrl\+C|⌘C) to copy it/);
    const selected = await page.evaluate(() => {
      const f = document.getElementById("share-link");
      return document.activeElement === f && f.selectionStart === 0 && f.selectionEnd === f.value.length;
    });
    assert.ok(selected, "the whole link is selected in its field");
  } finally {
    await context.close();
  }
});

test("a scenario too long for a QR code says so in the Share dialog", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // A valid scenario whose description is 4,000 letters that do not compress: its link is
    // beyond what any QR code holds.
    const long = structuredClone(DEFAULT_SCENARIO);
    let seed = 12345;
    const letter = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return "abcdefghijklmnopqrstuvwxyz"[seed % 26];
    };
    long.description = Array.from({ length: 4000 }, letter).join("");
    await page.goto(`${BASE_URL}#${linkFor(long)}`);
    await waitForFirstChart(page);
    await page.locator("#share-button").click();
    const problem = page.locator("#share-qr-problem");
    await problem.waitFor({ state: "visible" });
    assert.match(await problem.innerText(), /^This link is too long for a QR code: it has \d+ characters and a QR code holds at most 2953\./);
    assert.equal(await page.locator("#share-qr-image").isVisible(), false);
    assert.equal(await page.locator("#qr-download").isDisabled(), true);
  } finally {
    await context.close();
  }
});
