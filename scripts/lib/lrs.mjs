// A real LRS on 127.0.0.1: npm `xapi-statements` (Learning Locker's statements service; in memory, xAPI 1.0.x).
// Its express server would bind every interface: tests/e2e/loopback.cjs, preloaded, makes it listen on loopback.
// Used by the end-to-end tests, by `make bench` and by `make serve`.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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
export async function startLrs({ port: wanted } = {}) {
  const port = wanted || await freePort();
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


/** A stand-in for an LMS's cmi5 token service on 127.0.0.1: each POST answers `{"auth-token": …}` with the LRS
 * credentials (the local LRS takes any). `launchUrl(base, path, actor)` builds the address an LMS would open: the
 * player's page with `endpoint`, `fetch`, `actor` and `registration`, and no credentials in it. */
export async function startLauncher({ lrsBase, port = 0 }) {
  const http = await import('node:http');
  const crypto = await import('node:crypto');
  let issued = 0;
  const server = http.createServer((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': req.headers.origin || '*', 'Access-Control-Allow-Methods': 'POST',
      'Access-Control-Allow-Headers': 'content-type' };
    if (req.method === 'OPTIONS') { res.writeHead(204, cors); res.end(); return; }
    if (req.method !== 'POST' || !req.url.startsWith('/fetch')) { res.writeHead(404, cors); res.end(); return; }
    issued += 1;
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify({ 'auth-token': AUTH.slice('Basic '.length) }));
  });
  await new Promise((r) => server.listen(port, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  return {
    base,
    issued: () => issued,
    launchUrl(playerBase, p, actor = { objectType: 'Agent', name: 'Ada Lovelace', mbox: 'mailto:ada@example.org' }) {
      const q = new URLSearchParams({ endpoint: lrsBase, fetch: `${base}/fetch`, actor: JSON.stringify(actor),
        registration: crypto.randomUUID() });
      return `${playerBase.replace(/\/$/, '')}${p}?${q}`;
    },
    close() { return new Promise((r) => server.close(r)); },
  };
}
