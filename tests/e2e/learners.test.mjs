// Several learners on one device (one browser profile): each learner's record and LRS connection are theirs alone.
// Two real LRSs: npm xapi-statements (learner A; behind the fault proxy where a journey needs faults) and xapi-rs on
// PostgreSQL (learner B; behind the player's origin under /lrs/, as it sends no CORS headers). The built app in
// Chromium, learners added and switched through the learners screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player, closeAll, text } from './harness.mjs';
import { startLrs, startProxy } from './lrs.mjs';
import { startLauncher, startXapiRs } from '../../scripts/lib/lrs.mjs';

const T = { timeout: 240_000 };
let env;
let lrs; // xapi-statements
let xrs; // xapi-rs
before(async () => {
  lrs = await startLrs();
  xrs = await startXapiRs();
  env = await launch({ proxy: { prefix: '/lrs/', target: xrs.base } });
});
after(() => closeAll([() => env?.close(), () => lrs?.close(), () => xrs?.close()]));

const COURSE = 'https://courses.alliance-player.org/open-education';
const unitIri = (id) => `${COURSE}/units/${id}`;
// xapi-statements has no State API (404, or a refused CORS preflight); xapi-rs answers 404 before the first document
// and 412 to a stale write; the network is away in the offline journey. Chromium logs all of these.
const NOISE = [/status of 404/, /status of 412/, /activities\/state.*blocked by CORS policy/, /net::ERR_/,
  /Failed to load resource/, /Failed to fetch/];
const XRS_KEY = 'root@alliance.test';
const XRS_SECRET = 'alliance-secret';
const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/** Every statement xapi-rs holds for `mbox`. */
async function xrsStatements(mbox) {
  const all = [];
  let url = `${xrs.base}/statements?${new URLSearchParams({ agent: JSON.stringify({ mbox }), limit: '500' })}`;
  while (url) {
    const r = await fetch(url, { headers: { Authorization: xrs.auth, 'X-Experience-API-Version': '2.0.0' } });
    if (!r.ok) throw new Error(`xapi-rs GET statements: HTTP ${r.status} ${await r.text()}`);
    const body = await r.json();
    all.push(...body.statements);
    url = body.more ? new URL(body.more, `${xrs.base}/`).href : null;
  }
  return all;
}

/** Every statement xapi-statements holds whose actor is `mbox`. */
async function lrsStatements(mbox) {
  return (await lrs.statements()).filter((s) => s.actor?.mbox === mbox);
}

/** Waits until `read()` returns at least `n` statements (or the time is up), and returns them. */
async function waitHeld(read, n, timeout = 45_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const held = await read();
    if (held.length >= n || Date.now() > until) return held;
    await wait(200);
  }
}

/** The completed units' ids (object ids), sorted; each statement once. */
function completedUnits(statements) {
  return statements.filter((s) => s.verb.id === 'http://adlnet.gov/expapi/verbs/completed').map((s) => s.object.id).sort();
}

function assertOnce(statements) {
  const ids = statements.map((s) => s.id);
  assert.equal(new Set(ids).size, ids.length, `a statement held twice: ${ids}`);
}

/** Connects this page's learner in Settings. */
async function connect(page, p, { endpoint, key = 'alliance-key', secret = 'alliance-secret', name, email }) {
  await p.open('/settings');
  await page.getByTestId('lrs-form').waitFor();
  await page.locator('#lrs-endpoint').fill(endpoint);
  await page.locator('#lrs-key').fill(key);
  await page.locator('#lrs-secret').fill(secret);
  await page.locator('#lrs-name').fill(name);
  await page.locator('#lrs-email').fill(email);
  await page.getByTestId('lrs-connect').click();
  await page.getByTestId('lrs-connected').waitFor();
}

/** Opens the learners screen from the header link. */
async function learnersScreen(page) {
  await page.getByTestId('learner-current').click();
  await page.getByTestId('learner-picker').waitFor();
}

const exactly = (name) => new RegExp(`^\\s*${name}\\s*$`);
/** The picker's row of learner `name` (by the name exactly: "Me" is also in "Rename"). */
const row = (page, name) => page.locator('[data-testid=learner-picker] > li')
  .filter({ has: page.locator('.learner-name', { hasText: exactly(name) }) });
/** The header link, once it names `name`. */
const current = (page, name) => page.locator('[data-testid=learner-current]', { hasText: exactly(name) });

/** Adds a learner on the learners screen; returns their id. */
async function addLearner(page, name, pin = '') {
  const before = await page.locator('[data-testid=learner-picker] > li').count();
  await page.getByTestId('learner-name').fill(name);
  if (pin) await page.getByTestId('learner-pin').fill(pin);
  await page.getByTestId('learner-add').click();
  await page.locator('[data-testid=learner-picker] > li').nth(before).waitFor();
  const id = await row(page, name).getAttribute('data-learner-id');
  assert.ok(id && id !== 'first', `a new learner id: ${id}`);
  return id;
}

/** Switches to learner `name` (the page starts again for them); waits for the header to name them. */
async function switchTo(page, name, pin = null) {
  await learnersScreen(page);
  await row(page, name).getByTestId('learner-switch').click();
  if (pin !== null) {
    await page.getByTestId('pin-input').fill(pin);
    await page.getByTestId('pin-submit').click();
  }
  await current(page, name).waitFor({ timeout: 30_000 });
}

/** Completes a reading unit of the open-education course. */
async function complete(page, p, unit) {
  await p.open(`/course/open-education/unit/${unit}`);
  await p.waitUnit(unit);
  await page.getByTestId('mark-done').click();
  await p.waitUnitState(unit, 'completed');
}

/** The stored statement ids of `owner`'s outbox. */
async function outboxIds(p, owner) {
  return (await p.stored('open-education', '-', owner)).outbox.map((s) => s.id);
}

async function waitDelivered(page, timeout = 45_000) {
  await page.locator('[data-testid=sync-status][data-state=ok][data-pending="0"]').waitFor({ timeout });
}

test('two learners on one browser, each connected to their own LRS: each LRS gets exactly its learner\'s statements, once; neither sees the other\'s progress', T, async () => {
  const { page, context, errors } = await env.page({ allow: NOISE });
  try {
    const p = new Player(page, env.base);
    const A = { name: 'Ann', email: 'ann.two@example.org' };
    const B = { name: 'Ben', email: 'ben.two@example.org' };
    // A: the device's first learner.
    await p.open('/');
    await p.catalog().waitFor();
    await connect(page, p, { endpoint: lrs.base, ...A });
    await complete(page, p, 'five-rs');
    await complete(page, p, 'cc-licences');
    await waitDelivered(page);
    // B: added through the picker, then connected to xapi-rs.
    await learnersScreen(page);
    assert.equal(await page.locator('[data-testid=learner-picker] > li[aria-current=true]').getAttribute('data-learner-id'), 'first');
    const ben = await addLearner(page, 'Ben');
    await switchTo(page, 'Ben');
    await learnersScreen(page);
    assert.equal(await page.locator('[data-testid=learner-picker] > li[aria-current=true]').getAttribute('data-learner-id'), ben);
    await p.open('/settings');
    await page.getByTestId('lrs-form').waitFor();
    assert.equal(await page.getByTestId('lrs-connected').count(), 0, 'B does not inherit A\'s connection');
    await connect(page, p, { endpoint: `${env.base}/lrs`, key: XRS_KEY, secret: XRS_SECRET, ...B });
    // B sees none of A's progress.
    await p.open('/course/open-education');
    await p.outline().waitFor();
    await p.unitLink('five-rs').waitFor();
    for (const u of ['five-rs', 'cc-licences']) assert.equal(await p.unitState(u), 'not-started', `${u} as B`);
    await complete(page, p, 'licence-sheet');
    await waitDelivered(page);
    // B's transcript: their own completion, none of A's.
    await p.open('/transcript');
    await page.locator('[data-testid=transcript-unit][data-unit-id=licence-sheet][data-state=completed]').waitFor();
    for (const u of ['five-rs', 'cc-licences']) {
      const shown = page.locator(`[data-testid=transcript-unit][data-unit-id=${u}]`);
      if (await shown.count()) assert.notEqual(await shown.getAttribute('data-state'), 'completed', `${u} in B's transcript`);
    }
    // And back to A: their progress is theirs, B's is not shown.
    await switchTo(page, 'Me');
    await p.open('/course/open-education');
    await p.unitLink('five-rs').waitFor();
    await p.waitUnitState('five-rs', 'completed');
    await p.waitUnitState('cc-licences', 'completed');
    assert.equal(await p.unitState('licence-sheet'), 'not-started');

    const heldA = await waitHeld(() => lrsStatements(`mailto:${A.email}`), 2);
    const heldB = await waitHeld(() => xrsStatements(`mailto:${B.email}`), 1);
    assert.deepEqual(completedUnits(heldA), [unitIri('cc-licences'), unitIri('five-rs')]);
    assert.deepEqual(completedUnits(heldB), [unitIri('licence-sheet')]);
    assertOnce(heldA);
    assertOnce(heldB);
    for (const s of heldA) assert.equal(s.actor.name, 'Ann');
    for (const s of heldB) assert.equal(s.actor.name, 'Ben');
    // Neither LRS holds anything of the other learner.
    assert.deepEqual(await lrsStatements(`mailto:${B.email}`), []);
    assert.deepEqual(await xrsStatements(`mailto:${A.email}`), []);
    assert.equal((await lrs.statements()).filter((s) => /ben\.two/.test(JSON.stringify(s.actor))).length, 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('switching learners while offline with statements queued: back online each LRS gets exactly its learner\'s, once, A\'s while B is active', T, async () => {
  const { page, context, errors } = await env.page({ allow: NOISE });
  try {
    const p = new Player(page, env.base);
    const A = { name: 'Ada', email: 'ada.offline@example.org' };
    const B = { name: 'Bea', email: 'bea.offline@example.org' };
    await p.open('/course/open-education');
    await p.outline().waitFor();
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 60_000 });
    await connect(page, p, { endpoint: lrs.base, ...A });
    await learnersScreen(page);
    const bea = await addLearner(page, 'Bea');
    await switchTo(page, 'Bea');
    await connect(page, p, { endpoint: `${env.base}/lrs`, key: XRS_KEY, secret: XRS_SECRET, ...B });
    // Every page the journey needs has been seen online (the worker keeps the build and the package JSON).
    await p.open('/course/open-education');
    await p.outline().waitFor();
    await switchTo(page, 'Me');

    // The same two readings by each (their progress is their own), switching in between.
    await context.setOffline(true);
    await complete(page, p, 'five-rs');
    await switchTo(page, 'Bea');
    await complete(page, p, 'five-rs');
    await switchTo(page, 'Me');
    await complete(page, p, 'cc-licences');
    await switchTo(page, 'Bea');
    await complete(page, p, 'cc-licences');
    // Everything is queued in its learner's own outbox.
    assert.equal((await outboxIds(p, 'first')).length, 2);
    assert.equal((await outboxIds(p, bea)).length, 2);
    assert.deepEqual(await lrsStatements(`mailto:${A.email}`), []);
    assert.deepEqual(await xrsStatements(`mailto:${B.email}`), []);

    // Back online, B still the active learner: B's and A's statements are delivered, each to its own LRS.
    // The network comes back, goes once more, and is back for good.
    await context.setOffline(false);
    await wait(300);
    await context.setOffline(true);
    await wait(300);
    await context.setOffline(false);
    const heldA = await waitHeld(() => lrsStatements(`mailto:${A.email}`), 2);
    const heldB = await waitHeld(() => xrsStatements(`mailto:${B.email}`), 2);
    assert.equal(await page.locator('[data-testid=learner-current]').innerText(), 'Bea', 'A\'s went while B is active');
    assert.deepEqual(completedUnits(heldA), [unitIri('cc-licences'), unitIri('five-rs')]);
    assert.deepEqual(completedUnits(heldB), [unitIri('cc-licences'), unitIri('five-rs')]);
    assertOnce(heldA);
    assertOnce(heldB);
    for (const s of heldA) assert.equal(s.actor.mbox, `mailto:${A.email}`);
    for (const s of heldB) assert.equal(s.actor.mbox, `mailto:${B.email}`);
    assert.deepEqual(await xrsStatements(`mailto:${A.email}`), []);
    assert.deepEqual(await lrsStatements(`mailto:${B.email}`), []);
    // Both outboxes empty; nothing more arrives later.
    const until = Date.now() + 30_000;
    while ((await outboxIds(p, 'first')).length + (await outboxIds(p, bea)).length && Date.now() < until) await wait(200);
    assert.deepEqual([await outboxIds(p, 'first'), await outboxIds(p, bea)], [[], []]);
    await wait(2000);
    assert.equal((await lrsStatements(`mailto:${A.email}`)).length, 2);
    assert.equal((await xrsStatements(`mailto:${B.email}`)).length, 2);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

/** Nothing reaches the proxy for 2.5 s (it answers `Retry-After: 1`: a flusher holding old credentials would try). */
async function assertNothingSent(proxy) {
  const sent = proxy.log.length;
  await wait(2500);
  assert.equal(proxy.log.length, sent, JSON.stringify(proxy.log.slice(sent).map((r) => `${r.method} ${r.url}`)));
}

async function firstPost(proxy, id) {
  const until = Date.now() + 30_000;
  while (!proxy.log.some((r) => r.ids.includes(id))) {
    if (Date.now() > until) throw new Error(`${id} never POSTed`);
    await wait(20);
  }
}

test('Disconnect while a delivery is under way: "keep" sends nothing more until the learner connects again, then delivers; "discard" never sends', T, async (t) => {
  const proxy = await startProxy(lrs.base);
  t.after(() => proxy.close());
  const { page, context, errors } = await env.page({ allow: NOISE });
  try {
    const p = new Player(page, env.base);
    const me = { name: 'Cy', email: 'cy.signout@example.org' };
    await p.open('/');
    await p.catalog().waitFor();
    await connect(page, p, { endpoint: proxy.base, ...me });
    proxy.always({ status: 503, retryAfter: '1' });
    await complete(page, p, 'five-rs');
    const [kept] = await outboxIds(p, 'first');
    assert.ok(kept);
    await firstPost(proxy, kept);
    // Keep.
    await p.open('/settings');
    await page.getByTestId('lrs-disconnect').click();
    await page.getByTestId('signout-keep').click();
    await page.getByTestId('lrs-form').waitFor();
    await assertNothingSent(proxy);
    assert.deepEqual(await outboxIds(p, 'first'), [kept], 'kept for the next connection');
    assert.deepEqual(await lrsStatements(`mailto:${me.email}`), []);
    // The LRS answers again; connecting to it again delivers what was kept.
    proxy.always(null);
    await connect(page, p, { endpoint: proxy.base, ...me });
    const held = await waitHeld(() => lrsStatements(`mailto:${me.email}`), 1);
    assert.deepEqual(held.map((s) => [s.id, s.object.id]), [[kept, unitIri('five-rs')]]);
    await waitDelivered(page);

    // Discard.
    proxy.always({ status: 503, retryAfter: '1' });
    await complete(page, p, 'cc-licences');
    const [dropped] = await outboxIds(p, 'first');
    assert.ok(dropped && dropped !== kept);
    await firstPost(proxy, dropped);
    await p.open('/settings');
    await page.getByTestId('lrs-disconnect').click();
    await page.getByTestId('signout-discard').click();
    await page.getByTestId('lrs-form').waitFor();
    await assertNothingSent(proxy);
    assert.deepEqual(await outboxIds(p, 'first'), [], 'discarded');
    proxy.always(null);
    const from = proxy.log.length;
    await connect(page, p, { endpoint: proxy.base, ...me });
    await complete(page, p, 'licence-sheet');
    const after = await waitHeld(() => lrsStatements(`mailto:${me.email}`), 2);
    await waitDelivered(page);
    await wait(1500);
    assert.deepEqual(completedUnits(await lrsStatements(`mailto:${me.email}`)), [unitIri('five-rs'), unitIri('licence-sheet')]);
    assert.ok(!after.some((s) => s.id === dropped));
    assert.ok(!proxy.log.slice(from).some((r) => r.ids.includes(dropped)), 'the discarded statement was never sent again');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a launch for another actor while "Sam" is active asks; switching makes (then reuses) their learner, and nothing of Sam\'s goes to their LRS', T, async (t) => {
  const samLrs = await startProxy(lrs.base);
  t.after(() => samLrs.close());
  const xLrs = await startProxy(lrs.base);
  t.after(() => xLrs.close());
  const launcher = await startLauncher({ lrsBase: xLrs.base });
  t.after(() => launcher.close());
  const X = { objectType: 'Agent', name: 'Xena', mbox: 'mailto:xena.launch@example.org' };
  const sam = { name: 'Sam', email: 'sam.launch@example.org' };
  const { page, context, errors } = await env.page({ allow: NOISE });
  try {
    const p = new Player(page, env.base);
    await p.open('/');
    await p.catalog().waitFor();
    await learnersScreen(page);
    const samId = await addLearner(page, 'Sam');
    await switchTo(page, 'Sam');
    await connect(page, p, { endpoint: samLrs.base, ...sam });
    await complete(page, p, 'five-rs');
    const samHeld = await waitHeld(() => lrsStatements(`mailto:${sam.email}`), 1);
    assert.equal(samHeld.length, 1);
    await waitDelivered(page);
    const samIds = new Set([...samLrs.log.flatMap((r) => r.ids), ...samHeld.map((s) => s.id)]);

    // The launch for X: asked first.
    await page.goto(launcher.launchUrl(env.base, '/course/open-education', X));
    const ask = page.getByTestId('launch-confirm');
    await ask.waitFor();
    assert.match(await text(ask), /Xena/);
    assert.match(await text(ask), /Sam/);
    assert.equal(launcher.issued(), 0, 'no token before the learner answers');
    await page.getByTestId('launch-switch').click();
    await current(page, 'Xena').waitFor({ timeout: 30_000 });
    await p.outline().waitFor();
    await p.unitLink('five-rs').waitFor();
    // X's page opens where the launch said, not at Sam's last unit, and shows nothing of Sam's progress.
    assert.equal(new URL(page.url()).pathname, '/course/open-education');
    assert.equal(await p.unitState('five-rs'), 'not-started', 'Sam\'s progress is not X\'s');
    await learnersScreen(page);
    const xId = await page.locator('[data-testid=learner-picker] > li[aria-current=true]').getAttribute('data-learner-id');
    assert.ok(xId && xId !== samId && xId !== 'first');
    assert.equal(await page.locator('[data-testid=learner-picker] > li').count(), 3);
    await complete(page, p, 'cc-licences');
    await waitDelivered(page);
    const heldX = await waitHeld(() => lrsStatements(X.mbox), 1);
    assert.deepEqual(completedUnits(heldX), [unitIri('cc-licences')]);
    // Nothing of Sam's record went to X's LRS: no statement of Sam's, none as Sam, no five-rs.
    const toX = xLrs.log.flatMap((r) => r.statements);
    assert.ok(toX.length >= 1);
    for (const s of toX) {
      assert.ok(!samIds.has(s.id), `Sam's statement ${s.id} sent to X's LRS`);
      assert.equal(s.actor.mbox, X.mbox);
      assert.notEqual(s.object.id, unitIri('five-rs'));
    }
    assert.ok(!xLrs.log.some((r) => JSON.stringify(r).includes('sam.launch')), 'nothing of Sam\'s identity either');

    // Sam again, then X's second launch: the same learner is picked, no new one.
    await switchTo(page, 'Sam');
    await page.goto(launcher.launchUrl(env.base, '/course/open-education', X));
    await ask.waitFor();
    await page.getByTestId('launch-switch').click();
    await current(page, 'Xena').waitFor({ timeout: 30_000 });
    await p.outline().waitFor();
    await p.waitUnitState('cc-licences', 'completed');
    await learnersScreen(page);
    assert.equal(await page.locator('[data-testid=learner-picker] > li').count(), 3, 'no duplicate learner');
    assert.equal(await page.locator('[data-testid=learner-picker] > li[aria-current=true]').getAttribute('data-learner-id'), xId);
    assert.equal(await row(page, 'Xena').count(), 1);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a PIN guards switching (a wrong one is refused, the privacy note is shown) and changes; removing a learner deletes their database', T, async () => {
  const { page, context, errors } = await env.page({ allow: NOISE });
  try {
    const p = new Player(page, env.base);
    await p.open('/');
    await p.catalog().waitFor();
    await learnersScreen(page);
    await page.getByText('It is for privacy, not security').waitFor();
    const pat = await addLearner(page, 'Pat', '4821');
    await row(page, 'Pat').getByTestId('learner-switch').click();
    await page.getByTestId('pin-input').fill('1111');
    await page.getByTestId('pin-submit').click();
    const error = page.getByTestId('pin-error');
    await error.filter({ hasText: /\S/ }).waitFor();
    assert.match(await text(error), /PIN/i);
    assert.equal(await page.locator('[data-testid=learner-picker] > li[aria-current=true]').getAttribute('data-learner-id'), 'first');
    await page.getByTestId('pin-input').fill('4821');
    await page.getByTestId('pin-submit').click();
    await current(page, 'Pat').waitFor({ timeout: 30_000 });
    await complete(page, p, 'five-rs');
    await p.waitStored('open-education', 'five-rs', 'completed', 30_000, pat);
    const names = () => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    assert.ok((await names()).includes(`alliance-player@${pat}`), JSON.stringify(await names()));

    await switchTo(page, 'Me');
    await learnersScreen(page);
    // A learner with a PIN is renamed, re-PINned or removed only from their own page.
    for (const action of ['learner-remove', 'learner-rename', 'learner-pin-set']) {
      assert.equal(await row(page, 'Pat').getByTestId(action).count(), 0, `${action} offered for Pat on Me's page`);
    }
    await switchTo(page, 'Pat', '4821');
    await learnersScreen(page);
    await row(page, 'Pat').getByTestId('learner-remove').click();
    await page.getByTestId('learner-remove-confirm').click();
    // Removing this page's learner starts the player again for the next one.
    await current(page, 'Me').waitFor({ timeout: 30_000 });
    const until = Date.now() + 10_000;
    while ((await names()).includes(`alliance-player@${pat}`) && Date.now() < until) await wait(100);
    assert.ok(!(await names()).includes(`alliance-player@${pat}`), JSON.stringify(await names()));
    assert.ok((await names()).includes('alliance-player'), 'the first learner\'s database stays');
    assert.ok(!(await page.evaluate(() => localStorage.getItem('alliance-player.learners'))).includes(pat));
    // A new page: the roster no longer lists them.
    await p.open('/learners');
    await page.getByTestId('learner-picker').waitFor();
    assert.equal(await row(page, 'Pat').count(), 0);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

