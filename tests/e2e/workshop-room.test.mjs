// The workshop page, part two: in the room. The facilitator plays the timeline month by
// month and it stops at each news inject with the headline full-screen; a presenter window on
// the same computer follows the projector window and drives it; the projector display is
// large and high-contrast; the debrief prints one page per team.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { launch, screenshot, summaryStart, SCREENSHOT_DIR } from "./helpers.mjs";
import { WORKSHOP_URL, openWorkshop, ROOM, ready, watch } from "./workshop-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const FIRST_NEWS = "Bombing at a border crossing: hardliners claim it";
const SECOND_NEWS = "Elections bring a new government to the sanctioning side";

const month = (page) => page.locator("#play-month").innerText();
const press = async (page, key, times = 1) => {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
};
const canvasHash = async (page, id) =>
  createHash("sha256")
    .update(await page.locator(`#${id}`).evaluate((c) => c.toDataURL()))
    .digest("hex");

/** Adds teams' hand-backs to the facilitator's comparison, made from the exercise's start. */
async function addTeams(page, count) {
  const links = await page.evaluate(async (count) => {
    const m = await import("./pkg/relief_workshop.js");
    const stored = JSON.parse(localStorage.getItem("relief-sequencer:workshop:v1"));
    const { id, team_start, exercise } = m.read_exercise_document(stored.exercise);
    const out = [];
    for (let i = 0; i < count; i += 1) {
      const scenario = JSON.parse(JSON.stringify(team_start));
      scenario.steps.find((s) => s.kind === "sectoral_easing").month = 3 + i * 6;
      const work = { format: "relief-team/1", team: exercise.teams[i].name, exercise: id, exercise_title: exercise.title, scenario };
      out.push(`${location.origin}${location.pathname}#${m.team_link(work)}`);
    }
    return out;
  }, count);
  await page.goto(`${WORKSHOP_URL}#compare`);
  await ready(page);
  await page.locator("#compare-input").fill(links.join("\n"));
  await page.locator("#compare-add").click();
  await page.locator(`#ranking-table tbody tr:nth-child(${count})`).waitFor();
}

test("play steps month by month and stops at each inject with its headline full-screen; Space continues", async () => {
  const { context, page, errors } = await openWorkshop(browser, { ...ROOM, fragment: "play", reducedMotion: "reduce", clock: true });
  try {
    await page.locator("#play-stage").focus();
    assert.equal(await month(page), "0");
    assert.match(await page.locator("#play-next").innerText(), /Next news: month 12/);
    const atStart = await canvasHash(page, "play-trust");
    await press(page, "ArrowRight", 3);
    assert.equal(await month(page), "3");
    assert.notEqual(await canvasHash(page, "play-trust"), atStart, "the curves grow with the months");
    await press(page, "Home");
    assert.equal(await month(page), "0");
    assert.equal(await canvasHash(page, "play-trust"), atStart, "Home starts again");

    // Play from month 11: the timeline stops at month 12 with the news.
    await press(page, "ArrowRight", 11);
    assert.equal(await month(page), "11");
    await page.locator("#play-speed").selectOption("350");
    await page.locator("#play-stage").focus();
    await press(page, " ");
    const dialog = page.locator("#inject-dialog");
    await dialog.waitFor({ state: "visible" });
    assert.equal(await month(page), "12");
    assert.equal(await page.locator("#inject-headline").innerText(), FIRST_NEWS);
    assert.equal(await page.locator("#inject-kicker").innerText(), "MONTH 12 · NEWS");
    assert.match(await page.locator("#inject-text").innerText(), /A faction opposed to the deal/);
    assert.match(await page.locator("#inject-shock").innerText(), /^In the model: spoiler attack, size 0\.60/);
    assert.equal(await page.evaluate(() => document.activeElement.id), "inject-continue", "focus moves to Continue");
    const box = await dialog.boundingBox();
    assert.ok(box.width >= 1280 && box.height >= 900, `the headline fills the screen: ${JSON.stringify(box)}`);
    await page.clock.fastForward(2000);
    assert.equal(await month(page), "12", "the timeline waits while the headline is up");
    await screenshot(page, "workshop-inject", { fullPage: false });

    // Space continues: the headline goes, focus comes back, and the play goes on.
    await press(page, " ");
    await dialog.waitFor({ state: "hidden" });
    assert.equal(await page.evaluate(() => document.activeElement.id), "play-stage");
    await page.waitForFunction(() => Number(document.getElementById("play-month").textContent) >= 13, null, { timeout: 5000 });
    await press(page, " ");
    assert.equal(await page.locator("#play-toggle").innerText(), "Play", "Space pauses");
    const paused = Number(await month(page));
    await page.clock.fastForward(2000);
    assert.equal(Number(await month(page)), paused, "paused means paused");

    // Stepping onto the next inject's month also stops there; Escape closes it and stays.
    await press(page, "ArrowRight", 29 - paused);
    assert.equal(await month(page), "29");
    await press(page, "ArrowRight");
    await dialog.waitFor({ state: "visible" });
    assert.equal(await page.locator("#inject-headline").innerText(), SECOND_NEWS);
    await press(page, "Escape");
    await dialog.waitFor({ state: "hidden" });
    assert.equal(await page.locator("#play-toggle").innerText(), "Play");
    assert.equal(await month(page), "30");
    // With reduced motion the progress bar jumps instead of sliding.
    assert.equal(await page.locator("#play-progress-fill").evaluate((e) => getComputedStyle(e).transitionDuration), "0s");
    // A click on the headline's screen continues too.
    await press(page, "ArrowLeft");
    await press(page, "ArrowRight");
    await dialog.waitFor({ state: "visible" });
    await page.mouse.click(200, 200);
    await dialog.waitFor({ state: "hidden" });
    assert.match(await page.locator("#play-summary").innerText(), summaryStart(30));
    await screenshot(page, "workshop-play");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the presenter window follows the projector window and drives it (BroadcastChannel)", async () => {
  const { context, page, errors } = await openWorkshop(browser, { ...ROOM, fragment: "play" });
  try {
    const [presenter] = await Promise.all([context.waitForEvent("page"), page.locator("#play-presenter").click()]);
    const presenterErrors = watch(presenter);
    await ready(presenter);
    assert.ok(presenter.url().endsWith("workshop.html#presenter"), presenter.url());
    await presenter.locator("#presenter-month").filter({ hasText: "Month 0 of 48" }).waitFor();
    assert.match(await presenter.locator("#presenter-link").innerText(), /Following the projector window: paused/);
    assert.match(await presenter.locator("#presenter-upcoming").innerText(), new RegExp(`Month 12 \\(in 12 months\\)\\s+${FIRST_NEWS}`, "i"));
    assert.equal(await presenter.locator("#presenter-injects li").count(), 2);

    await page.locator("#play-stage").focus();
    await press(page, "ArrowRight", 3);
    await presenter.locator("#presenter-month").filter({ hasText: "Month 3 of 48" }).waitFor();
    assert.match(await presenter.locator("#presenter-summary").innerText(), /^By month 3,/);

    // The presenter's buttons drive the projector window.
    await presenter.locator("#presenter-forward").click();
    await page.locator("#play-month").filter({ hasText: /^4$/ }).waitFor();
    await press(page, "ArrowRight", 8);
    await page.locator("#inject-dialog").waitFor({ state: "visible" });
    await presenter.locator("#presenter-current").filter({ hasText: FIRST_NEWS }).waitFor();
    assert.match(await presenter.locator("#presenter-current").innerText(), /On screen now[\s\S]*A faction opposed to the deal/i);
    assert.ok(await presenter.locator("#presenter-continue").isVisible());
    await screenshot(presenter, "workshop-presenter");
    await presenter.locator("#presenter-continue").click();
    await page.locator("#inject-dialog").waitFor({ state: "hidden" });
    await presenter.locator("#presenter-upcoming").filter({ hasText: SECOND_NEWS }).waitFor();
    await presenter.locator("#presenter-toggle").click();
    await page.locator("#play-toggle").filter({ hasText: "Pause" }).waitFor();
    await presenter.locator("#presenter-toggle").filter({ hasText: "Pause" }).waitFor();
    await presenter.locator("#presenter-toggle").click();
    await page.locator("#play-toggle").filter({ hasText: "Play" }).waitFor();
    assert.deepEqual(errors, []);
    assert.deepEqual(presenterErrors, []);
  } finally {
    await context.close();
  }
});

test("the projector display: large type, black on white and high-contrast charts, even on a dark system", async () => {
  const { context, page, errors } = await openWorkshop(browser, { ...ROOM, fragment: "play", colorScheme: "dark", viewport: { width: 1280, height: 720 } });
  try {
    const background = () =>
      page.locator("#play-trust").evaluate((c) => {
        const [r, g, b] = c.getContext("2d").getImageData(2, 2, 1, 1).data;
        return [r, g, b];
      });
    assert.notDeepEqual(await background(), [255, 255, 255], "a dark system gets dark charts");
    await page.locator("#projector-toggle").click();
    assert.equal(await page.locator("#projector-toggle").getAttribute("aria-pressed"), "true");
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("projector")), true);
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), "20px");
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), "rgb(0, 0, 0)");
    await page.waitForFunction(() => {
      const d = document.getElementById("play-trust").getContext("2d").getImageData(2, 2, 1, 1).data;
      return d[0] === 255 && d[1] === 255 && d[2] === 255;
    });
    await page.locator("#play-stage").focus();
    await press(page, "ArrowRight", 10);
    await screenshot(page, "workshop-projector-play", { fullPage: false });
    await press(page, "ArrowRight", 2);
    await page.locator("#inject-dialog").waitFor({ state: "visible" });
    await screenshot(page, "workshop-projector-inject", { fullPage: false });
    await press(page, "Enter");
    // The setting stays on for the session's other views and after a reload.
    await page.reload();
    await ready(page);
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains("projector")), true);
    await addTeams(page, 3);
    await screenshot(page, "workshop-projector-compare", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the debrief prints one page per team and a summary, black on white, without controls", async () => {
  const { context, page, errors } = await openWorkshop(browser, ROOM);
  try {
    await addTeams(page, 3);
    await page.goto(`${WORKSHOP_URL}#debrief`);
    await ready(page);
    await page.locator(".debrief-team").nth(2).waitFor();
    assert.equal(await page.locator(".debrief-page").count(), 4, "a summary and one page per team");
    await page.waitForFunction(() => [...document.querySelectorAll(".debrief-chart")].every((img) => img.complete && img.naturalWidth > 0));
    assert.equal(await page.locator(".debrief-team").first().locator(".debrief-chart").count(), 5);
    assert.match(await page.locator(".debrief-team").first().locator(".debrief-chart").first().getAttribute("alt"), /^Trust for Team A\./);
    const first = page.locator(".debrief-team").first();
    assert.equal(await first.locator("h3").innerText(), "Team A");
    assert.match(await first.locator(".sequence-list").innerText(), /Month 3 Sectoral easing \(sanctioning side\)/);
    assert.match(await first.locator(".debrief-numbers").innerText(), /Breakdown risk by month 48/);
    assert.match(await page.locator(".debrief-summary").innerText(), /The news the teams faced[\s\S]*Month 12: Bombing at a border crossing/);
    assert.equal(await page.locator(".debrief-summary #ranking-table tbody tr").count(), 3);

    await page.emulateMedia({ media: "print" });
    const shown = (selector) => page.locator(selector).evaluate((e) => e.checkVisibility());
    assert.equal(await shown(".top"), false, "no header in print");
    assert.equal(await shown("#facilitator-nav"), false, "no navigation in print");
    assert.equal(await shown("#debrief-print"), false, "no buttons in print");
    assert.equal(await page.locator(".debrief-team").nth(1).evaluate((e) => getComputedStyle(e).breakBefore), "page");
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(255, 255, 255)");
    await screenshot(page, "workshop-print");

    const bytes = await page.pdf({ format: "A4", printBackground: false });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(`${SCREENSHOT_DIR}workshop-debrief.pdf`, bytes);
    const pdf = bytes.toString("latin1");
    const pages = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    assert.equal(pages, 4, "one page for the summary and one for each team");
    await page.emulateMedia({ media: "screen" });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
