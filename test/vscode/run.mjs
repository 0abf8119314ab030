#!/usr/bin/env node
// `npm run test:vscode`: builds the extension and the suite, then runs test/vscode/suite in a
// real VS Code: code-server + headless chromium through scripts/vscode-test/run.mjs (install the
// toolchain once with scripts/vscode-test/setup.sh). Screenshots land in test-results/vscode/ and
// the preview and diagnostics ones are copied to docs/images/ for the README.
// Options: --no-build, --keep-workspace, --vsix <file> (test the packaged extension: the suite runs
// against the .vsix contents instead of the repo); anything else goes to run.mjs (e.g. --verbose).
// With a desktop VS Code (a user's CI), use test/vscode/run-electron.mjs instead.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { prepare, root, suiteIndex, unpackVsix } from './prepare.mjs';

const args = process.argv.slice(2);
const vsixAt = args.indexOf('--vsix');
let vsix;
if (vsixAt >= 0) {
  // --vsix [file]: default is the one `npm run package` writes.
  const next = args[vsixAt + 1];
  const given = next && !next.startsWith('--') ? next : undefined;
  args.splice(vsixAt, given ? 2 : 1);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  vsix = resolve(given ?? join(root, `${pkg.name}-${pkg.version}.vsix`));
}

const extensionPath = vsix ? await unpackVsix(vsix) : root;
const shots = join(root, 'test-results', 'vscode');
const { workspace, cleanup } = await prepare({ skipBuild: args.includes('--no-build') });
rmSync(shots, { recursive: true, force: true });
const passOn = args.filter((a) => a !== '--no-build' && a !== '--keep-workspace');
const r = spawnSync(process.execPath, [
  join(root, 'scripts', 'vscode-test', 'run.mjs'),
  '--extensionDevelopmentPath', extensionPath,
  '--extensionTestsPath', suiteIndex,
  '--workspace', workspace,
  '--screenshot-dir', shots,
  '--timeout', '240000',
  ...passOn,
], { stdio: 'inherit' });
if (!args.includes('--keep-workspace')) cleanup();
if (vsix) rmSync(extensionPath, { recursive: true, force: true });
if (r.status === 0 && !vsix) {
  mkdirSync(join(root, 'docs', 'images'), { recursive: true });
  for (const name of ['preview', 'diagnostics']) {
    const png = join(shots, `${name}.png`);
    if (existsSync(png)) copyFileSync(png, join(root, 'docs', 'images', `${name}.png`));
  }
}
process.exit(r.status ?? 1);
