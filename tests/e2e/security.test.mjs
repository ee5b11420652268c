// Course files never run as the player's origin (docs/security.md §1): the player's pages carry a strict CSP; a course
// page opened directly — online from the server, offline from the service worker — runs in an opaque origin and
// cannot read the player's storage; and a hostile course package (tests/fixtures/hostile/: script in every
// learner-visible string, every Markdown trick, a subtitle file with markup, an interactive page that attacks its
// parent, an HTML page given as a PDF) runs nothing in the player's origin while the other courses keep working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, Player, DIST, text, message } from './harness.mjs';
import { PLAYER_CSP, COURSE_FILE_CSP } from '../../scripts/lib/static-server.mjs';

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');
/** A fake LRS credential the player holds; no course page may ever read it. */
const SECRET = 'Basic aG9zdGlsZS10ZXN0OnNlY3JldC10aGF0LW11c3QtbmV2ZXItbGVhaw==';
const LRS = JSON.stringify({ endpoint: 'https://lrs.example.org/xapi/', authorization: SECRET });

// What the attacks make Chromium log (the attack page's own 404s, its blocked popup and navigation, its fetch from an
// opaque origin), none of it from the player.
const ATTACK_NOISE = [/status of 404/, /allow-popups/, /sandboxed/, /CORS policy/, /Failed to load resource/, /Failed to fetch/, /ERR_INTERNET_DISCONNECTED/];

let env;
let dir;
const requests = [];

/** A copy of the build with the hostile package added to its catalogue (sizes and SHA-256 filled in). */
function buildWithHostilePackage() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-hostile-'));
  // (With their times, so that the build's .br/.gz stay exactly as fresh as the files beside them.)
  fs.cpSync(DIST, root, { recursive: true, preserveTimestamps: true });
  const pkg = path.join(root, 'courses/hostile');
  fs.mkdirSync(pkg);
  const files = ['attack.html', 'fake.pdf', 'hostile.en.vtt'];
  for (const f of files) fs.copyFileSync(path.join(FIXTURE, f), path.join(pkg, f));
  fs.copyFileSync(path.join(DIST, 'courses/open-education/intro.webm'), path.join(pkg, 'clip.webm'));
  files.push('clip.webm');
  const course = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'course.json'), 'utf8'));
  course.files = files.map((src) => {
    const bytes = fs.readFileSync(path.join(pkg, src));
    return { src, size: bytes.length, sha256: crypto.createHash('sha256').update(bytes).digest('hex') };
  });
  fs.writeFileSync(path.join(pkg, 'course.json'), JSON.stringify(course));
  const entry = JSON.parse(fs.readFileSync(path.join(FIXTURE, 'catalog-entry.json'), 'utf8'));
  entry.size = course.files.reduce((s, f) => s + f.size, 0);
  const catalogFile = path.join(root, 'courses/catalog.json');
  const catalog = JSON.parse(fs.readFileSync(catalogFile, 'utf8'));
  catalog.courses.push(entry);
  fs.writeFileSync(catalogFile, JSON.stringify(catalog));
  for (const ext of ['br', 'gz']) fs.rmSync(`${catalogFile}.${ext}`, { force: true });
  return root;
}

before(async () => {
  dir = buildWithHostilePackage();
  env = await launch({ root: dir, log: (line) => requests.push(line) });
});
after(async () => {
  await env?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Collects dialogs and popups of a context: an attack that got through shows up here. */
function watch(page, context) {
  const seen = { dialogs: [], popups: [] };
  page.on('dialog', (d) => { seen.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  context.on('page', (p) => seen.popups.push(p.url()));
  return seen;
}

/** Stores the fake credential as the player's LRS connection, in the player's origin. */
async function storeSecret(page) {
  await page.evaluate((lrs) => localStorage.setItem('alliance-player.lrs', lrs), LRS);
}

/** Opens the hostile page directly (a link, "open in new tab", a reload) and returns what it could do. */
async function openAttackPageDirectly(page) {
  await page.goto(`${env.base}/courses/hostile/attack.html`);
  await page.locator('#report[data-done=true]').waitFor({ timeout: 20_000 });
  return JSON.parse(await page.locator('#report').textContent());
}

function assertNothingReadable(report, where) {
  assert.equal(report.origin, 'null', `${where}: the page runs in an opaque origin (${JSON.stringify(report)})`);
  for (const what of ['localStorage', 'sessionStorage', 'indexedDB', 'cookie', 'caches', 'serviceWorker']) {
    assert.match(report[what], /^blocked: /, `${where}: ${what} must be out of reach (${JSON.stringify(report)})`);
  }
  assert.ok(!requests.some((l) => l.includes('aG9zdGlsZS10ZXN0')), `${where}: the credential never left in a request`);
}

test("the player's pages carry the CSP (header and meta); an injected inline script does not run", { timeout: 120_000 }, async () => {
  for (const p of ['/', '/course/open-education/unit/licence-sheet', '/settings']) {
    const r = await fetch(env.base + p);
    assert.equal(r.headers.get('content-security-policy'), PLAYER_CSP, `${p}: the player's CSP header`);
    assert.equal(r.headers.get('referrer-policy'), 'no-referrer', p);
    await r.arrayBuffer();
  }
  const policy = Object.fromEntries(PLAYER_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...v]) => [name, v]));
  assert.deepEqual(policy['script-src'].filter((v) => !v.startsWith("'sha256-")), ["'self'", "'wasm-unsafe-eval'"], 'scripts: the origin and hashes only');
  assert.deepEqual(policy['style-src'], ["'self'"]);
  assert.deepEqual(policy['object-src'], ['blob:']);
  assert.deepEqual(policy['frame-src'], ["'self'", 'blob:', 'https:', 'http://127.0.0.1:*', 'http://localhost:*'], 'interactive pages: the origin, a course host (sandboxed), the checked PDF');
  assert.deepEqual(policy['base-uri'], ["'none'"]);
  assert.deepEqual(policy['form-action'], ["'none'"]);
  assert.equal(policy['frame-ancestors'], undefined, 'the player is embedded by design');
  for (const p of ['/courses/open-education/sort-the-licences.html', '/courses/open-education/licence-sheet.pdf', '/courses/catalog.json', '/courses/nothing-here.html']) {
    const r = await fetch(env.base + p, { headers: { range: 'bytes=0-3' } });
    assert.equal(r.headers.get('content-security-policy'), COURSE_FILE_CSP, `${p}: sandboxed`);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', p);
    await r.arrayBuffer();
  }

  // (What Chromium logs for the two injections below; any other CSP report fails the test.)
  const injected = /(Executing|Refused to execute) inline (script|event handler)/;
  const { page, context, errors } = await env.page({ allow: [injected] });
  const p = new Player(page, env.base);
  await p.open('/');
  await p.catalog().waitFor();
  assert.equal(await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content'), PLAYER_CSP);
  const outcome = await page.evaluate(async () => {
    const violations = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const s = document.createElement('script');
    s.textContent = 'window.__injected = "script"';
    document.body.append(s);
    const d = document.createElement('div');
    d.innerHTML = '<img src="data:," onload="window.__injected = \'handler\'">';
    document.body.append(d);
    await new Promise((ok) => setTimeout(ok, 300));
    return { injected: window.__injected ?? null, violations };
  });
  assert.equal(outcome.injected, null, 'an injected inline script or handler ran');
  assert.ok(outcome.violations.some((v) => v.startsWith('script-src')), JSON.stringify(outcome));
  // The player itself still works under its policy: a course, a unit, the settings, no CSP error.
  await p.card('open-education').getByRole('link').first().click();
  await p.outline().waitFor();
  await p.open('/settings');
  await page.getByTestId('lrs-form').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a course page opened directly cannot read the player's storage (online, from the server's headers)", { timeout: 120_000 }, async () => {
  const { page, context, errors } = await env.page({ allow: ATTACK_NOISE });
  const seen = watch(page, context);
  const p = new Player(page, env.base);
  await p.open('/');
  await p.catalog().waitFor();
  await storeSecret(page);
  // Without the service worker, so that only the server's headers stand between the page and the player's origin.
  await page.evaluate(async () => {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
  });
  const report = await openAttackPageDirectly(page);
  assertNothingReadable(report, 'online');
  assert.ok(requests.some((l) => l.startsWith('GET /courses/hostile/exfil?loot= ')), 'the page did try to send what it read');
  assert.deepEqual(seen, { dialogs: [], popups: [] });
  assert.deepEqual(errors, []);
  await context.close();
});

test("offline, a downloaded course page opened directly cannot read the player's storage (the service worker's headers)", { timeout: 180_000 }, async () => {
  const { page, context, errors } = await env.page({ allow: ATTACK_NOISE });
  const seen = watch(page, context);
  const p = new Player(page, env.base);
  await p.open('/course/hostile');
  await p.outline().waitFor();
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 60_000 });
  await storeSecret(page);
  await page.locator('[data-testid=download-course][data-state=not-downloaded]').waitFor({ timeout: 60_000 });
  await page.getByTestId('download-start').click();
  await page.locator('[data-testid=download-course][data-state=downloaded]').waitFor({ timeout: 60_000 });
  // As if the package had come from a host that sets no headers: the stored answers have none.
  const stripped = await page.evaluate(async () => {
    const cache = await caches.open('alliance-player-course-hostile');
    let n = 0;
    for (const request of await cache.keys()) {
      const answer = await cache.match(request);
      const headers = new Headers(answer.headers);
      n++;
      headers.delete('content-security-policy');
      headers.delete('x-content-type-options');
      await cache.put(request, new Response(await answer.blob(), { status: answer.status, headers }));
    }
    return n;
  });
  assert.ok(stripped >= 5, `the course's files are stored (${stripped})`);

  await env.stopServer();
  try {
    await context.setOffline(true);
    const report = await openAttackPageDirectly(page);
    assertNothingReadable(report, 'offline');

    // The same page as an interactive unit, framed offline: the worker answers it, sandboxed, and the frame keeps
    // the sandbox attribute for any later navigation.
    await context.addInitScript(() => {
      if (window !== window.top) return;
      window.__reports = [];
      addEventListener('message', (e) => { if (e.data?.type === 'hostile-report') window.__reports.push(e.data.report); });
    });
    await page.goto(`${env.base}/course/hostile/unit/hostile-interactive`);
    await p.waitUnit('hostile-interactive');
    await page.waitForFunction(() => window.__reports?.length > 0, null, { timeout: 20_000 });
    const framed = await page.evaluate(() => window.__reports[0]);
    assert.equal(framed.framed, true);
    assertFramedAttackFailed(framed);
    assert.equal(await page.locator('.interactive iframe').getAttribute('sandbox'), 'allow-scripts');
    assert.equal(new URL(page.url()).pathname, '/course/hostile/unit/hostile-interactive', 'no top navigation');
    assert.equal(await page.evaluate(() => window.__hostile ?? null), null);
    assert.deepEqual(seen, { dialogs: [], popups: [] });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await env.startServer();
  }
});

/** Polls `condition` (something Playwright cannot wait on, such as the page's frames) for up to 20 s. */
async function until(condition, what) {
  for (const end = Date.now() + 20_000; Date.now() < end;) {
    if (await condition()) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  assert.fail(`timed out: ${what}`);
}

function assertFramedAttackFailed(report) {
  assertNothingReadable(report, 'framed');
  for (const what of ['parent.document', 'parent.canary', 'parent.localStorage', 'window.open']) {
    assert.match(report[what], /^blocked: /, `framed: ${what} (${JSON.stringify(report)})`);
  }
}

test('a hostile course package: nothing runs in the player, the attacks of its interactive page fail, its fake PDF is refused, the other courses keep working', { timeout: 180_000 }, async () => {
  const { page, context, errors } = await env.page({ allow: ATTACK_NOISE });
  const seen = watch(page, context);
  await context.addInitScript(() => {
    if (window !== window.top) return;
    window.__reports = [];
    addEventListener('message', (e) => { if (e.data?.type === 'hostile-report') window.__reports.push(e.data.report); });
  });
  const p = new Player(page, env.base);
  const canary = () => page.evaluate(() => window.__hostile ?? null);
  /** Script and markup in course text stay text: no element of theirs, no handler, no dangerous link. */
  const inert = async (where) => {
    const found = await page.evaluate(() => {
      const bad = [];
      for (const el of document.body.querySelectorAll('*')) {
        if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') bad.push(el.outerHTML.slice(0, 80));
        for (const a of el.attributes) {
          const url = ['href', 'src', 'data', 'action', 'formaction', 'srcdoc', 'xlink:href', 'poster'].includes(a.name.toLowerCase());
          if (/^on/i.test(a.name) || (url && /__hostile|alert\(|javascript:/i.test(a.value))) bad.push(`${el.tagName} ${a.name}=${a.value.slice(0, 60)}`);
        }
      }
      for (const a of document.body.querySelectorAll('a[href]')) {
        const scheme = new URL(a.getAttribute('href'), location.href).protocol;
        if (!['http:', 'https:', 'mailto:'].includes(scheme)) bad.push(`a href ${a.getAttribute('href')}`);
      }
      return bad;
    });
    assert.deepEqual(found, [], `${where}: course text became markup`);
    assert.equal(await canary(), null, `${where}: script ran in the player`);
  };

  await p.open('/');
  await p.card('hostile').waitFor();
  assert.match(await text(p.card('hostile')), /<script>window.__hostile='catalog-title'<\/script>/, 'the title is shown as text');
  await inert('catalogue');

  await p.card('hostile').getByRole('link').first().click();
  await p.outline().waitFor();
  await inert('course page');

  // Video with a subtitle file full of markup: cues are text.
  await p.open('/course/hostile/unit/hostile-video');
  await p.waitUnit('hostile-video');
  await p.play(1);
  await page.getByTestId('subtitle-cue').first().waitFor({ timeout: 20_000 });
  assert.equal(await page.getByTestId('subtitle-cue').first().locator('*').count(), 0, 'a cue is plain text');
  await inert('video');

  // The reading: every Markdown trick.
  await p.next();
  await p.waitUnit('hostile-reading');
  await page.locator('.prose').first().waitFor();
  assert.ok((await page.locator('.prose a[href="https://example.org/"]').count()) >= 1, 'ordinary links survive');
  await inert('reading');

  // The quiz: prompts, choices and feedback.
  await p.next();
  await p.waitUnit('hostile-quiz');
  await page.locator('[data-testid=quiz-question][data-question-id=q1] input[value=b]').check();
  await page.getByTestId('quiz-submit').click();
  await page.locator('[data-testid=quiz-result]').waitFor();
  await inert('quiz feedback');

  // The "PDF" that is an HTML page: refused with an error naming the file; nothing of it is loaded as a document.
  await p.next();
  await p.waitUnit('hostile-pdf');
  await page.getByTestId('error').waitFor();
  const refusal = await text(page.getByTestId('error'));
  assert.ok(refusal.includes(message('en', 'error-document')), refusal);
  assert.ok(refusal.includes(message('en', 'document-not-pdf').replace('{ $file }', 'fake.pdf')), refusal);
  assert.equal(await page.locator('object, embed, iframe').count(), 0);
  await inert('fake PDF');

  // The interactive page, in its sandboxed frame: every attack fails, and it says so.
  await p.next();
  await p.waitUnit('hostile-interactive');
  assert.equal(await page.locator('.interactive iframe').getAttribute('sandbox'), 'allow-scripts');
  await page.waitForFunction(() => window.__reports?.length > 0, null, { timeout: 20_000 });
  assertFramedAttackFailed(await page.evaluate(() => window.__reports[0]));
  assert.equal(new URL(page.url()).pathname, '/course/hostile/unit/hostile-interactive', 'no top navigation');
  assert.ok(!requests.some((l) => /hostile-(navigation|popup|pdf)/.test(l)), 'no navigation or popup reached the server');
  await inert('interactive');

  // The other courses keep working, and a real PDF is shown (from a checked blob).
  await p.open('/course/open-education/unit/licence-sheet');
  await p.waitUnit('licence-sheet');
  await page.locator('object.pdf[type="application/pdf"][data^="blob:"]').waitFor();
  await until(() => page.frames().some((f) => f.url().startsWith('chrome-extension://')), "Chromium's PDF viewer shows it");
  await p.open('/');
  await p.catalog().waitFor();
  assert.equal(await p.cards().count(), 4);
  await p.card('statistics').getByRole('link').first().click();
  await p.outline().waitFor();

  assert.equal(await canary(), null);
  assert.deepEqual(seen, { dialogs: [], popups: [] });
  assert.deepEqual(errors, []);
  await context.close();
});
