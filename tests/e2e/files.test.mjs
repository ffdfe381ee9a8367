// Files: the scenario saved as JSON and opened again (from the picker or dropped on the page),
// checked with the command line's messages; the projection as CSV and JSON, equal to what the
// command line writes; and each chart as SVG and PNG.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch, openPage, screenshot } from "./helpers.mjs";
import { BAD_SCENARIOS, DEFAULT_SCENARIO, chipMonth, chipMonths, dismissError, errorText, moveChip, relief, shownTitle, tempDir } from "./share-helpers.mjs";

let browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

/** Chooses an item of the Export menu and returns the download it starts. */
async function exportItem(page, label) {
  await page.locator("#export-button").click();
  const item = page.locator("#export-button-menu [role=menuitem]", { hasText: label });
  const [download] = await Promise.all([page.waitForEvent("download"), item.click()]);
  return download;
}

async function downloadText(download) {
  return readFileSync(await download.path(), "utf8");
}

/** Opens a file through the page's hidden file input (what the Open… button's picker fills). */
async function openFile(page, name, content) {
  await page.locator("#open-file-input").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

test("a saved scenario file opens again as the same scenario, from the picker or dropped", async () => {
  const { context, page, errors, external } = await openPage(browser);
  try {
    await moveChip(page, "Sectoral easing", 4); // 6 → 10
    const saved = await chipMonths(page);
    const download = await exportItem(page, "Scenario");
    assert.equal(download.suggestedFilename(), "phased-relief-under-independent-monitoring.json");
    const text = await downloadText(download);
    const scenario = JSON.parse(text);
    assert.equal(scenario.format, "relief-scenario/1");
    assert.equal(scenario.steps.find((s) => s.kind === "sectoral_easing").month, 10);
    // Complete: the defaults written out, so the file says everything it assumes.
    for (const key of ["assumptions", "format", "horizon_months", "runs", "seed", "shocks", "steps", "title"]) assert.ok(key in scenario, key);
    assert.equal(Object.keys(scenario.assumptions).length, 8);

    // The command line accepts the file as it is.
    const dir = tempDir();
    writeFileSync(join(dir, "saved.json"), text);
    const cli = await relief(["validate", "saved.json"], { cwd: dir });
    assert.equal(cli.code, 0, cli.stderr);
    assert.match(cli.stdout, /^saved\.json: valid: 5 steps, 1 shock, 48 months, 1000 runs/);

    // Change the page, then open the file with the picker: the saved scenario is back.
    await moveChip(page, "Sectoral easing", 3);
    await moveChip(page, "Compliance step", 2);
    assert.notDeepEqual(await chipMonths(page), saved);
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.locator("#open-file").click()]);
    await chooser.setFiles(join(dir, "saved.json"));
    await page.waitForFunction(() => document.querySelector('.chip[aria-label^="Sectoral easing"]').getAttribute("aria-valuenow") === "10");
    assert.deepEqual(await chipMonths(page), saved);
    await page.waitForFunction(() => document.getElementById("share-status").textContent === "Opened saved.json.");
    // Opening a file is one undoable step.
    await page.locator("#undo").click();
    await page.waitForFunction(() => document.querySelector('.chip[aria-label^="Sectoral easing"]').getAttribute("aria-valuenow") === "13");

    // Dropped on the page: an overlay shows while the file is over the page, then it opens.
    const other = structuredClone(scenario);
    other.title = "Dropped plan";
    const transfer = await page.evaluateHandle((json) => {
      const dt = new DataTransfer();
      dt.items.add(new File([json], "dropped.json", { type: "application/json" }));
      return dt;
    }, JSON.stringify(other));
    await page.dispatchEvent("main", "dragenter", { dataTransfer: transfer });
    const overlay = page.locator("#drop-overlay");
    await overlay.waitFor({ state: "visible" });
    assert.equal(await overlay.innerText(), "Drop a scenario file (.json) to open it");
    await screenshot(page, "files-drop-overlay", { fullPage: false });
    await page.dispatchEvent("main", "drop", { dataTransfer: transfer });
    await overlay.waitFor({ state: "hidden" });
    await page.waitForFunction(() => document.getElementById("scenario-title").textContent === "Dropped plan");
    assert.deepEqual(errors, []);
    assert.deepEqual(external, []);
  } finally {
    await context.close();
  }
});

test("a bad file lists each problem exactly as the command line does, and the scenario is kept", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const bad = structuredClone(DEFAULT_SCENARIO);
    bad.runs = 0;
    bad.steps.push({ kind: "asset_unfreezing", month: 61 });
    bad.assumptions.optimism = 0.9;
    const text = JSON.stringify(bad, null, 2);
    const dir = tempDir();
    writeFileSync(join(dir, "plan.json"), text);
    const cli = await relief(["validate", "plan.json"], { cwd: dir });
    assert.equal(cli.code, 2);
    const cliLines = cli.stderr.trim().split("\n");
    assert.ok(cliLines.length >= 3, cli.stderr);
    assert.ok(cliLines.includes("plan.json: /steps/5/month: 61 is past horizon_months 48"), cli.stderr);

    const before = await chipMonths(page);
    await openFile(page, "plan.json", text);
    const message = await errorText(page);
    const [head, ...lines] = message.split("\n");
    assert.equal(head, "plan.json cannot be opened; the scenario you had is still shown.");
    assert.deepEqual(lines, cliLines);
    assert.deepEqual(await chipMonths(page), before);
    assert.equal(await shownTitle(page), DEFAULT_SCENARIO.title);
    await screenshot(page, "files-bad-file", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("every bad document of the shared battery is refused with its field and message", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const before = await chipMonths(page);
    for (const c of BAD_SCENARIOS) {
      await dismissError(page);
      await openFile(page, "bad.json", c.input);
      const message = await errorText(page);
      const want = c.path ? `bad.json: ${c.path}: ` : "bad.json: ";
      const line = message.split("\n").find((l) => l.startsWith(want) && l.includes(c.message));
      assert.ok(line, `${c.name}: expected a line starting "${want}" with "${c.message}", got:\n${message}`);
      assert.ok(message.startsWith("bad.json cannot be opened; the scenario you had is still shown."), c.name);
    }
    // Not UTF-8, too large, empty, and more than one file at once.
    const others = [
      ["latin1.json", Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]), "latin1.json: not UTF-8 text; a scenario is a JSON file"],
      ["huge.json", Buffer.alloc((1 << 20) + 10, 0x20), "huge.json: the scenario is 1024 KB; the most a scenario may be is 1024 KB"],
      ["empty.json", Buffer.alloc(0), "empty.json: "],
    ];
    for (const [name, buffer, want] of others) {
      await dismissError(page);
      await openFile(page, name, buffer);
      const message = await errorText(page);
      assert.ok(message.split("\n").some((l) => l.startsWith(want)), `${name}: ${message}`);
    }
    await dismissError(page);
    const two = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["{}"], "a.json"));
      dt.items.add(new File(["{}"], "b.json"));
      return dt;
    });
    await page.dispatchEvent("main", "drop", { dataTransfer: two });
    assert.match(await errorText(page), /^Drop one scenario file at a time \(2 were dropped\)/);

    // Nothing the reader had was touched, and the page still works.
    assert.deepEqual(await chipMonths(page), before);
    assert.equal(await shownTitle(page), DEFAULT_SCENARIO.title);
    assert.equal(await page.locator("#undo").isDisabled(), true, "no refused file became an edit");
    await moveChip(page, "Sectoral easing", 1);
    assert.equal(await chipMonth(page, "Sectoral easing"), 7);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("the projection exports are exactly what the command line writes for the same scenario", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    await moveChip(page, "Financial channels", -6);
    const scenarioText = await downloadText(await exportItem(page, "Scenario"));
    const csv = await exportItem(page, "Projection as CSV");
    assert.equal(csv.suggestedFilename(), "phased-relief-under-independent-monitoring-projection.csv");
    const json = await exportItem(page, "Projection as JSON");
    assert.equal(json.suggestedFilename(), "phased-relief-under-independent-monitoring-projection.json");

    const dir = tempDir();
    writeFileSync(join(dir, "s.json"), scenarioText);
    const cliJson = await relief(["simulate", "s.json"], { cwd: dir });
    const cliCsv = await relief(["simulate", "s.json", "--format", "csv"], { cwd: dir });
    assert.equal(cliJson.code, 0, cliJson.stderr);
    assert.equal(await downloadText(json), cliJson.stdout);
    assert.equal(await downloadText(csv), cliCsv.stdout);
    assert.equal(JSON.parse(cliJson.stdout).format, "relief-projection/1");
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("each chart downloads as SVG from the chart code and as a sharp PNG", async () => {
  const { context, page, errors } = await openPage(browser);
  try {
    const button = page.locator("#download-economy");
    assert.equal(await button.getAttribute("aria-label"), "Download the Economic recovery chart");
    assert.equal(await button.getAttribute("aria-haspopup"), "menu");
    // The menu by keyboard: Enter opens it on the first item, arrows move, Escape closes it.
    await button.focus();
    await page.keyboard.press("Enter");
    assert.equal(await button.getAttribute("aria-expanded"), "true");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "As PNG image");
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "As SVG image");
    await page.keyboard.press("Escape");
    assert.equal(await button.getAttribute("aria-expanded"), "false");
    assert.equal(await page.evaluate(() => document.activeElement.id), "download-economy");

    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    const [svgDownload] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    assert.equal(svgDownload.suggestedFilename(), "phased-relief-under-independent-monitoring-economy.svg");
    const svg = await downloadText(svgDownload);
    assert.match(svg, /^<svg width="(\d+)" height="(\d+)"/);
    const text = [...svg.matchAll(/<text[^>]*>\s*([^<]*?)\s*<\/text>/g)].map((m) => m[1]).join(" ");
    assert.ok(text.includes("Economic recovery: Phased relief under independent monitoring"), `the title: ${text}`);
    assert.ok(svg.includes("1,000 simulated futures, seed 7"), "what the numbers rest on");
    assert.ok(svg.includes("Middle half of the futures") && svg.includes("Baseline"), "the legend");
    const [, width, height] = svg.match(/^<svg width="(\d+)" height="(\d+)"/).map(Number);
    const canvasWidth = await page.evaluate(() => document.getElementById("chart-economy").clientWidth);
    assert.equal(width, canvasWidth, "exported at the chart's size on the page");

    await button.click();
    const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.locator("#download-economy-menu [role=menuitem]", { hasText: "PNG" }).click()]);
    assert.equal(pngDownload.suggestedFilename(), "phased-relief-under-independent-monitoring-economy.png");
    const png = readFileSync(await pngDownload.path());
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.readUInt32BE(16), width * 2, "twice the SVG's width");
    assert.equal(png.readUInt32BE(20), height * 2);

    // The Export menu leads to the charts' buttons too.
    await page.locator("#export-button").click();
    await page.locator("#export-button-menu [role=menuitem]", { hasText: "A chart" }).click();
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "As PNG image");
    assert.equal(await page.locator("#download-trust").getAttribute("aria-expanded"), "true");
    await screenshot(page, "files-chart-menu", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
