// A learner's journeys through the real app: catalogue, a whole course with every unit kind, resume, deep links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player, text } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const OER_UNITS = ['what-is-oer', 'five-rs', 'cc-licences', 'licence-sheet', 'podcast-open-textbooks', 'sort-the-licences', 'oer-quiz'];

test('the catalogue lists the courses and filters them by title and by language', async () => {
  const { page, context, errors } = await env.page();
  const p = new Player(page, env.base);
  await p.open('/');
  await p.catalog().waitFor();
  assert.equal(await p.cards().count(), 3);
  assert.deepEqual(
    (await p.cards().evaluateAll((cs) => cs.map((c) => c.dataset.courseId))).sort(),
    ['first-chinese', 'open-education', 'statistics'],
  );
  // Each card shows its languages by name, in their own script.
  assert.match(await text(p.card('statistics')), /العربية/);
  assert.match(await text(p.card('statistics')), /中文（简体）/);

  await page.getByTestId('catalog-search').fill('statis');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=course-card]').length === 1);
  assert.equal(await p.cards().first().getAttribute('data-course-id'), 'statistics');
  assert.match(page.url(), /\?q=statis/, 'the search is in the URL');

  await page.getByTestId('catalog-search').fill('');
  await page.getByTestId('language-filter').selectOption('ar');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=course-card]').length === 1);
  assert.equal(await p.cards().first().getAttribute('data-course-id'), 'statistics');
  await page.getByTestId('language-filter').selectOption('es');
  await page.waitForFunction(() => document.querySelector('[data-testid=course-card]')?.dataset.courseId === 'first-chinese');
  // The filter options are language names, not codes.
  const options = await page.getByTestId('language-filter').locator('option').allInnerTexts();
  assert.ok(options.includes('العربية') && options.includes('Español'), options.join(', '));

  await page.getByTestId('catalog-search').fill('no such course');
  await page.getByText('No course matches your search').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a learner plays every unit kind of a course, sees every completion mark, and resumes where they left off', async () => {
  const { page, context, errors } = await env.page();
  const p = new Player(page, env.base);
  await p.open('/');
  await p.card('open-education').getByRole('link').first().click();
  await p.outline().waitFor();
  for (const id of OER_UNITS) assert.equal(await p.unitState(id), 'not-started', id);
  await page.getByTestId('start-course').click();

  // Video: play it (muted, 4×) until 90 % of its seconds have been watched.
  await p.waitUnit('what-is-oer');
  assert.equal(await p.unitView().getAttribute('data-unit-kind'), 'video');
  assert.equal(await p.unitState('what-is-oer'), 'in-progress');
  const subtitleNames = await page.getByTestId('subtitle-select').locator('option').allInnerTexts();
  assert.deepEqual(subtitleNames.slice(1).sort(), ['English', 'Français', '中文（简体）'].sort());
  await p.play(4);
  await p.waitUnitState('what-is-oer', 'completed', 30_000);

  // Reading: reaching the end of the text completes it.
  await p.next();
  await p.waitUnit('five-rs');
  assert.equal(await p.unitView().getAttribute('data-unit-kind'), 'reading');
  await page.locator('.reading-end').scrollIntoViewIfNeeded();
  await p.waitUnitState('five-rs', 'completed');

  // A second reading, completed with "Mark as done".
  await p.next();
  await p.waitUnit('cc-licences');
  await page.getByTestId('mark-done').click();
  await p.waitUnitState('cc-licences', 'completed');
  assert.equal(await page.getByTestId('mark-done').isDisabled(), true);

  // Document: the PDF is embedded, downloadable, and completed with "Mark as done".
  await p.next();
  await p.waitUnit('licence-sheet');
  assert.equal(await p.unitView().getAttribute('data-unit-kind'), 'document');
  const pdfHref = await page.getByTestId('document-download').getAttribute('href');
  const pdf = await page.request.get(env.base + pdfHref);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
  await page.getByTestId('mark-done').click();
  await p.waitUnitState('licence-sheet', 'completed');

  // Audio, with its transcript.
  await p.next();
  await p.waitUnit('podcast-open-textbooks');
  assert.equal(await p.unitView().getAttribute('data-unit-kind'), 'audio');
  assert.ok((await text(page.locator('.transcript'))).length > 100, 'the transcript is shown');
  await p.play(4);
  await p.waitUnitState('podcast-open-textbooks', 'completed', 60_000);

  // Interactive page in a sandboxed frame: play the exercise; its completion message completes the unit.
  await p.next();
  await p.waitUnit('sort-the-licences');
  assert.equal(await page.locator('.interactive iframe').getAttribute('sandbox'), 'allow-scripts');
  await p.sortTheLicences();
  await p.waitUnitState('sort-the-licences', 'completed');

  // Quiz: a failed attempt, then a pass; attempts are counted.
  await p.next();
  await p.waitUnit('oer-quiz');
  const q = (id) => page.locator(`[data-testid=quiz-question][data-question-id="${id}"]`);
  await q('oer-definition').locator('input[value=free-online]').check();
  await q('nc-commercial').locator('input[value=true]').check();
  await page.getByTestId('quiz-submit').click();
  await page.locator('[data-testid=quiz-result][data-passed=false]').waitFor();
  assert.equal(await p.unitState('oer-quiz'), 'failed');
  assert.match(await text(page.getByTestId('quiz-attempts')), /2 attempts left/);
  assert.equal(await q('oer-definition').locator('[data-testid=question-feedback]').getAttribute('data-correct'), 'false');
  await page.getByTestId('quiz-retry').click();
  await q('oer-definition').locator('input[value=open-licence]').check();
  for (const r of ['retain', 'remix', 'revise', 'redistribute']) await q('five-rs').locator(`input[value=${r}]`).check();
  await q('nc-commercial').locator('input[value=false]').check();
  await q('attribution-code').locator('input').fill('cc by');
  await q('licence-count').locator('input').fill('6');
  await page.getByTestId('quiz-submit').click();
  await page.locator('[data-testid=quiz-result][data-passed=true]').waitFor();
  assert.match(await text(page.getByTestId('quiz-result')), /100/);
  await p.waitUnitState('oer-quiz', 'passed');
  assert.equal(await page.getByTestId('next-unit').count(), 0, 'the last unit has no Next');

  // Every completion mark, and the course at 100 %.
  for (const id of OER_UNITS) {
    assert.equal(await p.unitState(id), id === 'oer-quiz' ? 'passed' : 'completed', id);
  }
  assert.match(await text(page.locator('.course-progress')), /100/);

  // Previous goes back; then leave for the catalogue and come back: the course opens where we left off.
  await p.previous();
  await p.waitUnit('sort-the-licences');
  await page.getByRole('link', { name: 'All courses' }).first().click();
  await p.catalog().waitFor();
  assert.match(await text(p.card('open-education')), /Continue/);
  await p.card('open-education').getByRole('link').first().click();
  await p.waitUnit('sort-the-licences');
  assert.match(page.url(), /\/course\/open-education\/unit\/sort-the-licences$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('seeking to the end of a video is not watching it', async () => {
  const { page, context, errors } = await env.page();
  const p = new Player(page, env.base);
  await p.open('/course/statistics/unit/averages-video');
  await p.waitUnit('averages-video');
  await p.play(1, -0.5);
  await p.stopAfter(null);
  await page.waitForTimeout(300);
  assert.equal(await p.unitState('averages-video'), 'in-progress');
  assert.match(await text(page.getByTestId('media-watched')), /^\s*(0|5|10)% watched/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link to a unit opens that unit, with the outline and Previous/Next', async () => {
  const { page, context, errors } = await env.page();
  const p = new Player(page, env.base);
  await p.open('/course/first-chinese/unit/tone-marks');
  await p.waitUnit('tone-marks');
  assert.equal(await p.unitView().getAttribute('data-unit-kind'), 'interactive');
  assert.equal(await page.locator('[data-testid=unit-link][aria-current=page]').getAttribute('data-unit-id'), 'tone-marks');
  await p.next();
  await p.waitUnit('numbers-reading');
  assert.match(page.url(), /\/course\/first-chinese\/unit\/numbers-reading$/);
  await page.goBack();
  await p.waitUnit('tone-marks');
  // A unit that does not exist gives a clear error, not a blank page.
  await p.open('/course/first-chinese/unit/no-such-unit');
  await page.getByTestId('error').waitFor();
  assert.match(await text(page.getByTestId('error')), /no unit “no-such-unit”/);
  await p.open('/course/no-such-course');
  await page.getByTestId('error').waitFor();
  assert.match(await text(page.getByTestId('error')), /no course “no-such-course”/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a video resumes at the position the learner left it', async () => {
  const { page, context, errors } = await env.page();
  const p = new Player(page, env.base);
  await p.open('/course/statistics/unit/averages-video');
  await p.waitUnit('averages-video');
  await p.play(1, 8);
  const left = await p.stopAfter(1200);
  assert.ok(left >= 9 && left < 11, `played from 8 s to ${left} s`);
  await p.next();
  await p.waitUnit('mean-median-mode');
  await p.previous();
  await p.waitUnit('averages-video');
  await page.waitForFunction(() => document.querySelector('.media')?.currentTime > 8.5);
  const resumed = await page.locator('.media').evaluate((m) => m.currentTime);
  assert.ok(Math.abs(resumed - left) < 0.6, `resumed at ${resumed} s, left at ${left} s`);
  assert.deepEqual(errors, []);
  await context.close();
});
