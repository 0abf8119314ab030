#!/usr/bin/env node
// `npm run package`: production bundles (esbuild, minified), generated assets checked, then
// a .vsix with @vscode/vsce (no node_modules: the bundles carry their dependencies). Prints
// the files in it and fails if it is 1 MB or larger, or holds anything .vscodeignore should
// have kept out.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = join(root, `${pkg.name}-${pkg.version}.vsix`);
const LIMIT = 1024 * 1024;
const run = (file, args) => {
  const r = spawnSync(file, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

run(process.execPath, [join(root, 'scripts', 'build.mjs'), '--production']);
run(process.execPath, [join(root, 'scripts', 'gen-snippets.mjs'), '--check']);
const vsce = createRequire(import.meta.url).resolve('@vscode/vsce/vsce');
// Relative links in README.md point at the repository (the same place as the rule docs).
const repo = 'https://github.com/replylint/replylint';
run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license',
  '--baseContentUrl', `${repo}/blob/main`, '--baseImagesUrl', `${repo}/raw/main`, '--out', out]);

const size = statSync(out).size;
const listing = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: root, encoding: 'utf8' })
  .split('\n').map((l) => l.trim()).filter(Boolean);
console.log(`\n${out}: ${(size / 1024).toFixed(0)} KB, ${listing.length} files:\n  ${listing.join('\n  ')}`);
const allowed = /^(package\.json|package\.nls(\.[\w-]+)?\.json|l10n\/bundle\.l10n\.[\w-]+\.json|dist\/(extension|server)\.js|language-configuration\.json|syntaxes\/[\w-]+\.tmLanguage\.json|client\/snippets\/[\w-]+\.code-snippets|client\/assets\/(templates\.json|preview\.svg)|LICENSE(\.\w+)?|NOTICE|README\.md|CHANGELOG\.md)$/;
const stray = listing.filter((f) => !allowed.test(f));
if (stray.length) {
  console.error(`unexpected files in the vsix: ${stray.join(', ')}`);
  process.exit(1);
}
if (size >= LIMIT) {
  console.error(`the vsix is ${(size / 1024).toFixed(0)} KB, over the 1 MB budget`);
  process.exit(1);
}
