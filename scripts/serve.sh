#!/usr/bin/env bash
# Installs what is missing, builds the release page and serves it on http://127.0.0.1:8080.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
bash scripts/setup.sh
# shellcheck source=/dev/null
source .tools/env.sh
with_wasm_release trunk build --release
echo
echo "Clean-DM is served at http://127.0.0.1:8080  (Ctrl+C stops it)"
echo
with_wasm_release trunk serve --release --address 127.0.0.1 --port 8080 --no-autoreload
