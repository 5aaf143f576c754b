#!/usr/bin/env bash
# Installs what is missing and runs every check: formatting, clippy (native and wasm32),
# native tests, browser tests (wasm-bindgen-test in headless Chromium), the release build
# with its size budget, and end-to-end tests against the built page. Ends with a summary.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/setup.sh --test || { echo "setup failed"; exit 1; }
# shellcheck source=/dev/null
source .tools/env.sh

NAMES=(); RESULTS=(); TIMES=()
step() {
  local name=$1; shift
  echo
  echo "=== $name"
  local t0=$SECONDS
  if "$@"; then RESULTS+=(pass); else RESULTS+=(FAIL); fi
  NAMES+=("$name"); TIMES+=($((SECONDS - t0)))
}

export WASM_BINDGEN_TEST_TIMEOUT=120
wasm_browser_tests() {
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    with_wasm cargo test --target wasm32-unknown-unknown --test 'web_*'
}
release_build() { rm -rf dist && with_wasm_release trunk build --release; }

step "cargo fmt --check"            cargo fmt --all -- --check
step "clippy (native)"              cargo clippy --all-targets -- -D warnings
step "clippy (wasm32)"              with_wasm cargo clippy --target wasm32-unknown-unknown --lib --bins --test 'web_*' -- -D warnings
step "native tests (cargo test)"    cargo test
step "browser tests (wasm-bindgen-test, headless Chromium)" wasm_browser_tests
step "release build (trunk)"        release_build
step "size report (budget 100 KB gzipped)" node tests/e2e/size_budget.mjs dist
step "end-to-end (headless Chromium)" node --test --test-concurrency=1 tests/e2e/

echo
echo "=== Summary"
passed=0; failed=0
for i in "${!NAMES[@]}"; do
  printf '  %-4s %5ss  %s\n' "${RESULTS[$i]}" "${TIMES[$i]}" "${NAMES[$i]}"
  if [[ ${RESULTS[$i]} == pass ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "steps: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
