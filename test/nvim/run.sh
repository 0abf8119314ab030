#!/usr/bin/env bash
# `npm run test:nvim`: Neovim (Debian package `neovim`) attaches the standalone server
# dist/server.js --stdio to a reply template headlessly and prints the diagnostics it gets.
# Builds first (REPLYLINT_NO_BUILD=1 skips it). Last line: "nvim: PASS" or "nvim: FAIL".
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
command -v nvim >/dev/null || { echo "nvim not found: apt-get install -y neovim" >&2; exit 2; }
[[ ${REPLYLINT_NO_BUILD:-} == 1 ]] || node "$ROOT/scripts/build.mjs" >/dev/null
WORK="$(mktemp -d "${TMPDIR:-/tmp}/replylint-nvim-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cp "$ROOT/test/lsp/fixtures/termination.reply.md" "$WORK/"
export REPLYLINT_ROOT="$ROOT" REPLYLINT_FIXTURE="$WORK/termination.reply.md"
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache"
timeout 60 nvim --headless --clean -u "$ROOT/test/nvim/init.lua" 2>&1
