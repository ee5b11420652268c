// Cross-device resume through the xAPI State API, against a full LRS speaking xAPI 2.0.0 (xapi-rs on PostgreSQL,
// started here, served behind the player's own origin under /lrs/). Also: version negotiation picks 2.0.0, and
// statements reach it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, Player, closeAll } from './harness.mjs';
import { startXapiRs } from '../../scripts/lib/lrs.mjs';

let env;
let lrs;
before(async () => {
  lrs = await startXapiRs();
  env = await launch({ proxy: { prefix: '/lrs/', target: lrs.base } });
});
after(() => closeAll([() => env?.close(), () => lrs?.close()]));

const COURSE = 'https://courses.alliance-player.org/open-education';
const REGISTRATION = '5e0a1c2d-3b4f-4a6e-8d7c-9b0a1f2e3d4c';
const actor = { objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada.state@example.org' };

function launchUrl(p) {
  const q = new URLSearchParams({ endpoint: `${env.base}/lrs`, auth: lrs.auth, actor: JSON.stringify(actor), registration: REGISTRATION });
  return `${env.base}${p}?${q}`;
}

const stateUrl = () => `${lrs.base}/activities/state?${new URLSearchParams({ activityId: COURSE, agent: JSON.stringify(actor),
  stateId: 'alliance-player-progress', registration: REGISTRATION })}`;
const headers = { Authorization: '', 'X-Experience-API-Version': '2.0.0' };

async function readState() {
  const r = await fetch(stateUrl(), { headers: { ...headers, Authorization: lrs.auth } });
  return r.status === 200 ? { doc: await r.json(), etag: r.headers.get('etag') } : { doc: null, etag: null, status: r.status };
}

async function waitState(check, timeout = 20_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const s = await readState();
    if (s.doc && check(s.doc)) return s;
    if (Date.now() > until) throw new Error(`the LRS's State never matched: ${JSON.stringify(s.doc)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

// Chromium logs every 4xx answer; these two are the State API working as meant: no document yet (404), and a
// write meeting another device's newer document (412).
const PROTOCOL_ANSWERS = [/status of 404/, /status of 412/];

const states = (doc) => Object.fromEntries(doc.units.map((u) => [u.unit, u.state]));

test('progress made in one browser resumes in another, through the LRS (xAPI 2.0.0), and concurrent writes merge', async () => {
  // Device 1.
  const one = await env.page({ allow: PROTOCOL_ANSWERS });
  const p1 = new Player(one.page, env.base);
  await one.page.goto(launchUrl('/course/open-education/unit/five-rs'));
  await p1.waitUnit('five-rs');
  await one.page.getByTestId('mark-done').click();
  await p1.waitUnitState('five-rs', 'completed');
  await p1.next();
  await p1.waitUnit('cc-licences');
  await one.page.getByTestId('mark-done').click();
  await p1.waitUnitState('cc-licences', 'completed');
  await p1.next();
  await p1.waitUnit('licence-sheet');
  const first = await waitState((d) => d.course.last_unit === 'licence-sheet' && states(d)['cc-licences'] === 'completed');
  assert.equal(states(first.doc)['five-rs'], 'completed');
  // The statements went to the same LRS, spoken in 2.0.0.
  await one.page.locator('[data-testid=sync-status][data-state=ok][data-pending="0"]').waitFor({ timeout: 20_000 });
  const r = await fetch(`${lrs.base}/statements?${new URLSearchParams({ agent: JSON.stringify(actor) })}`,
    { headers: { ...headers, Authorization: lrs.auth } });
  assert.equal(r.status, 200);
  assert.equal(r.headers.get('x-experience-api-version')?.startsWith('2.0'), true);
  const held = (await r.json()).statements;
  assert.deepEqual(held.map((s) => s.object.id).sort(), [`${COURSE}/units/cc-licences`, `${COURSE}/units/five-rs`]);

  // Another device writes the State meanwhile (it finished the audio unit, with the seconds it played: a remote
  // "completed" is believed only with them, docs/security.md "Remote claims"); device 1's next write meets a stale
  // ETag (412), reads again, merges, and writes both.
  const other = structuredClone(first.doc);
  other.units.push({ ...other.units[0], id: `open-education\u001fpodcast-open-textbooks`, unit: 'podcast-open-textbooks', state: 'completed',
    watched: [0xffffffff, 0xffffffff, 0xf] }); // seconds 0…67 of 67
  const put = await fetch(stateUrl(), { method: 'PUT', headers: { ...headers, Authorization: lrs.auth, 'Content-Type': 'application/json', 'If-Match': first.etag },
    body: JSON.stringify(other) });
  assert.ok(put.status === 204 || put.status === 200, `other device's write: HTTP ${put.status}`);
  await one.page.getByTestId('mark-done').click();
  await p1.waitUnitState('licence-sheet', 'completed');
  const merged = await waitState((d) => states(d)['licence-sheet'] === 'completed');
  assert.equal(states(merged.doc)['podcast-open-textbooks'], 'completed', 'the other device\'s progress is kept');
  // And device 1 now shows it too.
  await p1.waitUnitState('podcast-open-textbooks', 'completed', 10_000);
  assert.deepEqual(one.errors, []);
  await one.context.close();

  // Device 2: a new browser profile, nothing stored locally. The course resumes where device 1 left off.
  const two = await env.page({ allow: PROTOCOL_ANSWERS });
  const p2 = new Player(two.page, env.base);
  await two.page.goto(launchUrl('/course/open-education'));
  await p2.waitUnit('licence-sheet');
  for (const u of ['five-rs', 'cc-licences', 'licence-sheet', 'podcast-open-textbooks']) await p2.waitUnitState(u, 'completed', 10_000);
  assert.equal(await p2.unitState('oer-quiz'), 'not-started');
  assert.deepEqual(two.errors, []);
  await two.context.close();
});

const notesUrl = () => `${lrs.base}/activities/state?${new URLSearchParams({ activityId: COURSE, agent: JSON.stringify(notesActor),
  stateId: 'alliance-player-notes', registration: REGISTRATION })}`;
const notesActor = { objectType: 'Agent', name: 'Grace', mbox: 'mailto:grace.notes@example.org' };

async function waitNotes(check, timeout = 20_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const r = await fetch(notesUrl(), { headers: { ...headers, Authorization: lrs.auth } });
    const doc = r.status === 200 ? await r.json() : null;
    if (doc && check(doc)) return doc;
    if (Date.now() > until) throw new Error(`the LRS's notes never matched: ${JSON.stringify(doc)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

test('notes and bookmarks reach the learner\'s State on the LRS and another device; a removal too', { timeout: 120_000 }, async () => {
  const launch = (p) => `${env.base}${p}?${new URLSearchParams({ endpoint: `${env.base}/lrs`, auth: lrs.auth,
    actor: JSON.stringify(notesActor), registration: REGISTRATION })}`;
  // Device 1 also loses the network for a while: its failed requests are logged.
  const one = await env.page({ allow: [...PROTOCOL_ANSWERS, /ERR_INTERNET_DISCONNECTED/, /Failed to load resource/] });
  const two = await env.page({ allow: PROTOCOL_ANSWERS });
  try {
    const p1 = new Player(one.page, env.base);
    await one.page.goto(launch('/course/open-education/unit/five-rs'));
    await p1.waitUnit('five-rs');
    await one.page.getByTestId('bookmark-unit').click();
    await one.page.getByTestId('unit-note').fill('Retain, reuse, revise, remix, redistribute');
    await one.page.getByTestId('save-note').click();
    const doc = await waitNotes((d) => d.notes?.['five-rs']?.text === 'Retain, reuse, revise, remix, redistribute');
    assert.equal(doc.course, 'open-education');
    assert.equal(doc.notes['five-rs'].bookmarked, true);

    // Device 2, nothing stored locally: My notes has device 1's note.
    const p2 = new Player(two.page, env.base);
    await two.page.goto(launch('/course/open-education/notes'));
    await two.page.getByTestId('notes-view').waitFor();
    await two.page.getByTestId('note-item').first().waitFor({ timeout: 15_000 });
    assert.match(await two.page.getByTestId('note-item').first().innerText(), /Retain, reuse, revise, remix, redistribute/);
    // Removed there, it is removed on the LRS (a tombstone) and on device 1 when it reads again.
    await two.page.getByTestId('delete-note').first().click();
    await waitNotes((d) => d.notes?.['five-rs']?.deleted === true);
    void p2;
    await one.page.reload();
    await p1.waitUnit('five-rs');
    await one.page.waitForFunction(() => document.querySelector('[data-testid=bookmark-unit]')?.getAttribute('aria-pressed') === 'false', null, { timeout: 15_000 });
    assert.equal(await one.page.getByTestId('unit-note').inputValue(), '');
    // Written with the network gone, a note reaches the LRS when it returns.
    await one.context.setOffline(true);
    await one.page.getByTestId('unit-note').fill('written on the train');
    await one.page.getByTestId('save-note').click();
    await one.page.getByTestId('note-saved').filter({ hasText: /\S/ }).waitFor();
    await one.context.setOffline(false);
    await waitNotes((d) => d.notes?.['five-rs']?.text === 'written on the train');
    assert.deepEqual(one.errors, []);
    assert.deepEqual(two.errors, []);
  } finally {
    await one.context.close();
    await two.context.close();
  }
});
