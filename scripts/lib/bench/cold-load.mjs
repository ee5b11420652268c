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
import { formatBytes, formatMs, median, renderTable } from '../format.mjs';

export const CATALOG_CARD = '[data-testid="catalog"] [data-testid="course-card"]';

// Runs in the page before any of its scripts. window.__benchCheck() returns {visibleAt, paintedAt} once both are known.
function installVisibilityProbe(selector) {
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

export default {
  name: 'coldLoad',
  title: 'Cold load to the catalogue',
  needsBrowser: true,

  async run({ options, getServer, getBrowser, log }) {
    const server = await getServer();
    const browser = await getBrowser();
    const timeout = options.timeout;

    const oneRun = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
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
        await page.goto(server.url, { waitUntil: 'commit', timeout });
        const handle = await page.waitForFunction(() => window.__benchCheck?.(), null, { timeout, polling: 'raf' })
          .catch((e) => {
            throw new Error(e.name === 'TimeoutError'
              ? `the catalogue (${CATALOG_CARD}) did not become visible within ${timeout} ms`
              : e.message);
          });
        const { visibleAt, paintedAt } = await handle.jsonValue();
        // Let the rest of the first load finish (load event, then 500 ms without requests) before counting bytes.
        await page.waitForLoadState('load', { timeout }).catch(() => {});
        await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
        const perf = await page.evaluate(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
          const pick = (e) => ({
            url: e.name, type: e.initiatorType ?? 'navigation', transferSize: e.transferSize,
            encodedBodySize: e.encodedBodySize, decodedBodySize: e.decodedBodySize,
            startMs: Math.round(e.startTime * 10) / 10, durationMs: Math.round(e.duration * 10) / 10,
          });
          return {
            fcpMs: fcp ? fcp.startTime : null,
            domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null,
            loadEventMs: nav ? nav.loadEventEnd : null,
            entries: [nav, ...performance.getEntriesByType('resource')].filter(Boolean).map(pick),
          };
        });
        const resources = perf.entries.map((e) => ({ ...e, contentEncoding: encodings.get(e.url) ?? null }));
        const sum = (k) => resources.reduce((n, e) => n + (e[k] || 0), 0);
        return {
          catalogVisibleMs: round1(visibleAt),
          catalogPaintedMs: round1(paintedAt),
          fcpMs: round1(perf.fcpMs),
          domContentLoadedMs: round1(perf.domContentLoadedMs),
          loadEventMs: round1(perf.loadEventMs),
          transferBytes: sum('transferSize'),
          encodedBodyBytes: sum('encodedBodySize'),
          decodedBodyBytes: sum('decodedBodySize'),
          resourceTimingEntries: resources.length,
          requests,
          problems,
          resources,
        };
      } catch (e) {
        const err = new Error(`${e.message.split('\n')[0]}${problems.length ? `\n    ${problems.slice(0, 10).join('\n    ')}` : ''}`);
        err.problems = problems;
        throw err;
      } finally {
        await context.close();
      }
    };

    log(`  warm-up run against ${server.url} …`);
    await oneRun();
    const runs = [];
    for (let i = 1; i <= options.runs; i++) {
      const r = await oneRun();
      log(`  run ${i}/${options.runs}: catalogue visible ${formatMs(r.catalogVisibleMs)}, painted ${formatMs(r.catalogPaintedMs)}, FCP ${formatMs(r.fcpMs)}`);
      runs.push({ run: i, ...r });
    }

    const first = runs[0];
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
          transferBytes: median(runs.map((r) => r.transferBytes)),
          requests: median(runs.map((r) => r.requests)),
        },
        firstLoad: first && {
          transferBytes: first.transferBytes,
          requests: first.requests,
          resources: first.resources,
        },
      },
      ...(runs.some((r) => r.problems.length) ? { notes: [...new Set(runs.flatMap((r) => r.problems))] } : {}),
    };
  },

  render({ figures: f }) {
    const rows = f.runs.map((r) => [
      `run ${r.run}`, formatMs(r.catalogVisibleMs), formatMs(r.catalogPaintedMs), formatMs(r.fcpMs), formatMs(r.loadEventMs), formatBytes(r.transferBytes), r.requests,
    ]);
    rows.push(null);
    rows.push(['median', formatMs(f.median.catalogVisibleMs), formatMs(f.median.catalogPaintedMs), formatMs(f.median.fcpMs), '',
      formatBytes(f.median.transferBytes), f.median.requests]);
    const out = [
      `${f.browser}, ${f.url}, new context per run (cold cache), ${f.warmupRuns} untimed warm-up run`,
      renderTable(['', 'Catalogue visible', 'painted', 'FCP', 'load event', 'Transferred', 'Requests'], rows),
    ];
    if (f.firstLoad) {
      const res = f.firstLoad.resources.map((e) => [
        shortUrl(e.url, f.url), e.type, e.contentEncoding ?? 'identity', formatBytes(e.transferSize), formatBytes(e.decodedBodySize),
      ]);
      out.push('', 'Requests of run 1 (resource timing):',
        renderTable(['URL', 'Type', 'Encoding', 'Transferred', 'Decoded'], res, 'lllrr'));
    }
    return out.join('\n');
  },
};

function round1(ms) {
  return typeof ms === 'number' ? Math.round(ms * 10) / 10 : ms;
}

function shortUrl(url, base) {
  return url.startsWith(base) ? '/' + url.slice(base.length) : url;
}
