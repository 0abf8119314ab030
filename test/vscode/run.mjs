#!/usr/bin/env node
// `npm run test:vscode`: builds the extension and the suite, then runs test/vscode/suite in a
// real VS Code: code-server + headless chromium through scripts/vscode-test/run.mjs (install the
// toolchain once with scripts/vscode-test/setup.sh). Screenshots land in test-results/vscode/ and
// the preview and diagnostics ones are copied to docs/images/ for the README.
// Options: --no-build, --keep-workspace; anything else is passed on to run.mjs (e.g. --verbose).
// With a desktop VS Code (a user's CI), use test/vscode/run-electron.mjs instead.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { prepare, root, suiteIndex } from './prepare.mjs';

const args = process.argv.slice(2);
const shots = join(root, 'test-results', 'vscode');
const { workspace, cleanup } = await prepare({ skipBuild: args.includes('--no-build') });
rmSync(shots, { recursive: true, force: true });
const passOn = args.filter((a) => a !== '--no-build' && a !== '--keep-workspace');
const r = spawnSync(process.execPath, [
  join(root, 'scripts', 'vscode-test', 'run.mjs'),
  '--extensionDevelopmentPath', root,
  '--extensionTestsPath', suiteIndex,
  '--workspace', workspace,
  '--screenshot-dir', shots,
  '--timeout', '240000',
  ...passOn,
], { stdio: 'inherit' });
if (!args.includes('--keep-workspace')) cleanup();
if (r.status === 0) {
  mkdirSync(join(root, 'docs', 'images'), { recursive: true });
  for (const name of ['preview', 'diagnostics']) {
    const png = join(shots, `${name}.png`);
    if (existsSync(png)) copyFileSync(png, join(root, 'docs', 'images', `${name}.png`));
  }
}
process.exit(r.status ?? 1);
