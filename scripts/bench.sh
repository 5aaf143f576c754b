#!/usr/bin/env bash
# Side-by-side benchmark in headless Chromium: our wasm engines against what people use
# today (nanoid customAlphabet, WebCrypto crypto.subtle.digest, the npm qrcode package).
# Prints a table of ratios against our budgets; it measures, it does not assert timings.
# Exits non-zero only if the page fails or the two sides' outputs disagree.
#
#   scripts/bench.sh                 build (release profile, feature `bench`) and run
#   BENCH_REPS=9 scripts/bench.sh    more timed runs per side (default 5)
#   BENCH_ONLY=sha256 scripts/bench.sh   only the cases whose id contains the text
#   BENCH_DIST=/tmp/x scripts/bench.sh   where the bench page is built (default /tmp/dist-bench)
#   BENCH_CARGO_ARGS="--config profile.release.package.sha2.opt-level=3" scripts/bench.sh
#                                    extra cargo arguments, for what-if builds (not the page's settings)
#
# The wasm is built the way Trunk builds the page (same release profile: opt-level z,
# LTO, one codegen unit, panic=abort; wasm-bindgen --target web; wasm-opt -Oz), but as a
# cdylib of the library with the `bench` feature: the exports live in src/bench.rs, and
# neither the page's binary nor dist/ is touched.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

bash scripts/setup.sh --test
# shellcheck source=/dev/null
source .tools/env.sh

OUT=$(realpath -m "${BENCH_DIST:-/tmp/dist-bench}")
case "$OUT" in
  "$ROOT" | "$ROOT/dist" | "$ROOT/dist/"* | / ) echo "bench: refusing to build into $OUT" >&2; exit 1 ;;
esac

echo "=== building the bench wasm (release profile, feature bench)"
# shellcheck disable=SC2086 # BENCH_CARGO_ARGS is a list of words
with_wasm cargo rustc --release --offline --lib --crate-type cdylib --features bench \
  --target wasm32-unknown-unknown ${BENCH_CARGO_ARGS:-}
WASM=$(cargo metadata --format-version 1 --no-deps --offline \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')/wasm32-unknown-unknown/release/clean_dm.wasm

rm -rf "$OUT"
mkdir -p "$OUT"
wasm-bindgen --target web --no-typescript --out-dir "$OUT" --out-name clean_dm_bench "$WASM"
wasm-opt -Oz --output "$OUT/clean_dm_bench_opt.wasm" "$OUT/clean_dm_bench_bg.wasm"
mv "$OUT/clean_dm_bench_opt.wasm" "$OUT/clean_dm_bench_bg.wasm"

echo "=== running in headless Chromium${BENCH_CARGO_ARGS:+ (built with: $BENCH_CARGO_ARGS)}"
node bench/run.mjs "$OUT"
