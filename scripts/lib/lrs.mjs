// A real LRS on 127.0.0.1: npm `xapi-statements` (Learning Locker's statements service; in memory, xAPI 1.0.x).
// Its express server would bind every interface: tests/e2e/loopback.cjs, preloaded, makes it listen on loopback.
// Used by the end-to-end tests, by `make bench` and by `make serve`.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const AUTH = `Basic ${Buffer.from('alliance-key:alliance-secret').toString('base64')}`;

// What must stop with this process, however it ends: a normal exit, an uncaught failure, or a signal (a test
// runner's timeout sends SIGTERM; Ctrl-C sends SIGINT). Node runs no 'exit' handler on a signal it is not listening
// for, so the signals are listened for here: the cleanups run, then the process exits (Playwright's own 'exit'
// handler kills its browsers).
const cleanups = new Set();
let hooked = false;
function runCleanups() {
  for (const f of [...cleanups]) {
    cleanups.delete(f);
    try { f(); } catch { /* already gone */ }
  }
}
/** Runs `f` when this process ends (once); returns a function that runs it now instead. */
export function onExit(f) {
  if (!hooked) {
    hooked = true;
    process.on('exit', runCleanups);
    for (const [signal, n] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
      process.on(signal, () => { runCleanups(); process.exit(128 + n); });
    }
  }
  let done = false;
  const once = () => { if (!done) { done = true; cleanups.delete(once); f(); } };
  cleanups.add(once);
  return once;
}

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
  // Never outlive the process that started it (a test run that fails, times out or is interrupted included).
  const stop = onExit(() => child.kill('SIGKILL'));
  const base = `http://127.0.0.1:${port}/xAPI`;
  try {
    await waitFor(`${base}/about`);
  } catch (e) {
    stop();
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
    close() { stop(); },
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

/** A full LRS with the State API and xAPI 2.0.0: the Rust crate xapi-rs 0.2.0 (installed by `make setup`) on a
 * private PostgreSQL cluster, both on 127.0.0.1. It sends no CORS headers: serve it behind the player's own origin
 * (startServer's `proxy`). Returns { base, auth, close() }. */
export async function startXapiRs() {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const { execFileSync } = await import('node:child_process');
  const bin = [process.env.XAPI_RS_BIN, path.join(os.homedir(), '.cargo/bin/xapi-rs')].find((p) => p && fs.existsSync(p));
  if (!bin) throw new Error('xapi-rs is not installed: run `make setup`');
  const pgBin = '/usr/lib/postgresql/15/bin';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alliance-lrs-'));
  fs.chmodSync(dir, 0o777);
  const data = path.join(dir, 'pg');
  const pgPort = await freePort();
  const asPg = (cmd, args) => execFileSync('runuser', ['-u', 'postgres', '--', path.join(pgBin, cmd), ...args], { stdio: 'pipe' });
  asPg('initdb', ['-D', data, '--auth=trust', '-U', 'postgres']);
  asPg('pg_ctl', ['-D', data, '-l', path.join(dir, 'pg.log'), '-w', '-o',
    `-c listen_addresses=127.0.0.1 -c port=${pgPort} -c unix_socket_directories=${data}`, 'start']);
  const stopPg = onExit(() => {
    try { asPg('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']); } catch { /* already stopped */ }
    fs.rmSync(dir, { recursive: true, force: true });
  });
  try {
    asPg('createdb', ['-h', '127.0.0.1', '-p', String(pgPort), '-U', 'postgres', 'xapi']);
  } catch (e) { stopPg(); throw e; }
  const port = await freePort();
  const run = path.join(dir, 'run');
  fs.mkdirSync(path.join(run, 'logs'), { recursive: true });
  const email = 'root@alliance.test';
  const password = 'alliance-secret';
  const child = spawn(bin, [], {
    cwd: run,
    env: { ...process.env, RUST_LOG: 'warn', DB_SERVER_URL: `postgresql://postgres@127.0.0.1:${pgPort}`, DB_NAME: 'xapi',
      LRS_EXTERNAL_URL: `http://127.0.0.1:${port}/`, EXT_DEFAULT_LANGUAGE: 'en', CARGO_MANIFEST_DIR: run, LRS_MODE: 'auth',
      LRS_ROOT_EMAIL: email, LRS_ROOT_PASSWORD: password,
      ROCKET_SECRET_KEY: (await import('node:crypto')).randomBytes(32).toString('base64'),
      ROCKET_ADDRESS: '127.0.0.1', ROCKET_PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const stopLrs = onExit(() => child.kill('SIGKILL'));
  const stop = () => { stopLrs(); stopPg(); };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/about`, 60_000);
  } catch (e) {
    stop();
    throw new Error(`${e.message}\n${stderr}`);
  }
  return {
    base,
    auth: `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`,
    close() { stop(); },
  };
}
