// A cmi5 LMS for the tests: the LMS side of a launch as the cmi5 specification (quartz) describes it, over a real
// LRS (xapi-rs, xAPI 2.0.0). For each launch it makes a registration (or reuses one), an activityId of its own
// (§8.1.5: never the publisher's AU id, which goes into the context template's grouping), a session id; writes
// `LMS.LaunchData` (§10) and, when asked, the learner's `cmi5LearnerPreferences` (§11); records `launched` (§9.3.1);
// and gives a one-time fetch URL (§8.2: the token once, then the error document with code 1). Its `returnURL` is a
// page of its own. Everything listens on 127.0.0.1.
import http from 'node:http';
import crypto from 'node:crypto';

const V = '2.0.0';
const CMI5 = 'https://w3id.org/xapi/cmi5/context/categories/cmi5';
const EXT = 'https://w3id.org/xapi/cmi5/context/extensions/';

/**
 * `lrs`: { base, auth } of the LRS the LMS writes to; `endpoint`: the LRS address the AU is given (the same LRS,
 * behind the player's origin). Returns { base, launch(), statements(), fetches(), close() }.
 */
export async function startCmi5Lms({ lrs, endpoint }) {
  const tokens = new Map(); // fetch id → times asked
  const server = http.createServer((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': req.headers.origin || '*', 'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'content-type' };
    const url = new URL(req.url, 'http://127.0.0.1');
    if (req.method === 'OPTIONS') { res.writeHead(204, cors); res.end(); return; }
    if (url.pathname.startsWith('/fetch/') && req.method === 'POST') {
      const id = url.pathname.slice('/fetch/'.length);
      const asked = tokens.get(id);
      res.writeHead(200, { ...cors, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      if (asked === undefined) {
        res.end(JSON.stringify({ 'error-code': '2', 'error-text': 'unknown launch' }));
      } else if (asked > 0) {
        tokens.set(id, asked + 1);
        res.end(JSON.stringify({ 'error-code': '1', 'error-text': 'Already in use' }));
      } else {
        tokens.set(id, 1);
        res.end(JSON.stringify({ 'auth-token': lrs.auth.slice('Basic '.length) }));
      }
      return;
    }
    if (url.pathname === '/return') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>LMS</title><h1 id="lms-home">Back at the LMS</h1>');
      return;
    }
    res.writeHead(404, cors);
    res.end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;

  async function xapi(method, resource, query, body) {
    const r = await fetch(`${lrs.base}/${resource}?${new URLSearchParams(query)}`, {
      method,
      headers: { Authorization: lrs.auth, 'X-Experience-API-Version': V, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(15_000),
    });
    if (!r.ok && r.status !== 404) throw new Error(`${method} ${resource}: HTTP ${r.status} ${await r.text()}`);
    return r;
  }

  return {
    base,
    /**
     * Launches the player at `playerBase + path` as an AU: `publisherId` is the AU's id in cmi5.xml, `mode`
     * Normal/Browse/Review, `masteryScore`, `moveOn`, `registration` (a new one by default), `preferences`
     * ({ languagePreference, audioPreference }), `launchData: false` writes none. Returns the address to open and
     * what the LMS made (registration, activityId, sessionId, fetch, returnURL).
     */
    async launch(playerBase, path, { actor, publisherId = 'https://courses.alliance-player.org/au', mode = 'Normal',
      masteryScore, moveOn = 'CompletedAndPassed', registration = crypto.randomUUID(), preferences,
      activityId = `https://lms.alliance.test/activities/${crypto.randomUUID()}`, launchData = true } = {}) {
      const sessionId = crypto.randomUUID();
      const returnURL = `${base}/return?registration=${registration}`;
      const agent = JSON.stringify(actor);
      const contextTemplate = {
        contextActivities: { grouping: [{ objectType: 'Activity', id: publisherId }] },
        extensions: { [`${EXT}sessionid`]: sessionId },
      };
      if (launchData) {
        const doc = { contextTemplate, launchMode: mode, moveOn, returnURL };
        if (masteryScore !== undefined) doc.masteryScore = masteryScore;
        // A new LMS.LaunchData for each launch (§10.1): the one of an earlier session is replaced.
        const where = { activityId, agent, registration, stateId: 'LMS.LaunchData' };
        await xapi('DELETE', 'activities/state', where);
        await xapi('PUT', 'activities/state', where, doc);
      }
      if (preferences) {
        const where = { agent, profileId: 'cmi5LearnerPreferences' };
        await xapi('DELETE', 'agents/profile', where);
        await xapi('PUT', 'agents/profile', where, preferences);
      }
      const launchUrl = `${playerBase}${path}`;
      await xapi('POST', 'statements', {}, {
        id: crypto.randomUUID(), actor, timestamp: new Date().toISOString(),
        verb: { id: 'http://adlnet.gov/expapi/verbs/launched', display: { 'en-US': 'launched' } },
        object: { objectType: 'Activity', id: activityId },
        context: { registration, contextActivities: { ...contextTemplate.contextActivities, category: [{ id: CMI5 }] },
          extensions: { ...contextTemplate.extensions, [`${EXT}launchmode`]: mode, [`${EXT}launchurl`]: launchUrl,
            [`${EXT}moveon`]: moveOn, ...(masteryScore !== undefined ? { [`${EXT}masteryscore`]: masteryScore } : {}) } },
      });
      const fetchId = crypto.randomUUID();
      tokens.set(fetchId, 0);
      const fetchUrl = `${base}/fetch/${fetchId}`;
      const q = new URLSearchParams({ endpoint, fetch: fetchUrl, actor: agent, registration, activityId });
      return { url: `${launchUrl}?${q}`, registration, activityId, sessionId, fetchUrl, returnURL, fetchId };
    },
    /** How many times the fetch URL of a launch was asked. */
    fetches(fetchId) { return tokens.get(fetchId); },
    /** Every statement of `registration` the LRS holds, oldest first (by when stored). */
    async statements(registration) {
      const all = [];
      let next = `statements?${new URLSearchParams({ registration, ascending: 'true', limit: '200' })}`;
      while (next) {
        const [resource, query] = next.split('?');
        const r = await xapi('GET', resource.replace(/^\//, ''), new URLSearchParams(query));
        const body = await r.json();
        all.push(...body.statements);
        next = body.more ? body.more.replace(/^.*?statements/, 'statements') : null;
      }
      return all;
    },
    close() { return new Promise((r) => server.close(r)); },
  };
}
