// The page in every language: each opens with its own words, direction and digits; the
// pseudo-language shows no plain English anywhere a reader goes; Persian and Arabic fit a
// phone, keep the timeline and the charts running left to right, pass axe, keep the arrow
// keys' meaning on the time axis, and a share link reopens in the same language; the
// switcher reopens the page in another language with the reader's work kept; the workshop's
// example exercise makes a short link in every language, for a QR code a room can read.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { BASE_URL, SITE_DIR, launch, openPage, screenshot, waitForCounted } from "./helpers.mjs";
import { seriousViolations } from "./scenario-helpers.mjs";
import { ready, storedWorkspace } from "./workshop-helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The explorer's catalogue of `code` as the site ships it, for the words a test expects. */
function catalogue(code) {
  const bundle = new FluentBundle(code, { useIsolating: false });
  // English readers are not sent `en-module.ftl` (the module's own words are the same), so in
  // English the page must show the very words it holds.
  for (const file of [`${code}.ftl`, `${code}-explorer.ftl`, `${code}-module.ftl`]) {
    const errors = bundle.addResource(new FluentResource(readFileSync(join(SITE_DIR, "pkg", "locales", file), "utf8")));
    assert.deepEqual(errors, [], `${file} parses`);
  }
  return (id, args) => bundle.formatPattern(bundle.getMessage(id).value, args);
}

const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const DESKTOP = { viewport: { width: 1366, height: 768 } };

const LANGUAGES = [
  { code: "en", dir: "ltr", digits: /[0-9]/ },
  { code: "es", dir: "ltr", digits: /[0-9]/ },
  { code: "fr", dir: "ltr", digits: /[0-9]/ },
  { code: "ru", dir: "ltr", digits: /[0-9]/ },
  { code: "fa", dir: "rtl", digits: /[۰-۹]/ },
  { code: "ar", dir: "rtl", digits: /[٠-٩]/ },
];

for (const { code, dir, digits } of LANGUAGES) {
  test(`${code}: the page opens in its words, direction and digits, at 360 and 1366 px`, async () => {
    const say = catalogue(code);
    for (const [size, options] of [
      ["360", PHONE],
      ["1366", DESKTOP],
    ]) {
      const { context, page, errors } = await openPage(browser, { path: `?lang=${code}`, ...options });
      try {
        const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
        assert.deepEqual(root, { lang: code, dir });
        // Markup, script and module words alike come from the catalogue.
        assert.equal((await page.locator("#warnings-heading").innerText()).trim(), say("timeline-warnings-heading"));
        const stepName = say("model-step-humanitarian_exemption");
        // A right-to-left language isolates the name in its sentence, so it is looked for inside.
        assert.ok(await page.locator(`.chip[role=slider][aria-label*="${stepName}"]`).count(), `a chip is named “${stepName}”`);
        const summary = await page.locator("#summary").textContent();
        assert.match(summary, digits, `the summary's numbers are in ${code}'s digits: ${summary}`);
        if (code === "fa" || code === "ar") assert.doesNotMatch(summary, /[0-9]/, `no Western digits in ${summary}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `${code} at ${size} px scrolls sideways by ${overflow} px`);
        await screenshot(page, `language-${code}-${size}`, { fullPage: false });
        assert.deepEqual(errors, [], `${code} at ${size} px: console errors (a missing message logs one)`);
      } finally {
        await context.close();
      }
    }
  });
}

/** Every word a reader can see or hear in the page's present state, with where it is. */
function visibleWords(page) {
  return page.evaluate(() => {
    const found = [];
    // What readers typed, and what the page shows of other documents (sources' titles, the
    // embed code, addresses), is not the catalogue's to translate.
    const foreign = "#scenario-title, .about-title, .about-body, .about-sources, .source-title, textarea, input[type=text], input[type=url], code, pre, .embed-code, [data-user-text]";
    const shown = (el) => {
      if (!el || el.closest(foreign)) return false;
      // Words marked as another language on purpose (the switcher's "Language" in English).
      const marked = el.closest("[lang]");
      if (marked && marked !== document.documentElement && marked.lang !== document.documentElement.lang) return false;
      if (el.closest("[hidden], [aria-hidden=true], template, script, style, noscript")) return false;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") return false;
      const r = el.getBoundingClientRect();
      const visuallyHidden = el.closest(".visually-hidden");
      return visuallyHidden || (r.width > 0 && r.height > 0);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (text && shown(node.parentElement)) found.push({ where: node.parentElement.id || node.parentElement.className || node.parentElement.tagName, text });
    }
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder], [alt], [aria-valuetext], [aria-description]")) {
      if (!shown(el)) continue;
      for (const name of ["aria-label", "title", "placeholder", "alt", "aria-valuetext", "aria-description"]) {
        const text = el.getAttribute(name)?.trim();
        if (text) found.push({ where: `${el.id || el.tagName}[${name}]`, text });
      }
    }
    return found;
  });
}

/**
 * Plain English words: three or more unaccented Latin letters in a row. The pseudo-language
 * accents every letter, so any such run did not come from the catalogue. Names that are the
 * same in every language (file formats, the model's version) are let through by the list.
 */
const SAME_IN_EVERY_LANGUAGE = new Set(["CSV", "SVG", "PNG", "JSON", "URL", "QR", "HTML", "iframe", "https", "http"]);
function plainEnglish(found) {
  return found.flatMap(({ where, text }) =>
    (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !SAME_IN_EVERY_LANGUAGE.has(w)).map((w) => `${where}: “${w}” in “${text.slice(0, 80)}”`),
  );
}

// In English the pages leave their markup as it is (translating it would change nothing, and
// costs the start about 20 ms): so every element the markup names a message for must say, word
// for word and attribute for attribute, what the English catalogue says.
for (const [path, words] of [["", "en-explorer.ftl"], ["workshop.html", "en-workshop.ftl"]]) {
  test(`en: the markup of ${path || "the explorer"} says what the English catalogue says`, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${BASE_URL}${path}?lang=en`);
      const found = await page.evaluate(async (words) => {
        const { FluentBundle, FluentResource, DOMLocalization } = await import(new URL("pkg/fluent.js", document.baseURI).href);
        const bundle = new FluentBundle("en", { useIsolating: false });
        for (const file of ["en.ftl", words]) {
          const text = await (await fetch(new URL(`pkg/locales/${file}`, document.baseURI))).text();
          bundle.addResource(new FluentResource(text));
        }
        // The markup as served, before any script of the page has touched it.
        const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), "text/html");
        const elements = [...served.querySelectorAll("[data-l10n-id]")];
        const before = elements.map((e) => e.outerHTML);
        const missing = elements.map((e) => e.dataset.l10nId).filter((id) => !bundle.hasMessage(id));
        await new DOMLocalization([], () => [bundle]).translateFragment(served.documentElement);
        const changed = elements.flatMap((e, i) => (e.outerHTML === before[i] ? [] : [`${e.dataset.l10nId}:\n  markup    ${before[i]}\n  catalogue ${e.outerHTML}`]));
        return { count: elements.length, missing, changed };
      }, words);
      assert.ok(found.count > 50, `the markup names messages (${found.count})`);
      assert.deepEqual(found.missing, [], "every message the markup names is in the catalogue");
      assert.deepEqual(found.changed, [], "translating the markup into English changes nothing");
    } finally {
      await page.close();
    }
  });
}

test("the pseudo-language shows no plain English, wherever the reader goes", async () => {
  const { context, page, errors } = await openPage(browser, { path: "?lang=en-XA", ...DESKTOP });
  const english = new Set();
  const collect = async (state) => {
    for (const line of plainEnglish(await visibleWords(page))) english.add(`${state}: ${line}`);
  };
  try {
    await collect("opened");
    // Each place a reader can open, in turn.
    await page.locator("#palette > summary").click();
    await page.locator("#suggest > summary").click();
    await page.locator("#table-details > summary").click();
    await page.locator("#table-wrap tbody tr").first().waitFor();
    await collect("palette, suggestion and table open");
    await page.locator(".chip[role=slider]").first().click();
    await collect("a step chosen");
    await page.locator("#how-button").click();
    await page.locator("dialog[open]").first().waitFor();
    await collect("How it works");
    await page.keyboard.press("Escape");
    await page.locator("#share-button").click();
    await page.locator("#share-dialog[open]").waitFor();
    await collect("Share");
    await page.keyboard.press("Escape");
    await page.locator("#export-button").click();
    await collect("the Export menu");
    await page.keyboard.press("Escape");
    await page.locator(".why-button").first().click();
    await page.locator("dialog[open]").first().waitFor();
    await collect("Why?");
    await page.keyboard.press("Escape");
    await page.locator("#matters-button").click();
    await page.locator("dialog[open]").first().waitFor();
    await collect("What matters most?");
    await page.keyboard.press("Escape");
    await page.locator("#embed-button").click();
    await page.locator("dialog[open]").first().waitFor();
    await collect("the Embed dialog");
    await page.keyboard.press("Escape");
    await page.locator("#presets-button").click();
    await collect("the presets menu");
    await page.locator("#presets-popup [role=menuitem], #presets-popup button").nth(3).click();
    await waitForCounted(page);
    await page.locator("#about:not([hidden])").waitFor();
    await page.locator("#about details").first().evaluate((d) => (d.open = true));
    await collect("a preset opened, About open");
    await screenshot(page, "language-en-XA", { fullPage: true });
    assert.deepEqual([...english], [], "plain English on the page");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the workshop in the pseudo-language shows no plain English, in each of its views", async () => {
  const context = await browser.newContext({ viewport: DESKTOP.viewport });
  const page = await context.newPage();
  const errors = [];
  page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
  page.on("pageerror", (err) => errors.push(String(err)));
  const english = new Set();
  const visit = async (fragment) => {
    await page.goto(new URL(`workshop.html?lang=en-XA#${fragment}`, BASE_URL).href);
    await ready(page);
    for (const line of plainEnglish(await visibleWords(page))) english.add(`${fragment.slice(0, 12)}: ${line}`);
  };
  try {
    await visit("setup");
    const exercise = await page.locator("#exercise-link").inputValue();
    for (const fragment of [new URL(exercise).hash.slice(1), "compare", "play", "debrief"]) await visit(fragment);
    assert.deepEqual([...english], [], "plain English in the workshop");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the mirrored pseudo-language lays the page out right to left, the timeline and charts left to right", async () => {
  const { context, page, errors } = await openPage(browser, { path: "?lang=ar-XB", ...PHONE });
  try {
    assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl");
    const brand = await page.locator(".brand h1").boundingBox();
    assert.ok(brand.x + brand.width > 360 - 40, `the title sits on the right: ${JSON.stringify(brand)}`);
    await assertTimeAxesLeftToRight(page);
    await screenshot(page, "language-ar-XB-360", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** Month 0 is on the left of the timeline and of the charts, as in every language. */
async function assertTimeAxesLeftToRight(page) {
  const chips = await page.$$eval(".chip[role=slider]", (els) =>
    els.map((el) => ({ month: Number(el.getAttribute("aria-valuenow")), x: el.getBoundingClientRect().left })),
  );
  const early = chips.reduce((a, b) => (b.month < a.month ? b : a));
  const late = chips.reduce((a, b) => (b.month > a.month ? b : a));
  assert.ok(early.month < late.month && early.x < late.x, `an earlier chip is further left: ${JSON.stringify({ early, late })}`);
  const direction = await page.$$eval("#timeline, #charts canvas", (els) => els.map((el) => getComputedStyle(el).direction));
  assert.ok(direction.every((d) => d === "ltr"), `timeline and charts run left to right: ${direction}`);
  // A pointer near the trust chart's left edge reads an early month.
  const canvas = page.locator("#chart-trust");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const head = page.locator("#readout .readout-head strong");
  await head.waitFor();
  const before = await head.innerText();
  await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);
  await page.waitForFunction((before) => document.querySelector("#readout .readout-head strong").innerText !== before, before);
  const month = westernNumber(await head.innerText());
  assert.ok(month < 24, `the left of the chart is the early months: the readout says “${await head.innerText()}”`);
}

/** The first number in `text`, whatever its digits. */
function westernNumber(text) {
  const western = text.replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0)).replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660));
  return Number(western.match(/[0-9]+/)[0]);
}

for (const code of ["fa", "ar"]) {
  test(`${code} on a phone: time runs left to right, arrows keep their meaning, axe passes, a share link reopens in ${code}`, async () => {
    const { context, page, errors } = await openPage(browser, { path: `?lang=${code}`, bypassCSP: true, ...PHONE });
    try {
      await assertTimeAxesLeftToRight(page);
      // → is a month later on the time axis in every language.
      const first = page.locator(".chip[role=slider]").first();
      await first.focus();
      const was = Number(await first.getAttribute("aria-valuenow"));
      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(
        (was) => Number(document.activeElement.getAttribute("aria-valuenow")) === was + 1,
        was,
      );
      const violations = await seriousViolations(page);
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));

      await page.locator("#share-button").click();
      const link = await page.locator("#share-link").inputValue();
      assert.match(link, new RegExp(`[?&]lang=${code}\\b`), `the link names the language: ${link}`);
      const reopened = await context.newPage();
      await reopened.goto(link, { waitUntil: "domcontentloaded" });
      await reopened.waitForFunction(() => performance.getEntriesByName("relief:first-chart").length > 0);
      assert.equal(await reopened.evaluate(() => document.documentElement.lang), code);
      const month = await reopened.locator(".chip[role=slider]").first().getAttribute("aria-valuenow");
      assert.equal(Number(month), was + 1, "the link carries the move");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test("the switcher reopens the page in the language chosen, with the reader's work kept", async () => {
  const { context, page, errors } = await openPage(browser, { ...DESKTOP });
  try {
    const first = page.locator(".chip[role=slider]").first();
    await first.focus();
    const was = Number(await first.getAttribute("aria-valuenow"));
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((was) => Number(document.activeElement.getAttribute("aria-valuenow")) === was + 2, was);
    await Promise.all([page.waitForURL(/lang=es/), page.locator("#language-select").selectOption("es")]);
    await page.waitForFunction(() => performance.getEntriesByName("relief:first-chart").length > 0);
    assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
    assert.equal(await page.locator("#language-select").inputValue(), "es");
    assert.equal(Number(await page.locator(".chip[role=slider]").first().getAttribute("aria-valuenow")), was + 2);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("without lang= the page follows the browser's languages", async () => {
  const { context, page } = await openPage(browser, { locale: "fa-IR", ...DESKTOP });
  try {
    assert.equal(await page.evaluate(() => document.documentElement.lang), "fa");
  } finally {
    await context.close();
  }
});

test("the workshop's example exercise makes a short link in every language, its team names plain", async () => {
  const lengths = {};
  for (const { code } of LANGUAGES) {
    const context = await browser.newContext({ viewport: DESKTOP.viewport });
    const page = await context.newPage();
    const errors = [];
    page.on("console", (msg) => msg.type() === "error" && errors.push(msg.text()));
    page.on("pageerror", (err) => errors.push(String(err)));
    try {
      await page.goto(new URL(`workshop.html?lang=${code}#setup`, BASE_URL).href);
      await ready(page);
      await page.waitForFunction(() => document.getElementById("exercise-link").value.includes("#w3."));
      const link = await page.locator("#exercise-link").inputValue();
      lengths[code] = new URL(link).hash.length;
      // A team's name is data the facilitator edits and teams are matched by: no invisible marks.
      const names = (await storedWorkspace(page)).exercise.teams.map((team) => team.name);
      for (const name of names) assert.doesNotMatch(name, /[\u2068\u2069]/, `${code}: ${JSON.stringify(name)}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
  // The links' dictionary holds the example's words in every language: each link is a few
  // score characters (it was 900 to 1,400 outside English), a QR code a room can read.
  for (const [code, length] of Object.entries(lengths)) assert.ok(length <= 160, `${code}: ${length} characters (English ${lengths.en}): ${JSON.stringify(lengths)}`);
});

test("fa: the example briefing is plain text, and one saved with invisible marks still follows the horizon", async () => {
  const context = await browser.newContext({ viewport: DESKTOP.viewport });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (err) => errors.push(String(err)));
  try {
    await page.goto(new URL("workshop.html?lang=fa#setup", BASE_URL).href);
    await ready(page);
    const briefing = page.locator("#setup-briefing");
    const plain = await briefing.inputValue();
    assert.doesNotMatch(plain, /[\u2068\u2069]/, "no invisible marks in the text the facilitator edits");
    // The example as the set-up made it before, with marks around its horizon.
    const saved = JSON.parse(readFileSync(new URL("../data/example-exercises.json", import.meta.url), "utf8")).fa.briefing;
    assert.match(saved, /\u2068/);
    assert.equal(saved.replace(/[\u2068\u2069]/g, ""), plain, "the same words");
    await briefing.fill(saved);
    // A 72-month starting scenario: the saved example follows it, and is plain from then on.
    await page.locator("#setup-preset").focus();
    await page.locator("#setup-preset").selectOption("preset:belarus-2015");
    await page.waitForFunction((was) => document.getElementById("setup-briefing").value !== was, saved);
    const followed = await briefing.inputValue();
    assert.doesNotMatch(followed, /[\u2068\u2069]/);
    assert.notEqual(followed, plain, "it names another horizon");
    assert.equal(await page.locator("#setup-briefing-warning").isVisible(), false);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
