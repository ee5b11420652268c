// A real LRS for the end-to-end tests (startLrs, from scripts/lib/lrs.mjs), and a fault-injecting proxy in front of it.
//   * startProxy(target): forwards every request to the LRS unless told to fail: `proxy.script([...faults])` queues
//     faults for the next POSTs to /statements — {status, retryAfter, body}, {drop: true} (the connection is cut
//     before an answer), {forwardThen: status} (the LRS stores the batch, the client gets `status`: a lost
//     answer), {delay: ms} (a slow answer), {until: promise} (held until the test releases it); `proxy.always(fault)` answers every POST so until cleared; and
//     `proxy.rejectId(id)` answers 400 to any POST holding that id.
//     It answers CORS itself, as the LRS does, and runs npm xapi-validation on every statement POSTed through it
//     (`proxy.invalid` lists any with warnings).
import http from 'node:http';
import { createRequire } from 'node:module';
import { AUTH } from '../../scripts/lib/lrs.mjs';

export { startLrs, AUTH } from '../../scripts/lib/lrs.mjs';
const require = createRequire(import.meta.url);
export const validate = require('xapi-validation').default;

/** Starts the fault-injecting proxy in front of `target` (the LRS's base URL). */
export async function startProxy(target) {
  const t = new URL(target);
  const faults = [];
  let standing = null; // a fault answered to every POST until cleared
  const rejected = new Set();
  const log = [];
  const invalid = []; // statements that xapi-validation warned about (there must be none)
  const cors = (req) => ({
    'Access-Control-Allow-Origin': req.headers.origin || '*',
    'Access-Control-Allow-Headers': 'authorization,content-type,x-experience-api-version,if-match,if-none-match',
    'Access-Control-Allow-Methods': 'GET,HEAD,PUT,POST,DELETE',
    'Access-Control-Expose-Headers': 'ETag,Retry-After,X-Experience-API-Version',
  });
  async function forward(req, body) {
    const headers = { ...req.headers, host: t.host };
    delete headers.origin;
    delete headers['content-length'];
    const r = await fetch(`${t.origin}${t.pathname.replace(/\/$/, '')}${req.url}`, {
      method: req.method, headers, body: ['GET', 'HEAD'].includes(req.method) ? undefined : body,
    });
    return { status: r.status, headers: Object.fromEntries(r.headers), body: Buffer.from(await r.arrayBuffer()) };
  }
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      const body = Buffer.concat(chunks);
      if (req.method === 'OPTIONS') { res.writeHead(204, cors(req)); res.end(); return; }
      const isPost = req.method === 'POST' && req.url.startsWith('/statements');
      const statements = isPost ? (() => { try { return [JSON.parse(body)].flat(); } catch { return []; } })() : [];
      const ids = statements.map((s) => s.id);
      for (const st of statements) {
        const warnings = validate(st);
        if (warnings.length) invalid.push({ statement: st, warnings });
      }
      const fault = isPost ? (faults.shift() ?? standing ?? undefined) : undefined;
      log.push({ method: req.method, url: req.url, ids, statements, fault });
      try {
        if (isPost && ids.some((id) => rejected.has(id))) {
          res.writeHead(400, { ...cors(req), 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ message: 'Statement refused by the test proxy: result.score.scaled is out of range' }));
          return;
        }
        if (fault?.drop) { req.socket.destroy(); return; }
        if (fault?.delay) await new Promise((r) => setTimeout(r, fault.delay));
        if (fault?.until) await fault.until;
        if (fault?.status) {
          res.writeHead(fault.status, { ...cors(req), 'Content-Type': 'application/json',
            ...(fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {}) });
          res.end(JSON.stringify({ message: fault.body ?? `fault ${fault.status}` }));
          return;
        }
        const answer = await forward(req, body);
        if (fault?.forwardThen) {
          if (fault.forwardThen === 'drop') { req.socket.destroy(); return; }
          res.writeHead(fault.forwardThen, { ...cors(req), 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ message: 'conflict (test proxy: the first answer was lost)' }));
          return;
        }
        const h = { ...cors(req) };
        for (const k of ['content-type', 'etag', 'x-experience-api-version', 'retry-after']) if (answer.headers[k]) h[k] = answer.headers[k];
        res.writeHead(answer.status, h);
        res.end(answer.body);
      } catch (e) {
        res.writeHead(502, cors(req));
        res.end(String(e));
      }
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    log,
    invalid,
    script(list) { faults.push(...list); },
    /** Answers every POST with `fault` (after the scripted ones) until called with null. */
    always(fault) { standing = fault; },
    pendingFaults() { return faults.length; },
    rejectId(id) { rejected.add(id); },
    close() { server.closeAllConnections?.(); return new Promise((r) => server.close(r)); },
  };
}

/** The address that launches the player at `path` for a learner, with the LRS behind `endpoint` (the way an LMS
 * would, with the credentials as an `auth` parameter the player removes from the address at once). */
export function launchUrl(base, p, endpoint, { name = 'Ada Lovelace', mbox = 'mailto:ada@example.org', registration } = {}) {
  const q = new URLSearchParams({ endpoint, auth: AUTH, actor: JSON.stringify({ objectType: 'Agent', name, mbox }) });
  if (registration) q.set('registration', registration);
  return `${base}${p}?${q}`;
}
