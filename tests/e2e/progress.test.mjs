// Durable progress (IndexedDB): it survives a reload, the course resumes where the learner left off, and two tabs of
// the same browser see each other's progress.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test('completed units and the resume point survive a reload', async () => {
  const { page, context, errors } = await env.page();
  const p = new Player(page, env.base);
  await p.open('/course/open-education/unit/cc-licences');
  await p.waitUnit('cc-licences');
  await page.getByTestId('mark-done').click();
  await p.waitUnitState('cc-licences', 'completed');
  await p.next();
  await p.waitUnit('licence-sheet');
  await page.getByTestId('mark-done').click();
  await p.waitUnitState('licence-sheet', 'completed');
  await page.waitForTimeout(300); // let the write transaction commit

  await page.reload();
  await p.waitUnit('licence-sheet');
  await p.waitUnitState('cc-licences', 'completed', 5_000);
  await p.waitUnitState('licence-sheet', 'completed', 5_000);
  assert.equal(await p.unitState('oer-quiz'), 'not-started');

  // A fresh visit to the course (new page) opens the unit last visited.
  await p.open('/course/open-education');
  await p.waitUnit('licence-sheet');
  assert.match(page.url(), /\/unit\/licence-sheet$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two tabs see each other\'s progress within a second', async () => {
  const { page: a, context, errors } = await env.page();
  const b = await context.newPage();
  const pa = new Player(a, env.base);
  const pb = new Player(b, env.base);
  await pa.open('/course/statistics/unit/mean-median-mode');
  await pb.open('/course/statistics/unit/range-and-sd');
  await pa.waitUnit('mean-median-mode');
  await pb.waitUnit('range-and-sd');
  assert.notEqual(await pb.unitState('reading-histograms'), 'completed');
  // Complete a unit in tab A…
  await pa.open('/course/statistics/unit/reading-histograms');
  await pa.waitUnit('reading-histograms');
  await a.getByTestId('mark-done').click();
  await pa.waitUnitState('reading-histograms', 'completed');
  const t0 = Date.now();
  // …and tab B shows it without a reload.
  await pb.waitUnitState('reading-histograms', 'completed', 1_000);
  assert.ok(Date.now() - t0 <= 1_000, `seen after ${Date.now() - t0} ms`);
  // B's own progress is still there, merged, not overwritten.
  assert.equal(await pb.unitState('range-and-sd'), 'in-progress');
  await b.reload();
  await pb.waitUnit('range-and-sd');
  await pb.waitUnitState('reading-histograms', 'completed', 5_000);
  await pb.waitUnitState('mean-median-mode', 'in-progress', 5_000);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the transcript lists completed units, exports JSON and CSV that parse, and resets a course', async () => {
  const { page, context, errors } = await env.page();
  const p = new Player(page, env.base);
  await p.open('/course/first-chinese/unit/greetings');
  await p.waitUnit('greetings');
  await page.getByTestId('mark-done').click();
  await p.waitUnitState('greetings', 'completed');
  // The page is left at once: a completion is stored without waiting for anything (durability.test.mjs).
  await p.open('/course/first-chinese/unit/mandarin-quiz');
  await p.waitUnit('mandarin-quiz');
  await page.getByTestId('quiz-submit').click(); // nothing answered: a failed attempt
  await page.locator('[data-testid=quiz-result][data-passed=false]').waitFor();

  await page.getByTestId('nav-transcript').click();
  await page.getByTestId('transcript').waitFor();
  const course = page.locator('[data-testid=transcript-course][data-course-id=first-chinese]');
  await course.waitFor();
  assert.equal(await course.locator('[data-testid=transcript-unit][data-unit-id=greetings]').getAttribute('data-state'), 'completed');
  assert.equal(await course.locator('[data-testid=transcript-unit][data-unit-id=mandarin-quiz]').getAttribute('data-state'), 'failed');

  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xapi').click()]);
  const statements = JSON.parse(await streamText(await json.createReadStream()));
  const forCourse = statements.filter((s) => s.context.contextActivities.parent[0].id.endsWith('/first-chinese'));
  assert.deepEqual(forCourse.map((s) => s.verb.id.split('/').pop()).sort(), ['completed', 'failed']);
  for (const s of statements) {
    assert.match(s.id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.match(s.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.ok(s.object.id.startsWith('https://'));
    assert.ok(!JSON.stringify(s).includes('password'), 'no credentials in exported files');
  }
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  const lines = (await streamText(await csv.createReadStream())).trim().split('\r\n');
  assert.equal(lines[0], 'course_id,course,unit_id,unit,state,best_score,attempts,time_spent_s,last_activity,notes');
  assert.ok(lines.some((l) => l.startsWith('"first-chinese"') && l.includes('"greetings"') && l.includes('"completed"')), lines.join('\n'));

  // Reset after a confirmation: the course disappears from the transcript and its outline starts over.
  page.once('dialog', (d) => d.accept());
  await course.getByTestId('reset-course').click();
  await course.waitFor({ state: 'detached' });
  await p.open('/course/first-chinese/unit/greetings');
  await p.waitUnit('greetings');
  assert.equal(await p.unitState('mandarin-quiz'), 'not-started');
  assert.deepEqual(errors, []);
  await context.close();
});

async function streamText(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

test('a reading reopens at the place the learner had scrolled to', async () => {
  const { page, context, errors } = await env.page({ allow: [] });
  await page.setViewportSize({ width: 1280, height: 600 });
  const p = new Player(page, env.base);
  await p.open('/course/statistics/unit/mean-median-mode');
  await p.waitUnit('mean-median-mode');
  const target = await page.locator('.prose').evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, top + el.offsetHeight * 0.5);
    return window.scrollY;
  });
  await page.waitForTimeout(700);
  await page.evaluate(() => window.dispatchEvent(new Event('scroll')));
  await page.waitForTimeout(300);
  await p.open('/course/statistics/unit/averages-video');
  await p.waitUnit('averages-video');
  await page.waitForTimeout(300);
  await page.reload();
  await p.waitUnit('averages-video');
  await page.locator('[data-testid=unit-link][data-unit-id=mean-median-mode]').click();
  await p.waitUnit('mean-median-mode');
  await page.waitForFunction((t) => Math.abs(window.scrollY - t) < 80, target, { timeout: 5_000 });
  assert.deepEqual(errors, []);
  await context.close();
});
