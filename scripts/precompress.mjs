#!/usr/bin/env node
// Writes `<file>.br` (brotli quality 11) and `<file>.gz` (gzip level 9) beside every compressible file of a build
// (text and wasm; media, images and PDFs are compressed already), the way a production host serves a static site:
// nginx `brotli_static`/`gzip_static`, Caddy `precompressed`, most CDNs. A variant that is not smaller is not written.
// scripts/lib/static-server.mjs serves these files when they are there.
//   node scripts/precompress.mjs DIR
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { isCompressible } from './lib/mime.mjs';
import { brotliBytes, GZIP_LEVEL } from './lib/compress.mjs';

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir)) {
  process.stderr.write('usage: node scripts/precompress.mjs DIR (a build folder)\n');
  process.exit(2);
}
let files = 0;
let raw = 0;
let br = 0;
for (const name of fs.readdirSync(dir, { recursive: true })) {
  const file = path.join(dir, String(name));
  if (!fs.statSync(file).isFile() || !isCompressible(file)) continue;
  const body = fs.readFileSync(file);
  if (body.length < 256) continue;
  const variants = { br: brotliBytes(body, file), gz: zlib.gzipSync(body, { level: GZIP_LEVEL }) };
  for (const [ext, bytes] of Object.entries(variants)) {
    if (bytes.length < body.length) fs.writeFileSync(`${file}.${ext}`, bytes);
  }
  files++;
  raw += body.length;
  br += Math.min(variants.br.length, body.length);
}
console.log(`precompress: ${files} files, ${(raw / 1024).toFixed(0)} KiB → ${(br / 1024).toFixed(0)} KiB brotli`);
