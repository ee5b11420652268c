#!/usr/bin/env bash
# Idempotent set-up: installs only what this machine lacks. Versions are the verified set in docs/toolchain.md.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
WASM_SPLIT_VERSION=0.2.4
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi

# 1. Debian packages: headless Chromium + driver for browser tests, brotli for size figures, fonts so CJK/Arabic render.
need_apt=()
command -v chromium >/dev/null || need_apt+=(chromium)
command -v chromedriver >/dev/null || need_apt+=(chromium-driver)
command -v brotli >/dev/null || need_apt+=(brotli)
[ -d /usr/share/fonts/truetype/wqy ] || need_apt+=(fonts-wqy-microhei)
[ -d /usr/share/fonts/truetype/noto ] || need_apt+=(fonts-noto-core)
# PostgreSQL 15 for the test LRS with the State API (xapi-rs); tests run their own private cluster.
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  say "apt-get install ${need_apt[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# 2. Rust: the wasm target and the two build tools, pinned.
rustup target list --installed | grep -q wasm32-unknown-unknown || { say "rustup target add wasm32"; rustup target add wasm32-unknown-unknown; }
rustup component list --installed | grep -q clippy || rustup component add clippy rustfmt
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (~3 min)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "cargo install trunk $TRUNK_VERSION (~10 min)"
  cargo install --locked trunk --version "$TRUNK_VERSION" --force
fi

if ! { command -v wasm-split-cli >/dev/null && cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; }; then
  say "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION (~2 min)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --force
fi

# A full LRS for the tests (State API, xAPI 2.0.0): xapi-rs 0.2.0 (0.3 needs a newer rustc).
if ! command -v xapi-rs >/dev/null; then
  say "cargo install xapi-rs 0.2.0 (~7 min)"
  cargo install xapi-rs --version 0.2.0 --locked
fi

# 3. npm: wasm-opt (binaryen 132), terser, Playwright core. Pinned in package-lock.json.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

# 4. Everything cargo needs, so builds can run --offline.
cargo fetch -q
say "ready"
