// Benchmark section "progress": durable progress in IndexedDB.
//   * Record one completion: a quiz attempt submitted. The click handler scores it and its save starts at once:
//     the learning event is written ahead (the unit and its statement, one IndexedDB transaction that only writes,
//     committed in the click's turn) — the store marks that transaction with the User Timing measure
//     "alliance-player:save" (read here); the merge into the unit's record follows once the result is painted.
//     "Click to stored" is the whole, from the click to the merge's commit announced on the BroadcastChannel
//     "alliance-player-progress".
//     Median and p95 of 20; budget: record median ≤ 5 ms.
//   * Three learners on the device, each with 100,000 unit records across 1,000 courses (each learner's own
//     database). Record one completion is timed as the third learner, after the seeding. Start-up: reload →
//     catalogue shown, then open a course → its outline shown with its stored states. Budget: ≤ 300 ms each. JS heap
//     and wasm memory after.
import { timeQuizSaves, percentile } from './quiz-saves.mjs';
import { formatMs, median, renderTable, formatBytes } from '../format.mjs';

const RECORD_BUDGET_MS = 5;
const STARTUP_BUDGET_MS = 300;
const RUNS = 20;


// The device's learners: the first (its database `alliance-player`) and two more (`alliance-player@<id>`).
const LEARNERS = [
  { id: 'first', name: 'Bench one', database: 'alliance-player' },
  { id: 'l00000000000000b2', name: 'Bench two', database: 'alliance-player@l00000000000000b2' },
  { id: 'l00000000000000b3', name: 'Bench three', database: 'alliance-player@l00000000000000b3' },
];

async function become(page, base, learner, timeout) {
  if (!page.url().startsWith(base)) await page.goto(base, { timeout });
  // The roster, and the active learner's line a page reads at start (the player writes both together).
  await page.evaluate(([all, active, name]) => {
    localStorage.setItem('alliance-player.learners', JSON.stringify({
      v: 1, active, learners: all.map(({ id, name }) => ({ id, name })),
    }));
    localStorage.setItem('alliance-player.learner', `${active}\u001f0\u001f${name}`);
  }, [LEARNERS, learner.id, learner.name]);
  // Opening a course opens (creates, at the current version) the learner's database.
  await page.goto(`${base}course/statistics`, { timeout });
  await page.waitForSelector('[data-testid="unit-link"]', { timeout });
  await page.waitForFunction((name) => indexedDB.databases().then((l) => l.some((d) => d.name === name)),
    learner.database, { timeout });
}

async function recordTimes(page, base, timeout) {
  await page.goto(`${base}course/first-chinese/unit/mandarin-quiz`, { timeout });
  return timeQuizSaves(page, RUNS, timeout);
}

// Fills a learner's database (already opened, so at the current version) with `courses` × `units` records in its
// own format (record schema version 2).
async function seed(page, database, courses, units) {
  return page.evaluate(([name, nc, nu]) => new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['units', 'courses'], 'readwrite');
      const us = tx.objectStore('units');
      const cs = tx.objectStore('courses');
      const now = Date.now();
      for (let c = 0; c < nc; c++) {
        const course = c === 0 ? 'statistics' : `bench-course-${c}`;
        cs.put({ v: 2, course, last_unit: null, last_visit_at: 0 });
        for (let u = 0; u < nu; u++) {
          const unit = c === 0 && u === 0 ? 'mean-median-mode' : `unit-${u}`;
          us.put({ v: 2, id: `${course}\u001f${unit}`, course, unit, state: u % 3 ? 'completed' : 'in-progress',
            position: 0, position_at: 0, watched: [], attempts: 0, best_score: null, last_score: null,
            last_score_at: 0, time_spent_ms: 1000, first_at: now, updated_at: now - u });
        }
      }
      tx.oncomplete = () => { db.close(); resolve(nc * nu); };
      tx.onerror = () => reject(tx.error);
    };
  }), [database, courses, units]);
}

export default {
  name: 'progress',
  title: 'Durable progress (IndexedDB)',
  needsBrowser: true,

  async run({ options, getServer, getBrowser }) {
    const server = await getServer();
    const browser = await getBrowser();
    const timeout = options.timeout;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));

    let stored = 0;
    for (const learner of LEARNERS) {
      await become(page, server.url, learner, timeout);
      stored += await seed(page, learner.database, 1000, 100);
    }
    const record = await recordTimes(page, server.url, timeout);

    // Start-up: a new page of the same browser profile (warm HTTP cache, 100,000 records stored).
    const fresh = await context.newPage();
    fresh.on('pageerror', (e) => errors.push(e.message));
    await fresh.goto(server.url, { timeout });
    await fresh.waitForSelector('[data-testid="catalog"] [data-testid="course-card"]', { timeout });
    const catalogMs = await fresh.evaluate(() => performance.now());
    const outlineMs = await fresh.evaluate(() => new Promise((resolve) => {
      const t0 = performance.now();
      document.querySelector('[data-course-id="statistics"] a').click();
      const done = () => {
        const link = document.querySelector('[data-testid="unit-link"][data-unit-id="mean-median-mode"]');
        if (link && link.dataset.state === 'in-progress') resolve(performance.now() - t0);
        else requestAnimationFrame(done);
      };
      done();
    }));
    const memory = await fresh.evaluate(() => ({
      jsHeapUsed: performance.memory?.usedJSHeapSize ?? null,
      wasmMemory: window.alliancePlayerMemory?.buffer.byteLength ?? null,
    }));
    await context.close();
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

    const recordMs = record.map((r) => r.record);
    const totalMs = record.map((r) => r.total);
    const recordMedian = median(recordMs);
    const pass = recordMedian <= RECORD_BUDGET_MS && catalogMs <= STARTUP_BUDGET_MS && outlineMs <= STARTUP_BUDGET_MS;
    return {
      figures: {
        recordCompletionMs: { runs: recordMs, median: recordMedian, p95: percentile(recordMs, 95) },
        clickToStoredMs: { runs: totalMs, median: median(totalMs), p95: percentile(totalMs, 95) },
        storedRecords: stored,
        startupMs: { catalogue: catalogMs, courseOutline: outlineMs },
        memory,
      },
      budget: {
        metric: `record one completion median ≤ ${RECORD_BUDGET_MS} ms; catalogue and outline ≤ ${STARTUP_BUDGET_MS} ms; three learners with 100,000 records each`,
        unit: 'ms',
        limit: RECORD_BUDGET_MS,
        actual: recordMedian,
        headroom: RECORD_BUDGET_MS - recordMedian,
        pass,
      },
    };
  },

  render({ figures: f, budget }) {
    return [
      renderTable(['figure', 'value'], [
        [`record one completion (IndexedDB transaction), median of ${f.recordCompletionMs.runs.length}`, formatMs(f.recordCompletionMs.median)],
        ['record one completion, p95', formatMs(f.recordCompletionMs.p95)],
        ['click to stored (with scoring and re-render), median', formatMs(f.clickToStoredMs.median)],
        ['click to stored, p95', formatMs(f.clickToStoredMs.p95)],
        [`catalogue shown, ${f.storedRecords.toLocaleString('en')} records stored (3 learners)`, formatMs(f.startupMs.catalogue)],
        ['course outline shown with its states', formatMs(f.startupMs.courseOutline)],
        ['JS heap used', f.memory.jsHeapUsed === null ? 'n/a' : formatBytes(f.memory.jsHeapUsed)],
        ['wasm memory', f.memory.wasmMemory === null ? 'n/a' : formatBytes(f.memory.wasmMemory)],
      ], ['left', 'right']),
      '',
      `Budget ${budget.pass ? 'PASS' : 'FAIL'}: ${budget.metric}.`,
    ].join('\n');
  },
};
