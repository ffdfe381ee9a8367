// Relief Sequencer's service worker: once the page has loaded, every file the explorer needs is
// kept in a cache named after the build (other pages' files join it once they are opened), and
// same-origin requests are answered from it first, so the explorer works offline. Requests to any other origin are never touched (the site makes none).
//
// `cargo xtask build` writes pkg/offline-manifest.js: the build's identity (from every file of
// the site) and the explorer's files. A new
// build changes that file, so the browser installs this worker again, into a new cache, and
// the old cache is deleted once the new one is complete.

importScripts("pkg/offline-manifest.js");

const BUILD = self.RELIEF_BUILD;
const PREFIX = "relief-";
const CACHE = `${PREFIX}${BUILD.id}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Straight from the server, never from an HTTP cache that may hold an older build. One
      // missing file fails the install, and the previous version stays in charge.
      await cache.addAll(BUILD.files.map((file) => new Request(file, { cache: "no-cache" })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(answer(request));
});

async function answer(request) {
  const cache = await caches.open(CACHE);
  // A page opened with a query (`?preset=iran-2013`, `?embed=1`) is the same page.
  const hit = await cache.match(request, { ignoreSearch: request.mode === "navigate" });
  if (hit) return hit;
  const response = await fetch(request);
  // Whatever else the site serves is kept too, once it has been asked for.
  if (response.status === 200 && response.type === "basic") await cache.put(request, response.clone());
  return response;
}
