// A real LRS for the end-to-end tests, and a fault-injecting proxy in front of it.
//   * startLrs(): npm `xapi-statements` (in memory, xAPI 1.0.x, Learning Locker's statements service) on 127.0.0.1
//     (its express server would bind every interface: loopback.cjs makes it listen on loopback only).
//   * startProxy(target): forwards every request to the LRS unless told to fail: `proxy.script([...faults])` queues
//     faults for the next POSTs to /statements — {status, retryAfter, body}, {drop: true} (the connection is cut
//     before an answer), {forwardThen: status} (the LRS stores the batch, the client gets `status`: a lost
//     answer), {delay: ms} (a slow answer); `proxy.always(fault)` answers every POST so until cleared; and
//     `proxy.rejectId(id)` answers 400 to any POST holding that id.
//     It answers CORS itself, as the LRS does.
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
export const validate = require('xapi-validation').default;

export const AUTH = `Basic ${Buffer.from('alliance-key:alliance-secret').toString('base64')}`;

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

async function waitFor(url, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch { /* not up yet */ }
    if (Date.now() > until) throw new Error(`${url} did not come up within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Starts xapi-statements; returns its base URL (…/xAPI), `statements()` and `close()`. */
export async function startLrs() {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', path.join(root, 'tests/e2e/loopback.cjs'),
    path.join(root, 'node_modules/xapi-statements/dist/index.js')], {
    env: { ...process.env, AUTH_REPO: 'test', EVENTS_REPO: 'test', MODELS_REPO: 'memory', STORAGE_REPO: 'memory',
      EXPRESS_PORT: String(port), WINSTON_CONSOLE_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const base = `http://127.0.0.1:${port}/xAPI`;
  try {
    await waitFor(`${base}/about`);
  } catch (e) {
    child.kill();
    throw new Error(`${e.message}\n${stderr}`);
  }
  return {
    base,
    /** Every statement the LRS holds, oldest first. */
    async statements() {
      const all = [];
      let url = `${base}/statements?limit=500&ascending=true`;
      while (url) {
        const r = await fetch(url, { headers: { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3' } });
        if (!r.ok) throw new Error(`GET statements: HTTP ${r.status} ${await r.text()}`);
        const body = await r.json();
        all.push(...body.statements);
        url = body.more ? new URL(body.more, base).href : null;
      }
      return all;
    },
    close() { child.kill(); },
  };
}

/** Starts the fault-injecting proxy in front of `target` (the LRS's base URL). */
export async function startProxy(target) {
  const t = new URL(target);
  const faults = [];
  let standing = null; // a fault answered to every POST until cleared
  const rejected = new Set();
  const log = [];
  const cors = (req) => ({
    'Access-Control-Allow-Origin': req.headers.origin || '*',
    'Access-Control-Allow-Headers': 'authorization,content-type,x-experience-api-version',
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
