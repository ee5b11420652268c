#!/usr/bin/env bash
# Builds the wasm app and splits it at its `#[lazy]` split points, so the first load carries only what the
# catalogue needs and the course screens arrive as a chunk when a course is first opened.
#
# Trunk 0.21 runs this as its post_build hook (Trunk.toml): Trunk handles index.html, CSS and the copied folders;
# this script does cargo → wasm-split → wasm-bindgen → (release: short import/export names) → wasm-opt, which
# Trunk's own Rust pipeline cannot (it has no split step). Output: $TRUNK_STAGING_DIR/wasm/<content hash>/
# {alliance-player.js, alliance-player_bg.wasm, __wasm_split.js, split_*.wasm, snippets/}, and the loader script
# injected into the staged index.html.
set -euo pipefail
cd "$(dirname "$0")/.."
STAGE="${TRUNK_STAGING_DIR:?run through trunk build (Trunk.toml post_build hook)}"
PROFILE="${TRUNK_PROFILE:-release}"
NAME=alliance-player
TARGET_DIR="$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')"
OUT="$TARGET_DIR/split"

cargo_flags=(--target wasm32-unknown-unknown --bin "$NAME")
[ "$PROFILE" = release ] && cargo_flags+=(--release)
[ "${CARGO_NET_OFFLINE:-}" = true ] && cargo_flags+=(--offline)
cargo build "${cargo_flags[@]}"

rm -rf "$OUT" && mkdir -p "$OUT/pkg"
# Needs the relocations that `-Clink-args=--emit-relocs` (.cargo/config.toml) keeps in the wasm.
wasm-split-cli "$TARGET_DIR/wasm32-unknown-unknown/$PROFILE/$NAME.wasm" "$OUT" --out-name "$NAME" --target web
# --keep-lld-exports keeps __indirect_function_table, which the chunks import from the main module.
wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$OUT/pkg" "$OUT/$NAME.wasm"
cp "$OUT/__wasm_split.js" "$OUT/pkg/"
# Every chunk: one per split point, plus chunks of code that several split points share.
find "$OUT" -maxdepth 1 -name '*.wasm' ! -name "$NAME.wasm" -exec cp {} "$OUT/pkg/" \;
if [ "$PROFILE" = release ]; then
  # wasm-bindgen's import and export names carry 16-hex-digit hashes, written in both the wasm and the glue.
  node scripts/minify-wasm-names.mjs "$OUT/pkg" "$NAME"
  for wasm in "$OUT"/pkg/*.wasm; do
    # --low-memory-unused: Rust's wasm32 layout never puts data in the first KiB (the stack's far end is there), so
    # wasm-opt may fold constant address offsets into loads and stores (−1.4 KB gzip on the main module).
    wasm-opt -Oz --converge --low-memory-unused --strip-debug --strip-producers \
      --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types \
      --enable-mutable-globals "$wasm" -o "$wasm"
  done
  # The wasm-bindgen glue and the chunk loader are plain ES modules: minified they cost a quarter less.
  for js in $(find "$OUT/pkg" -name '*.js'); do
    terser "$js" --module --compress --mangle -o "$js"
  done
fi

# One content hash for the set: the files reference each other by name, so they are versioned together.
HASH="$(find "$OUT/pkg" -type f | sort | xargs cat | sha256sum | cut -c1-16)"
DEST="$STAGE/wasm/$HASH"
mkdir -p "$DEST"
cp -r "$OUT"/pkg/. "$DEST/"
BASE="${TRUNK_PUBLIC_URL:-/}wasm/$HASH"
# The loader is a module file beside the glue, not an inline script: the page's CSP allows no inline script but the
# head script, by its hash, and the loader changes with every build. It is fetched in parallel with the glue.
printf "import init from './%s.js';const wasm=await init({module_or_path:new URL('./%s_bg.wasm',import.meta.url)});window.alliancePlayerMemory=wasm.memory;\n" \
  "$NAME" "$NAME" > "$DEST/boot.js"
LOADER="<link rel=\"modulepreload\" href=\"$BASE/$NAME.js\"><link rel=\"preload\" href=\"$BASE/${NAME}_bg.wasm\" as=\"fetch\" type=\"application/wasm\" crossorigin><script type=\"module\" src=\"$BASE/boot.js\"></script>"
HTML="$STAGE/index.html"
# The Content-Security-Policy and the head script (web/head.js, allowed by its hash) come from
# scripts/lib/static-server.mjs, so the page's <meta> and the server's header are one policy.
node --input-type=module - "$HTML" "$LOADER" <<'JS'
import fs from 'node:fs';
import { PLAYER_CSP, HEAD_SCRIPT } from './scripts/lib/static-server.mjs';
const [file, loader] = process.argv.slice(2);
let html = fs.readFileSync(file, 'utf8');
const head = `<meta http-equiv="Content-Security-Policy" content="${PLAYER_CSP}"><script>${HEAD_SCRIPT}</script>`;
// The markers survive Trunk's HTML minifier (which drops comments and may unquote attributes).
for (const [name, text] of [['alliance-player-head', head], ['alliance-player-wasm', loader]]) {
  const marker = new RegExp(`<meta name="?${name}"?\\s*/?>`, 'g');
  const n = (html.match(marker) ?? []).length;
  if (n !== 1) throw new Error(`build-wasm: expected one <meta name=${name}> marker in ${file}, found ${n}`);
  html = html.replace(marker, () => text);
}
// Any other inline script would be blocked by the CSP: fail the build rather than ship a page that breaks.
const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter((m) => m[1] !== HEAD_SCRIPT);
if (inline.length) throw new Error(`build-wasm: ${file} has an inline script the CSP does not allow (move it into a file): ${inline[0][0].slice(0, 80)}`);
fs.writeFileSync(file, html);
JS
echo "build-wasm: $(du -b "$DEST"/*.wasm | awk '{s+=$1} END {print s}') bytes of wasm in wasm/$HASH"
# The service worker last: its precache manifest lists every file of the staged build (wasm included).
# The first screen (header and the catalogue's first courses, by the player's own components) goes into index.html,
# so a slow link shows the catalogue before the wasm has arrived (tools/alliance-pack/src/prerender.rs).
# The manifest of the interface locales (each folder of locales/ names its language) goes into index.html first.
cargo run --offline --quiet -p alliance-pack -- locales "$STAGE"
cargo run --offline --quiet -p alliance-pack -- prerender "$STAGE"
node scripts/build-sw.mjs "$STAGE"
# Then .br and .gz beside every compressible file, as a production host serves them (after the worker: it must not
# list them).
node scripts/precompress.mjs "$STAGE"
