// The workshop's ranking: a weighted score out of 100 with its standard error. Teams whose
// scores differ by no more than the simulation's noise share a place ("=1st", said as "tied
// within noise"), and the facilitator's weights, set in the Compare view and kept with the
// workspace, reorder the teams as the model's numbers say, in the comparison and the debrief.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, screenshot } from "./helpers.mjs";
import { WORKSHOP_URL, DEFAULT_WEIGHTS, openWorkshop, ready, expectedRanking, placeText, rankingRows, seriousViolations } from "./workshop-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/**
 * Makes hand-backs from the exercise's start, each changed by one of the named `edits`
 * ("same", "snapback at 3", "lift at 12"), and returns each team's link, scenario and
 * projection.
 */
function makeTeams(page, edits) {
  return page.evaluate(async (edits) => {
    const m = await import("./pkg/relief_workshop.js");
    const stored = JSON.parse(localStorage.getItem("relief-sequencer:workshop:v1"));
    const { id, team_start, exercise } = m.read_exercise_document(stored.exercise);
    const change = {
      same: () => {},
      "snapback at 3": (s) => s.steps.push({ kind: "snapback_clause", month: 3 }),
      "lift at 12": (s) => {
        s.steps = s.steps.filter((x) => x.kind !== "sectoral_easing" && x.kind !== "financial_channels");
        s.steps.push({ kind: "full_lifting", month: 12 });
      },
    };
    return Object.entries(edits).map(([team, edit]) => {
      const scenario = JSON.parse(JSON.stringify(team_start));
      change[edit](scenario);
      const work = { format: "relief-team/1", team, exercise: id, exercise_title: exercise.title, scenario };
      return {
        team,
        scenario,
        link: `${location.origin}${location.pathname}#${m.team_link(work)}`,
        projection: m.simulate(scenario),
      };
    });
  }, edits);
}

async function addTeams(page, teams) {
  await page.locator("#compare-input").fill(teams.map((t) => t.link).join("\n"));
  await page.locator("#compare-add").click();
  await page.locator(`#ranking-table tbody tr:nth-child(${teams.length})`).waitFor();
}

/** What the table must show under `weights`, from the model's own numbers. */
function expected(teams, weights = DEFAULT_WEIGHTS) {
  const { order, places, tied } = expectedRanking(
    teams.map((t) => t.projection),
    { runs: teams[0].scenario.runs, weights },
  );
  return order.map((i, n) => ({ team: teams[i].team, place: placeText(places[n], tied[n]) }));
}

const shown = async (page) => (await rankingRows(page, "#view-compare")).map((r) => ({ team: r.team, place: r.place }));

test("two teams handing back the same sequence are tied within noise, and a clearly different one is not", async () => {
  // The accessibility check adds axe-core as a script, which the page's policy would refuse.
  const { context, page, errors } = await openWorkshop(browser, { fragment: "compare", viewport: { width: 1280, height: 720 }, bypassCSP: true });
  try {
    const teams = await makeTeams(page, { "Team A": "same", "Team B": "snapback at 3", "Team C": "same" });
    await addTeams(page, teams);

    const want = expected(teams);
    assert.deepEqual(
      want.map((r) => r.place),
      ["=1st", "=1st", "3rd"],
      "the model's numbers tie the two identical sequences and set the third apart",
    );
    assert.deepEqual(await shown(page), want);
    assert.deepEqual(want.slice(0, 2).map((r) => r.team), ["Team A", "Team C"], "equal scores keep the order the teams were added in");

    const rows = await rankingRows(page);
    for (const row of rows) assert.match(row.score, /^\d+ ± \d+(\.\d)?$/, `${row.team}: the score and its standard error`);
    assert.equal(rows[0].score, rows[1].score, "the same sequence gets the same score");
    // A screen reader hears the place in words, not "equals".
    const said = await page.locator("#ranking-table tbody tr:first-child td.place .visually-hidden").textContent();
    assert.equal(said, "1st, tied within noise");
    assert.equal(await page.locator("#ranking-table tbody tr:first-child td.place [aria-hidden='true']").textContent(), "=1st");

    const caption = await page.locator("#ranking-table caption").textContent();
    assert.match(caption, /breakdown risk × 3, trust × 1, economic recovery × 1, leverage kept × 1/);
    assert.match(caption, /within two standard errors/);
    assert.match(caption, /tied within noise/);

    await page.locator("#ranking-heading").scrollIntoViewIfNeeded();
    await screenshot(page, "workshop-ranking-ties-1280", { fullPage: false });
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("changing a weight in the Compare view reorders the teams as the model's numbers say, and the debrief follows", async () => {
  const { context, page, errors } = await openWorkshop(browser, { fragment: "compare", viewport: { width: 1920, height: 1080 } });
  try {
    // The phased start, the same with a snapback clause (riskier, but more recovery and
    // trust), and everything lifted at month 12 (the lowest breakdown risk).
    const teams = await makeTeams(page, { Phased: "same", Snapback: "snapback at 3", "Lift at 12": "lift at 12" });
    await addTeams(page, teams);
    const weightsShown = () =>
      page.$$eval("#ranking-weight-fields input", (inputs) => Object.fromEntries(inputs.map((i) => [i.dataset.weight, Number(i.value)])));
    assert.deepEqual(await weightsShown(), DEFAULT_WEIGHTS);

    const byDefault = expected(teams);
    assert.deepEqual(await shown(page), byDefault);
    assert.equal(byDefault[0].team, "Lift at 12", "the lowest breakdown risk first under the default weights");

    // Recovery counts most: the model's numbers put another team first.
    const recovery = { breakdown_risk: 1, trust: 1, economy: 5, leverage: 1 };
    await page.locator("#ranking-weight-breakdown_risk").fill("1");
    await page.locator("#ranking-weight-economy").fill("5");
    const byRecovery = expected(teams, recovery);
    assert.notEqual(byRecovery[0].team, byDefault[0].team, "the weights matter for these teams");
    await page.waitForFunction((first) => document.querySelector("#view-compare #ranking-table tbody tr")?.dataset.team === first, byRecovery[0].team);
    assert.deepEqual(await shown(page), byRecovery);
    assert.match(await page.locator("#ranking-table caption").textContent(), /breakdown risk × 1, trust × 1, economic recovery × 5, leverage kept × 1/);
    assert.match(await page.locator("#ranking-table thead").textContent(), /weight 5/);
    await screenshot(page, "workshop-ranking-weights-1920", { fullPage: false });

    // A weight out of range is named and changes nothing; so is every weight at 0.
    await page.locator("#ranking-weight-trust").fill("7");
    assert.match(await page.locator("#ranking-weights-problem").textContent(), /Trust: give a weight from 0 to 5/);
    assert.equal(await page.locator("#ranking-weight-trust").getAttribute("aria-invalid"), "true");
    assert.deepEqual(await shown(page), byRecovery);
    await page.locator("#ranking-weight-trust").fill("1");
    assert.equal(await page.locator("#ranking-weights-problem").isHidden(), true);
    // Each field set to 0 in turn ranks again until the last, which would leave nothing to
    // weigh: the ranking stays on leverage alone, the last sound weights.
    for (const key of Object.keys(recovery)) await page.locator(`#ranking-weight-${key}`).fill("0");
    assert.match(await page.locator("#ranking-weights-problem").textContent(), /Every weight is 0/);
    assert.deepEqual(await shown(page), expected(teams, { breakdown_risk: 0, trust: 0, economy: 0, leverage: 1 }));
    await page.locator("#ranking-weight-breakdown_risk").fill("1");
    await page.locator("#ranking-weight-trust").fill("1");
    await page.locator("#ranking-weight-economy").fill("5");
    await page.locator("#ranking-weight-leverage").fill("1");

    // The weights are kept with the workspace: a reload, and the debrief, use them.
    await page.reload();
    await ready(page);
    await page.locator("#ranking-table tbody tr:nth-child(3)").waitFor();
    assert.deepEqual(await weightsShown(), recovery);
    assert.deepEqual(await shown(page), byRecovery);
    await page.goto(`${WORKSHOP_URL}#debrief`);
    await ready(page);
    const debrief = await page.$$eval(".debrief-summary #ranking-table tbody tr", (rows) =>
      rows.map((tr) => ({ team: tr.dataset.team, place: tr.querySelector("td.place").firstChild.textContent })),
    );
    assert.deepEqual(debrief, byRecovery);

    // Reset brings the defaults back, and their order.
    await page.goto(`${WORKSHOP_URL}#compare`);
    await ready(page);
    await page.locator("#ranking-weights-reset").click();
    assert.deepEqual(await weightsShown(), DEFAULT_WEIGHTS);
    await page.waitForFunction((first) => document.querySelector("#view-compare #ranking-table tbody tr")?.dataset.team === first, byDefault[0].team);
    assert.deepEqual(await shown(page), byDefault);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
