# Social Playbook: build, serve and test. `make serve` and `make test` install what is missing first.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := serve

TOOLS_DIR ?= $(HOME)/.cache/social-playbook-tools
export SOCIAL_PLAYBOOK_TOOLS := $(TOOLS_DIR)
export PATH := $(HOME)/.cargo/bin:$(TOOLS_DIR)/binaryen/node_modules/binaryen/bin:$(PATH)
export CHROMEDRIVER := /usr/bin/chromedriver
PORT ?= 8080

.PHONY: setup dist serve test lint native browser e2e fuzz size bench clean

setup:
	@scripts/setup.sh

## The release site in dist/ (relative URLs: works from any folder of any static host).
dist: setup
	python3 scripts/build.py

## Build, then serve dist/ on http://127.0.0.1:$(PORT)/ until Ctrl-C.
serve: dist
	@echo ""
	@echo "Social Playbook is running at http://127.0.0.1:$(PORT)/  (Ctrl-C stops it)"
	@exec python3 scripts/serve.py dist --port $(PORT)

## Every check: format, lints (native and wasm), native tests, browser tests, end-to-end.
test: setup lint native browser e2e
	@echo "All checks passed."

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

native:
	cargo test

browser:
	cargo test --target wasm32-unknown-unknown $(patsubst tests/%.rs,--test %,$(wildcard tests/browser*.rs))

## The property tests with cases `make test` does not run: ROUNDS rounds of 4,096 cases, each
## from a new random seed, printed first so that a failing round can be run again with it.
ROUNDS ?= 8
fuzz:
	for round in $$(seq $(ROUNDS)); do \
	  seed=$$(od -An -N4 -tu4 /dev/urandom | tr -d ' '); \
	  echo "PROPTEST_RNG_SEED=$$seed"; \
	  PROPTEST_RNG_SEED=$$seed PROPTEST_CASES=4096 cargo test -q --release --test io_fuzz; \
	  PROPTEST_RNG_SEED=$$seed PROPTEST_CASES=4096 cargo test -q --release --lib properties; \
	done

## Playwright against the release build, served under a sub-path by a server it starts and stops.
e2e: dist
	cd e2e && npx playwright test

## Prints a table of timings on a large plan (load, import, autosave, typing, calendar) and
## Lighthouse scores; also written to e2e/bench/last-run.json. Measures only, asserts nothing.
bench: dist
	cd e2e && node bench/bench.mjs

## Raw and gzip size of every file in dist/; fails over the budget in README.md.
size: dist
	@python3 scripts/size.py

clean:
	rm -rf dist target e2e/test-results e2e/screenshots
