// A course of 10,000 units (generated, served through a route: no huge file in the repository) opens at a unit near
// its end, and Next/Previous go to the right units; the outline shows the units around the current one, marks it
// with aria-current, and shows more on request. No timing assertions: `make bench` (section largeCourse) times it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { DIST, launch, Player } from './harness.mjs';
import { LARGE_COURSE_ID, largeCourseManifest, routeLargeCourse } from '../../scripts/lib/bench/large-course.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** A page of a context with no service worker, so that every request reaches the course's route. */
async function openPage() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await routeLargeCourse(context, env.base);
  return { page, context, errors };
}

/** "Unit 9,990 of 10,000" as plain digits (Fluent isolates the numbers; Intl groups them). */
const ordinal = async (page) => (await page.locator('.unit-ordinal').innerText()).replace(/[\u2068\u2069,]/g, '');

const current = (page) => page.locator('[data-testid=unit-link][aria-current=page]');

test('a course of 10,000 units opens a unit near its end and moves Next and Previous', { timeout: 180_000 }, async () => {
  const { page, context, errors } = await openPage();
  try {
    const p = new Player(page, env.base);

    await p.open(`/course/${LARGE_COURSE_ID}/unit/u9989`);
    await p.waitUnit('u9989');
    assert.equal(await ordinal(page), 'Unit 9990 of 10000');
    assert.equal(await current(page).getAttribute('data-unit-id'), 'u9989');

    await p.next();
    await p.waitUnit('u9990');
    assert.match(page.url(), /\/unit\/u9990$/);
    assert.equal(await ordinal(page), 'Unit 9991 of 10000');
    assert.equal(await current(page).getAttribute('data-unit-id'), 'u9990');

    await p.previous();
    await p.previous();
    await p.waitUnit('u9988');
    assert.equal(await current(page).getAttribute('data-unit-id'), 'u9988');

    // To the last unit: no Next there.
    await p.open(`/course/${LARGE_COURSE_ID}/unit/u9999`);
    await p.waitUnit('u9999');
    assert.equal(await page.getByTestId('next-unit').count(), 0);
    await p.previous();
    await p.waitUnit('u9998');

    // The outline lists the units around the current one, and more on request, with focus on the first shown.
    const links = page.locator('[data-testid=unit-link]');
    const before = await links.count();
    assert.ok(before > 100 && before < 1_000, `${before} links`);
    assert.equal(await page.getByTestId('outline-later').count(), 0, 'nothing after the last unit');
    await page.getByTestId('outline-earlier').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid=unit-link]').length > n, before);
    const focused = await page.evaluate(() => document.activeElement?.dataset.unitId);
    assert.equal(focused, await links.first().getAttribute('data-unit-id'));
    // The outline with its "Show earlier units" button passes axe.
    const axe = await new AxeBuilder({ page }).include('[data-testid=course-outline]').analyze();
    assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help}`), []);
    assert.match(await page.getByTestId('outline-earlier').innerText(), /^Show earlier units \(\D?9,?\d{3}\D? hidden\)$/);
    // A link in the outline opens its unit.
    await p.unitLink(focused).click();
    await p.waitUnit(focused);
    assert.equal(await current(page).getAttribute('data-unit-id'), focused);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the first unit of a 10,000-unit course, and its course home, list the start of the outline', { timeout: 120_000 }, async () => {
  const { page, context, errors } = await openPage();
  try {
    const p = new Player(page, env.base);
    await p.open(`/course/${LARGE_COURSE_ID}`);
    await p.outline().waitFor();
    assert.equal(await page.locator('[data-testid=unit-link]').first().getAttribute('data-unit-id'), 'u0');
    assert.equal(await page.getByTestId('outline-earlier').count(), 0);
    await p.unitLink('u0').click();
    await p.waitUnit('u0');
    assert.equal(await page.getByTestId('prev-unit').count(), 0);
    await p.next();
    await p.waitUnit('u1');
    // Going far away (a deep link inside the app) moves the outline's window there.
    await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = '/course/large-course/unit/u5000';
      a.id = 'far';
      a.textContent = 'far';
      document.querySelector('main').prepend(a);
    });
    await page.locator('#far').click();
    await p.waitUnit('u5000');
    await page.waitForFunction(() => document.querySelector('[data-testid=unit-link][aria-current=page]')?.dataset.unitId === 'u5000');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a manifest over its size limit is refused naming the file and the limit, whether its length is announced or not', { timeout: 120_000 }, async (t) => {
  // A copy of the build with a 5 MiB manifest that compresses to a few KB: the server sends it compressed, so its
  // Content-Length is the small compressed size and only the count while reading can catch it.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-huge-'));
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  fs.cpSync(DIST, root, { recursive: true });
  const huge = largeCourseManifest(20, 20);
  huge.id = 'huge';
  huge.summary = { en: 'x'.repeat(5 * 1024 * 1024) };
  fs.mkdirSync(path.join(root, 'courses', 'huge'));
  fs.writeFileSync(path.join(root, 'courses', 'huge', 'course.json'), JSON.stringify(huge));
  const other = await launch({ root });
  t.after(() => other.close());
  const context = await other.browser.newContext({ serviceWorkers: 'block' });
  t.after(() => context.close());
  const entry = (id, manifest) => ({ id, iri: `https://example.org/${id}`, title: { en: id }, summary: { en: id },
    languages: ['en'], provider: { name: { en: 'Test' } }, size: 1, manifest });
  await context.route(`${other.base}/courses/catalog.json`, async (route) => {
    const response = await route.fetch();
    const catalog = await response.json();
    catalog.courses.push(entry('huge', 'huge/course.json'), entry('announced', 'announced/course.json'));
    await route.fulfill({ response, json: catalog });
  });
  // Announced: the Content-Length alone says it is too large.
  await context.route(`${other.base}/courses/announced/course.json`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: 'x'.repeat(5 * 1024 * 1024) }));
  const page = await context.newPage();
  const seen = [];
  page.on('response', (r) => { if (r.url().endsWith('/huge/course.json')) seen.push(r.headers()); });
  for (const id of ['huge', 'announced']) {
    await page.goto(`${other.base}/course/${id}`);
    const error = page.getByTestId('error');
    await error.waitFor();
    assert.match(await error.innerText(), /course\.json is larger than 4 MiB/);
    assert.equal(await page.getByTestId('course-outline').count(), 0);
  }
  assert.ok(['br', 'gzip'].includes(seen[0]['content-encoding']), 'the server compressed the file');
  assert.ok(Number(seen[0]['content-length'] ?? 0) < 1024 * 1024, `Content-Length ${seen[0]['content-length']}`);
  // The other courses keep working.
  await page.goto(`${other.base}/course/statistics`);
  await page.getByTestId('course-outline').waitFor();
});
