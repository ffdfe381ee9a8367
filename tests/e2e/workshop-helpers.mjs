// What the workshop's end-to-end tests share: opening the workshop page on a "device" (a
// browser context of its own, so local storage is its own), calling the page's wasm module,
// and working out a ranking from the model's numbers independently of the page.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { BASE_URL } from "./helpers.mjs";

export const WORKSHOP_URL = new URL("workshop.html", BASE_URL).href;

/**
 * Opens the workshop page at `fragment` in a new context (a device of its own) and waits until
 * the model has loaded. Returns the context, the page and the console errors seen.
 */
export async function openWorkshop(browser, { fragment = "", viewport = { width: 1280, height: 900 }, clock = false, exercise = null, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  // A test may start the device from an exercise of its own instead of the set-up's example.
  if (exercise) {
    const stored = JSON.stringify({ exercise, source: "default", teams: [], settings: {} });
    await context.addInitScript(
      ([key, value]) => {
        if (!localStorage.getItem(key)) localStorage.setItem(key, value);
      },
      [WORKSPACE_KEY, stored],
    );
  }
  // A test that must show that nothing happens for a while installs Playwright's clock: time
  // still flows as usual, and `page.clock.fastForward` jumps ahead instead of sleeping.
  if (clock) await context.clock.install();
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(`${WORKSHOP_URL}${fragment ? `#${fragment.replace(/^#/, "")}` : ""}`);
  await ready(page);
  return { context, page, errors };
}

/** Where the facilitator's workspace is kept in a device's local storage. */
export const WORKSPACE_KEY = "relief-sequencer:workshop:v1";

/** The facilitator's workspace as `page`'s device keeps it: `{exercise, teams, settings}`. */
export function storedWorkspace(page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key)), WORKSPACE_KEY);
}

/**
 * The exercise a room of three teams plays in most tests: the explorer's opening scenario,
 * three teams that may change every step, and two pieces of news, at months 12 and 30. (The
 * set-up's own example starts smaller: two teams and one piece of news.) Pass it to
 * `openWorkshop` as `exercise`.
 */
export function roomExercise() {
  const scenario = JSON.parse(readFileSync(new URL("../../www/scenarios/default.json", import.meta.url), "utf8"));
  return {
    format: "relief-exercise/1",
    title: "Sequencing relief: a workshop exercise",
    briefing:
      "Each team proposes the order of relief, reform and confidence-building steps over four years. Aim to keep the risk of breakdown low while trust and the economy recover, and keep some leverage in hand. Hand back your sequence when your team agrees on it.",
    scenario,
    teams: ["Team A", "Team B", "Team C"].map((name) => ({ name, lock: "everything" })),
    injects: [
      {
        month: 12,
        kind: "spoiler_attack",
        size: 0.6,
        headline: "Bombing at a border crossing: hardliners claim it",
        text: "A faction opposed to the deal claims the attack. Both governments condemn it, and opposition politicians on the sanctioning side call for relief to be halted.",
      },
      {
        month: 30,
        kind: "leadership_change",
        size: 0.5,
        headline: "Elections bring a new government to the sanctioning side",
        text: "The new government campaigned against the process. It says it will honour commitments already made, but the target's leaders doubt it.",
      },
    ],
    teams_see_injects: true,
  };
}

/** The options of `openWorkshop` that start a device from the room's exercise
 * (`roomExercise()`: three teams and two pieces of news). */
export const ROOM = { exercise: roomExercise() };

/** Collects console errors and uncaught exceptions of a page. */
export function watch(page) {
  const errors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return errors;
}

/** Waits until the workshop page has started (or shows why it could not). */
export async function ready(page) {
  await page.waitForFunction(() => !document.getElementById("workshop-loading") && document.querySelector("main > .view:not([hidden])"), null, {
    timeout: 15000,
  });
}

/** Calls the page's wasm module: `fn(m, arg)` gets the module's exports and `arg` (plain
 * JSON). The call is built as an expression for the DevTools protocol, which the page's
 * Content-Security-Policy (no eval) does not apply to. */
export function wasm(page, fn, arg = null) {
  return page.evaluate(`(async () => {
    const m = await import("./pkg/relief_workshop.js");
    return (${fn.toString()})(m, ${JSON.stringify(arg)});
  })()`);
}

/** The weights the ranking uses unless the facilitator changes them. */
export const DEFAULT_WEIGHTS = { breakdown_risk: 3, trust: 1, economy: 1, leverage: 1 };

/**
 * The ranking the page must show, worked out here from the model's projections (each of
 * `runs` runs) under `weights`: each number as a share where more is better (1 − breakdown
 * risk, the others as they are), their weighted average out of 100 as the score, with its
 * standard error (a share's √(p(1−p)/n) for breakdown risk, √(π/2)·(IQR/1.349)/√n for each
 * median, added with their weights). Ordered by score, highest first (equal scores to the
 * lower risk, then the earlier team); a team within two standard errors of the difference of
 * the team just above it shares its place. Returns `{order, places, tied, scores, errors,
 * numbers}`, where `places[n]` and `tied[n]` belong to `order[n]`.
 */
export function expectedRanking(projections, { runs = 1000, weights = DEFAULT_WEIGHTS } = {}) {
  const keys = ["breakdown_risk", "trust", "economy", "leverage"];
  const medianError = (spread) => (Math.sqrt(Math.PI / 2) * (spread / 1.3489795003921634)) / Math.sqrt(runs);
  const numbers = projections.map((p) => {
    const last = p.months.length - 1;
    const at = (arr, m) => arr[Math.min(m, last)];
    const median = (band, m) => {
      const value = at(band.p50, m);
      return { value, share: value, error: medianError(Math.max(0, at(band.p75, m) - at(band.p25, m))) };
    };
    const risk = at(p.series.backsliding_risk, last);
    return {
      breakdown_risk: { value: risk, share: 1 - risk, error: Math.sqrt((risk * (1 - risk)) / runs) },
      trust: median(p.series.trust, 24),
      economy: median(p.series.economy, 36),
      leverage: median(p.series.leverage, last),
    };
  });
  const total = keys.reduce((s, k) => s + weights[k], 0);
  const scores = numbers.map((n) => (100 * keys.reduce((s, k) => s + weights[k] * n[k].share, 0)) / total);
  // The four errors are added, weighted: the numbers move together.
  const errors = numbers.map((n) => (100 * keys.reduce((s, k) => s + weights[k] * n[k].error, 0)) / total);
  const order = projections.map((_, i) => i);
  order.sort((a, b) => scores[b] - scores[a] || numbers[a].breakdown_risk.value - numbers[b].breakdown_risk.value || a - b);
  const places = [];
  order.forEach((i, n) => {
    const above = order[n - 1];
    const within = n > 0 && Math.abs(scores[above] - scores[i]) <= 2 * Math.hypot(errors[above], errors[i]);
    places.push(n === 0 ? 1 : within ? places[n - 1] : n + 1);
  });
  const tied = places.map((p) => places.filter((q) => q === p).length > 1);
  return { order, places, tied, scores, errors, numbers };
}

/** A place as the ranking table shows it: "1st", "=2nd" for a place shared within noise. */
export function placeText(place, tied) {
  const s = ["th", "st", "nd", "rd"];
  const v = place % 100;
  return `${tied ? "=" : ""}${place}${s[(v - 20) % 10] || s[v] || s[0]}`;
}

/** Runs axe-core on the page (in a context that bypasses the CSP) and returns the serious and
 * critical violations. */
export async function seriousViolations(page) {
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ content: readFileSync(require.resolve("axe-core/axe.min.js"), "utf8") });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
  });
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** The ranking table's rows as the facilitator reads them, in the view `scope` (a selector)
 * when the debrief has a table of its own too. */
export function rankingRows(page, scope = "") {
  return page.$$eval(`${scope} #ranking-table tbody tr`, (rows) =>
    rows.map((tr) => ({
      team: tr.dataset.team,
      // The place as shown ("=2nd"); the words for a screen reader follow it, visually hidden.
      place: tr.querySelector("td.place").firstChild.textContent,
      score: tr.querySelector("td.score").textContent,
      numbers: Object.fromEntries([...tr.querySelectorAll("td.number")].map((td) => [td.dataset.criterion, td.firstChild.textContent])),
      remarks: [...tr.querySelectorAll(".remarks li")].map((li) => li.textContent),
    })),
  );
}
