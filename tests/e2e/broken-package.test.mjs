// Broken course packages: a clear error that names the file and the field, and every other course still works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, Player, DIST, text } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const read = (p) => JSON.parse(fs.readFileSync(path.join(DIST, p), 'utf8'));

test('a course whose manifest is broken shows an error naming file and field; the others still open', async () => {
  const { page, context, errors } = await env.page({ allow: [] });
  // The server answers the statistics manifest with a misspelt unit kind.
  const course = read('courses/statistics/course.json');
  course.modules[0].units[0].kind = 'vidoe';
  await page.route('**/courses/statistics/course.json', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: JSON.stringify(course),
  }));
  const p = new Player(page, env.base);
  await p.open('/');
  await p.card('statistics').getByRole('link').first().click();
  await page.getByTestId('error').waitFor();
  const message = await text(page.getByTestId("error"));
  assert.match(message, /This course could not be opened/);
  assert.match(message, /course\.json: \/modules\/0\/units\/0\/kind: unknown unit kind "vidoe"; expected one of video, audio, reading, quiz, document, interactive/);

  await page.getByTestId('error').getByRole('link', { name: 'All courses' }).click();
  await p.catalog().waitFor();
  assert.equal(await p.cards().count(), 3);
  await p.card('first-chinese').getByRole('link').first().click();
  await p.outline().waitFor();
  assert.ok(await p.unitLink('greetings').isVisible());
  assert.deepEqual(errors, []);
  await context.close();
});

test('invalid JSON and a missing manifest give errors that say where and what', async () => {
  const { page, context, errors } = await env.page({ allow: [/404/] });
  await page.route('**/courses/first-chinese/course.json', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: '{\n  "format": "alliance-course-package",\n  "version": "1.0"\n  "id": "first-chinese"\n}',
  }));
  await page.route('**/courses/open-education/course.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  const p = new Player(page, env.base);
  await p.open('/course/first-chinese');
  await page.getByTestId('error').waitFor();
  assert.match(await text(page.getByTestId('error')), /course\.json: line 4 column 3: not valid JSON/);
  await p.open('/course/open-education');
  await page.getByTestId('error').waitFor();
  assert.match(await text(page.getByTestId('error')), /\/courses\/open-education\/course\.json answered HTTP 404/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an invalid catalogue entry is listed as a problem while the valid courses show', async () => {
  const { page, context, errors } = await env.page();
  const catalog = read('courses/catalog.json');
  catalog.courses.push({ ...catalog.courses[0], id: 'Bad Id' });
  await page.route('**/courses/catalog.json', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: JSON.stringify(catalog),
  }));
  const p = new Player(page, env.base);
  await p.open('/');
  await p.catalog().waitFor();
  assert.equal(await p.cards().count(), 3);
  assert.match(await text(page.getByTestId('catalog-rejected')), /catalog\.json: \/courses\/3\/id: invalid id "Bad Id"/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a unit of a kind from a newer format version says it needs a newer player; the rest of the course works', async () => {
  const { page, context, errors } = await env.page();
  const course = read('courses/statistics/course.json');
  course.version = '1.4';
  course.modules[0].units[0].kind = 'hologram';
  await page.route('**/courses/statistics/course.json', (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: JSON.stringify(course),
  }));
  const p = new Player(page, env.base);
  const first = course.modules[0].units[0].id;
  await p.open(`/course/statistics/unit/${first}`);
  await p.waitUnit(first);
  assert.match(await text(p.unitView()), /This unit needs a newer player/);
  await p.next();
  await p.waitUnit(course.modules[0].units[1].id);
  assert.deepEqual(errors, []);
  await context.close();
});
