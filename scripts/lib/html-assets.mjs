// Works out which files a first visit to the player downloads before any app code asks for data, by reading the
// built index.html the way a browser would (without a DOM library):
//   * the html itself;
//   * <script src>, <link rel=stylesheet|modulepreload|preload|icon href>;
//   * paths quoted in inline scripts — Trunk loads the app with
//       <script type="module">import init from '/x-<hash>.js'; await init({ module_or_path: '/x-<hash>_bg.wasm' })</script>
//     so the glue JS and the wasm may appear only there;
//   * static `import … from '…'` / `export … from '…'` of every JS file found (wasm-bindgen snippets), recursively.
// Used by the first-load section of scripts/bench.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { extensionOf } from './mime.mjs';

const ORIGIN = 'http://app.invalid';

/** Kind used for totals: html, js, wasm, css or other. */
export function kindOf(file) {
  const ext = extensionOf(file);
  if (ext === 'html' || ext === 'htm') return 'html';
  if (ext === 'js' || ext === 'mjs') return 'js';
  if (ext === 'wasm' || ext === 'css') return ext;
  return 'other';
}

/** Parse `a="b" c='d' e=f g` into {a:'b', c:'d', e:'f', g:''} (names lower-cased, basic entities decoded). */
export function parseAttributes(text) {
  const attrs = {};
  const re = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  for (const m of text.matchAll(re)) {
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    attrs[m[1].toLowerCase()] = decodeEntities(value);
  }
  return attrs;
}

function decodeEntities(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * References in an HTML document, in document order.
 * @returns {{base: string|null, refs: Array<{ref: string, via: string, strict: boolean}>}}
 *   `strict` refs come from markup (a missing target is a broken build); non-strict ones were guessed from inline
 *   script text (a missing target is only a warning).
 */
export function scanHtml(html) {
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  const refs = [];
  let base = null;
  const tagRe = /<(script|link|base)\b([^>]*)>|<\/script\s*>/gi;
  let inlineStart = -1;
  for (const m of text.matchAll(tagRe)) {
    if (!m[1]) {
      // </script>: if the opening tag had no src, scan the inline body for quoted asset paths.
      if (inlineStart >= 0) refs.push(...scanInlineScript(text.slice(inlineStart, m.index)));
      inlineStart = -1;
      continue;
    }
    if (inlineStart >= 0) continue; // tags inside a script body are text
    const tag = m[1].toLowerCase();
    const attrs = parseAttributes(m[2]);
    if (tag === 'base' && attrs.href && base === null) base = attrs.href;
    if (tag === 'script') {
      if (attrs.src) refs.push({ ref: attrs.src, via: 'script src', strict: true });
      else inlineStart = m.index + m[0].length;
    }
    if (tag === 'link' && attrs.href) {
      const rels = (attrs.rel ?? '').toLowerCase().split(/\s+/);
      const rel = ['stylesheet', 'modulepreload', 'preload', 'icon'].find((r) => rels.includes(r));
      if (rel) refs.push({ ref: attrs.href, via: `link rel=${rel}${attrs.as ? ` as=${attrs.as}` : ''}`, strict: true });
    }
  }
  return { base, refs };
}

/** Quoted paths to .js/.mjs/.wasm/.css files inside an inline script. */
export function scanInlineScript(code) {
  const refs = [];
  const re = /(['"`])((?:\.{0,2}\/)?[^'"`\s()<>]+?\.(?:m?js|wasm|css))(?:\?[^'"`\s]*)?\1/g;
  for (const m of code.matchAll(re)) refs.push({ ref: m[2], via: 'inline script', strict: false });
  return refs;
}

/** Relative or absolute module specifiers of static imports/re-exports in a JS file (bare specifiers skipped). */
export function scanJsImports(code) {
  const refs = [];
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(['"])([^'"\n]+)\1/g;
  for (const m of code.matchAll(re)) {
    if (/^(\.{1,2}\/|\/)/.test(m[2])) refs.push({ ref: m[2], via: 'static import', strict: true });
  }
  return refs;
}

/**
 * Resolve the first-load file set of a built site.
 * @param {string} dist  absolute path of the build folder (must contain index.html)
 * @returns {{assets: Array<{url: string, file: string|null, kind: string, via: string, missing?: boolean, strict: boolean}>,
 *            external: Array<{url: string, via: string}>}}
 *   `file` is relative to dist (POSIX separators). Each file appears once, at its first reference.
 */
export function findFirstLoadAssets(dist) {
  const indexPath = path.join(dist, 'index.html');
  const html = fs.readFileSync(indexPath, 'utf8');
  const { base, refs } = scanHtml(html);
  const baseUrl = new URL(base ?? '/', `${ORIGIN}/`);

  const assets = [{ url: '/', file: 'index.html', kind: 'html', via: 'document', strict: true }];
  const external = [];
  const seen = new Set(['index.html']);
  const queue = refs.map((r) => ({ ...r, from: baseUrl }));

  while (queue.length) {
    const { ref, via, strict, from } = queue.shift();
    let url;
    try {
      url = new URL(ref, from);
    } catch {
      continue;
    }
    if (url.protocol === 'data:' || url.protocol === 'blob:') continue;
    if (url.origin !== ORIGIN) {
      if (!external.some((e) => e.url === url.href)) external.push({ url: url.href, via });
      continue;
    }
    let rel;
    try {
      rel = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    } catch {
      continue;
    }
    const abs = path.join(dist, rel);
    if (abs !== dist && !abs.startsWith(dist + path.sep)) continue;
    if (seen.has(rel)) continue;
    seen.add(rel);

    const exists = fs.existsSync(abs) && fs.statSync(abs).isFile();
    assets.push({ url: url.pathname, file: exists ? rel : null, kind: kindOf(rel), via, strict, ...(exists ? {} : { missing: true }) });
    if (exists && kindOf(rel) === 'js') {
      for (const r of scanJsImports(fs.readFileSync(abs, 'utf8'))) queue.push({ ...r, from: url });
    }
  }
  return { assets, external };
}

/** Every file under dir as {file (relative, POSIX), raw}. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push({ file: path.relative(dir, full).split(path.sep).join('/'), raw: fs.statSync(full).size });
    }
  };
  walk(dir);
  return out;
}
