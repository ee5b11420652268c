// Several catalogue sources: the site's (config.json) on two origins, a partner's catalogue served from another
// origin with CORS; one source down, one refusing CORS, one that is no catalogue; and a learner's own source added
// in the settings. The built app in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { launch, Player, DIST, closeAll, text } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const T = { timeout: 120_000 };
const STATISTICS = 'https://courses.alliance-player.org/statistics';
let env;
let partner; // a partner's packages on another origin, readable by the player (CORS)
let closed; // the same files on an origin that sends no CORS header
let dir;
let downPort;

/** A port nothing listens on. */
async function freePort() {
  const s = net.createServer().listen(0, '127.0.0.1');
  await new Promise((r) => s.once('listening', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

before(async () => {
  env = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-partner-'));
  const read = (p) => JSON.parse(fs.readFileSync(path.join(DIST, p), 'utf8'));
  const catalog = read('courses/catalog.json');
  const entry = (id) => structuredClone(catalog.courses.find((c) => c.id === id));
  const provider = { name: { en: 'Partner University' } };
  // The sample statistics course again (same IRI, another id): shown once, as the site lists it.
  const same = { ...entry('statistics'), id: 'statistics-partner', provider };
  // A course of the partner's own, its package copied beside the catalogue.
  const own = { ...entry('statistics'), id: 'data-literacy', iri: 'https://partner.example/data-literacy', provider,
    title: { en: 'Data Literacy' }, manifest: 'data-literacy/course.json' };
  // Another course with an id the site's catalogue already uses: left out.
  const clash = { ...entry('first-chinese'), iri: 'https://partner.example/first-chinese', provider,
    title: { en: 'Mandarin for Travellers' }, manifest: 'data-literacy/course.json' };
  fs.mkdirSync(path.join(dir, 'courses'));
  fs.cpSync(path.join(DIST, 'courses/statistics'), path.join(dir, 'courses/data-literacy'), { recursive: true });
  const manifest = read('courses/statistics/course.json');
  fs.writeFileSync(path.join(dir, 'courses/data-literacy/course.json'),
    JSON.stringify({ ...manifest, id: 'data-literacy', iri: own.iri, title: own.title }));
  fs.writeFileSync(path.join(dir, 'courses/catalog.json'), JSON.stringify({
    ...catalog, title: { en: 'Partner University courses' }, courses: [same, own, clash],
  }));
  fs.writeFileSync(path.join(dir, 'courses/not-a-catalog.json'), JSON.stringify({ hello: 'world' }));
  partner = await startServer({ root: dir, port: 0, host: '127.0.0.1', playerPages: false, cors: env.base });
  closed = await startServer({ root: dir, port: 0, host: '127.0.0.1', playerPages: false });
  downPort = await freePort();
});
after(() => closeAll([
  () => env?.close(), () => partner?.close(), () => closed?.close(),
  () => fs.rmSync(dir, { recursive: true, force: true }),
]));

const origin = (s) => s.url.replace(/\/$/, '');
// A source that is down or refuses CORS: Chromium logs the failed request.
const NOISE = [/Failed to load resource/, /net::ERR_/, /blocked by CORS policy/];

/** A fresh context without the service worker (its fetches would bypass the routes), and its page. */
async function open({ config = null, allow = [] } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  const allowed = (m) => allow.some((re) => re.test(m));
  page.on('console', (m) => { if (m.type() === 'error' && !allowed(m.text())) errors.push(m.text()); });
  page.on('pageerror', (e) => { if (!allowed(e.message)) errors.push(e.message); });
  if (config) {
    await context.route(`${env.base}/config.json`, (route) => route.fulfill({
      status: 200, contentType: 'application/json', body: JSON.stringify({ catalogs: config }),
    }));
  }
  return { context, page, errors, p: new Player(page, env.base) };
}

test('the site lists two catalogues on two origins: both show, a course both list shows once, each card names its provider', T, async () => {
  const { context, page, errors, p } = await open({ config: ['/courses/catalog.json', `${origin(partner)}/courses/catalog.json`] });
  try {
    const manifests = [];
    page.on('request', (r) => { if (r.url().endsWith('/course.json')) manifests.push(r.url()); });
    await p.open('/');
    await p.card('data-literacy').waitFor();
    const ids = await p.cards().evaluateAll((cards) => cards.map((c) => c.dataset.courseId));
    assert.deepEqual(ids, ['open-education', 'first-chinese', 'statistics', 'data-literacy']);
    assert.match(await text(p.card('statistics')), /From Alliance Open University/);
    assert.match(await text(p.card('data-literacy')), /From Partner University/);
    // The heading is the first catalogue's title.
    assert.equal(await text(page.locator('h1')), 'Alliance sample courses');
    // The partner's other course with a taken id is left out, and said so.
    const notice = page.getByTestId('source-notice');
    assert.equal(await notice.getAttribute('role'), 'status');
    assert.match(await text(notice),
      /“Mandarin for Travellers” from Partner University courses is left out: another course already has its address, \/course\/first-chinese\./);
    // The partner's course opens from the partner's origin: its manifest resolves against its catalogue.
    await p.card('data-literacy').getByRole('link').first().click();
    await p.outline().waitFor();
    assert.deepEqual(manifests, [`${origin(partner)}/courses/data-literacy/course.json`]);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a source that is down, one that refuses CORS and one that is no catalogue are named in a notice; the others show; all down is the error view', T, async () => {
  const down = `http://127.0.0.1:${downPort}/courses/catalog.json`;
  const refusing = `${origin(closed)}/courses/catalog.json`;
  const invalid = `${origin(partner)}/courses/not-a-catalog.json`;
  const { context, page, errors, p } = await open({ config: ['/courses/catalog.json', down, refusing, invalid], allow: NOISE });
  try {
    await p.open('/');
    await p.catalog().waitFor();
    assert.equal(await p.cards().count(), 3);
    const notice = page.getByTestId('source-notice');
    const line = (url) => text(notice.locator(`li[data-source-url="${url}"]`));
    assert.match(await line(down), /^http:\/\/127\.0\.0\.1:\d+\/courses\/catalog\.json could not be reached: the site may be down, or it does not let this player read its courses\.$/);
    assert.match(await line(refusing), /could not be reached/);
    assert.match(await line(invalid), /is not a catalogue of courses this player can read: .*not-a-catalog\.json: \/format: missing required field/);
    assert.equal(await page.getByTestId('error').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
  const only = await open({ config: [down], allow: NOISE });
  try {
    await only.p.open('/');
    const error = only.page.getByTestId('error');
    await error.waitFor();
    assert.match(await text(error), /The course catalogue could not be loaded\./);
    assert.match(await text(error), /could not be reached/);
    assert.deepEqual(only.errors, []);
  } finally {
    await only.context.close();
  }
});

test('a learner adds a source in the settings (checked and previewed first); it shows in the catalogue, stays after a reload, and is removed', T, async () => {
  const url = `${origin(partner)}/courses/catalog.json`;
  const { context, page, errors, p } = await open();
  try {
    // The shipped config.json lists the sample catalogue.
    await p.open('/');
    await p.catalog().waitFor();
    assert.equal(await p.cards().count(), 3);
    await page.getByTestId('nav-settings').click();
    const sources = page.getByTestId('sources');
    await sources.waitFor();
    const item = (u) => sources.locator(`[data-testid=source-item][data-source-url="${u}"]`);
    await item('/courses/catalog.json').waitFor();
    assert.match(await text(item('/courses/catalog.json')), /Alliance sample courses\s*Chosen by this site/);
    assert.equal(await item('/courses/catalog.json').getByTestId('source-remove').count(), 0);

    const check = async (address) => {
      await page.getByTestId('source-add-url').fill(address);
      await page.getByTestId('source-check').click();
    };
    await check('javascript:alert(1)');
    await sources.getByRole('alert').waitFor();
    assert.match(await text(sources.getByRole('alert')), /Enter an address that starts with https:\/\//);
    await check('/courses/catalog.json');
    await sources.getByRole('alert').filter({ hasText: 'already in the list' }).waitFor();

    await check(url);
    const preview = page.getByTestId('source-preview');
    await preview.waitFor();
    assert.match(await text(preview), /Partner University courses\s*3 courses\s*From Partner University/);
    assert.equal(await item(url).count(), 0, 'nothing is added before the learner confirms');
    await page.getByTestId('source-add-confirm').click();
    // Named by its title once the catalogue has loaded again with it.
    await item(url).filter({ hasText: 'Partner University courses' }).waitFor();
    assert.equal(await item(url).getAttribute('data-source'), 'learner');
    await sources.getByRole('status').filter({ hasText: 'Added' }).waitFor();

    await page.getByRole('link', { name: 'Courses', exact: true }).first().click();
    await p.card('data-literacy').waitFor();
    assert.equal(await p.cards().count(), 4);
    assert.match(await text(page.getByTestId('source-notice')), /“Mandarin for Travellers” from Partner University courses is left out/);
    await page.reload();
    await p.card('data-literacy').waitFor();

    await page.getByTestId('nav-settings').click();
    await item(url).getByTestId('source-remove').click();
    await sources.getByRole('status').filter({ hasText: 'Removed' }).waitFor();
    assert.equal(await item(url).count(), 0);
    await page.getByRole('link', { name: 'Courses', exact: true }).first().click();
    await p.catalog().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=course-card]').length === 3);
    assert.equal(await page.getByTestId('source-notice').count(), 0);
    await page.reload();
    await p.catalog().waitFor();
    assert.equal(await p.card('data-literacy').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
