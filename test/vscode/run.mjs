#!/usr/bin/env node
// `npm run test:vscode`: builds the extension and the suite, then runs test/vscode/suite in a
// real VS Code: code-server + headless chromium through scripts/vscode-test/run.mjs (install the
// toolchain once with scripts/vscode-test/setup.sh). Screenshots land in test-results/vscode/ and
// the preview and diagnostics ones are copied to docs/images/ for the README.
// Options: --no-build, --keep-workspace, --vsix <file> (test the packaged extension: the suite runs
// against the .vsix contents instead of the repo); anything else goes to run.mjs (e.g. --verbose).
// With a desktop VS Code (a user's CI), use test/vscode/run-electron.mjs instead.
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { prepare, root, suiteIndex } from './prepare.mjs';

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

/** Extracts the extension/ folder of a .vsix (a zip) into a temp dir (yauzl comes with vsce). */
async function unpackVsix(file) {
  const yauzl = createRequire(createRequire(import.meta.url).resolve('@vscode/vsce/package.json'))('yauzl');
  const dir = mkdtempSync(join(tmpdir(), 'replylint-vsix-'));
  const zip = await new Promise((res, rej) => yauzl.open(file, { lazyEntries: true }, (e, z) => (e ? rej(e) : res(z))));
  await new Promise((res, rej) => {
    zip.on('entry', (entry) => {
      if (!entry.fileName.startsWith('extension/') || entry.fileName.endsWith('/')) return zip.readEntry();
      const target = join(dir, entry.fileName.slice('extension/'.length));
      if (!target.startsWith(dir)) return rej(new Error(`bad path in vsix: ${entry.fileName}`));
      mkdirSync(dirname(target), { recursive: true });
      zip.openReadStream(entry, (e, stream) => (e ? rej(e) : pipeline(stream, createWriteStream(target)).then(() => zip.readEntry(), rej)));
    });
    zip.on('end', res);
    zip.on('error', rej);
    zip.readEntry();
  });
  return dir;
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
