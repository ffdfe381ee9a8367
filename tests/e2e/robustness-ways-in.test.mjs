// Bad input through every way in that sharing and saving open: the address (a link), this
// browser's storage, and the JavaScript API for article authors. Each bad input gets a clear
// message naming what is wrong, the reader's work is kept, and the page never goes blank. The
// JavaScript API gives exactly the command line's numbers.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BASE_URL, launch, openPage, waitForFirstChart } from "./helpers.mjs";
import { BAD_SCENARIOS, DEFAULT_SCENARIO, ROOT, chipMonths, dismissError, errorText, linkFor, moveChip, relief, shownTitle, tempFile } from "./share-helpers.mjs";

const STORAGE_KEY = "relief-sequencer:scenario:v1";
let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

test("every bad scenario inside a link, and every damaged link, is refused with its reason; the work is kept", async () => {
  const { context, page, errors, external } = await openPage(browser);
  try {
    await moveChip(page, "Sectoral easing", 2);
    const before = await chipMonths(page);
    const goodHash = await page.evaluate(() => location.hash);

    const cases = BAD_SCENARIOS.map((c) => ({
      name: c.name,
      fragment: linkFor(c.input),
      // A document that is not JSON the model can read (not JSON at all, or nested deeper than
      // any scenario) cannot have come from a link the page made: the link is damaged. Any
      // other names its field and problem.
      want: isJson(c.input) && !c.message.includes("not valid JSON") ? [c.path ? `${c.path}: ` : "the scenario in it has a problem: ", c.message] : ["it is damaged"],
    }));
    cases.push(
      { name: "cut short", fragment: goodHash.slice(1, 60), want: ["it is damaged"] },
      { name: "not base64", fragment: "s1.%%%", want: ["characters such a link never has"] },
      { name: "a newer format", fragment: "s2.AAAA", want: ["made by a newer version of Relief Sequencer (link format s2)"] },
      { name: "no prefix", fragment: "hello-there", want: ["it does not hold a scenario"] },
      { name: "far too long", fragment: `s1.${"A".repeat((1 << 20) + 10)}`, want: ["it is far longer than any link to a scenario"] },
      { name: "a bomb", fragment: linkFor(" ".repeat(4 << 20)), want: ["it is damaged"] },
    );
    for (const c of cases) {
      await dismissError(page);
      await page.evaluate((f) => {
        location.hash = f;
      }, c.fragment);
      const message = await errorText(page);
      assert.ok(message.startsWith("This link cannot be read: "), `${c.name}: ${message}`);
      for (const phrase of c.want) assert.ok(message.includes(phrase), `${c.name}: wanted "${phrase}" in: ${message}`);
      assert.ok(message.endsWith("The scenario you had is still shown."), `${c.name}: ${message}`);
      assert.deepEqual(await chipMonths(page), before, c.name);
    }

    // Back to a good link: it opens, and nothing of the above became an edit.
    await page.evaluate((h) => {
      location.hash = h;
    }, goodHash);
    assert.deepEqual(await chipMonths(page), before);
    assert.equal(await shownTitle(page), DEFAULT_SCENARIO.title);
    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
  } finally {
    await context.close();
  }
});

test("a link with hostile text shows it as text", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  try {
    const hostile = structuredClone(DEFAULT_SCENARIO);
    hostile.title = `<img src=x onerror=alert(1)><script>alert(2)</script>\u202e`;
    await page.goto(`${BASE_URL}#${linkFor(hostile)}`);
    await waitForFirstChart(page);
    assert.equal(await page.locator("#scenario-title").textContent(), hostile.title);
    assert.equal(await page.locator("header img, main img").count(), 0);
    await page.locator("#share-button").click();
    const code = await page.locator("#embed-code").inputValue();
    assert.ok(code.includes('title="Relief Sequencer: &lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;'), code);
    assert.deepEqual(dialogs, []);
  } finally {
    await context.close();
  }
});

test("unreadable saved work is kept aside with a message naming the problem, and can be downloaded", async () => {
  const stored = [
    ["not JSON", "{\"format\": \"relief-scenario/1\", \"steps\": [", "ends too early"],
    ["a list", "[1, 2, 3]", "expected an object, got a list"],
    ...BAD_SCENARIOS.filter((c) => ["step month past horizon", "unknown top-level field", "assumption out of range", "hostile string as kind", "deep nesting"].includes(c.name)).map((c) => [c.name, c.input, c.message, c.path]),
    ["too large", JSON.stringify({ ...DEFAULT_SCENARIO, description: "x".repeat(1100 << 10) }), "the most a scenario may be is 1024 KB"],
  ];
  assert.equal(stored.length, 8);
  for (const [name, text, phrase, path = ""] of stored) {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    try {
      await page.addInitScript(([k, v]) => {
        if (!sessionStorage.getItem("seeded")) {
          localStorage.setItem(k, v);
          sessionStorage.setItem("seeded", "1");
        }
      }, [STORAGE_KEY, text]);
      await page.goto(BASE_URL);
      await page.waitForFunction(() => performance.getEntriesByName("relief:first-chart").length > 0, null, { timeout: 15000 });
      const message = await errorText(page);
      assert.ok(message.startsWith("The scenario saved in this browser could not be read: "), `${name}: ${message}`);
      assert.ok(message.includes(phrase), `${name}: wanted "${phrase}" in ${message}`);
      if (path) assert.ok(message.includes(`could not be read: ${path}: `), `${name}: wanted ${path} in ${message}`);
      assert.ok(message.endsWith("It is kept aside, so nothing is lost."), `${name}: ${message}`);
      assert.equal(await shownTitle(page), DEFAULT_SCENARIO.title, name);
      const kept = await page.evaluate((k) => [localStorage.getItem(`${k}:rescued`), localStorage.getItem(k)], STORAGE_KEY);
      assert.equal(kept[0], text, `${name}: the text is kept exactly`);
      assert.equal(kept[1], null, `${name}: and not read again on every visit`);
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#error button", { hasText: "Download the saved text" }).click()]);
      assert.equal(readFileSync(await download.path(), "utf8"), text, name);
    } finally {
      await context.close();
    }
  }
});

test("when this browser refuses to keep anything, the page says so once and keeps working", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException("full", "QuotaExceededError");
      };
    });
    await page.goto(BASE_URL);
    await waitForFirstChart(page);
    await moveChip(page, "Sectoral easing", 1);
    const message = await errorText(page);
    assert.match(message, /^Your changes cannot be kept in this browser: this browser's storage for the page is full\. Use Share/);
    await dismissError(page);
    await moveChip(page, "Sectoral easing", 1);
    assert.equal(await page.locator("#error").isVisible(), false, "said once");
    assert.match(await page.evaluate(() => location.hash), /^#s1\./, "the link still holds the work");
  } finally {
    await context.close();
  }
});

test("the JavaScript API refuses every bad scenario with the field and the problem, and keeps working", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const results = await page.evaluate(async (cases) => {
      const api = await import("./pkg/relief_web.js");
      const out = [];
      for (const c of cases) {
        let parsed;
        try {
          parsed = JSON.parse(c.input);
        } catch {
          parsed = undefined;
        }
        // As an object when it is JSON, else as the text itself.
        const input = parsed === undefined ? c.input : parsed;
        try {
          api.simulate(input);
          out.push({ name: c.name, message: null });
        } catch (err) {
          out.push({ name: c.name, message: err.message, isError: err instanceof Error });
        }
      }
      return out;
    }, BAD_SCENARIOS);
    for (const [i, r] of results.entries()) {
      const c = BAD_SCENARIOS[i];
      assert.ok(r.isError, `${c.name}: threw an Error`);
      const want = c.path ? `${c.path}: ` : "";
      assert.ok(r.message?.split("\n").some((line) => line.startsWith(want) && line.includes(c.message)), `${c.name}: ${r.message}`);
    }

    // Values that are not a scenario at all.
    const odd = await page.evaluate(async () => {
      const api = await import("./pkg/relief_web.js");
      const circular = { format: "relief-scenario/1", steps: [] };
      circular.self = circular;
      const tries = {
        undefined: undefined,
        number: 42,
        boolean: true,
        bigint: { format: "relief-scenario/1", steps: [], runs: 10n },
        circular,
        nan: { format: "relief-scenario/1", steps: [], runs: NaN },
        function: () => 1,
        huge: { format: "relief-scenario/1", steps: [], title: "x".repeat(2 << 20) },
      };
      const out = {};
      for (const [k, v] of Object.entries(tries)) {
        try {
          api.simulate(v);
          out[k] = null;
        } catch (err) {
          out[k] = err.message;
        }
      }
      const fine = api.simulate({ format: "relief-scenario/1", steps: [], runs: 50 });
      out.afterwards = fine.format;
      return out;
    });
    assert.equal(odd.undefined, "the scenario must be a JSON object or its text");
    assert.equal(odd.number, "the scenario must be a JSON object or its text: expected an object, got a number");
    assert.equal(odd.boolean, "the scenario must be a JSON object or its text: expected an object, got true or false");
    assert.equal(odd.function, "the scenario must be a JSON object or its text");
    assert.equal(odd.bigint, "the scenario could not be written as JSON");
    assert.equal(odd.circular, "the scenario could not be written as JSON");
    assert.match(odd.nan, /^\/runs: expected a whole number.*got null|^\/runs: .*null/);
    assert.match(odd.huge, /the most a scenario may be is 1024 KB/);
    assert.equal(odd.afterwards, "relief-projection/1", "the module still works after every refusal");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the JavaScript API gives exactly the command line's projection for the same scenario and seed", async () => {
  const { context, page } = await openPage(browser);
  try {
    const file = join(ROOT, "tests/data/default-scenario.json");
    const scenario = JSON.parse(readFileSync(file, "utf8"));
    for (const seed of [scenario.seed, 2 ** 53 - 1, 12345]) {
      const cli = seed === scenario.seed ? await relief(["simulate", file]) : await relief(["simulate", file, "--seed", String(seed)]);
      assert.equal(cli.code, 0, cli.stderr);
      const fromPage = await page.evaluate(
        async ([s, seedValue]) => {
          const api = await import("./pkg/relief_web.js");
          return api.simulate({ ...s, seed: seedValue });
        },
        [scenario, seed],
      );
      assert.deepEqual(fromPage, JSON.parse(cli.stdout), `seed ${seed}`);
    }
    // The same through the other ways in: the scenario's text, and a link read back.
    const viaText = await page.evaluate(async (text) => (await import("./pkg/relief_web.js")).simulate(text), readFileSync(file, "utf8"));
    const viaLink = await page.evaluate(async (s) => {
      const api = await import("./pkg/relief_web.js");
      return api.simulate(api.scenario_from_link(api.scenario_link(s)));
    }, scenario);
    const cli = await relief(["simulate", file]);
    assert.deepEqual(viaText, JSON.parse(cli.stdout));
    assert.deepEqual(viaLink, JSON.parse(cli.stdout));
  } finally {
    await context.close();
  }
});

test("the command line's link opens the same scenario in the page", async () => {
  const scenario = structuredClone(DEFAULT_SCENARIO);
  scenario.title = "Made on the command line";
  scenario.steps[2].month = 9;
  const { dir } = tempFile("s.json", JSON.stringify(scenario));
  const cli = await relief(["link", "s.json", "--base", BASE_URL], { cwd: dir });
  assert.equal(cli.code, 0, cli.stderr);
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(cli.stdout.trim());
    await waitForFirstChart(page);
    assert.equal(await shownTitle(page), "Made on the command line");
    assert.equal(await page.locator('.chip[role=slider][aria-label^="Compliance step"]').getAttribute("aria-valuenow"), "9");
  } finally {
    await context.close();
  }
});
