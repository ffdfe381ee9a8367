// The model's second edition on the page: trust drawn by the target's type, the outcome shares
// beside the risk of breakdown (legend, readout, table), and the editor's sender and expiry
// fields. Saves screenshots at phone, laptop and HiDPI sizes under target/screenshots/.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, openPage, chip, screenshot, waitForUpdates, updateCount } from "./helpers.mjs";
import { openScenario, scenarioWith } from "./scenario-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** How many pixels of a canvas are exactly `hex` (an "#RRGGBB" string). */
function pixelsOf(page, canvasId, hex) {
  return page.locator(`#${canvasId}`).evaluate((canvas, hex) => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) n++;
    return n;
  }, hex);
}

/** The page's chart colours in its current theme, as the wasm module gives them. */
function paletteOf(page) {
  return page.evaluate(async () => {
    const m = await import(new URL("pkg/relief_web.js", location.href).href);
    return m.palette("light");
  });
}

/** The scenario in the address, once it differs from the one at `before` (a location.hash). */
async function scenarioAfter(page, before) {
  await page.waitForFunction((h) => location.hash !== h, before, { timeout: 5000 });
  return page.evaluate(async () => {
    const m = await import(new URL("pkg/relief_web.js", location.href).href);
    return m.scenario_from_link(location.hash);
  });
}

/** The legend's words of one chart. */
function legendOf(page, key) {
  return page.locator(`.chart-${key} .legend li`).allInnerTexts();
}

test("the trust chart shows trust by type, in its legend, its caption, the canvas and the readout", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const legend = await legendOf(page, "trust");
    assert.deepEqual(legend.slice(0, 3), ["If the target means it", "If it doesn't", "Target's trust"]);
    assert.ok(!legend.includes("Trust in the target"), `the mixture is no longer named: ${legend}`);
    const note = page.locator("#chart-trust-note");
    assert.ok(await note.isVisible(), "the caption under the trust chart is shown");
    assert.match(await note.innerText(), /whether the target truly means it/);
    assert.equal(await page.locator("#chart-trust").getAttribute("aria-describedby"), "chart-trust-note");

    // Both types' medians are drawn in their legend colours.
    const palette = await paletteOf(page);
    for (const key of ["trust_if_sincere", "trust_if_insincere"]) {
      const n = await pixelsOf(page, "chart-trust", palette.series[key]);
      assert.ok(n > 40, `${key}: ${n} pixels in ${palette.series[key]}`);
    }

    const readout = await page.locator("#readout").innerText();
    assert.match(readout, /Trust if the target means it\s+\d\.\d\d \(\d\.\d\d to \d\.\d\d/);
    assert.match(readout, /Trust if it doesn't\s+\d\.\d\d/);
    const summary = await page.locator("#summary").innerText();
    assert.match(summary, /^By month 48, if the target means it, trust in it is \d\.\d\d \(middle half [^)]*\); if it doesn't, \d\.\d\d/);

    // Keyboard reading speaks of both types.
    await page.locator("#chart-trust").focus();
    await page.keyboard.press("Home");
    await page.waitForFunction(() => /^Month 0: trust if the target means it /.test(document.getElementById("chart-trust").getAttribute("aria-valuetext")));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the outcomes chart is drawn with its legend, and its values are read by keyboard, in the readout and in the table", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const labels = ["Deal holds", "Cheating unseen", "Cheating caught", "Deal collapsed"];
    const figure = page.locator("figure.chart-outcomes");
    assert.equal(await figure.locator("h3").innerText(), "Outcomes");
    assert.deepEqual(await legendOf(page, "outcomes"), labels);
    assert.ok(await page.locator("#chart-outcomes-note").isVisible());

    // Each share is painted in its legend's colour.
    const palette = await paletteOf(page);
    for (const [key, hex] of Object.entries(palette.outcomes)) {
      const n = await pixelsOf(page, "chart-outcomes", hex);
      assert.ok(n > 0 || key === "caught" || key === "exploited", `${key}: ${n} pixels in ${hex}`);
    }
    assert.ok((await pixelsOf(page, "chart-outcomes", palette.outcomes.sustained)) > 500, "the deal holding fills much of the plot");

    // The readout lists the four shares at the month read; they add up to 100% (within rounding).
    const shares = async () => {
      const rows = await page.locator("#readout .readout-outcomes div").allInnerTexts();
      return rows.map((r) => /^(.+?):?\s+(\d+)%$/.exec(r.trim()).slice(1));
    };
    const atEnd = await shares();
    assert.deepEqual(
      atEnd.map(([label]) => label),
      labels,
    );
    const total = atEnd.reduce((sum, [, share]) => sum + Number(share), 0);
    assert.ok(Math.abs(total - 100) <= 2, `the shares add up to 100%: ${atEnd}`);

    // Keyboard: the chart is a slider whose value is a sentence, and the readout follows.
    const canvas = page.locator("#chart-outcomes");
    await canvas.focus();
    await page.keyboard.press("Home");
    await page.waitForFunction(() => /^Month 0: deal holds \d+%; cheating unseen \d+%; cheating caught \d+%; deal collapsed \d+%\.$/.test(document.getElementById("chart-outcomes").getAttribute("aria-valuetext")));
    await page.locator(".readout-head", { hasText: "Month 0" }).waitFor();
    const atStart = await shares();
    assert.equal(atStart.length, 4);
    assert.notDeepEqual(atStart, atEnd, "the readout follows the month read");
    await page.keyboard.press("PageUp");
    await page.locator(".readout-head", { hasText: "Month 6" }).waitFor();
    assert.match(await canvas.getAttribute("aria-valuetext"), /^Month 6: /);

    // The table has a column for each outcome.
    await page.locator("#table-details > summary").click();
    await page.locator("#table-wrap tbody tr").first().waitFor();
    const headings = await page.locator("#table-wrap thead th").allInnerTexts();
    for (const label of [...labels, "Trust if the target means it", "Trust if it doesn't"]) {
      assert.ok(headings.includes(label), `table column ${label} in ${headings}`);
    }
    const lastRow = await page.locator("#table-wrap tbody tr").last().locator("td").allInnerTexts();
    assert.match(lastRow.at(-1), /^\d+%$/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** Chooses `label` in the menu of `button` and returns the text of the download it starts. */
async function download(page, button, label) {
  await page.locator(`#${button}`).click();
  const item = page.locator(`#${button}-menu [role=menuitem]`, { hasText: label });
  const [file] = await Promise.all([page.waitForEvent("download"), item.click()]);
  return readFileSync(await file.path(), "utf8");
}

test("the exported charts and the projection's CSV carry the trust by type and the outcome shares", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const outcomes = await download(page, "download-outcomes", "SVG");
    assert.match(outcomes, /^<svg/);
    for (const label of ["Outcomes: Phased relief", "Deal holds", "Cheating unseen", "Cheating caught", "Deal collapsed"]) {
      assert.ok(outcomes.includes(label), `the outcomes SVG names ${label}`);
    }
    assert.ok(!outcomes.includes("Baseline"), "no baseline is drawn over the shares");
    const trust = await download(page, "download-trust", "SVG");
    assert.ok(trust.includes("If the target means it") && trust.includes("If it doesn&apos;t"), "the trust SVG names both types");
    const csv = await download(page, "export-button", "Projection as CSV");
    const header = csv.split("\n")[0].split(",");
    for (const column of ["trust_if_sincere_p50", "trust_if_insincere_p50", "outcomes_sustained", "outcomes_collapsed"]) {
      assert.ok(header.includes(column), `CSV column ${column} in ${header}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the editor sets a relief step's sender and expiry, refuses a bad expiry, and gives a sender walking out a sender", async () => {
  const scenario = scenarioWith({
    title: "Two senders",
    senders: ["US", "EU"],
    steps: [
      { kind: "compliance_step", month: 1, size: 0.3 },
      { kind: "sectoral_easing", month: 6, size: 0.3, sender: "EU", expires_after: 6 },
    ],
    shocks: [{ kind: "sender_withdrawal", month: 30, size: 0.5, sender: "US" }],
  });
  const { context, page, errors } = await openScenario(browser, scenario);
  try {
    // A step that is not relief has neither field.
    await chip(page, "Compliance step").click();
    assert.ok(await page.locator("#editor-sender-field").isHidden());
    assert.ok(await page.locator("#editor-expires-field").isHidden());

    const easing = chip(page, "Sectoral easing");
    assert.equal(await easing.getAttribute("aria-valuetext"), "Sectoral easing, month 6, by EU, expires after 6 months");
    await easing.click();
    const sender = page.locator("#editor-sender");
    assert.ok(await sender.isVisible());
    assert.deepEqual(await sender.locator("option").allInnerTexts(), ["US", "EU"]);
    assert.equal(await sender.inputValue(), "EU");
    const expires = page.locator("#editor-expires");
    assert.equal(await expires.inputValue(), "6");

    let hash = await page.evaluate(() => location.hash);
    let updates = await updateCount(page);
    await sender.selectOption("US");
    await waitForUpdates(page, updates + 1);
    let now = await scenarioAfter(page, hash);
    assert.equal(now.steps[1].sender, "US");

    hash = await page.evaluate(() => location.hash);
    await expires.fill("12");
    await expires.press("Enter");
    await expires.blur();
    now = await scenarioAfter(page, hash);
    assert.equal(now.steps[1].expires_after, 12);

    // A bad value is refused with a message naming the field, and the last good one is kept.
    const error = page.locator("#editor-expires-error");
    await expires.fill("0");
    await expires.blur();
    await error.waitFor();
    assert.match(await error.innerText(), /^Expires after \(months\) must be a whole number from 1 to 240, or empty for never; 0 is not\. Kept 12\.$/);
    assert.equal(await expires.inputValue(), "12");
    assert.equal(await expires.getAttribute("aria-invalid"), "true");
    await page.locator("#editor").scrollIntoViewIfNeeded();
    await screenshot(page, "types-outcomes-editor-refused-expiry", { fullPage: false });

    // Empty means never: the field is removed from the step.
    hash = await page.evaluate(() => location.hash);
    await expires.fill("");
    await expires.blur();
    now = await scenarioAfter(page, hash);
    assert.equal(now.steps[1].expires_after, undefined);
    assert.ok(await error.isHidden(), "a good value clears the message");

    // The sender walking out has the sender select too, in words of its own.
    await chip(page, "Sender walks out").click();
    assert.ok(await sender.isVisible());
    assert.equal(await sender.inputValue(), "US");
    assert.equal(await page.locator("#editor-sender-help").innerText(), "Which sanctioning party walks out.");
    assert.ok(await page.locator("#editor-expires-field").isHidden());
    hash = await page.evaluate(() => location.hash);
    await sender.selectOption("EU");
    now = await scenarioAfter(page, hash);
    assert.equal(now.shocks[0].sender, "EU");

    // Reneging at home is among the assumptions, with its explanation.
    assert.equal(await page.locator("label[for=assumption-reneging]").innerText(), "Reneging at home");
    assert.match(await page.locator("#assumption-reneging-help").innerText(), /new government or legislature/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the new charts look right on a phone, a laptop and a HiDPI screen, and the main charts stay where they were", async () => {
  const sizes = [
    ["phone-360x740", { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
    ["laptop-1366x768", { viewport: { width: 1366, height: 768 } }],
    ["hidpi-1440x900-dpr2", { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 2 }],
    ["laptop-dark", { viewport: { width: 1366, height: 768 }, colorScheme: "dark" }],
    ["laptop-high-contrast", { viewport: { width: 1366, height: 768 }, forcedColors: "none", contrast: "more" }],
  ];
  for (const [name, options] of sizes) {
    const { context, page, errors } = await openPage(browser, options);
    try {
      const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      assert.ok(sw <= iw, `${name}: no sideways scroll (${sw} > ${iw})`);
      // The three main charts' plots start level with one another, legends of any length.
      const tops = await page.$$eval(".chart-main canvas", (cs) => cs.map((c) => Math.round(c.getBoundingClientRect().top)));
      if (options.viewport.width >= 1100) assert.equal(new Set(tops).size, 1, `${name}: main charts level: ${tops}`);
      await screenshot(page, `types-outcomes-${name}`, { fullPage: false });
      await page.locator("figure.chart-outcomes").scrollIntoViewIfNeeded();
      await screenshot(page, `types-outcomes-${name}-outcomes`, { fullPage: false });
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});
