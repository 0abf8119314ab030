// Shared by test/vscode/run.mjs (code-server) and run-electron.mjs (@vscode/test-electron):
// builds the extension, bundles the suite into dist/test-vscode/, and copies the fixture
// workspace to a fresh temp dir (the suite edits and creates files).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const suiteIndex = join(root, 'dist', 'test-vscode', 'index.cjs');

export async function prepare({ skipBuild = false } = {}) {
  if (!skipBuild) {
    const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
    if (b.status !== 0) process.exit(b.status ?? 1);
  }
  const out = dirname(suiteIndex);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: ['activation', 'extension'].map((n) => join(root, 'test', 'vscode', 'suite', `${n}.test.ts`)),
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'test', 'vscode', 'suite', 'index.cjs'), suiteIndex);
  const workspace = mkdtempSync(join(tmpdir(), 'replylint-vscode-ws-'));
  cpSync(join(root, 'test', 'vscode', 'workspace'), workspace, { recursive: true });
  // One template in two locale folders, for the preview's locale switch.
  for (const locale of ['en', 'de']) {
    mkdirSync(join(workspace, 'templates', locale), { recursive: true });
    copyFileSync(join(root, 'templates', locale, 'xavier-warning.reply.md'), join(workspace, 'templates', locale, 'xavier-warning.reply.md'));
  }
  return { workspace, cleanup: () => rmSync(workspace, { recursive: true, force: true }) };
}

/** Extracts the extension/ folder of a .vsix (a zip) into a temp dir (yauzl comes with vsce). */
export async function unpackVsix(file) {
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
