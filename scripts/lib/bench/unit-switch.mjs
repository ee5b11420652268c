// Benchmark section "unitSwitch": how fast the player moves from one unit to the next once everything is cached.
//   * Warm: one page of headless Chromium opens the sample courses and walks every unit of each once (Next to the
//     end, Previous back to the start), untimed, so the app's chunks, the course manifests and the HTTP cache are warm.
//     Courses are changed inside the app ('All courses' breadcrumb → course card → first unit in the outline), never
//     by reloading, so the wasm keeps what it has cached.
//   * Timed: the same walk again, course after course, until at least max(40, 10 × --runs) switches are recorded.
//     Each switch is measured in the page with performance.now(): t0 just before `link.click()` on
//     [data-testid=next-unit] or [data-testid=prev-unit]; "rendered" = a MutationObserver sees the
//     [data-testid=unit-view][data-unit-id=<expected id>] in the DOM (and the URL is the unit's); "painted" = the end
//     of the next rendering update after that (requestAnimationFrame, then a MessageChannel task), as coldLoad does.
//     Before each click the page is left to settle (150 ms, then an idle callback) so that the previous unit's
//     background work (progress save, screen-reader announcement) does not land in the next sample.
//   * Reported: median, p95, min and max of "painted" (and "rendered"), medians by the kind of unit arrived at and by
//     direction. Budget: painted p95 ≤ 50 ms.
//   * To explain slow switches: the Long Animation Frame entries (frames over 50 ms, with the script time and forced
//     style/layout in them) that overlap each switch; and the machine's 1-minute load average before and after, since
//     other work on the machine (a build) inflates these times.
// The helpers below (course plan, timed click, in-app course change, settle) are shared with the "memory" section.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatMs, median, renderTable } from '../format.mjs';

const SWITCH_P95_BUDGET_MS = 50;
const MIN_SAMPLES = 40;

// Runs in the page before its scripts: keeps the Long Animation Frame entries (frames over 50 ms, with the scripts
// that ran in them) so that slow switches can be told apart: a long frame (work in the page) or waiting.
function installLongFrameLog() {
  window.__benchLongFrames = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__benchLongFrames.push({
          start: e.startTime, duration: e.duration,
          scriptMs: e.scripts.reduce((n, x) => n + x.duration, 0),
          forcedLayoutMs: e.scripts.reduce((n, x) => n + x.forcedStyleAndLayoutDuration, 0),
          renderMs: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch { window.__benchLongFrames = null; }
}

export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** The sample courses of the build, in catalogue order: [{id, units: [{id, kind}]}]. */
export function loadCourses(dist) {
  const root = path.join(dist, 'courses');
  const catalog = JSON.parse(fs.readFileSync(path.join(root, 'catalog.json'), 'utf8'));
  return catalog.courses.map((c) => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, c.manifest ?? `${c.id}/course.json`), 'utf8'));
    const units = manifest.modules.flatMap((m) => m.units.map((u) => ({ id: u.id, kind: u.kind })));
    return { id: c.id, units };
  }).filter((c) => c.units.length > 0);
}

/**
 * One lap over all courses: for each, its units forwards (Next), then backwards (Previous) to its first unit; then
 * the next course, entered at its first unit. Each entry is a unit arrived at: {course, index, unit, kind, via}
 * where via is how it is reached from the entry before ('next', 'prev' or 'course').
 */
export function lap(courses) {
  const steps = [];
  for (const c of courses) {
    const order = [...c.units.keys(), ...[...c.units.keys()].reverse().slice(1)];
    order.forEach((index, i) => {
      const via = i === 0 ? 'course' : index > order[i - 1] ? 'next' : 'prev';
      steps.push({ course: c.id, index, unit: c.units[index].id, kind: c.units[index].kind, via });
    });
  }
  return steps;
}

// Runs in the page: clicks the link, resolves with the time to the unit being in the DOM and to the frame after.
function clickAndTime([selector, course, unit, timeout]) {
  return new Promise((resolve, reject) => {
    const link = document.querySelector(selector);
    if (!link) { reject(new Error(`no ${selector} on ${location.pathname}`)); return; }
    const wantPath = `/course/${course}/unit/${unit}`;
    const linkPath = decodeURIComponent(new URL(link.href, location.href).pathname);
    if (linkPath !== wantPath) { reject(new Error(`${selector} on ${location.pathname} goes to ${linkPath}, expected ${wantPath}`)); return; }
    const want = `[data-testid="unit-view"][data-unit-id="${CSS.escape(unit)}"]`;
    let renderedAt;
    let t0;
    const check = () => {
      if (renderedAt !== undefined) return;
      const view = document.querySelector(want);
      if (!view || decodeURIComponent(location.pathname) !== wantPath) return;
      renderedAt = performance.now();
      mo.disconnect();
      clearTimeout(timer);
      const kind = view.dataset.unitKind ?? null;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ t0, renderedMs: renderedAt - t0, paintedMs: performance.now() - t0, kind });
        channel.port2.postMessage(null);
      });
    };
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    const timer = setTimeout(() => {
      mo.disconnect();
      reject(new Error(`${want} not shown within ${timeout} ms of clicking ${selector} on ${location.pathname}`));
    }, timeout);
    t0 = performance.now();
    link.click();
    check();
  });
}

/** Clicks `selector` (a link to course/unit) and times it; see clickAndTime. */
export function timedClick(page, selector, course, unit, timeout) {
  return page.evaluate(clickAndTime, [selector, course, unit, timeout]);
}

/** Lets the page finish what the last step started: `ms` of wall time, then an idle callback (at most 1 s). */
export function settle(page, ms) {
  return page.evaluate((wait) => new Promise((resolve) => {
    setTimeout(() => requestIdleCallback(() => resolve(), { timeout: 1000 }), wait);
  }), ms);
}

const q = (s) => JSON.stringify(s);

/** Arrives at `step` (an entry of lap()) from the entry before it, inside the app; returns the timed click. */
export async function goToStep(page, step, firstUnitOf, timeout) {
  if (step.via === 'next') return timedClick(page, '[data-testid="next-unit"]', step.course, step.unit, timeout);
  if (step.via === 'prev') return timedClick(page, '[data-testid="prev-unit"]', step.course, step.unit, timeout);
  // Another course: 'All courses' breadcrumb → the course's card → its first unit in the outline. Locators only:
  // an ElementHandle (as page.waitForSelector returns) would keep the page it points into alive after it is left.
  await page.locator('.breadcrumb a').first().click({ timeout });
  const card = page.locator(`[data-testid="course-card"][data-course-id=${q(step.course)}] a`).first();
  await card.click({ timeout });
  await page.locator(`.course-title a[href=${q(`/course/${step.course}`)}]`).waitFor({ state: 'attached', timeout });
  const link = `[data-testid="unit-link"][data-unit-id=${q(firstUnitOf(step.course))}]`;
  await page.locator(link).waitFor({ state: 'attached', timeout });
  return timedClick(page, link, step.course, step.unit, timeout);
}

/** Opens `step`'s unit by loading its URL (the start of a walk). */
export async function openStep(page, base, step, timeout) {
  await page.goto(`${base}course/${step.course}/unit/${step.unit}`, { timeout });
  await page.locator(`[data-testid="unit-view"][data-unit-id=${q(step.unit)}]`).waitFor({ state: 'attached', timeout });
}

function summary(values) {
  return { n: values.length, median: median(values), p95: percentile(values, 95), min: Math.min(...values), max: Math.max(...values) };
}

function groupMedians(samples, key) {
  const groups = {};
  for (const s of samples) (groups[s[key]] ??= []).push(s.paintedMs);
  return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, { n: v.length, median: median(v), max: Math.max(...v) }]));
}

export default {
  name: 'unitSwitch',
  title: 'Unit switch',
  needsBrowser: true,

  async run({ dist, options, getServer, getBrowser, log }) {
    const server = await getServer();
    const browser = await getBrowser();
    const timeout = options.timeout;
    const courses = loadCourses(dist);
    const firstUnitOf = (id) => courses.find((c) => c.id === id).units[0].id;
    const steps = lap(courses);
    const target = Math.max(MIN_SAMPLES, 10 * options.runs);
    if (!steps.some((s) => s.via !== 'course')) throw new Error('no course with two units or more to switch between');

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(installLongFrameLog);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const samples = [];
    const loadBefore = os.loadavg()[0];
    try {
      // Warm-up lap, untimed (the first unit is loaded from its URL).
      await openStep(page, server.url, steps[0], timeout);
      for (const step of steps.slice(1)) {
        await settle(page, 50);
        await goToStep(page, step, firstUnitOf, timeout);
      }
      // Timed laps: Next and Previous only (course changes are not counted).
      log(`  warm-up lap done (${steps.length} units in ${courses.length} courses); timing ≥ ${target} switches …`);
      let prev = steps[steps.length - 1];
      for (let i = 0; samples.length < target || steps[i % steps.length].via !== 'course'; i++) {
        const step = steps[i % steps.length];
        await settle(page, 150);
        await page.evaluate(() => window.__benchLongFrames?.splice(0));
        const r = await goToStep(page, step, firstUnitOf, timeout);
        if (step.via !== 'course') {
          if (r.kind !== step.kind) throw new Error(`${step.course}/${step.unit}: unit-view kind ${r.kind}, manifest says ${step.kind}`);
          // Long frames that overlap the switch (entries arrive after their frame: wait a little).
          await settle(page, 50);
          const frames = (await page.evaluate(() => window.__benchLongFrames?.splice(0) ?? null))
            ?.filter((e) => e.start <= r.t0 + r.paintedMs && e.start + e.duration >= r.t0) ?? null;
          samples.push({ course: step.course, from: prev.unit, to: step.unit, kind: step.kind, direction: step.via,
            renderedMs: round1(r.renderedMs), paintedMs: round1(r.paintedMs),
            longFrame: frames && frames.length ? {
              ms: round1(Math.max(...frames.map((e) => e.duration))),
              scriptMs: round1(frames.reduce((n, e) => n + e.scriptMs, 0)),
              forcedLayoutMs: round1(frames.reduce((n, e) => n + e.forcedLayoutMs, 0)),
              renderMs: round1(frames.reduce((n, e) => n + e.renderMs, 0)),
            } : null });
        }
        prev = step;
      }
    } finally {
      await context.close();
    }
    if (errors.length) throw new Error(`page errors: ${[...new Set(errors)].join('; ')}`);

    const painted = summary(samples.map((s) => s.paintedMs));
    const rendered = summary(samples.map((s) => s.renderedMs));
    const over = samples.filter((s) => s.paintedMs > SWITCH_P95_BUDGET_MS);
    const withLong = samples.filter((s) => s.longFrame);
    return {
      figures: {
        cpus: os.cpus().length,
        loadAverage1m: { before: round1(loadBefore), after: round1(os.loadavg()[0]) },
        courses: courses.map((c) => ({ id: c.id, units: c.units.length })),
        painted,
        rendered,
        byKind: groupMedians(samples, 'kind'),
        byDirection: groupMedians(samples, 'direction'),
        slowest: [...samples].sort((a, b) => b.paintedMs - a.paintedMs).slice(0, 5),
        longFrames: {
          switches: withLong.length,
          overBudget: over.length,
          overBudgetWithLongFrame: over.filter((s) => s.longFrame).length,
          medianScriptMs: median(withLong.map((s) => s.longFrame.scriptMs)),
          medianForcedLayoutMs: median(withLong.map((s) => s.longFrame.forcedLayoutMs)),
          medianRenderMs: median(withLong.map((s) => s.longFrame.renderMs)),
        },
        samples,
      },
      budget: {
        metric: `Unit switch p95 ≤ ${SWITCH_P95_BUDGET_MS} ms warm (Kolibri's best warm resource: 184 ms)`,
        unit: 'ms',
        limit: SWITCH_P95_BUDGET_MS,
        actual: painted.p95,
        headroom: SWITCH_P95_BUDGET_MS - painted.p95,
        pass: painted.p95 <= SWITCH_P95_BUDGET_MS,
      },
    };
  },

  render({ figures: f, budget }) {
    const row = (label, s) => [label, s.n, formatMs(s.median), formatMs(s.p95), formatMs(s.min), formatMs(s.max)];
    const out = [
      `Warm, in one page: ${f.courses.map((c) => `${c.id} (${c.units} units)`).join(', ')}; click on Next/Previous → unit shown.`,
      renderTable(['click → unit', 'switches', 'median', 'p95', 'min', 'max'], [
        row('painted (frame after the unit is in the DOM)', f.painted),
        row('in the DOM', f.rendered),
      ], 'lrrrrr'),
      '',
      renderTable(['painted, by unit arrived at', 'switches', 'median', 'max'], [
        ...Object.entries(f.byKind).sort(([a], [b]) => a.localeCompare(b)).map(([k, s]) => [k, s.n, formatMs(s.median), formatMs(s.max)]),
        null,
        ...Object.entries(f.byDirection).map(([k, s]) => [k === 'next' ? 'Next' : 'Previous', s.n, formatMs(s.median), formatMs(s.max)]),
      ], 'lrrr'),
      '',
      'Slowest switches: ' + f.slowest.map((s) => `${s.course}/${s.from} → ${s.to} ${formatMs(s.paintedMs)}`).join(', '),
      `${f.longFrames.overBudget} of ${f.painted.n} switches over ${formatMs(SWITCH_P95_BUDGET_MS)}, ${f.longFrames.overBudgetWithLongFrame} of them with ` +
        `a long animation frame (> 50 ms); ${f.longFrames.switches} switches had one: median ${formatMs(f.longFrames.medianScriptMs)} of script, ` +
        `of which ${formatMs(f.longFrames.medianForcedLayoutMs)} forced style/layout, then ${formatMs(f.longFrames.medianRenderMs)} rendering.`,
      `Load average (1 min) ${f.loadAverage1m.before} before, ${f.loadAverage1m.after} after, on ${f.cpus} CPUs` +
        `${Math.max(f.loadAverage1m.before, f.loadAverage1m.after) > f.cpus ? ' — the machine was busy: times are inflated' : ''}.`,
      '',
      `Budget ${budget.pass ? 'PASS' : 'FAIL'}: unit switch p95 ${formatMs(budget.actual)} of ${formatMs(budget.limit)} (warm; Kolibri's best warm resource: 184 ms).`,
    ];
    return out.join('\n');
  },
};

function round1(ms) {
  return Math.round(ms * 10) / 10;
}
