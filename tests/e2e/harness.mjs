// End-to-end harness: the real built app (dist/) served over HTTP by scripts/serve.mjs, driven in Debian's
// Chromium by Playwright. Every page fails its test on a console error or an uncaught exception.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { startServer } from '../../scripts/serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// The build under test: dist/, or another build folder named by ALLIANCE_DIST (to compare two builds).
export const DIST = process.env.ALLIANCE_DIST ? path.resolve(process.env.ALLIANCE_DIST) : path.join(root, 'dist');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

/**
 * Starts the server and the browser once per test file; returns helpers and a `close()`.
 * `root` serves another build folder; `log(line)` sees every request; `delay(path)` slows a file (ms).
 * `stopServer()` takes the origin down (the learner's network is gone) and `startServer()` brings it back on the
 * same port. `close()` closes every context, the browser and the server, each even if another fails, and never
 * waits long on one: a test file that failed still exits.
 */
export async function launch({ proxy = null, root = DIST, log = false, delay = null } = {}) {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run \`make build\` first`);
  }
  const serve = (port) => startServer({ root, port, host: '127.0.0.1', proxy, log, delay });
  let server = await serve(0);
  const port = server.port;
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
  } catch (e) {
    await server.close();
    throw e;
  }
  const base = server.url.replace(/\/$/, '');
  return {
    base,
    browser,
    /** A fresh context and page; `errors` collects console errors (with where they were logged) and page errors. */
    async page({ allow = [], locale = 'en-US' } = {}) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
      const page = await context.newPage();
      const errors = [];
      const allowed = (text) => allow.some((re) => re.test(text));
      page.on('console', (m) => { if (m.type() === 'error' && !allowed(m.text())) errors.push(`${m.text()} (at ${m.location().url}:${m.location().lineNumber})`); });
      page.on('pageerror', (e) => { if (!allowed(e.message)) errors.push(e.message); });
      return { page, context, errors };
    },
    async stopServer() { await server.close(); },
    async startServer() { server = await serve(port); },
    async close() {
      await closeAll([
        ...browser.contexts().map((c) => () => c.close()),
        () => browser.close(),
        // A browser that did not close in time is killed.
        () => { browser.process?.()?.kill('SIGKILL'); },
        () => server.close(),
      ]);
    },
  };
}

/** Runs every closer (in order), each bounded to `ms`, whatever the others do; throws the first error after all. */
export async function closeAll(closers, ms = 10_000) {
  let first = null;
  for (const close of closers) {
    let timer;
    try {
      await Promise.race([
        Promise.resolve().then(close),
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`closing took over ${ms} ms`)), ms); }),
      ]);
    } catch (e) {
      first ??= e;
    } finally {
      clearTimeout(timer);
    }
  }
  if (first) throw first;
}

/**
 * Pages served from other origins (other ports on 127.0.0.1), such as a university's page embedding the player:
 * `serve({name: html})` returns the new origin; `close()` stops them all and removes their files.
 */
export function otherOrigins() {
  const servers = [];
  const dirs = [];
  return {
    async serve(files) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-host-'));
      dirs.push(dir);
      for (const [name, html] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), html);
      const server = await startServer({ root: dir, port: 0, host: '127.0.0.1', playerPages: false });
      servers.push(server);
      return server.url.replace(/\/$/, '');
    },
    async close() {
      await closeAll([
        ...servers.map((s) => () => s.close()),
        ...dirs.map((d) => () => fs.rmSync(d, { recursive: true, force: true })),
      ]);
    },
  };
}

/** Page object of the player, named after what the learner sees. */
export class Player {
  constructor(page, base) {
    this.page = page;
    this.base = base;
  }
  async open(p = '/') {
    await this.page.goto(this.base + p);
  }
  catalog() { return this.page.getByTestId('catalog'); }
  cards() { return this.page.getByTestId('course-card'); }
  card(id) { return this.page.locator(`[data-testid=course-card][data-course-id="${id}"]`); }
  outline() { return this.page.getByTestId('course-outline'); }
  unitLink(id) { return this.page.locator(`[data-testid=unit-link][data-unit-id="${id}"]`); }
  unitView() { return this.page.getByTestId('unit-view'); }
  async unitState(id) { return this.unitLink(id).getAttribute('data-state'); }
  async waitUnitState(id, state, timeout = 60_000) {
    await this.page.locator(`[data-testid=unit-link][data-unit-id="${id}"][data-state="${state}"]`).waitFor({ timeout });
  }
  async waitUnit(id) {
    await this.page.locator(`[data-testid=unit-view][data-unit-id="${id}"]`).waitFor();
  }
  async next() { await this.page.getByTestId('next-unit').click(); }
  /** What IndexedDB holds now (read by the page, in its own connection): every record of `unit` in `course` (its
   * own record and any journal record of a learning event not merged into it yet: the player merges them all) and
   * the statements waiting in the outbox. The page must show the player's origin. `owner` names another learner's
   * record (`domain::learner::owner`: database `alliance-player@<owner>`, journal `alliance-player.journal@<owner>.`);
   * without it, the device's first learner's. */
  async stored(course, unit, owner = null) {
    return this.page.evaluate(([c, u, o]) => new Promise((resolve, reject) => {
      const mine = o && o !== 'first';
      const open = indexedDB.open(mine ? `alliance-player@${o}` : 'alliance-player');
      const prefix = mine ? `alliance-player.journal@${o}.` : 'alliance-player.journal.';
      open.onerror = () => reject(open.error);
      open.onupgradeneeded = () => { open.transaction.abort(); resolve({ records: [], outbox: [] }); };
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction(['units', 'outbox'], 'readonly');
        const units = tx.objectStore('units').index('course').getAll(c);
        const outbox = tx.objectStore('outbox').getAll();
        tx.oncomplete = () => {
          db.close();
          // Write-aheads kept in localStorage until the next connection replays them into IndexedDB are stored too.
          const journal = Object.keys(localStorage)
            .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.'))
            .map((k) => JSON.parse(localStorage.getItem(k)));
          const records = [...units.result, ...journal.flatMap((j) => j.units).filter((r) => r.course === c)];
          const queued = new Map(outbox.result.map((q) => [q.id, q.statement]));
          for (const q of journal.flatMap((j) => j.queued)) queued.set(q.id, q.statement);
          resolve({ records: records.filter((r) => r.unit === u), outbox: [...queued.values()] });
        };
        tx.onerror = () => { db.close(); reject(tx.error); };
      };
    }), [course, unit, owner]);
  }
  /** Waits until the store holds `unit` of `course` in `state` (the stored records, not the page's memory). */
  async waitStored(course, unit, state, timeout = 30_000, owner = null) {
    const until = Date.now() + timeout;
    for (;;) {
      const { records } = await this.stored(course, unit, owner);
      if (records.some((r) => r.state === state)) return records;
      if (Date.now() > until) throw new Error(`${course}/${unit} not stored as ${state}: ${JSON.stringify(records)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  async previous() { await this.page.getByTestId('prev-unit').click(); }
  /** Plays the unit's video or audio, muted, at `rate`× speed, from `from` seconds (negative: before the end). */
  async play(rate = 4, from = null) {
    await this.page.locator('.media').evaluate(async (m, [r, f]) => {
      m.muted = true;
      if (m.readyState < 1) await new Promise((ok) => m.addEventListener('loadedmetadata', ok, { once: true }));
      if (f !== null) {
        m.currentTime = f < 0 ? m.duration + f : f;
        await new Promise((ok) => m.addEventListener('seeked', ok, { once: true }));
      }
      m.playbackRate = r;
      await m.play();
    }, [rate, from]);
  }
  /** The open-education course's interactive exercise ("sort the licences"), answered right twice. */
  async sortTheLicences() {
    const frame = this.page.frameLocator('.interactive iframe');
    for (let plan = 0; plan < 2; plan++) {
      for (const r of ['cc0', 'by', 'bysa', 'bync', 'bynd', 'arr']) await frame.locator(`input[name=r-${r}][value=true]`).check();
      await frame.locator('#check').click();
      await frame.locator('#next').click();
    }
  }
  /** Passes the open-education course's quiz (every answer right). */
  async passOerQuiz() {
    const q = (id) => this.page.locator(`[data-testid=quiz-question][data-question-id="${id}"]`);
    await q('oer-definition').locator('input[value=open-licence]').check();
    for (const r of ['retain', 'remix', 'revise', 'redistribute']) await q('five-rs').locator(`input[value=${r}]`).check();
    await q('nc-commercial').locator('input[value=false]').check();
    await q('attribution-code').locator('input').fill('cc by');
    await q('licence-count').locator('input').fill('6');
    await this.page.getByTestId('quiz-submit').click();
    await this.page.locator('[data-testid=quiz-result][data-passed=true]').waitFor();
  }
  /** Waits until the media has ended, or pauses it after `ms` milliseconds; returns its position. */
  async stopAfter(ms) {
    return this.page.locator('.media').evaluate(async (m, t) => {
      if (t === null) await new Promise((ok) => (m.ended ? ok() : m.addEventListener('ended', ok, { once: true })));
      else { await new Promise((ok) => setTimeout(ok, t)); m.pause(); }
      return m.currentTime;
    }, ms);
  }
}

/** The visible text of a locator without the Unicode bidi isolation marks Fluent puts around placeables. */
export async function text(locator) {
  return (await locator.innerText()).replace(/[\u2066-\u2069]/g, '');
}

/** The value of message `id` in the built locale file of `locale` (single-line messages only). */
export function message(locale, id) {
  const ftl = fs.readFileSync(path.join(DIST, 'locales', locale, 'main.ftl'), 'utf8');
  const line = ftl.split('\n').find((l) => l.startsWith(`${id} = `));
  if (!line) throw new Error(`${locale}: no single-line message ${id}`);
  return line.slice(id.length + 3).trim();
}

/** Saves a screenshot under test-results/ (for a person to look at) and returns its path. */
export async function screenshot(page, name) {
  const dir = path.join(root, 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
