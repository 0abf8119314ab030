// Shared by test/vscode/run.mjs (code-server) and run-electron.mjs (@vscode/test-electron):
// builds the extension, bundles the suite into dist/test-vscode/, and copies the fixture
// workspace to a fresh temp dir (the suite edits and creates files).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
