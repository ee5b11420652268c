// The player's service worker: the app shell offline, downloaded courses offline, and updates only when the
// learner says so. Bundled with the Workbox modules and given its precache manifest by scripts/build-sw.mjs after
// the Trunk build (`self.__WB_MANIFEST`: every file of the build — index.html, CSS, every wasm chunk and its glue,
// the locale files, the schema — each with its revision).
//
// Routes, in order:
//   1. the precache (cache-first; hashed files are immutable, the others carry their revision);
//   2. the player's own pages (/, /course/…, /transcript, /settings) → the precached index.html;
//   3. JSON of a course package (catalogue, manifests): network first, a copy kept for offline use;
//   4. any other GET of our origin: from a downloaded course's cache if it is there (byte ranges answered from the
//      cached file, so a cached video can seek), else the network — nothing is cached on the way, so streaming a
//      course that is not downloaded fills no storage.
// Downloads are written by the page (src/edge/offline.rs) into one cache per course, `alliance-player-course-<id>`.
import { precacheAndRoute, cleanupOutdatedCaches, createHandlerBoundToURL } from 'workbox-precaching';
import { registerRoute, NavigationRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { createPartialResponse } from 'workbox-range-requests';

const COURSE_CACHE = 'alliance-player-course-';
const DATA_CACHE = 'alliance-player-data';

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), {
  allowlist: [/^\/$/, /^\/index\.html$/, /^\/course\//, /^\/transcript\/?$/, /^\/settings\/?$/],
}));

const sameOrigin = (url) => url.origin === self.location.origin;

// Catalogue and manifests: fresh when online, the last copy when not (a downloaded course also holds its manifest).
const packageJson = new NetworkFirst({ cacheName: DATA_CACHE, networkTimeoutSeconds: 5 });
registerRoute(
  ({ url, request }) => sameOrigin(url) && request.mode !== 'navigate' && url.pathname.endsWith('.json'),
  async (options) => {
    try {
      return await packageJson.handle(options);
    } catch (err) {
      const downloaded = await fromCourseCaches(options.request);
      if (downloaded) return downloaded;
      throw err;
    }
  },
);

registerRoute(
  ({ url, request }) => sameOrigin(url) && !request.headers.has('authorization'),
  async ({ request }) => {
    const cached = await fromCourseCaches(request);
    if (!cached) return fetch(request);
    return request.headers.has('range') ? createPartialResponse(request, cached) : cached;
  },
);

async function fromCourseCaches(request) {
  const url = request.url.split('#')[0];
  for (const name of await caches.keys()) {
    if (!name.startsWith(COURSE_CACHE)) continue;
    const cache = await caches.open(name);
    const hit = await cache.match(url, { ignoreVary: true });
    if (hit) return hit;
  }
  return undefined;
}

// A new version waits until the learner chooses to reload (the page shows "a new version is ready"); the very first
// install takes the open page at once, so a course downloaded on the first visit plays offline without a reload.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'alliance-player:skip-waiting') self.skipWaiting();
});
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
