// Accessibility to WCAG 2.2 AA in every mode the page has: axe-core finds no serious or
// critical violation (default, a preset open, the menu, each dialog, field messages, the
// embed modes, dark, a phone, high contrast and forced colours, the model document); Tab walks
// the timeline lane by lane and month by month; every control is at least 24 by 24 CSS pixels;
// focus is always visible; and reduced motion is honoured.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, screenshot } from "./helpers.mjs";
import { openScenario, scenarioWith, seriousViolations, openPlain } from "./scenario-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };

/** Opens the page in a mode, prepares it with `then`, and scans it. */
async function scan(name, { path = "", options = {}, then = async () => {} } = {}) {
  const { context, page, errors } = await openPage(browser, { bypassCSP: true, path, ...options });
  try {
    await then(page);
    const violations = await seriousViolations(page);
    await screenshot(page, `a11y-${name}`, { fullPage: false });
    assert.deepEqual(violations, [], `${name}: ${JSON.stringify(violations, null, 1)}`);
    assert.deepEqual(errors, [], `${name}: console errors`);
  } finally {
    await context.close();
  }
}

const openFolded = async (page) => {
  await page.locator("#palette > summary").click();
  await page.locator("#table-details > summary").click();
  await page.locator("#table-wrap tbody tr").first().waitFor();
};

test("axe: the default page, with the palette and the table open", () => scan("default", { then: openFolded }));

test("axe: a historical preset with its notes beside the timeline", () =>
  scan("preset", {
    path: "?preset=iran-2013",
    then: async (page) => {
      await page.locator("#about:not([hidden])").waitFor();
      await page.locator(".chip[role=slider]").first().focus();
    },
  }));

test("axe: the Presets menu open", () =>
  scan("presets-menu", {
    then: async (page) => {
      await page.locator("#presets-button").click();
      await page.locator(".presets-item").first().waitFor();
    },
  }));

test("axe: the Why? dialog", () =>
  scan("why-dialog", {
    path: "?preset=libya-2003",
    then: async (page) => {
      await page.locator(".chart-risk .why-button").click();
      await page.locator("#why-list li").first().waitFor();
      await page.locator("#why-month").fill("500");
      await page.locator("#why-month").press("Tab");
      await page.locator("#why-month-error").waitFor();
    },
  }));

test("axe: the How it works dialog", () =>
  scan("how-dialog", {
    then: async (page) => {
      await page.locator(".chart-economy .how-button").click();
      await page.locator("#how-dialog[open]").waitFor();
    },
  }));

test("axe: messages on refused entries and a full palette", async () => {
  const full = scenarioWith({ steps: Array.from({ length: 200 }, (_, i) => ({ kind: "compliance_step", month: i % 48 })) });
  const { context, page, errors } = await openScenario(browser, full, { bypassCSP: true });
  try {
    await page.locator("#runs").fill("0");
    await page.locator("#runs").press("Enter");
    await page.locator("#palette > summary").click();
    await page.locator(".palette-item").first().focus();
    await page.keyboard.press("Enter");
    await page.locator("#palette-limit").waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("axe: embedded in an article, editable and read-only", async () => {
  for (const query of ["?embed=1", "?embed=1&readonly=1&preset=sudan-2016"]) {
    await scan(`embed${query.includes("readonly") ? "-readonly" : ""}`, { path: query, options: { viewport: { width: 720, height: 560 } } });
  }
});

test("axe: dark colours", () =>
  scan("dark", {
    path: "?preset=myanmar-2012",
    options: { colorScheme: "dark" },
    then: async (page) => {
      await page.locator("#about:not([hidden])").waitFor();
      await openFolded(page);
    },
  }));

test("axe: a phone at 360 px, notes unfolded", () =>
  scan("phone", {
    path: "?preset=belarus-2015",
    options: PHONE,
    then: async (page) => {
      await page.locator("#about summary").click();
      await page.locator(".about-milestones").waitFor();
    },
  }));

test("axe: high contrast and forced colours (a projector, Windows contrast themes)", async () => {
  await scan("high-contrast", { path: "?preset=venezuela-2023", options: { contrast: "more" } });
  await scan("forced-colors", { path: "?preset=venezuela-2023", options: { forcedColors: "active" } });
});

test("axe: the model document", async () => {
  const { context, page, errors } = await openPlain(browser, "model.html", { bypassCSP: true });
  try {
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("Tab walks the timeline lane by lane, month by month, whatever order the steps were added in", async () => {
  const scenario = scenarioWith({
    steps: [
      { kind: "financial_channels", month: 18, size: 0.2 },
      { kind: "independent_monitoring", month: 1 },
      { kind: "sectoral_easing", month: 6, size: 0.2 },
      { kind: "compliance_step", month: 9, size: 0.2 },
      { kind: "humanitarian_exemption", month: 0, size: 0.1 },
      { kind: "compliance_step", month: 2, size: 0.2 },
    ],
    shocks: [{ kind: "spoiler_attack", month: 20, size: 0.5 }],
  });
  const { context, page, errors } = await openScenario(browser, scenario);
  try {
    const order = async () => {
      await page.locator(".chip[role=slider]").first().focus();
      // Start from the first chip in document order and Tab through the rest.
      const seen = [await page.evaluate(() => document.activeElement.getAttribute("aria-valuetext"))];
      for (;;) {
        await page.keyboard.press("Tab");
        const el = await page.evaluate(() => (document.activeElement.classList.contains("chip") ? document.activeElement.getAttribute("aria-valuetext") : null));
        if (!el) break;
        seen.push(el);
      }
      return seen;
    };
    assert.deepEqual(await order(), [
      "Humanitarian exemption, month 0",
      "Sectoral easing, month 6",
      "Financial channels, month 18",
      "Compliance step, month 2",
      "Compliance step, month 9",
      "Independent monitoring, month 1",
      "Spoiler attack, month 20",
    ]);
    // A step moved past others takes its new place in the order, keeping focus as it moves.
    const humanitarian = page.locator('.chip[aria-label^="Humanitarian exemption"]');
    await humanitarian.focus();
    await page.keyboard.press("PageUp");
    await page.keyboard.press("PageUp");
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-valuetext")), "Humanitarian exemption, month 12", "focus stays on the moving step");
    assert.deepEqual((await order()).slice(0, 3), ["Sectoral easing, month 6", "Humanitarian exemption, month 12", "Financial channels, month 18"]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** Every control on screen smaller than 24 by 24 CSS pixels, other than links inside text. */
function smallTargets(page) {
  return page.evaluate(() => {
    const controls = document.querySelectorAll("button, a[href], input, select, summary, [role=slider], [tabindex='0']");
    const small = [];
    for (const el of controls) {
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || el.closest("[hidden], dialog:not([open])")) continue;
      // What a closed disclosure holds is not on screen (its summary is).
      if (el.closest("details:not([open])") && !el.matches("details > summary")) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      // WCAG 2.5.8 excepts a link inside a sentence or a list of references.
      if (el.matches("a") && el.closest("p, li, td") && style.display === "inline") continue;
      // The skip link is off-screen until focused (and then large enough).
      if (el.matches(".skip-link")) continue;
      if (r.width < 24 - 0.01 || r.height < 24 - 0.01) small.push(`${el.tagName.toLowerCase()}#${el.id || el.className || el.textContent.trim().slice(0, 20)}: ${r.width.toFixed(1)}×${r.height.toFixed(1)}`);
    }
    return small;
  });
}

test("every control is at least 24 by 24 CSS pixels, on a desktop and on a phone", async () => {
  for (const [name, options] of [["desktop", {}], ["phone", PHONE]]) {
    const { context, page } = await openPage(browser, { path: "?preset=iran-2013", ...options });
    try {
      await page.locator("#about:not([hidden])").waitFor();
      if (name === "phone") await page.locator("#about summary").click();
      await page.locator("#palette > summary").click();
      await page.locator(".chip[role=slider]").first().focus();
      assert.deepEqual(await smallTargets(page), [], name);
      await page.locator(".chart-trust .why-button").click();
      await page.locator("#why-list li").first().waitFor();
      assert.deepEqual(await smallTargets(page), [], `${name}: the Why? dialog`);
      await page.keyboard.press("Escape");
      await page.locator("#how-button").click();
      assert.deepEqual(await smallTargets(page), [], `${name}: How it works`);
    } finally {
      await context.close();
    }
  }
});

test("focus is visible on every stop of the Tab order", async () => {
  const { context, page, errors } = await openPage(browser, { path: "?preset=libya-2003" });
  try {
    await page.locator("#about:not([hidden])").waitFor();
    const stops = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== "none";
        const onScreen = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
        return { name: `${el.tagName.toLowerCase()}#${el.id || el.className}`, ring, onScreen };
      });
      if (!stop) break;
      stops.push(stop);
    }
    assert.ok(stops.length >= 40, `${stops.length} stops`);
    const bad = stops.filter((s) => !s.ring || !s.onScreen);
    assert.deepEqual(bad, [], "each focused element shows a ring and is scrolled into view");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("reduced motion: nothing slides when the reader asks for less motion", async () => {
  for (const [motion, expectMoving] of [["no-preference", true], ["reduce", false]]) {
    const { context, page } = await openPage(browser, { reducedMotion: motion });
    try {
      const durations = await page.evaluate(() =>
        [...document.querySelectorAll(".chip, .presets-item, .figure-action, dialog")].map((el) => parseFloat(getComputedStyle(el).transitionDuration) || 0),
      );
      const moving = durations.some((d) => d > 0);
      assert.equal(moving, expectMoving, `${motion}: ${durations}`);
    } finally {
      await context.close();
    }
  }
});

// The keyboard meets the header's controls in the order the eye does: on a phone the globe sits
// in the corner beside the name, ahead of Presets and How it works; on a laptop it follows them.
for (const [name, viewport, order] of [
  ["a phone", { width: 360, height: 740 }, ["language-select", "presets-button", "how-button"]],
  ["a laptop", { width: 1366, height: 768 }, ["presets-button", "how-button", "language-select"]],
]) {
  test(`on ${name}, Tab reaches the header's controls in the order they are seen`, async () => {
    const { context, page } = await openPage(browser, { viewport });
    try {
      const ids = new Set(order);
      const reached = [];
      await page.locator("body").focus();
      for (let i = 0; i < 40 && reached.length < order.length; i++) {
        await page.keyboard.press("Tab");
        const id = await page.evaluate(() => document.activeElement?.id);
        if (ids.has(id) && !reached.includes(id)) reached.push(id);
      }
      assert.deepEqual(reached, order);
      // And the order on screen: left to right in the header's row, or the corner first.
      const boxes = await page.evaluate((list) => list.map((id) => document.getElementById(id).closest(".language-menu, button").getBoundingClientRect().toJSON()), order);
      for (let i = 1; i < boxes.length; i++) {
        const [a, b] = [boxes[i - 1], boxes[i]];
        assert.ok(a.top < b.top - 2 || (Math.abs(a.top - b.top) <= 2 && a.left < b.left), `${order[i - 1]} is seen before ${order[i]}: ${JSON.stringify([a, b])}`);
      }
    } finally {
      await context.close();
    }
  });
}
