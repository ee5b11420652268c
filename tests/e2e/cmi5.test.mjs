// The player as a cmi5 assignable unit (docs/cmi5.md), launched by the test LMS (tests/e2e/cmi5-lms.mjs) against
// a real LRS (xapi-rs on PostgreSQL, xAPI 2.0.0, behind the player's origin under /lrs/). Each test names the
// sections of the cmi5 specification (quartz) it checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, Player, closeAll, text } from './harness.mjs';
import { startXapiRs } from '../../scripts/lib/lrs.mjs';
import { startCmi5Lms } from './cmi5-lms.mjs';

const T = { timeout: 180_000 };
const VERBS = 'http://adlnet.gov/expapi/verbs/';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const MOVEON = 'https://w3id.org/xapi/cmi5/context/categories/moveon';
const EXT = 'https://w3id.org/xapi/cmi5/context/extensions/';
const PUBLISHER = 'https://courses.alliance-player.org/open-education';
// Chromium logs every 4xx answer: no preferences document (404) is the LRS working as meant.
const ALLOW = [/status of 404/];

let env;
let lrs;
let lms;
before(async () => {
  lrs = await startXapiRs();
  env = await launch({ proxy: { prefix: '/lrs/', target: lrs.base } });
  lms = await startCmi5Lms({ lrs, endpoint: `${env.base}/lrs` });
});
after(() => closeAll([() => env?.close(), () => lms?.close(), () => lrs?.close()]));

let n = 0;
const learner = () => ({ objectType: 'Agent', name: `Ada ${++n}`, account: { homePage: 'https://lms.alliance.test', name: `ada-${n}-${Date.now()}` } });
const verb = (s) => s.verb.id.replace(VERBS, '');
const categories = (s) => (s.context?.contextActivities?.category || []).map((c) => c.id);
const byTime = (all) => [...all].sort((a, b) => Date.parse(a.timestamp) - Date.parse(b.timestamp));

/**
 * Answers the open-education quiz with one answer wrong: 5 of 6 points (0.83, above its pass mark 0.7). (A full
 * score would make a statement xapi-rs 0.2.0 refuses: it takes `raw` equal to `max` as out of bounds.)
 */
async function answerQuizFiveOfSix(page) {
  const q = (id) => page.locator(`[data-testid=quiz-question][data-question-id="${id}"]`);
  await q('oer-definition').locator('input[value=open-licence]').check();
  for (const r of ['retain', 'remix', 'revise', 'redistribute']) await q('five-rs').locator(`input[value=${r}]`).check();
  await q('nc-commercial').locator('input[value=false]').check();
  await q('attribution-code').locator('input').fill('cc by');
  await q('licence-count').locator('input').fill('5');
  await page.getByTestId('quiz-submit').click();
  await page.locator('[data-testid=quiz-result]').waitFor();
}

/** Waits until the LRS's statements of `registration` pass `check`; returns them. */
async function waitStatements(registration, check, timeout = 30_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const all = await lms.statements(registration);
    if (check(all)) return all;
    if (Date.now() > until) throw new Error(`the LRS never held the statements expected: ${all.map(verb).join(', ')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The rules every statement of an AU session meets (§9.1, §9.2, §9.6, §9.6.2.3, §9.6.3.1, §7.1.3). */
function assertSession(all, l, actor) {
  const ours = all.filter((s) => verb(s) !== 'launched');
  for (const s of ours) {
    const v = verb(s);
    assert.match(s.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'a UUID id (§9.1)');
    assert.deepEqual(s.actor.account, actor.account, 'the launch actor (§9.2)');
    assert.equal(s.context.registration, l.registration, `${v}: the launch registration (§9.6.1)`);
    assert.equal(s.context.extensions[`${EXT}sessionid`], l.sessionId, `${v}: the LMS's session id (§9.6.3.1)`);
    assert.ok(s.context.contextActivities.grouping.some((g) => g.id === PUBLISHER), `${v}: the publisher id (§9.6.2.3)`);
    const defined = s.object.id === l.activityId;
    assert.equal(categories(s).includes(CMI5), defined, `${v} about ${s.object.id}: the cmi5 category only on cmi5 defined statements (§7.1.3)`);
    const judged = defined && ['completed', 'passed', 'failed'].includes(v);
    assert.equal(categories(s).includes(MOVEON), judged, `${v}: the moveOn category on completed/passed/failed only (§9.6.2.2)`);
  }
  const t = byTime(ours);
  assert.equal(verb(t[0]), 'initialized', 'initialized first (§9.3.2)');
  return t;
}

test('§8.1, §8.2, §9.3.2, §9.3.3, §9.3.4, §9.3.8, §10.2.6: a unit-level AU (a quiz) in Normal mode — token fetched once, initialized first, the attempt an allowed statement, completed and passed against the LMS\'s masteryScore, Exit sends terminated last and returns to the LMS', T, async () => {
  const actor = learner();
  const l = await lms.launch(env.base, '/course/open-education/unit/oer-quiz', { actor, publisherId: PUBLISHER, masteryScore: 0.8, moveOn: 'CompletedAndPassed' });
  const { page, context, errors } = await env.page({ allow: ALLOW });
  try {
    const p = new Player(page, env.base);
    await page.goto(l.url);
    await waitStatements(l.registration, (all) => all.some((s) => verb(s) === 'initialized'));
    await answerQuizFiveOfSix(page);
    await waitStatements(l.registration, (all) => all.some((s) => verb(s) === 'passed' && s.object.id === l.activityId));
    await page.getByTestId('exit').click();
    await page.waitForURL(`${l.returnURL}`, { timeout: 20_000 });
    assert.equal(await page.locator('#lms-home').count(), 1, 'back at the LMS (§10.2.6)');
    const all = await waitStatements(l.registration, (a) => a.some((s) => verb(s) === 'terminated'));
    const t = assertSession(all, l, actor);
    assert.equal(verb(t.at(-1)), 'terminated', 'terminated last (§9.3.8)');
    assert.match(t.at(-1).result.duration, /^PT/);
    const au = (v) => t.filter((s) => verb(s) === v && s.object.id === l.activityId);
    assert.equal(au('completed').length, 1);
    assert.equal(au('passed').length, 1);
    const [passed] = au('passed');
    assert.equal(passed.result.success, true);
    assert.ok(Math.abs(passed.result.score.scaled - 5 / 6) < 1e-4);
    assert.equal(passed.result.completion, undefined, 'no completion on passed (§9.5.3)');
    assert.match(passed.result.duration, /^PT/);
    assert.equal(passed.context.extensions[`${EXT}masteryscore`], 0.8, '§9.6.3.2');
    const [completed] = au('completed');
    assert.equal(completed.result.completion, true);
    assert.equal(completed.result.success, undefined);
    // The quiz attempt itself: an allowed statement about the unit.
    const attempt = t.find((s) => s.object.id === 'https://courses.alliance-player.org/open-education/units/oer-quiz');
    assert.ok(attempt, `the attempt is recorded as an allowed statement: ${t.map((s) => `${verb(s)} ${s.object.id}`).join(', ')}`);
    assert.equal(lms.fetches(l.fetchId), 1, 'the token is fetched once (§8.2)');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('§8.2.3: the fetch URL used a second time — the LMS\'s error document is shown to the learner and nothing is sent', T, async () => {
  const actor = learner();
  const l = await lms.launch(env.base, '/course/open-education/unit/five-rs', { actor, publisherId: PUBLISHER });
  const first = await env.page({ allow: ALLOW });
  try {
    await first.page.goto(l.url);
    await waitStatements(l.registration, (all) => all.some((s) => verb(s) === 'initialized'));
  } finally {
    await first.context.close();
  }
  const before = (await lms.statements(l.registration)).length;
  const { page, context } = await env.page({ allow: ALLOW });
  try {
    await page.goto(l.url);
    const failed = page.getByTestId('launch-failed');
    await failed.waitFor();
    assert.match(await text(failed), /used already/);
    await new Promise((r) => setTimeout(r, 1000));
    const after = await lms.statements(l.registration);
    // The first page's best-effort terminated may land; the second launch sends nothing.
    assert.ok(after.filter((s) => verb(s) === 'initialized').length === 1, 'no second session');
    assert.ok(after.length <= before + 1);
  } finally {
    await context.close();
  }
});

test('§9.3.3: a second session in the same registration sends no second completed', T, async () => {
  const actor = learner();
  const options = { actor, publisherId: PUBLISHER, moveOn: 'Completed' };
  const l1 = await lms.launch(env.base, '/course/open-education/unit/five-rs', options);
  const { page, context, errors } = await env.page({ allow: ALLOW });
  try {
    const p = new Player(page, env.base);
    await page.goto(l1.url);
    await p.waitUnit('five-rs');
    await page.getByTestId('mark-done').click();
    await waitStatements(l1.registration, (all) => all.some((s) => verb(s) === 'completed' && s.object.id === l1.activityId));
    await page.getByTestId('exit').click();
    await page.waitForURL(l1.returnURL);
    // The LMS launches the same AU again in the same registration (a new session, a new token); on a fresh device.
    const l2 = await lms.launch(env.base, '/course/open-education/unit/five-rs', { ...options, registration: l1.registration, activityId: l1.activityId });
    const other = await env.page({ allow: ALLOW });
    try {
      const p2 = new Player(other.page, env.base);
      await other.page.goto(l2.url);
      await p2.waitUnit('five-rs');
      await other.page.getByTestId('mark-done').click();
      await other.page.getByTestId('exit').click();
      await other.page.waitForURL(l2.returnURL);
      assert.deepEqual(other.errors, []);
    } finally {
      await other.context.close();
    }
    const all = await waitStatements(l1.registration, (a) => a.filter((s) => verb(s) === 'terminated').length === 2);
    assert.equal(all.filter((s) => verb(s) === 'initialized').length, 2);
    assert.equal(all.filter((s) => verb(s) === 'completed' && s.object.id === l1.activityId).length, 1, 'one completed per registration');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

for (const mode of ['Browse', 'Review']) {
  test(`§10.2.2: ${mode} mode — initialized and terminated only, nothing kept on the device`, T, async () => {
    const actor = learner();
    const l = await lms.launch(env.base, '/course/statistics/unit/mean-median-mode', { actor, publisherId: PUBLISHER, mode, moveOn: 'Completed' });
    const { page, context, errors } = await env.page({ allow: ALLOW });
    try {
      const p = new Player(page, env.base);
      await page.goto(l.url);
      await page.getByTestId('cmi5-mode').waitFor();
      await p.waitUnit('mean-median-mode');
      // The mode notice and Exit meet WCAG like the rest of the header (axe, with WCAG 2.2's target size).
      const axe = await new AxeBuilder({ page }).include('header').options({ rules: { 'target-size': { enabled: true } } }).analyze();
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
      await page.getByTestId('mark-done').click();
      await p.waitUnitState('mean-median-mode', 'completed');
      await page.getByTestId('exit').click();
      await page.waitForURL(l.returnURL);
      const all = await waitStatements(l.registration, (a) => a.some((s) => verb(s) === 'terminated'));
      assert.deepEqual(byTime(all).map(verb), ['launched', 'initialized', 'terminated']);
      assertSession(all, l, actor);
      await p.open('/course/statistics');
      await p.outline().waitFor();
      const { records, outbox } = await p.stored('statistics', 'mean-median-mode');
      assert.deepEqual(records.filter((r) => r.state === 'completed'), [], 'nothing stored');
      assert.deepEqual(outbox, []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}

test('§11, §9.3.4, §9.3.8: a course-level AU — the learner\'s language and audio preferences, passed once every quiz is judged, terminated when the page goes', T, async () => {
  const actor = learner();
  const l = await lms.launch(env.base, '/course/open-education', { actor, publisherId: PUBLISHER, masteryScore: 0.8,
    preferences: { languagePreference: 'fr-FR,en-US', audioPreference: 'off' } });
  const { page, context, errors } = await env.page({ allow: ALLOW });
  try {
    const p = new Player(page, env.base);
    await page.goto(l.url);
    await page.locator('html[lang=fr]').waitFor({ timeout: 20_000 });
    await p.outline().waitFor();
    await p.unitLink('what-is-oer').click();
    await p.waitUnit('what-is-oer');
    assert.equal(await page.locator('video.media').evaluate((v) => v.muted), true, 'audio off (§11)');
    await p.unitLink('oer-quiz').click();
    await answerQuizFiveOfSix(page);
    const judged = await waitStatements(l.registration, (a) => a.some((s) => verb(s) === 'passed' && s.object.id === l.activityId));
    assert.equal(judged.filter((s) => verb(s) === 'completed' && s.object.id === l.activityId).length, 0, 'not every unit is done');
    // The learner closes the tab: terminated, best effort.
    await page.close({ runBeforeUnload: true });
    const all = await waitStatements(l.registration, (a) => a.some((s) => verb(s) === 'terminated'));
    const t = assertSession(all, l, actor);
    assert.equal(verb(t.at(-1)), 'terminated');
    const passed = t.find((s) => verb(s) === 'passed' && s.object.id === l.activityId);
    assert.equal(passed.object.id, l.activityId);
    assert.ok(Math.abs(passed.result.score.scaled - 5 / 6) < 1e-4);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('§10: a launch without LMS.LaunchData — the learner is told, and nothing is sent', T, async () => {
  const actor = learner();
  const l = await lms.launch(env.base, '/course/open-education/unit/five-rs', { actor, publisherId: PUBLISHER, launchData: false });
  const { page, context } = await env.page({ allow: ALLOW });
  try {
    const p = new Player(page, env.base);
    await page.goto(l.url);
    const failed = page.getByTestId('launch-failed');
    await failed.waitFor();
    assert.match(await text(failed), /LMS\.LaunchData/);
    await p.waitUnit('five-rs');
    await page.getByTestId('mark-done').click();
    await p.waitUnitState('five-rs', 'completed');
    await new Promise((r) => setTimeout(r, 1000));
    assert.deepEqual((await lms.statements(l.registration)).map(verb), ['launched']);
  } finally {
    await context.close();
  }
});

// Export (alliance-pack cmi5): the package an LMS imports.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const XSD = fs.readFileSync(path.join(root, 'tools/alliance-pack/schema/cmi5-CourseStructure.xsd'), 'utf8');

function exportCourse(course, player, au, out) {
  execFileSync('cargo', ['run', '--offline', '--quiet', '-p', 'alliance-pack', '--', 'cmi5', path.join(root, 'public/courses', course),
    '--player', player, '--au', au, '--out', out], { cwd: root, stdio: 'pipe', timeout: 300_000 });
}

/** The one file of a zip written by alliance-pack (its name and text), read from its local header (PKWARE APPNOTE). */
function onlyFile(zip) {
  assert.equal(zip.readUInt32LE(0), 0x04034b50, 'a zip');
  const [method, size, nameLength, extra] = [zip.readUInt16LE(8), zip.readUInt32LE(18), zip.readUInt16LE(26), zip.readUInt16LE(28)];
  const name = zip.subarray(30, 30 + nameLength).toString('utf8');
  const data = zip.subarray(30 + nameLength + extra, 30 + nameLength + extra + size);
  return { name, text: (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8') };
}

async function valid(xml) {
  const r = await validateXML({ xml: [{ fileName: 'cmi5.xml', contents: xml }], schema: [XSD] });
  return r.valid ? [] : r.errors.map((e) => e.rawMessage);
}

const aus = (xml) => [...xml.matchAll(/<au id="([^"]+)"([^>]*)>[\s\S]*?<url>([^<]+)<\/url>/g)].map(([, id, attrs, url]) => ({ id, attrs, url }));

test('§13, §14: an exported course package (one AU per unit) validates against the cmi5 XSD, in every language of the course, and each AU\'s launch URL opens its unit', T, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmi5-export-'));
  try {
    exportCourse('open-education', env.base, 'unit', path.join(dir, 'oe.zip'));
    const { name, text: xml } = onlyFile(fs.readFileSync(path.join(dir, 'oe.zip')));
    assert.equal(name, 'cmi5.xml', 'cmi5.xml at the root of the zip (§14.1)');
    assert.deepEqual(await valid(xml), []);
    // The check can fail: a moveOn the XSD does not know.
    assert.notDeepEqual(await valid(xml.replace('moveOn="Completed"', 'moveOn="Done"')), []);
    for (const lang of ['en', 'fr', 'zh-CN']) assert.ok(xml.includes(`<langstring lang="${lang}">`), lang);
    const units = aus(xml);
    assert.equal(units.length, 7);
    const quiz = units.find((u) => u.url.endsWith('/unit/oer-quiz'));
    assert.match(quiz.attrs, /moveOn="Passed" masteryScore="0.7"/);
    assert.match(units.find((u) => u.url.endsWith('/unit/five-rs')).attrs, /moveOn="Completed"/);
    // The LMS launches two of them as it imported them: the unit opens, the publisher id is in the statements.
    for (const au of [units.find((u) => u.url.endsWith('/unit/five-rs')), quiz]) {
      const unit = au.url.split('/unit/')[1];
      const l = await lms.launch(env.base, au.url.slice(env.base.length), { actor: learner(), publisherId: au.id });
      const { page, context, errors } = await env.page({ allow: ALLOW });
      try {
        await page.goto(l.url);
        await page.locator(`[data-testid=unit-view][data-unit-id="${unit}"]`).waitFor();
        const [initialized] = await waitStatements(l.registration, (a) => a.some((s) => verb(s) === 'initialized'))
          .then((a) => a.filter((s) => verb(s) === 'initialized'));
        assert.equal(initialized.context.contextActivities.grouping[0].id, au.id);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('§13, §14.2: one AU for the whole course, as a standalone cmi5.xml — valid, masteryScore from the quiz, the launch URL opens the course', T, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmi5-export-'));
  try {
    exportCourse('statistics', env.base, 'course', path.join(dir, 'cmi5.xml'));
    const xml = fs.readFileSync(path.join(dir, 'cmi5.xml'), 'utf8');
    assert.deepEqual(await valid(xml), []);
    const [au] = aus(xml);
    assert.equal(aus(xml).length, 1);
    assert.match(au.attrs, /moveOn="CompletedAndPassed" masteryScore="0.75"/);
    assert.equal(au.url, `${env.base}/course/statistics`);
    const l = await lms.launch(env.base, '/course/statistics', { actor: learner(), publisherId: au.id });
    const { page, context, errors } = await env.page({ allow: ALLOW });
    try {
      await page.goto(l.url);
      await page.getByTestId('course-outline').waitFor();
      assert.equal(new URL(page.url()).pathname, '/course/statistics');
      await waitStatements(l.registration, (a) => a.some((s) => verb(s) === 'initialized'));
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// Third-party cmi5 content as a unit (format 1.3): the player is the AU's LMS.
const AU_UNIT = 'https://courses.alliance-player.org/first-chinese/units/tone-practice';

/** The AU's frame, and the launch the player gave it (from the frame's address). */
async function auFrame(page) {
  const element = page.getByTestId('cmi5-frame');
  await element.waitFor();
  const launchOf = new URL(await element.getAttribute('src'), env.base).searchParams;
  const frame = page.frameLocator('[data-testid=cmi5-frame]');
  await frame.locator('body[data-state=ready]').waitFor({ timeout: 30_000 });
  return { frame, registration: launchOf.get('registration'), endpoint: launchOf.get('endpoint'), fetch: launchOf.get('fetch') };
}

/** Answers the sample AU: two of three right (0.67, above its mastery score 0.6). */
async function answerAu(frame) {
  await frame.locator('input[name=q1][value="1"]').check();
  await frame.locator('input[name=q2][value="3"]').check();
  await frame.locator('input[name=q3][value="1"]').check();
  await frame.locator('#check').click();
  await frame.locator('body[data-state=passed]').waitFor({ timeout: 30_000 });
}

test('§8, §9, §10 (the player as the LMS): a third-party cmi5 AU as a unit — launched, its statements reach the learner\'s LRS exactly once, the unit is passed, and the AU cannot reach the player\'s storage', T, async () => {
  const actor = learner();
  const q = new URLSearchParams({ endpoint: `${env.base}/lrs`, auth: lrs.auth, actor: JSON.stringify(actor) });
  const { page, context, errors } = await env.page({ allow: ALLOW });
  try {
    const p = new Player(page, env.base);
    await page.goto(`${env.base}/course/first-chinese/unit/tone-practice?${q}`);
    const au = await auFrame(page);
    assert.match(await text(p.unitLink('tone-practice').locator('.unit-meta')), /^Activity · /, 'an activity to the learner');
    await answerAu(au.frame);
    await p.waitUnitState('tone-practice', 'passed');
    const all = await waitStatements(au.registration, (a) => a.some((s) => verb(s) === 'terminated'));
    assert.deepEqual(byTime(all).map(verb), ['launched', 'initialized', 'completed', 'passed', 'terminated'], 'the player records launched as the LMS (§9.3.1)');
    for (const s of all) {
      assert.equal(s.object.id, AU_UNIT);
      assert.deepEqual(s.actor.account, actor.account, 'as the learner');
      assert.equal(s.context.contextActivities.grouping[0].id, AU_UNIT, 'the LaunchData context template');
    }
    const passed = all.find((s) => verb(s) === 'passed');
    assert.ok(Math.abs(passed.result.score.scaled - 2 / 3) < 1e-4);
    // The player made no statement of its own about the unit: the AU reports for itself.
    await page.reload();
    await p.waitUnit('tone-practice');
    await page.locator('[data-testid=sync-status][data-state=ok][data-pending="0"]').waitFor({ timeout: 30_000 });
    // The reload launched the AU again (a new session in the same registration: launched, initialized); nothing of
    // the first session twice.
    const after = await waitStatements(au.registration, (a) => a.filter((s) => verb(s) === 'initialized').length === 2);
    assert.deepEqual(byTime(after).map(verb), ['launched', 'initialized', 'completed', 'passed', 'terminated', 'launched', 'initialized'], 'exactly once');
    assert.equal(new Set(after.map((s) => s.id)).size, 7);
    assert.notEqual(byTime(after)[0].context.extensions[`${EXT}sessionid`], byTime(after)[5].context.extensions[`${EXT}sessionid`], 'a new session');

    // The AU's frame is an opaque origin: the player's storage, cookies and page are out of its reach.
    const again = await auFrame(page);
    const frame = page.frames().find((f) => f.url().includes('/.alliance-player/au'));
    const reach = await frame.evaluate(async () => {
      const tryIt = async (f) => { try { await f(); return 'reached'; } catch (e) { return e.name; } };
      return {
        localStorage: await tryIt(() => localStorage.length),
        indexedDB: await tryIt(() => new Promise((ok, no) => { const r = indexedDB.open('alliance-player'); r.onsuccess = ok; r.onerror = () => no(r.error); })),
        cookie: await tryIt(() => document.cookie),
        parent: await tryIt(() => parent.document.title),
        origin: origin,
      };
    });
    assert.deepEqual(reach, { localStorage: 'SecurityError', indexedDB: 'SecurityError', cookie: 'SecurityError', parent: 'SecurityError', origin: 'null' });
    // §8.2: the fetch URL is the AU's once (this launch's AU has used it); another's token is refused.
    const probes = await frame.evaluate(async ([endpoint, fetchUrl]) => {
      const token = await (await fetch(fetchUrl, { method: 'POST' })).json();
      const about = await fetch(`${endpoint}about`, { headers: { Authorization: 'Basic bm90OnRoZSB0b2tlbg==' } });
      return { token, about: about.status };
    }, [again.endpoint, again.fetch]);
    assert.equal(probes.token['error-code'], '1');
    assert.equal(probes.about, 401);
    assert.deepEqual(errors.filter((e) => !/status of 401/.test(e)), []);
  } finally {
    await context.close();
  }
});
