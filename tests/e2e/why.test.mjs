// "Why?" and "How it works": every chart explains what moved its series at a month, ranked and
// in plain words, in a dialog that keyboard and screen reader users can use; and every chart
// leads to the paragraph on the mechanism behind it and on to the model document.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, CHARTS, screenshot, SCREENSHOT_DIR } from "./helpers.mjs";
import { openScenario, scenarioWith, openPlain, BASE_URL } from "./scenario-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** What the Why dialog shows once its latest explanation is in: its lead, and each
 * contribution's change and sentence. */
async function explanation(page) {
  await page.locator("#why-dialog[open] .why-result:not([aria-busy]) .why-list li").first().waitFor();
  return page.evaluate(() => {
    const d = document.getElementById("why-dialog");
    return {
      series: d.querySelector("#why-series").value,
      month: Number(d.querySelector("#why-month").value),
      lead: d.querySelector(".why-lead").textContent,
      note: d.querySelector(".why-note").textContent,
      items: [...d.querySelectorAll(".why-list li:not(.none)")].map((li) => ({
        delta: li.querySelector(".why-delta").textContent,
        sentence: li.querySelector(".why-sentence").textContent,
        side: li.querySelector(".why-half-up .why-fill") ? "up" : "down",
      })),
      none: d.querySelector(".why-list li.none")?.textContent ?? null,
    };
  });
}

/** "+0.08" → 0.08, "−3.1 points" → −3.1. */
function number(text) {
  const m = /([+−±])(\d+(?:\.\d+)?)/.exec(text);
  assert.ok(m, `no signed number in ${text}`);
  return (m[1] === "−" ? -1 : 1) * Number(m[2]);
}

test("with one step, the whole change is that step's, named in plain words", async () => {
  const scenario = scenarioWith({ title: "One step", steps: [{ kind: "sectoral_easing", month: 0, size: 0.3 }] });
  const { context, page, errors } = await openScenario(browser, scenario);
  try {
    await page.locator(".chart-economy .why-button").click();
    let e = await explanation(page);
    assert.equal(e.series, "economy");
    assert.equal(e.month, 48, "with no month chosen, the end is explained");
    assert.equal(e.items.length, 1, JSON.stringify(e));
    assert.match(e.items[0].sentence, /^Sectoral easing at month 0 raised economic recovery by \d+\.\d percentage points|^Sectoral easing at month 0 raised economic recovery by \d+\.\d points of recovery/);
    // The lead gives the value with and without anything; the one step accounts for all of it.
    const [, value, bare] = /is (\d+)% on average.*would be (\d+)%/.exec(e.lead).map(Number);
    assert.ok(Math.abs(number(e.items[0].delta) - (value - bare)) <= 1, `${e.items[0].delta} vs ${value} − ${bare}`);

    await page.locator("#why-series").selectOption("leverage");
    e = await explanation(page);
    assert.equal(e.items.length, 1);
    assert.match(e.items[0].sentence, /^Sectoral easing at month 0 lowered leverage by 0\.\d\d/);
    const [, lv, lb] = /is (\d\.\d\d) on average.*would be (\d\.\d\d)/.exec(e.lead).map(Number);
    assert.ok(Math.abs(number(e.items[0].delta) - (lv - lb)) <= 0.011, `${e.items[0].delta} vs ${lv} − ${lb}`);
    assert.doesNotMatch(e.note, /need not add up/, "one step: nothing to add up");
    await screenshot(page, "why-one-step", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the contributions are ranked, largest effect first, and each names its step", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    for (const [chart, series] of [["trust", "trust"], ["risk", "backsliding_risk"], ["legitimacy", "legitimacy"]]) {
      await page.locator(`.chart-${chart} .why-button`).click();
      const e = await explanation(page);
      assert.equal(e.series, series, `${chart}: the chart's own series`);
      assert.ok(e.items.length >= 3, `${chart}: ${JSON.stringify(e.items)}`);
      const sizes = e.items.map((i) => Math.abs(number(i.delta)));
      for (let i = 1; i < sizes.length; i++) assert.ok(sizes[i] <= sizes[i - 1], `${chart}: ranked by size: ${sizes}`);
      for (const item of e.items) {
        assert.match(item.sentence, /^[A-Z][a-z ]+ at month \d+ (raised|lowered) /, item.sentence);
        assert.equal(number(item.delta) > 0, / raised /.test(item.sentence), `${item.delta} agrees with "${item.sentence}"`);
      }
      assert.match(e.note, /same 1,000 futures/);
      assert.match(e.note, /^Each bar is what one step or shock did/);
      assert.match(e.note, /All the steps and shocks together moved it by [+−±]\d/);
      assert.match(e.note, /the bars need not add up to the whole: here (they do\.|they come to [+−±][\d.]+( points)?, and the other [+−±][\d.]+( points)? comes from steps acting on one another\.)/);
      // Raised and lowered point different ways, in different colours, named in a legend.
      for (const item of e.items) {
        assert.equal(item.side, number(item.delta) > 0 ? "up" : "down", `${item.delta}: its bar grows to the ${item.side === "up" ? "right" : "left"}`);
      }
      const colours = await page.evaluate(() => ({
        up: getComputedStyle(document.querySelector(".why-legend-up .why-swatch")).backgroundColor,
        down: getComputedStyle(document.querySelector(".why-legend-down .why-swatch")).backgroundColor,
        legend: document.querySelector(".why-legend").textContent,
        fills: [...document.querySelectorAll(".why-list .why-fill")].map((f) => [f.parentElement.classList.contains("why-half-up") ? "up" : "down", getComputedStyle(f).backgroundColor]),
        // The largest effect's bar fills its half of the track.
        largest: (() => {
          const fill = document.querySelector(".why-list .why-fill");
          return fill.getBoundingClientRect().width / fill.parentElement.getBoundingClientRect().width;
        })(),
      }));
      assert.ok(colours.largest > 0.95, `the largest bar fills its half: ${colours.largest}`);
      // Every bar starts at the middle of its track.
      const fromMiddle = await page.evaluate(() =>
        [...document.querySelectorAll(".why-list .why-bar")].map((bar) => {
          const track = bar.getBoundingClientRect();
          const fill = bar.querySelector(".why-fill").getBoundingClientRect();
          const middle = track.left + track.width / 2;
          return Math.min(Math.abs(fill.left - middle), Math.abs(fill.right - middle));
        }),
      );
      for (const gap of fromMiddle) assert.ok(gap < 2, `a bar starts at the middle: ${fromMiddle}`);
      assert.notEqual(colours.up, colours.down);
      assert.match(colours.legend, /lowered it.*raised it/);
      for (const [side, colour] of colours.fills) assert.equal(colour, colours[side]);
      await page.keyboard.press("Escape");
      assert.equal(await page.locator("#why-dialog").evaluate((d) => d.open), false);
    }
    const measures = await page.evaluate(() => performance.getEntriesByName("relief:why").map((m) => m.duration));
    assert.equal(measures.length, 3, "every explanation is timed");
    assert.ok(measures.every((d) => d > 0 && d < 2000), `${measures}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("bars that cancel out come to ±0.000, never to a rise or a fall, and a small change shows its figures finer", async () => {
  // Found by a search of small scenarios: the audit's and the exchange's bars on trust at month
  // 24 sum to about −0.00005, while the whole change is about −0.007.
  const scenario = scenarioWith({
    title: "Bars that cancel",
    horizon_months: 24,
    runs: 200,
    seed: 90,
    steps: [
      { kind: "independent_audit", month: 15 },
      { kind: "information_exchange", month: 23 },
    ],
  });
  const { context, page, errors } = await openScenario(browser, scenario);
  try {
    await page.locator(".chart-trust .why-button").click();
    const e = await explanation(page);
    assert.equal(e.month, 24);
    assert.equal(e.items.length, 2, JSON.stringify(e.items));
    assert.match(e.note, /here they come to ±0\.000, and the other −0\.0\d+ comes from steps acting on one another\./, e.note);
    assert.doesNotMatch(`${e.note} ${e.items.map((i) => i.delta).join(" ")}`, /[+−]0\.0+(?![\d])/, "no signed zero");
    // The whole change is smaller than the lead's two decimals: they take one more, so the
    // note never says it moved from one figure to the same.
    const [, to, from] = /is (0\.\d+) on average.*would be (0\.\d+)/.exec(e.lead);
    assert.notEqual(to, from, e.lead);
    assert.match(e.note, new RegExp(`moved it by −0\\.007, from ${from.replace(".", "\\.")} with none of them to ${to.replace(".", "\\.")}\\.`), e.note);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("an explanation shared among the workers is the same, figure for figure, as one made on the page", async () => {
  // Twelve steps and a shock, each of which moves the month explained.
  const steps = [
    ["humanitarian_exemption", 0], ["independent_monitoring", 1], ["compliance_step", 2], ["joint_committee", 3],
    ["sectoral_easing", 5], ["independent_audit", 7], ["compliance_step", 9], ["published_criteria", 10],
    ["financial_channels", 12], ["snapback_clause", 12], ["asset_unfreezing", 16], ["full_lifting", 30],
  ].map(([kind, month]) => ({ kind, month }));
  const scenario = scenarioWith({ title: "Shared", steps, shocks: [{ kind: "spoiler_attack", month: 14, size: 0.5 }] });
  const answers = [];
  for (const workers of [0, 2]) {
    const { context, page, errors } = await openScenario(browser, scenario, { query: `?workers=${workers}` });
    try {
      await page.waitForFunction((n) => performance.getEntriesByName("relief:worker-ready").length >= n, workers);
      await page.locator(".chart-risk .why-button").click();
      const e = await explanation(page);
      const shared = await page.evaluate(() => performance.getEntriesByName("relief:why")[0].detail.workers);
      assert.equal(shared, workers, `made by ${workers || "no"} workers`);
      assert.ok(e.items.length >= 8, JSON.stringify(e.items));
      answers.push(e);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
  assert.deepEqual(answers[1], answers[0]);
});

test("from the keyboard: read a month on a chart, ask why, close with Escape and return", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const canvas = page.locator("#chart-trust");
    await canvas.focus();
    await page.keyboard.press("End");
    for (let i = 0; i < 18; i++) await page.keyboard.press("ArrowLeft");
    assert.equal(await canvas.getAttribute("aria-valuenow"), "30");
    // The next stop after the chart is its "Why?", which now explains month 30.
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => document.activeElement.textContent);
    assert.equal(name, "Why? month 30: explain trust in the target");
    await page.keyboard.press("Enter");
    const dialog = page.locator("#why-dialog");
    assert.equal(await dialog.evaluate((d) => d.open), true);
    assert.equal(await page.evaluate(() => document.activeElement.id), "why-series", "focus moves into the dialog");
    assert.equal(await dialog.getAttribute("aria-labelledby"), "why-dialog-title");
    let e = await explanation(page);
    assert.equal(e.month, 30);
    assert.match(e.lead, /^Trust in the target at month 30 is 0\.\d\d/);

    // Another series and month, by keyboard.
    await page.keyboard.press("ArrowDown");
    e = await explanation(page);
    assert.equal(e.series, "target_trust");
    assert.match(e.lead, /^Target's trust at month 30/);
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement.id), "why-month");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("12");
    await page.keyboard.press("Tab");
    e = await explanation(page);
    assert.equal(e.month, 12);
    assert.match(e.lead, /^Target's trust at month 12/);

    // A month off the timeline is refused, naming the field, and the last good one is kept.
    const before = e.items;
    await page.locator("#why-month").fill("999");
    await page.locator("#why-month").press("Tab");
    assert.equal(await page.locator("#why-month-error").innerText(), "Month must be a whole number from 0 to 48; kept month 12.");
    assert.equal(await page.locator("#why-month").inputValue(), "12");
    assert.equal(await page.locator("#why-month").getAttribute("aria-invalid"), "true");
    assert.deepEqual((await explanation(page)).items, before);
    await screenshot(page, "why-keyboard", { fullPage: false });

    await page.keyboard.press("Escape");
    assert.equal(await dialog.evaluate((d) => d.open), false);
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "Why? month 30: explain trust in the target", "focus returns to the button");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the readout offers Why? for the month being read, and the dialog fits a phone", async () => {
  const { context, page, errors } = await openPage(browser, { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  try {
    const button = page.locator("#readout-why .why-button");
    await button.scrollIntoViewIfNeeded();
    assert.equal(await button.locator(".why-month").innerText(), "end");
    await button.click();
    const e = await explanation(page);
    assert.equal(e.series, "trust");
    const box = await page.locator("#why-dialog").boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `the dialog fits: ${JSON.stringify(box)}`);
    await screenshot(page, "why-phone", { fullPage: false });
    await page.locator("#why-dialog .dialog-close").click();
    assert.equal(await page.locator("#why-dialog").evaluate((d) => d.open), false);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** The mechanism each chart's "How it works" opens at, and its section in the model document. */
const MECHANISM = {
  trust: ["Trust is a belief, updated by evidence", "34-bayesian-trust"],
  economy: ["The economy: fast and slow channels", "311-the-economy"],
  risk: ["The risk of breakdown", "314-the-breakdown-hazard"],
  leverage: ["Leverage", "313-leverage"],
  legitimacy: ["Legitimacy", "312-legitimacy"],
  outcomes: ["Four ways a future can turn out", "322-the-outcome-classes"],
};

test("How it works opens from every chart at its mechanism, and from the header", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const dialog = page.locator("#how-dialog");
    for (const key of [...CHARTS, "outcomes"]) {
      const button = page.locator(`.chart-${key} .how-button`);
      await button.click();
      assert.equal(await dialog.evaluate((d) => d.open), true, key);
      const [title, anchor] = MECHANISM[key];
      assert.equal(await page.evaluate(() => document.activeElement.textContent), title, `${key}: focus on its mechanism`);
      const section = page.locator(".how-section", { has: page.locator("h3", { hasText: title }) });
      assert.equal(await section.locator("a").getAttribute("href"), `model.html#${anchor}`);
      assert.ok(await section.locator("h3").isVisible(), `${key}: its section is in view`);
      await page.keyboard.press("Escape");
      assert.equal(await dialog.evaluate((d) => d.open), false);
      assert.equal(await page.evaluate(() => document.activeElement.className), "figure-action how-button", "focus returns");
    }
    await page.locator("#how-button").click();
    assert.equal(await page.evaluate(() => document.activeElement.id), "how-dialog-title");
    const titles = await page.locator(".how-section h3").allInnerTexts();
    for (const words of ["Bayesian|belief", "signal detection", "forgiveness", "review periods", "Leverage", "fast and slow", "Legitimacy", "tactical theater", "breakdown", "Shocks"]) {
      assert.ok(titles.some((t) => new RegExp(words, "i").test(t)), `a paragraph on ${words}: ${titles}`);
    }
    await screenshot(page, "how-it-works", { fullPage: false });
    // A click on the backdrop closes it too.
    await page.mouse.click(5, 400);
    assert.equal(await dialog.evaluate((d) => d.open), false);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the model document loads from the links, with every section they point at", async () => {
  const { context, page } = await openPage(browser);
  let anchors;
  try {
    await page.locator("#how-button").click();
    anchors = await page.locator(".how-section a").evaluateAll((links) => links.map((a) => ({ href: a.getAttribute("href"), target: a.target, rel: a.rel })));
    assert.ok(anchors.length >= 10);
    for (const a of anchors) {
      assert.match(a.href, /^model\.html#[a-z0-9-]+$/);
      assert.equal(a.target, "_blank");
      assert.match(a.rel, /noopener/);
    }
  } finally {
    await context.close();
  }
  const { context: doc, page: docPage, errors, response } = await openPlain(browser, anchors[1].href);
  try {
    assert.equal(response.status(), 200);
    assert.match(await docPage.locator("h1").innerText(), /model behind Relief Sequencer/i);
    const missing = await docPage.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), anchors.map((a) => a.href.split("#")[1]));
    assert.deepEqual(missing, [], "every section linked from How it works exists in the document");
    assert.equal(await docPage.locator('meta[http-equiv="Content-Security-Policy"]').count(), 1);
    assert.equal(await docPage.locator("a", { hasText: "Back to the explorer" }).getAttribute("href"), "./");
    assert.ok((await docPage.locator(".doc table").count()) > 3, "the tables are rendered");
    await docPage.screenshot({ path: `${SCREENSHOT_DIR}model-document.png` });
    assert.deepEqual(errors, []);
  } finally {
    await doc.close();
  }
  assert.ok(BASE_URL);
});
