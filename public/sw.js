// Keeps the whole site in the browser's cache so the app opens and works with no network after the
// first visit. The build step fills in BUILD (a hash of the site) and FILES (every file of the site,
// every piece of the wasm included); a changed site means a changed sw.js, which the browser
// installs in the background: the next load then runs the new version from the new cache.
//
// Builds never mix: every file but the page has a content-hashed name, so a page keeps asking for
// the pieces of its own build. The previous build's cache is kept beside the new one, so a page
// that was opened before the update can still load the pieces it has not used yet, even offline.
// An install that fails half-way removes what it had written; the old version stays whole.
const BUILD = "__BUILD__";
const FILES = __FILES__;
const PREFIX = 'social-playbook-';
const CACHE = PREFIX + BUILD;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' }))))
      .catch((error) =>
        caches.delete(CACHE).then(() => {
          throw error;
        }),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => {
        // Keys come in the order the caches were made: keep this build and the one before it.
        const others = keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE);
        return Promise.all(others.slice(0, -1).map((key) => caches.delete(key)));
      })
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (request.mode === 'navigate') {
        // The page always comes from this build, whatever the address's query says.
        const page = (await cache.match(request, { ignoreSearch: true })) || (await cache.match('./'));
        return page || fetch(request);
      }
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      // A piece of the previous build, asked for by a page opened before the update.
      const older = await caches.match(request, { ignoreSearch: true });
      return older || fetch(request);
    })(),
  );
});
