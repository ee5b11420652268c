// Benchmark section "offline": the player with the network off, and downloading a course for offline use.
//
//   * Reload to the catalogue offline: a first visit online (the service worker installs and precaches the build,
//     and keeps a copy of the catalogue), then the origin's server is stopped and the browser context set offline;
//     the page is reloaded `runs` times and the time to the first course card is taken (median and spread).
//   * Download throughput: "Download for offline use" of each sample course, in a new context each, against the
//     local server on loopback: bytes stored / time from the click to data-state="downloaded".
import { startServer } from '../../serve.mjs';
import { formatBytes, formatMs, median, renderTable } from '../format.mjs';
import { CATALOG_CARD } from './cold-load.mjs';

const COURSES = ['open-education', 'first-chinese', 'statistics'];

async function controlled(page, timeout) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout });
}

export default {
  name: 'offline',
  title: 'Offline: reload with the network off, download throughput',
  needsBrowser: true,

  async run({ dist, options, getBrowser, log }) {
    const browser = await getBrowser();
    const timeout = options.timeout;

    // Reload to the catalogue with the network off.
    const server = await startServer({ root: dist, port: 0, host: '127.0.0.1', precompress: false });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const reloads = [];
    try {
      const page = await context.newPage();
      await page.goto(server.url, { timeout });
      await page.locator(CATALOG_CARD).first().waitFor({ timeout });
      await controlled(page, timeout);
      // The worker's first install fetched the catalogue again, to keep it: let that finish.
      await page.waitForFunction(async () => (await (await caches.open('alliance-player-data')).keys()).length > 0, null, { timeout });
      await server.close();
      await context.setOffline(true);
      for (let i = 1; i <= options.runs; i++) {
        await page.reload({ waitUntil: 'commit', timeout });
        await page.locator(CATALOG_CARD).first().waitFor({ timeout });
        const ms = await page.evaluate(() => performance.now());
        const fromWorker = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.workerStart > 0);
        log(`  offline reload ${i}/${options.runs}: catalogue after ${formatMs(ms)}${fromWorker ? '' : ' (not from the service worker!)'}`);
        reloads.push({ run: i, catalogMs: Math.round(ms * 10) / 10, fromWorker });
      }
    } finally {
      await context.close();
      await server.close();
    }

    // Download throughput.
    const downloads = [];
    const dl = await startServer({ root: dist, port: 0, host: '127.0.0.1', precompress: false });
    try {
      for (const course of COURSES) {
        const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        try {
          const page = await ctx.newPage();
          await page.goto(`${dl.url}course/${course}`, { timeout });
          const panel = page.locator('[data-testid=download-course][data-state=not-downloaded]');
          await panel.waitFor({ timeout });
          const started = Date.now();
          await page.getByTestId('download-start').click();
          await page.locator('[data-testid=download-course][data-state=downloaded]').waitFor({ timeout });
          const ms = Date.now() - started;
          const bytes = Number(await page.getByTestId('download-course').getAttribute('data-bytes'));
          const files = await page.evaluate(async (c) => (await (await caches.open(`alliance-player-course-${c}`)).keys()).length, course);
          log(`  download ${course}: ${formatBytes(bytes)} in ${formatMs(ms)}`);
          downloads.push({ course, bytes, files, ms, bytesPerSecond: Math.round(bytes / (ms / 1000)) });
        } finally {
          await ctx.close();
        }
      }
    } finally {
      await dl.close();
    }
    const bytes = downloads.reduce((n, d) => n + d.bytes, 0);
    const ms = downloads.reduce((n, d) => n + d.ms, 0);
    return {
      figures: {
        reloads,
        offlineReloadMedianMs: median(reloads.map((r) => r.catalogMs)),
        offlineReloadMinMs: Math.min(...reloads.map((r) => r.catalogMs)),
        offlineReloadMaxMs: Math.max(...reloads.map((r) => r.catalogMs)),
        downloads,
        downloadBytesPerSecond: Math.round(bytes / (ms / 1000)),
      },
      ...(reloads.some((r) => !r.fromWorker) ? { error: 'an offline reload was not answered by the service worker' } : {}),
    };
  },

  render({ figures: f }) {
    const rows = f.reloads.map((r) => [`reload ${r.run}`, formatMs(r.catalogMs), r.fromWorker ? 'yes' : 'NO']);
    rows.push(null, ['median', formatMs(f.offlineReloadMedianMs), `spread ${formatMs(f.offlineReloadMinMs)}–${formatMs(f.offlineReloadMaxMs)}`]);
    const dl = f.downloads.map((d) => [d.course, d.files, formatBytes(d.bytes), formatMs(d.ms), `${formatBytes(d.bytesPerSecond)}/s`]);
    return [
      'Reload to the catalogue with the network off (server stopped, context offline):',
      renderTable(['', 'Catalogue shown', 'From the service worker'], rows),
      '',
      'Download for offline use, local server on loopback (files include the catalogue copy and the marker):',
      renderTable(['Course', 'Files', 'Bytes', 'Time', 'Throughput'], dl),
      `Overall: ${formatBytes(f.downloadBytesPerSecond)}/s`,
    ].join('\n');
  },
};
