// File-type knowledge shared by the static server (scripts/serve.mjs) and the benchmarks (scripts/bench.mjs):
// which Content-Type a file gets, whether it is worth compressing, and whether its name carries a content hash
// (Trunk's `name-<16 hex>.ext`), which makes it safe to cache forever.
import path from 'node:path';

/** Content-Type by lower-case extension (without the dot). Text types carry an explicit UTF-8 charset. */
export const CONTENT_TYPES = Object.freeze({
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  wasm: 'application/wasm',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  map: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
  ftl: 'text/plain; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/x-icon',
  pdf: 'application/pdf',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  otf: 'font/otf',
  webm: 'video/webm',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  ogv: 'video/ogg',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  opus: 'audio/ogg',
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  zip: 'application/zip',
});

/** Extensions whose bodies compress well (text and wasm). Media, images, fonts and PDFs are already compressed. */
export const COMPRESSIBLE = new Set([
  'html', 'htm', 'js', 'mjs', 'wasm', 'css', 'json', 'map', 'webmanifest', 'vtt', 'svg', 'ftl', 'txt', 'md', 'xml',
]);

/** Lower-case extension of a file name or URL path without the dot, or '' if there is none. */
export function extensionOf(file) {
  const base = path.posix.basename(String(file).replace(/\\/g, '/'));
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function contentTypeFor(file) {
  return CONTENT_TYPES[extensionOf(file)] ?? 'application/octet-stream';
}

export function isCompressible(file) {
  return COMPRESSIBLE.has(extensionOf(file));
}

// Trunk appends `-<16 hex digits>` to the stem; wasm-bindgen then adds `_bg` for the wasm
// (`alliance-player-4f1c2a9e0b3d7a11_bg.wasm`, `alliance-player-4f1c2a9e0b3d7a11.js`, `style-0123456789abcdef.css`).
const HASHED_NAME = /-[0-9a-f]{16}(?:_[a-z0-9]+)?\.[a-z0-9]+$/i;
// scripts/build-wasm.sh versions the wasm files together in a folder named by their content hash
// (`wasm/0707d90a1f455830/alliance-player_bg.wasm`), because they reference each other by name.
const HASHED_FOLDER = /(?:^|\/)wasm\/[0-9a-f]{16}\/[^/]+$/i;

/** True when the file's name, or its versioned folder, carries a content hash, so its bytes never change. */
export function isHashedName(file) {
  const p = String(file).replace(/\\/g, '/');
  return HASHED_NAME.test(path.posix.basename(p)) || HASHED_FOLDER.test(p);
}
