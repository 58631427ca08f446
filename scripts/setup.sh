#!/usr/bin/env bash
# Installs what the build and the tests need on a Debian machine that has Rust, Node and apt.
# Idempotent: each piece is checked first and only installed when missing or at the wrong version,
# so a second run takes seconds. Prints one line per piece.
set -euo pipefail

cd "$(dirname "$0")/.."
TOOLS_DIR="${SOCIAL_PLAYBOOK_TOOLS:-$HOME/.cache/social-playbook-tools}"
WASM_SPLIT_VERSION="0.2.4"
BINARYEN_VERSION="132.0.0"
ICALENDAR_VERSION="7.3.2"
export PATH="$HOME/.cargo/bin:$TOOLS_DIR/binaryen/node_modules/binaryen/bin:$PATH"

found() { printf '  ok       %-24s %s\n' "$1" "$2"; }
installing() { printf '  install  %-24s %s\n' "$1" "$2"; }

echo "Checking the toolchain (tools folder: $TOOLS_DIR)"

# Rust target for the browser.
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  found "wasm32 target" "installed"
else
  installing "wasm32 target" ""
  rustup target add wasm32-unknown-unknown
fi

# Components for the checks.
for component in rustfmt clippy; do
  if rustup component list --installed | grep -q "^$component"; then
    found "$component" "installed"
  else
    installing "$component" ""
    rustup component add "$component"
  fi
done

# The wasm splitter (cuts the release wasm into pieces that load when first needed), pinned.
if [ -x "$TOOLS_DIR/wasm-split/bin/wasm-split-cli" ] \
  && [ "$(cat "$TOOLS_DIR/wasm-split/installed-version" 2>/dev/null || true)" = "$WASM_SPLIT_VERSION" ]; then
  found "wasm-split-cli" "$WASM_SPLIT_VERSION"
else
  installing "wasm-split-cli" "$WASM_SPLIT_VERSION (about two minutes)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked \
    --root "$TOOLS_DIR/wasm-split" --force
  echo "$WASM_SPLIT_VERSION" > "$TOOLS_DIR/wasm-split/installed-version"
fi

# wasm-bindgen CLI and test runner: exactly the library version in Cargo.lock.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [ -z "$WASM_BINDGEN_VERSION" ]; then
  echo "Cargo.lock names no wasm-bindgen version" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  && command -v wasm-bindgen-test-runner >/dev/null; then
  found "wasm-bindgen-cli" "$WASM_BINDGEN_VERSION"
else
  installing "wasm-bindgen-cli" "$WASM_BINDGEN_VERSION (about two minutes)"
  # Not --locked: the CLI's own lockfile names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-opt from the npm binaryen package (Debian's binaryen is too old and breaks the page).
if [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" = "${BINARYEN_VERSION%%.*}" ]; then
  found "wasm-opt" "binaryen $BINARYEN_VERSION"
else
  installing "wasm-opt" "binaryen $BINARYEN_VERSION"
  mkdir -p "$TOOLS_DIR/binaryen"
  npm install --prefix "$TOOLS_DIR/binaryen" --no-audit --no-fund --save-exact "binaryen@$BINARYEN_VERSION" >/dev/null
fi

# Chromium and its driver for the browser and end-to-end tests.
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  found "chromium" "$(/usr/bin/chromium --version 2>/dev/null | awk '{print $2}')"
else
  installing "chromium" "from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# CJK fonts, so screenshots and printed PDFs of the Chinese interface show characters.
if fc-list :lang=zh 2>/dev/null | grep -q .; then
  found "CJK fonts" "installed"
else
  installing "CJK fonts" "fonts-noto-cjk from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq fonts-noto-cjk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq fonts-noto-cjk >/dev/null; }
fi

# End-to-end test packages, from the committed lockfile, without any browser download.
LOCK_SUM="$(sha256sum e2e/package-lock.json | awk '{print $1}')"
if [ "$(cat e2e/node_modules/.lock-sum 2>/dev/null || true)" = "$LOCK_SUM" ]; then
  found "e2e packages" "Playwright $(node -p 'require("./e2e/node_modules/@playwright/test/package.json").version')"
else
  installing "e2e packages" "npm ci"
  (cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >/dev/null)
  echo "$LOCK_SUM" > e2e/node_modules/.lock-sum
fi

# Python's icalendar package in a private venv, to check exported .ics files independently.
if [ "$("$TOOLS_DIR/py/bin/python" -c 'import icalendar; print(icalendar.__version__)' 2>/dev/null || true)" = "$ICALENDAR_VERSION" ]; then
  found "icalendar (python)" "$ICALENDAR_VERSION"
else
  installing "icalendar (python)" "$ICALENDAR_VERSION into $TOOLS_DIR/py"
  python3 -m venv "$TOOLS_DIR/py" || { apt-get update -qq && apt-get install -y -qq python3-venv >/dev/null && python3 -m venv "$TOOLS_DIR/py"; }
  "$TOOLS_DIR/py/bin/pip" install -q --disable-pip-version-check "icalendar==$ICALENDAR_VERSION"
fi

echo "Toolchain ready."
