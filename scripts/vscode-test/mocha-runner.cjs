// Helper for an extension test runner module (the file given as extensionTestsPath).
// Runs mocha programmatically inside the VS Code extension host and makes its output reach
// the terminal both under scripts/vscode-test/run.mjs (code-server) and under
// @vscode/test-electron (desktop VS Code).
//
//   // suite/index.js
//   const path = require('node:path');
//   const { runMocha } = require('<repo>/scripts/vscode-test/mocha-runner.cjs');
//   exports.run = () => runMocha({ testsRoot: __dirname, timeout: 20000 });
//
// Options:
//   testsRoot  directory searched recursively for files matching `pattern`
//   pattern    RegExp for test file names (default /\.test\.c?js$/)
//   files      explicit list of test files (instead of testsRoot/pattern)
//   timeout    per-test timeout in ms (default 20000)
//   ui         mocha ui (default 'bdd'); grep: only run tests matching it (also $MOCHA_GREP)
//   resolveFrom directory from which to resolve `mocha` first (default: this file's dir)
//
// Output: when $REPLYLINT_TEST_OUTPUT is set (run.mjs sets it), everything the reporter
// prints is appended to that file, which run.mjs streams to its stdout (in code-server,
// console.log in the extension host does not reach the terminal). Otherwise it goes to the
// console. After the run one plain summary line is printed: "vscode: N passed, N failed, N skipped".
//
// mocha is taken from the repo's node_modules when installed there (npm i -D mocha@10),
// otherwise from the toolchain cache that setup.sh fills ($REPLYLINT_VSCODE_CACHE/tools).
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

function loadMocha(resolveFrom) {
  const cache = process.env.REPLYLINT_VSCODE_CACHE || path.join(os.homedir(), '.cache', 'replylint-vscode');
  const tries = [resolveFrom, __dirname, path.join(cache, 'tools')].filter(Boolean);
  for (const dir of tries) {
    try {
      return require(require.resolve('mocha', { paths: [dir] }));
    } catch { /* next */ }
  }
  throw new Error(`mocha not found (looked from ${tries.join(', ')}); run scripts/vscode-test/setup.sh or npm i -D mocha@10`);
}

function findFiles(dir, pattern) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) { if (entry.name !== 'node_modules') out.push(...findFiles(p, pattern)); }
    else if (pattern.test(entry.name)) out.push(p);
  }
  return out.sort();
}

/** Runs mocha; resolves when every test passed, rejects otherwise. */
function runMocha(options = {}) {
  const Mocha = loadMocha(options.resolveFrom);
  const outFile = process.env.REPLYLINT_TEST_OUTPUT;
  const Base = Mocha.reporters.Base;
  const print = (...args) => {
    const text = util.format(...args) + '\n';
    if (outFile) fs.appendFileSync(outFile, text);
    else process.stdout.write(text);
  };
  if (outFile) {
    Base.consoleLog = print;
    Base.useColors = !!process.env.REPLYLINT_TEST_COLOR;
  }

  const mocha = new Mocha({
    ui: options.ui || 'bdd',
    timeout: options.timeout ?? 20000,
    color: outFile ? !!process.env.REPLYLINT_TEST_COLOR : undefined,
    grep: options.grep || process.env.MOCHA_GREP || undefined,
    reporter: 'spec',
  });
  const files = options.files || findFiles(options.testsRoot || process.cwd(), options.pattern || /\.test\.c?js$/);
  if (!files.length) return Promise.reject(new Error(`no test files found under ${options.testsRoot}`));
  for (const f of files) mocha.addFile(f);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const s = runner.stats || {};
        print(`vscode: ${s.passes ?? 0} passed, ${s.failures ?? failures} failed${s.pending ? `, ${s.pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else if (!s.passes) reject(new Error('no test ran'));
        else resolve();
      });
    } catch (err) {
      print(String(err && err.stack || err));
      reject(err);
    }
  });
}

module.exports = { runMocha, loadMocha };
