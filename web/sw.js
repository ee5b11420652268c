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
// Every course file the worker answers — from a course's cache, from the data cache or passed through from the
// network, whole or as a range — carries `Content-Security-Policy: sandbox allow-scripts` and
// `X-Content-Type-Options: nosniff` (asCourseFile): opened directly, offline or on a host that sets no headers, a
// course page runs in an opaque origin and cannot reach the player's storage (docs/security.md §1).
import { precacheAndRoute, cleanupOutdatedCaches, createHandlerBoundToURL } from 'workbox-precaching';
import { registerRoute, NavigationRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { createPartialResponse } from 'workbox-range-requests';

const COURSE_CACHE = 'alliance-player-course-';
const DATA_CACHE = 'alliance-player-data';
/** The package folder (the catalogue in index.html's `alliance-catalog` and the packages it lists live there). */
const PACKAGE_FOLDER = '/courses/';
const COURSE_FILE_CSP = 'sandbox allow-scripts';

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
      const answer = await packageJson.handle(options);
      return inPackageFolder(options.url) ? asCourseFile(answer) : answer;
    } catch (err) {
      const downloaded = await fromCourseCaches(options.request, options.event);
      if (downloaded) return asCourseFile(downloaded);
      throw err;
    }
  },
);

registerRoute(
  ({ url, request }) => sameOrigin(url) && !request.headers.has('authorization'),
  async ({ request, url, event }) => {
    const cached = await fromCourseCaches(request, event);
    if (!cached) {
      const answer = await fetch(request);
      return inPackageFolder(url) ? asCourseFile(answer) : answer;
    }
    return asCourseFile(request.headers.has('range') ? await createPartialResponse(request, cached) : cached);
  },
);

/** Whether a URL is in the package folder, however its path is spelt (`//courses/`, `/%63ourses/`). */
function inPackageFolder(url) {
  let path = url.pathname;
  try { path = decodeURIComponent(path); } catch { /* left as it is */ }
  return ('/' + path.split(/[/\\]+/).filter(Boolean).join('/') + '/').startsWith(PACKAGE_FOLDER);
}

/** The answer with the course file headers added (a copy: answers from a cache or the network are immutable). */
function asCourseFile(answer) {
  // An opaque or error answer has no headers to add to (and a same-origin request does not get one).
  if (!answer || answer.type === 'opaque' || answer.type === 'opaqueredirect' || answer.status === 0) return answer;
  const headers = new Headers(answer.headers);
  headers.set('Content-Security-Policy', COURSE_FILE_CSP);
  headers.set('X-Content-Type-Options', 'nosniff');
  return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers });
}

// A course's download answers only that course's pages: when the page that asks (the request's client) shows
// /course/<id>/…, only the cache `alliance-player-course-<id>` is looked in (the rule of
// `domain::offline::course_of_path`), so one course's copy never answers for another course's file of the same
// address. A request from no course page (the catalogue, the transcript) or a navigation may be answered by any
// download holding the address: what is kept there for such pages is the catalogue and the manifests.
async function fromCourseCaches(request, event) {
  const url = request.url.split('#')[0];
  const course = await courseOfClient(event);
  const names = course === null
    ? (await caches.keys()).filter((name) => name.startsWith(COURSE_CACHE))
    : [COURSE_CACHE + course];
  for (const name of names) {
    if (!(await caches.has(name))) continue;
    const hit = await (await caches.open(name)).match(url, { ignoreVary: true });
    if (hit) return hit;
  }
  return undefined;
}

async function courseOfClient(event) {
  // The page that asks. A navigation has none yet: its resulting client becomes ready only once this answer is
  // given (waiting for it would never end), so a navigation (an interactive page, a course file opened directly) may
  // be answered by any download that holds its address.
  const id = event && event.clientId;
  const client = id ? await self.clients.get(id) : null;
  if (!client) return null;
  const match = /^\/course\/([^/?#]+)/.exec(new URL(client.url).pathname);
  return match ? decodeURIComponent(match[1]) : null;
}

// A new version waits until the learner chooses to reload (the page shows "a new version is ready"); the very first
// install takes the open page at once, so a course downloaded on the first visit plays offline without a reload.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'alliance-player:skip-waiting') self.skipWaiting();
});
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
