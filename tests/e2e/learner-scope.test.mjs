// What belongs to a learner stays theirs: the interface language is each learner's own (the first learner keeps
// the one stored before learners existed), and an embedded player keeps its progress per host page origin — a
// unit done in one university's page is not done in another's, nor in the player opened directly.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, otherOrigins, closeAll, Player } from './harness.mjs';

let env;
const hosts = otherOrigins();
before(async () => { env = await launch(); });
after(() => closeAll([() => hosts.close(), () => env?.close()]));

const TIMEOUT = { timeout: 240_000 };

async function pick(page, tag) {
  await page.getByTestId('language-picker').locator('summary').click();
  await page.getByTestId('language-picker').locator(`button[data-lang="${tag}"]`).click();
  await page.waitForFunction((t) => document.documentElement.lang === t, tag);
}

const lang = (page) => page.evaluate(() => document.documentElement.lang);

test('each learner has their own interface language; the first keeps the one stored before learners existed', TIMEOUT, async (t) => {
  const { page, context, errors } = await env.page();
  t.after(() => context.close());
  const p = new Player(page, env.base);
  // A device as the player left it before learners: French chosen.
  await p.open('/');
  await page.evaluate(() => localStorage.setItem('alliance-player.locale', 'fr'));
  await p.open('/');
  await p.catalog().waitFor();
  assert.equal(await lang(page), 'fr');

  await p.open('/learners');
  await page.getByTestId('learner-name').fill('Bo');
  await page.getByTestId('learner-add').click();
  const bo = page.locator('[data-testid=learner-picker] li', { hasText: 'Bo' });
  await bo.waitFor();
  const boId = await bo.getAttribute('data-learner-id');
  // Switching starts the player again for Bo.
  let loaded = page.waitForEvent('load');
  await bo.getByTestId('learner-switch').click();
  await loaded;
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('alliance-player.learners')).active), boId);
  await page.getByTestId('learner-current').waitFor();
  assert.equal(await lang(page), 'en', "Bo starts with the browser's language, not the first learner's choice");
  await pick(page, 'de');
  assert.equal(await page.evaluate((id) => localStorage.getItem(`alliance-player.${id}.locale`), boId), 'de');
  assert.equal(await page.evaluate(() => localStorage.getItem('alliance-player.locale')), 'fr');

  // Back to the first learner: French again.
  await p.open('/learners');
  loaded = page.waitForEvent('load');
  await page.locator('[data-testid=learner-picker] li[data-learner-id=first]').getByTestId('learner-switch').click();
  await loaded;
  await page.getByTestId('learner-current').waitFor();
  await page.waitForFunction(() => document.documentElement.lang === 'fr');
  assert.deepEqual(errors, []);
});

test('an embedded player keeps progress per host page origin', TIMEOUT, async (t) => {
  const embed = (base) => ({
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
      <script src="${base}/embed.js"></script></head><body>
      <alliance-player course="statistics" unit="formula-sheet" chrome="unit"></alliance-player>
      <script>
        window.events = [];
        const el = document.querySelector('alliance-player');
        for (const n of ['ready', 'progress', 'completed']) el.addEventListener(n, (e) => window.events.push(e.detail));
      </script></body></html>`,
  });
  const x = await hosts.serve(embed(env.base));
  const y = await hosts.serve(embed(env.base));
  const { page, context, errors } = await env.page({ allow: [/Failed to load resource/, /status of 404/] });
  t.after(() => context.close());

  const playerFrame = () => page.frames().find((f) => f.url().startsWith(env.base));
  const unitRecords = (database) => playerFrame().evaluate((name) => new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('units')) { db.close(); resolve([]); return; }
      const all = db.transaction('units').objectStore('units').getAll();
      all.onsuccess = () => { db.close(); resolve(all.result.filter((r) => r.course === 'statistics').map((r) => `${r.unit}:${r.state}`)); };
      all.onerror = () => reject(all.error);
    };
  }), database);

  // Done in host X's page.
  await page.goto(`${x}/`);
  const frame = page.frameLocator('alliance-player iframe');
  await frame.locator('[data-testid=unit-view][data-unit-id="formula-sheet"]').waitFor();
  await frame.getByTestId('mark-done').click();
  await page.waitForFunction(() => window.events.some((e) => e.event === 'completed'));
  await playerFrame().waitForFunction((name) => new Promise((resolve) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => {
      const db = open.result;
      const all = db.transaction('units').objectStore('units').getAll();
      all.onsuccess = () => { db.close(); resolve(all.result.some((r) => r.unit === 'formula-sheet' && r.state === 'completed')); };
    };
  }), `alliance-player@first@${x}`, { timeout: 30_000 });

  // Not done in host Y's page.
  await page.goto(`${y}/`);
  await frame.locator('[data-testid=unit-view][data-unit-id="formula-sheet"]').waitFor();
  await frame.getByTestId('mark-done').waitFor();
  // Opening the unit is host Y's own progress; X's completion is not there.
  const inY = await unitRecords(`alliance-player@first@${y}`);
  assert.ok(!inY.includes('formula-sheet:completed'), `host Y's player sees none of host X's progress: ${inY}`);
  assert.ok(!(await page.evaluate(() => window.events)).some((e) => e.event === 'completed'));

  // Not done in the player opened directly.
  const p = new Player(page, env.base);
  await p.open('/course/statistics');
  await p.outline().waitFor();
  assert.notEqual(await p.unitState('formula-sheet'), 'completed');
  assert.deepEqual(errors, []);
});
