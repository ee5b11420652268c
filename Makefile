# Alliance Player — the two commands a fresh machine needs are `make serve` and `make test`.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
PORT ?= 8080

.PHONY: setup build serve test test-host test-browser test-e2e lint bench clean

## setup: install what this machine lacks (idempotent)
setup:
	@bash scripts/setup.sh

## build: release build into dist/
build: setup
	trunk build --release --offline

## serve: build and serve the player with the sample courses and a local LRS on 127.0.0.1
serve: build
	node scripts/serve.mjs --root dist --port $(PORT) --lrs

## test: every test layer: lint, host, browser (wasm-bindgen-test), end-to-end (Playwright)
test: setup lint test-host test-browser build test-e2e

## lint: the workspace (player and alliance-pack) for the host; the player alone for wasm32
lint:
	cargo fmt --all --check
	cargo clippy --offline --workspace --all-targets -- -D warnings
	cargo clippy --offline -p alliance-player --all-targets --target wasm32-unknown-unknown -- -D warnings

## test-host: host tests of the workspace, then alliance-pack validates the sample courses
test-host:
	cargo test --offline --workspace --lib --bins
	cargo run --offline -q -p alliance-pack -- validate public/courses

test-browser:
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --offline --target wasm32-unknown-unknown --tests

test-e2e:
	node --test --test-concurrency=1 --test-timeout=900000 --test-force-exit tests/e2e/

## bench: sizes, cold load (loopback and a 400 ms / 400 kbit/s link), unit and language switch, progress, LRS
## delivery, offline, memory over 200 units — tables on stdout, target/bench/report.json (docs/performance.md)
bench: build
	node scripts/bench.mjs --dist dist

clean:
	rm -rf dist target/bench
