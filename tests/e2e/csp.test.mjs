// The site's Content-Security-Policy: the server sends it with every page, every page carries
// it in a <meta> tag too (so any static host applies it), the explorer works under it without
// a single violation, and text from scenarios and links is only ever shown as text.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch, openPage, waitForUpdates, updateCount } from "./helpers.mjs";
import { openScenario, scenarioWith, watchPolicy, policyViolations, openPlain, waitForFirstChart, BASE_URL } from "./scenario-helpers.mjs";

const WWW = fileURLToPath(new URL("../../www/", import.meta.url));
const PAGES = readdirSync(WWW).filter((f) => f.endsWith(".html")).sort();

/** The policy a <meta> tag carries: the header's, less what only a header can say. */
function metaPolicy(header) {
  return header
    .split(";")
    .map((d) => d.trim())
    .filter((d) => d && !/^(frame-ancestors|report-uri|sandbox)\b/.test(d))
    .join("; ");
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test("every page is served with the policy and carries it in a meta tag", async () => {
  assert.ok(PAGES.includes("index.html") && PAGES.includes("model.html"), `pages: ${PAGES}`);
  // The one origin beyond the site a page may reach is the live room server the build names.
  const workshop = await (await fetch(new URL("workshop.html", BASE_URL))).text();
  const room = /<meta name="relief-room-server" content="(https?:\/\/[^"/]+)">/.exec(workshop)?.[1];
  assert.ok(room, "the workshop names its room server");
  const connect = `connect-src 'self' ${room} ${room.replace(/^http/, "ws")}`;
  for (const name of ["", ...PAGES]) {
    const res = await fetch(new URL(name, BASE_URL));
    assert.equal(res.status, 200, name);
    const header = res.headers.get("content-security-policy");
    assert.ok(header, `${name || "/"}: the Content-Security-Policy header`);
    for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "worker-src 'self'", "style-src 'self'", `${connect};`, "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors *"]) {
      assert.ok(header.includes(directive), `${name || "/"}: ${directive} in ${header}`);
    }
    assert.doesNotMatch(header.replace(connect, ""), /'unsafe-inline'|'unsafe-eval'|https?:|wss?:|\*\s*;/, `${name}: nothing looser`);
    const html = await res.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(meta, `${name || "/"}: the meta tag`);
    assert.equal(meta[1], metaPolicy(header), `${name || "/"}: the meta policy is the header's`);
    if (html.includes("<script")) assert.ok(html.indexOf(meta[0]) < html.indexOf("<script"), `${name}: the policy comes before any script`);
    assert.doesNotMatch(html, / style="|<script>|<script type="module">[^<]/, `${name}: no inline style or script`);
  }
});

test("the explorer works under the policy, with no violation anywhere", async () => {
  const { context, page, errors, external } = await openPage(browser, { path: "?preset=iran-2013" });
  try {
    // The listener was not there before the first load: install it and load again.
    await watchPolicy(context);
    await page.reload();
    await waitForFirstChart(page);
    assert.deepEqual(await policyViolations(page), []);
    // Everything this work added, used once: the menu, a preset, Why?, How it works, a move.
    await page.locator("#presets-button").click();
    const updates = await updateCount(page);
    await page.locator('.presets-item[data-preset="libya-2003"]').click();
    await waitForUpdates(page, updates + 1);
    await page.locator(".chart-risk .why-button").click();
    await page.locator("#why-list li").first().waitFor();
    await page.keyboard.press("Escape");
    await page.locator(".chart-trust .how-button").click();
    await page.keyboard.press("Escape");
    await page.locator(".chip[role=slider]").first().focus();
    await page.keyboard.press("ArrowRight");
    await page.locator("#table-details > summary").click();
    await page.locator("#table-wrap tbody tr").first().waitFor();
    assert.deepEqual(await policyViolations(page), [], "no violations");

    // The listener does see a violation: an inline style attribute is refused.
    await page.evaluate(() => document.body.setAttribute("style", "outline: 1px solid red"));
    await page.waitForFunction(() => window.__policyViolations.length > 0);
    assert.match((await policyViolations(page))[0], /^style-src/);
    assert.deepEqual(external, []);
    assert.deepEqual(errors.filter((e) => !/Content Security Policy/.test(e)), []);
  } finally {
    await context.close();
  }
});

test("the model document and the workshop page load under the policy without a violation", async () => {
  for (const name of PAGES.filter((p) => p !== "index.html")) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      await watchPolicy(context);
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      const res = await page.goto(new URL(name, BASE_URL).href);
      assert.equal(res.status(), 200, name);
      await page.waitForLoadState("networkidle");
      assert.deepEqual(await policyViolations(page), [], name);
      assert.deepEqual(errors, [], name);
    } finally {
      await context.close();
    }
  }
});

const HOSTILE = {
  title: `<img src=x onerror="window.__pwned='title'">Sanctions & "relief" <b>bold</b>`,
  description: `<script>window.__pwned='description'</script>\n<style>body{display:none}</style> ‮reversed‬ ${"&amp;".repeat(3)}`,
  sources: [
    { title: `<a href="javascript:window.__pwned='source'">click me</a>`, url: "javascript:window.__pwned='url'" },
    { title: "A real source", url: "https://example.org/report?q=<script>&x=1" },
    { title: "Inline data", url: "data:text/html,<script>window.__pwned='data'</script>" },
    { title: "<iframe src=//example.org></iframe>" },
  ],
};

test("text from a scenario is shown as text: hostile titles, descriptions and sources are harmless", async () => {
  const scenario = scenarioWith({ ...HOSTILE, steps: [{ kind: "independent_monitoring", month: 1 }, { kind: "sectoral_easing", month: 4, size: 0.2 }] });
  const { context, page, errors, external } = await openScenario(browser, scenario);
  try {
    await watchPolicy(context);
    await page.reload();
    await waitForFirstChart(page);
    assert.equal(await page.locator("#scenario-title").textContent(), HOSTILE.title);
    await page.locator("#about:not([hidden])").waitFor();
    const about = await page.evaluate(() => {
      const root = document.getElementById("about");
      return {
        title: root.querySelector(".about-title").textContent,
        description: root.querySelector(".about-description").textContent,
        items: [...root.querySelectorAll(".about-sources li")].map((li) => li.textContent),
        links: [...root.querySelectorAll(".about-sources a")].map((a) => a.href),
        elements: [...root.querySelectorAll("img, script, style, iframe, b")].length,
      };
    });
    assert.equal(about.title, HOSTILE.title);
    assert.equal(about.description, HOSTILE.description);
    assert.deepEqual(about.items, [
      `${HOSTILE.sources[0].title} (${HOSTILE.sources[0].url})`,
      "A real source",
      `Inline data (${HOSTILE.sources[2].url})`,
      HOSTILE.sources[3].title,
    ]);
    assert.deepEqual(about.links, ["https://example.org/report?q=%3Cscript%3E&x=1"], "only the http(s) source is a link");
    assert.equal(about.elements, 0, "no markup from the scenario became an element");
    assert.equal(await page.locator('[onerror], iframe, img[src="x"]').count(), 0, "no element made of the scenario's markup");
    assert.equal(await page.evaluate(() => window.__pwned ?? null), null, "nothing from the scenario ran");
    assert.ok(await page.locator("main").isVisible(), "nothing hid the page");
    assert.deepEqual(await policyViolations(page), []);
    assert.deepEqual(external, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("no script of the site turns strings into markup or code", () => {
  // Every script of the site, in every folder, but not the generated wasm glue in pkg/.
  const scripts = readdirSync(WWW, { recursive: true })
    .map((f) => f.split("\\").join("/"))
    .filter((f) => f.endsWith(".js") && !f.startsWith("pkg/"));
  assert.ok(scripts.length >= 10, `${scripts}`);
  const forbidden = [
    [/\.innerHTML\s*[+]?=/, "innerHTML"],
    [/\.outerHTML\s*[+]?=/, "outerHTML"],
    [/insertAdjacentHTML/, "insertAdjacentHTML"],
    [/document\.write/, "document.write"],
    [/\beval\s*\(/, "eval"],
    [/new Function\s*\(/, "new Function"],
    [/setAttribute\(\s*["']style["']/, "a style attribute"],
    [/createContextualFragment|DOMParser/, "parsing markup"],
    [/setTimeout\(\s*["'`]/, "setTimeout with a string"],
  ];
  const found = [];
  for (const file of scripts) {
    const text = readFileSync(`${WWW}${file}`, "utf8");
    for (const [pattern, what] of forbidden) if (pattern.test(text)) found.push(`${file}: ${what}`);
  }
  assert.deepEqual(found, []);
});
