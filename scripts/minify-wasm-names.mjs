// Shortens the names by which the main wasm module and its wasm-bindgen glue know each other.
//
// wasm-bindgen names every JS import `__wbg_<function>_<16 hex digits>` and every closure export
// `wasm_bindgen__convert__closures_____invoke__h<16 hex digits>`; the names are written twice (the wasm's import and
// export sections and the glue's `imports` object and `wasm.<export>` calls) and hashes do not compress: ~8 KB gzip of
// the first load was names. This renames, consistently in both files:
//   - every import of the glue module (`./<name>_bg.js`) to `a`, `b`, …, and that module to `a`;
//   - every function export that the glue calls as `wasm.<export>` to `a`, `b`, ….
// Memory, table and global exports keep their names: `__wasm_split.js`, the chunks and index.html use them.
// Every renamed name is checked to occur in the glue only where it is rewritten; anything else aborts the build.
// It also removes wasm-streams' exported classes, which no code can instantiate (see UNUSED_CLASSES below).
//
// Usage: node scripts/minify-wasm-names.mjs <dir> <name>   (run on wasm-bindgen's output, before terser)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, name] = process.argv.slice(2);
if (!dir || !name) {
  console.error('usage: minify-wasm-names.mjs <dir> <name>');
  process.exit(2);
}
const wasmPath = join(dir, `${name}_bg.wasm`);
const jsPath = join(dir, `${name}.js`);
const wasm = readFileSync(wasmPath);
let js = readFileSync(jsPath, 'utf8');
const GLUE_MODULE = `./${name}_bg.js`;
const NEW_MODULE = 'a';

function fail(message) {
  console.error(`minify-wasm-names: ${message}`);
  process.exit(1);
}

// ---- wasm reading and writing (only what the import and export sections need) ----
function readU32(buf, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [result, pos];
  }
}
function u32(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}
function readName(buf, pos) {
  const [len, p] = readU32(buf, pos);
  return [buf.toString('utf8', p, p + len), p + len];
}
function encodeName(s) {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([u32(bytes.length), bytes]);
}
function skipLimits(buf, pos) {
  const flags = buf[pos++];
  [, pos] = readU32(buf, pos);
  if (flags & 1) [, pos] = readU32(buf, pos);
  return pos;
}
// The bytes of an import's description (after its kind byte).
function skipImportDesc(buf, kind, pos) {
  switch (kind) {
    case 0: // function: type index
      return readU32(buf, pos)[1];
    case 1: // table: reftype, limits
      if (buf[pos] !== 0x70 && buf[pos] !== 0x6f) fail(`unsupported table element type 0x${buf[pos].toString(16)}`);
      return skipLimits(buf, pos + 1);
    case 2: // memory: limits
      return skipLimits(buf, pos);
    case 3: // global: valtype, mutability
      if (buf[pos] >= 0x60 && buf[pos] !== 0x6f && buf[pos] !== 0x70 && buf[pos] !== 0x7b) fail('unsupported global type');
      return pos + 2;
    case 4: // tag: attribute, type index
      return readU32(buf, pos + 1)[1];
    default:
      return fail(`unknown import kind ${kind}`);
  }
}

// `a`…`z`, `A`…`Z`, then two letters, …
function shortName(i) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let s = '';
  do {
    s = letters[i % letters.length] + s;
    i = Math.floor(i / letters.length);
  } while (i--);
  return s;
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail(`${wasmPath} is not a wasm module`);
const sections = [];
for (let pos = 8; pos < wasm.length; ) {
  const id = wasm[pos];
  const [size, start] = readU32(wasm, pos + 1);
  sections.push({ id, start, end: start + size, raw: wasm.subarray(pos, start + size) });
  pos = start + size;
}

const escape = (s) => s.replace(/[$]/g, '\\$&');
const count = (re) => (js.match(re) || []).length;
// JS identifiers: a name only matches whole.
const word = (s) => `(?<![\\w$])${escape(s)}(?![\\w$])`;

// ---- exported classes that nothing can create ----
// leptos depends on server_fn (with its `browser` feature) even in a client-side app without server functions, and
// server_fn on wasm-streams, whose #[wasm_bindgen] structs IntoUnderlyingSource/-Sink/-ByteSource become exports of
// every leptos app: a class each in the glue, and in the wasm their methods and all they reach. Rust code hands such
// an object to JS only through the class's `static __wrap`, which wasm-bindgen emits only if some code creates one;
// without it no instance can exist, so the class, the exports only it calls and their code (wasm-opt drops that
// once it is no longer exported) are dead: −1.4 KB gzip.
const UNUSED_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
const droppedExports = new Set();
for (const cls of UNUSED_CLASSES) {
  const parts = [
    new RegExp(`^export class ${cls} \\{\\n[^]*?^\\}\\n`, 'm'),
    new RegExp(`^if \\(Symbol\\.dispose\\) ${cls}\\.prototype\\[Symbol\\.dispose\\] = ${cls}\\.prototype\\.free;\\n`, 'm'),
    new RegExp(`^const ${cls}Finalization = \\(typeof FinalizationRegistry === 'undefined'\\)\\n.*\\n.*;\\n`, 'm'),
  ];
  const found = parts.map((re) => js.match(re));
  if (found.every((m) => m === null)) continue; // not in this build
  if (found.some((m) => m === null)) fail(`class ${cls} is not laid out as expected in ${jsPath}`);
  if (found[0][0].includes('__wrap')) fail(`class ${cls} can be created by Rust code (it has __wrap): keep it`);
  for (const re of parts) js = js.replace(re, '');
  if (count(new RegExp(word(cls), 'g')) !== 0) fail(`class ${cls} is still used in ${jsPath}`);
  for (const m of found) {
    for (const [, called] of m[0].matchAll(/(?<![\w$])wasm\.([\w$]+)/g)) droppedExports.add(called);
  }
}
for (const called of droppedExports) {
  if (count(new RegExp(`(?<![\\w$])wasm\\.${escape(called)}(?![\\w$])`, 'g')) > 0) droppedExports.delete(called);
}
const removed = droppedExports.size;

const importRenames = new Map();
const exportRenames = new Map();
const rebuilt = sections.map((section) => {
  if (section.id !== 2 && section.id !== 7) return section.raw;
  const parts = [];
  let [n, pos] = readU32(wasm, section.start);
  let kept = 0;
  for (let k = 0; k < n; k++) {
    if (section.id === 2) {
      let module, field;
      [module, pos] = readName(wasm, pos);
      [field, pos] = readName(wasm, pos);
      const kind = wasm[pos];
      const descEnd = skipImportDesc(wasm, kind, pos + 1);
      if (module === GLUE_MODULE) {
        // The glue defines each import once, as a key of its imports object: `__wbg_x_0123…: function(…`.
        if (count(new RegExp(word(field), 'g')) !== 1 || count(new RegExp(`${word(field)}:`, 'g')) !== 1) {
          fail(`import ${field} does not occur exactly once, as a key, in ${jsPath}`);
        }
        const short = shortName(importRenames.size);
        importRenames.set(field, short);
        module = NEW_MODULE;
        field = short;
      }
      parts.push(encodeName(module), encodeName(field), wasm.subarray(pos, descEnd));
      kept++;
      pos = descEnd;
    } else {
      let field;
      [field, pos] = readName(wasm, pos);
      const kind = wasm[pos];
      const [, end] = readU32(wasm, pos + 1);
      if (kind === 0 && droppedExports.has(field)) {
        droppedExports.delete(field);
        pos = end;
        continue;
      }
      // The glue calls exports as `wasm.<export>(…)`; a JS function of the same name may wrap it (terser renames
      // that one). A name in quotes could be a computed access that this would miss.
      if (kind === 0 && count(new RegExp(`(?<![\\w$])wasm\\.${escape(field)}(?![\\w$])`, 'g')) > 0) {
        if (count(new RegExp(`["'\`]${escape(field)}(?![\\w$])`, 'g')) > 0) {
          fail(`export ${field} occurs in quotes in ${jsPath}`);
        }
        const short = shortName(exportRenames.size);
        exportRenames.set(field, short);
        field = short;
      }
      parts.push(encodeName(field), wasm.subarray(pos, end));
      kept++;
      pos = end;
    }
  }
  if (pos !== section.end) fail(`section ${section.id} did not parse to its end`);
  const body = Buffer.concat([u32(kept), ...parts]);
  return Buffer.concat([Buffer.from([section.id]), u32(body.length), body]);
});

const moduleKey = JSON.stringify(GLUE_MODULE);
if (count(new RegExp(escape(moduleKey), 'g')) !== 1) fail(`${moduleKey} does not occur exactly once in ${jsPath}`);
js = js.replace(moduleKey, JSON.stringify(NEW_MODULE));
js = js.replace(/(?<![\w$])(?:wasm\.)?[A-Za-z_$][\w$]*/g, (token) => {
  if (token.startsWith('wasm.')) {
    const short = exportRenames.get(token.slice(5));
    return short === undefined ? token : `wasm.${short}`;
  }
  return importRenames.get(token) ?? token;
});

const exportNames = [...exportRenames.values()];
for (const section of sections.filter((s) => s.id === 7)) {
  let [n, pos] = readU32(wasm, section.start);
  for (let k = 0; k < n; k++) {
    let field;
    [field, pos] = readName(wasm, pos);
    [, pos] = readU32(wasm, pos + 1);
    if (!exportRenames.has(field)) exportNames.push(field);
  }
}
if (new Set(exportNames).size !== exportNames.length) fail('two exports would have the same name');
if (droppedExports.size > 0) fail(`exports not found in the wasm: ${[...droppedExports].join(', ')}`);

writeFileSync(wasmPath, Buffer.concat([wasm.subarray(0, 8), ...rebuilt]));
writeFileSync(jsPath, js);
console.log(
  `minify-wasm-names: ${importRenames.size} imports and ${exportRenames.size} exports renamed, ${removed} exports of unused classes removed`,
);
