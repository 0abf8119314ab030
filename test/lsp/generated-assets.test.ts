/** The snippets and the New-template data are generated from templates/ and must not drift. */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { ROOT } from './client.js';

it('client/snippets and client/assets/templates.json are up to date with templates/', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'gen-snippets.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
});

it('has a snippet per template, with mirrored placeholder tab stops, and the suppression snippets', () => {
  const snippets = JSON.parse(readFileSync(join(ROOT, 'client/snippets/reply-template.code-snippets'), 'utf8')) as Record<string, { prefix: string[]; body: string[] }>;
  const templates = JSON.parse(readFileSync(join(ROOT, 'client/assets/templates.json'), 'utf8')) as { locale: string; type: string; stage: string; text: string }[];
  assert.ok(templates.length > 0);
  for (const t of templates) {
    const s = Object.values(snippets).find((x) => x.prefix[0].startsWith(`reply-${t.locale}-${t.type}-${t.stage}`));
    assert.ok(s, `no snippet for ${t.locale} ${t.type} ${t.stage}`);
  }
  const one = Object.values(snippets).find((x) => x.body.some((l) => /\{\{\$\{1:/.test(l)))!;
  const name = /\{\{\$\{1:([\w.-]+)\}/.exec(one.body.join('\n'))![1];
  assert.ok(one.body.includes(`  \${1:${name}}:`), 'the declaration mirrors the tab stop');
  assert.ok(snippets['replylint: disable next line'].body[0].includes('-- ${2:reason}'));
  assert.match(snippets['replylint: disable next line'].body[0], /\$\{1\|[a-z-]+(,[a-z-]+)+\|\}/);
});
