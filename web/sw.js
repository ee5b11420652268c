// The player's service worker: the app shell offline, downloaded courses offline, and updates only when the
// learner says so. Bundled with the Workbox modules and given its precache manifest by scripts/build-sw.mjs after
// the Trunk build (`self.__WB_MANIFEST`: every file of the build — index.html, CSS, every wasm chunk and its glue,
// the locale files, the schema — each with its revision).
//
// Routes, in order:
//   1. the precache (cache-first; hashed files are immutable, the others carry their revision);
//   2. the player's own pages (/, /course/…, /transcript, /settings) → the precached index.html;
//   3. JSON of a course package (catalogue, manifests): network first, a copy kept for offline use;
//   4. a frame's navigation to `/.alliance-player/page?src=<url>`: a downloaded page of another origin (below);
//   5. any other GET of our origin, and any GET of another origin (a package on a CDN or a university's server, read
//      with CORS): from a downloaded course's cache if it is there (byte ranges answered from the cached file, so a
//      cached video can seek), else the network — nothing is cached on the way, so streaming a course that is not
//      downloaded fills no storage. Another origin's JSON (its catalogue, manifests) goes to the network first.
// Downloads are written by the page (src/edge/offline.rs) into one cache per course, `alliance-player-course-<id>`.
// Every course file the worker answers — from a course's cache (whatever its origin), from the data cache or passed
// through from the network (our origin's), whole or as a range — carries `Content-Security-Policy: sandbox allow-scripts` and
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
/** Where a frame asks for a downloaded page of another origin (`domain::offline::worker_page`). */
const WORKER_PAGE = '/.alliance-player/page';

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
      const downloaded = await fromCourseCaches(options.request.url, options.event);
      if (downloaded) return asCourseFile(downloaded);
      throw err;
    }
  },
);

// A worker never sees a navigation outside its origin, so offline an interactive page of a package on another origin
// reaches its frame here, at the player's address: only as a frame's navigation (never a script or any other
// subresource of the player), only from a download, and, like every course file, sandboxed into an opaque origin.
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname === WORKER_PAGE,
  async ({ request, url, event }) => {
    const src = url.searchParams.get('src');
    const framed = request.mode === 'navigate' && request.destination === 'iframe';
    const hit = framed && /^https?:/i.test(src ?? '') ? await fromCourseCaches(src, event) : undefined;
    return asCourseFile(hit ?? new Response('Not downloaded\n', { status: 404, headers: { 'Content-Type': 'text/plain' } }));
  },
);

registerRoute(
  ({ url, request }) => /^https?:$/.test(url.protocol) && !request.headers.has('authorization'),
  async ({ request, url, event }) => {
    if (!sameOrigin(url) && url.pathname.endsWith('.json')) return networkFirst(request, event);
    const cached = await fromCourseCaches(request.url, event);
    if (!cached) {
      const answer = await fetch(request);
      return sameOrigin(url) && inPackageFolder(url) ? asCourseFile(answer) : answer;
    }
    return asCourseFile(request.headers.has('range') ? await createPartialResponse(request, cached) : cached);
  },
);

/** Another origin's catalogue or manifest: the network's (a download is checked against it), else a download's. */
async function networkFirst(request, event) {
  const network = fetch(request);
  network.catch(() => {});
  const late = new Promise((resolve) => setTimeout(resolve, 5000));
  try {
    const answer = await Promise.race([network, late]);
    if (answer) return answer;
  } catch { /* no network: a download's copy, if any */ }
  const downloaded = await fromCourseCaches(request.url, event);
  return downloaded ? asCourseFile(downloaded) : network;
}

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
async function fromCourseCaches(address, event) {
  const url = address.split('#')[0];
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
