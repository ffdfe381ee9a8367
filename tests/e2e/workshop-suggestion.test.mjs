// What the model would have suggested, in the debrief: the search runs in a worker of its own,
// on the exercise's starting scenario (with its news), moves none of the steps
// the teams could not change, aims where the ranking aims, and shows the answer's own words and
// numbers beside the teams'; it prints on a sheet of its own once asked for and not before, is
// kept until the exercise changes, can be cancelled, and says what went wrong when it fails.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./helpers.mjs";
import { WORKSHOP_URL, WORKSPACE_KEY, openWorkshop, rankingRows, ready, roomExercise, seriousViolations } from "./workshop-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The longest preset: seventeen steps over six years, a search of some seconds. */
const PRESET = "iran-2013";

/**
 * The room: the preset as the starting scenario with the room's two pieces of news, Team A and
 * Team B playing the sanctioning side and Team C the target, each handing back the start with
 * one of its own steps moved. Sets the facilitator's workspace up in the page's storage and
 * opens the debrief.
 */
async function setUpRoom(page) {
  await page.evaluate(`(async () => {
    const key = ${JSON.stringify(WORKSPACE_KEY)};
    const room = ${JSON.stringify(roomExercise())};
    const m = await import("./pkg/relief_workshop.js");
    const scenario = m.preset(${JSON.stringify(PRESET)}).scenario;
    scenario.description = "";
    scenario.sources = [];
    const exercise = {
      ...room,
      scenario,
      teams: [{ name: "Team A", lock: "sanctioning" }, { name: "Team B", lock: "sanctioning" }, { name: "Team C", lock: "target" }],
    };
    const { version, team_start } = m.read_exercise_document(exercise);
    const moved = (kind, by) => {
      const s = structuredClone(team_start);
      s.steps.find((step) => step.kind === kind).month += by;
      return s;
    };
    const teams = [
      { name: "Team A", scenario: moved("sectoral_easing", 6), exercise_id: version },
      { name: "Team B", scenario: moved("financial_channels", -10), exercise_id: version },
      { name: "Team C", scenario: moved("compliance_step", 3), exercise_id: version },
    ];
    localStorage.setItem(key, JSON.stringify({ exercise, source: "preset:" + ${JSON.stringify(PRESET)}, teams, settings: {} }));
  })()`);
  await page.goto(`${WORKSHOP_URL}#debrief`);
  await page.reload();
  await ready(page);
  await page.locator(".debrief-team").nth(2).waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll(".debrief-chart")].every((img) => img.complete && img.naturalWidth > 0));
}

/**
 * The answer the page must show, worked out here on the page's main thread with the explorer's
 * module: the exercise's starting scenario with its news, Team A's and Team B's lock (the first
 * of the room's locks) held, and the ranking's default weights as the search's aim (recovery
 * weighs 1 to breakdown risk's 3, so a point of recovery counts as 0.33 of a point of risk;
 * trust and leverage are beyond the search).
 */
function expectedAnswer(page) {
  return page.evaluate(`(async () => {
    const explorer = await import("./pkg/relief_web.js");
    await explorer.default();
    const w = await import("./pkg/relief_workshop.js");
    const stored = JSON.parse(localStorage.getItem(${JSON.stringify(WORKSPACE_KEY)}));
    const { reference } = w.read_exercise_document(stored.exercise);
    const kinds = w.workshop_catalog().locks.find((l) => l.key === "sanctioning").kinds;
    const locked = reference.steps.flatMap((s, i) => (kinds.includes(s.kind) ? [] : [i]));
    const options = { objective: "score", recovery_weight: 0.33, month: reference.horizon_months, locked };
    const answer = explorer.suggest_order(JSON.stringify(reference), options, () => {});
    // The suggestion as the ranking measures the teams: on the exercise's own futures.
    let measured = null;
    if (answer.clear) {
      const c = new w.Comparison();
      c.set_exercise(stored.exercise);
      c.add_team("Suggested", JSON.stringify(answer.scenario), "", undefined);
      const row = c.ranking(undefined).rows[0];
      measured = { score: row.score_text, texts: row.texts };
      c.free();
    }
    return { reference, kinds, locked, answer, measured };
  })()`);
}

/** The number of pages of a PDF the browser printed. */
function pageCount(bytes) {
  return (bytes.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

async function printedPages(page) {
  const counts = {};
  for (const format of ["A4", "Letter"]) counts[format] = pageCount(await page.pdf({ format, printBackground: false }));
  return counts;
}

/** Waits for the next analysis worker the page starts. */
function nextSearchWorker(page) {
  return page.waitForEvent("worker", { predicate: (w) => w.url().includes("suggestion-worker"), timeout: 15000 });
}

test("the suggestion keeps the teams' lock, shows the answer's own words and numbers beside the teams', prints on its own sheet, and is kept until the exercise changes", async () => {
  // The context bypasses the policy only so axe-core can be added to check the section.
  const { context, page, errors } = await openWorkshop(browser, { fragment: "debrief", viewport: { width: 1366, height: 768 }, bypassCSP: true });
  try {
    await setUpRoom(page);
    const section = page.locator(".debrief-suggestion");
    assert.equal(await section.locator("h4").innerText(), "What the model would have suggested");
    assert.equal(await section.getAttribute("data-state"), "idle");
    // The teams play under two locks: the search keeps to the first unless told otherwise.
    const lock = page.getByLabel("Move only what these teams could change");
    assert.deepEqual(await lock.locator("option").allInnerTexts(), ["Only the sanctioning side's steps (Team A, Team B)", "Only the target's steps (Team C)"]);
    assert.match(await section.locator(".debrief-suggestion-about").innerText(), /aiming at the risk of breakdown by month 73 less 0\.33 times the economic recovery/);

    // Not yet asked for, the suggestion leaves nothing in print: the summary and one sheet a team.
    await page.emulateMedia({ media: "print" });
    assert.equal(await section.isHidden(), true, "no empty box in print");
    assert.deepEqual(await printedPages(page), { A4: 4, Letter: 4 });
    await page.emulateMedia({ media: "screen" });

    const expected = await expectedAnswer(page);
    assert.ok(expected.locked.length > 0 && expected.locked.length < expected.reference.steps.length, "some steps are held, some may move");

    // The search runs in its own worker, with its progress shown and labelled.
    const started = nextSearchWorker(page);
    const run = page.getByRole("button", { name: "Suggest an order" });
    await run.click();
    await started;
    const bar = page.getByRole("progressbar", { name: "Searching" });
    assert.equal(await bar.isVisible(), true, "progress is shown while it searches");
    assert.equal(await page.getByRole("button", { name: "Cancel" }).isVisible(), true);
    await page.locator(".debrief-suggestion:is([data-state='answered'], [data-state='error'])").waitFor({ timeout: 120000 });
    const failed = await section.locator(".debrief-suggestion-error").allInnerTexts();
    assert.equal(await section.getAttribute("data-state"), "answered", `the search answered: ${failed.join(" ")}`);
    assert.equal(await bar.count(), 0, "the progress goes with the search");

    // The answer in words: either what it changes, or plainly that nothing beats the start.
    const verdict = section.locator(".debrief-suggestion-verdict");
    const moves = await section.locator(".debrief-suggestion-moves li").allInnerTexts();
    const outcomes = await section.locator(".debrief-suggestion-outcomes li").allInnerTexts();
    if (moves.length) {
      assert.match(await verdict.innerText(), /^A better order: /);
      for (const move of moves) assert.match(move, /^[A-Z][a-z ]+: month \d+ → \d+/);
      assert.equal(outcomes.length, 3);
    } else {
      assert.match(await verdict.innerText(), /^No clear improvement: /);
      assert.equal(await section.locator(".debrief-suggestion-sequence").count(), 0, "nothing is suggested");
    }
    // Without a clear answer, nothing would show whether the lock was kept.
    assert.ok(expected.answer.clear, `this room's exercise has a clear answer under its lock: ${expected.answer.text}`);

    // No step the teams could not change moved: every step in the shown sequence is where the
    // exercise put it, unless a team under the lock could move it.
    const shown = await section.locator(".debrief-suggestion-sequence li[data-list='steps']").evaluateAll((items) =>
      items.map((li) => ({ index: Number(li.dataset.index), month: Number(li.dataset.month), tag: li.querySelector(".change-tag")?.textContent ?? null })),
    );
    assert.equal(shown.length, expected.reference.steps.length, "every step of the start is shown");
    for (const i of expected.locked) {
      const item = shown.find((s) => s.index === i);
      assert.equal(item.month, expected.reference.steps[i].month, `locked step ${i} (${expected.reference.steps[i].kind}) stays at its month`);
      assert.equal(item.tag, null, `locked step ${i} is not marked`);
    }
    const moved = shown.filter((s) => s.month !== expected.reference.steps[s.index].month);
    assert.ok(moved.length > 0, "the suggestion moves something");
    for (const s of moved) {
      assert.ok(expected.kinds.includes(expected.reference.steps[s.index].kind), `step ${s.index} may move`);
      assert.equal(s.tag, "Moved");
    }

    // The words and numbers are the answer's own: its verdict (the objective before and after,
    // with its error), its moves, and the three outcomes before and after on the same fresh
    // futures.
    assert.equal(await verdict.innerText(), expected.answer.text);
    assert.deepEqual(moves, expected.answer.moves.map((m) => m.text));
    assert.deepEqual(outcomes, expected.answer.outcomes.map((o) => o.text));

    // Beside the teams: the suggestion measured as the teams are, then the start, then each team
    // with the ranking's own numbers.
    const beside = await section.locator("table.debrief-suggestion-table tbody tr").evaluateAll((rows) =>
      rows.map((tr) => ({
        kind: tr.dataset.sequence,
        name: tr.querySelector("th").textContent,
        score: tr.querySelector("td.score").textContent,
        numbers: Object.fromEntries([...tr.querySelectorAll("td.number")].map((td) => [td.dataset.criterion, td.textContent])),
      })),
    );
    assert.deepEqual(beside.map((r) => r.kind), ["suggested", "start", "team", "team", "team"]);
    assert.equal(beside[0].score, expected.measured.score);
    assert.deepEqual(beside[0].numbers, expected.measured.texts);
    const ranking = await rankingRows(page, ".debrief-summary");
    for (const row of ranking) {
      const team = beside.find((r) => r.name === row.team);
      assert.ok(team, `${row.team} is beside the suggestion`);
      assert.equal(team.score, row.score);
      assert.deepEqual(team.numbers, row.numbers, row.team);
    }
    assert.equal(await page.locator("#workshop-status").innerText(), `${expected.answer.text} ${expected.answer.moves.map((m) => m.text).join("; ")}.`);
    assert.deepEqual(await seriousViolations(page), []);

    await section.scrollIntoViewIfNeeded();
    await screenshot(page, "workshop-suggestion", { fullPage: false });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, "workshop-suggestion-projector", { fullPage: false });

    // In print it takes one sheet of its own, after the summary and before the teams'.
    await page.emulateMedia({ media: "print" });
    assert.equal(await section.isVisible(), true);
    assert.equal(await section.getByRole("button").count(), 0, "no buttons print");
    assert.equal(await section.locator(".no-print").evaluateAll((els) => els.every((e) => getComputedStyle(e).display === "none")), true);
    await screenshot(page, "workshop-suggestion-print");
    assert.deepEqual(await printedPages(page), { A4: 5, Letter: 5 });
    await page.emulateMedia({ media: "screen" });

    // Kept: another view and back shows the same answer without searching again.
    let searches = 0;
    page.on("worker", (w) => {
      if (w.url().includes("suggestion-worker")) searches += 1;
    });
    await page.goto(`${WORKSHOP_URL}#compare`);
    await page.locator("#view-compare #ranking-table").waitFor();
    await page.goto(`${WORKSHOP_URL}#debrief`);
    await page.locator(".debrief-suggestion[data-state='answered']").waitFor();
    assert.equal(await verdict.innerText(), expected.answer.text);
    assert.equal(searches, 0, "no second search");

    // Dropped when the exercise changes: news moved to another month is another exercise.
    await page.goto(`${WORKSHOP_URL}#setup`);
    const month = page.locator("#setup-inject-0-month");
    await month.fill("14");
    await month.dispatchEvent("change");
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).exercise.injects[0].month === 14, WORKSPACE_KEY);
    await page.goto(`${WORKSHOP_URL}#debrief`);
    await page.locator(".debrief-suggestion[data-state='idle']").waitFor();
    assert.equal(await section.locator(".debrief-suggestion-verdict").count(), 0);
    assert.equal(await run.isEnabled(), true);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("Cancel ends the search's worker and leaves nothing suggested; a failed search or a bad answer is said in words", async () => {
  const { context, page, errors } = await openWorkshop(browser, { fragment: "debrief" });
  try {
    await setUpRoom(page);
    const section = page.locator(".debrief-suggestion");
    const started = nextSearchWorker(page);
    await page.getByRole("button", { name: "Suggest an order" }).click();
    const worker = await started;
    // The search has begun once the worker reports its first orders tried.
    await page.waitForFunction(() => document.querySelector("#debrief-suggest-bar")?.value > 0, null, { timeout: 30000 });
    const closed = worker.waitForEvent("close");
    await page.getByRole("button", { name: "Cancel" }).click();
    await closed;
    assert.equal(await section.getAttribute("data-state"), "idle");
    assert.equal(await page.locator("#debrief-suggest-bar").count(), 0);
    assert.equal(await section.locator(".debrief-suggestion-verdict, .debrief-suggestion-error").count(), 0, "nothing is suggested");
    const run = page.getByRole("button", { name: "Suggest an order" });
    assert.equal(await run.isEnabled(), true);
    assert.equal(await run.evaluate((b) => b === document.activeElement), true, "focus goes back to the button");
    assert.equal(await page.locator("#workshop-status").innerText(), "Search cancelled.");

    // A worker that cannot start is a failure said in words in the section.
    await context.route("**/workshop/suggestion-worker.js", (route) =>
      route.fulfill({ contentType: "text/javascript", body: 'throw new Error("the search is broken");' }),
    );
    await run.click();
    const error = section.locator(".debrief-suggestion-error");
    await error.waitFor();
    assert.match(await error.innerText(), /^No suggestion could be made: the search stopped unexpectedly/);
    assert.equal(await error.getAttribute("role"), "alert");
    assert.equal(await section.getAttribute("data-state"), "error");

    // An answer that cannot be used is said too, and nothing of it is shown.
    await context.unroute("**/workshop/suggestion-worker.js");
    await context.route("**/workshop/suggestion-worker.js", (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: 'self.onmessage = () => self.postMessage({ type: "done", result: { clear: true, text: "A better order.", moves: [], outcomes: [], scenario: null } });',
      }),
    );
    await run.click();
    await page.waitForFunction(() => /could not be used/.test(document.querySelector(".debrief-suggestion-error")?.textContent ?? ""));
    assert.match(await error.innerText(), /^The search's answer could not be used: /);
    assert.equal(await section.locator(".debrief-suggestion-verdict").count(), 0);

    // A model's own refusal comes back in its words.
    await context.unroute("**/workshop/suggestion-worker.js");
    await context.route("**/workshop/suggestion-worker.js", (route) =>
      route.fulfill({ contentType: "text/javascript", body: 'self.onmessage = () => self.postMessage({ type: "error", message: "locked step 99 does not exist" });' }),
    );
    await run.click();
    await page.waitForFunction(() => /locked step 99/.test(document.querySelector(".debrief-suggestion-error")?.textContent ?? ""));
    assert.equal(await error.innerText(), "No suggestion could be made: locked step 99 does not exist.");
    // The search's worker reports its own failures; the page itself threw nothing.
    assert.deepEqual(errors.filter((e) => !/the search is broken/.test(e)), []);
  } finally {
    await context.close();
  }
});
