// Benchmark section "coldLoad": how long a first visit takes until the course catalogue shows, in headless Chromium
// against scripts/serve.mjs on loopback (so it measures the app — download of already-compressed files, wasm
// compile, start-up, catalogue fetch and render — not a network).
//
// Each run uses a new browser context, i.e. an empty HTTP cache and code cache. One untimed warm-up run comes first,
// so that the server's compression cache and Chromium's own process start-up do not land on run 1.
//
// Two moments are recorded, both as performance.now() (milliseconds since navigation start):
//   * catalogVisibleMs — the first `[data-testid="catalog"] [data-testid="course-card"]` is in the DOM with a
//     non-empty box and not hidden. A MutationObserver installed before any page script runs notices it in the same
//     task that inserts the card (no polling delay); a requestAnimationFrame poll backs it up for cards that only
//     become visible through a style change.
//   * catalogPaintedMs — the end of the first rendering update after that (requestAnimationFrame, then a message
//     task), i.e. when the frame showing the card has been produced. Render-blocking stylesheets delay this one only.
//
// Bytes come from resource timing (transferSize: headers + encoded body as received), read after the load has gone
// quiet (load event, then network idle), and are split at catalogVisibleMs:
//   * first screen — the navigation entry and every resource whose startTime is before the catalogue became visible,
//     i.e. the requests the first screen needed (and any that merely started before it). Budget: median ≤ 285 KB
//     (285,000 bytes; Kolibri's first screen transfers 2.28 MB, this is ≤ 1/8 of it).
//   * whole load — everything until network idle; what the first screen did not need is the rest of the load.
//
// measureColdLoad() is one such run; the slowLink section (slow-link.mjs) uses it with network emulation set up
// through its beforeNavigate hook.
import { formatBytes, formatMs, formatPercent, median, renderTable } from '../format.mjs';

// The live app's cards, or the prerendered first screen's (what the learner sees first; it has no test hooks).
export const CATALOG_CARD = '[data-testid="catalog"] [data-testid="course-card"], #first-screen .course-card';
export const FIRST_SCREEN_TRANSFER_BUDGET = 285_000;

// Runs in the page before any of its scripts. window.__benchCheck() returns {visibleAt, paintedAt} once both are known.
export function installVisibilityProbe(selector) {
  let visibleAt;
  let paintedAt;
  const visible = () => {
    const el = document.querySelector(selector);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    return el.checkVisibility ? el.checkVisibility({ visibilityProperty: true }) : true;
  };
  const check = () => {
    if (visibleAt === undefined && visible()) {
      visibleAt = performance.now();
      mo.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { paintedAt = performance.now(); };
        channel.port2.postMessage(null);
      });
    }
    return paintedAt === undefined ? null : { visibleAt, paintedAt };
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  window.__benchCheck = check;
}

/**
 * One cold load in a new browser context: navigate, wait for the catalogue, let the load go quiet, read the timings.
 * @param {object} o
 * @param {import('playwright').Browser} o.browser
 * @param {{url: string}} o.server
 * @param {number} o.timeout            for the navigation, the catalogue and the load event, in ms
 * @param {number} [o.idleTimeout=5000] how long to wait for network idle after the load event (not an error if it
 *                                      does not come)
 * @param {(context, page) => Promise<void>} [o.beforeNavigate]  e.g. network emulation over CDP
 * @returns {Promise<object>} timings, byte totals (first screen and whole load), resources (every entry, with
 *                            firstScreen true/false), problems
 */
export async function measureColdLoad({ browser, server, timeout, idleTimeout = 5000, beforeNavigate }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const problems = [];
    const encodings = new Map();
    let requests = 0;
    page.on('console', (m) => {
      // "Failed to load resource" repeats what the response handler below reports with the URL.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('request', () => { requests++; });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      encodings.set(r.url(), r.headers()['content-encoding'] ?? null);
    });
    await page.addInitScript(installVisibilityProbe, CATALOG_CARD);
    try {
      if (beforeNavigate) await beforeNavigate(context, page);
      await page.goto(server.url, { waitUntil: 'commit', timeout });
      const handle = await page.waitForFunction(() => window.__benchCheck?.(), null, { timeout, polling: 'raf' })
        .catch((e) => {
          throw new Error(e.name === 'TimeoutError'
            ? `the catalogue (${CATALOG_CARD}) did not become visible within ${timeout} ms`
            : e.message);
        });
      const { visibleAt, paintedAt } = await handle.jsonValue();
      // Let the rest of the first load finish (load event, then 500 ms without requests) before counting bytes:
      // a resource only gets its timing entry once it has finished.
      await page.waitForLoadState('load', { timeout }).catch(() => {});
      await page.waitForLoadState('networkidle', { timeout: idleTimeout }).catch(() => {});
      const perf = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
        const r1 = (ms) => Math.round(ms * 10) / 10;
        const pick = (e) => ({
          url: e.name, type: e.initiatorType ?? 'navigation', transferSize: e.transferSize,
          encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize,
          startMs: r1(e.startTime), durationMs: r1(e.duration),
          // Waiting for the first byte (request queued/sent → response starts) and receiving the body.
          ttfbMs: e.responseStart > 0 ? r1(e.responseStart - e.startTime) : null,
          downloadMs: e.responseStart > 0 ? r1(e.responseEnd - e.responseStart) : null,
          endMs: r1(e.responseEnd || e.startTime + e.duration),
        });
        return {
          fcpMs: fcp ? fcp.startTime : null,
          domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null,
          loadEventMs: nav ? nav.loadEventEnd : null,
          entries: [nav, ...performance.getEntriesByType('resource')].filter(Boolean).map(pick),
        };
      });
      const resources = perf.entries.map((e) => ({
        ...e, contentEncoding: encodings.get(e.url) ?? null, firstScreen: e.startMs < visibleAt,
      }));
      const sum = (list, k) => list.reduce((n, e) => n + (e[k] || 0), 0);
      const first = resources.filter((e) => e.firstScreen);
      return {
        catalogVisibleMs: round1(visibleAt),
        catalogPaintedMs: round1(paintedAt),
        fcpMs: round1(perf.fcpMs),
        domContentLoadedMs: round1(perf.domContentLoadedMs),
        loadEventMs: round1(perf.loadEventMs),
        firstScreenTransferBytes: sum(first, 'transferSize'),
        firstScreenRequests: first.length,
        transferBytes: sum(resources, 'transferSize'),
        encodedBodyBytes: sum(resources, 'encodedBodySize'),
        decodedBodyBytes: sum(resources, 'decodedBodySize'),
        // When the last request of the whole load finished (ms after navigation start).
        lastResponseEndMs: resources.reduce((m, e) => Math.max(m, e.endMs ?? 0), 0),
        resourceTimingEntries: resources.length,
        requests,
        problems,
        resources,
      };
    } catch (e) {
      const err = new Error(`${e.message.split('\n')[0]}${problems.length ? `\n    ${problems.slice(0, 10).join('\n    ')}` : ''}`);
      err.problems = problems;
      throw err;
    }
  } finally {
    await context.close();
  }
}

export default {
  name: 'coldLoad',
  title: 'Cold load to the catalogue',
  needsBrowser: true,

  async run({ options, getServer, getBrowser, log }) {
    const server = await getServer();
    const browser = await getBrowser();
    const timeout = options.timeout;

    const oneRun = () => measureColdLoad({ browser, server, timeout });

    log(`  warm-up run against ${server.url} …`);
    await oneRun();
    const runs = [];
    for (let i = 1; i <= options.runs; i++) {
      const r = await oneRun();
      log(`  run ${i}/${options.runs}: catalogue visible ${formatMs(r.catalogVisibleMs)}, painted ${formatMs(r.catalogPaintedMs)}, FCP ${formatMs(r.fcpMs)}`);
      runs.push({ run: i, ...r });
    }

    const first = runs[0];
    const firstScreen = median(runs.map((r) => r.firstScreenTransferBytes));
    return {
      figures: {
        url: server.url,
        browser: `Chromium ${browser.version()}`,
        selector: CATALOG_CARD,
        warmupRuns: 1,
        runs: runs.map(({ resources, ...r }) => r),
        median: {
          catalogVisibleMs: median(runs.map((r) => r.catalogVisibleMs)),
          catalogPaintedMs: median(runs.map((r) => r.catalogPaintedMs)),
          fcpMs: median(runs.map((r) => r.fcpMs)),
          firstScreenTransferBytes: firstScreen,
          firstScreenRequests: median(runs.map((r) => r.firstScreenRequests)),
          transferBytes: median(runs.map((r) => r.transferBytes)),
          requests: median(runs.map((r) => r.requests)),
        },
        firstLoad: first && {
          transferBytes: first.transferBytes,
          firstScreenTransferBytes: first.firstScreenTransferBytes,
          requests: first.requests,
          resources: first.resources,
        },
      },
      budget: {
        metric: 'first screen transferred (navigation + requests started before the catalogue showed), median bytes ' +
          '(≤ 285 KB; Kolibri: 2.28 MB, ≤ 1/8)',
        unit: 'bytes',
        limit: FIRST_SCREEN_TRANSFER_BUDGET,
        actual: firstScreen,
        headroom: FIRST_SCREEN_TRANSFER_BUDGET - firstScreen,
        pass: firstScreen <= FIRST_SCREEN_TRANSFER_BUDGET,
      },
      ...(runs.some((r) => r.problems.length) ? { notes: [...new Set(runs.flatMap((r) => r.problems))] } : {}),
    };
  },

  render({ figures: f, budget }) {
    const rows = f.runs.map((r) => [
      `run ${r.run}`, formatMs(r.catalogVisibleMs), formatMs(r.catalogPaintedMs), formatMs(r.fcpMs), formatMs(r.loadEventMs),
      formatBytes(r.firstScreenTransferBytes), r.firstScreenRequests, formatBytes(r.transferBytes), r.requests,
    ]);
    rows.push(null);
    rows.push(['median', formatMs(f.median.catalogVisibleMs), formatMs(f.median.catalogPaintedMs), formatMs(f.median.fcpMs), '',
      formatBytes(f.median.firstScreenTransferBytes), f.median.firstScreenRequests, formatBytes(f.median.transferBytes), f.median.requests]);
    const out = [
      `${f.browser}, ${f.url}, new context per run (cold cache), ${f.warmupRuns} untimed warm-up run`,
      renderTable(['', 'Catalogue visible', 'painted', 'FCP', 'load event', 'First screen', 'requests', 'Whole load', 'requests'], rows),
    ];
    if (f.firstLoad) {
      const res = f.firstLoad.resources.map((e) => [
        shortUrl(e.url, f.url), e.type, e.firstScreen ? 'first screen' : 'rest', formatMs(e.startMs), e.contentEncoding ?? 'identity',
        formatBytes(e.transferSize), formatBytes(e.decodedBodySize),
      ]);
      out.push('', 'Requests of run 1 (resource timing; "first screen" = started before the catalogue showed):',
        renderTable(['URL', 'Type', 'Part', 'Start', 'Encoding', 'Transferred', 'Decoded'], res, 'lllrlrr'));
    }
    if (budget) {
      out.push('', `Budget ${budget.pass ? 'PASS' : 'FAIL'}: first screen transferred ${formatBytes(budget.actual)} of ` +
        `${formatBytes(budget.limit)} (${formatPercent(budget.actual, budget.limit)} used, ` +
        `${budget.pass ? `${formatBytes(budget.headroom)} headroom` : `${formatBytes(-budget.headroom)} over`}; ` +
        `${budget.actual} / ${budget.limit} bytes; Kolibri: 2.28 MB, ≤ 1/8)`);
    }
    return out.join('\n');
  },
};

export function round1(ms) {
  return typeof ms === 'number' ? Math.round(ms * 10) / 10 : ms;
}

export function shortUrl(url, base) {
  return url.startsWith(base) ? '/' + url.slice(base.length) : url;
}
