// Search inside a course: a word of a reading, a phrase of the subtitles (the video opens at the cue), a quiz
// prompt, Chinese text in a Chinese course, the keyboard and the spoken count; the subtitles from the course's
// search data (one file), or from each subtitle file when that cannot be used; and a downloaded course searched
// offline (its search data comes from the worker's copy).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player, text } from './harness.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const TIMEOUT = { timeout: 180_000 };
// While the network is down Chromium logs the requests that fail.
const OFFLINE_NOISE = [/Failed to load resource/, /net::ERR_/, /status of 404/, /Failed to fetch/];

const results = (page) => page.getByTestId('course-search-result');
const result = (page, unit, kind) => page.locator(`[data-testid=course-search-result][data-unit-id="${unit}"][data-kind="${kind}"]`);

/** The marked words of a hit, in order. */
const marks = (hit) => hit.locator('mark').allInnerTexts();

/** Types `query` into the course's search field. */
async function search(page, query) {
  const field = page.getByTestId('course-search');
  await field.fill('');
  await field.fill(query);
}

/** The position of the unit's video or audio once its metadata has loaded. */
async function mediaTime(page) {
  return page.locator('.media').evaluate(async (m) => {
    if (m.readyState < 1) await new Promise((ok) => m.addEventListener('loadedmetadata', ok, { once: true }));
    if (m.seeking) await new Promise((ok) => m.addEventListener('seeked', ok, { once: true }));
    return m.currentTime;
  });
}

test('a word of a reading: the hit shows the word marked, is reached by keyboard, is announced, and opens the unit', TIMEOUT, async () => {
  const { page, context, errors } = await env.page();
  try {
    const p = new Player(page, env.base);
    await p.open('/course/open-education');
    await p.outline().waitFor();
    // The field is labelled, in a search landmark, above the outline.
    const field = page.getByRole('searchbox', { name: 'Search in this course' });
    await field.waitFor();
    assert.equal(await page.locator('form[role=search] [data-testid=course-search]').count(), 1);
    const [fieldBox, outlineBox] = [await field.boundingBox(), await p.outline().boundingBox()];
    assert.ok(fieldBox.y < outlineBox.y, 'above the outline');

    await search(page, 'unesco');
    const hit = result(page, 'five-rs', 'reading');
    await hit.waitFor();
    assert.equal(await results(page).count(), 1);
    assert.deepEqual(await marks(hit), ['UNESCO']);
    assert.equal(await hit.locator('mark').first().evaluate((m) => m.parentElement.lang), 'en');
    assert.match(await text(hit), /The 5 Rs of openness|5 Rs/);
    // The count is said in the polite live region once typing stops.
    await page.waitForFunction(() => /One result/.test(document.getElementById('announcer')?.textContent ?? ''), null, { timeout: 10_000 });

    // Down from the field reaches the hit; Enter opens it.
    await field.focus();
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.unitId), 'five-rs');
    await page.keyboard.press('ArrowUp');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'course-search');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await p.waitUnit('five-rs');
    assert.match(page.url(), /\/course\/open-education\/unit\/five-rs$/);
    // The search stays as it was, for the next hit.
    assert.equal(await page.getByTestId('course-search').inputValue(), 'unesco');

    await search(page, 'no such words anywhere');
    await page.getByText('No results').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a phrase of the subtitles opens the video at the cue; a quiz prompt opens the quiz', TIMEOUT, async () => {
  const { page, context, errors } = await env.page();
  try {
    const p = new Player(page, env.base);
    const fetched = [];
    page.on('request', (r) => { if (/(\.vtt|search\.json)$/.test(r.url())) fetched.push(new URL(r.url()).pathname); });
    await p.open('/course/open-education/unit/five-rs');
    await p.waitUnit('five-rs');
    await p.outline().waitFor();
    assert.deepEqual(fetched, [], 'nothing of the subtitles is fetched before the learner searches');

    await search(page, 'such as Creative Commons');
    const hit = result(page, 'what-is-oer', 'subtitle');
    await hit.waitFor({ timeout: 30_000 });
    assert.deepEqual(fetched, ['/courses/open-education/search.json'], 'the search data: one file for every subtitle track');
    assert.deepEqual(await marks(hit), ['such as Creative Commons'], 'a phrase is one mark');
    assert.match(await hit.getAttribute('href'), /\/course\/open-education\/unit\/what-is-oer\?t=10\.6$/);
    assert.match(await text(hit), /Subtitles at 0:10|Subtitles at 10/);
    await hit.click();
    await p.waitUnit('what-is-oer');
    const at = await mediaTime(page);
    assert.ok(Math.abs(at - 10.6) < 0.3, `the video starts at the cue (${at})`);

    // French and Chinese subtitles are searched too (the learner's language first when several match).
    await search(page, '知识共享');
    await result(page, 'what-is-oer', 'subtitle').waitFor();
    assert.deepEqual(await marks(result(page, 'what-is-oer', 'subtitle').first().locator('span[lang="zh-CN"]')), ['知识共享']);

    // Every word of a query, in any order, within one prompt; each is marked.
    await search(page, 'CC0 counting licences');
    const quiz = result(page, 'oer-quiz', 'quiz');
    await quiz.waitFor();
    assert.equal(await results(page).count(), 1);
    assert.deepEqual(await marks(quiz), ['licences', 'counting', 'CC0']);
    await quiz.click();
    await p.waitUnit('oer-quiz');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a zh-CN learner finds Chinese text by a few characters, with no word splitting', TIMEOUT, async () => {
  const { page, context, errors } = await env.page({ locale: 'zh-CN' });
  try {
    const p = new Player(page, env.base);
    await p.open('/course/first-chinese');
    await p.outline().waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    // A phrase inside a quiz prompt.
    await search(page, '遇到老师');
    const quiz = result(page, 'mandarin-quiz', 'quiz');
    await quiz.waitFor();
    assert.deepEqual(await marks(quiz), ['遇到老师']);
    assert.equal(await quiz.locator('mark').first().evaluate((m) => m.parentElement.lang), 'zh-CN');
    // Two characters in the middle of a reading's words; the Chinese text is the one found.
    await search(page, '声调');
    await result(page, 'pinyin-and-tones', 'reading').waitFor();
    assert.equal(await result(page, 'pinyin-and-tones', 'reading').locator('mark').first().evaluate((m) => m.parentElement.lang), 'zh-CN');
    const count = await text(page.locator('.course-search p.unit-meta'));
    assert.match(count, /共 \d+ 个结果/);
    await result(page, 'pinyin-and-tones', 'reading').click();
    await p.waitUnit('pinyin-and-tones');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('search data that cannot be used: the subtitle files themselves are searched', TIMEOUT, async () => {
  const { page, context, errors } = await env.page();
  try {
    const p = new Player(page, env.base);
    const fetched = [];
    page.on('request', (r) => { if (/(\.vtt|search\.json)$/.test(r.url())) fetched.push(new URL(r.url()).pathname); });
    // Data of another format (as a stale or hostile file would be).
    await context.route('**/open-education/search.json', (route) => route.fulfill({
      status: 200, contentType: 'application/json', body: '{"format": "something-else", "version": "1.0", "subtitles": []}',
    }));
    await p.open('/course/open-education');
    await p.outline().waitFor();
    await search(page, 'such as Creative Commons');
    const hit = result(page, 'what-is-oer', 'subtitle');
    await hit.waitFor({ timeout: 30_000 });
    assert.equal(fetched[0], '/courses/open-education/search.json');
    assert.ok(fetched.some((u) => u.endsWith('/intro.en.vtt')), `the subtitle files instead: ${fetched}`);
    assert.equal(await page.getByText('Some subtitles could not be searched.').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a downloaded course is searched offline, subtitles included', TIMEOUT, async () => {
  const offline = await launch();
  try {
    const { page, context, errors } = await offline.page({ allow: OFFLINE_NOISE });
    const p = new Player(page, offline.base);
    await p.open('/course/open-education');
    await p.outline().waitFor();
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 60_000 });
    await page.locator('[data-testid=download-course][data-state=not-downloaded]').waitFor({ timeout: 60_000 });
    await page.getByTestId('download-start').click();
    await page.locator('[data-testid=download-course][data-state=downloaded]').waitFor({ timeout: 120_000 });

    // The network goes away for real; nothing was searched before.
    await offline.stopServer();
    await context.setOffline(true);
    await page.reload();
    await p.outline().waitFor();
    await page.getByTestId('offline-indicator').waitFor({ state: 'visible' });

    await search(page, 'anyone may use, adapt and share');
    const hit = result(page, 'what-is-oer', 'subtitle');
    await hit.waitFor({ timeout: 30_000 });
    assert.deepEqual(await marks(hit), ['anyone may use, adapt and share']);
    assert.equal(await page.getByText('Some subtitles could not be searched.').count(), 0);
    await hit.click();
    await p.waitUnit('what-is-oer');
    const at = await mediaTime(page);
    assert.ok(Math.abs(at - 4.133) < 0.3, `the video starts at the cue (${at})`);
    assert.deepEqual(errors, []);
  } finally {
    await offline.close();
  }
});
