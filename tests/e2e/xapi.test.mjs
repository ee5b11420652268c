// Completions reach a real LRS (npm xapi-statements) exactly once, through a proxy that injects faults: dropped
// connections, 500, 503 and 429 with Retry-After, a lost answer (the LRS stored the batch; the player hears 409 or
// nothing), a statement refused with 400, 401. Every statement the player emits passes xapi-validation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player, closeAll } from './harness.mjs';
import { startLrs, startProxy, launchUrl, validate } from './lrs.mjs';
import { startLauncher } from '../../scripts/lib/lrs.mjs';

let env;
let lrs;
before(async () => { env = await launch(); lrs = await startLrs(); });
after(() => closeAll([() => lrs?.close(), () => env?.close()]));

const COURSE = 'https://courses.alliance-player.org/open-education';
const unitIri = (id) => `${COURSE}/units/${id}`;
// xapi-statements keeps statements only: the player's first State API request (cross-device resume) meets a 404
// (or, straight to the LRS, a refused CORS preflight) and it stops asking for the page. Chromium logs those answers.
const NO_STATE_API = [/status of 404/, /activities\/state.*blocked by CORS policy/, /net::ERR_FAILED/];
// Statements "connection refused/reset" leave a console error in Chromium: expected while the network is faulty.
const NETWORK_NOISE = [/Failed to load resource/, /net::ERR_/, ...NO_STATE_API];

async function syncStatus(page) {
  const s = page.getByTestId('sync-status');
  return { pending: await s.getAttribute('data-pending'), state: await s.getAttribute('data-state') };
}

/** Waits until the player says everything is delivered. */
async function waitDelivered(page, timeout = 30_000) {
  await page.locator('[data-testid=sync-status][data-state=ok][data-pending="0"]').waitFor({ timeout });
}

/** The statements of `actor` the LRS holds (by mbox). */
async function statementsOf(mbox) {
  return (await lrs.statements()).filter((s) => s.actor.mbox === mbox);
}

/** Waits until the LRS holds `n` statements of `mbox` (or the time is up), and returns them. */
async function waitHeld(mbox, n, timeout = 30_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const held = await statementsOf(mbox);
    if (held.length >= n || Date.now() > until) return held;
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('a cmi5-style launch (token fetched once) connects the LRS; completions and a quiz pass arrive once, valid, with the launch details', async (t) => {
  const proxy = await startProxy(lrs.base);
  t.after(() => proxy.close());
  const launcher = await startLauncher({ lrsBase: proxy.base });
  t.after(() => launcher.close());
  const mbox = 'mailto:ada@example.org';
  const { page, context, errors } = await env.page({ locale: 'fr-FR', allow: NO_STATE_API });
  const p = new Player(page, env.base);
  const launch = launcher.launchUrl(env.base, '/course/open-education/unit/five-rs', { objectType: 'Agent', name: 'Ada', mbox });
  const registration = new URL(launch).searchParams.get('registration');
  await page.goto(launch);
  await p.waitUnit('five-rs');
  // The launch parameters are gone from the address bar; the token was fetched once.
  await page.waitForFunction(() => location.search === '');
  assert.equal(launcher.issued(), 1);
  await page.getByTestId('mark-done').click();
  await p.waitUnitState('five-rs', 'completed');
  // The page is left at once: the completion and its statement are stored without waiting (durability.test.mjs).
  await page.goto(`${env.base}/course/open-education/unit/oer-quiz`);
  await p.passOerQuiz();
  const held = await waitHeld(mbox, 2);
  await waitDelivered(page);
  assert.equal(held.length, 2, JSON.stringify(held, null, 1));
  const [done, passed] = held;
  assert.equal(done.verb.id, 'http://adlnet.gov/expapi/verbs/completed');
  assert.equal(done.object.id, unitIri('five-rs'));
  assert.equal(passed.verb.id, 'http://adlnet.gov/expapi/verbs/passed');
  assert.equal(passed.result.success, true);
  assert.equal(passed.result.score.scaled, 1);
  for (const s of held) {
    assert.equal(s.context.registration, registration);
    assert.equal(s.context.language, 'fr');
    assert.equal(s.context.contextActivities.parent[0].id, COURSE);
    assert.equal(s.context.platform, 'Alliance Player');
    assert.match(s.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.match(s.result.duration, /^PT/);
  }
  // What the player sent (as the proxy saw it) passes a third-party validator with no warning at all.
  // (A flush cut short by the navigation may have sent one twice: the LRS keeps it once, as checked above.)
  const sent = [...new Map(proxy.log.flatMap((r) => r.statements).map((s) => [s.id, s])).values()];
  assert.equal(sent.length, 2);
  for (const s of sent) assert.deepEqual(validate(s), [], JSON.stringify(s));
  // Credentials never went into a URL.
  assert.ok(proxy.log.every((r) => !/auth|secret/i.test(r.url)), JSON.stringify(proxy.log.map((r) => r.url)));
  // The learner sees where their records go.
  await page.getByTestId('sync-status').click();
  await page.getByTestId('lrs-connected').waitFor();
  assert.match(await page.getByTestId('lrs-connected').innerText(), /Ada/);
  assert.deepEqual(errors, []);
  assert.deepEqual(proxy.invalid, [], 'every statement sent passes xapi-validation');
  await context.close();
});

test('an interactive page\'s score reaches the LRS with its completion, once; a better score later is sent again', async (t) => {
  const launcher = await startLauncher({ lrsBase: lrs.base });
  t.after(() => launcher.close());
  // A learner of this test alone: the file's tests share one LRS.
  const mbox = 'mailto:lise@example.org';
  const { page, context, errors } = await env.page({ allow: NO_STATE_API });
  t.after(() => context.close());
  const p = new Player(page, env.base);
  await page.goto(launcher.launchUrl(env.base, '/course/open-education/unit/sort-the-licences', { objectType: 'Agent', name: 'Lise', mbox }));
  await p.waitUnit('sort-the-licences');
  await p.sortTheLicences();
  await p.waitUnitState('sort-the-licences', 'completed');
  const [done] = await waitHeld(mbox, 1);
  assert.equal(done.verb.id, 'http://adlnet.gov/expapi/verbs/completed');
  assert.equal(done.object.id, unitIri('sort-the-licences'));
  assert.equal(done.result.completion, true);
  const scaled = done.result.score.scaled;
  assert.ok(scaled > 0 && scaled < 1, `score ${scaled}`);
  assert.deepEqual(validate(done), [], JSON.stringify(done));
  // The outline shows the same score.
  const detail = await p.unitLink('sort-the-licences').getByTestId('unit-detail').innerText();
  assert.equal(detail, `Score: \u2068${Math.round(scaled * 100)}%\u2069`);
  // Played again with every answer right: a better score, a second statement; the outline follows. A third play,
  // worse, sends nothing.
  const frame = page.frameLocator('.interactive iframe');
  const play = async (right) => {
    await frame.locator('#again').click();
    for (let plan = 0; plan < 2; plan++) {
      const answers = await frame.locator('body').evaluate((_, i) => PLANS[i].answers, plan); // eslint-disable-line no-undef
      for (const [id, ok] of Object.entries(answers)) await frame.locator(`input[name=r-${id}][value=${right ? ok : !ok}]`).check();
      await frame.locator('#check').click();
      await frame.locator('#next').click();
    }
  };
  await play(true);
  const [, better] = await waitHeld(mbox, 2);
  assert.equal(better.verb.id, 'http://adlnet.gov/expapi/verbs/completed');
  assert.equal(better.result.score.scaled, 1);
  await page.waitForFunction(() => document.querySelector('[data-unit-id=sort-the-licences] [data-testid=unit-detail]')?.textContent === 'Score: \u2068100%\u2069');
  await play(false);
  // The worse play is recorded (its score is the last one) before anything is checked. (The launch's learner has
  // records of their own: the page's learner, as web/head.js reads it.)
  const owner = await page.evaluate(() => (localStorage.getItem('alliance-player.learner') || 'first').split('\u001f')[0]);
  for (const until = Date.now() + 10_000; ;) {
    const { records } = await p.stored('open-education', 'sort-the-licences', owner);
    if (records.some((r) => r.last_score === 0)) break;
    assert.ok(Date.now() < until, `the last play is stored: ${JSON.stringify(records)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await waitDelivered(page);
  assert.equal(await p.unitLink('sort-the-licences').getByTestId('unit-detail').innerText(), 'Score: \u2068100%\u2069', 'the best score stands');
  assert.equal((await statementsOf(mbox)).length, 2, 'a lower score is no new record');
  assert.deepEqual(errors, []);
});

test('connecting from the settings screen: key and secret, name and e-mail', async () => {
  const { page, context, errors } = await env.page({ allow: NO_STATE_API });
  const p = new Player(page, env.base);
  await p.open('/settings');
  await page.getByTestId('lrs-form').waitFor();
  await page.locator('#lrs-endpoint').fill('not an address');
  await page.getByTestId('lrs-connect').click();
  await page.getByRole('alert').filter({ hasText: 'https://' }).waitFor();
  await page.locator('#lrs-endpoint').fill(lrs.base);
  await page.locator('#lrs-key').fill('alliance-key');
  await page.locator('#lrs-secret').fill('alliance-secret');
  await page.locator('#lrs-name').fill('Mary');
  await page.locator('#lrs-email').fill('mary@example.org');
  await page.getByTestId('lrs-connect').click();
  await page.getByTestId('lrs-connected').waitFor();
  // Nothing of the secret is in the address or the exported files' reach: only in this browser's storage.
  assert.ok(!page.url().includes('secret'));
  await p.open('/course/open-education/unit/cc-licences');
  await p.waitUnit('cc-licences');
  await page.getByTestId('mark-done').click();
  await p.waitUnitState('cc-licences', 'completed');
  const held = await waitHeld('mailto:mary@example.org', 1);
  assert.deepEqual(held.map((s) => [s.actor.name, s.object.id]), [['Mary', unitIri('cc-licences')]]);
  await waitDelivered(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('faults: drops, 500, 503 and 429 with Retry-After, lost answers — afterwards the LRS holds each statement exactly once', async (t) => {
  const proxy = await startProxy(lrs.base);
  t.after(() => proxy.close());
  const mbox = 'mailto:grace@example.org';
  const { page, context, errors } = await env.page({ allow: NETWORK_NOISE });
  const p = new Player(page, env.base);
  proxy.script([
    { drop: true },
    { status: 500 },
    { status: 503, retryAfter: 1 },
    { status: 429, retryAfter: 1 },
    { forwardThen: 'drop' }, // stored by the LRS, but the answer is lost: the retry is an identical re-POST
    { forwardThen: 409 }, //   stored, and the player hears 409: it checks the stored statement is its own
  ]);
  await page.goto(launchUrl(env.base, '/course/open-education/unit/five-rs', proxy.base, { name: 'Grace', mbox }));
  await p.waitUnit('five-rs');
  for (const unit of ['five-rs', 'cc-licences', 'licence-sheet']) {
    await page.goto(`${env.base}/course/open-education/unit/${unit}`);
    await p.waitUnit(unit);
    await page.getByTestId('mark-done').click();
    await p.waitUnitState(unit, 'completed');
    // While faults last, the status shows what waits (seen while the first ones are met: a new save ends a wait at
    // once, so later faults can pass before the page is looked at).
    if (unit === 'five-rs') await page.locator('[data-testid=sync-status][data-state=error]').waitFor({ timeout: 10_000 });
  }
  await waitDelivered(page, 60_000);
  assert.equal(proxy.pendingFaults(), 0, 'every fault was met');
  const held = await statementsOf(mbox);
  const objects = held.map((s) => s.object.id).sort();
  assert.deepEqual(objects, ['cc-licences', 'five-rs', 'licence-sheet'].map(unitIri).sort(), 'each completion once');
  assert.equal(new Set(held.map((s) => s.id)).size, 3);
  assert.deepEqual(errors, []);
  assert.deepEqual(proxy.invalid, [], 'every statement sent passes xapi-validation');
  await context.close();
});

test('a statement the LRS refuses (400) is set aside with its message and the others go on; 401 stops and asks for credentials', async (t) => {
  const proxy = await startProxy(lrs.base);
  t.after(() => proxy.close());
  const mbox = 'mailto:alan@example.org';
  const { page, context, errors } = await env.page({ allow: [...NETWORK_NOISE, /status of 40[01]/] });
  const p = new Player(page, env.base);
  await page.goto(launchUrl(env.base, '/course/open-education/unit/five-rs', proxy.base, { name: 'Alan', mbox }));
  await p.waitUnit('five-rs');
  // The LRS refuses the credentials until they are fixed.
  proxy.always({ status: 401 });
  await page.getByTestId('mark-done').click();
  await p.waitUnitState('five-rs', 'completed');
  await page.locator('[data-testid=sync-status][data-state=error][data-pending="1"]').waitFor();
  assert.match(await page.getByTestId('sync-status').getAttribute('title'), /credentials/);
  // Nothing is lost while it waits: after a reload it still waits.
  await page.reload();
  await p.waitUnit('five-rs');
  await page.locator('[data-testid=sync-status][data-pending="1"]').waitFor();
  const waitingId = proxy.log.find((r) => r.ids.length)?.ids[0];
  assert.ok(waitingId);
  // The credentials are fixed; the LRS now finds the waiting statement invalid (400), and takes the next one.
  proxy.always(null);
  proxy.rejectId(waitingId);
  await page.goto(`${env.base}/course/open-education/unit/cc-licences`);
  await p.waitUnit('cc-licences');
  await page.getByTestId('mark-done').click();
  await p.waitUnitState('cc-licences', 'completed');
  const held = await waitHeld(mbox, 1);
  await waitDelivered(page);
  assert.deepEqual(held.map((s) => s.object.id), [unitIri('cc-licences')]);
  // The refused one is on the settings page with the LRS's words.
  await page.getByTestId('sync-status').click();
  const aside = page.getByTestId('set-aside');
  await aside.waitFor();
  assert.match(await aside.innerText(), /out of range/);
  assert.equal(await aside.locator(`li[data-statement-id="${waitingId}"]`).count(), 1);
  assert.deepEqual(errors, []);
  assert.deepEqual(proxy.invalid, [], 'every statement sent passes xapi-validation');
  await context.close();
});

test('the page closed in the middle of a flush: reopened, the LRS still holds each statement once', async (t) => {
  const proxy = await startProxy(lrs.base);
  t.after(() => proxy.close());
  const mbox = 'mailto:hedy@example.org';
  const { page, context } = await env.page({ allow: NETWORK_NOISE });
  const p = new Player(page, env.base);
  await page.goto(launchUrl(env.base, '/course/open-education/unit/five-rs', proxy.base, { name: 'Hedy', mbox }));
  await p.waitUnit('five-rs');
  // The POST reaches the LRS only once the page is gone: its answer never comes back to the page.
  let pageGone;
  proxy.script([{ until: new Promise((r) => { pageGone = r; }) }]);
  t.after(() => pageGone());
  await page.getByTestId('mark-done').click();
  await p.waitUnitState('five-rs', 'completed');
  while (!proxy.log.some((r) => r.ids.length)) await new Promise((r) => setTimeout(r, 20));
  await page.close();
  pageGone();
  // The held POST, released, is stored by the LRS (bounded: a failure fails fast).
  for (const end = Date.now() + 30_000; (await statementsOf(mbox)).length === 0;) {
    assert.ok(Date.now() < end, 'the first POST reached the LRS');
    await new Promise((r) => setTimeout(r, 50));
  }
  // A launch's connection lives for its tab: the learner comes back through their LMS (a new launch).
  const again = await context.newPage();
  await again.goto(launchUrl(env.base, '/course/open-education', proxy.base, { name: 'Hedy', mbox }));
  await waitDelivered(again);
  const held = await statementsOf(mbox);
  assert.deepEqual(held.map((s) => s.object.id), [unitIri('five-rs')]);
  assert.ok(proxy.log.filter((r) => r.ids.length).length >= 2, 'the statement was sent again after reopening');
  assert.deepEqual(proxy.invalid, [], 'every statement sent passes xapi-validation');
  await context.close();
});

test('two tabs deliver through one flusher at a time: every statement is sent once', async (t) => {
  const proxy = await startProxy(lrs.base);
  t.after(() => proxy.close());
  proxy.always({ delay: 300 }); // slow answers, so the tabs' flushes overlap
  const mbox = 'mailto:tabs@example.org';
  const { page: a, context, errors } = await env.page({ allow: NO_STATE_API });
  const pa = new Player(a, env.base);
  await a.goto(launchUrl(env.base, '/course/open-education/unit/five-rs', proxy.base, { name: 'Tabs', mbox }));
  await pa.waitUnit('five-rs');
  const b = await context.newPage();
  const pb = new Player(b, env.base);
  // Each tab launched for the same learner (a launch's connection lives for its tab).
  await b.goto(launchUrl(env.base, '/course/open-education/unit/cc-licences', proxy.base, { name: 'Tabs', mbox }));
  await pb.waitUnit('cc-licences');
  await Promise.all([a.getByTestId('mark-done').click(), b.getByTestId('mark-done').click()]);
  await pa.waitUnitState('five-rs', 'completed');
  await pb.waitUnitState('cc-licences', 'completed');
  await pa.next();
  await pa.waitUnit('cc-licences');
  await pa.next();
  await pa.waitUnit('licence-sheet');
  await a.getByTestId('mark-done').click();
  const held = await waitHeld(mbox, 3);
  await waitDelivered(a);
  await waitDelivered(b);
  assert.equal(held.length, 3);
  const posts = {};
  for (const r of proxy.log) for (const id of r.ids) posts[id] = (posts[id] ?? 0) + 1;
  assert.deepEqual(Object.values(posts), [1, 1, 1], JSON.stringify(proxy.log.map((r) => r.ids)));
  assert.deepEqual(errors, []);
  await context.close();
});

test('without an LRS the status says progress stays on this device', async () => {
  const { page, context, errors } = await env.page();
  await page.goto(`${env.base}/`);
  await page.locator('[data-testid=sync-status][data-state=off]').waitFor();
  assert.equal(await page.getByTestId('sync-status').getAttribute('data-pending'), '0');
  assert.deepEqual(errors, []);
  await context.close();
});
