// Downloads stay true to the package. A downloaded course whose package changes on the server (a file's bytes and
// its entry in the manifest's `files`) is checked again when it is opened: the changed file is removed at once (the
// page gets the server's file meanwhile), the course shows as not fully downloaded, and the next download fetches
// that file alone. Two courses holding a file at the same address with different content each get their own copy
// from the service worker: a course's download answers only that course's pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, Player, DIST } from './harness.mjs';

// Requests that fail while the network is down, and the State API the sample has no LRS for: Chromium logs them.
const NOISE = [/Failed to load resource/, /net::ERR_/, /status of 404/, /Failed to fetch/];
const VTT = '/courses/statistics/averages.en.vtt';

/** A deployment of its own (a copy of the build), so its package can be changed; removed by `cleanup`. */
function deploy() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-deploy-'));
  fs.cpSync(DIST, root, { recursive: true });
  return root;
}

/** Writes `file` (relative to `root`) and removes the build's precompressed copies beside it. */
function write(root, file, content) {
  const full = path.join(root, file);
  fs.writeFileSync(full, content);
  for (const ext of ['.br', '.gz']) fs.rmSync(full + ext, { force: true });
}

const read = (root, file) => fs.readFileSync(path.join(root, file), 'utf8');

/** Changes `file` of the package whose manifest is `manifest`, and that manifest's entry for it; returns the text. */
function change(root, manifest, file, edit) {
  const text = edit(read(root, file));
  write(root, file, text);
  const m = JSON.parse(read(root, manifest));
  const entry = m.files.find((f) => path.posix.join(path.posix.dirname(manifest), f.src) === file);
  entry.size = Buffer.byteLength(text);
  entry.sha256 = crypto.createHash('sha256').update(text).digest('hex');
  write(root, manifest, JSON.stringify(m));
  return text;
}

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 60_000 });
}

async function waitState(page, state, timeout = 60_000) {
  await page.locator(`[data-testid=download-course][data-state=${state}]`).waitFor({ timeout });
}

/** The text the page gets for `url` (through the service worker). */
const fetched = (page, url) => page.evaluate(async (u) => (await fetch(u)).text(), url);

async function download(page) {
  await waitState(page, 'not-downloaded');
  await page.getByTestId('download-start').click();
  await waitState(page, 'downloaded');
}

test('a file that changed in the package since it was downloaded is checked, removed and fetched again', { timeout: 300_000 }, async (t) => {
  const root = deploy();
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  const gets = [];
  const env = await launch({ root, log: (line) => { const [method, url] = line.split(' '); if (method === 'GET') gets.push(url.split('?')[0]); } });
  t.after(() => env.close());
  const { page, errors } = await env.page({ allow: NOISE });
  const p = new Player(page, env.base);
  await p.open('/course/statistics');
  await p.outline().waitFor();
  await controlled(page);
  await download(page);
  const original = read(root, 'courses/statistics/averages.en.vtt');
  assert.equal(await fetched(page, VTT), original);

  // The package changes on the server: a subtitle file, and its entry (size, SHA-256) in the manifest.
  const revised = change(root, 'courses/statistics/course.json', 'courses/statistics/averages.en.vtt',
    (text) => `${text}\nNOTE revised by the course's author\n`);
  await page.reload();
  await p.outline().waitFor();
  // Opened again: the course is no longer fully downloaded, and the old copy is gone, so the page gets the new file.
  await waitState(page, 'not-downloaded');
  const panel = page.getByTestId('download-course');
  assert.equal(await panel.getAttribute('data-changed'), '1');
  assert.ok(Number(await panel.getAttribute('data-bytes')) < Number(await panel.getAttribute('data-total')));
  assert.equal(await fetched(page, VTT), revised);

  // The next download fetches that file alone, and stores the new copy.
  gets.length = 0;
  await download(page);
  assert.deepEqual(gets.filter((g) => g.startsWith('/courses/statistics/') && !g.endsWith('.json')), [VTT]);
  const stored = await page.evaluate(async (u) => (await (await caches.open('alliance-player-course-statistics')).match(u)).text(), VTT);
  assert.equal(stored, revised);
  assert.equal(await panel.getAttribute('data-changed'), '0');
  assert.deepEqual(errors, []);
});

test('two courses with a file at the same address and different content each get their own copy, offline too', { timeout: 300_000 }, async (t) => {
  const root = deploy();
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  // A second course whose manifest sits beside the first one's: the same relative names, the same addresses.
  const manifest = JSON.parse(read(root, 'courses/statistics/course.json'));
  write(root, 'courses/statistics/revised.json', JSON.stringify({ ...manifest, id: 'statistics-revised', iri: `${manifest.iri}-revised` }));
  const catalog = JSON.parse(read(root, 'courses/catalog.json'));
  const entry = catalog.courses.find((c) => c.id === 'statistics');
  catalog.courses.push({ ...entry, id: 'statistics-revised', iri: `${entry.iri}-revised`, manifest: 'statistics/revised.json' });
  write(root, 'courses/catalog.json', JSON.stringify(catalog));
  const env = await launch({ root });
  t.after(() => env.close());
  const { page, context, errors } = await env.page({ allow: NOISE });
  const p = new Player(page, env.base);

  await p.open('/course/statistics');
  await p.outline().waitFor();
  await controlled(page);
  await download(page);
  const original = read(root, 'courses/statistics/averages.en.vtt');
  // The file changes, and only the second course's manifest says so; that course is downloaded now.
  const revised = change(root, 'courses/statistics/revised.json', 'courses/statistics/averages.en.vtt',
    (text) => `${text}\nNOTE revised for the second course\n`);
  await p.open('/course/statistics-revised');
  await p.outline().waitFor();
  await download(page);

  // Offline (no server, no network): each course's pages are answered from that course's own download.
  await env.stopServer();
  await context.setOffline(true);
  for (const [course, text] of [['statistics', original], ['statistics-revised', revised], ['statistics', original]]) {
    await page.goto(`${env.base}/course/${course}`).catch(() => {});
    await p.outline().waitFor();
    await waitState(page, 'downloaded');
    assert.equal(await fetched(page, VTT), text, `the file as ${course} has it`);
  }
  assert.deepEqual(errors, []);
});
