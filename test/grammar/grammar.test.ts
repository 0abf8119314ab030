/**
 * Grammar tests: the body assertions in *.test files run through vscode-tmgrammar-test; the
 * front matter (which must start on line 1, where those files keep their header) is checked
 * here with vscode-textmate directly.
 */

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const ROOT = join(import.meta.dirname, '..', '..');
const VENDOR = join(import.meta.dirname, 'vendor');
const GRAMMARS: Record<string, string> = {
  'text.reply-template': join(ROOT, 'syntaxes', 'reply-template.tmLanguage.json'),
  'text.html.markdown': join(VENDOR, 'markdown.tmLanguage.json'),
  'source.yaml': join(VENDOR, 'yaml.tmLanguage.json'),
  'source.yaml.1.2': join(VENDOR, 'yaml-1.2.tmLanguage.json'),
  'source.yaml.embedded': join(VENDOR, 'yaml-embedded.tmLanguage.json'),
  'text.html.basic': join(VENDOR, 'html.tmLanguage.json'),
};

async function loadGrammar(): Promise<IGrammar> {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new oniguruma.OnigScanner(p), createOnigString: (s: string) => new oniguruma.OnigString(s) }),
    loadGrammar: async (scope) => (GRAMMARS[scope] ? parseRawGrammar(readFileSync(GRAMMARS[scope], 'utf8'), GRAMMARS[scope]) : null),
  });
  return (await registry.loadGrammar('text.reply-template'))!;
}

/** Scopes of the token covering `needle` (first occurrence) on each line. */
function scopesAt(grammar: IGrammar, text: string, needle: string): string[] {
  let state = INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, state);
    const i = line.indexOf(needle);
    if (i >= 0) return r.tokens.find((t) => t.startIndex <= i && i < t.endIndex)!.scopes;
    state = r.ruleStack;
  }
  throw new Error(`${needle} not found`);
}

describe('reply-template grammar', () => {
  it('passes the vscode-tmgrammar-test assertions', () => {
    const bin = join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
    const args = [bin, ...Object.values(GRAMMARS).flatMap((g) => ['-g', g]), join('test', 'grammar', '*.test')];
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /run successfu/);
  });

  it('tokenizes the front matter as embedded YAML and the body as Markdown', async () => {
    const grammar = await loadGrammar();
    const text = '---\ntype: xavier\nstage: warning\nvariables:\n  customer_name:\n    example: "Dana"\n---\n# Heading\n\nHello {{customer_name}}, **thanks**.\n';
    assert.ok(scopesAt(grammar, text, '---').includes('punctuation.definition.tag.begin.front-matter.reply-template'));
    const stage = scopesAt(grammar, text, 'warning');
    assert.ok(stage.includes('meta.embedded.block.frontmatter'), stage.join(' '));
    assert.ok(stage.some((s) => s.startsWith('string.unquoted.plain.out.yaml')), stage.join(' '));
    const example = scopesAt(grammar, text, '"Dana"');
    assert.ok(example.some((s) => s.startsWith('string.quoted.double.yaml')), example.join(' '));
    assert.ok(scopesAt(grammar, text, 'Heading').some((s) => s.startsWith('markup.heading')));
    assert.ok(scopesAt(grammar, text, 'customer_name}}').includes('variable.parameter.placeholder-name.reply-template'));
    assert.ok(scopesAt(grammar, text, 'thanks').some((s) => s.startsWith('markup.bold')));
  });

  it('does not treat a later --- line as front matter', async () => {
    const grammar = await loadGrammar();
    const text = 'Hello\n\n---\ntype: x\n---\n';
    assert.ok(!scopesAt(grammar, text, 'type').includes('meta.embedded.block.frontmatter'));
  });
});
