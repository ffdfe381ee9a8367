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
export async function openWorkshop(browser, { fragment = "", viewport = { width: 1280, height: 900 }, clock = false, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  // A test that must show that nothing happens for a while installs Playwright's clock: time
  // still flows as usual, and `page.clock.fastForward` jumps ahead instead of sleeping.
  if (clock) await context.clock.install();
  const page = await context.newPage();
  const errors = watch(page);
  await page.goto(`${WORKSHOP_URL}${fragment ? `#${fragment.replace(/^#/, "")}` : ""}`);
  await ready(page);
  return { context, page, errors };
}

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

/**
 * The order the ranking must have, worked out here from the model's projections: each team's
 * place on each of the four numbers (at the hundredths the page shows; equal values share a
 * place), the places added up, lowest first; ties to the lower breakdown risk, then the higher
 * trust, then the earlier team.
 */
export function expectedRanking(projections) {
  const h = (v) => Math.round(v * 100);
  const numbers = projections.map((p) => {
    const last = p.months.length - 1;
    const at = (arr, m) => arr[Math.min(m, last)];
    return [
      h(at(p.series.backsliding_risk, last)),
      -h(at(p.series.trust.p50, 24)),
      -h(at(p.series.economy.p50, 36)),
      -h(at(p.series.leverage.p50, last)),
    ];
  });
  const place = (i, c) => 1 + numbers.filter((n) => n[c] < numbers[i][c]).length;
  const total = (i) => [0, 1, 2, 3].reduce((s, c) => s + place(i, c), 0);
  const order = projections.map((_, i) => i);
  order.sort((a, b) => total(a) - total(b) || numbers[a][0] - numbers[b][0] || numbers[a][1] - numbers[b][1] || a - b);
  return { order, numbers, total };
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

/** The ranking table's rows as the facilitator reads them. */
export function rankingRows(page) {
  return page.$$eval("#ranking-table tbody tr", (rows) =>
    rows.map((tr) => ({
      team: tr.dataset.team,
      place: tr.querySelector("td.place").textContent,
      numbers: Object.fromEntries([...tr.querySelectorAll("td.number")].map((td) => [td.dataset.criterion, td.firstChild.textContent])),
      remarks: [...tr.querySelectorAll(".remarks li")].map((li) => li.textContent),
    })),
  );
}
