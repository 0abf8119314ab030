// Scenario fixtures (test/fixtures/scenarios/*.reply.md) carry their expected findings inline:
//   <!-- expect: RULE[, RULE] -->            a finding of RULE starts on the NEXT line
//   # expect: RULE                             the same, inside the YAML front matter
//   <!-- expect-document: RULE -->             a document-level finding (a missing element), anywhere
// The test lints every fixture, compares expected and actual (rule id + line), then applies the
// safe fixes, re-lints (no new errors) and checks that a second fix pass changes nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, lineStarts, positionAt, type LintMessage } from '../../server/src/engine/index.js';
import { fixAll } from '../helpers.js';

const dir = path.resolve('test/fixtures/scenarios');
const fixtures = fs.readdirSync(dir).filter((f) => f.endsWith('.reply.md')).sort();

/** Expected findings as "RULE @ line" (1-based) and "RULE @ document". */
export function expectations(text: string): string[] {
  const out: string[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/<!--\s*expect(-document)?:\s*([\w/,\s-]+?)\s*-->|^\s*#\s*expect(-document)?:\s*([\w/,\s-]+?)\s*$/g)) {
      const doc = m[1] ?? m[3];
      for (const rule of (m[2] ?? m[4]).split(',').map((r) => r.trim()).filter(Boolean)) out.push(doc ? `${rule} @ document` : `${rule} @ ${i + 2}`);
    }
  });
  return out.sort();
}

function actual(text: string, messages: readonly LintMessage[]): string[] {
  const starts = lineStarts(text);
  return messages.map((m) => (m.documentLevel ? `${m.ruleId} @ document` : `${m.ruleId} @ ${positionAt(starts, m.range[0]).line + 1}`)).sort();
}

const errorsByRule = (messages: readonly LintMessage[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const m of messages) if (m.severity === 'error') out.set(m.ruleId, (out.get(m.ruleId) ?? 0) + 1);
  return out;
};

describe('scenario fixtures', () => {
  it('there are at least six, covering en, de, zh, ko, CRLF and a BOM', () => {
    assert.ok(fixtures.length >= 6);
    const texts = fixtures.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
    for (const l of ['en', 'de', 'zh', 'ko']) assert.ok(texts.some((t) => t.includes(`\nlocale: ${l}`) || t.includes(`\r\nlocale: ${l}`)), `a ${l} fixture`);
    assert.ok(texts.some((t) => t.includes('\r\n')), 'a CRLF fixture');
    assert.ok(texts.some((t) => t.charCodeAt(0) === 0xfeff), 'a fixture with a BOM');
  });

  it('the expectation parser reads both comment forms', () => {
    assert.deepEqual(expectations('a\n<!-- expect: x, y/z -->\nb\n# expect: w\n<!-- expect-document: d -->'), ['d @ document', 'w @ 5', 'x @ 3', 'y/z @ 3']);
  });

  for (const f of fixtures) {
    describe(f, () => {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const { messages } = lint(text);

      it('reports exactly the expected findings', () => {
        const expected = expectations(text);
        assert.ok(expected.length > 0, 'a fixture must expect something');
        const detail = messages.map((m) => `${m.ruleId}: ${m.message} @ ${JSON.stringify(text.slice(m.range[0], m.range[1]))}`).join('\n');
        assert.deepEqual(actual(text, messages), expected, detail);
      });

      it('fixes apply cleanly: no new errors, line endings and BOM kept, a second pass changes nothing', () => {
        const fixed = fixAll(text);
        const before = errorsByRule(messages);
        const after = errorsByRule(lint(fixed).messages);
        for (const [rule, n] of after) assert.ok(n <= (before.get(rule) ?? 0), `fixing added ${rule} errors`);
        if (messages.some((m) => m.fix)) assert.notEqual(fixed, text, 'fixable findings were fixed');
        assert.equal(fixed.charCodeAt(0) === 0xfeff, text.charCodeAt(0) === 0xfeff, 'BOM kept');
        if (text.includes('\r\n')) assert.ok(!/(?<!\r)\n/.test(fixed), 'CRLF kept');
        assert.equal(fixAll(fixed), fixed);
        assert.deepEqual(lint(fixed).messages.filter((m) => m.fix).map((m) => m.ruleId), []);
      });
    });
  }
});
