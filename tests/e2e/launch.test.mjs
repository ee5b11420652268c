// A launch is read once, from the address the page was opened with, and never replaces a learner silently
// (docs/security.md §2). Real LRS (npm xapi-statements) behind the fault-injecting proxy, a stand-in for an LMS's
// token service, the built app in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player, text } from './harness.mjs';
import { startLrs, startProxy } from './lrs.mjs';
import { startLauncher } from '../../scripts/lib/lrs.mjs';

const T = { timeout: 120_000 };
let env;
let lrs;
before(async () => { env = await launch(); lrs = await startLrs(); });
after(async () => { await env?.close(); lrs?.close(); });

const NO_STATE_API = [/status of 404/, /activities\/state.*blocked by CORS policy/, /net::ERR_FAILED/, /Failed to load resource/];
const ADA = { objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada.launch@example.org' };
const MALLORY = { objectType: 'Agent', name: 'Mallory', mbox: 'mailto:mallory@example.org' };

/** The connection the settings page shows ("Connected to … as …"), or null. */
async function connection(page, p) {
  await p.open('/settings');
  await page.locator('[data-testid=lrs-connected], [data-testid=lrs-form]').first().waitFor();
  const c = page.getByTestId('lrs-connected');
  return (await c.count()) ? text(c) : null;
}

/** Waits until the proxy has seen a statement POSTed (the LRS answers "later"). */
async function firstPost(proxy) {
  while (!proxy.log.some((r) => r.ids.length)) await new Promise((r) => setTimeout(r, 20));
}

/**
 * Nothing reaches the LRS for 2.5 s. The proxy answers `Retry-After: 1`: a flusher still holding the old credentials
 * would try again within that time. (A request that must not happen can only be shown absent by waiting.)
 */
async function assertNothingSent(proxy) {
  const sent = proxy.log.length;
  await new Promise((r) => setTimeout(r, 2500));
  assert.equal(proxy.log.length, sent, JSON.stringify(proxy.log.slice(sent).map((r) => r.method + ' ' + r.url)));
}

test('a real launch is read once: connected, no parameter left in the address or the history, token only for the session', T, async () => {
  const proxy = await startProxy(lrs.base);
  const launcher = await startLauncher({ lrsBase: proxy.base });
  const { page, context, errors } = await env.page({ allow: NO_STATE_API });
  try {
    const p = new Player(page, env.base);
    await page.goto(launcher.launchUrl(env.base, '/course/open-education/unit/five-rs', ADA));
    // Straight away, before any chunk is there: the address is clean.
    const search = await page.evaluate(() => location.search);
    assert.equal(search, '');
    // A quick navigation before the course chunk has loaded does not drop the launch.
    await page.evaluate(() => { history.pushState(null, '', '/course/statistics'); dispatchEvent(new PopStateEvent('popstate')); });
    await p.outline().waitFor();
    assert.match(await connection(page, p), /ada\.launch@example\.org|Ada/);
    assert.equal(launcher.issued(), 1, 'the token is fetched once');
    // Nothing of the launch in the session history: every entry of this tab is a clean address.
    const urls = [page.url()];
    while (await page.goBack() && page.url().startsWith(env.base)) urls.push(page.url());
    while (!page.url().startsWith(env.base)) await page.goForward();
    assert.ok(urls.length >= 2, JSON.stringify(urls));
    for (const u of urls) assert.ok(!/[?&](endpoint|fetch|actor|registration)=/.test(u), u);
    // The token lives for this tab's session, not in localStorage.
    const stored = await page.evaluate(() => ({ local: JSON.stringify(localStorage), session: JSON.stringify(sessionStorage) }));
    assert.ok(!stored.local.includes('Basic'), 'no credentials in localStorage');
    assert.ok(stored.session.includes('Basic'), 'the launch connection is kept for the session');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await launcher.close();
    await proxy.close();
  }
});

test('a course link carrying launch parameters changes nothing', T, async () => {
  const proxy = await startProxy(lrs.base);
  const evil = await startProxy(lrs.base);
  const launcher = await startLauncher({ lrsBase: proxy.base });
  const { page, context, errors } = await env.page({ allow: NO_STATE_API });
  try {
    // A reading whose Markdown links to the player with someone else's launch in the query string.
    const q = new URLSearchParams({ endpoint: evil.base, auth: 'Basic bWFsbG9yeTpzZWNyZXQ=', actor: JSON.stringify(MALLORY) });
    await page.route('**/courses/open-education/course.json', async (route) => {
      const course = await (await route.fetch()).json();
      const unit = course.modules.flatMap((m) => m.units).find((u) => u.id === 'cc-licences');
      unit.body = { en: `Read [the next lesson](/course/statistics?${q}) now.` };
      await route.fulfill({ json: course });
    });
    const p = new Player(page, env.base);
    await page.goto(launcher.launchUrl(env.base, '/course/open-education/unit/cc-licences', ADA));
    await p.waitUnit('cc-licences');
    await page.getByRole('link', { name: 'the next lesson' }).click();
    await p.outline().waitFor();
    assert.match(page.url(), /\/course\/statistics\?/, 'the link was followed inside the app');
    assert.equal(await page.getByTestId('launch-confirm').count(), 0, 'nothing asked: a link is no launch');
    // Back to the course: a completion goes to the learner's own LRS only.
    await p.open('/course/open-education/unit/five-rs');
    await p.waitUnit('five-rs');
    await page.getByTestId('mark-done').click();
    await p.waitUnitState('five-rs', 'completed');
    await page.locator('[data-testid=sync-status][data-state=ok][data-pending="0"]').waitFor({ timeout: 30_000 });
    assert.match(await connection(page, p), /Ada/);
    assert.ok(proxy.log.some((r) => r.ids.length), 'delivered to the launch LRS');
    assert.deepEqual(evil.log, [], 'the link\'s LRS never heard from the player');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await launcher.close();
    await proxy.close();
    await evil.close();
  }
});

test('a launch for another learner asks first; keeping changes nothing, switching connects', T, async () => {
  const proxy = await startProxy(lrs.base);
  const other = await startProxy(lrs.base);
  const launcher = await startLauncher({ lrsBase: proxy.base });
  const otherLauncher = await startLauncher({ lrsBase: other.base });
  const { page, context, errors } = await env.page({ allow: NO_STATE_API });
  try {
    const p = new Player(page, env.base);
    await page.goto(launcher.launchUrl(env.base, '/course/open-education', ADA));
    await p.outline().waitFor();
    assert.match(await connection(page, p), /Ada/);

    // Someone else's launch opened in the same tab.
    await page.goto(otherLauncher.launchUrl(env.base, '/course/open-education', MALLORY));
    const ask = page.getByTestId('launch-confirm');
    await ask.waitFor();
    const said = await text(ask);
    assert.match(said, /Mallory/);
    assert.match(said, /Ada/);
    assert.equal(otherLauncher.issued(), 0, 'no token fetched before the learner answers');
    assert.equal(await page.evaluate(() => location.search), '');
    await page.getByTestId('launch-keep').click();
    await ask.waitFor({ state: 'detached' });
    assert.match(await connection(page, p), /Ada/);
    assert.equal(otherLauncher.issued(), 0);

    await page.goto(otherLauncher.launchUrl(env.base, '/course/open-education', MALLORY));
    await ask.waitFor();
    await page.getByTestId('launch-switch').click();
    await ask.waitFor({ state: 'detached' });
    // Mallory is another learner of the device: the page starts again for them, with their own connection (their
    // settings' keys are prefixed with their learner id).
    await page.waitForFunction(() => Object.keys(sessionStorage).some((k) => /^alliance-player\.(l[0-9a-f]+\.)?lrs$/.test(k)
      && sessionStorage.getItem(k).includes('mallory')));
    assert.match(await connection(page, p), /Mallory/);
    assert.equal(otherLauncher.issued(), 1);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await launcher.close();
    await otherLauncher.close();
    await proxy.close();
    await other.close();
  }
});

test('a launch to a plain-http LRS elsewhere is refused, naming the parameter', T, async () => {
  const { page, context, errors } = await env.page({ allow: NO_STATE_API });
  try {
    const p = new Player(page, env.base);
    const q = new URLSearchParams({ endpoint: 'http://lrs.example.org/xapi', auth: 'Basic eDp5', actor: JSON.stringify(ADA) });
    await page.goto(`${env.base}/course/open-education?${q}`);
    await p.outline().waitFor();
    assert.equal(await page.evaluate(() => location.search), '');
    // In the header of every screen (a reload would be a new page, which has no launch to report on).
    const alert = page.getByTestId('launch-failed').filter({ hasText: 'endpoint' });
    await alert.waitFor();
    assert.match(await text(alert), /https:/);
    assert.equal(await page.getByTestId('lrs-connected').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('Disconnect stops a delivery in progress: no request leaves with the old credentials afterwards', T, async () => {
  const proxy = await startProxy(lrs.base);
  const launcher = await startLauncher({ lrsBase: proxy.base });
  const { page, context, errors } = await env.page({ allow: NO_STATE_API });
  try {
    const p = new Player(page, env.base);
    await page.goto(launcher.launchUrl(env.base, '/course/open-education/unit/five-rs', ADA));
    await p.waitUnit('five-rs');
    proxy.always({ status: 503, retryAfter: '1' });
    await page.getByTestId('mark-done').click();
    await p.waitUnitState('five-rs', 'completed');
    await firstPost(proxy);
    await p.open('/settings');
    await page.getByTestId('lrs-disconnect').click();
    // A statement waits: the learner is asked whether to keep it for their next connection.
    await page.getByTestId('signout-keep').click();
    await page.getByTestId('lrs-form').waitFor();
    await assertNothingSent(proxy);
    assert.equal(await page.getByTestId('sync-status').getAttribute('data-state'), 'off');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await launcher.close();
    await proxy.close();
  }
});

test('Disconnect in one tab stops delivery in the other tabs too', T, async () => {
  const proxy = await startProxy(lrs.base);
  const { page: a, context, errors } = await env.page({ allow: NO_STATE_API });
  try {
    const pa = new Player(a, env.base);
    await pa.open('/settings');
    await a.locator('#lrs-endpoint').fill(proxy.base);
    await a.locator('#lrs-key').fill('alliance-key');
    await a.locator('#lrs-secret').fill('alliance-secret');
    await a.locator('#lrs-name').fill('Tess');
    await a.locator('#lrs-email').fill('tess@example.org');
    await a.getByTestId('lrs-connect').click();
    await a.getByTestId('lrs-connected').waitFor();
    // A second tab of the same browser, studying; the LRS keeps answering "later".
    const b = await context.newPage();
    const pb = new Player(b, env.base);
    await pb.open('/course/open-education/unit/five-rs');
    await pb.waitUnit('five-rs');
    proxy.always({ status: 503, retryAfter: '1' });
    await b.getByTestId('mark-done').click();
    await pb.waitUnitState('five-rs', 'completed');
    await firstPost(proxy);
    await a.getByTestId('lrs-disconnect').click();
    await a.getByTestId('signout-keep').click();
    await a.getByTestId('lrs-form').waitFor();
    await b.locator('[data-testid=sync-status][data-state=off]').waitFor({ timeout: 10_000 });
    await assertNothingSent(proxy);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await proxy.close();
  }
});
