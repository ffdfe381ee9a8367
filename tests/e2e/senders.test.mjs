// The coalition of senders on the page: a reader adds, renames and removes the sanctioning
// parties in the assumptions panel, gives relief a sender in the step editor, sees bad names
// refused with a message (the last good name kept), and a sender still named kept; the link
// carries the senders, and chips show each step's sender and expiry. Saves screenshots of the
// Iran preset at a laptop's and a phone's size under target/screenshots/.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, chip, screenshot, waitForFirstChart } from "./helpers.mjs";
import { openScenario, scenarioWith, seriousViolations } from "./scenario-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The scenario the address holds, read by the page's own wasm module. */
function linkedScenario(page) {
  return page.evaluate(async () => {
    const m = await import(new URL("pkg/relief_web.js", location.href).href);
    return m.scenario_from_link(location.hash);
  });
}

/** The scenario in the address once it differs from the one at `before` (a location.hash). */
async function scenarioAfter(page, before) {
  await page.waitForFunction((h) => location.hash.startsWith("#s1.") && location.hash !== h, before, { timeout: 5000 });
  return linkedScenario(page);
}

const hashOf = (page) => page.evaluate(() => location.hash);

/** The names in the senders list, as its fields show them. */
function shownSenders(page) {
  return page.locator("#sender-list input").evaluateAll((inputs) => inputs.map((i) => i.value));
}

/** Adds a sender through the field for a new one; `how` is "click" or "Enter". */
async function addSender(page, name, how = "click") {
  await page.locator("#new-sender").fill(name);
  if (how === "Enter") await page.locator("#new-sender").press("Enter");
  else await page.locator("#add-sender").click();
}

/** Renames the sender at `index` as a reader does: types over its name and presses Enter. */
async function renameSender(page, index, name) {
  const input = page.locator("#sender-list input").nth(index);
  await input.fill(name);
  await input.press("Enter");
}

/** The senders' message, once it shows. */
async function sendersMessage(page) {
  const error = page.locator("#senders-error");
  await error.waitFor({ state: "visible", timeout: 5000 });
  return error.innerText();
}

test("a reader adds senders, gives relief one, renames it with the step following, and bad names or a sender in use are refused", async () => {
  const scenario = scenarioWith({
    title: "One sanctioning side",
    steps: [
      { kind: "compliance_step", month: 1, size: 0.3 },
      { kind: "sectoral_easing", month: 6, size: 0.3, expires_after: 6 },
    ],
  });
  const { context, page, errors } = await openScenario(browser, scenario);
  try {
    // One sanctioning side: no names, the hint says what naming them does, and no chip a tag.
    assert.deepEqual(await shownSenders(page), []);
    assert.match(await page.locator("#senders-help").innerText(), /Leave empty for one sanctioning side\. Name them to give each its own relief, e\.g\. US, EU, UN\./);
    const easing = chip(page, "Sectoral easing");
    assert.equal(await easing.locator(".chip-sender").innerText(), "");
    assert.equal(await easing.locator(".chip-expiry").innerText(), "6 mo", "the expiry shows on the chip");
    await easing.click();
    assert.ok(await page.locator("#editor-sender-field").isHidden(), "no sender to choose without senders");

    // Adding the first sender makes it everyone's: the relief chip shows it.
    let hash = await hashOf(page);
    await addSender(page, "US");
    let now = await scenarioAfter(page, hash);
    assert.deepEqual(now.senders, ["US"]);
    assert.equal(await page.locator("#new-sender").inputValue(), "", "the field empties for the next name");
    assert.equal(await easing.locator(".chip-sender").innerText(), "US");
    assert.equal(await easing.getAttribute("aria-valuetext"), "Sectoral easing, month 6, by US, expires after 6 months");

    hash = await hashOf(page);
    await addSender(page, "EU", "Enter");
    now = await scenarioAfter(page, hash);
    assert.deepEqual(now.senders, ["US", "EU"]);
    assert.deepEqual(await shownSenders(page), ["US", "EU"]);

    // The editor gives the step a sender from the list.
    await easing.click();
    const select = page.locator("#editor-sender");
    assert.deepEqual(await select.locator("option").allInnerTexts(), ["US", "EU"]);
    hash = await hashOf(page);
    await select.selectOption("EU");
    now = await scenarioAfter(page, hash);
    assert.equal(now.steps[1].sender, "EU");
    assert.equal(await easing.locator(".chip-sender").innerText(), "EU");

    // Renaming the sender renames it in the step that names it.
    hash = await hashOf(page);
    await renameSender(page, 1, "  European Union ");
    now = await scenarioAfter(page, hash);
    assert.deepEqual(now.senders, ["US", "European Union"]);
    assert.equal(now.steps[1].sender, "European Union");
    assert.deepEqual(await shownSenders(page), ["US", "European Union"]);
    assert.equal(await select.inputValue(), "European Union", "the editor follows the rename");
    assert.match(await easing.getAttribute("aria-valuetext"), /, by European Union,/);

    // A duplicate is refused with a message, and the last good name is kept.
    hash = await hashOf(page);
    await renameSender(page, 1, "US");
    assert.equal(await sendersMessage(page), "\u201cUS\u201d is already a sender; give each sender its own name. Kept \u201cEuropean Union\u201d.");
    const second = page.locator("#sender-list input").nth(1);
    assert.equal(await second.inputValue(), "European Union");
    assert.equal(await second.getAttribute("aria-invalid"), "true");
    assert.equal(await hashOf(page), hash, "the refused name changed nothing");
    await page.locator(".senders").scrollIntoViewIfNeeded();
    await screenshot(page, "senders-refused-duplicate", { fullPage: false });

    // So are an empty name and one over 40 characters.
    await renameSender(page, 0, "");
    assert.match(await sendersMessage(page), /^A sender needs a name, such as \u201cEU\u201d\. Kept \u201cUS\u201d\.$/);
    assert.equal(await page.locator("#sender-list input").first().inputValue(), "US");
    await addSender(page, "x".repeat(41));
    assert.match(await sendersMessage(page), /^A sender\u2019s name has at most 40 characters, and that one has 41\.$/);
    assert.equal(await page.locator("#new-sender").inputValue(), "x".repeat(41), "what was typed stays, to be shortened");
    await addSender(page, "");
    assert.match(await sendersMessage(page), /^A sender needs a name/);
    assert.equal(await hashOf(page), hash);

    // A sender that a step still names is not removed: the message says which step.
    await page.getByRole("button", { name: "Remove European Union" }).click();
    assert.match(await sendersMessage(page), /^\u201cEuropean Union\u201d is still the sender of Sectoral easing \(month 6\)\. Choose another sender for them under Selected step, then remove it\.$/);
    assert.deepEqual(await shownSenders(page), ["US", "European Union"]);
    assert.equal(await hashOf(page), hash);

    // Each change to the senders is one step of undo and redo.
    await page.locator("#undo").click();
    now = await scenarioAfter(page, hash);
    assert.deepEqual(now.senders, ["US", "EU"]);
    assert.equal(now.steps[1].sender, "EU", "undo takes the rename back from the step too");
    assert.deepEqual(await shownSenders(page), ["US", "EU"]);
    hash = await hashOf(page);
    await page.locator("#redo").click();
    now = await scenarioAfter(page, hash);
    assert.deepEqual(now.senders, ["US", "European Union"]);
    assert.equal(now.steps[1].sender, "European Union");

    // Once no step names it, it goes; focus moves on to the next field.
    await easing.click();
    hash = await hashOf(page);
    await select.selectOption("US");
    await scenarioAfter(page, hash);
    hash = await hashOf(page);
    await page.getByRole("button", { name: "Remove European Union" }).click();
    now = await scenarioAfter(page, hash);
    assert.deepEqual(now.senders, ["US"]);
    assert.ok(await page.locator("#senders-error").isHidden(), "a good change clears the message");
    assert.equal(await page.evaluate(() => document.activeElement.id), "new-sender");

    // The link carries the senders: a fresh browser opened on it shows the same.
    hash = await hashOf(page);
    await addSender(page, "UN");
    await scenarioAfter(page, hash);
    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(page.url());
      await waitForFirstChart(other);
      assert.deepEqual(await shownSenders(other), ["US", "UN"]);
      const chipThere = chip(other, "Sectoral easing");
      assert.equal(await chipThere.getAttribute("aria-valuetext"), "Sectoral easing, month 6, by US, expires after 6 months");
      assert.deepEqual((await linkedScenario(other)).senders, ["US", "UN"]);
    } finally {
      await fresh.close();
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a ninth sender is refused, and the first sender is kept while steps without a sender are its", async () => {
  const names = ["US", "EU", "UN", "UK", "CA", "JP", "AU", "CH"];
  const scenario = scenarioWith({
    senders: names,
    steps: [{ kind: "humanitarian_exemption", month: 2, size: 0.1 }],
    shocks: [{ kind: "sender_withdrawal", month: 30, size: 0.5, sender: "UK" }],
  });
  const { context, page, errors } = await openScenario(browser, scenario, { bypassCSP: true });
  try {
    assert.deepEqual(await shownSenders(page), names);
    const hash = await hashOf(page);
    await addSender(page, "NZ");
    assert.equal(await sendersMessage(page), "A scenario has at most 8 senders; remove one before adding another.");
    assert.equal(await page.locator("#new-sender").getAttribute("aria-invalid"), "true");

    // The relief names no sender, so it is the first one's; the walk-out names its own.
    assert.equal(await chip(page, "Humanitarian exemption").locator(".chip-sender").innerText(), "US");
    await page.getByRole("button", { name: "Remove US" }).click();
    assert.match(await sendersMessage(page), /^\u201cUS\u201d is still the sender of Humanitarian exemption \(month 2\)\. A step that names no sender is the first sender\u2019s\. Choose another sender for them under Selected step, then remove it\.$/);
    await page.getByRole("button", { name: "Remove UK" }).click();
    assert.match(await sendersMessage(page), /^\u201cUK\u201d is still the sender of Sender walks out \(month 30\)\./);
    assert.equal(await hashOf(page), hash);
    assert.deepEqual(await shownSenders(page), names);

    // Nothing about the message or the list is a barrier.
    assert.deepEqual(await seriousViolations(page), []);

    // A name changed and left with Tab is taken, and focus goes on to its Remove button.
    const canada = page.locator("#sender-list input").nth(4);
    await canada.fill("Canada");
    await canada.press("Tab");
    const now = await scenarioAfter(page, hash);
    assert.deepEqual(now.senders, ["US", "EU", "UN", "UK", "Canada", "JP", "AU", "CH"]);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "Remove Canada");
    assert.ok(await page.locator("#senders-error").isHidden());
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("chips show sender and expiry without overlapping, on the Iran preset at a laptop's and a phone's size", async () => {
  const sizes = [
    ["laptop-1366x768", { viewport: { width: 1366, height: 768 } }],
    ["phone-360x740", { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
  ];
  for (const [name, options] of sizes) {
    const { context, page, errors } = await openPage(browser, { ...options, path: "?preset=iran-2013" });
    try {
      const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      assert.ok(sw <= iw, `${name}: no sideways scroll (${sw} > ${iw})`);
      assert.deepEqual(await shownSenders(page), ["US", "EU", "UN"]);
      const tags = await page.locator(".chip-sender").evaluateAll((els) => els.map((e) => e.textContent).filter(Boolean));
      assert.equal(tags.length, 10, `${name}: every relief chip and the walk-out show their sender: ${tags}`);
      // Within a lane, no two chips overlap, and every chip keeps its one row's height, once
      // they have come to rest.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
      const overlaps = await page.$$eval(".track", (tracks) =>
        tracks.flatMap((track) => {
          const boxes = [...track.querySelectorAll(".chip")].map((c) => [c.getAttribute("aria-valuetext"), c.getBoundingClientRect()]);
          const out = [];
          for (const [i, [a, ra]] of boxes.entries()) {
            if (ra.height > 30) out.push(`${a} is ${ra.height}px tall`);
            for (const [b, rb] of boxes.slice(i + 1)) {
              if (ra.left < rb.right && rb.left < ra.right && ra.top < rb.bottom && rb.top < ra.bottom) out.push(`${a} overlaps ${b}`);
            }
          }
          return out;
        }),
      );
      assert.deepEqual(overlaps, [], name);
      // The sanctioning side's lane has as many rows as it had before the tags.
      assert.equal(await page.locator(".lane-sanctioning .track").evaluate((t) => t.style.height), "228px");
      await page.locator(".timeline-section").scrollIntoViewIfNeeded();
      await screenshot(page, `senders-iran-${name}`, { fullPage: false });
      await page.locator(".senders").scrollIntoViewIfNeeded();
      await screenshot(page, `senders-iran-${name}-panel`, { fullPage: false });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});
