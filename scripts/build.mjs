#!/usr/bin/env node
// Builds the bundles: dist/cli.js (replylint), dist/server.js (language server),
// dist/extension.js (VS Code client). Generates the engine data first.
import { build } from 'esbuild';
import { existsSync, readFileSync, chmodSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/generate-data.mjs')], { stdio: 'inherit' });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  // Production: whitespace and syntax minification, identifiers kept. Renaming them makes the
  // bundles ~15% smaller gzipped but slower to load: dist/extension.js took ~25% more CPU to
  // compile and evaluate (47 vs 35 ms) and extension activation in VS Code was slower in 5 of 5
  // interleaved windows (see docs/vscode-tests.md, "Activation time").
  minifyWhitespace: production,
  minifySyntax: production,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __REPLYLINT_VERSION__: JSON.stringify(pkg.version) },
};

const entries = [
  { in: 'server/src/cli/bin.ts', out: 'dist/cli.js', executable: true },
  { in: 'server/src/cli/lint-worker.ts', out: 'dist/lint-worker.js' },
  { in: 'server/src/lsp/bin.ts', out: 'dist/server.js', executable: true },
  { in: 'client/src/extension.ts', out: 'dist/extension.js', external: ['vscode'] },
];

await Promise.all(entries.filter((e) => existsSync(join(root, e.in))).map((e) => build({
  ...common,
  entryPoints: [join(root, e.in)],
  outfile: join(root, e.out),
  external: e.external ?? [],
}).then(() => {
  if (e.executable) chmodSync(join(root, e.out), 0o755);
})));
