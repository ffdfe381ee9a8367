// "Suggest a better order": the search runs in a worker with its progress shown, the page keeps
// answering and a search can be cancelled; a clear improvement shows as ghosts on the timeline
// with its changes and outcomes in words, is applied as one change that Undo takes back, and is
// the command line's suggestion for the same scenario (the page opens the default one); anything less says so; a bad option is
// refused naming its field.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, openPage, screenshot } from "./helpers.mjs";
import { openScenario, scenarioWith } from "./scenario-helpers.mjs";
import { chipMonth, relief, tempDir } from "./share-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function search(page, objective = "score") {
  if (!(await page.locator("#suggest").evaluate((d) => d.open))) await page.locator("#suggest > summary").click();
  await page.locator("#suggest-objective").selectOption(objective);
  await page.locator("#suggest-run").click();
}

test("a clear suggestion is shown on the timeline and in words, applied as one change, and is the command line's", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    // On the default scenario, breakdown alone has a clear answer (moving relief later).
    await search(page, "breakdown");
    const result = page.locator("#suggest-result");
    await result.waitFor({ state: "visible", timeout: 60000 });
    assert.ok(await page.evaluate(() => performance.getEntriesByName("relief:suggest-progress").length > 0), "progress was shown");
    assert.match(await result.locator("p").first().innerText(), /^A better order: on fresh futures it lowers the risk of breakdown by month 48 from 0\.\d{3} to 0\.\d{3} \(by 0\.\d{3} ± 0\.\d{3}, one standard error\)\.$/);
    const moves = await result.locator("ul").first().locator("li").allInnerTexts();
    assert.ok(moves.length > 0, "it says what it changes");
    for (const move of moves) assert.match(move, /^[A-Z][a-z ]+: month \d+ → \d+$/);
    const outcomes = await result.locator("ul").nth(1).locator("li").allInnerTexts();
    assert.equal(outcomes.length, 3);
    assert.match(outcomes[0], /^the risk of breakdown by the end: \d+% → \d+% \((no change|[+−]\d+ points)\)$/);
    // Each moved step is named on a ghost at its new month, which takes no pointer and no focus.
    const ghosts = page.locator(".chip-ghost");
    const ghostText = (await ghosts.allInnerTexts()).join(" | ");
    for (const move of moves) {
      const [, name, , to] = /^(.+): month (\d+) → (\d+)$/.exec(move);
      assert.match(ghostText, new RegExp(`${name}( \\+ [A-Za-z ]+)* → ${to}`), ghostText);
    }
    assert.equal(await ghosts.first().getAttribute("aria-hidden"), "true");
    await page.locator("#timeline").scrollIntoViewIfNeeded();
    await screenshot(page, "suggest-ghosts", { fullPage: false });

    // The command line suggests the same, from the same scenario: the same search, natively.
    const dir = tempDir();
    writeFileSync(join(dir, "s.json"), readFileSync(new URL("../../www/scenarios/default.json", import.meta.url)));
    const cli = await relief(["optimize", "s.json", "--objective", "breakdown:48"], { cwd: dir });
    assert.equal(cli.code, 0, cli.stderr);
    for (const move of moves) assert.ok(cli.stdout.includes(`: ${move}\n`), `the command line suggests ${move}:\n${cli.stdout}`);

    // Used: the steps go where the ghosts were, as one change; Undo takes it back.
    const [, label, from, to] = /^(.+): month (\d+) → (\d+)$/.exec(moves[0]);
    assert.equal(await chipMonth(page, label), Number(from));
    await result.getByRole("button", { name: "Use this order" }).click();
    await page.waitForFunction(([l, m]) => document.querySelector(`.chip[aria-label^="${l}"]`).getAttribute("aria-valuenow") === m, [label, to]);
    assert.equal(await ghosts.count(), 0, "the ghosts go");
    assert.equal(await result.isHidden(), true);
    await page.locator("#undo").click();
    await page.waitForFunction(([l, m]) => document.querySelector(`.chip[aria-label^="${l}"]`).getAttribute("aria-valuenow") === m, [label, from]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the page answers while a search runs, Cancel stops it, and a change to the scenario ends it", async () => {
  // Seventeen steps over six years: a search of some seconds.
  const { context, page, errors } = await openPage(browser, { path: "?preset=iran-2013" });
  try {
    await search(page);
    await page.locator("#suggest-progress").waitFor({ state: "visible" });
    // The charts still answer the keyboard while the worker searches.
    const chart = page.locator("#chart-trust");
    await chart.focus();
    const readout = await page.locator("#readout").innerText();
    await page.keyboard.press("Home");
    await page.waitForFunction((before) => document.querySelector("#readout").innerText !== before, readout);
    assert.equal(await page.locator("#suggest-cancel").isVisible(), true, "still searching");
    await page.locator("#suggest-cancel").click();
    assert.equal(await page.locator("#suggest-progress").isHidden(), true);
    assert.equal(await page.locator("#suggest-result").isHidden(), true, "nothing is suggested");
    assert.equal(await page.locator("#suggest-run").isEnabled(), true);

    // A search under way stops when the scenario changes under it.
    await page.locator("#suggest-run").click();
    await page.locator("#suggest-progress").waitFor({ state: "visible" });
    await page.locator(".chip[role=slider]").first().focus();
    await page.keyboard.press("ArrowRight");
    await page.locator("#suggest-progress").waitFor({ state: "hidden" });
    assert.equal(await page.locator("#suggest-result").isHidden(), true);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("with nothing to gain it says so and suggests nothing; a bad option is refused by name", async () => {
  const nothing = scenarioWith({ title: "Nothing to move", shocks: [{ kind: "economic_shock", month: 10, size: 0.3 }] });
  const { context, page, errors } = await openScenario(browser, nothing);
  try {
    await page.locator("#suggest > summary").click();
    await page.locator("#suggest-month").fill("99");
    await page.locator("#suggest-run").click();
    const error = page.locator("#suggest-error");
    assert.equal(await error.innerText(), "The month the risk is read at must be a whole number from 0 to 48; 99 is not.");
    assert.equal(await error.getAttribute("role"), "alert");
    assert.equal(await page.locator("#suggest-month").getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator("#suggest-progress").isHidden(), true, "no search starts");

    await page.locator("#suggest-month").fill("48");
    await page.locator("#suggest-run").click();
    const result = page.locator("#suggest-result");
    await result.waitFor({ state: "visible", timeout: 30000 });
    assert.equal(await error.isHidden(), true);
    assert.match(await result.innerText(), /^No clear improvement: /);
    assert.equal(await page.locator(".chip-ghost").count(), 0);
    assert.equal(await result.getByRole("button").count(), 0, "nothing to use");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("on a phone, the timeline scrolls sideways to a ghost of the suggestion", async () => {
  const { context, page, errors } = await openPage(browser, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  try {
    const scroller = page.locator("#timeline-scroller");
    assert.ok(await scroller.evaluate((s) => s.scrollWidth > s.clientWidth), "the timeline is wider than a phone");
    await search(page, "breakdown");
    await page.locator("#suggest-result").waitFor({ state: "visible", timeout: 60000 });
    const inSight = await page.evaluate(() => {
      const frame = document.getElementById("timeline-scroller").getBoundingClientRect();
      return [...document.querySelectorAll(".chip-ghost")].some((g) => {
        const r = g.getBoundingClientRect();
        return r.left >= frame.left && r.left < frame.right;
      });
    });
    assert.ok(inSight, "a ghost is within the timeline's visible part");
    await screenshot(page, "suggest-ghosts-360", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
