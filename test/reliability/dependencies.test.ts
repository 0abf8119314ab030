/**
 * Dependencies (issue 8): no runtime dependencies (everything ships in esbuild bundles), the
 * lockfile is committed and matches package.json, and docs/dependencies.md lists exactly the
 * third-party packages (with versions and licenses) each bundle contains.
 */

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';

const ROOT = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

const BUNDLES: Record<string, { entry: string; external?: string[] }> = {
  cli: { entry: 'server/src/cli/bin.ts' },
  'lint-worker': { entry: 'server/src/cli/lint-worker.ts' },
  server: { entry: 'server/src/lsp/bin.ts' },
  extension: { entry: 'client/src/extension.ts', external: ['vscode'] },
};

interface Row {
  versions: string[];
  license: string;
  bundles: string[];
}

function documented(): Map<string, Row> {
  const text = fs.readFileSync(path.join(ROOT, 'docs/dependencies.md'), 'utf8');
  const rows = new Map<string, Row>();
  for (const line of text.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length !== 5 || cells[0] === 'Package' || cells[0].startsWith('---')) continue;
    rows.set(cells[0], { versions: cells[1].split(',').map((v) => v.trim()).sort(), license: cells[2], bundles: cells[3].split(',').map((b) => b.trim()).sort() });
  }
  return rows;
}

/** package -> { versions, license, bundles } from esbuild's metafile for every bundle. */
async function bundled(): Promise<Map<string, Row>> {
  const found = new Map<string, { versions: Set<string>; license: string; bundles: Set<string> }>();
  for (const [name, b] of Object.entries(BUNDLES)) {
    const r = await build({
      absWorkingDir: ROOT, entryPoints: [b.entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
      write: false, metafile: true, external: b.external ?? [], outfile: `out/${name}.js`, logLevel: 'silent',
      define: { __REPLYLINT_VERSION__: '"0.0.0"' },
    });
    const inputs = Object.values(r.metafile.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([f]) => f));
    for (const file of inputs) {
      const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(file);
      if (!m) continue;
      const meta = JSON.parse(fs.readFileSync(path.join(ROOT, m[1], 'package.json'), 'utf8'));
      const entry = found.get(m[2]) ?? { versions: new Set(), license: String(meta.license), bundles: new Set() };
      entry.versions.add(meta.version);
      entry.bundles.add(name);
      found.set(m[2], entry);
    }
  }
  return new Map([...found].map(([k, v]) => [k, { versions: [...v.versions].sort(), license: v.license, bundles: [...v.bundles].sort() }]));
}

describe('dependencies', () => {
  it('package.json declares no runtime dependencies: the bundles carry what they need', () => {
    assert.equal(pkg.dependencies, undefined, `runtime dependencies: ${JSON.stringify(pkg.dependencies)}`);
    assert.equal(pkg.optionalDependencies, undefined);
    assert.equal(pkg.peerDependencies, undefined);
  });

  it('the lockfile is committed and in step with package.json', () => {
    const tracked = execFileSync('git', ['ls-files', '--error-unmatch', 'package-lock.json'], { cwd: ROOT, encoding: 'utf8' }).trim();
    assert.equal(tracked, 'package-lock.json');
    const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
    assert.ok(lock.lockfileVersion >= 2);
    assert.deepEqual(lock.packages[''].devDependencies, pkg.devDependencies, 'run npm install and commit package-lock.json');
    assert.equal(lock.packages[''].dependencies, undefined);
  });

  it('docs/dependencies.md lists exactly the packages in each bundle, with versions and licenses', async () => {
    const docs = documented();
    const actual = await bundled();
    assert.ok(actual.size > 5, 'the metafile scan found the bundled packages');
    for (const [name, row] of actual) {
      assert.ok(docs.has(name), `${name} (${row.versions.join(', ')}, in ${row.bundles.join(', ')}) is bundled but not in docs/dependencies.md`);
      assert.deepEqual(docs.get(name), row, `row for ${name}`);
    }
    for (const name of docs.keys()) assert.ok(actual.has(name), `${name} is in docs/dependencies.md but no longer bundled`);
  });

  it('the VS Code package excludes node_modules and ships only bundles and assets', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    assert.equal(ignore[0], '**', 'everything is excluded unless listed');
    assert.ok(!ignore.some((l) => l.includes('node_modules') && l.startsWith('!')));
    assert.match(fs.readFileSync(path.join(ROOT, 'scripts/package-vsix.mjs'), 'utf8'), /--no-dependencies/);
  });
});
