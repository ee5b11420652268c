// Benchmark section "largeCourse": a course of 10,000 units opens, opens any unit, and moves Next/Previous in it.
//   * The course is generated (`largeCourseManifest`, 100 modules of 100 units: readings, every tenth a quiz) and
//     served to the page with Playwright's `context.route` together with a catalogue that lists it after the
//     sample courses; the service worker is blocked so that every request reaches the route.
//   * Timed in the page with performance.now(), from a click to the frame after the expected element is in the DOM
//     (as the unitSwitch section does):
//       open    — the course card in the catalogue → the course home with its outline (fetching and checking the
//                 1.6 MB manifest included; the catalogue is already loaded);
//       unit    — a link to unit 9,990 (near the end) clicked on the course home → that unit shown;
//       next    — Next on unit 9,990 → unit 9,991; previous — Previous → unit 9,990 again; each --runs times.
//   * Budget: 100 ms for each median (the figure docs/security.md §4 promises). A warm-up round (untimed) comes
//     first, so the app's chunks are loaded; the manifest is fetched again by every open.
// `largeCourseManifest` and `routeLargeCourse` are shared with tests/e2e/large-course.test.mjs.
import os from 'node:os';
import { formatMs, median, renderTable } from '../format.mjs';
import { settle, timedClick } from './unit-switch.mjs';

export const LARGE_COURSE_ID = 'large-course';
const BUDGET_MS = 100;

/** The manifest of a course of `units` units in modules of `perModule` (every tenth unit a quiz), as an object. */
export function largeCourseManifest(units = 10_000, perModule = 100) {
  const unit = (i) => {
    const base = { id: `u${i}`, iri: `https://example.org/large/u${i}`, title: { en: `Unit ${i + 1}` } };
    if (i % 10 === 9) {
      return { ...base, kind: 'quiz', passingScore: 0.5, questions: [
        { id: 'q', type: 'true-false', prompt: { en: `Is this unit ${i + 1}?` }, answer: true },
      ] };
    }
    return { ...base, kind: 'reading', body: { en: `# Unit ${i + 1}\n\nA short text for unit ${i + 1}.` } };
  };
  const modules = [];
  for (let m = 0; m * perModule < units; m++) {
    const ids = Array.from({ length: Math.min(perModule, units - m * perModule) }, (_, k) => m * perModule + k);
    modules.push({ id: `m${m}`, title: { en: `Module ${m + 1}` }, units: ids.map(unit) });
  }
  return {
    format: 'alliance-course-package', version: '1.0', id: LARGE_COURSE_ID, iri: 'https://example.org/large',
    title: { en: 'A course of many units' }, summary: { en: 'Generated for a benchmark.' },
    languages: ['en'], defaultLanguage: 'en', modules,
  };
}

/**
 * Serves the generated course to every page of `context`: the catalogue (`catalogPath`, read from `origin`) gets an
 * entry for it, and its manifest is answered at /courses/large-course/course.json. Blocks nothing else.
 * Returns the manifest's size in bytes.
 */
export async function routeLargeCourse(context, origin, { units = 10_000, perModule = 100 } = {}) {
  const manifest = JSON.stringify(largeCourseManifest(units, perModule));
  await context.route(`${origin}/courses/catalog.json`, async (route) => {
    const response = await route.fetch();
    const catalog = await response.json();
    catalog.courses.push({
      id: LARGE_COURSE_ID, iri: 'https://example.org/large', title: { en: 'A course of many units' },
      summary: { en: `${units} units` }, languages: ['en'], provider: { name: { en: 'Benchmark' } },
      size: manifest.length, manifest: `${LARGE_COURSE_ID}/course.json`,
    });
    await route.fulfill({ response, json: catalog });
  });
  await context.route(`${origin}/courses/${LARGE_COURSE_ID}/course.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: manifest }));
  return manifest.length;
}

// Runs in the page: clicks `selector`, resolves with the time until `want` is in the DOM and the frame after it.
export function clickUntil([selector, want, timeout]) {
  return new Promise((resolve, reject) => {
    const link = document.querySelector(selector);
    if (!link) { reject(new Error(`no ${selector} on ${location.pathname}`)); return; }
    let t0;
    let done = false;
    const check = () => {
      if (done || !document.querySelector(want)) return;
      done = true;
      const renderedMs = performance.now() - t0;
      mo.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ renderedMs, paintedMs: performance.now() - t0 });
        channel.port2.postMessage(null);
      });
    };
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true, attributes: true });
    const timer = setTimeout(() => { mo.disconnect(); reject(new Error(`${want} not shown within ${timeout} ms`)); }, timeout);
    t0 = performance.now();
    link.click();
    check();
  });
}

// Runs in the page: a link to `href` at the top of <main>, as a course's own link to a unit would be.
function addLink(href) {
  document.getElementById('bench-link')?.remove();
  const a = document.createElement('a');
  a.id = 'bench-link';
  a.href = href;
  a.textContent = 'bench';
  document.querySelector('main').prepend(a);
}

const unitView = (id) => `[data-testid="unit-view"][data-unit-id="${id}"]`;

export default {
  name: 'largeCourse',
  title: 'A course of 10,000 units',
  needsBrowser: true,

  async run({ options, getServer, getBrowser, log }) {
    const server = await getServer();
    const browser = await getBrowser();
    const origin = server.url.replace(/\/$/, '');
    const timeout = Math.max(options.timeout, 60_000);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
    const bytes = await routeLargeCourse(context, origin);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const samples = { open: [], unit: [], next: [], previous: [] };
    const loadBefore = os.loadavg()[0];
    const target = 'u9989';
    const after = 'u9990';
    try {
      await page.goto(`${origin}/`, { timeout });
      await page.locator(`[data-testid="course-card"][data-course-id="${LARGE_COURSE_ID}"] a.course-card-link`).waitFor({ timeout });
      const rounds = 1 + options.runs;
      for (let round = 0; round < rounds; round++) {
        const timed = round > 0;
        const open = await page.evaluate(clickUntil, [
          `[data-testid="course-card"][data-course-id="${LARGE_COURSE_ID}"] a.course-card-link`,
          '[data-testid="course-outline"] [data-testid="unit-link"]', timeout]);
        await settle(page, 100);
        await page.evaluate(addLink, `/course/${LARGE_COURSE_ID}/unit/${target}`);
        const unit = await page.evaluate(clickUntil, ['#bench-link', unitView(target), timeout]);
        await settle(page, 150);
        const next = await timedClick(page, '[data-testid="next-unit"]', LARGE_COURSE_ID, after, timeout);
        await settle(page, 150);
        const previous = await timedClick(page, '[data-testid="prev-unit"]', LARGE_COURSE_ID, target, timeout);
        await settle(page, 150);
        if (timed) {
          samples.open.push(open.paintedMs);
          samples.unit.push(unit.paintedMs);
          samples.next.push(next.paintedMs);
          samples.previous.push(previous.paintedMs);
        } else {
          log(`  warm-up round done (manifest ${Math.round(bytes / 1024)} KiB); timing ${options.runs} rounds …`);
        }
        await page.locator('.breadcrumb a').first().click({ timeout });
        await page.locator(`[data-testid="course-card"][data-course-id="${LARGE_COURSE_ID}"] a.course-card-link`).waitFor({ timeout });
      }
    } finally {
      await context.close();
    }
    if (errors.length) throw new Error(`page errors: ${[...new Set(errors)].join('; ')}`);
    const stat = (v) => ({ n: v.length, median: median(v), max: Math.max(...v) });
    const figures = {
      units: 10_000,
      manifestBytes: bytes,
      open: stat(samples.open),
      unit: stat(samples.unit),
      next: stat(samples.next),
      previous: stat(samples.previous),
      loadAverage1m: { before: loadBefore, after: os.loadavg()[0] },
      cpus: os.cpus().length,
    };
    const worst = Math.max(figures.open.median, figures.unit.median, figures.next.median, figures.previous.median);
    return {
      figures,
      budget: {
        metric: `each median ≤ ${BUDGET_MS} ms (open the course, open unit 9,990, Next, Previous)`,
        unit: 'ms',
        limit: BUDGET_MS,
        actual: Math.round(worst),
        headroom: Math.round(BUDGET_MS - worst),
        pass: worst <= BUDGET_MS,
      },
    };
  },

  render({ figures: f, budget }) {
    const row = (label, s) => [label, s.n, formatMs(s.median), formatMs(s.max)];
    return [
      `${f.units} units in 100 modules (manifest ${Math.round(f.manifestBytes / 1024)} KiB), warm; click → the frame after it is shown.`,
      renderTable(['action', 'runs', 'median', 'max'], [
        row('open the course (card → outline)', f.open),
        row('open unit 9,990 (link on the course home)', f.unit),
        row('Next (9,990 → 9,991)', f.next),
        row('Previous (9,991 → 9,990)', f.previous),
      ], 'lrrr'),
      `Load average (1 min) ${f.loadAverage1m.before.toFixed(1)} before, ${f.loadAverage1m.after.toFixed(1)} after, on ${f.cpus} CPUs.`,
      `Budget ${budget.pass ? 'PASS' : 'FAIL'}: slowest median ${formatMs(budget.actual)} of ${formatMs(budget.limit)}.`,
    ].join('\n');
  },
};
