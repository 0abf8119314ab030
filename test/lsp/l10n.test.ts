/** UI strings and rule messages in en, de, zh-cn and ko through VS Code's l10n bundles. */

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixture, ROOT, TestClient } from './client.js';

const LOCALES = ['de', 'zh-cn', 'ko'];
const bundle = (loc: string): Record<string, string> => JSON.parse(readFileSync(join(ROOT, 'l10n', `bundle.l10n.${loc}.json`), 'utf8'));

function clientKeys(): string[] {
  const keys = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/g)) keys.add(m[1].replace(/\\'/g, "'"));
    }
  };
  walk(join(ROOT, 'client', 'src'));
  const hints = readFileSync(join(ROOT, 'client', 'src', 'new-template.ts'), 'utf8').match(/TYPE_HINTS[^{]*\{([\s\S]*?)\};/)![1];
  for (const m of hints.matchAll(/: '([^']*)'/g)) keys.add(m[1]);
  return [...keys];
}

describe('localization', () => {
  it('translates every UI string of the client in each bundle', () => {
    const keys = clientKeys();
    assert.ok(keys.length > 20);
    for (const loc of LOCALES) {
      const b = bundle(loc);
      assert.deepEqual(keys.filter((k) => !b[k]), [], `missing in bundle.l10n.${loc}.json`);
      for (const [k, v] of Object.entries(b)) {
        const args = (s: string): string[] => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
        assert.deepEqual(args(v), args(k), `${loc}: arguments of "${k}"`);
      }
    }
  });

  it('translates every %key% of package.json', () => {
    const pkg = readFileSync(join(ROOT, 'package.json'), 'utf8');
    const keys = [...new Set([...pkg.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]))];
    for (const loc of ['', ...LOCALES.map((l) => `.${l}`)]) {
      const nls = JSON.parse(readFileSync(join(ROOT, `package.nls${loc}.json`), 'utf8')) as Record<string, string>;
      assert.deepEqual(keys.filter((k) => !nls[k]), [], `missing in package.nls${loc}.json`);
    }
  });

  it('sends rule messages in the editor\'s language (de, zh-cn, ko)', async () => {
    const cases = [
      ['de', 'ein Rückerstattungsangebot oder -hinweis', /herablassend/],
      ['zh-cn', '退款提议或说明', /居高临下/],
      ['ko', '환불 제안 또는 안내', /낮춰/],
    ] as const;
    await Promise.all(cases.map(async ([loc, refund, tone]) => {
      const client = new TestClient({ pull: true, locale: loc, l10nBundle: join(ROOT, 'l10n', `bundle.l10n.${loc}.json`) });
      try {
        await client.initialize();
        const { uri, text } = fixture('termination.reply.md');
        client.open(uri, text);
        const items = await client.pulledDiagnostics(uri);
        const missing = items.find((d) => d.code === 'refund-offer')!;
        assert.ok(missing.message.includes(refund), `${loc}: ${missing.message}`);
        assert.match(items.find((d) => d.code === 'neutral-tone/condescension')!.message, tone);
      } finally {
        await client.shutdown();
      }
    }));
  });
});
