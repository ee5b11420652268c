// Benchmark section "xapi": statements to a real LRS (npm xapi-statements on 127.0.0.1, in memory).
//   * Unit completed → its statement in the outbox: a quiz attempt submitted with an LRS connected; the statement is
//     written in the same IndexedDB transaction as the progress (User Timing measure "alliance-player:save"), and
//     "click to stored" runs from the click to that commit. Median and p95 of 20 (the LRS is kept unreachable
//     meanwhile so the outbox only fills).
//   * 10,000 queued statements delivered: the outbox is filled with 10,000 statements, the player is opened, and the
//     time runs until its sync status says none is waiting; then the LRS must hold all 10,000. Budget: ≤ 10 s.
import { timeQuizSaves, percentile } from './quiz-saves.mjs';
import { formatMs, median, renderTable } from '../format.mjs';
import { startLrs, AUTH } from '../lrs.mjs';

const DELIVERY_BUDGET_MS = 10_000;
const QUEUED = 10_000;
const RUNS = 20;


function config(endpoint, mbox) {
  return JSON.stringify({ endpoint, authorization: AUTH,
    learner: { actor: { objectType: 'Agent', name: 'Bench', mbox }, registration: null } });
}

async function completionToOutbox(page, base, timeout) {
  // An address where no LRS listens: statements stay in the outbox.
  await page.goto(`${base}course/first-chinese`, { timeout });
  await page.evaluate((c) => localStorage.setItem('alliance-player.lrs', c), config('http://127.0.0.1:9/xAPI', 'mailto:bench-record@example.org'));
  await page.goto(`${base}course/first-chinese/unit/mandarin-quiz`, { timeout });
  const times = await timeQuizSaves(page, RUNS, timeout);
  const queued = await page.getByTestId('sync-status').getAttribute('data-pending');
  if (Number(queued) < RUNS) throw new Error(`expected at least ${RUNS} statements in the outbox, the status says ${queued}`);
  return times;
}

// Fills the outbox (database already created by the app) with `n` statements of the player's shape, made for the
// LRS at `endpoint`.
async function seedOutbox(page, n, mbox, endpoint) {
  return page.evaluate(([count, who, lrs]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('alliance-player');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['outbox'], 'readwrite');
      const outbox = tx.objectStore('outbox');
      const t = Date.now() - count;
      for (let i = 0; i < count; i++) {
        const id = crypto.randomUUID();
        outbox.put({ v: 1, id, queued_at: t + i, endpoint: lrs.replace(/\/+$/, ''), message: null, statement: {
          id, actor: { objectType: 'Agent', name: 'Bench', mbox: who },
          verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
          object: { objectType: 'Activity', id: `https://courses.alliance-player.org/bench/units/u${i}`,
            definition: { name: { en: `Unit ${i}` }, type: 'http://adlnet.gov/expapi/activities/lesson' } },
          result: { completion: true, duration: 'PT1M' },
          context: { language: 'en', platform: 'Alliance Player' },
          timestamp: new Date(t + i).toISOString() } });
      }
      tx.oncomplete = () => { db.close(); resolve(count); };
      tx.onerror = () => reject(tx.error);
    };
  }), [n, mbox, endpoint]);
}

export default {
  name: 'xapi',
  title: 'Statements to a real LRS (xAPI)',
  needsBrowser: true,

  async run({ options, getServer, getBrowser }) {
    const server = await getServer();
    const browser = await getBrowser();
    const timeout = options.timeout;
    const lrs = await startLrs();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const record = await completionToOutbox(page, server.url, timeout);
      await context.close();

      // A fresh profile: 10,000 statements queued, then the player is opened with the LRS reachable.
      const ctx2 = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const p2 = await ctx2.newPage();
      p2.on('pageerror', (e) => errors.push(e.message));
      const mbox = 'mailto:bench-delivery@example.org';
      await p2.goto(`${server.url}course/first-chinese`, { timeout });
      await p2.waitForSelector('[data-testid="course-outline"]', { timeout });
      await p2.evaluate(() => localStorage.removeItem('alliance-player.lrs'));
      await seedOutbox(p2, QUEUED, mbox, lrs.base);
      await p2.evaluate((c) => localStorage.setItem('alliance-player.lrs', c), config(lrs.base, mbox));
      await p2.reload({ timeout });
      await p2.waitForSelector(`[data-testid="sync-status"][data-pending="${QUEUED}"], [data-testid="sync-status"][data-state="ok"]`, { timeout });
      const t0 = Date.now();
      await p2.waitForSelector('[data-testid="sync-status"][data-state="ok"][data-pending="0"]', { timeout: 120_000 });
      const deliveryMs = Date.now() - t0;
      await ctx2.close();
      const held = (await lrs.statements()).filter((s) => s.actor.mbox === mbox);
      if (held.length !== QUEUED) throw new Error(`the LRS holds ${held.length} of ${QUEUED} statements`);
      if (new Set(held.map((s) => s.id)).size !== QUEUED) throw new Error('the LRS holds a statement twice');
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

      const recordMs = record.map((r) => r.record);
      const totalMs = record.map((r) => r.total);
      return {
        figures: {
          toOutboxMs: { runs: recordMs, median: median(recordMs), p95: percentile(recordMs, 95) },
          clickToOutboxMs: { runs: totalMs, median: median(totalMs), p95: percentile(totalMs, 95) },
          delivered: held.length,
          deliveryMs,
          statementsPerSecond: Math.round(QUEUED / (deliveryMs / 1000)),
        },
        budget: {
          metric: `${QUEUED.toLocaleString('en')} queued statements delivered to the local LRS ≤ ${DELIVERY_BUDGET_MS / 1000} s`,
          unit: 'ms',
          limit: DELIVERY_BUDGET_MS,
          actual: deliveryMs,
          headroom: DELIVERY_BUDGET_MS - deliveryMs,
          pass: deliveryMs <= DELIVERY_BUDGET_MS,
        },
      };
    } finally {
      lrs.close();
    }
  },

  render({ figures: f, budget }) {
    return [
      renderTable(['figure', 'value'], [
        [`completion → statement in the outbox (one transaction), median of ${f.toOutboxMs.runs.length}`, formatMs(f.toOutboxMs.median)],
        ['completion → statement in the outbox, p95', formatMs(f.toOutboxMs.p95)],
        ['click → stored with its statement, median', formatMs(f.clickToOutboxMs.median)],
        ['click → stored with its statement, p95', formatMs(f.clickToOutboxMs.p95)],
        [`${f.delivered.toLocaleString('en')} queued statements delivered`, formatMs(f.deliveryMs)],
        ['delivery rate', `${f.statementsPerSecond.toLocaleString('en')} statements/s`],
      ], ['left', 'right']),
      '',
      `Budget ${budget.pass ? 'PASS' : 'FAIL'}: ${budget.metric}.`,
    ].join('\n');
  },
};
