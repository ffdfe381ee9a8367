// The printed debrief: one sheet per team and one for the summary, on A4 and on US Letter, for
// every preset (the longest among them) with teams that moved and added steps; each team's
// page lists what it changed from the start and marks those steps in its sequence.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { launch, screenshot, SCREENSHOT_DIR } from "./helpers.mjs";
import { WORKSHOP_URL, WORKSPACE_KEY, openWorkshop, ready } from "./workshop-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const PAPERS = ["A4", "Letter"];

/** The number of pages of a PDF the browser printed. */
function pageCount(bytes) {
  return (bytes.toString("latin1").match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

/**
 * What each team does to the scenario it starts from, as edits and the changes its debrief
 * page must list (in month order). A step is found by its kind, month and, for relief given
 * by one of several senders, its sender.
 */
const IRAN_TEAMS = [
  {
    name: "Team A",
    move: [{ kind: "sectoral_easing", month: 26, sender: "EU", to: 36 }],
    add: [{ kind: "independent_audit", month: 12 }],
    changes: ["Independent audit added at month 12.", "Sectoral easing (EU) moved from month 26 to month 36."],
  },
  {
    name: "Team B",
    move: [{ kind: "compliance_step", month: 23, to: 30 }],
    add: [
      { kind: "humanitarian_exemption", month: 6, size: 0.05, sender: "EU" },
      { kind: "civil_society_forum", month: 14 },
    ],
    changes: [
      "Humanitarian exemption (EU) added at month 6.",
      "Civil society forum added at month 14.",
      "Compliance step moved from month 23 to month 30.",
    ],
  },
];

/**
 * Sets the facilitator's workspace up in the page's storage: the exercise starting from
 * `preset` (with the example's news, kept inside its horizon), and teams handed back as
 * `edit(start, i)` makes them from the scenario the teams start from. Reopens the debrief.
 */
async function setUp(page, { preset, teams, edit }) {
  // The edit is written into the expression's source: the page's policy allows no eval, but an
  // expression sent through the DevTools protocol is not subject to it.
  await page.evaluate(`(async () => {
    const key = ${JSON.stringify(WORKSPACE_KEY)};
    const preset = ${JSON.stringify(preset)};
    const teams = ${JSON.stringify(teams)};
    const edit = (${edit.toString()});
    const m = await import("./pkg/relief_workshop.js");
    const stored = JSON.parse(localStorage.getItem(key));
    const scenario = m.preset(preset).scenario;
    scenario.description = "";
    scenario.sources = [];
    const horizon = scenario.horizon_months;
    const exercise = {
      ...stored.exercise,
      scenario,
      teams: teams.map((name) => ({ name, lock: "everything" })),
      injects: stored.exercise.injects.filter((inj) => inj.month < horizon),
    };
    const { id, team_start } = m.read_exercise_document(exercise);
    const handed = teams.map((name, i) => ({ name, scenario: edit(structuredClone(team_start), i), exercise_id: id }));
    localStorage.setItem(key, JSON.stringify({ ...stored, exercise, source: "preset:" + preset, teams: handed }));
  })()`);
  await page.goto(`${WORKSHOP_URL}#debrief`);
  await page.reload();
  await ready(page);
  await page.locator(".debrief-team").nth(teams.length - 1).waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll(".debrief-chart")].every((img) => img.complete && img.naturalWidth > 0));
}

/** Prints the page to PDF on each paper and returns the page counts, keyed by paper. */
async function printedPages(page, name = null) {
  const counts = {};
  for (const format of PAPERS) {
    const bytes = await page.pdf({ format, printBackground: false });
    if (name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      writeFileSync(`${SCREENSHOT_DIR}${name}-${format.toLowerCase()}.pdf`, bytes);
    }
    counts[format] = pageCount(bytes);
  }
  return counts;
}

test("with the longest preset, each team's page lists what it changed, marks it in its sequence, and prints on one sheet of A4 or Letter", async () => {
  const { context, page, errors } = await openWorkshop(browser, { fragment: "setup" });
  try {
    // The facilitator starts the teams from the Iran preset, the one with the most steps.
    await page.locator("#setup-preset").selectOption("preset:iran-2013");
    await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key)).exercise.scenario.steps.length === 17, WORKSPACE_KEY);
    const links = await page.evaluate(
      async ({ key, teams }) => {
        const m = await import("./pkg/relief_workshop.js");
        const stored = JSON.parse(localStorage.getItem(key));
        const { id, team_start, exercise } = m.read_exercise_document(stored.exercise);
        return teams.map((team) => {
          const scenario = structuredClone(team_start);
          for (const move of team.move) {
            const step = scenario.steps.find((s) => s.kind === move.kind && s.month === move.month && (!move.sender || s.sender === move.sender));
            step.month = move.to;
          }
          for (const { kind, month, size, sender } of team.add) scenario.steps.push({ kind, month, ...(size ? { size } : {}), ...(sender ? { sender } : {}) });
          const work = { format: "relief-team/1", team: team.name, exercise: id, exercise_title: exercise.title, scenario };
          return `${location.origin}${location.pathname}#${m.team_link(work)}`;
        });
      },
      { key: WORKSPACE_KEY, teams: IRAN_TEAMS.map(({ name, move, add }) => ({ name, move, add })) },
    );
    // Two teams hand back; the exercise's third never does.
    await page.goto(`${WORKSHOP_URL}#compare`);
    await ready(page);
    await page.locator("#compare-input").fill(links.join("\n"));
    await page.locator("#compare-add").click();
    await page.locator("#ranking-table tbody tr:nth-child(2)").waitFor();

    await page.goto(`${WORKSHOP_URL}#debrief`);
    await ready(page);
    await page.locator(".debrief-team").nth(1).waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll(".debrief-chart")].every((img) => img.complete && img.naturalWidth > 0));
    for (const [i, team] of IRAN_TEAMS.entries()) {
      const sheet = page.locator(".debrief-team").nth(i);
      assert.equal(await sheet.locator("h3").innerText(), team.name);
      assert.equal(await sheet.locator(".debrief-changes h4").innerText(), "What this team changed from the start");
      assert.deepEqual(await sheet.locator(".debrief-change-list li").allInnerTexts(), team.changes, team.name);
      // Each moved or added step is marked in the sequence, with a word.
      const marked = await sheet.locator(".sequence-item.changed").evaluateAll((items) =>
        items.map((li) => ({ tag: li.querySelector(".change-tag").textContent, month: li.querySelector(".sequence-month").textContent, what: li.querySelector("strong").textContent })),
      );
      const expected = [
        ...team.move.map((m) => ({ tag: "Moved", month: `Month ${m.to}`, kind: m.kind })),
        ...team.add.map((a) => ({ tag: "Added", month: `Month ${a.month}`, kind: a.kind })),
      ];
      assert.equal(marked.length, expected.length, `${team.name}: ${JSON.stringify(marked)}`);
      for (const want of expected) {
        assert.ok(
          marked.some((m) => m.tag === want.tag && m.month === want.month),
          `${team.name}: ${want.tag} at ${want.month} is marked: ${JSON.stringify(marked)}`,
        );
      }
      // The sequence is the whole preset with the team's additions, the shocks and the news.
      const items = await sheet.locator(".sequence-list li").count();
      assert.ok(items >= 17 + team.add.length, `${team.name} lists ${items} items`);
    }

    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, "workshop-debrief-changes", { fullPage: false });
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "workshop-debrief-print");
    assert.deepEqual(await printedPages(page, "workshop-debrief-iran"), { A4: 3, Letter: 3 }, "one sheet for the summary and one for each team");
    await page.emulateMedia({ media: "screen" });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("every preset prints one sheet per team, even with steps added, and a team that changed nothing says so", async () => {
  const { context, page, errors } = await openWorkshop(browser, { fragment: "debrief" });
  try {
    const presets = await page.evaluate(async () => (await import("./pkg/relief_workshop.js")).preset_list().map((p) => p.name));
    assert.ok(presets.length >= 11, presets.join(", "));
    for (const preset of presets) {
      // The first team adds a step of each of four kinds and moves the last step later; the
      // second hands back the start as it is.
      await setUp(page, {
        preset,
        teams: ["Adds four", "Keeps all"],
        edit: (start, i) => {
          if (i === 1) return start;
          const horizon = start.horizon_months;
          const last = start.steps.reduce((a, s) => (s.month > a.month ? s : a), start.steps[0]);
          last.month = Math.min(horizon - 1, last.month + 3);
          for (const [n, kind] of ["independent_audit", "joint_committee", "civil_society_forum", "technical_cooperation"].entries()) {
            start.steps.push({ kind, month: Math.min(horizon - 1, 4 + n * 5) });
          }
          return start;
        },
      });
      const added = page.locator(".debrief-team").first().locator(".debrief-change-list li[data-kind='added']");
      assert.equal(await added.count(), 4, preset);
      const kept = page.locator(".debrief-team").nth(1);
      assert.equal(await kept.locator(".debrief-change-list").count(), 0, preset);
      assert.match(await kept.locator(".debrief-unchanged").innerText(), /^Nothing: this team kept every step and shock/, preset);
      assert.equal(await kept.locator(".sequence-item.changed").count(), 0, preset);
      assert.deepEqual(await printedPages(page), { A4: 3, Letter: 3 }, preset);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("with eight teams the summary still takes one sheet, and each team one more", async () => {
  const { context, page, errors } = await openWorkshop(browser, { fragment: "debrief" });
  try {
    const teams = ["Blue", "Green", "Orange", "Purple", "Red", "Teal", "Yellow", "Grey"];
    await setUp(page, {
      preset: "iran-2013",
      teams,
      edit: (start, i) => {
        start.steps[i].month += 2 + i;
        start.steps.push({ kind: "joint_committee", month: 3 + i });
        return start;
      },
    });
    assert.equal(await page.locator(".debrief-summary #ranking-table tbody tr").count(), 8);
    assert.equal(await page.locator(".debrief-team").count(), 8);
    assert.deepEqual(await printedPages(page, "workshop-debrief-eight"), { A4: 9, Letter: 9 });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a team that adds twelve steps to the longest preset and changes four still gets one sheet", async () => {
  const { context, page, errors } = await openWorkshop(browser, { fragment: "debrief" });
  try {
    await setUp(page, {
      preset: "iran-2013",
      teams: ["Adds twelve", "Keeps all"],
      edit: (start, i) => {
        if (i === 1) return start;
        const find = (kind, month, sender) => start.steps.find((s) => s.kind === kind && s.month === month && (!sender || s.sender === sender));
        find("sectoral_easing", 26, "EU").month = 36;
        find("compliance_step", 23).size = 0.4;
        find("asset_unfreezing", 26, "UN").conditional = false;
        start.steps.splice(start.steps.indexOf(find("joint_committee", 20)), 1);
        const kinds = ["independent_audit", "civil_society_forum", "technical_cooperation", "regional_coordination"];
        for (let n = 0; n < 12; n += 1) start.steps.push({ kind: kinds[n % 4], month: 3 + n * 2 });
        return start;
      },
    });
    const team = page.locator(".debrief-team").first();
    assert.equal(await team.locator(".debrief-change-list li").count(), 16);
    assert.equal(await team.locator(".sequence-item.changed").count(), 15, "every change but the removal is marked");
    assert.equal(await team.getAttribute("data-length"), "very-long");
    assert.deepEqual(await printedPages(page, "workshop-debrief-twelve"), { A4: 3, Letter: 3 });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
