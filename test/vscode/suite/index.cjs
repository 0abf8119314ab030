// extensionTestsPath for the real-editor suite: runs the bundled *.test.js next to this file
// with mocha inside the extension host (code-server via scripts/vscode-test/run.mjs, or a
// desktop VS Code via @vscode/test-electron: see test/vscode/run.mjs and run-electron.mjs).
'use strict';
const path = require('node:path');
const root = path.resolve(__dirname, '..', '..');
const { runMocha } = require(path.join(root, 'scripts', 'vscode-test', 'mocha-runner.cjs'));

exports.run = () => runMocha({ testsRoot: __dirname, timeout: 30000, resolveFrom: root });
