// The workshop page, part one: a facilitator sets up an exercise and shares it as one link; a
// team opens it on its own device, builds its sequence within its lock and hands it back as
// a link, a file and a QR code; the facilitator compares the teams and the table ranks them
// by the model's numbers. Each "device" is a browser context of its own.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { launch, screenshot, frames, summaryStart } from "./helpers.mjs";
import { WORKSHOP_URL, openWorkshop, ROOM, ready, wasm, expectedRanking, placeText, seriousViolations, rankingRows } from "./workshop-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Sets up an exercise through the form and returns its link. */
async function setUpExercise(page) {
  await page.locator("#setup-title").fill("Border crossings: a sequencing exercise");
  await page.locator("#setup-briefing").fill("Blue plays the sanctioning side, Green the target, Orange everything.");
  await page.locator("#setup-team-0-name").fill("Blue");
  await page.locator("#setup-team-0-lock").selectOption("sanctioning");
  await page.locator("#setup-team-1-name").fill("Green");
  await page.locator("#setup-team-1-lock").selectOption("target");
  await page.locator("#setup-team-2-name").fill("Orange");
  await page.locator("#setup-add-team").click();
  // A new team row takes the focus, with a name of its own.
  assert.equal(await page.evaluate(() => document.activeElement.id), "setup-team-3-name");
  assert.equal(await page.locator("#setup-team-3-name").inputValue(), "Team D");
  await page.locator("#setup-team-3-name").fill("Purple");
  await page.locator("#setup-team-3-lock").selectOption("confidence");
  await page.locator("#setup-inject-0-month").fill("9");
  await page.locator("#setup-add-inject").click();
  await page.locator("#setup-inject-2-month").fill("40");
  await page.locator("#setup-inject-2-kind").selectOption("regional_crisis");
  await page.locator("#setup-inject-2-headline").fill("Refugees cross the border <b>in thousands</b>");
  await page.locator("#setup-inject-2-text").fill("Camps fill on both sides.");
  await page.locator("#exercise-link").waitFor({ state: "visible" });
  return page.locator("#exercise-link").inputValue();
}

test("an exercise link round trip: set-up → link → another device opens the same teams, locks and injects", async () => {
  const facilitator = await openWorkshop(browser, ROOM);
  const team = await openWorkshop(browser, { ...ROOM, viewport: { width: 1024, height: 800 } });
  try {
    const { page } = facilitator;
    assert.equal(await page.locator("#view-setup").isVisible(), true, "an empty address opens the set-up");
    const link = await setUpExercise(page);
    assert.ok(link.startsWith(`${WORKSHOP_URL}#w3.`), link);
    await page.locator("#exercise-link-note").filter({ hasText: /characters long and holds the whole exercise/ }).waitFor();
    const qr = page.locator("#exercise-qr");
    assert.equal(await qr.getAttribute("alt"), "QR code of the exercise link");
    await page.waitForFunction(() => document.getElementById("exercise-qr").naturalWidth > 0);
    assert.match(await qr.getAttribute("src"), /^blob:/);
    await screenshot(page, "workshop-setup");

    // The QR code for the room: large, in a dialog that gives the focus back.
    await page.locator("#exercise-qr-large").click();
    assert.ok(await page.locator("#qr-dialog").isVisible());
    const width = await page.locator("#qr-dialog-image").evaluate((img) => img.getBoundingClientRect().width);
    assert.ok(width >= 500, `the room's QR code is ${width}px wide`);
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("#qr-dialog").isVisible(), false);

    // Another device opens the link: the team view of the same exercise.
    const other = team.page;
    await other.goto(link);
    await ready(other);
    assert.equal(await other.locator("#view-team").isVisible(), true);
    assert.equal(await other.locator("#team-heading").innerText(), "Border crossings: a sequencing exercise");
    assert.match(await other.locator("#team-briefing").innerText(), /Blue plays the sanctioning side/);
    const choices = await other.locator(".team-choice").allInnerTexts();
    assert.deepEqual(
      choices.map((c) => c.replace(/\s+/g, " ").trim()),
      [
        "Blue Only the sanctioning side's steps",
        "Green Only the target's steps",
        "Orange Every step",
        "Purple Only confidence-building measures",
      ],
    );
    const read = await wasm(other, (m) => m.exercise_from_link(location.hash).exercise);
    assert.deepEqual(
      read.injects.map((i) => [i.month, i.kind, i.headline]),
      [
        [9, "spoiler_attack", "Bombing at a border crossing: hardliners claim it"],
        [30, "leadership_change", "Elections bring a new government to the sanctioning side"],
        [40, "regional_crisis", "Refugees cross the border <b>in thousands</b>"],
      ],
    );
    assert.equal(read.injects[2].text, "Camps fill on both sides.");

    // The same link carries the exercise to a second facilitator's device, field for field.
    await other.locator("#team-facilitate").click();
    await other.waitForFunction(() => location.hash === "#setup");
    assert.equal(await other.locator("#setup-title").inputValue(), "Border crossings: a sequencing exercise");
    for (const [i, name, lock] of [
      [0, "Blue", "sanctioning"],
      [1, "Green", "target"],
      [2, "Orange", "everything"],
      [3, "Purple", "confidence"],
    ]) {
      assert.equal(await other.locator(`#setup-team-${i}-name`).inputValue(), name);
      assert.equal(await other.locator(`#setup-team-${i}-lock`).inputValue(), lock);
    }
    assert.equal(await other.locator("#setup-inject-2-headline").inputValue(), "Refugees cross the border <b>in thousands</b>");
    assert.equal(await other.locator("#setup-inject-2-kind").inputValue(), "regional_crisis");
    assert.equal(await other.locator("#exercise-link").inputValue(), link, "the same exercise makes the same link");
    assert.deepEqual(facilitator.errors, []);
    assert.deepEqual(team.errors, []);
  } finally {
    await facilitator.context.close();
    await team.context.close();
  }
});

test("the set-up names each problem where it is, keeps what was typed, and shares nothing until it is fixed", async () => {
  const { context, page, errors } = await openWorkshop(browser, ROOM);
  try {
    await page.locator("#setup-team-1-name").fill("  ");
    await page.locator("#setup-inject-0-month").fill("60");
    const problems = page.locator("#setup-problem-list li");
    await problems.first().waitFor();
    const texts = await problems.allInnerTexts();
    assert.ok(texts.includes("Team 2, name: the team's name is empty; write one"), texts.join("\n"));
    assert.ok(texts.includes("Inject 1, month: 60 is past horizon_months 48"), texts.join("\n"));
    assert.equal(await page.locator("#setup-team-1-name").getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator("#setup-inject-0-month").getAttribute("aria-invalid"), "true");
    assert.equal(await page.locator("#setup-share").isVisible(), false, "no link while the set-up has problems");
    // The problem links to its field.
    await page.locator("#setup-problem-list a", { hasText: "Team 2, name" }).click();
    assert.equal(await page.evaluate(() => document.activeElement.id), "setup-team-1-name");

    // Nothing typed is lost: a reload shows the same (still wrong) set-up.
    await page.reload();
    await ready(page);
    assert.equal(await page.locator("#setup-inject-0-month").inputValue(), "60");
    await page.locator("#setup-team-1-name").fill("Green");
    await page.locator("#setup-inject-0-month").fill("12");
    await page.locator("#setup-share").waitFor({ state: "visible" });
    assert.equal(await page.locator("#setup-problems").isVisible(), false);

    // Two teams at least, eight at most.
    await page.locator("#setup-team-2-name").waitFor();
    await page.getByRole("button", { name: /Remove team 3/ }).click();
    assert.equal(await page.getByRole("button", { name: /Remove team 2/ }).isDisabled(), true);
    for (let i = 0; i < 6; i += 1) await page.locator("#setup-add-team").click();
    assert.equal(await page.locator("#setup-teams > li").count(), 8);
    assert.equal(await page.locator("#setup-add-team").isDisabled(), true);

    // A scenario link from the explorer as the starting point; a broken one says why.
    await page.locator("#setup-scenario-link").fill("https://example.org/index.html#s1.notalink");
    await page.locator("#setup-scenario-use").click();
    assert.match(await page.locator("#setup-problem-list").innerText(), /The pasted scenario link cannot be used: this link cannot be read/);
    const presetLink = await wasm(page, (m) => `index.html#${m.scenario_link(m.preset("all-at-once").scenario)}`);
    await page.locator("#setup-scenario-link").fill(presetLink);
    await page.locator("#setup-scenario-use").click();
    await page.locator("#setup-share").waitFor({ state: "visible" });
    assert.match(await page.locator("#setup-scenario-summary").innerText(), /^All at once: \d+ steps? and 0 shocks over 48 months/);
    assert.match(await page.locator("#setup-preset option:checked").innerText(), /From a pasted link/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a team link round trip: a team works within its lock, hands back a link, a file and a QR code, and the facilitator adds it", async () => {
  const facilitator = await openWorkshop(browser, ROOM);
  const device = await openWorkshop(browser, { ...ROOM, acceptDownloads: true });
  try {
    const { page } = facilitator;
    await page.locator("#setup-team-1-lock").selectOption("target");
    await page.locator("#exercise-link").waitFor({ state: "visible" });
    const link = await page.locator("#exercise-link").inputValue();

    const team = device.page;
    await team.goto(link);
    await ready(team);
    await team.locator(".team-choice", { hasText: "Team B" }).click();
    await team.locator("#team-workspace").waitFor({ state: "visible" });
    assert.match(await team.locator("#team-lock").innerText(), /Your team plays the target/);
    // The skip link moves the focus without touching the fragment that holds the exercise.
    const fragment = await team.evaluate(() => location.hash);
    await team.locator(".skip-link").focus();
    await team.keyboard.press("Enter");
    assert.equal(await team.evaluate(() => location.hash), fragment);
    assert.equal(await team.evaluate(() => document.activeElement.id), "main");
    await team.locator("#team-summary").filter({ hasText: /^By month 48/ }).waitFor();

    // Steps outside the lock are visible but read-only; the target's own steps move.
    const easing = team.locator('.chip[aria-label^="Sectoral easing"]');
    const compliance = team.locator('.chip[aria-label^="Compliance step"]');
    assert.equal(await easing.getAttribute("aria-readonly"), "true");
    assert.match(await easing.getAttribute("aria-describedby"), /team-locked-note/);
    assert.equal(await compliance.getAttribute("aria-readonly"), null);
    assert.equal(await team.locator('.chip[aria-label$="(shock)"][aria-readonly="true"]').count(), 3, "the scenario's shock and both injects are locked");
    await easing.focus();
    await team.keyboard.press("ArrowRight");
    await team.keyboard.press("Delete");
    await frames(team);
    assert.equal(await easing.getAttribute("aria-valuenow"), "6", "a locked step does not move by keyboard");
    const box = await easing.boundingBox();
    await team.mouse.move(box.x + 20, box.y + box.height / 2);
    await team.mouse.down();
    await team.mouse.move(box.x + 220, box.y + box.height / 2, { steps: 6 });
    await team.mouse.up();
    assert.equal(await easing.getAttribute("aria-valuenow"), "6", "nor by dragging");
    assert.match(await team.locator("#team-editor").innerText(), /Locked: only the target's steps may be changed by your team/);
    assert.equal(await team.locator("#team-editor input").count(), 0);

    await compliance.focus();
    for (let i = 0; i < 3; i += 1) await team.keyboard.press("ArrowRight");
    assert.equal(await compliance.getAttribute("aria-valuenow"), "5");
    assert.equal(await team.locator("#team-editor-month").inputValue(), "5");
    await team.keyboard.press("Enter");
    assert.equal(await team.evaluate(() => document.activeElement.id), "team-editor-month", "Enter goes to the step's editor");

    // The palette offers only what the team may add.
    await team.locator("#team-palette > summary").click();
    assert.deepEqual(await team.locator("#team-palette-groups .palette-name").allInnerTexts(), [
      "Compliance step",
      "Political reform",
      "Humanitarian access",
    ]);
    await team.locator("#team-add-month").fill("10");
    await team.locator("#team-palette-groups .palette-item", { hasText: "Political reform" }).click();
    const reform = team.locator('.chip[aria-label^="Political reform"]');
    assert.equal(await reform.getAttribute("aria-valuenow"), "10");
    assert.equal(await team.evaluate(() => document.activeElement.getAttribute("aria-label")), "Political reform (Target)");
    await screenshot(team, "workshop-team");

    // Hand back: a link, a QR code and a file.
    await team.locator("#team-handback").click();
    const teamLink = await team.locator("#team-link").inputValue();
    assert.ok(teamLink.startsWith(`${WORKSHOP_URL}#t3.`), teamLink);
    assert.equal(await team.locator("#team-qr").getAttribute("alt"), "QR code of your team's link, for the facilitator to scan");
    await team.waitForFunction(() => document.getElementById("team-qr").naturalWidth > 0);
    const [download] = await Promise.all([team.waitForEvent("download"), team.locator("#team-download").click()]);
    assert.equal(download.suggestedFilename(), "sequencing-relief-a-workshop-exercise-team-b.json");
    const file = JSON.parse(readFileSync(await download.path(), "utf8"));
    assert.equal(file.format, "relief-team/1");
    assert.equal(file.team, "Team B");
    const months = Object.fromEntries(file.scenario.steps.map((s) => [s.kind, s.month]));
    assert.equal(months.compliance_step, 5);
    assert.equal(months.political_reform, 10);

    // Nothing is lost on the team's device: a reload keeps the team and its sequence.
    await team.reload();
    await ready(team);
    await team.locator("#team-workspace").waitFor({ state: "visible" });
    assert.equal(await team.locator("#team-name").innerText(), "Team B");
    assert.equal(await team.locator('.chip[aria-label^="Compliance step"]').getAttribute("aria-valuenow"), "5");

    // The facilitator scans or opens the link: the team's sequence, then the comparison.
    await page.goto(teamLink);
    await ready(page);
    assert.equal(await page.locator("#received-heading").innerText(), "Team B handed back its sequence");
    const sequence = await page.locator("#received-sequence").innerText();
    assert.match(sequence, /Month 5 Compliance step \(target\)/);
    assert.match(sequence, /Month 10 Political reform \(target\)/);
    assert.match(sequence, /Month 12 Spoiler attack \(shock\), size 0\.60 — news: “Bombing at a border crossing/);
    assert.match(await page.locator("#received-summary").innerText(), summaryStart(48));
    await page.locator("#received-add").click();
    await page.waitForFunction(() => location.hash === "#compare");
    await page.locator("#ranking-table").waitFor();
    assert.deepEqual(await page.locator("#compare-teams .team-item-name").allInnerTexts(), ["Team B"]);
    const rows = await rankingRows(page);
    assert.equal(rows[0].team, "Team B");
    assert.ok(!rows[0].remarks.some((r) => /lock/.test(r)), "a sequence within its lock has no lock remark");

    // The file works as well as the link; handing back again replaces the earlier sequence.
    await page.locator("#compare-files").setInputFiles(await download.path());
    await page.waitForFunction(() => document.getElementById("workshop-status").textContent.includes("Added to the comparison: Team B"));
    assert.equal(await page.locator("#compare-teams li").count(), 1);
    assert.deepEqual(facilitator.errors, []);
    assert.deepEqual(device.errors, []);
  } finally {
    await facilitator.context.close();
    await device.context.close();
  }
});

test("compare with three teams ranks them by the numbers the model gives, each team in its own line style", async () => {
  const { context, page, errors } = await openWorkshop(browser, { ...ROOM, fragment: "compare" });
  try {
    // Three teams' hand-backs, made from the exercise's own start.
    const teams = await page.evaluate(async () => {
      const m = await import("./pkg/relief_workshop.js");
      const stored = JSON.parse(localStorage.getItem("relief-sequencer:workshop:v1"));
      const { id, team_start, exercise } = m.read_exercise_document(stored.exercise);
      const copy = () => JSON.parse(JSON.stringify(team_start));
      const cautious = copy();
      cautious.steps.push({ kind: "independent_audit", month: 3 }, { kind: "snapback_clause", month: 6 });
      cautious.steps.find((s) => s.kind === "financial_channels").month = 30;
      const reckless = copy();
      reckless.steps = reckless.steps.filter((s) => s.kind !== "independent_monitoring");
      for (const s of reckless.steps) if (s.kind === "sectoral_easing") Object.assign(s, { month: 0, conditional: false, size: 0.6 });
      reckless.steps.push({ kind: "asset_unfreezing", month: 1, size: 0.4 });
      const scenarios = { "Team A": copy(), "Team B": reckless, "Team C": cautious };
      return Object.entries(scenarios).map(([team, scenario]) => ({
        team,
        scenario,
        link: `${location.origin}${location.pathname}#${m.team_link({ format: "relief-team/1", team, exercise: id, exercise_title: exercise.title, scenario })}`,
        projection: m.simulate(scenario),
      }));
    });
    // Added in reverse, so the table must reorder them to rank them.
    const added = [...teams].reverse();
    await page.locator("#compare-input").fill(added.map((t) => t.link).join("\n"));
    await page.locator("#compare-add").click();
    await page.locator("#ranking-table tbody tr:nth-child(3)").waitFor();
    assert.equal(await page.locator("#compare-input").inputValue(), "", "every link was read");

    const { order, places, tied, scores, errors: noise } = expectedRanking(added.map((t) => t.projection));
    assert.notDeepEqual(order, [0, 1, 2], "the model's numbers reorder the teams as they were added");
    const rows = await rankingRows(page);
    assert.deepEqual(
      rows.map((r) => r.team),
      order.map((i) => added[i].team),
      `ranked by the scores the model's numbers give ${JSON.stringify(scores)} ± ${JSON.stringify(noise)}`,
    );
    assert.deepEqual(
      rows.map((r) => r.place),
      order.map((_, n) => placeText(places[n], tied[n])),
    );
    assert.deepEqual(
      rows.map((r) => r.score),
      order.map((i) => `${Math.round(scores[i])} ± ${noise[i] < 0.95 ? noise[i].toFixed(1) : Math.round(noise[i])}`),
    );
    for (const row of rows) {
      const t = teams.find((x) => x.team === row.team);
      const p = t.projection.series;
      assert.equal(row.numbers.breakdown_risk, `${Math.round(p.backsliding_risk[48] * 100)}%`);
      assert.equal(row.numbers.trust, p.trust.p50[24].toFixed(2));
      assert.equal(row.numbers.economy, `${Math.round(p.economy.p50[36] * 100)}%`);
      assert.equal(row.numbers.leverage, p.leverage.p50[48].toFixed(2));
      assert.deepEqual(
        row.remarks.filter((r) => !/lock|facilitator/.test(r)),
        t.projection.warnings,
        `${row.team}: the checker's remarks`,
      );
    }
    assert.equal(rows[0].place, "1st");
    assert.ok(rows.find((r) => r.team === "Team B").remarks.length > 0, "the reckless sequence draws the checker's remarks");

    // Sorting by a column follows that column's places.
    await page.locator('button.sort[data-sort="leverage"]').click();
    const byLeverage = (await rankingRows(page)).map((r) => r.team);
    const leverage = (t) => teams.find((x) => x.team === t).projection.series.leverage.p50[48];
    assert.deepEqual(byLeverage, [...byLeverage].sort((a, b) => Math.round(leverage(b) * 100) - Math.round(leverage(a) * 100)));
    assert.equal(await page.locator('th[aria-sort="ascending"] button').getAttribute("data-sort"), "leverage");

    // Each team in its own colour and dash pattern, named in every chart's legend.
    const legend = await page.$$eval("#compare-charts .chart-trust .legend li.legend-team", (items) =>
      items.map((li) => {
        const line = li.querySelector("line");
        return { name: li.textContent, stroke: line?.getAttribute("stroke"), dash: line?.getAttribute("stroke-dasharray") };
      }),
    );
    const teamItems = legend;
    assert.deepEqual(teamItems.map((l) => l.name), ["Team C", "Team B", "Team A"]);
    assert.equal(new Set(teamItems.map((l) => l.stroke)).size, 3, "distinct colours");
    assert.equal(new Set(teamItems.map((l) => l.dash)).size, 3, "distinct dash patterns");
    const drawn = await page.locator("#compare-trust").evaluate((c) => c.width > 0 && c.getContext("2d").getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 !== 3 && v < 200));
    assert.ok(drawn, "the trust chart is drawn");

    // A bad line is named and kept; a team over the eighth is refused with a reason.
    await page.locator("#compare-input").fill(`workshop.html#t1.brokenlink\n${teams[0].link}`);
    await page.locator("#compare-add").click();
    await page.locator("#compare-problems").waitFor({ state: "visible" });
    assert.match(await page.locator("#compare-problems").innerText(), /Line 1: this link cannot be read/);
    assert.equal(await page.locator("#compare-input").inputValue(), "workshop.html#t1.brokenlink");

    // A file dropped anywhere on the page: its name and the bad field are named.
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['{"format":"relief-team/1","team":"Team D"}'], "team-d.json", { type: "application/json" }));
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    });
    await page.locator("#compare-problems").filter({ hasText: "team-d.json" }).waitFor();
    assert.match(await page.locator("#compare-problems").innerText(), /team-d\.json: \/scenario: missing; a team's sequence needs its scenario/);
    assert.equal(await page.locator("#drop-overlay").isVisible(), false);
    assert.equal(await page.locator("#compare-teams li").count(), 3);
    await screenshot(page, "workshop-compare");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("news kept from the teams is not on their timelines, yet the comparison feels it", async () => {
  const facilitator = await openWorkshop(browser, ROOM);
  const device = await openWorkshop(browser, ROOM);
  try {
    const { page } = facilitator;
    await page.locator("#setup-see-injects").uncheck();
    await page.locator("#exercise-link").waitFor({ state: "visible" });
    const link = await page.locator("#exercise-link").inputValue();
    const team = device.page;
    await team.goto(link);
    await ready(team);
    await team.locator(".team-choice", { hasText: "Team A" }).click();
    await team.locator("#team-summary").filter({ hasText: /^By month 48/ }).waitFor();
    assert.equal(await team.locator("#team-news-note").innerText(), "The facilitator has 2 pieces of news for later: not on your timeline, but the comparison will feel them.");
    assert.equal(await team.locator('.chip[aria-label$="(shock)"]').count(), 1, "only the scenario's own shock is on the timeline");
    await team.locator("#team-handback").click();
    const teamLink = await team.locator("#team-link").inputValue();

    await page.goto(teamLink);
    await ready(page);
    const sequence = await page.locator("#received-sequence").innerText();
    assert.match(sequence, /Month 12 Spoiler attack \(shock\), size 0\.60 — news: “Bombing at a border crossing/);
    assert.match(sequence, /Month 30 Leadership change \(shock\), size 0\.50 — news: “Elections bring/);
    await page.locator("#received-add").click();
    await page.locator("#ranking-table").waitFor();
    const [row] = await rankingRows(page);
    assert.deepEqual(row.remarks.filter((r) => /shocks|lock|facilitator set/.test(r)), [], "a team that never saw the news broke no rule");
    assert.deepEqual(facilitator.errors, []);
    assert.deepEqual(device.errors, []);
  } finally {
    await facilitator.context.close();
    await device.context.close();
  }
});

test("a team that changes what its lock keeps fixed is flagged in the ranking", async () => {
  const { context, page, errors } = await openWorkshop(browser, { ...ROOM, fragment: "setup" });
  try {
    await page.locator("#setup-team-0-lock").selectOption("target");
    await page.locator("#exercise-link").waitFor({ state: "visible" });
    const link = await page.evaluate(async () => {
      const m = await import("./pkg/relief_workshop.js");
      const stored = JSON.parse(localStorage.getItem("relief-sequencer:workshop:v1"));
      const { id, team_start, exercise } = m.read_exercise_document(stored.exercise);
      const scenario = JSON.parse(JSON.stringify(team_start));
      scenario.steps.find((s) => s.kind === "sectoral_easing").month = 1;
      return `workshop.html#${m.team_link({ format: "relief-team/1", team: "Team A", exercise: id, exercise_title: exercise.title, scenario })}`;
    });
    await page.goto(new URL(link, page.url()).href);
    await ready(page);
    await page.locator("#received-add").click();
    await page.locator("#ranking-table").waitFor();
    const [row] = await rankingRows(page);
    assert.ok(
      row.remarks.some((r) => r.includes("It changes steps the team's lock (“only the target's steps”) keeps fixed: Sectoral easing at month 6 was moved")),
      row.remarks.join("\n"),
    );
    assert.match(await page.locator("#compare-teams").innerText(), /1 remark/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("links that cannot be read say why and show the set-up; the page never goes blank", async () => {
  const { context, page, errors } = await openWorkshop(browser, { ...ROOM, fragment: "w1.this-is-not-an-exercise" });
  try {
    assert.match(await page.locator("#error").innerText(), /this link cannot be read: .*Ask the facilitator for the exercise link again/);
    assert.equal(await page.locator("#view-setup").isVisible(), true);
    await page.goto(`${WORKSHOP_URL}#t1.@@@`);
    await ready(page);
    assert.match(await page.locator("#error").innerText(), /this link cannot be read: it has characters such a link never has/);
    await page.goto(`${WORKSHOP_URL}#s1.abc`);
    await ready(page);
    assert.match(await page.locator("#error").innerText(), /a scenario for the explorer, not to a workshop exercise/);
    assert.equal(await page.locator("#view-setup").isVisible(), true);
    assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
  } finally {
    await context.close();
  }
});

test("the workshop works on a phone at 360 px: nothing scrolls sideways", async () => {
  const device = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
  const { context, page, errors } = await openWorkshop(browser, { ...ROOM, ...device });
  try {
    const noSideways = async (what) => {
      const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      assert.ok(sw <= iw, `${what} scrolls sideways: ${sw} > ${iw}`);
    };
    await noSideways("the set-up");
    await screenshot(page, "workshop-phone-setup");
    const link = await page.locator("#exercise-link").inputValue();
    await page.goto(link);
    await ready(page);
    await page.locator(".team-choice").first().click();
    await page.locator("#team-summary").filter({ hasText: /^By month/ }).waitFor();
    await noSideways("the team view");
    await screenshot(page, "workshop-phone-team");
    // A team on a phone sees what its move does: the charts lie below the timeline, so small
    // copies of the three main charts come into sight while a step moves.
    const step = page.locator("#team-timeline .chip[data-list=steps]").first();
    await step.focus();
    await step.press("ArrowRight");
    await step.press("ArrowRight");
    await page.waitForFunction(() => {
      const strip = document.getElementById("live-strip");
      return strip && !strip.hidden && [...strip.querySelectorAll(".strip-change")].every((s) => s.textContent.includes("→"));
    });
    const strip = await page.locator("#live-strip").boundingBox();
    assert.ok(strip.y >= 0 && strip.y + strip.height <= 740, `the strip is in sight: ${JSON.stringify(strip)}`);
    assert.equal(await page.locator("#live-strip canvas").count(), 3);
    await screenshot(page, "workshop-phone-team-strip", { fullPage: false });
    await page.locator("#team-handback").click();
    await page.locator("#team-handback-body").scrollIntoViewIfNeeded();
    await screenshot(page, "workshop-phone-handback", { fullPage: false });
    const teamLink = await page.locator("#team-link").inputValue();
    await page.goto(teamLink);
    await ready(page);
    await page.locator("#received-add").click();
    await page.locator("#ranking-table").waitFor();
    await noSideways("the comparison");
    await screenshot(page, "workshop-phone-compare");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("no serious accessibility violations on the workshop's views (axe-core)", async () => {
  const { context, page } = await openWorkshop(browser, { ...ROOM, bypassCSP: true });
  try {
    const scan = async (what) => {
      const violations = await seriousViolations(page);
      assert.deepEqual(violations, [], `${what}: ${JSON.stringify(violations, null, 1)}`);
    };
    await scan("set-up");
    const link = await page.locator("#exercise-link").inputValue();
    await page.goto(link);
    await ready(page);
    await scan("team picker");
    await page.locator(".team-choice").first().click();
    await page.locator("#team-summary").filter({ hasText: /^By month/ }).waitFor();
    await page.locator("#team-palette > summary").click();
    await page.locator('.chip[aria-label^="Spoiler attack"]').first().focus();
    await page.locator("#team-handback").click();
    await scan("team view");
    const teamLink = await page.locator("#team-link").inputValue();
    await page.goto(teamLink);
    await ready(page);
    await scan("a hand-back, opened");
    await page.locator("#received-add").click();
    await page.locator("#ranking-table").waitFor();
    await scan("compare");
    await page.goto(`${WORKSHOP_URL}#play`);
    await ready(page);
    await scan("play");
    await page.goto(`${WORKSHOP_URL}#debrief`);
    await ready(page);
    await page.locator(".debrief-team").first().waitFor();
    await scan("debrief");
    await page.goto(`${WORKSHOP_URL}#presenter`);
    await ready(page);
    await scan("presenter");
  } finally {
    await context.close();
  }
});

