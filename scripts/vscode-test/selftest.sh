#!/usr/bin/env bash
# End-to-end self-test of the real-VS-Code harness (scripts/vscode-test/run.mjs): installs
# the toolchain if needed (setup.sh, idempotent), then, with a throwaway extension + mocha suite
# under selftest/:
#   1. run.mjs with a passing suite          -> exit 0, all tests reported
#   2. run.mjs with a deliberately failing test -> non-zero exit, the failure reported
#   3. @vscode/test-electron runTests() through code-server-as-vscode -> exit 0
# and checks that no process and no temp file is left behind. Last line:
#   "selftest: N passed, N failed"
# Env: REPLYLINT_SKIP_SETUP=1 skips setup.sh; SELFTEST_SCREENSHOT_DIR keeps run 1's screenshot.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ST="$HERE/selftest"
START=$SECONDS
log() { printf '[selftest %3ds] %s\n' "$((SECONDS - START))" "$*"; }

if [[ ${REPLYLINT_SKIP_SETUP:-} != 1 ]]; then
  "$HERE/setup.sh"
fi

# A private TMPDIR: everything run.mjs creates must be gone from it afterwards.
SELFTEST_TMP="$(mktemp -d "${TMPDIR:-/tmp}/replylint-selftest-XXXXXX")"
export TMPDIR="$SELFTEST_TMP"
trap 'rm -rf "$SELFTEST_TMP"' EXIT

passed=0
failed=0
check() { # name, condition result (0 = ok)
  if [[ $2 -eq 0 ]]; then passed=$((passed + 1)); log "PASS $1"; else failed=$((failed + 1)); log "FAIL $1"; fi
}
leftovers() { # processes or files left in our TMPDIR
  local procs files
  procs="$(pgrep -f -- "$SELFTEST_TMP" || true)"
  files="$(find "$SELFTEST_TMP" -mindepth 1 -maxdepth 1 ! -name 'out-*.log' -print)"
  if [[ -n $procs || -n $files ]]; then
    log "left behind: processes [${procs//$'\n'/ }] files [${files//$'\n'/ }]"
    return 1
  fi
}
RUN=(node "$HERE/run.mjs" --extensionDevelopmentPath "$ST/extension" --extensionTestsPath "$ST/suite/index.js"
  --workspace "$ST/workspace" --timeout 120000 --env SELFTEST_MARKER=marker-42)

log "1/3 run.mjs, passing suite"
shots=()
[[ -n ${SELFTEST_SCREENSHOT_DIR:-} ]] && shots=(--screenshot-dir "$SELFTEST_SCREENSHOT_DIR")
set +e
"${RUN[@]}" "${shots[@]}" 2>&1 | tee "$SELFTEST_TMP/out-1.log"
rc=${PIPESTATUS[0]}
set -e
ok=1; [[ $rc -eq 0 ]] && grep -q '^vscode: 7 passed, 0 failed, 1 skipped$' "$SELFTEST_TMP/out-1.log" && leftovers && ok=0
check "passing suite exits 0 and reports 7 passed (rc=$rc)" $ok

log "2/3 run.mjs, suite with a deliberate failure"
set +e
"${RUN[@]}" --env SELFTEST_EXPECT_FAILURE=1 2>&1 | tee "$SELFTEST_TMP/out-2.log"
rc=${PIPESTATUS[0]}
set -e
ok=1; [[ $rc -ne 0 && $rc -ne 124 ]] && grep -q '^vscode: 7 passed, 1 failed$' "$SELFTEST_TMP/out-2.log" \
  && grep -q 'deliberate failure' "$SELFTEST_TMP/out-2.log" && leftovers && ok=0
check "failing suite exits non-zero and reports the failure (rc=$rc)" $ok

log "3/3 @vscode/test-electron runTests() through code-server-as-vscode"
set +e
node "$ST/test-electron.mjs" 2>&1 | tee "$SELFTEST_TMP/out-3.log"
rc=${PIPESTATUS[0]}
set -e
ok=1; [[ $rc -eq 0 ]] && grep -q '^vscode: 7 passed, 0 failed, 1 skipped$' "$SELFTEST_TMP/out-3.log" && leftovers && ok=0
check "test-electron style run exits 0 (rc=$rc)" $ok

log "done in $((SECONDS - START))s"
echo "selftest: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
