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
