// Helpers of the end-to-end tests of sharing, saving, files and embedding: scenario links made
// independently of the page (node's zlib), the command line run on a scenario, and reading
// what the page shows of its scenario.

import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import { frames, markCount, waitForMark } from "./helpers.mjs";

/** The repository's root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The default scenario, as the page and the command line read it. */
export const DEFAULT_SCENARIO = JSON.parse(readFileSync(join(ROOT, "tests/data/default-scenario.json"), "utf8"));

/** The shared battery of bad scenario documents and the message each must give. */
export const BAD_SCENARIOS = JSON.parse(readFileSync(join(ROOT, "tests/data/bad-scenarios.json"), "utf8")).cases;


/** A link fragment (without "#") for any text, encoded as the model's codec does: s1. + base64url(deflate). */
export function linkFor(text) {
  const json = typeof text === "string" ? text : JSON.stringify(text);
  return `s1.${deflateRawSync(Buffer.from(json, "utf8"), { level: 9 }).toString("base64url")}`;
}

/** What a bad document's message must contain: "path: phrase", or the phrase alone for the document itself. */
export function expectedMessage(c) {
  return c.path ? `${c.path}: ` : "";
}

/**
 * Runs the command line (`relief ARGS…`) from the repository's root through cargo, so it is
 * always built from the current source. Resolves to {code, stdout, stderr}.
 */
export function relief(args, { cwd = ROOT } = {}) {
  const manifest = join(ROOT, "Cargo.toml");
  return new Promise((resolve, reject) => {
    execFile(
      "cargo",
      ["run", "-q", "--manifest-path", manifest, "-p", "relief-cli", "--", ...args],
      { cwd, maxBuffer: 64 << 20, timeout: 20 * 60 * 1000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") reject(error);
        else resolve({ code: error ? error.code : 0, stdout, stderr });
      },
    );
  });
}

/** A fresh temporary directory for files a test writes. */
export function tempDir() {
  return mkdtempSync(join(tmpdir(), "relief-e2e-"));
}

/** Writes `text` to `name` in a fresh temporary directory; returns {dir, path}. */
export function tempFile(name, text) {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, text);
  return { dir, path };
}

/** The month of every chip, in timeline order, by accessible name. */
export function chipMonths(page) {
  return page.$$eval(".chip[role=slider]", (els) =>
    els
      .map((el) => `${el.getAttribute("aria-label")}@${el.getAttribute("aria-valuenow")}`)
      .sort(),
  );
}

/** The scenario's title as the page shows it. */
export function shownTitle(page) {
  return page.locator("#scenario-title").innerText();
}

/** Waits until the address holds a link different from `before`. */
export async function linkChangedFrom(page, before) {
  await page.waitForFunction((b) => location.hash.startsWith("#s1.") && location.hash !== b, before, { timeout: 5000 });
  return page.evaluate(() => location.hash);
}

/** Moves a chip by `steps` months with the keyboard and waits for the change to settle. */
export async function moveChip(page, label, steps) {
  const chip = page.locator(`.chip[role=slider][aria-label^="${label}"]`).first();
  await chip.focus();
  const settled = await markCount(page, "relief:settled");
  const key = steps > 0 ? "ArrowRight" : "ArrowLeft";
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(key);
  await waitForMark(page, "relief:settled", settled);
  await frames(page, 2);
  return Number(await chip.getAttribute("aria-valuenow"));
}

/** The month a chip is at. */
export async function chipMonth(page, label) {
  return Number(await page.locator(`.chip[role=slider][aria-label^="${label}"]`).first().getAttribute("aria-valuenow"));
}

/** The error box's text, once it shows. */
export async function errorText(page) {
  await page.locator("#error").waitFor({ state: "visible", timeout: 5000 });
  return page.locator("#error p").innerText();
}

/** Hides the error box again, so the next message can be waited for. */
export async function dismissError(page) {
  await page.evaluate(() => {
    const box = document.getElementById("error");
    box.hidden = true;
    box.replaceChildren();
  });
}

/** The article page: a listener that keeps every message the embed sends, then the iframe. */
export function articleHtml(src, width, height) {
  const attr = (v) => String(v).replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>An article</title><link rel="icon" href="data:,"></head><body style="margin:20px">
<script>
  window.messages = [];
  addEventListener("message", (e) => {
    if (e.source === document.getElementById("embed").contentWindow) window.messages.push(e.data);
  });
  window.send = (message) => document.getElementById("embed").contentWindow.postMessage(message, "*");
</script>
<iframe id="embed" src="${attr(src)}" title="Relief Sequencer" width="${width}" height="${height}" style="border:0;display:block"></iframe>
</body></html>`;
}

/** The projection the page exports as JSON (Export → Projection as JSON), as text. */
export async function exportedProjection(page) {
  await page.locator("#export-button").click();
  const item = page.locator("#export-button-menu [role=menuitem]", { hasText: "Projection as JSON" });
  const [download] = await Promise.all([page.waitForEvent("download"), item.click()]);
  return readFileSync(await download.path(), "utf8");
}
