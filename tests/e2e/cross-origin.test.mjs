// Courses on any origin (docs/hosting.md): the catalogue, on the player's origin, lists a package hosted on another
// origin (another port: a CDN or a university's server that sends CORS headers). The course plays — video and its
// subtitles with seeking, readings, the PDF, audio, the interactive page in its sandboxed frame, the quiz —, is
// downloaded for offline use, and plays with the network gone, its video seeking by byte ranges that the service
// worker answers from the download. A host that sends no CORS headers for its files is named when the download is
// refused, and the interactive frame never reaches the player's storage, online or offline.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, Player, DIST, text, message } from './harness.mjs';
import { startServer, COURSE_FILE_CSP } from '../../scripts/lib/static-server.mjs';

// Requests that fail while the network is down, and the refused reads of the host without CORS.
const NOISE = [/Failed to load resource/, /net::ERR_/, /Failed to fetch/, /status of 404/, /CORS policy/];
const SECRET = JSON.stringify({ endpoint: 'https://lrs.example.org/xapi/', authorization: 'Basic c2VjcmV0OnNlY3JldA==' });

let env;
let root;
let hostDir;
let cdn;
let bare;

/** A course host on another origin serving `dir` (its package folder is /packages/), which can go down and back. */
function courseHost(dir, cors) {
  let server = null;
  let port = 0;
  const lines = [];
  return {
    lines,
    get origin() { return server.url.replace(/\/$/, ''); },
    async start() {
      server = await startServer({ root: dir, port, host: '127.0.0.1', playerPages: false, precompress: false, packageFolder: '/packages/', cors, log: (l) => lines.push(l) });
      port = server.port;
    },
    async stop() { await server?.close(); },
  };
}

before(async () => {
  // The player: a copy of the build, whose catalogue is written once the course hosts are up.
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-player-'));
  fs.cpSync(DIST, root, { recursive: true, preserveTimestamps: true });
  env = await launch({ root });

  // The course hosts: a copy of the open-education package, and the same course under another id for the host
  // that sends CORS headers only with its manifests (a common misconfiguration: its files cannot be read).
  hostDir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-host-'));
  const oer = path.join(hostDir, 'packages/oer');
  fs.cpSync(path.join(DIST, 'courses/open-education'), oer, { recursive: true, preserveTimestamps: true });
  const bareDir = path.join(hostDir, 'packages/oer-bare');
  fs.cpSync(oer, bareDir, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(oer, 'course.json'), 'utf8'));
  fs.writeFileSync(path.join(bareDir, 'course.json'), JSON.stringify({ ...manifest, id: 'oer-bare', iri: `${manifest.iri}-bare` }));
  for (const ext of ['br', 'gz']) fs.rmSync(path.join(bareDir, `course.json.${ext}`), { force: true });
  cdn = courseHost(hostDir, env.base);
  bare = courseHost(hostDir, (p) => (p.endsWith('.json') ? env.base : null));
  await cdn.start();
  await bare.start();

  const catalogFile = path.join(root, 'courses/catalog.json');
  const catalog = JSON.parse(fs.readFileSync(catalogFile, 'utf8'));
  const entry = catalog.courses.find((c) => c.id === 'open-education');
  catalog.courses = [
    { ...entry, manifest: `${cdn.origin}/packages/oer/course.json` },
    { ...entry, id: 'oer-bare', iri: `${entry.iri}-bare`, manifest: `${bare.origin}/packages/oer-bare/course.json` },
  ];
  fs.writeFileSync(catalogFile, JSON.stringify(catalog));
  for (const ext of ['br', 'gz']) fs.rmSync(`${catalogFile}.${ext}`, { force: true });
});

after(async () => {
  await env?.close();
  await cdn?.stop();
  await bare?.stop();
  for (const d of [root, hostDir]) if (d) fs.rmSync(d, { recursive: true, force: true });
});

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 60_000 });
}

async function waitState(page, state, timeout = 60_000) {
  await page.locator(`[data-testid=download-course][data-state=${state}]`).waitFor({ timeout });
}

let down = false;

/** The network goes away for real: both origins are down and the browser is offline. */
async function goOffline(context) {
  down = true;
  await env.stopServer();
  await cdn.stop();
  await context.setOffline(true);
}

/** Both origins back (after a test that took them down). */
async function comeBack() {
  if (!down) return;
  down = false;
  await env.startServer();
  await cdn.start();
}

/** What the interactive unit's frame can reach of the player, tried from inside the frame. */
async function probeFrame(page) {
  let frame;
  for (const end = Date.now() + 20_000; !frame && Date.now() < end;) {
    frame = page.frames().find((f) => f.parentFrame() === page.mainFrame() && f.url().includes('sort-the-licences'));
    if (!frame) await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.ok(frame, 'the interactive frame is there');
  await frame.locator('#check').waitFor();
  return frame.evaluate(async () => {
    const report = { origin: String(self.origin) };
    const attempt = async (name, f) => {
      try {
        report[name] = 'ok: ' + String(await f()).slice(0, 100);
      } catch (e) {
        report[name] = 'blocked: ' + (e && e.name);
      }
    };
    await attempt('localStorage', () => localStorage.getItem('alliance-player.lrs'));
    await attempt('indexedDB', () => new Promise((ok, fail) => {
      const r = indexedDB.open('alliance-player');
      r.onsuccess = () => ok(Array.from(r.result.objectStoreNames).join(','));
      r.onerror = () => fail(r.error);
    }));
    await attempt('caches', () => caches.keys());
    await attempt('parent.document', () => parent.document.title);
    await attempt('parent.localStorage', () => parent.localStorage.getItem('alliance-player.lrs'));
    return report;
  });
}

function assertOutOfReach(report, where) {
  assert.equal(report.origin, 'null', `${where}: an opaque origin (${JSON.stringify(report)})`);
  for (const what of ['localStorage', 'indexedDB', 'caches', 'parent.document', 'parent.localStorage']) {
    assert.match(report[what], /^blocked: /, `${where}: ${what} (${JSON.stringify(report)})`);
  }
}

test('a course on another origin plays every unit kind, downloads, and plays offline: its video seeks by ranges the worker answers', { timeout: 420_000 }, async () => {
  const { page, context, errors } = await env.page({ allow: NOISE });
  try {
    const p = new Player(page, env.base);
    await p.open('/');
    await p.card('open-education').waitFor();
    await page.evaluate((lrs) => localStorage.setItem('alliance-player.lrs', lrs), SECRET);
    await p.open('/course/open-education');
    await p.outline().waitFor();
    await controlled(page);

    // Video: from the course host, with subtitles; seeking works.
    await p.open('/course/open-education/unit/what-is-oer');
    await p.waitUnit('what-is-oer');
    await p.play(8);
    assert.ok((await page.locator('.media').evaluate((m) => m.currentSrc)).startsWith(`${cdn.origin}/packages/oer/`));
    await page.getByTestId('subtitle-cue').first().waitFor({ timeout: 20_000 });
    await p.waitUnitState('what-is-oer', 'completed', 60_000);
    const seekOnline = await page.locator('.media').evaluate(async (m) => {
      m.pause();
      m.currentTime = m.duration / 2;
      await new Promise((ok) => m.addEventListener('seeked', ok, { once: true }));
      return { at: m.currentTime, duration: m.duration, error: m.error?.code ?? null };
    });
    assert.ok(Math.abs(seekOnline.at - seekOnline.duration / 2) < 1 && seekOnline.error === null, JSON.stringify(seekOnline));
    assert.ok(cdn.lines.some((l) => l.startsWith('GET /packages/oer/intro.webm 206')), 'the video came by ranges from its host');

    // Readings.
    await p.next();
    await p.waitUnit('five-rs');
    await page.locator('.reading-end').scrollIntoViewIfNeeded();
    await p.waitUnitState('five-rs', 'completed');
    await p.next();
    await p.waitUnit('cc-licences');
    await page.getByTestId('mark-done').click();
    await p.waitUnitState('cc-licences', 'completed');

    // Document: the host's PDF, checked and shown from a blob.
    await p.next();
    await p.waitUnit('licence-sheet');
    await page.locator('object.pdf[type="application/pdf"][data^="blob:"]').waitFor();
    await page.getByTestId('mark-done').click();
    await p.waitUnitState('licence-sheet', 'completed');

    // Audio.
    await p.next();
    await p.waitUnit('podcast-open-textbooks');
    await p.play(4);
    await p.waitUnitState('podcast-open-textbooks', 'completed', 60_000);

    // Interactive page: the host's page in the sandboxed frame; it cannot reach the player; its score counts.
    await p.next();
    await p.waitUnit('sort-the-licences');
    const frame = page.locator('.interactive iframe');
    assert.equal(await frame.getAttribute('sandbox'), 'allow-scripts');
    assert.equal(await frame.getAttribute('src'), `${cdn.origin}/packages/oer/sort-the-licences.html`);
    assertOutOfReach(await probeFrame(page), 'online');
    await p.sortTheLicences();
    await p.waitUnitState('sort-the-licences', 'completed');

    // Quiz.
    await p.next();
    await p.waitUnit('oer-quiz');
    await p.passOerQuiz();

    // Download: every file of the package is checked and stored under its own address.
    await p.open('/course/open-education');
    await waitState(page, 'not-downloaded');
    await page.getByTestId('download-start').click();
    await waitState(page, 'downloaded');
    const panel = page.getByTestId('download-course');
    assert.equal(await panel.getAttribute('data-bytes'), await panel.getAttribute('data-total'));
    const stored = await page.evaluate(async () => {
      const cache = await caches.open('alliance-player-course-open-education');
      return (await cache.keys()).map((r) => r.url);
    });
    for (const f of ['course.json', 'intro.webm', 'intro.en.vtt', 'intro.poster.jpg', 'licence-sheet.pdf', 'podcast-open-textbooks.webm', 'sort-the-licences.html']) {
      assert.ok(stored.includes(`${cdn.origin}/packages/oer/${f}`), `${f} is stored (${stored.join(', ')})`);
    }

    // The network goes away.
    await goOffline(context);
    await page.reload();
    await p.outline().waitFor();
    await page.getByTestId('offline-indicator').waitFor({ state: 'visible' });
    await waitState(page, 'downloaded');

    // Video: plays from the download, subtitles, and a seek whose range the worker answers (206, from the cache).
    const video = `${cdn.origin}/packages/oer/intro.webm`;
    const ranges = [];
    page.on('response', (r) => {
      if (r.url() === video) ranges.push({ status: r.status(), worker: r.fromServiceWorker(), range: r.request().headers().range ?? null });
    });
    await p.open('/course/open-education/unit/what-is-oer');
    await p.waitUnit('what-is-oer');
    await p.play(8, 1);
    await page.getByTestId('subtitle-cue').first().waitFor({ timeout: 20_000 });
    const seek = await page.locator('.media').evaluate(async (m) => {
      m.pause();
      m.currentTime = m.duration - 2;
      await new Promise((ok) => m.addEventListener('seeked', ok, { once: true }));
      await new Promise((ok) => (m.readyState >= 3 ? ok() : m.addEventListener('canplay', ok, { once: true })));
      return { at: m.currentTime, duration: m.duration, error: m.error?.code ?? null };
    });
    assert.ok(Math.abs(seek.at - (seek.duration - 2)) < 1 && seek.error === null, JSON.stringify(seek));
    assert.ok(ranges.some((r) => r.status === 206 && r.worker && r.range), `the video's ranges came from the worker: ${JSON.stringify(ranges)}`);
    // A range of the stored file, as the media element asks for it.
    const part = await page.evaluate(async (url) => {
      const r = await fetch(url, { headers: { range: 'bytes=100-199' } });
      return { status: r.status, range: r.headers.get('content-range'), length: (await r.arrayBuffer()).byteLength };
    }, video);
    assert.deepEqual(part, { status: 206, range: 'bytes 100-199/149939', length: 100 });

    // The PDF and the audio, from the download.
    await p.next();
    await p.next();
    await p.next();
    await p.waitUnit('licence-sheet');
    await page.locator('object.pdf[type="application/pdf"][data^="blob:"]').waitFor();
    await p.next();
    await p.waitUnit('podcast-open-textbooks');
    await p.play(4);
    await page.locator('.media').evaluate((m) => new Promise((ok) => (m.currentTime > 1 ? ok() : m.addEventListener('timeupdate', () => m.currentTime > 1 && ok()))));
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await comeBack();
  }
});

test('offline, the downloaded interactive page of another origin is framed through the worker, sandboxed, and scores', { timeout: 300_000 }, async () => {
  const { page, context, errors } = await env.page({ allow: NOISE });
  try {
    const p = new Player(page, env.base);
    await p.open('/course/open-education');
    await p.outline().waitFor();
    await controlled(page);
    await page.evaluate((lrs) => localStorage.setItem('alliance-player.lrs', lrs), SECRET);
    await waitState(page, 'not-downloaded');
    await page.getByTestId('download-start').click();
    await waitState(page, 'downloaded');

    await goOffline(context);
    await page.reload();
    await p.outline().waitFor();
    await p.open('/course/open-education/unit/sort-the-licences');
    await p.waitUnit('sort-the-licences');
    const frame = page.locator('.interactive iframe');
    assert.equal(await frame.getAttribute('src'), `/.alliance-player/page?src=${encodeURIComponent(`${cdn.origin}/packages/oer/sort-the-licences.html`)}`);
    assert.equal(await frame.getAttribute('sandbox'), 'allow-scripts', 'any later navigation is sandboxed by the attribute');
    assertOutOfReach(await probeFrame(page), 'offline');
    // The worker's answer carries the sandbox; it answers frames only, and only from a download.
    const answers = await page.evaluate(async (src) => {
      const known = await fetch(`/.alliance-player/page?src=${encodeURIComponent(src)}`);
      return { status: known.status, csp: known.headers.get('content-security-policy') };
    }, `${cdn.origin}/packages/oer/sort-the-licences.html`);
    assert.deepEqual(answers, { status: 404, csp: COURSE_FILE_CSP }, 'a fetch of the page is not a frame');
    await p.sortTheLicences();
    await p.waitUnitState('sort-the-licences', 'completed');

    await p.next();
    await p.waitUnit('oer-quiz');
    await p.passOerQuiz();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await comeBack();
  }
});

test('a host that sends no CORS headers with its files: the download is refused, naming the host and the fix', { timeout: 180_000 }, async () => {
  const { page, context, errors } = await env.page({ allow: NOISE });
  try {
    const p = new Player(page, env.base);
    await p.open('/course/oer-bare');
    await p.outline().waitFor();
    await controlled(page);
    await waitState(page, 'not-downloaded');
    await page.getByTestId('download-start').click();
    await page.locator('.download-error').waitFor({ timeout: 60_000 });
    const host = new URL(bare.origin).host;
    const said = await text(page.locator('.download-error'));
    assert.ok(said.includes(message('en', 'download-no-cors').replace('{ $host }', host)), said);
    assert.match(said, /Access-Control-Allow-Origin/);
    await waitState(page, 'not-downloaded');
    const stored = await page.evaluate(async () => {
      const cache = await caches.open('alliance-player-course-oer-bare');
      return (await cache.keys()).map((r) => new URL(r.url).pathname);
    });
    assert.ok(!stored.some((s) => !s.endsWith('.json')), `no file of the host is stored: ${stored.join(', ')}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
