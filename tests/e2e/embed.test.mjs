// Embedding in a university's page: the host page is served from another origin than the player and uses the
// <alliance-player> element (embed.js). The unit loads in Arabic in the host's colour, the learner completes it,
// the host page receives `completed`, the LRS (launched the cmi5 way: a token address, no credentials in the URL)
// receives the statement; the frame's height follows its content; host commands work; a message from a third
// origin changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, otherOrigins, closeAll } from './harness.mjs';
import { startLrs } from './lrs.mjs';
import { startLauncher } from '../../scripts/lib/lrs.mjs';

let env;
let lrs;
let launcher;
const hosts = otherOrigins();
before(async () => {
  env = await launch();
  lrs = await startLrs();
  launcher = await startLauncher({ lrsBase: lrs.base });
});
after(() => closeAll([() => hosts.close(), () => launcher?.close(), () => lrs?.close(), () => env?.close()]));

const NOISE = [/Failed to load resource/, /status of 404/, /activities\/state.*blocked by CORS policy/, /net::ERR_FAILED/];

test('a host page on another origin embeds a unit in Arabic, themed; its completion reaches the host and the LRS; commands from elsewhere are ignored', async () => {
  const mbox = 'mailto:embedded@example.org';
  const actor = JSON.stringify({ objectType: 'Agent', name: 'Embedded Learner', mbox });
  // A third origin's page, framed by the host, that tries to steer the player.
  const third = await hosts.serve({
    'index.html': `<!doctype html><title>third</title><script>
      window.attack = () => parent.frames[0].postMessage({ type: 'alliance-player', version: 1, command: 'navigate', course: 'statistics', unit: 'stats-quiz' }, '*');
    </script>`,
  });
  const host = await hosts.serve({
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>University</title>
      <script src="${env.base}/embed.js"></script></head><body>
      <h1>Our statistics course</h1>
      <alliance-player course="statistics" unit="formula-sheet" lang="ar" chrome="unit" theme-primary="#7a1f5c"
        endpoint="${lrs.base}" fetch="${launcher.base}/fetch" actor='${actor}'></alliance-player>
      <iframe id="third" src="${third}/" style="width:10px;height:10px"></iframe>
      <script>
        window.events = [];
        const el = document.querySelector('alliance-player');
        for (const n of ['ready', 'unit-changed', 'progress', 'completed', 'resize', 'error']) el.addEventListener(n, (e) => window.events.push(e.detail));
      </script></body></html>`,
  });

  const { page, context, errors } = await env.page({ allow: NOISE });
  await page.goto(`${host}/`);
  const frame = page.frameLocator('alliance-player iframe');
  await frame.locator('[data-testid=unit-view][data-unit-id="formula-sheet"]').waitFor();
  const player = page.frames().find((f) => f.url().startsWith(env.base));
  assert.ok(player, 'the player frame');
  // The frame was told the host's origin; launch credentials never appear in its address.
  const src = new URL(await page.locator('alliance-player iframe').getAttribute('src'));
  assert.equal(src.searchParams.get('host'), host);
  assert.equal(src.searchParams.get('auth'), null);
  // Arabic, right to left, only the unit (no header, no outline), the host's colour on the primary button.
  assert.equal(await player.evaluate(() => document.documentElement.lang), 'ar');
  assert.equal(await player.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await frame.locator('.app-header').isVisible(), false);
  assert.equal(await frame.locator('.course-sidebar').isVisible(), false);
  assert.equal(await frame.getByTestId('next-unit').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(122, 31, 92)');

  // ready, then where the learner is.
  await page.waitForFunction(() => window.events.some((e) => e.event === 'unit-changed'));
  const first = await page.evaluate(() => window.events.map((e) => e.event));
  assert.equal(first[0], 'ready');
  for (const e of await page.evaluate(() => window.events)) {
    assert.equal(e.type, 'alliance-player');
    assert.equal(e.version, 1);
  }

  // The frame's height follows its content, with no scrollbar inside.
  await page.waitForFunction(() => window.events.some((e) => e.event === 'resize' && e.height > 600));
  const fit = async () => {
    const frameHeight = await page.locator('alliance-player iframe').evaluate((f) => f.getBoundingClientRect().height);
    const inner = await player.evaluate(() => ({ content: Math.ceil(document.body.getBoundingClientRect().height), scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
    return { frameHeight, ...inner };
  };
  await page.waitForFunction(() => {
    const f = document.querySelector('alliance-player iframe');
    const last = window.events.filter((e) => e.event === 'resize').pop();
    return last && Math.abs(f.getBoundingClientRect().height - last.height) < 1;
  });
  let f = await fit();
  assert.ok(Math.abs(f.frameHeight - f.content) <= 1, JSON.stringify(f));
  assert.ok(f.scroll <= f.client, `no inner scrollbar: ${JSON.stringify(f)}`);

  // A command from a third origin is ignored.
  await page.frame({ url: `${third}/` }).evaluate(() => window.attack());
  await page.waitForTimeout(500);
  assert.equal(await player.evaluate(() => location.pathname), '/course/statistics/unit/formula-sheet');

  // The learner completes the unit: the host hears it, the LRS stores it.
  await frame.getByTestId('mark-done').click();
  await page.waitForFunction(() => window.events.some((e) => e.event === 'completed'));
  const completed = (await page.evaluate(() => window.events)).find((e) => e.event === 'completed');
  assert.deepEqual(
    { course: completed.course, unit: completed.unit, verb: completed.verb },
    { course: 'statistics', unit: 'formula-sheet', verb: 'completed' },
  );
  await page.waitForFunction(() => window.events.some((e) => e.event === 'progress' && e.completion > 0));
  const until = Date.now() + 30_000;
  let held = [];
  while (Date.now() < until) {
    held = (await lrs.statements()).filter((s) => s.actor.mbox === mbox);
    if (held.length) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.equal(held.length, 1);
  assert.equal(held[0].object.id, 'https://courses.alliance-player.org/statistics/units/formula-sheet');
  assert.equal(held[0].context.language, 'ar');
  assert.equal(launcher.issued(), 1);

  // The host's own commands work: another unit, another language; the frame follows the new content's height.
  await page.evaluate(() => document.querySelector('alliance-player').navigate('statistics', 'mean-median-mode'));
  await frame.locator('[data-testid=unit-view][data-unit-id="mean-median-mode"]').waitFor();
  await page.waitForFunction(() => window.events.some((e) => e.event === 'unit-changed' && e.unit === 'mean-median-mode'));
  await page.evaluate(() => document.querySelector('alliance-player').setLanguage('en'));
  await player.waitForFunction(() => document.documentElement.lang === 'en');
  await page.waitForTimeout(300);
  assert.equal((await page.evaluate(() => window.events)).filter((e) => e.event === 'completed').length, 1,
    'the completion is told once, also after the interface was rebuilt in another language');
  f = await fit();
  assert.ok(Math.abs(f.frameHeight - f.content) <= 1, JSON.stringify(f));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a plain iframe without `host`: the player takes the embedding origin from the browser and talks only to it', async () => {
  const host = await hosts.serve({
    'index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head><body>
      <iframe id="p" src="${env.base}/course/statistics/unit/formula-sheet?lang=fr" title="Alliance Player" style="width:100%;height:600px;border:0"></iframe>
      <script>
        window.messages = [];
        addEventListener('message', (e) => { if (e.origin === '${env.base}') window.messages.push(e.data); });
      </script></body></html>`,
  });
  const { page, context, errors } = await env.page({ allow: NOISE });
  await page.goto(`${host}/`);
  await page.waitForFunction(() => window.messages.some((m) => m.event === 'ready'));
  const ready = (await page.evaluate(() => window.messages)).find((m) => m.event === 'ready');
  assert.deepEqual(
    { type: ready.type, version: ready.version, course: ready.course, unit: ready.unit, lang: ready.lang },
    { type: 'alliance-player', version: 1, course: 'statistics', unit: 'formula-sheet', lang: 'fr' },
  );
  // A command posted by the host page itself (the parent window, the right origin) is obeyed.
  await page.evaluate((target) => document.getElementById('p').contentWindow.postMessage(
    { type: 'alliance-player', version: 1, command: 'navigate', course: 'statistics', unit: 'stats-quiz' }, target), env.base);
  await page.waitForFunction(() => window.messages.some((m) => m.event === 'unit-changed' && m.unit === 'stats-quiz'));
  // Commands of another protocol version, or with a path hidden in an id, are ignored.
  await page.evaluate((target) => {
    const w = document.getElementById('p').contentWindow;
    w.postMessage({ type: 'alliance-player', version: 2, command: 'navigate', course: 'statistics', unit: 'formula-sheet' }, target);
    w.postMessage({ type: 'alliance-player', version: 1, command: 'navigate', course: '../transcript' }, target);
  }, env.base);
  await page.waitForTimeout(500);
  const player = page.frames().find((f) => f.url().startsWith(env.base));
  assert.equal(await player.evaluate(() => location.pathname), '/course/statistics/unit/stats-quiz');
  // A unit that does not exist: the player shows its error, and tells the host.
  await page.evaluate((target) => document.getElementById('p').contentWindow.postMessage(
    { type: 'alliance-player', version: 1, command: 'navigate', course: 'statistics', unit: 'no-such-unit' }, target), env.base);
  await page.waitForFunction(() => window.messages.some((m) => m.event === 'error'));
  const error = (await page.evaluate(() => window.messages)).find((m) => m.event === 'error');
  assert.match(error.message, /no-such-unit/);
  assert.deepEqual(errors, []);
  await context.close();
});
