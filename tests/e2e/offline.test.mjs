// Reading offline: once the explorer has loaded, its service worker keeps every file the
// explorer needs, so it reloads and works without a connection (charts, presets); the model
// document and the workshop's files are kept once opened; and a new build replaces the old
// cache.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, openPage, waitForFirstChart, chips, chartHashes, updateCount, waitForUpdates, screenshot, BASE_URL, SITE_DIR } from "./helpers.mjs";

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Waits until a service worker controls the page, and returns what it has cached. */
async function controlledAndCached(page) {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
    const names = (await caches.keys()).filter((n) => n.startsWith("relief-"));
    const files = [];
    for (const name of names) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) files.push(new URL(request.url).pathname);
    }
    return { names, files };
  });
}

/**
 * The paths of the scripts the page fetched (`ran`), and of the modules they import lazily, by
 * a literal `import("…")` (`lazy`).
 */
async function scriptsOfThePage(page) {
  return page.evaluate(async () => {
    const ran = performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && url.pathname.endsWith(".js") && !url.pathname.endsWith("/sw.js"));
    const lazy = new Set();
    for (const url of ran) {
      const text = await (await fetch(url)).text();
      for (const [, named] of text.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) lazy.add(new URL(named, url).pathname);
    }
    return { ran: [...new Set(ran.map((url) => url.pathname))], lazy: [...lazy] };
  });
}

/** The build identity the manifest written by `cargo xtask build` declares. */
async function buildId() {
  const text = await (await fetch(new URL("pkg/offline-manifest.js", BASE_URL))).text();
  return /id: "([0-9a-f]{16})"/.exec(text)[1];
}

test("once loaded, the explorer reloads and works offline", async () => {
  const { context, page, errors, external } = await openPage(browser);
  try {
    const cached = await controlledAndCached(page);
    assert.deepEqual(cached.names, [`relief-${await buildId()}`], "one cache, named after the build");
    for (const file of ["/", "/index.html", "/explorer/app.js", "/css/base.css", "/favicon.svg", "/pkg/relief_web.js", "/pkg/relief_web_bg.wasm", "/scenarios/default.json"]) {
      assert.ok(cached.files.includes(file), `${file} is kept for offline use`);
    }
    // Every module the page ran, and every one it would load on use (as written, or bundled
    // into chunks by a release build), is kept too.
    const modules = await scriptsOfThePage(page);
    assert.ok(modules.ran.length >= 3 && modules.lazy.length >= 1, JSON.stringify(modules));
    for (const file of [...modules.ran, ...modules.lazy]) {
      assert.ok(cached.files.includes(file), `${file} is kept for offline use`);
    }
    assert.ok(!cached.files.includes("/sw.js"), "the worker itself is left to the browser");
    // A first visit downloads only what the explorer needs: the workshop and the model
    // document are kept once they are opened.
    for (const file of ["/workshop.html", "/workshop/app.js", "/css/workshop.css", "/pkg/relief_workshop_bg.wasm", "/model.html"]) {
      assert.ok(!cached.files.includes(file), `${file} is not downloaded for a reader of the explorer`);
    }
    // The model document, read once online, is kept for later.
    const reader = await context.newPage();
    await reader.goto(new URL("model.html", BASE_URL).href);
    await reader.waitForFunction(async () => (await caches.match("model.html")) !== undefined);
    await reader.close();

    const failed = [];
    page.on("requestfailed", (r) => failed.push(r.url()));
    await context.setOffline(true);
    await page.reload();
    await waitForFirstChart(page);
    assert.ok((await chips(page)).length >= 3, "the timeline is back");
    const hashes = await chartHashes(page);
    const blank = await page.evaluate(() => {
      const c = document.createElement("canvas");
      const t = document.getElementById("chart-trust");
      c.width = t.width;
      c.height = t.height;
      return c.toDataURL("image/png");
    });
    assert.notEqual(await page.locator("#chart-trust").evaluate((c) => c.toDataURL("image/png")), blank, "the charts are drawn");
    assert.equal(Object.keys(hashes).length, 5);

    // A move still runs the model, offline.
    const sectoral = page.locator('.chip[role=slider][aria-label^="Sectoral easing"]');
    await sectoral.focus();
    const updates = await updateCount(page);
    await page.keyboard.press("ArrowRight");
    await waitForUpdates(page, updates + 1);
    assert.equal(await sectoral.getAttribute("aria-valuenow"), "7");
    assert.notEqual((await chartHashes(page)).economy, hashes.economy, "the charts follow the move");

    // A preset by its address, and the model document, offline too.
    await page.goto(new URL("?preset=sudan-2016", BASE_URL).href);
    await waitForFirstChart(page);
    assert.match(await page.locator("#scenario-title").innerText(), /^Sudan/);
    await page.goto(new URL("model.html#34-bayesian-trust", BASE_URL).href);
    assert.match(await page.locator("h1").innerText(), /model/i);
    await screenshot(page, "offline-model-document", { fullPage: false });
    assert.deepEqual(failed, [], "every request was answered");
    assert.deepEqual(external, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/**
 * Serves a copy of the built site on another loopback port, so a test can deploy a "new build"
 * (a changed manifest) without touching the served one. Returns its base URL, the copy's folder and a way
 * to stop it.
 */
async function serveCopy() {
  const dir = fileURLToPath(new URL(`../../target/offline-update-${process.pid}/`, import.meta.url));
  rmSync(dir, { recursive: true, force: true });
  cpSync(SITE_DIR, dir, { recursive: true });
  const types = { html: "text/html", js: "text/javascript", css: "text/css", wasm: "application/wasm", json: "application/json", svg: "image/svg+xml" };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": types[extname(file).slice(1)] ?? "application/octet-stream", "Cache-Control": "no-cache" });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    dir,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

test("a new build is installed into a new cache and the old one is dropped", async () => {
  const site = await serveCopy();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(site.url);
    await waitForFirstChart(page);
    const first = await controlledAndCached(page);
    const manifest = join(site.dir, "pkg/offline-manifest.js");
    const text = readFileSync(manifest, "utf8");
    const id = /id: "([0-9a-f]{16})"/.exec(text)[1];
    assert.deepEqual(first.names, [`relief-${id}`]);

    // The next deploy: the same files under a new identity.
    const next = id === "0123456789abcdef" ? "fedcba9876543210" : "0123456789abcdef";
    writeFileSync(manifest, text.replace(id, next));
    const names = await page.evaluate(async (next) => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const deadline = Date.now() + 10000;
      while (Date.now() < deadline) {
        const names = (await caches.keys()).filter((n) => n.startsWith("relief-"));
        if (names.length === 1 && names[0] === `relief-${next}`) return names;
        await new Promise((r) => setTimeout(r, 100));
      }
      return caches.keys();
    }, next);
    assert.deepEqual(names, [`relief-${next}`], "the old cache is gone, the new one complete");
    // The page that was open learns of the new version and offers a reload.
    await page.locator(".update-note").waitFor({ timeout: 5000 });
    assert.match(await page.locator(".update-note").innerText(), /new version/i);
    await screenshot(page, "offline-update-note", { fullPage: false });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await site.stop();
  }
});
