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
//      to `/.alliance-player/au?src=<url>&…`: a cmi5 unit's AU page, with the script that carries its xAPI requests
//      to the player (below);
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
/** Where a cmi5 unit's frame asks for its AU's page (`ui::player::cmi5::AU_PAGE`). */
const AU_PAGE = '/.alliance-player/au';
/** The largest AU page the worker rewrites. */
const MAX_AU_PAGE = 4 * 1024 * 1024;

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

// A cmi5 unit's AU (docs/cmi5.md, "Playing cmi5 content"). Its page — from the course's download, else the
// network — is answered sandboxed into an opaque origin like every course file, with two things put first in it: a
// <base> (its own links resolve where it lives) and AU_SCRIPT, which carries the page's fetch and XMLHttpRequest
// calls to its launch's `endpoint` and `fetch` addresses to the player (its parent) by message; the player answers
// as its LMS. Nothing reaches the network for those addresses, online or not. Only a frame's navigation, only a page
// of our origin's package folder or of another http(s) origin, and only HTML.
registerRoute(
  ({ url }) => sameOrigin(url) && url.pathname === AU_PAGE,
  async ({ request, url, event }) => {
    const refuse = (why) => asCourseFile(new Response(`${why}\n`, { status: 404, headers: { 'Content-Type': 'text/plain' } }));
    const src = url.searchParams.get('src') ?? '';
    const framed = request.mode === 'navigate' && request.destination === 'iframe';
    if (!framed || !/^https?:/i.test(src)) return refuse('Not an AU page');
    const page = new URL(src);
    if (sameOrigin(page) && !inPackageFolder(page)) return refuse('Not a course file');
    let answer = await fromCourseCaches(page.href, event);
    if (!answer) {
      try { answer = await fetch(page.href, { credentials: 'omit' }); } catch { return refuse('The AU could not be reached'); }
    }
    const type = answer.headers.get('Content-Type') ?? '';
    if (!answer.ok || !/^text\/html/i.test(type)) return refuse('The AU is not an HTML page');
    const html = await answer.text();
    if (html.length > MAX_AU_PAGE) return refuse('The AU page is too large');
    const base = `<base href="${page.href.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}">`;
    return asCourseFile(new Response(`<!doctype html>${base}<script>${AU_SCRIPT}</script>\n${html.replace(/^\s*<!doctype[^>]*>/i, '')}`, {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    }));
  },
);

// The AU page's first script (a string: it runs in the AU's frame, not here). Requests to the launch's endpoint
// and fetch addresses become messages to the parent `{type: 'alliance:xapi', id, method, url, authorization,
// body}`; the answer `{type: 'alliance:xapi-answer', id, status, body}` comes back from the parent only.
const AU_SCRIPT = `(() => {
  const launch = new URLSearchParams(location.search);
  const endpoint = launch.get('endpoint') || '';
  const fetchUrl = launch.get('fetch') || '';
  const ours = (u) => { try { const h = new URL(u, document.baseURI).href; return (endpoint && h.startsWith(endpoint)) || h === fetchUrl; } catch { return false; } };
  const waiting = new Map();
  let next = 0;
  addEventListener('message', (e) => {
    const d = e.data;
    if (e.source !== parent || !d || d.type !== 'alliance:xapi-answer' || !waiting.has(d.id)) return;
    waiting.get(d.id)(d);
    waiting.delete(d.id);
  });
  const ask = (method, url, authorization, body) => new Promise((resolve) => {
    const id = ++next;
    waiting.set(id, resolve);
    parent.postMessage({ type: 'alliance:xapi', id, method: String(method || 'GET').toUpperCase(),
      url: new URL(url, document.baseURI).href, authorization: authorization || null, body: body == null ? '' : String(body) }, '*');
  });
  const realFetch = window.fetch;
  window.fetch = async (input, init = {}) => {
    const url = typeof input === 'string' || input instanceof URL ? String(input) : input.url;
    if (!ours(url)) return realFetch(input, init);
    const headers = new Headers(init.headers || (input && input.headers) || {});
    const body = init.body != null ? init.body : (input instanceof Request ? await input.text() : '');
    const a = await ask(init.method || (input instanceof Request ? input.method : 'GET'), url, headers.get('authorization'), body);
    return new Response(a.status === 204 ? null : a.body, { status: a.status, headers: { 'Content-Type': 'application/json' } });
  };
  const Real = window.XMLHttpRequest;
  window.XMLHttpRequest = class extends Real {
    open(method, url, ...rest) {
      this.__au = ours(url) ? { method, url, headers: {} } : null;
      if (!this.__au) return super.open(method, url, ...rest);
      Object.defineProperty(this, 'readyState', { value: 1, configurable: true });
    }
    setRequestHeader(k, v) { if (this.__au) { this.__au.headers[String(k).toLowerCase()] = v; return; } return super.setRequestHeader(k, v); }
    getResponseHeader(k) { if (this.__au) return String(k).toLowerCase() === 'content-type' ? 'application/json' : null; return super.getResponseHeader(k); }
    getAllResponseHeaders() { return this.__au ? 'content-type: application/json\\r\\n' : super.getAllResponseHeaders(); }
    send(body) {
      if (!this.__au) return super.send(body);
      ask(this.__au.method, this.__au.url, this.__au.headers.authorization, body).then((a) => {
        for (const [k, v] of [['readyState', 4], ['status', a.status], ['statusText', String(a.status)], ['responseText', a.body], ['response', a.body], ['responseURL', this.__au.url]]) {
          Object.defineProperty(this, k, { value: v, configurable: true });
        }
        for (const type of ['readystatechange', 'load', 'loadend']) this.dispatchEvent(new Event(type));
      });
    }
  };
})();`;

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
