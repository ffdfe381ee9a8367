// Hand-backs in a real room: a team's link carries the exercise it played, so any device can
// collect it (a phone that never saw the exercise included, whatever the exercise's horizon);
// edits to words keep every hand-back valid, and edits to the model's inputs say which teams
// played the earlier version, which they stay compared against. The briefing follows the
// starting scenario's horizon.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch } from "./helpers.mjs";
import jsQR from "jsqr";
import { openWorkshop, ready, storedWorkspace, wasm, WORKSHOP_URL } from "./workshop-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Chooses the preset titled `title` as where the teams start, in the set-up. */
async function startFrom(page, title) {
  const value = await page.locator("#setup-preset option", { hasText: title }).first().getAttribute("value");
  await page.locator("#setup-preset").selectOption(value);
}

/** A team's hand-back link made the way the team view makes it, from the exercise's start with
 * `change` applied; `carry: false` leaves the exercise out, as hand-backs made before it did. */
function handBack(page, name, { month = 3, carry = true } = {}) {
  return wasm(
    page,
    (m, { name, month, carry }) => {
      const stored = JSON.parse(localStorage.getItem("relief-sequencer:workshop:v1"));
      const { version, team_start, exercise } = m.read_exercise_document(stored.exercise);
      const scenario = JSON.parse(JSON.stringify(team_start));
      scenario.steps[scenario.steps.length - 1].month = month;
      const work = { format: "relief-team/1", team: name, exercise: version, exercise_title: exercise.title, scenario };
      if (carry) work.exercise_document = exercise;
      return `${location.origin}${location.pathname}#${m.team_link(work)}`;
    },
    { name, month, carry },
  );
}

async function paste(page, links) {
  await page.goto(`${WORKSHOP_URL}#compare`);
  await ready(page);
  await page.locator("#compare-input").fill(links.join("\n"));
  await page.locator("#compare-add").click();
  await page.locator(`#ranking-table tbody tr:nth-child(${links.length})`).waitFor();
}

const remarksOf = (page, team) => page.locator(`#ranking-table tr[data-team="${team}"] td.remarks`).innerText();

test("a hand-back is collected on a device that never saw the exercise, whatever its horizon", async () => {
  const facilitator = await openWorkshop(browser);
  const team = await openWorkshop(browser);
  const phone = await openWorkshop(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    // The facilitator starts the teams from a 72-month history.
    await startFrom(facilitator.page, "Belarus");
    await facilitator.page.locator("#exercise-link").waitFor();
    await facilitator.page.waitForFunction(() => document.getElementById("exercise-link").value.includes("#w3."));
    const exerciseLink = await facilitator.page.locator("#exercise-link").inputValue();

    // A team plays it on its own device and hands back.
    await team.page.goto(exerciseLink);
    await ready(team.page);
    await team.page.locator(".team-choice").first().click();
    await team.page.locator("#team-handback").click();
    const teamLink = await team.page.locator("#team-link").inputValue();
    const teamName = await team.page.locator("#team-name").innerText();

    // A phone that has only ever seen the workshop's example scans it.
    await phone.page.goto(teamLink);
    await ready(phone.page);
    assert.match(await phone.page.locator("#received-about").innerText(), /This device has no teams yet: adding the sequence sets the exercise up here/);
    assert.match(await phone.page.locator("#received-summary").innerText(), /month 72|72 months/);
    assert.equal(await phone.page.locator("#received-add").innerText(), "Set up this exercise here and add the sequence");
    await phone.page.locator("#received-add").click();
    await phone.page.waitForFunction(() => location.hash === "#compare");
    await phone.page.locator("#ranking-table").waitFor();
    assert.deepEqual(await phone.page.locator("#compare-teams .team-item-name").allInnerTexts(), [teamName]);
    assert.equal(await phone.page.locator("#compare-problems").isVisible(), false, "no team refused for its horizon");
    assert.doesNotMatch(await remarksOf(phone.page, teamName), /another exercise|earlier version/);
    const phoneExercise = (await storedWorkspace(phone.page)).exercise;
    assert.equal(phoneExercise.scenario.horizon_months, 72);

    // A second team's hand-back now answers the exercise set up on the phone, and joins it.
    const second = await handBack(facilitator.page, "Team B", { month: 20 });
    await phone.page.goto(second);
    await ready(phone.page);
    assert.doesNotMatch(await phone.page.locator("#received-about").innerText(), /another exercise|sets the exercise up/);
    await phone.page.locator("#received-add").click();
    await phone.page.locator("#ranking-table tbody tr:nth-child(2)").waitFor();
    assert.deepEqual(await phone.page.locator("#compare-teams .team-item-name").allInnerTexts(), [teamName, "Team B"]);
    for (const p of [facilitator, team, phone]) assert.deepEqual(p.errors, []);
  } finally {
    for (const p of [facilitator, team, phone]) await p.context.close();
  }
});

test("words keep every hand-back valid; a changed input names who played the earlier version", async () => {
  const { context, page, errors } = await openWorkshop(browser);
  try {
    const carried = await handBack(page, "Team A", { month: 4 });
    const bare = await handBack(page, "Team B", { month: 9, carry: false });
    await paste(page, [carried, bare]);
    const fine = async () => {
      for (const name of ["Team A", "Team B"]) assert.doesNotMatch(await remarksOf(page, name), /another exercise|earlier version/, name);
    };
    await fine();

    // A typo fixed in the title, the briefing and a headline: still the same exercise.
    await page.goto(`${WORKSHOP_URL}#setup`);
    await ready(page);
    await page.locator("#setup-title").fill("Sequencing relief: the workshop exercise");
    await page.locator("#setup-briefing").fill("Each team proposes the order of relief over four years. Keep breakdown unlikely.");
    await page.locator("#setup-inject-0-headline").fill("Bombing at a border post: hardliners claim it");
    assert.equal(await page.locator("#setup-versions").isVisible(), false, "words make no new version");
    await page.goto(`${WORKSHOP_URL}#compare`);
    await ready(page);
    await page.locator("#ranking-table").waitFor();
    await fine();

    // Moving an inject changes what the model reads: the set-up names both teams.
    await page.goto(`${WORKSHOP_URL}#setup`);
    await ready(page);
    await page.locator("#setup-inject-0-month").fill("14");
    await page.locator("#setup-versions").waitFor();
    const note = await page.locator("#setup-versions-text").innerText();
    assert.match(note, /^Team A played an earlier version of this exercise\. The comparison keeps comparing it against the version it played/);
    assert.match(note, /Team B handed back for an earlier version without a copy of it, so it is compared against this version, with a remark\./);

    await page.goto(`${WORKSHOP_URL}#compare`);
    await ready(page);
    await page.locator("#ranking-table").waitFor();
    assert.match(await remarksOf(page, "Team A"), /It played an earlier version of this exercise: the injects changed since\. Its numbers are from the version it played\./);
    assert.match(await remarksOf(page, "Team B"), /does not carry the exercise it played/);
    // Team A's numbers are still those of the version it played: month 12's bombing, not 14's.
    const shockMonths = await wasm(page, (m) => {
      const stored = JSON.parse(localStorage.getItem("relief-sequencer:workshop:v1"));
      const c = new m.Comparison();
      c.set_exercise(stored.exercise);
      for (const t of stored.teams) c.add_team(t.name, JSON.stringify(t.scenario), t.exercise_id, t.played ?? undefined);
      const months = (i) => c.played_scenario(i).shocks.filter((s) => s.kind === "spoiler_attack").map((s) => s.month);
      const out = { a: months(0), b: months(1) };
      c.free();
      return out;
    });
    assert.ok(shockMonths.a.includes(12) && !shockMonths.a.includes(14), JSON.stringify(shockMonths));
    assert.ok(shockMonths.b.includes(14), JSON.stringify(shockMonths));

    // The facilitator may instead ask for new hand-backs: both leave the comparison.
    await page.goto(`${WORKSHOP_URL}#setup`);
    await ready(page);
    await page.locator("#setup-versions-remove").click();
    assert.equal(await page.locator("#setup-versions").isVisible(), false);
    const left = (await storedWorkspace(page)).teams.length;
    assert.equal(left, 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the briefing follows the starting scenario's horizon, and says when it does not", async () => {
  const { context, page, errors } = await openWorkshop(browser);
  try {
    assert.match(await page.locator("#setup-briefing").inputValue(), /over four years\./);
    assert.equal(await page.locator("#setup-briefing-warning").isVisible(), false);
    // The example briefing follows a 72-month preset…
    await startFrom(page, "Belarus");
    await page.waitForFunction(() => /over six years\./.test(document.getElementById("setup-briefing").value));
    assert.equal(await page.locator("#setup-briefing-warning").isVisible(), false);
    // …and a briefing the facilitator wrote is kept, with a warning when its length is not the horizon's.
    await page.locator("#setup-briefing").fill("Plan relief for the next four years; in the first six months, build trust.");
    await page.locator("#setup-briefing-warning").waitFor();
    assert.equal(
      await page.locator("#setup-briefing-warning").innerText(),
      "The briefing says “four years”, but the exercise runs 72 months (six years). Change the briefing, or the starting scenario.",
    );
    assert.equal(await page.locator("#setup-briefing").getAttribute("aria-describedby"), "setup-briefing-help setup-briefing-warning");
    await startFrom(page, "The explorer's opening scenario");
    await page.waitForFunction(() => document.getElementById("setup-briefing-warning").hidden);
    assert.match(await page.locator("#setup-briefing").inputValue(), /^Plan relief for the next four years/, "what the facilitator wrote is kept");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/**
 * How often a QR code of `text`, drawn as the page draws it, reads at sizes near a quarter of
 * `shownPx` (from a fifth to three tenths, in twelve steps), as a phone at the back of the room
 * sees a code a quarter the size it is on the screen. Each size is decoded by jsQR from the
 * pixels the browser drew. Returns the share of sizes that read as `text`.
 */
async function readsAtAQuarter(page, text, shownPx) {
  const images = await page.evaluate(
    async ([text, shownPx]) => {
      const m = await import("./pkg/relief_workshop.js");
      const img = new Image();
      img.src = URL.createObjectURL(new Blob([m.qr_code(text).svg], { type: "image/svg+xml" }));
      await img.decode();
      const out = [];
      for (let i = 0; i < 12; i += 1) {
        const side = Math.round(shownPx * (0.2 + (i * 0.1) / 11));
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = side;
        const g = canvas.getContext("2d");
        g.drawImage(img, 0, 0, side, side);
        out.push({ side, data: [...g.getImageData(0, 0, side, side).data] });
      }
      URL.revokeObjectURL(img.src);
      return out;
    },
    [text, shownPx],
  );
  const read = images.filter(({ side, data }) => jsQR(Uint8ClampedArray.from(data), side, side)?.data === text);
  return read.length / images.length;
}

test("the room's QR code holds a short link that still reads at a quarter of its size", async () => {
  const { context, page, errors } = await openWorkshop(browser, { viewport: { width: 1280, height: 720 } });
  try {
    for (const preset of ["The explorer's opening scenario", "Belarus", "Iran"]) {
      await startFrom(page, preset);
      await page.waitForFunction(() => document.getElementById("exercise-link").value.includes("#w3."));
      const link = await page.locator("#exercise-link").inputValue();
      assert.ok(link.length < 300, `${preset}: the room's link is ${link.length} characters`);
      await page.locator("#exercise-qr-large").click();
      await page.locator("#qr-dialog-image").waitFor();
      const shown = await page.locator("#qr-dialog-image").evaluate((img) => img.getBoundingClientRect().width);
      await page.locator("#qr-dialog-close").click();
      // The same exercise in the first link encoding, which carried it without a dictionary.
      const before = await wasm(
        page,
        (m, link) => {
          const fragment = link.slice(link.indexOf("#") + 1);
          const json = JSON.stringify(m.exercise_from_link(fragment).exercise);
          return { opens: m.exercise_from_link(fragment).exercise.scenario.horizon_months, json };
        },
        link,
      );
      assert.equal(before.opens, (await storedWorkspace(page)).exercise.scenario.horizon_months);
      const now = await readsAtAQuarter(page, link, shown);
      assert.ok(now >= 0.75, `${preset}: the room's code reads at ${Math.round(now * 100)}% of the sizes near a quarter of ${shown} px`);
      const oldLink = `${link.slice(0, link.indexOf("#"))}#${await oldEncoding(page, before.json)}`;
      const then = await readsAtAQuarter(page, oldLink, shown);
      assert.ok(then < now, `${preset}: the old ${oldLink.length}-character link read at ${Math.round(then * 100)}%`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** An exercise's link fragment in the first encoding (`w1.`: deflated alone, base64url), made
 * here the way the model made it, to compare the room's code before and after. */
async function oldEncoding(page, json) {
  const { deflateRawSync } = await import("node:zlib");
  return `w1.${deflateRawSync(Buffer.from(json), { level: 9 }).toString("base64url")}`;
}

test("a phone passes a scanned hand-back to the projector by a short code typed there", async () => {
  const projector = await openWorkshop(browser, { viewport: { width: 1280, height: 720 } });
  const team = await openWorkshop(browser);
  const phone = await openWorkshop(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    await projector.page.waitForFunction(() => document.getElementById("exercise-link").value.includes("#w3."));
    const exerciseLink = await projector.page.locator("#exercise-link").inputValue();
    // The team moves a step with the keyboard and hands back: its code is beside its QR code.
    await team.page.goto(exerciseLink);
    await ready(team.page);
    await team.page.locator(".team-choice").first().click();
    const chip = team.page.locator('.chip[aria-label^="Sectoral easing"]');
    await chip.focus();
    for (let i = 0; i < 4; i += 1) await team.page.keyboard.press("ArrowRight");
    await team.page.locator("#team-handback").click();
    const teamCode = await team.page.locator("#team-code").innerText();
    assert.match(teamCode, /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    assert.ok(teamCode.length <= 24, teamCode);
    const teamLink = await team.page.locator("#team-link").inputValue();

    // The phone scans the QR code and shows the same code, large, for the projector; once
    // added, its comparison keeps every team's code, so it can pass on several at once.
    await phone.page.goto(teamLink);
    await ready(phone.page);
    assert.equal(await phone.page.locator("#received-code").innerText(), teamCode);
    assert.ok(await phone.page.locator("#received-code").isVisible());
    await phone.page.locator("#received-add").click();
    await phone.page.locator("#compare-teams .team-item-code").waitFor();
    assert.equal(await phone.page.locator("#compare-teams .team-item-code").innerText(), teamCode);

    // A typo is refused in words, and what was typed stays in the box.
    await projector.page.goto(`${WORKSHOP_URL}#compare`);
    await ready(projector.page);
    const typo = teamCode.slice(0, -1) + (teamCode.endsWith("0") ? "1" : "0");
    await projector.page.locator("#compare-input").fill(typo.toLowerCase());
    await projector.page.locator("#compare-add").click();
    await projector.page.locator("#compare-problems").waitFor();
    assert.match(await projector.page.locator("#compare-problems").innerText(), /Line 1: this code has a typo/);
    assert.equal(await projector.page.locator("#compare-input").inputValue(), typo.toLowerCase());

    // Typed right (in lower case, with spaces), it adds the team's very sequence.
    await projector.page.locator("#compare-input").fill(teamCode.toLowerCase().replaceAll("-", " "));
    await projector.page.locator("#compare-add").click();
    await projector.page.locator("#ranking-table tbody tr").first().waitFor();
    const [stored] = (await storedWorkspace(projector.page)).teams;
    const sent = await wasm(team.page, (m, link) => m.team_from_link(link).scenario, teamLink.slice(teamLink.indexOf("#") + 1));
    assert.deepEqual(stored.scenario, sent, "the code carries the team's sequence exactly");
    assert.equal(await projector.page.locator("#compare-input").inputValue(), "");
    for (const p of [projector, team, phone]) assert.deepEqual(p.errors, []);
  } finally {
    for (const p of [projector, team, phone]) await p.context.close();
  }
});
