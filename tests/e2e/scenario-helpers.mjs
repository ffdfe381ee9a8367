// Helpers of the tests of presets, explanations, limits, the policy, offline use and
// accessibility: opening the page on any scenario (through the same link a reader would
// share), scanning it with axe-core, and watching for Content-Security-Policy violations.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { openPage, waitForFirstChart, BASE_URL } from "./helpers.mjs";

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** A scenario with sensible defaults, with the given fields over them. */
export function scenarioWith(fields = {}) {
  return {
    format: "relief-scenario/1",
    title: "A test scenario",
    horizon_months: 48,
    runs: 1000,
    seed: 7,
    steps: [],
    shocks: [],
    ...fields,
  };
}

/**
 * The link fragment (without "#") of each scenario, made by the page's own wasm module, so the
 * tests open scenarios exactly as a shared link does.
 */
export async function linksFor(browser, scenarios) {
  const { context, page } = await openPage(browser);
  try {
    return await page.evaluate(async (list) => {
      const m = await import(new URL("pkg/relief_web.js", location.href).href);
      return list.map((s) => m.scenario_link(JSON.stringify(s)));
    }, scenarios);
  } finally {
    await context.close();
  }
}

/** Opens the page on `scenario` (through its link) and waits for the first chart. */
export async function openScenario(browser, scenario, options = {}) {
  const [link] = await linksFor(browser, [scenario]);
  return openPage(browser, { ...options, path: `${options.query ?? ""}#${link}` });
}

/**
 * Collects every Content-Security-Policy violation the page reports, from before its first
 * script runs. Read them with `cspViolations(page)`.
 */
export async function watchPolicy(context) {
  await context.addInitScript(() => {
    window.__policyViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__policyViolations.push(`${e.violatedDirective}: ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

export function policyViolations(page) {
  return page.evaluate(() => window.__policyViolations ?? null);
}

/**
 * Runs axe-core on the page (the context must bypass the policy, which forbids the injected
 * script) and returns the serious and critical violations, each with a few of its elements.
 */
export async function seriousViolations(page, { exclude = [] } = {}) {
  if (!(await page.evaluate(() => typeof window.axe !== "undefined"))) await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async (exclude) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run({ exclude }, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").slice(1, 3).join(" ")}`),
    }));
  }, exclude);
  return result.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Presses Tab until `predicate` holds for the focused element (at most `max` presses). */
export async function tabUntil(page, predicate, arg, { max = 120, shift = false } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(shift ? "Shift+Tab" : "Tab");
    if (await page.evaluate(predicate, arg)) return i + 1;
  }
  throw new Error(`Tab never reached the element after ${max} presses`);
}

/** The text of the focused element's accessible name (aria-label, else its text). */
export function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute("aria-label") ?? el?.textContent?.trim() ?? "";
  });
}

/** Opens a page at `path` without waiting for charts (for pages other than the explorer). */
export async function openPlain(browser, path, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
  page.on("pageerror", (err) => errors.push(String(err)));
  const response = await page.goto(new URL(path, BASE_URL).href);
  return { context, page, errors, response };
}

export { waitForFirstChart, BASE_URL };
