#!/usr/bin/env node
// `npm run test:vscode`: builds the extension and the suite, then runs test/vscode/suite in a
// real VS Code: code-server + headless chromium through scripts/vscode-test/run.mjs (install the
// toolchain once with scripts/vscode-test/setup.sh). Screenshots land in test-results/vscode/ and
// the preview and diagnostics ones are copied to docs/images/ for the README.
// Options: --no-build, --keep-workspace, and anything else is passed on to run.mjs (e.g. --verbose).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const out = join(root, 'dist', 'test-vscode');
const shots = join(root, 'test-results', 'vscode');

if (!args.includes('--no-build')) {
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(root, 'test', 'vscode', 'suite', 'extension.test.ts')],
  outdir: out,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  sourcemap: 'inline',
  logLevel: 'warning',
});
copyFileSync(join(root, 'test', 'vscode', 'suite', 'index.cjs'), join(out, 'index.cjs'));

// The suite edits and creates files: it gets a fresh copy of the fixture workspace.
const workspace = mkdtempSync(join(tmpdir(), 'replylint-vscode-ws-'));
cpSync(join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
rmSync(shots, { recursive: true, force: true });
const passOn = args.filter((a) => a !== '--no-build' && a !== '--keep-workspace');
const r = spawnSync(process.execPath, [
  join(root, 'scripts', 'vscode-test', 'run.mjs'),
  '--extensionDevelopmentPath', root,
  '--extensionTestsPath', join(out, 'index.cjs'),
  '--workspace', workspace,
  '--screenshot-dir', shots,
  '--timeout', '240000',
  ...passOn,
], { stdio: 'inherit' });
if (!args.includes('--keep-workspace')) rmSync(workspace, { recursive: true, force: true });
if (r.status === 0) {
  mkdirSync(join(root, 'docs', 'images'), { recursive: true });
  for (const name of ['preview', 'diagnostics']) {
    const png = join(shots, `${name}.png`);
    if (existsSync(png)) copyFileSync(png, join(root, 'docs', 'images', `${name}.png`));
  }
}
process.exit(r.status ?? 1);
