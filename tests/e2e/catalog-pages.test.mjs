// A catalogue in pages (format 1.2), as `alliance-pack generate-catalog` and `build` write it: 300 courses, the
// first 48 in catalog.json and pages of 100. Served from another origin (CORS) and listed in the site's config.json.
// The list draws its first courses without any page, a page is fetched when the learner nears the end, the list is
// a window that moves (never more than 192 cards), a search covers every page, and a course on a page not loaded opens by its address. The built app in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, Player, closeAll, text } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';

const T = { timeout: 180_000 };
let env;
let host;
let dir;
let catalog;
let pages;

before(async () => {
  env = await launch();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-pages-'));
  execFileSync('cargo', ['run', '--offline', '--quiet', '-p', 'alliance-pack', '--', 'generate-catalog', path.join(dir, 'gen'),
    '--courses', '300', '--languages', '4', '--sources', '1', '--seed', '7', '--first', '48', '--page-size', '100'],
  { stdio: 'inherit', timeout: 600_000 });
  const root = path.join(dir, 'gen', 'source-1');
  catalog = JSON.parse(fs.readFileSync(path.join(root, 'catalog.json'), 'utf8'));
  pages = catalog.more.pages.map((p) => JSON.parse(fs.readFileSync(path.join(root, p), 'utf8')));
  host = await startServer({ root, port: 0, host: '127.0.0.1', playerPages: false, cors: env.base });
});
after(() => closeAll([() => env?.close(), () => host?.close(), () => fs.rmSync(dir, { recursive: true, force: true })]));

async function open() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  const requested = [];
  page.on('request', (r) => { if (r.url().includes('/catalog/page-')) requested.push(new URL(r.url()).pathname); });
  await context.route(`${env.base}/config.json`, (route) => route.fulfill({
    status: 200, contentType: 'application/json', body: JSON.stringify({ catalogs: [`${host.url}catalog.json`] }),
  }));
  return { context, page, errors, requested, p: new Player(page, env.base) };
}

test('a catalogue in pages: the first courses without a page, a page as the list nears its end, the count of all', T, async () => {
  const { context, page, errors, requested, p } = await open();
  try {
    assert.equal(catalog.courses.length, 48);
    assert.equal(catalog.more.count, 300);
    await p.open('/');
    await p.catalog().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('main [data-testid="course-card"]').length === 48);
    assert.match(await text(page.locator('.catalog-count')), /300 courses/);
    assert.deepEqual(requested, [], 'no page before the learner goes looking');
    // Nearing the end of the list fetches the next page and draws its courses.
    const first = pages[0].courses[0].id;
    await page.getByTestId('catalog-more').scrollIntoViewIfNeeded();
    await page.locator(`main [data-testid="course-card"][data-course-id="${first}"]`).waitFor();
    assert.deepEqual(requested, ['/catalog/page-001.json']);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the list is a moving window: every course reachable down and back up, never more than 192 cards at once', T, async () => {
  const { context, page, errors, p } = await open();
  try {
    await p.open('/');
    await p.catalog().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('main [data-testid="course-card"]').length === 48);
    // The most cards in the page at any moment.
    await page.evaluate(() => {
      window.mostCards = 0;
      new MutationObserver(() => {
        window.mostCards = Math.max(window.mostCards, document.querySelectorAll('main [data-testid="course-card"]').length);
      }).observe(document.querySelector('main'), { childList: true, subtree: true });
    });
    const card = (id) => page.locator(`main [data-testid="course-card"][data-course-id="${id}"]`);
    const first = catalog.courses[0].id;
    const last = pages.at(-1).courses.at(-1).id;
    const frames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.getByTestId('catalog-earlier').isVisible(), false, 'nothing before the first course');
    // The learner goes to a button and presses it. Each button also acts by itself as it comes near the screen, and
    // hides when there is nothing more its way (the last cards then still being drawn): no waiting for it to be still
    // or visible, as Playwright's own click would.
    const press = (id) => page.getByTestId(id).evaluate((b) => {
      if (!b.hidden) {
        b.scrollIntoView({ block: 'center' });
        b.click();
      }
    });
    // Cards leaving or coming in above do not move the cards on screen.
    const onScreen = () => page.evaluate(() => {
      for (const c of document.querySelectorAll('main [data-testid="course-card"]')) {
        const r = c.getBoundingClientRect();
        if (r.bottom > 0) return { id: c.dataset.courseId, top: r.top };
      }
      return null;
    });
    const staysOnClick = async (button) => {
      await button.scrollIntoViewIfNeeded();
      await frames();
      const seen = await onScreen();
      // A click as a learner's (Playwright's own would first scroll the button into view again).
      await button.evaluate((b) => b.click());
      for (let i = 0; i < 8; i++) await frames();
      const top = await card(seen.id).evaluate((c) => c.getBoundingClientRect().top);
      assert.ok(Math.abs(top - seen.top) <= 2, `course ${seen.id} on screen moved from ${seen.top} to ${top}`);
    };
    for (let i = 0; i < 60 && await card(last).count() === 0; i++) {
      await press('catalog-more');
      await frames();
    }
    await card(last).waitFor();
    assert.equal(await card(first).count(), 0, 'the first courses left the page');

    await page.getByTestId('catalog-more').waitFor({ state: 'hidden' });
    // Cards coming in above (the same measure-and-scroll as for cards leaving above, on the way down).
    const firstDrawn = () => page.locator('main [data-testid="course-card"]').first().getAttribute('data-course-id');
    const before = await firstDrawn();
    await staysOnClick(page.getByTestId('catalog-earlier'));
    assert.notEqual(await firstDrawn(), before, 'cards came in above');
    for (let i = 0; i < 60 && await card(first).count() === 0; i++) {
      await press('catalog-earlier');
      await frames();
    }
    await card(first).waitFor();
    await page.getByTestId('catalog-earlier').waitFor({ state: 'hidden' });
    assert.equal(await card(last).count(), 0, 'the last courses left the page');
    const most = await page.evaluate(() => window.mostCards);
    assert.ok(most <= 192 && most >= 144, `at most 192 cards at once, not ${most}`);
    assert.match(await text(page.locator('.catalog-count')), /300 courses/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a search covers every page; a course on a page not loaded opens by its address', T, async () => {
  const { context, page, errors, requested, p } = await open();
  try {
    // A course of the last page, found by a word of its title.
    const last = pages[pages.length - 1].courses.at(-1);
    const title = last.title.en ?? Object.values(last.title)[0];
    await p.open('/');
    await p.catalog().waitFor();
    await page.getByTestId('catalog-search').fill(title);
    await page.locator(`main [data-testid="course-card"][data-course-id="${last.id}"]`).waitFor({ timeout: 60_000 });
    assert.deepEqual(requested, catalog.more.pages.map((u) => `/${u}`), 'every page, once, in order');

    // A new page, straight to a course of the second page.
    const { context: c2, page: page2, errors: errors2, requested: req2, p: p2 } = await open();
    try {
      const second = pages[1].courses[5];
      await p2.open(`/course/${second.id}`);
      await p2.outline().waitFor({ timeout: 60_000 });
      assert.deepEqual(req2, ['/catalog/page-001.json', '/catalog/page-002.json'], 'the pages up to its own');
      assert.ok(page2.url().endsWith(`/course/${second.id}`), page2.url());
      assert.deepEqual(errors2, []);
    } finally {
      await c2.close();
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
