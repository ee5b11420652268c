// The static file server behind scripts/serve.mjs (`make serve`, the end-to-end tests, the benchmarks).
//
// It serves a Trunk build (dist/) the way a sensible production host would, so tests and benchmarks see realistic
// behaviour:
//   * Content-Type by extension, Content-Length, HEAD;
//   * single byte ranges (206 / 416) so <video>/<audio> can seek;
//   * strong ETag + Last-Modified, answering If-None-Match / If-Modified-Since with 304, and If-Range;
//   * br/gzip for text and wasm, compressed on first use and memoised by path + mtime + size (never for ranges);
//   * `Cache-Control: public, max-age=31536000, immutable` for content-hashed names, `no-cache` otherwise;
//   * SPA fallback: an extension-less path that is not a file (e.g. /course/statistics/unit/mean) gets index.html;
//     a missing file *with* an extension is a real 404;
//   * `..` (raw or percent-encoded), backslashes, NUL bytes → 400; dot-files and symlinks leading out of root → 404;
//   * `X-Content-Type-Options: nosniff` and `Referrer-Policy: no-referrer` on every answer;
//   * the player's pages (index.html, also as the SPA fallback) carry `PLAYER_CSP`, the same policy the build puts in
//     their `<meta http-equiv="Content-Security-Policy">`;
//   * every answer under the package folder (`/courses/`) carries `COURSE_FILE_CSP` (`sandbox allow-scripts`): a
//     course file opened directly runs in an opaque origin and cannot reach the player's storage (docs/security.md §1).
import http from 'node:http';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeFor, extensionOf, isCompressible, isHashedName } from './mime.mjs';
import { compress } from './compress.mjs';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The one inline script of the player's page, exactly as scripts/build-wasm.sh writes it into index.html (the
 * catalogue preload and the embed chrome flag must run before the first paint; as a file they would cost a blocking
 * round trip). It is allowed by its hash, so the policy changes only when web/head.js does.
 */
export const HEAD_SCRIPT = fs.readFileSync(path.join(PROJECT_ROOT, 'web/head.js'), 'utf8').trim();

/**
 * The Content-Security-Policy of the player's pages (docs/security.md §1 and "What a host must configure"):
 * scripts only from the player's origin and the head script by hash (no 'unsafe-inline', no eval; 'wasm-unsafe-eval'
 * compiles the wasm); style attributes (Leptos sets `style=`) but no inline `<style>`; pictures and media also from
 * https: (a package may live on its own origin); connections to the player's origin and any https: LRS (http: only on
 * loopback, as the launch rules allow); `object-src`/`frame-src blob:` only for the PDF the document unit has checked
 * and handed to the viewer as a blob; interactive pages from the player's origin; no `<base>`, no form submission.
 * `frame-ancestors` is left out: the player is embedded by design (docs/embedding.md); a host adds it as a header.
 */
export const PLAYER_CSP = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${crypto.createHash('sha256').update(HEAD_SCRIPT).digest('base64')}'`,
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: https:",
  "media-src 'self' https:",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "object-src blob:",
  "frame-src 'self' blob:",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Every file under the package folder: an opaque origin that may run script but reaches nothing of the player. */
export const COURSE_FILE_CSP = 'sandbox allow-scripts';
/** The package folder this server answers with COURSE_FILE_CSP. */
export const PACKAGE_FOLDER = '/courses/';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';
/** Larger compressible files are sent uncompressed rather than held in memory. */
const MAX_COMPRESS_BYTES = 32 * 1024 * 1024;

/**
 * Start the server.
 * @param {object} [opts]
 * @param {string} [opts.root='dist']       folder to serve (relative paths resolve against the current directory)
 * @param {number} [opts.port=8080]         0 picks a free port
 * @param {string} [opts.host='127.0.0.1']
 * @param {boolean|((line: string) => void)} [opts.log=false]  true logs one line per request to stdout
 * @param {boolean} [opts.precompress=true] compress every compressible file in the background right after start,
 *                                          so the first browser load does not wait for brotli quality 11
 * @param {boolean} [opts.playerPages=true] root/index.html is the player's page: send PLAYER_CSP with it (false for
 *                                          other pages, such as a test's host page)
 * @param {string|null} [opts.cors=null]    an origin (or '*') sent as Access-Control-Allow-Origin with every answer: a
 *                                          package host that lets another origin's player read its files
 * @returns {Promise<{url: string, port: number, host: string, root: string, server: http.Server, close: () => Promise<void>}>}
 */
export async function startServer({ root = 'dist', port = 8080, host = '127.0.0.1', log = false, precompress = true, proxy = null, delay = null, playerPages = true, cors = null } = {}) {
  const absRoot = path.resolve(root);
  let realRoot;
  try {
    realRoot = await fsp.realpath(absRoot);
    if (!(await fsp.stat(realRoot)).isDirectory()) throw new Error('not a directory');
  } catch (e) {
    throw new Error(`cannot serve ${absRoot}: ${e.code === 'ENOENT' ? 'no such folder (build first?)' : e.message}`);
  }

  const logLine = typeof log === 'function' ? log : log ? (line) => process.stdout.write(line + '\n') : null;
  const cache = new CompressionCache();
  // proxy = { prefix: '/lrs/', target: 'http://127.0.0.1:PORT/' }: requests under `prefix` are forwarded to
  // `target` (an LRS that sends no CORS headers reaches the player from its own origin).
  // delay = (path) => milliseconds: a slow file, for tests of interrupted downloads.
  const ctx = { root: realRoot, cache, proxy, delay, playerPages, cors };

  const server = http.createServer((req, res) => {
    const started = process.hrtime.bigint();
    if (logLine) {
      res.on('close', () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const len = res.getHeader('content-length');
        const enc = res.getHeader('content-encoding');
        logLine(`${req.method} ${req.url} ${res.statusCode} ${len ?? '-'}B${enc ? ' ' + enc : ''} ${ms.toFixed(1)}ms` +
          (res.writableFinished ? '' : ' (aborted)'));
      });
    }
    handle(ctx, req, res).catch((err) => {
      if (!res.headersSent) sendText(res, 500, 'Internal server error\n', req.method);
      else res.destroy(err);
      process.stderr.write(`serve: ${req.method} ${req.url}: ${err.stack ?? err}\n`);
    });
  });
  server.keepAliveTimeout = 5000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  });
  const actualPort = server.address().port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${actualPort}/`;

  const state = { closed: false };
  if (precompress) warmCompressionCache(realRoot, cache, state).catch(() => {});

  let closing;
  const close = () => {
    state.closed = true;
    closing ??= new Promise((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
      // Connections still busy (e.g. a long media download) get a moment, then are cut.
      setTimeout(() => server.closeAllConnections(), 1000).unref();
    });
    return closing;
  };
  return { url, port: actualPort, host, root: realRoot, server, close };
}

async function forward(proxy, req, res) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  const headers = { ...req.headers };
  delete headers.host;
  delete headers['content-length'];
  delete headers.connection;
  const url = new URL(req.url.slice(proxy.prefix.length), proxy.target.endsWith('/') ? proxy.target : proxy.target + '/');
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  const answer = await fetch(url, { method: req.method, headers, body: ['GET', 'HEAD'].includes(req.method) ? undefined : body });
  const out = {};
  for (const [k, v] of answer.headers) if (!['content-encoding', 'content-length', 'transfer-encoding', 'connection'].includes(k)) out[k] = v;
  res.writeHead(answer.status, out);
  res.end(Buffer.from(await answer.arrayBuffer()));
}

async function handle({ root, cache, proxy, delay, playerPages, cors }, req, res) {
  if (proxy && req.url.startsWith(proxy.prefix)) return forward(proxy, req, res);
  const wait = delay?.(req.url.split('?')[0]);
  if (wait) await new Promise((r) => setTimeout(r, wait));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  if (cors) res.setHeader('Access-Control-Allow-Origin', cors);
  const packageFile = inPackageFolder(req.url);
  if (packageFile) res.setHeader('Content-Security-Policy', COURSE_FILE_CSP);

  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'Method not allowed\n', req.method);
  }

  const target = resolveRequestPath(root, req.url);
  if (target.error) return sendText(res, target.error, target.error === 400 ? 'Bad request\n' : 'Not found\n', req.method);

  let file = await findFile(root, target.file);
  if (!file && !target.hasExtension) {
    // SPA fallback: the client-side router owns extension-less paths.
    file = await findFile(root, path.join(root, 'index.html'));
  }
  if (!file) return sendText(res, 404, 'Not found\n', req.method);
  // (Under the package folder even the fallback page keeps the sandbox: every answer there is a course file's.)
  if (playerPages && !packageFile && file.path === path.join(root, 'index.html')) res.setHeader('Content-Security-Policy', PLAYER_CSP);
  return sendFile(req, res, file, cache);
}

/** Whether a request path is in the package folder, however it is spelt (`/courses/`, `//courses/`, `/%63ourses/`). */
function inPackageFolder(rawUrl) {
  let p = (rawUrl ?? '').split(/[?#]/, 1)[0];
  try { p = decodeURIComponent(p); } catch { /* refused later as a bad request */ }
  return ('/' + p.split(/[/\\]+/).filter(Boolean).join('/') + '/').startsWith(PACKAGE_FOLDER);
}

/**
 * Map a request URL to an absolute path below root, refusing traversal. The raw path is checked before and after
 * percent-decoding, so `/../`, `/%2e%2e/` and `/..%2f` are all refused.
 * @returns {{file: string, hasExtension: boolean} | {error: number}}
 */
function resolveRequestPath(root, rawUrl) {
  if (!rawUrl || !rawUrl.startsWith('/')) return { error: 400 };
  const rawPath = rawUrl.split(/[?#]/, 1)[0];
  let decoded;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { error: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { error: 400 };
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (rawPath.split('/').includes('..') || segments.includes('..')) return { error: 400 };
  // Hidden files (.git, .env, editor swap files) are never served; .well-known is the one standard exception.
  if (segments.some((s) => s.startsWith('.') && s !== '.well-known')) return { error: 404 };
  const file = path.join(root, ...segments);
  if (file !== root && !file.startsWith(root + path.sep)) return { error: 400 };
  const last = segments.at(-1) ?? '';
  return { file, hasExtension: extensionOf(last) !== '' };
}

/** Stat a candidate (a folder means its index.html) and make sure symlinks do not lead outside root. */
async function findFile(root, candidate) {
  try {
    let stat = await fsp.stat(candidate);
    if (stat.isDirectory()) {
      candidate = path.join(candidate, 'index.html');
      stat = await fsp.stat(candidate);
    }
    if (!stat.isFile()) return null;
    const real = await fsp.realpath(candidate);
    if (real !== root && !real.startsWith(root + path.sep)) return null;
    return { path: real, stat };
  } catch (e) {
    if (e.code === 'ENOENT' || e.code === 'ENOTDIR' || e.code === 'EACCES' || e.code === 'ELOOP') return null;
    throw e;
  }
}

async function sendFile(req, res, { path: file, stat }, cache) {
  const size = stat.size;
  const etagBase = `${size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}`;
  const lastModified = stat.mtime.toUTCString();
  const compressible = isCompressible(file) && size <= MAX_COMPRESS_BYTES;

  res.setHeader('Content-Type', contentTypeFor(file));
  res.setHeader('Cache-Control', isHashedName(file) ? IMMUTABLE : NO_CACHE);
  res.setHeader('Last-Modified', lastModified);
  res.setHeader('Accept-Ranges', 'bytes');
  if (compressible) res.setHeader('Vary', 'Accept-Encoding');

  const encoding = compressible ? pickEncoding(req.headers['accept-encoding']) : null;
  const variantEtag = (enc) => `"${etagBase}${enc === 'br' ? '-br' : enc === 'gzip' ? '-gz' : ''}"`;

  // Conditional GET: If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2).
  const inm = req.headers['if-none-match'];
  const ims = req.headers['if-modified-since'];
  const notModified = inm !== undefined
    ? etagMatches(inm, etagBase)
    : ims !== undefined && !Number.isNaN(Date.parse(ims)) && Math.floor(stat.mtimeMs / 1000) * 1000 <= Date.parse(ims);
  if (notModified) {
    res.setHeader('ETag', variantEtag(encoding));
    res.statusCode = 304;
    return res.end();
  }

  // Byte ranges (always on the identity body). If-Range only honours the Range when the validator still matches.
  const rangeHeader = req.headers.range;
  const ifRange = req.headers['if-range'];
  const rangeApplies = rangeHeader !== undefined &&
    (ifRange === undefined || ifRange === variantEtag(null) || ifRange === lastModified);
  if (rangeApplies) {
    const range = parseRange(rangeHeader, size);
    if (range === 'unsatisfiable') {
      res.setHeader('Content-Range', `bytes */${size}`);
      return sendText(res, 416, 'Range not satisfiable\n', req.method, { keepHeaders: true });
    }
    if (range) {
      res.setHeader('ETag', variantEtag(null));
      res.statusCode = 206;
      res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
      res.setHeader('Content-Length', range.end - range.start + 1);
      if (req.method === 'HEAD') return res.end();
      return streamFile(res, file, range.start, range.end);
    }
    // Malformed or multi-range headers are ignored: a 200 with the whole body is a valid answer.
  }

  if (encoding && size > 0) {
    const body = (await precompressed(file, stat, encoding)) ?? (await cache.get(file, stat, encoding));
    if (body.length < size) {
      res.setHeader('ETag', variantEtag(encoding));
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', body.length);
      return req.method === 'HEAD' ? res.end() : res.end(body);
    }
  }

  res.setHeader('ETag', variantEtag(null));
  res.setHeader('Content-Length', size);
  if (req.method === 'HEAD' || size === 0) return res.end();
  return streamFile(res, file, 0, size - 1);
}

/** The build's own `<file>.br` / `<file>.gz` (scripts/precompress.mjs), if there and not older than the file. */
async function precompressed(file, stat, encoding) {
  const variant = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  try {
    const s = await fsp.stat(variant);
    return s.isFile() && s.mtimeMs >= stat.mtimeMs ? await fsp.readFile(variant) : null;
  } catch {
    return null;
  }
}

async function streamFile(res, file, start, end) {
  try {
    await pipeline(fs.createReadStream(file, { start, end }), res);
  } catch (e) {
    // The client going away mid-download (seeking media does this constantly) is normal.
    if (e.code !== 'ERR_STREAM_PREMATURE_CLOSE' && e.code !== 'ECONNRESET' && e.code !== 'EPIPE') throw e;
  }
}

function sendText(res, status, text, method, { keepHeaders = false } = {}) {
  if (!keepHeaders) {
    for (const h of ['ETag', 'Last-Modified', 'Accept-Ranges', 'Vary', 'Content-Encoding']) res.removeHeader(h);
  }
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', NO_CACHE);
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(method === 'HEAD' ? undefined : text);
}

/** Choose br over gzip when both are acceptable (q > 0). Returns null for identity. */
function pickEncoding(header) {
  if (!header) return null;
  const q = new Map();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isNaN(value) ? 0 : value);
  }
  const accepts = (enc) => (q.has(enc) ? q.get(enc) > 0 : (q.get('*') ?? 0) > 0);
  if (accepts('br')) return 'br';
  if (accepts('gzip') || (q.has('x-gzip') && q.get('x-gzip') > 0)) return 'gzip';
  return null;
}

/** If-None-Match against our validator, ignoring W/ and the per-encoding suffix (the representation is the same). */
function etagMatches(header, etagBase) {
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '').replace(/^"|"$/g, '').replace(/-(br|gz)$/, '');
    return t === etagBase;
  });
}

/**
 * Parse a single `bytes=` range. Returns {start, end} (inclusive), 'unsatisfiable', or null (ignore the header:
 * malformed, another unit, or several ranges — which this server answers with the whole file).
 */
function parseRange(header, size) {
  const m = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start, end;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
    if (m[2] !== '' && Number(m[2]) < start) return null; // invalid range → ignore (RFC 9110 §14.1.1)
    if (start >= size) return 'unsatisfiable';
  }
  return { start, end };
}

/** Compressed bodies memoised per (file, encoding); a new mtime or size replaces the entry. */
class CompressionCache {
  #entries = new Map();

  get(file, stat, encoding) {
    const key = `${encoding}:${file}`;
    const hit = this.#entries.get(key);
    if (hit && hit.mtimeMs === stat.mtimeMs && hit.size === stat.size) return hit.body;
    const body = fsp.readFile(file).then((buf) => {
      // The file may have been rewritten between stat and read; then this entry is simply stale and replaced later.
      return compress(buf, encoding, file);
    });
    const entry = { mtimeMs: stat.mtimeMs, size: stat.size, body };
    this.#entries.set(key, entry);
    body.catch(() => { if (this.#entries.get(key) === entry) this.#entries.delete(key); });
    return body;
  }
}

/** Compress every compressible file under root (biggest first: the wasm matters most), one at a time. */
async function warmCompressionCache(root, cache, state) {
  const files = [];
  const walk = async (dir) => {
    for (const entry of await fsp.readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && isCompressible(full)) {
        // Precompressed by the build: nothing to do.
        if (fs.existsSync(`${full}.br`) && fs.existsSync(`${full}.gz`)) continue;
        const stat = await fsp.stat(full);
        if (stat.size > 0 && stat.size <= MAX_COMPRESS_BYTES) files.push({ full, stat });
      }
    }
  };
  await walk(root);
  files.sort((a, b) => b.stat.size - a.stat.size);
  for (const { full, stat } of files.slice(0, 2000)) {
    if (state.closed) return;
    await Promise.all([cache.get(full, stat, 'br'), cache.get(full, stat, 'gzip')]).catch(() => {});
  }
}
