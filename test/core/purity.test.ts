// The engine is a pure library: no Node built-ins, no VS Code, no process globals.
// (The type-level guard is server/src/engine/tsconfig.json with "types": [], run by `npm run typecheck`.)
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const f = join(dir, n);
    if (statSync(f).isDirectory()) files(f, out);
    else if (n.endsWith('.ts')) out.push(f);
  }
  return out;
}

it('server/src/engine imports nothing impure', () => {
  const bad: string[] = [];
  for (const f of files(join(__dirname, '../../server/src/engine'))) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)) {
      const spec = m[1];
      if (/^(node:|fs$|path$|os$|child_process$|vscode|process$)/.test(spec)) bad.push(`${f}: ${spec}`);
      if (!spec.startsWith('.') && !['yaml', 'markdown-it'].includes(spec)) bad.push(`${f}: unexpected dependency ${spec}`);
    }
    if (/\bprocess\.(env|argv|exit|cwd|stdout|stderr)\b|\brequire\(/.test(src.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) bad.push(`${f}: uses process or require`);
  }
  assert.deepEqual(bad, []);
});
