// Presets: every built-in scenario opens from the header's menu and by its address
// (?preset=NAME), and "About this scenario" beside the timeline shows its title, description,
// sources, assumptions, milestones and what happened next, and says it is an illustration,
// not a forecast.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage, chips, updateCount, waitForUpdates, screenshot, readPresets, SCREENSHOT_DIR } from "./helpers.mjs";
import { openScenario } from "./scenario-helpers.mjs";

let browser;
/** Every preset as the model describes it: name, kind, scenario, outcome, milestones. */
let presets;

before(async () => {
  browser = await launch();
  presets = await readPresets(browser);
});
after(async () => {
  await browser?.close();
});

/** What the About panel shows, read as a reader would. */
async function aboutPanel(page) {
  return page.evaluate(() => {
    const root = document.getElementById("about");
    const all = (sel) => [...root.querySelectorAll(sel)];
    return {
      visible: !root.hidden && root.getBoundingClientRect().height > 0,
      title: root.querySelector(".about-title")?.textContent,
      kind: root.querySelector(".about-kind")?.textContent ?? "",
      description: root.querySelector(".about-description")?.textContent ?? "",
      sources: all(".about-sources li").map((li) => li.textContent),
      links: all(".about-sources a").map((a) => ({ href: a.getAttribute("href"), rel: a.rel, text: a.textContent })),
      milestones: all(".about-milestones tbody tr").map((tr) => [...tr.children].map((c) => c.textContent)),
      outcome: root.querySelector(".about-outcome")?.textContent ?? null,
      assumptions: root.querySelector(".about-assumptions")?.textContent ?? null,
      headings: all("h3").map((h) => h.textContent),
      note: root.querySelector(".about-note")?.textContent ?? "",
    };
  });
}

/** Checks the panel against the preset it should describe. */
function checkPanel(about, p) {
  const s = p.scenario;
  assert.ok(about.visible, `${p.name}: the panel is shown`);
  assert.equal(about.title, s.title, `${p.name}: title`);
  assert.equal(about.description, s.description, `${p.name}: description`);
  assert.match(about.note, /^An illustration, not a forecast\./, `${p.name}: the note`);
  assert.deepEqual(
    about.sources,
    s.sources.map((src) => (src.url && !/^https?:\/\//.test(src.url) ? `${src.title} (${src.url})` : src.title)),
    `${p.name}: every source, in order`,
  );
  const httpSources = s.sources.filter((src) => /^https?:\/\//.test(src.url ?? ""));
  assert.equal(about.links.length, httpSources.length, `${p.name}: links only for http(s) sources`);
  for (const link of about.links) assert.match(link.rel, /noopener/, `${p.name}: ${link.href} opens without access to the page`);
  assert.equal(about.assumptions, p.assumptions_why, `${p.name}: why the assumptions`);
  if (p.kind === "historical") {
    assert.match(about.kind, /from history/);
    assert.equal(about.outcome, p.outcome, `${p.name}: what happened next`);
    assert.equal(about.milestones.length, p.milestones.length, `${p.name}: milestones`);
    p.milestones.forEach((m, i) => {
      assert.equal(about.milestones[i][0], String(m.month), `${p.name}: milestone ${i} month`);
      assert.equal(about.milestones[i][2], m.event, `${p.name}: milestone ${i} event`);
      assert.match(about.milestones[i][1], /^[A-Z][a-z]{2} \d{4}$/, `${p.name}: milestone ${i} date`);
    });
    assert.ok(about.headings.includes("What happened next"));
  } else {
    assert.match(about.kind, /illustrative/i);
    assert.equal(about.outcome, null, `${p.name}: an illustration has no "what happened next"`);
    assert.equal(about.milestones.length, 0);
  }
}

async function openFromMenu(page, p) {
  await page.locator("#presets-button").click();
  assert.equal(await page.locator("#presets-button").getAttribute("aria-expanded"), "true");
  await page.locator(`.presets-item[data-preset="${p.name}"]`).click();
}

test("every preset opens from the menu, with its notes beside the timeline", async () => {
  assert.equal(presets.length, 11, "five illustrative and six historical presets");
  const { context, page, errors, external } = await openPage(browser);
  try {
    const opened = await page.evaluate(() => {
      window.__opened = [];
      document.addEventListener("relief:preset-opened", (e) => window.__opened.push(e.detail.name));
    });
    assert.equal(opened, undefined);
    const groups = await page.locator(".presets-group h2").allInnerTexts();
    assert.deepEqual(groups.map((g) => g.toLowerCase()), ["illustrative", "from history"]);
    for (const p of presets) {
      const updates = await updateCount(page);
      await openFromMenu(page, p);
      assert.equal(await page.locator("#presets-popup").isHidden(), true, "the menu folds away");
      await waitForUpdates(page, updates + 1);
      assert.equal(await page.locator("#scenario-title").innerText(), p.scenario.title);
      const list = await chips(page);
      assert.equal(list.length, p.scenario.steps.length + p.scenario.shocks.length, `${p.name}: every step and shock is on the timeline`);
      assert.equal(list[0].max, p.scenario.horizon_months - 1, `${p.name}: the timeline spans its horizon`);
      checkPanel(await aboutPanel(page), p);
      if (p.name === "iran-2013") await screenshot(page, "preset-iran-desktop", { fullPage: false });
    }
    assert.deepEqual(await page.evaluate(() => window.__opened), presets.map((p) => p.name), "each opening is announced to the page");
    assert.deepEqual(external, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("every preset opens by its address, ?preset=NAME", async () => {
  for (const p of presets) {
    const { context, page, errors } = await openPage(browser, { path: `?preset=${p.name}` });
    try {
      assert.equal(await page.locator("#scenario-title").innerText(), p.scenario.title);
      await page.locator("#about:not([hidden])").waitFor({ timeout: 5000 });
      checkPanel(await aboutPanel(page), p);
      // The page opened on the preset: it is the baseline the charts compare with.
      const summary = await page.locator("#summary").innerText();
      const m = /risk of breakdown is (\d+)% \((\d+)% in the baseline\)/.exec(summary);
      assert.ok(m, summary);
      assert.equal(m[1], m[2], `${p.name}: the preset is its own baseline`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});

test("an opened preset becomes the baseline and what Start over returns to; a change is noted", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const sudan = presets.find((p) => p.name === "sudan-2016");
    let updates = await updateCount(page);
    await openFromMenu(page, sudan);
    await waitForUpdates(page, updates + 1);
    // The summary settles on the new baseline: the preset compared with itself.
    await page.waitForFunction(() => /risk of breakdown is (\d+)% \(\1% in the baseline\)/.test(document.getElementById("summary").textContent), null, { timeout: 5000 });
    assert.doesNotMatch((await aboutPanel(page)).kind, /changed/);

    const first = page.locator(".chip[role=slider]").first();
    await first.focus();
    const month = Number(await first.getAttribute("aria-valuenow"));
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    assert.equal(Number(await first.getAttribute("aria-valuenow")), month + 2);
    assert.match((await aboutPanel(page)).kind, /changed from the preset: the notes below describe the preset as published/);

    updates = await updateCount(page);
    await page.locator("#start-over").click();
    await waitForUpdates(page, updates + 1);
    assert.equal(await page.locator("#scenario-title").innerText(), sudan.scenario.title);
    assert.equal(Number(await page.locator(".chip[role=slider]").first().getAttribute("aria-valuenow")), month);
    assert.doesNotMatch((await aboutPanel(page)).kind, /changed/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a preset that comes back through a shared link keeps its notes", async () => {
  const libya = presets.find((p) => p.name === "libya-2003");
  const { context, page, errors } = await openScenario(browser, libya.scenario);
  try {
    await page.locator("#about:not([hidden])").waitFor();
    checkPanel(await aboutPanel(page), libya);
    assert.doesNotMatch((await aboutPanel(page)).kind, /changed/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("a milestone's month can be shown on the charts", async () => {
  const { context, page, errors } = await openPage(browser, { path: "?preset=iran-2013" });
  try {
    await page.locator("#about:not([hidden])").waitFor();
    const button = page.locator(".about-month", { hasText: /^26$/ });
    assert.equal(await button.getAttribute("aria-label"), "Month 26: show it on the charts");
    await button.click();
    await page.waitForFunction(() => /^Month 26/.test(document.querySelector(".readout-head")?.textContent ?? ""));
    assert.equal(await page.locator(".timeline-rule").isVisible(), true, "the month is marked on the timeline");
    // "Why?" now explains that month.
    assert.match(await page.locator(".chart-trust .why-button").innerText(), /month 26/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the menu works from the keyboard: arrows, Home, End, Escape, and Tab leaves it", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const button = page.locator("#presets-button");
    await button.focus();
    await page.keyboard.press("ArrowDown");
    assert.equal(await button.getAttribute("aria-expanded"), "true");
    const focusedPreset = () => page.evaluate(() => document.activeElement.dataset.preset ?? null);
    assert.equal(await focusedPreset(), presets[0].name);
    await page.keyboard.press("ArrowDown");
    assert.equal(await focusedPreset(), presets[1].name);
    await page.keyboard.press("End");
    assert.equal(await focusedPreset(), presets.at(-1).name);
    await page.keyboard.press("ArrowDown");
    assert.equal(await focusedPreset(), presets[0].name, "the arrows wrap around");
    await page.keyboard.press("ArrowUp");
    assert.equal(await focusedPreset(), presets.at(-1).name);
    await page.keyboard.press("Home");
    assert.equal(await focusedPreset(), presets[0].name);
    await page.keyboard.press("Escape");
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.equal(await page.locator("#presets-popup").isHidden(), true);
    assert.equal(await page.evaluate(() => document.activeElement.id), "presets-button", "Escape returns to the button");

    await page.keyboard.press("Enter");
    assert.equal(await page.locator("#presets-popup").isVisible(), true);
    assert.equal(await focusedPreset(), presets[0].name);
    // Tab past the last preset leaves the menu, which folds away.
    await page.keyboard.press("End");
    await page.keyboard.press("Tab");
    assert.equal(await page.locator("#presets-popup").isHidden(), true);
    assert.equal(await button.getAttribute("aria-expanded"), "false");

    // Enter on a preset opens it; focus returns to the menu button.
    const venezuela = presets.find((p) => p.name === "venezuela-2023");
    await button.focus();
    await page.keyboard.press("Enter");
    for (let i = 0; i < presets.indexOf(venezuela); i++) await page.keyboard.press("ArrowDown");
    const updates = await updateCount(page);
    await page.keyboard.press("Enter");
    await waitForUpdates(page, updates + 1);
    assert.equal(await page.locator("#scenario-title").innerText(), venezuela.scenario.title);
    assert.equal(await page.evaluate(() => document.activeElement.id), "presets-button");
    assert.match(await page.locator("#preset-status").textContent(), /Opened “Venezuela/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("on a phone the notes fold into one line that still says it is an illustration", async () => {
  const { context, page, errors } = await openPage(browser, {
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    hasTouch: true,
    isMobile: true,
    path: "?preset=myanmar-2012",
  });
  try {
    await page.locator("#about:not([hidden])").waitFor();
    assert.equal(await page.locator("#about details").evaluate((d) => d.open), false, "folded on a phone");
    assert.equal(await page.locator("#about .about-note").isVisible(), true);
    assert.equal(await page.locator("#about .about-title").innerText(), "Myanmar, 2012–2021: easing for reform, then the coup");
    const [sw, iw] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    assert.ok(sw <= iw, `the page scrolls sideways: ${sw} > ${iw}`);
    await page.locator("#about").screenshot({ path: `${SCREENSHOT_DIR}preset-phone-folded.png` });
    await page.locator("#about summary").click();
    assert.equal(await page.locator("#about .about-milestones").isVisible(), true);
    await page.locator("#about").screenshot({ path: `${SCREENSHOT_DIR}preset-phone-open.png` });
    await page.locator("#presets-button").click();
    const box = await page.locator("#presets-popup").boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `the menu fits the screen: ${JSON.stringify(box)}`);
    await screenshot(page, "preset-phone-menu", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
