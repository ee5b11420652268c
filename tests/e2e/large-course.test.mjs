// A course of 10,000 units (generated, served through a route: no huge file in the repository) opens at a unit near
// its end, and Next/Previous go to the right units; the outline shows the units around the current one, marks it
// with aria-current, and shows more on request. No timing assertions: `make bench` (section largeCourse) times it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player } from './harness.mjs';
import { LARGE_COURSE_ID, routeLargeCourse } from '../../scripts/lib/bench/large-course.mjs';

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
