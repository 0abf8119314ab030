#!/usr/bin/env node
// The same suite under @vscode/test-electron, for machines that can download VS Code (a user's
// CI): `npm i -D @vscode/test-electron && node test/vscode/run-electron.mjs` (on Linux without
// a display: `xvfb-run -a node test/vscode/run-electron.mjs`).
// `--code-server` runs it through scripts/vscode-test/code-server-as-vscode instead of a
// download, which is how this repository checks the test-electron path offline.
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { prepare, root, suiteIndex } from './prepare.mjs';

const useCodeServer = process.argv.includes('--code-server');
const cache = process.env.REPLYLINT_VSCODE_CACHE || join(homedir(), '.cache', 'replylint-vscode');
let runTests;
for (const from of [join(root, 'package.json'), join(cache, 'tools', 'package.json')]) {
  try {
    ({ runTests } = createRequire(from)('@vscode/test-electron'));
    break;
  } catch { /* next */ }
}
if (!runTests) {
  console.error('@vscode/test-electron is not installed: npm i -D @vscode/test-electron');
  process.exit(2);
}
const { workspace, cleanup } = await prepare({ skipBuild: process.argv.includes('--no-build') });
try {
  const code = await runTests({
    ...(useCodeServer ? { vscodeExecutablePath: join(root, 'scripts', 'vscode-test', 'code-server-as-vscode') } : {}),
    extensionDevelopmentPath: root,
    extensionTestsPath: suiteIndex,
    launchArgs: [workspace, '--disable-extensions'],
  });
  process.exitCode = code;
} catch (e) {
  console.error(`test-electron run failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  cleanup();
}
