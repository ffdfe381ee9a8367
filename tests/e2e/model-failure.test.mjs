// When the model itself fails (a Rust panic becomes a WebAssembly trap), the page says so with
// a way to reload instead of going blank or silently stopping, and the reader's work is kept:
// a reload opens the last scenario that ran.
//
// The failure is real: the test serves the site's own module with one function rewritten (by
// binaryen, the optimiser the build uses) to trap from its Nth call on, so the page meets a
// genuine WebAssembly.RuntimeError at a moment no normal input could reach.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import binaryen from "binaryen";
import { launch, openPage, chips, screenshot, frames, BASE_URL } from "./helpers.mjs";
import { waitForFirstChart } from "./scenario-helpers.mjs";

let browser;
let original;
before(async () => {
  browser = await launch();
  original = new Uint8Array(await (await fetch(new URL("pkg/relief_web_bg.wasm", BASE_URL))).arrayBuffer());
});
after(async () => {
  await browser?.close();
});

/** The module with export `name` trapping (`unreachable`) from its `from`-th call on. */
function trapping(name, from) {
  const F = binaryen.Features;
  const mod = binaryen.readBinary(original);
  // The features the release build is optimised for (see xtask/src/site/wasm.rs).
  mod.setFeatures(F.BulkMemory | F.BulkMemoryOpt | F.NontrappingFPToInt | F.SignExt | F.MutableGlobals | F.ReferenceTypes | F.Multivalue | F.CallIndirectOverlong);
  const fn = mod.getFunction(binaryen.getExportInfo(mod.getExport(name)).value);
  const info = binaryen.getFunctionInfo(fn);
  mod.addGlobal("calls_for_test", binaryen.i32, true, mod.i32.const(0));
  const calls = () => mod.global.get("calls_for_test", binaryen.i32);
  binaryen.Function.setBody(
    fn,
    mod.block(null, [mod.global.set("calls_for_test", mod.i32.add(calls(), mod.i32.const(1))), mod.if(mod.i32.ge_u(calls(), mod.i32.const(from)), mod.unreachable()), info.body], info.results),
  );
  assert.ok(mod.validate(), "the rewritten module is valid");
  const bytes = mod.emitBinary();
  mod.dispose();
  return Buffer.from(bytes);
}

/** Serves `bytes` in place of the module for every page of the context. */
function serveModule(context, bytes) {
  return context.route("**/pkg/relief_web_bg.wasm", (route) => route.fulfill({ status: 200, contentType: "application/wasm", body: bytes }));
}

test("a trap while running a change is shown with Reload, and a reload opens the last scenario that ran", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  try {
    await serveModule(context, trapping("explorer_project", 2));
    const page = await context.newPage();
    const console = [];
    page.on("console", (m) => m.type() === "error" && console.push(m.text()));
    await page.goto(BASE_URL);
    await waitForFirstChart(page);
    const before = await chips(page);

    // A move asks for a second model run, which traps.
    const sectoral = page.locator('.chip[role=slider][aria-label^="Sectoral easing"]');
    await sectoral.focus();
    await page.keyboard.press("ArrowRight");
    const error = page.locator("#error");
    await error.waitFor({ state: "visible", timeout: 5000 });
    const text = await error.innerText();
    assert.match(text, /The model stopped unexpectedly \(RuntimeError: unreachable\)/);
    assert.match(text, /Your scenario is kept: reload the page to carry on from the last scenario that ran/);
    assert.equal(await error.getAttribute("role"), "alert");
    assert.ok(await page.locator("#error button", { hasText: "Reload" }).isVisible());
    assert.ok(console.some((c) => /stopped unexpectedly/.test(c)), "a report in the console");

    // The page is still all there: the timeline, the charts as they were drawn.
    assert.equal((await chips(page)).length, before.length);
    assert.ok(await page.locator("#chart-trust").isVisible());
    // Nothing more reaches the broken module: further moves are not taken, and no new error replaces this one.
    await page.keyboard.press("ArrowRight");
    await frames(page, 4);
    assert.match(await error.innerText(), /stopped unexpectedly/);
    await screenshot(page, "model-failure", { fullPage: false });

    // What a reload opens is the last scenario that ran: Sectoral easing back at month 6.
    assert.equal(new URL(page.url()).hash, "", "the address no longer names the failing scenario");
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("relief-sequencer:scenario:v1")));
    assert.equal(saved.steps.find((s) => s.kind === "sectoral_easing").month, 6);

    await context.unroute("**/pkg/relief_web_bg.wasm");
    await page.locator("#error button", { hasText: "Reload" }).click();
    await page.waitForLoadState("load");
    await waitForFirstChart(page);
    assert.equal(await page.locator("#error").isHidden(), true);
    assert.equal(await sectoral.getAttribute("aria-valuenow"), "6");
    assert.equal((await chips(page)).length, before.length);
  } finally {
    await context.close();
  }
});

test("a trap in a worker counting the futures is shown the same way, and nothing more is counted", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  try {
    // Each instance of the module (the page's, and the worker's) traps at its third slice: the
    // page counts at most two before its one worker is ready, so the worker is the one to trap.
    await serveModule(context, trapping("count_runs", 3));
    const page = await context.newPage();
    await page.goto(`${BASE_URL}?workers=1`);
    await waitForFirstChart(page);
    await page.waitForFunction(() => performance.getEntriesByName("relief:worker-ready").length > 0);
    const sectoral = page.locator('.chip[role=slider][aria-label^="Sectoral easing"]');
    await sectoral.focus();
    const error = page.locator("#error");
    for (let i = 0; i < 4 && (await error.isHidden()); i++) {
      await page.keyboard.press("ArrowRight");
      await frames(page, 3);
    }
    await error.waitFor({ state: "visible", timeout: 5000 });
    assert.match(await error.innerText(), /The model stopped unexpectedly \(RuntimeError: unreachable\)/);
    const counted = await page.evaluate(() => performance.getEntriesByName("relief:slice-counted").length);
    await page.keyboard.press("ArrowRight");
    await frames(page, 4);
    assert.equal(await page.evaluate(() => performance.getEntriesByName("relief:slice-counted").length), counted, "no slice counted after the failure");
    assert.match(await error.innerText(), /stopped unexpectedly/);
  } finally {
    await context.close();
  }
});

test("a trap in the very first run says so instead of leaving the page loading", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
  try {
    await serveModule(context, trapping("explorer_project", 1));
    const page = await context.newPage();
    await page.goto(BASE_URL);
    const error = page.locator("#error");
    await error.waitFor({ state: "visible", timeout: 10000 });
    assert.match(await error.innerText(), /The model stopped unexpectedly/);
    assert.equal(await page.locator("#page-loading").count(), 0, "no endless 'Loading the model…'");
    assert.ok((await chips(page)).length >= 3, "the timeline is shown");
  } finally {
    await context.close();
  }
});

// "Why?" is made on the page where it has no workers, and shared among them where it has.
for (const { where, query, trap } of [
  { where: "on the page", query: "&workers=0", trap: "explain" },
  { where: "in a worker", query: "&workers=2", trap: "explain_values" },
]) {
  test(`a trap while explaining ${where} closes the dialog and says so; the scenario stays as it is`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
    try {
      await serveModule(context, trapping(trap, 1));
      const page = await context.newPage();
      await page.goto(`${BASE_URL}?preset=belarus-2015${query}`);
      await waitForFirstChart(page);
      if (trap === "explain_values") await page.waitForFunction(() => performance.getEntriesByName("relief:worker-ready").length >= 2);
      const url = page.url();
      await page.locator(".chart-trust .why-button").click();
      const error = page.locator("#error");
      await error.waitFor({ state: "visible", timeout: 5000 });
      assert.match(await error.innerText(), /The model stopped unexpectedly/);
      assert.equal(await page.locator("#why-dialog").evaluate((d) => d.open), false);
      assert.equal(page.url(), url, "the scenario that ran is the one kept");
      assert.match(await page.locator("#scenario-title").innerText(), /^Belarus/);
    } finally {
      await context.close();
    }
  });
}

test("the page opens normally with the site's own module", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    assert.equal(await page.locator("#error").isHidden(), true);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
