#!/usr/bin/env bash
# Installs whatever Clean-DM needs to build (and, with --test, to test) the page,
# then writes .tools/env.sh for the other scripts to source. Safe to run again:
# everything already present is skipped, so a second run takes seconds.
#
#   scripts/setup.sh           tools to build and serve the page
#   scripts/setup.sh --test    also headless Chromium, ChromeDriver and zbarimg
#
# Rust for wasm32: the rustup target when it is installed or can be added; where it
# cannot be downloaded, Debian's rustc-web + rust-web-src, building std for wasm32
# from source (cargo build-std) and linking with Debian's wasm-ld.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/versions.env
source "$ROOT/scripts/versions.env"
WANT_TEST=0
[[ "${1:-}" == "--test" ]] && WANT_TEST=1

log() { printf '[setup] %s\n' "$*" >&2; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
export PATH="$CARGO_BIN:$PATH"
SUDO=""
if [[ $(id -u) -ne 0 ]] && command -v sudo >/dev/null; then SUDO="sudo"; fi

# ---- Debian packages -------------------------------------------------------
APT_UPDATED=0
have_deb() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
apt_install() {
  local missing=()
  for p in "$@"; do have_deb "$p" || missing+=("$p"); done
  [[ ${#missing[@]} -eq 0 ]] && return 0
  command -v apt-get >/dev/null || die "missing ${missing[*]} and this is not a Debian-like system; install them by hand."
  if [[ $APT_UPDATED -eq 0 ]]; then
    log "apt-get update"
    $SUDO apt-get update -qq >/dev/null
    APT_UPDATED=1
  fi
  log "apt-get install ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
if [[ $WANT_TEST -eq 1 ]]; then
  apt_install chromium chromium-driver zbar-tools
fi

# ---- Rust for wasm32 ---------------------------------------------------------
rustup_has_wasm() {
  command -v rustc >/dev/null || return 1
  compgen -G "$(rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib" >/dev/null
}
debian_route_ready() {
  [[ -x /usr/bin/rustc && -x /usr/bin/cargo && -x /usr/bin/wasm-ld && -d /usr/lib/rustlib/src/rust/library ]]
}

ROUTE=""
if rustup_has_wasm; then
  ROUTE=rustup
elif debian_route_ready; then
  ROUTE=debian
elif command -v rustup >/dev/null; then
  # `rustup target add` hangs instead of failing where downloads are blocked: bound it.
  log "adding the rustup wasm32 target (at most ${RUSTUP_TARGET_TIMEOUT}s)"
  if timeout "$RUSTUP_TARGET_TIMEOUT" rustup target add wasm32-unknown-unknown >/dev/null 2>&1 && rustup_has_wasm; then
    ROUTE=rustup
  fi
fi
if [[ -z "$ROUTE" ]]; then
  log "no rustup wasm32 target: using Debian's Rust and building std for wasm32 from source"
  apt_install rustc-web cargo-web rust-web-src rust-web-clippy lld
  debian_route_ready || die "Debian's rustc-web, rust-web-src and lld did not install as expected."
  ROUTE=debian
fi
if [[ $ROUTE == debian && $WANT_TEST -eq 1 ]]; then
  apt_install rust-web-clippy
  command -v cargo-fmt >/dev/null || apt_install rustfmt-web
fi
log "Rust route for wasm32: $ROUTE"

# Cargo used to install tools: the route's own.
# On the Debian route, name Debian's rustc too: a rustup proxy earlier on PATH would obey
# `rust-toolchain` files inside crates being built (trunk's dependency dashmap has one).
if [[ $ROUTE == debian ]]; then
  TOOL_CARGO=/usr/bin/cargo
  export RUSTC=/usr/bin/rustc
else
  TOOL_CARGO=$(command -v cargo)
fi
[[ -x "$TOOL_CARGO" ]] || die "no cargo found: install Rust (https://rustup.rs) first."

# ---- cargo-installed tools, versions from one place ---------------------------
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' "$ROOT/Cargo.lock")
[[ -n "$WASM_BINDGEN_VERSION" ]] || die "could not read the wasm-bindgen version from Cargo.lock"

if [[ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  "$TOOL_CARGO" install -q wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if [[ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]]; then
  log "installing trunk $TRUNK_VERSION (about 12 minutes on 2 cores, once)"
  "$TOOL_CARGO" install -q trunk --version "$TRUNK_VERSION" --locked --force
fi

# ---- npm tools (wasm-opt from binaryen, playwright-core, benchmark peers) -------
STAMP="$ROOT/node_modules/.clean-dm-lock.sha256"
LOCK_SUM=$(sha256sum "$ROOT/package-lock.json" | cut -d' ' -f1)
if [[ ! -f "$STAMP" || "$(cat "$STAMP")" != "$LOCK_SUM" ]]; then
  log "npm ci"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  echo "$LOCK_SUM" > "$STAMP"
fi

# ---- the environment the other scripts use ------------------------------------------
mkdir -p "$ROOT/.tools"
{
  echo "# Written by scripts/setup.sh; route: $ROUTE"
  echo "export CLEAN_DM_ROUTE=$ROUTE"
  if [[ $ROUTE == debian ]]; then
    # Debian's cargo/rustc before rustup's; build-std only for wasm32 commands (with_wasm).
    echo "export PATH=\"$ROOT/node_modules/.bin:/usr/bin:$CARGO_BIN:\$PATH\""
    echo "export RUSTC=/usr/bin/rustc"
    echo "export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld"
    echo 'with_wasm() { RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort "$@"; }'
    # Release page only: std is built from source here anyway, so a panic can compile to a
    # bare trap (no formatting machinery), which makes the page smaller.
    echo 'with_wasm_release() { RUSTFLAGS="${RUSTFLAGS:-} -Zunstable-options -Cpanic=immediate-abort" with_wasm "$@"; }'
  else
    echo "export PATH=\"$ROOT/node_modules/.bin:$CARGO_BIN:\$PATH\""
    echo 'with_wasm() { "$@"; }'
    echo 'with_wasm_release() { "$@"; }'
  fi
  echo "export CHROMEDRIVER=\${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}"
  echo "export CHROMIUM=\${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || echo /usr/bin/chromium)}"
} > "$ROOT/.tools/env.sh"
log "ready (.tools/env.sh written)"
