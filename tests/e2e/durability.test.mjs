// What the learner was shown as done is never lost. A reading is scrolled to its "Mark as done" button (the scroll
// starts a reading-position save), pressed, and the very moment the outline shows the unit completed the page is
// left for another one (from the page itself) — 50 times, while every core of the machine is kept busy. After each, the stored record (read from
// IndexedDB by the page, not the page's memory) holds the completion, and the outbox holds its statement for the
// LRS (connected from the settings screen; its proxy answers 503, so statements stay queued where they can be
// counted). The same for quiz attempts: submitted, the result shown, the page left at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import os from 'node:os';
import { launch, Player, closeAll } from './harness.mjs';
import { startLrs, startProxy } from './lrs.mjs';
import { onExit } from '../../scripts/lib/lrs.mjs';

const RUNS = Number(process.env.DURABILITY_RUNS || 50);
const QUIZ_RUNS = Number(process.env.DURABILITY_QUIZ_RUNS || 15);
const COURSE_IRI = 'https://courses.alliance-player.org';
// The LRS is unreachable for statements (503), and keeps no State documents (404): Chromium logs both.
const NOISE = [/Failed to load resource/, /status of 50[03]/, /status of 404/, /activities\/state.*blocked by CORS policy/, /net::ERR_/];

let env;
let lrs;
let proxy;
const stopBusy = [];
before(async () => {
  env = await launch();
  lrs = await startLrs();
  proxy = await startProxy(lrs.base);
  proxy.always({ status: 503, retryAfter: 3600 });
});
after(() => closeAll([...stopBusy, () => proxy?.close(), () => lrs?.close(), () => env?.close()]));

/** Keeps every core busy (one spinning process each) until the end of the file, however it ends. */
function loadEveryCore() {
  for (let i = 0; i < os.availableParallelism(); i++) {
    const child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
    stopBusy.push(onExit(() => child.kill('SIGKILL')));
  }
}

/** A page connected to the LRS (through the failing proxy) from the settings screen. */
async function connectedPage() {
  const opened = await env.page({ allow: NOISE });
  const { page } = opened;
  const p = new Player(page, env.base);
  await p.open('/settings');
  await page.locator('#lrs-endpoint').fill(proxy.base);
  await page.locator('#lrs-key').fill('alliance-key');
  await page.locator('#lrs-secret').fill('alliance-secret');
  await page.locator('#lrs-name').fill('Durable Learner');
  await page.locator('#lrs-email').fill('durable@example.org');
  await page.getByTestId('lrs-connect').click();
  await page.getByTestId('lrs-connected').waitFor();
  return { ...opened, p };
}

/** Forgets the stored records of one unit (from the page's own connection), so it can be completed again. */
async function forget(page, course, unit) {
  await page.evaluate(([c, u]) => new Promise((resolve, reject) => {
    const open = indexedDB.open('alliance-player');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('units', 'readwrite');
      const store = tx.objectStore('units');
      const all = store.index('course').getAll(c);
      all.onsuccess = () => { for (const r of all.result) if (r.unit === u) store.delete(r.id); };
      tx.oncomplete = () => {
        db.close();
        // And any write-ahead of it still waiting in localStorage for the next connection.
        for (const k of Object.keys(localStorage).filter((k) => k.startsWith('alliance-player.journal.'))) {
          if (JSON.parse(localStorage.getItem(k)).units.some((r) => r.course === c && r.unit === u)) localStorage.removeItem(k);
        }
        resolve();
      };
      tx.onerror = () => { db.close(); reject(tx.error); };
    };
  }), [course, unit]);
}

const statementsFor = (outbox, course, unit) => outbox.filter((s) => s.object.id === `${COURSE_IRI}/${course}/units/${unit}`);

/**
 * In the page: does what the learner does (`act`: 'reading' or 'quiz'), and leaves for the settings page the moment
 * `shown` (a selector) matches — the moment the learner sees the result. Playwright would answer later than that,
 * so all of it happens in the page.
 */
async function actAndLeave(page, act, shown) {
  await page.evaluate(([what, selector]) => new Promise((resolve) => {
    const leave = () => { location.assign('/settings'); resolve(); };
    const watch = new MutationObserver(() => {
      if (document.querySelector(selector)) { watch.disconnect(); leave(); }
    });
    watch.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-passed'] });
    if (what === 'reading') {
      // The learner scrolls down to the button: the scroll event comes with the next frame and starts a
      // reading-position save. They press the button then (reaching the end of the text may complete the reading
      // first; the button is then already pressed for them).
      const button = document.querySelector('[data-testid=mark-done]');
      button.scrollIntoView({ block: 'center' });
      requestAnimationFrame(() => setTimeout(() => button.click()));
    } else {
      document.querySelector('[data-testid=quiz-submit]').click(); // nothing answered: a failed attempt
    }
  }), [act, shown]).catch((e) => {
    // The page navigated away while the answer was on its way: expected.
    if (!/context was destroyed|navigat|Target closed/i.test(e.message)) throw e;
  });
  await page.waitForURL(/\/settings$/);
  await page.getByTestId('lrs-connected').waitFor();
}

test(`a reading completed and left at once, ${RUNS} times under CPU load: every completion and its statement are stored`, { timeout: 600_000 }, async () => {
  const { page, context, errors, p } = await connectedPage();
  loadEveryCore();
  const lost = [];
  for (let run = 1; run <= RUNS; run++) {
    await p.open('/course/open-education/unit/cc-licences');
    await p.waitUnit('cc-licences');
    // Scrolled to the button, pressed, left the moment the outline shows the reading done.
    await actAndLeave(page, 'reading', '[data-testid=unit-link][data-unit-id="cc-licences"][data-state=completed]');
    // The player merges every record of a unit (its own, and a learning event's written ahead).
    const { records, outbox } = await p.stored('open-education', 'cc-licences');
    const completed = records.some((r) => r.state === 'completed');
    const queued = statementsFor(outbox, 'open-education', 'cc-licences').length;
    if (!completed || queued !== run - lost.length) {
      lost.push({ run, states: records.map((r) => r.state), queued });
    }
    await forget(page, 'open-education', 'cc-licences');
  }
  assert.deepEqual(lost, [], `completions lost in ${lost.length} of ${RUNS} runs`);
  assert.deepEqual(errors, []);
  await context.close();
});

test(`a quiz submitted and left at once, ${QUIZ_RUNS} times under CPU load: every attempt and its statement are stored`, { timeout: 600_000 }, async () => {
  const { page, context, errors, p } = await connectedPage();
  loadEveryCore();
  const lost = [];
  for (let run = 1; run <= QUIZ_RUNS; run++) {
    await p.open('/course/first-chinese/unit/mandarin-quiz');
    await p.waitUnit('mandarin-quiz');
    // Submitted with nothing answered (a failed attempt), left the moment the result shows.
    await actAndLeave(page, 'quiz', '[data-testid=quiz-result][data-passed=false]');
    const { records, outbox } = await p.stored('first-chinese', 'mandarin-quiz');
    const attempts = Math.max(0, ...records.map((r) => r.attempts));
    const queued = statementsFor(outbox, 'first-chinese', 'mandarin-quiz').length;
    // Attempts only grow: each run adds one (and one statement), unless it was lost.
    const expected = run - lost.length;
    if (attempts !== expected || queued !== expected) {
      lost.push({ run, attempts, queued });
    }
  }
  assert.deepEqual(lost, [], `attempts lost in ${lost.length} of ${QUIZ_RUNS} runs`);
  assert.deepEqual(errors, []);
  await context.close();
});
