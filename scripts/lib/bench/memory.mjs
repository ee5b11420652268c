// Benchmark section "memory": does the player hold on to memory as a learner goes from unit to unit?
//   * In one page of headless Chromium, 200 units are played in a row without reloading: laps over the sample courses,
//     each course forwards with Next and back with Previous, changing course inside the app ('All courses'
//     breadcrumb → course card → first unit in the course outline). Every step waits for the expected
//     [data-testid=unit-view][data-unit-id] (and URL), then for the page to settle (50 ms and an idle callback).
//     The first unit is loaded from its URL; the lap is entered at the point that puts unit 20 and unit 200 on the same
//     unit, so the two measurements see the same screen.
//   * Every 20 units: garbage collection forced twice (CDP HeapProfiler.collectGarbage), then the JS heap in use
//     (CDP Runtime.getHeapUsage usedSize), the wasm linear memory (window.alliancePlayerMemory.buffer.byteLength),
//     the page's elements (document.getElementsByTagName('*')) and the renderer's DOM counters (CDP
//     Memory.getDOMCounters: documents, nodes, JS event listeners).
//   * Budget: JS heap used + wasm memory after 200 units within 10 % of the same after 20 units. Up to 3 runs (each in
//     a new browser context, never more than --runs), only 1 if a run takes over a minute; the median growth counts.
import { formatBytes, formatMs, median, renderTable } from '../format.mjs';
import { goToStep, lap, loadCourses, openStep, settle } from './unit-switch.mjs';

const UNITS = 200;
const BASELINE = 20;
const EVERY = 20;
const GROWTH_BUDGET = 0.10;
const MAX_RUNS = 3;
const ONE_RUN_IS_ENOUGH_MS = 60_000;

// The offset into the lap where unit 1 starts so that units BASELINE and UNITS are the same unit (a reading if possible).
function startOffset(steps) {
  const same = [];
  for (let s = 0; s < steps.length; s++) {
    const a = steps[(s + BASELINE - 1) % steps.length];
    const b = steps[(s + UNITS - 1) % steps.length];
    if (a.course === b.course && a.unit === b.unit) same.push(s);
  }
  return same.find((s) => steps[(s + BASELINE - 1) % steps.length].kind === 'reading') ?? same[0] ?? 0;
}

async function measure(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters').catch(() => null);
  const inPage = await page.evaluate(() => ({
    wasmMemory: window.alliancePlayerMemory?.buffer.byteLength ?? null,
    elements: document.getElementsByTagName('*').length,
  }));
  return {
    jsHeapUsed: heap.usedSize,
    jsHeapTotal: heap.totalSize,
    wasmMemory: inPage.wasmMemory,
    total: heap.usedSize + (inPage.wasmMemory ?? 0),
    elements: inPage.elements,
    documents: counters?.documents ?? null,
    nodes: counters?.nodes ?? null,
    jsEventListeners: counters?.jsEventListeners ?? null,
  };
}

async function oneRun({ browser, base, courses, steps, offset, timeout }) {
  const firstUnitOf = (id) => courses.find((c) => c.id === id).units[0].id;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const started = Date.now();
  const checkpoints = [];
  const stepMs = [];
  try {
    const cdp = await context.newCDPSession(page);
    for (let n = 1; n <= UNITS; n++) {
      const step = steps[(offset + n - 1) % steps.length];
      if (n === 1) {
        await openStep(page, base, step, timeout);
      } else {
        const r = await goToStep(page, step, firstUnitOf, timeout);
        if (step.via !== 'course') stepMs.push(r.paintedMs);
      }
      if (n % EVERY === 0) {
        await settle(page, 300);
        checkpoints.push({ units: n, course: step.course, unit: step.unit, ...(await measure(page, cdp)) });
      } else {
        await settle(page, 50);
      }
    }
  } finally {
    await context.close();
  }
  if (errors.length) throw new Error(`page errors: ${[...new Set(errors)].join('; ')}`);
  const at = (n) => checkpoints.find((c) => c.units === n);
  const a = at(BASELINE);
  const b = at(UNITS);
  const rel = (k) => (a[k] ? b[k] / a[k] - 1 : null);
  return {
    durationMs: Date.now() - started,
    switchMedianMs: median(stepMs),
    checkpoints,
    growth: {
      total: rel('total'), jsHeapUsed: rel('jsHeapUsed'), wasmMemory: rel('wasmMemory'),
      elements: rel('elements'), nodes: rel('nodes'), documents: rel('documents'), jsEventListeners: rel('jsEventListeners'),
    },
  };
}

const pct = (x) => (x === null || x === undefined ? '—' : `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)} %`);

export default {
  name: 'memory',
  title: 'Memory over 200 units',
  needsBrowser: true,

  async run({ dist, options, getServer, getBrowser, log }) {
    const server = await getServer();
    const browser = await getBrowser();
    const courses = loadCourses(dist);
    const steps = lap(courses);
    const offset = startOffset(steps);
    const sameUnit = steps[(offset + BASELINE - 1) % steps.length].unit === steps[(offset + UNITS - 1) % steps.length].unit;
    const runs = [];
    const maxRuns = Math.min(MAX_RUNS, options.runs);
    for (let i = 1; i <= maxRuns; i++) {
      const r = await oneRun({ browser, base: server.url, courses, steps, offset, timeout: options.timeout });
      runs.push({ run: i, ...r });
      log(`  run ${i}: ${UNITS} units in ${formatMs(r.durationMs)}, heap + wasm ${pct(r.growth.total)} from unit ${BASELINE} to ${UNITS}`);
      if (r.durationMs > ONE_RUN_IS_ENOUGH_MS) break;
    }
    const growth = median(runs.map((r) => r.growth.total));
    const notes = [];
    if (runs.some((r) => r.checkpoints.some((c) => c.wasmMemory === null))) notes.push('window.alliancePlayerMemory missing: wasm memory not counted');
    if (!sameUnit) notes.push(`units ${BASELINE} and ${UNITS} are different units (no lap offset puts them on the same one)`);
    return {
      figures: {
        units: UNITS,
        lapUnits: steps.length,
        start: { course: steps[offset].course, unit: steps[offset].unit },
        runs,
        medianGrowth: growth,
      },
      budget: {
        metric: `JS heap used + wasm memory after ${UNITS} units ≤ ${BASELINE} units + ${100 * GROWTH_BUDGET} %`,
        unit: '%',
        limit: 100 * GROWTH_BUDGET,
        actual: Math.round(1000 * growth) / 10,
        headroom: Math.round(1000 * (GROWTH_BUDGET - growth)) / 10,
        pass: growth <= GROWTH_BUDGET,
      },
      ...(notes.length ? { notes } : {}),
    };
  },

  render({ figures: f, budget }) {
    const point = (r, n) => r.checkpoints.find((c) => c.units === n);
    const arrow = (r, k, fmt) => `${fmt(point(r, BASELINE)[k])} → ${fmt(point(r, UNITS)[k])}`;
    const num = (x) => (x === null || x === undefined ? '—' : String(x));
    const out = [
      `${f.units} units in one page (laps of ${f.lapUnits} units: Next through each course, Previous back, next course ` +
        `via the catalogue), from ${f.start.course}/${f.start.unit}; GC forced before each measurement.`,
      renderTable(['run', 'time', 'heap + wasm @20 → @200', 'growth', 'JS heap used', 'wasm memory', 'elements', 'listeners'],
        f.runs.map((r) => [
          `run ${r.run}`, formatMs(r.durationMs), arrow(r, 'total', formatBytes), pct(r.growth.total),
          arrow(r, 'jsHeapUsed', formatBytes), arrow(r, 'wasmMemory', formatBytes), arrow(r, 'elements', num), arrow(r, 'jsEventListeners', num),
        ]), 'lrrrrrrr'),
    ];
    // The checkpoints of the run with the median growth.
    const sorted = [...f.runs].sort((a, b) => a.growth.total - b.growth.total);
    const mid = sorted[Math.floor((sorted.length - 1) / 2)];
    out.push('', `Every ${EVERY} units, run ${mid.run} (switch median ${formatMs(mid.switchMedianMs)}):`,
      renderTable(['units', 'at unit', 'JS heap used', 'JS heap total', 'wasm', 'heap + wasm', 'elements', 'nodes', 'documents', 'listeners'],
        mid.checkpoints.map((c) => [
          c.units, `${c.course}/${c.unit}`, formatBytes(c.jsHeapUsed), formatBytes(c.jsHeapTotal), formatBytes(c.wasmMemory),
          formatBytes(c.total), c.elements, num(c.nodes), num(c.documents), num(c.jsEventListeners),
        ]), 'rlrrrrrrrr'));
    out.push('', `Budget ${budget.pass ? 'PASS' : 'FAIL'}: JS heap + wasm memory after ${UNITS} units ${pct(f.medianGrowth)} ` +
      `of after ${BASELINE} (median of ${f.runs.length} run${f.runs.length === 1 ? '' : 's'}; limit +${budget.limit} %).`);
    return out.join('\n');
  },
};
