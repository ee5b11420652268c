// Notes and bookmarks: a bookmarked unit with a note, bookmarked moments of a video (each with a note and a link
// that plays from there), "My notes" in course order, all surviving a reload and part of the transcript export;
// another learner of the same device sees none of them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player, screenshot } from './harness.mjs';

const T = { timeout: 120_000 };
let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

async function streamText(stream) {
  const chunks = [];
  for await (const c of stream) chunks.push(c);
  return Buffer.concat(chunks).toString('utf8');
}

test('a bookmark and a note on a unit, moments of a video: kept across a reload, listed in My notes, in the export', T, async () => {
  const { page, context, errors } = await env.page();
  try {
    const p = new Player(page, env.base);
    await p.open('/course/statistics/unit/mean-median-mode');
    await p.waitUnit('mean-median-mode');
    await page.getByTestId('bookmark-unit').click();
    assert.equal(await page.getByTestId('bookmark-unit').getAttribute('aria-pressed'), 'true');
    await page.getByTestId('unit-note').fill('Median: the middle value — 中位数');
    await page.getByTestId('save-note').click();
    await page.getByTestId('note-saved').filter({ hasText: /\S/ }).waitFor();

    // Two moments of the video, the second with a note.
    await p.open('/course/statistics/unit/averages-video');
    await p.waitUnit('averages-video');
    const video = page.locator('video.media');
    await page.waitForFunction(() => document.querySelector('video.media').readyState >= 1);
    await video.evaluate((v) => { v.currentTime = 4; });
    await page.waitForFunction(() => Math.abs(document.querySelector('video.media').currentTime - 4) < 0.1);
    await page.getByTestId('bookmark-moment').click();
    await video.evaluate((v) => { v.currentTime = 12.5; });
    await page.waitForFunction(() => Math.abs(document.querySelector('video.media').currentTime - 12.5) < 0.1);
    await page.getByTestId('bookmark-moment').click();
    await page.getByTestId('moment').nth(1).waitFor();
    await page.getByTestId('moment-note').nth(1).fill('the mean moves with one large value');
    await page.getByTestId('moment-note').nth(1).press('Enter');
    await page.getByTestId('moment-note').nth(1).blur();

    // A reload: all of it is still there.
    await page.reload();
    await p.waitUnit('averages-video');
    await page.getByTestId('moment').nth(1).waitFor();
    assert.deepEqual(await page.getByTestId('moment').evaluateAll((ms) => ms.map((m) => m.dataset.seconds)), ['4', '12.5']);
    assert.equal(await page.getByTestId('moment-note').nth(1).inputValue(), 'the mean moves with one large value');
    // A moment's link plays from there.
    await page.getByTestId('moment-link').nth(1).click();
    await page.waitForFunction(() => Math.abs(document.querySelector('video.media').currentTime - 12.5) < 0.3);

    // My notes: in course order (the video comes before the reading), each linking to its place.
    await page.getByTestId('notes-link').click();
    await page.getByTestId('notes-view').waitFor();
    const items = await page.getByTestId('note-item').evaluateAll((is) => is.map((i) => ({ unit: i.dataset.unitId, text: i.innerText })));
    assert.deepEqual(items.map((i) => i.unit), ['averages-video', 'averages-video', 'mean-median-mode']);
    assert.match(items[2].text, /Median: the middle value — 中位数/);
    assert.match(items[1].text, /0:12/);
    await screenshot(page, 'my-notes');

    // The transcript export carries them.
    await p.open('/transcript');
    await page.getByTestId('transcript').waitFor();
    await page.getByTestId('export-csv').waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const lines = (await streamText(await csv.createReadStream())).trim().split('\r\n');
    const row = (unit) => lines.find((l) => l.includes(`"${unit}"`)) ?? '';
    assert.ok(row('mean-median-mode').endsWith('"★ Median: the middle value — 中位数"'), row('mean-median-mode'));
    assert.ok(row('averages-video').endsWith('"[0:04] | [0:12] the mean moves with one large value"'), row('averages-video'));

    // Deleting from My notes removes it everywhere.
    await p.open('/course/statistics/notes');
    await page.getByTestId('note-item').nth(2).waitFor();
    await page.getByTestId('delete-note').nth(2).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=note-item]').length === 2);
    await page.reload();
    await page.getByTestId('notes-view').waitFor();
    await page.getByTestId('note-item').nth(1).waitFor();
    assert.equal(await page.getByTestId('note-item').count(), 2);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('another learner on the same device sees none of the first learner\'s notes', T, async () => {
  const { page, context, errors } = await env.page();
  try {
    const p = new Player(page, env.base);
    await p.open('/course/statistics/unit/mean-median-mode');
    await p.waitUnit('mean-median-mode');
    await page.getByTestId('unit-note').fill('mine only');
    await page.getByTestId('save-note').click();
    await page.getByTestId('note-saved').filter({ hasText: /\S/ }).waitFor();
    // A second learner on this device.
    await p.open('/learners');
    await page.getByTestId('learner-name').fill('Bo');
    await page.getByTestId('learner-add').click();
    const bo = page.locator('[data-testid=learner-picker] > li').filter({ hasText: 'Bo' });
    await bo.getByTestId('learner-switch').click();
    await page.locator('[data-testid=learner-current]', { hasText: 'Bo' }).waitFor({ timeout: 30_000 });
    await p.open('/course/statistics/notes');
    await page.getByTestId('notes-view').waitFor();
    await page.getByTestId('notes-empty').waitFor();
    await p.open('/course/statistics/unit/mean-median-mode');
    await p.waitUnit('mean-median-mode');
    assert.equal(await page.getByTestId('unit-note').inputValue(), '');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
