#!/usr/bin/env node
// Builds the bundles: dist/cli.js (replylint), dist/server.js (language server),
// dist/extension.js (VS Code client). Generates the engine data first.
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
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
  // Non-ASCII characters in strings are escaped (and in regular expressions and comments by
  // asciiOnly() below), so V8 keeps each bundle's source as one byte per character instead of
  // two (~1.8 MB less heap in the language server).
  charset: 'ascii',
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
  asciiOnly(join(root, e.out));
  if (e.executable) chmodSync(join(root, e.out), 0o755);
})));

/**
 * esbuild leaves non-ASCII characters inside regular expression literals (and comments). A
 * \uXXXX escape means the same there, so every remaining UTF-16 unit above 0x7F is escaped.
 * (Columns in the source map drift on the few lines that had such characters.)
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
