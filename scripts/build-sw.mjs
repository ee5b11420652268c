// Trunk's second post_build hook (Trunk.toml): builds the service worker into the staged dist/.
//
// 1. rollup bundles web/sw.js with the Workbox modules it imports (production mode, minified by terser);
// 2. workbox-build's injectManifest writes the precache manifest into it: every file of the build except the
//    course packages (those are downloaded per course, on request) — so after one visit the whole player,
//    every wasm chunk and every locale included, loads with the network off.
// Files whose names carry a content hash (wasm/<hash>/…, main-<hash>.css) are precached under their own URL; the
// others (index.html, locales, schema) get a revision, so a new build replaces exactly what changed.
import path from 'node:path';
import fs from 'node:fs/promises';
import os from 'node:os';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import { minify } from 'terser';
import { injectManifest } from 'workbox-build';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const stage = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!stage) {
  console.error('build-sw: run through trunk build (Trunk.toml post_build hook) or pass the dist folder');
  process.exit(2);
}
const release = (process.env.TRUNK_PROFILE ?? 'release') === 'release';

const bundle = await rollup({
  input: path.join(root, 'web/sw.js'),
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify(release ? 'production' : 'development') } }),
    nodeResolve({ browser: true }),
  ],
});
const { output } = await bundle.generate({ format: 'iife' });
await bundle.close();
let code = output[0].code;
if (release) {
  // Keep the injection point's name: injectManifest looks for `self.__WB_MANIFEST`.
  code = (await minify(code, { compress: true, mangle: true })).code;
}
const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'alliance-sw-'));
const swSrc = path.join(tmp, 'sw.js');
await fs.writeFile(swSrc, code);

const { count, size, warnings } = await injectManifest({
  swSrc,
  swDest: path.join(stage, 'sw.js'),
  globDirectory: stage,
  globPatterns: ['index.html', '*.css', 'wasm/**/*.{js,wasm}', 'locales/**/*.ftl', 'locales/index.json', 'schema/**/*.json',
    'manifest.webmanifest', 'icons/*.{svg,png}'],
  dontCacheBustURLsMatching: /^wasm\/[0-9a-f]{16}\/|^[^/]+-[0-9a-f]{16}\.css$/,
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
});
await fs.rm(tmp, { recursive: true, force: true });
for (const w of warnings) console.warn(`build-sw: ${w}`);
console.log(`build-sw: sw.js precaches ${count} files, ${size} bytes`);
