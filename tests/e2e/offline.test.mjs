// Offline in a plain browser: the service worker keeps the player, a course is downloaded for offline use, the
// network goes away for real (the origin's server is stopped and the browser context is offline), every unit kind
// is played and completed, and when the network returns the LRS receives every statement exactly once. Also: a
// download interrupted by closing the tab resumes without fetching finished files again; a new build is offered
// ("Reload to update") and taken only when the learner chooses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, Player, DIST, text } from './harness.mjs';
import { startLrs, launchUrl, validate } from './lrs.mjs';

let lrs;
before(async () => { lrs = await startLrs(); });
after(() => lrs?.close());

// Requests that fail while the network is down, and the LRS without State API: Chromium logs them.
const OFFLINE_NOISE = [/Failed to load resource/, /net::ERR_/, /status of 404/, /Failed to fetch/, /activities\/state.*blocked by CORS policy/];

/** Waits until the service worker controls the page (it claims the page on its first install). */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 60_000 });
}

async function waitState(page, state, timeout = 60_000) {
  await page.locator(`[data-testid=download-course][data-state=${state}]`).waitFor({ timeout });
}

/** The course files the server was asked for, by path (GET only). */
function requestLog() {
  const gets = [];
  return {
    log: (line) => { const [method, url] = line.split(' '); if (method === 'GET') gets.push(url.split('?')[0]); },
    count: (p) => gets.filter((g) => g === p).length,
    courseFiles: (course) => gets.filter((g) => g.startsWith(`/courses/${course}/`) && !g.endsWith('course.json')),
    clear: () => { gets.length = 0; },
  };
}

test('download a course, lose the network, play and complete every unit kind offline; back online the LRS receives each statement once', async () => {
  const env = await launch();
  const mbox = 'mailto:offline@example.org';
  try {
    const { page, context, errors } = await env.page({ allow: OFFLINE_NOISE });
    const p = new Player(page, env.base);
    await page.goto(launchUrl(env.base, '/course/open-education', lrs.base, { name: 'Offline Learner', mbox }));
    await p.outline().waitFor();
    await controlled(page);

    // The size first, then the download with its progress; the storage figures are shown.
    const panel = page.getByTestId('download-course');
    await waitState(page, 'not-downloaded');
    const total = Number(await panel.getAttribute('data-total'));
    assert.ok(total > 400_000, `the announced size (${total})`);
    assert.match(await text(page.getByTestId('download-start')), /Download for offline use \(\d+ kB\)/);
    await page.getByTestId('download-start').click();
    await waitState(page, 'downloaded');
    assert.equal(Number(await panel.getAttribute('data-bytes')), total);
    assert.match(await text(page.getByTestId('download-storage')), /This browser uses .* of the .* it may use/);

    // The network goes away for real: the origin is down and the browser is offline.
    await env.stopServer();
    await context.setOffline(true);
    await page.reload();
    await p.outline().waitFor();
    await page.getByTestId('offline-indicator').waitFor({ state: 'visible' });
    await waitState(page, 'downloaded');

    // Video: plays from the cache, shows subtitles, seeks to the middle (a range answered from the cache).
    await page.goto(`${env.base}/course/open-education/unit/what-is-oer`).catch(() => {});
    await p.waitUnit('what-is-oer');
    await p.play(8);
    await page.getByTestId('subtitle-cue').first().waitFor({ timeout: 20_000 });
    await p.waitUnitState('what-is-oer', 'completed', 60_000);
    const seek = await page.locator('.media').evaluate(async (m) => {
      m.pause();
      m.currentTime = m.duration / 2;
      await new Promise((ok) => m.addEventListener('seeked', ok, { once: true }));
      await new Promise((ok) => (m.readyState >= 3 ? ok() : m.addEventListener('canplay', ok, { once: true })));
      return { at: m.currentTime, duration: m.duration, ready: m.readyState, error: m.error?.code ?? null };
    });
    assert.ok(Math.abs(seek.at - seek.duration / 2) < 1, JSON.stringify(seek));
    assert.equal(seek.error, null);

    // Readings.
    await p.next();
    await p.waitUnit('five-rs');
    await page.locator('.reading-end').scrollIntoViewIfNeeded();
    await p.waitUnitState('five-rs', 'completed');
    await p.next();
    await p.waitUnit('cc-licences');
    await page.getByTestId('mark-done').click();
    await p.waitUnitState('cc-licences', 'completed');

    // Document: the PDF comes from the cache.
    await p.next();
    await p.waitUnit('licence-sheet');
    const pdfHref = await page.getByTestId('document-download').getAttribute('href');
    const pdf = await page.evaluate(async (href) => {
      const r = await fetch(href);
      const head = new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5));
      return { status: r.status, type: r.headers.get('content-type'), head };
    }, pdfHref);
    assert.deepEqual(pdf, { status: 200, type: 'application/pdf', head: '%PDF-' });
    await page.getByTestId('mark-done').click();
    await p.waitUnitState('licence-sheet', 'completed');

    // Audio.
    await p.next();
    await p.waitUnit('podcast-open-textbooks');
    await p.play(4);
    await p.waitUnitState('podcast-open-textbooks', 'completed', 60_000);

    // Interactive page, in its sandboxed frame.
    await p.next();
    await p.waitUnit('sort-the-licences');
    await p.sortTheLicences();
    await p.waitUnitState('sort-the-licences', 'completed');

    // Quiz.
    await p.next();
    await p.waitUnit('oer-quiz');
    await p.passOerQuiz();

    // Seven records wait on this device; nothing reached the LRS.
    await page.locator('[data-testid=sync-status][data-pending="7"]').waitFor({ timeout: 20_000 });
    assert.equal((await lrs.statements()).filter((s) => s.actor.mbox === mbox).length, 0);

    // The network returns: every statement arrives, once.
    await env.startServer();
    await context.setOffline(false);
    await page.locator('[data-testid=sync-status][data-state=ok][data-pending="0"]').waitFor({ timeout: 60_000 });
    await page.getByTestId('offline-indicator').waitFor({ state: 'hidden' });
    const held = (await lrs.statements()).filter((s) => s.actor.mbox === mbox);
    const objects = held.map((s) => `${s.verb.display['en-US']} ${s.object.id.split('/').pop()}`).sort();
    assert.deepEqual(objects, [
      'completed cc-licences', 'completed five-rs', 'completed licence-sheet', 'completed podcast-open-textbooks',
      'completed sort-the-licences', 'completed what-is-oer', 'passed oer-quiz',
    ]);
    assert.equal(new Set(held.map((s) => s.id)).size, held.length);
    for (const s of held) assert.deepEqual(validate(s).errors ?? [], [], JSON.stringify(s));
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await env.close();
  }
});

test('a download interrupted by closing the tab resumes without fetching finished files again; cancel keeps what is stored', async () => {
  const requests = requestLog();
  // The second audio answers slowly, so the download can be cancelled, and the tab closed, while it is under way.
  let slow = true;
  const SLOW = '/courses/first-chinese/tones.webm';
  const env = await launch({ log: requests.log, delay: (p) => (slow && p === SLOW ? 3000 : 0) });
  try {
    const { page, context, errors } = await env.page({ allow: OFFLINE_NOISE });
    const p = new Player(page, env.base);
    await p.open('/course/first-chinese');
    await p.outline().waitFor();
    await waitState(page, 'not-downloaded');
    const total = Number(await page.getByTestId('download-course').getAttribute('data-total'));
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, 'courses/first-chinese/course.json'), 'utf8'));
    const slowSize = manifest.files.find((f) => `/courses/first-chinese/${f.src}` === SLOW).size;
    // Every other file is stored (three at a time, they finish while the slow one waits); the slow one is under way.
    const underWay = () => page.waitForFunction((n) => Number(document.querySelector('[data-testid=download-course]').dataset.bytes) === n, total - slowSize);

    // Cancel: what is stored stays, and the button offers to resume the rest.
    await page.getByTestId('download-start').click();
    await underWay();
    await page.getByTestId('download-cancel').click();
    await waitState(page, 'not-downloaded');
    const kept = Number(await page.getByTestId('download-course').getAttribute('data-bytes'));
    assert.equal(kept, total - slowSize, 'every finished file is kept');
    assert.match(await text(page.getByTestId('download-start')), /Resume download/);

    // Resume, then close the tab in the middle.
    await page.getByTestId('download-start').click();
    await waitState(page, 'downloading');
    await page.waitForFunction((slowFile) => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(slowFile)).length >= 1, SLOW);
    await page.close();

    // A new tab of the same browser: it knows what is stored and fetches only the rest.
    slow = false;
    const again = await context.newPage();
    const p2 = new Player(again, env.base);
    await p2.open('/course/first-chinese');
    await waitState(again, 'not-downloaded');
    assert.ok(Number(await again.getByTestId('download-course').getAttribute('data-bytes')) >= kept);
    await again.getByTestId('download-start').click();
    await waitState(again, 'downloaded');
    assert.equal(Number(await again.getByTestId('download-course').getAttribute('data-bytes')), total);

    const files = manifest.files.map((f) => `/courses/first-chinese/${f.src}`);
    for (const f of files) {
      const n = requests.count(f);
      if (f === SLOW) assert.ok(n >= 1 && n <= 3, `${f} fetched ${n} times (cancelled, cut off, finished)`);
      else assert.equal(n, 1, `${f} fetched ${n} times`);
    }
    // Remove: the course's files are gone from this device.
    await again.getByTestId('download-remove').click();
    await waitState(again, 'not-downloaded');
    assert.equal(Number(await again.getByTestId('download-course').getAttribute('data-bytes')), 0);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await env.close();
  }
});

test('a new build is detected and offered; the learner chooses when to reload', async () => {
  // A deployment of its own, so a new build can be put in its place.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-deploy-'));
  fs.cpSync(DIST, root, { recursive: true });
  const env = await launch({ root });
  try {
    const { page, context, errors } = await env.page();
    const p = new Player(page, env.base);
    await p.open('/');
    await p.catalog().waitFor();
    await controlled(page);
    await page.reload();
    await p.catalog().waitFor();
    // The header's status part registers the worker and listens for updates.
    await page.getByTestId('sync-status').waitFor();
    assert.equal(await page.getByTestId('update-ready').count(), 0, 'nothing to offer on the first visit');

    // Deploy a new build: a changed page, and the service worker that precaches it.
    const html = path.join(root, 'index.html');
    fs.writeFileSync(html, fs.readFileSync(html, 'utf8').replace('<title>', '<meta name="alliance-build" content="2"><title>'));
    execFileSync('node', ['scripts/build-sw.mjs', root], { stdio: 'ignore' });

    // The learner comes back to the tab: the player looks for a new version and offers it, still running the old.
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.getByTestId('update-ready').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('meta[name=alliance-build]').count(), 0, 'the page still runs the version it started with');
    await p.catalog().waitFor();

    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-ready').getByRole('button').click()]);
    await p.catalog().waitFor();
    assert.equal(await page.locator('meta[name=alliance-build]').getAttribute('content'), '2');
    assert.equal(await page.getByTestId('update-ready').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await env.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a file that is not what the manifest says is refused and named; a full storage quota says so; what was stored stays', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-deploy-'));
  fs.cpSync(DIST, root, { recursive: true });
  // Same size, other content: only the SHA-256 can tell.
  const vtt = path.join(root, 'courses/statistics/averages.en.vtt');
  const original = fs.readFileSync(vtt, 'utf8');
  const altered = original.replace(/[a-z]/, (c) => (c === 'x' ? 'y' : 'x'));
  assert.notEqual(altered, original);
  fs.writeFileSync(vtt, altered);
  const env = await launch({ root });
  try {
    const { page, context, errors } = await env.page({ allow: [/Failed to load resource/, /status of 404/] });
    const p = new Player(page, env.base);
    await p.open('/course/statistics');
    await waitState(page, 'not-downloaded');
    await page.getByTestId('download-start').click();
    await page.locator('.download-error').waitFor();
    assert.match(await text(page.locator('.download-error')), /averages\.en\.vtt did not arrive intact \(expected SHA-256 [0-9a-f]{12}…, received [0-9a-f]{12}…\)/);
    await waitState(page, 'not-downloaded');
    const stored = await page.evaluate(async () => {
      const cache = await caches.open('alliance-player-course-statistics');
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    assert.ok(stored.includes('/courses/statistics/averages.webm'), stored.join());
    assert.ok(!stored.includes('/courses/statistics/averages.en.vtt'), 'the altered file is not stored');
    assert.deepEqual(errors, []);
    await context.close();

    // A device with almost no room: the download stops with a message saying so.
    const full = await env.page({ allow: [/Failed to load resource/, /quota/i] });
    const cdp = await full.context.newCDPSession(full.page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: env.base, quotaSize: 100_000 });
    const p2 = new Player(full.page, env.base);
    await p2.open('/course/statistics');
    await waitState(full.page, 'not-downloaded');
    await full.page.getByTestId('download-start').click();
    await full.page.locator('.download-error').waitFor();
    assert.match(await text(full.page.locator('.download-error')), /This device has no room left for the course/);
    await waitState(full.page, 'not-downloaded');
    assert.deepEqual(full.errors, []);
    await full.context.close();
  } finally {
    await env.close();
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('data saver: media wait for play, the transcript comes first, the size is shown', async () => {
  const env = await launch();
  try {
    const { page, context, errors } = await env.page();
    const p = new Player(page, env.base);
    // Off by default: media preload their metadata, the transcript follows the player.
    await p.open('/course/open-education/unit/podcast-open-textbooks');
    await p.waitUnit('podcast-open-textbooks');
    assert.equal(await page.locator('.media').getAttribute('preload'), 'metadata');
    assert.equal(await page.getByTestId('media-size').count(), 0);
    const order = () => page.locator('.media-unit').evaluate((u) => [...u.children].map((c) => c.className));
    assert.deepEqual((await order()).slice(0, 2), ['media-frame', 'media-controls']);

    await p.open('/settings');
    await page.getByTestId('data-saver').check();
    await p.open('/course/open-education/unit/podcast-open-textbooks');
    await p.waitUnit('podcast-open-textbooks');
    assert.equal(await page.locator('.media').getAttribute('preload'), 'none');
    assert.equal((await order())[0], 'transcript');
    const size = JSON.parse(fs.readFileSync(path.join(DIST, 'courses/open-education/course.json'), 'utf8'))
      .files.find((f) => f.src === 'podcast-open-textbooks.webm').size;
    assert.equal(await text(page.getByTestId('media-size')), `${Math.round(size / 1000)} kB to load`);
    // Nothing of the media was fetched before play.
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.webm')).length);
    assert.equal(fetched, 0);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await env.close();
  }
});

test('a cmi5 AU in a downloaded course, offline: the unit is passed, its statements wait on the device and reach the LRS once when the network returns', async () => {
  const env = await launch();
  const mbox = 'mailto:offline.au@example.org';
  try {
    const { page, context, errors } = await env.page({ allow: OFFLINE_NOISE });
    const p = new Player(page, env.base);
    await page.goto(launchUrl(env.base, '/course/first-chinese', lrs.base, { name: 'Offline AU', mbox }));
    await p.outline().waitFor();
    await controlled(page);
    await waitState(page, 'not-downloaded');
    await page.getByTestId('download-start').click();
    await waitState(page, 'downloaded');

    await env.stopServer();
    await context.setOffline(true);
    await page.reload();
    await p.outline().waitFor();
    await p.unitLink('tone-practice').click();
    const frame = page.frameLocator('[data-testid=cmi5-frame]');
    await frame.locator('body[data-state=ready]').waitFor({ timeout: 30_000 });
    for (const [q, a] of [['q1', '1'], ['q2', '3'], ['q3', '4']]) await frame.locator(`input[name=${q}][value="${a}"]`).check();
    await frame.locator('#check').click();
    await frame.locator('body[data-state=passed]').waitFor({ timeout: 30_000 });
    await p.waitUnitState('tone-practice', 'passed');
    await page.locator('[data-testid=sync-status][data-pending="5"]').waitFor({ timeout: 20_000 });
    assert.equal((await lrs.statements()).filter((s) => s.actor.mbox === mbox).length, 0);

    await env.startServer();
    await context.setOffline(false);
    await page.locator('[data-testid=sync-status][data-state=ok][data-pending="0"]').waitFor({ timeout: 60_000 });
    const held = (await lrs.statements()).filter((s) => s.actor.mbox === mbox);
    assert.deepEqual(held.map((s) => s.verb.id.split('/').pop()).sort(), ['completed', 'initialized', 'launched', 'passed', 'terminated']);
    assert.ok(held.every((s) => s.object.id.endsWith('/first-chinese/units/tone-practice')));
    assert.equal(new Set(held.map((s) => s.id)).size, held.length);
    for (const s of held) assert.deepEqual(validate(s).errors ?? [], [], JSON.stringify(s));
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await env.close();
  }
});
