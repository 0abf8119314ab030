// Property-based tests of the engine (fast-check). `npm test` runs a modest count;
// `npm run test:fuzz` runs many more (FC_RUNS, default 20000 there).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes, lint, type LintMessage } from '../../server/src/engine/index.js';

const RUNS = Number(process.env.FC_RUNS ?? 150);

/** Pieces that exercise the parser: fences, YAML, placeholders, comments, quotes, CJK, controls. */
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '---\n', '---', '\n', '\r\n', '\r', '\uFEFF', '\u0000', '\u202E', '\u200B', '\u0301', '\uD800', '\uDC00', '😀', '👩‍👩‍👧',
    'type: will\n', 'stage: termination\n', 'locale: ko\n', 'locale: zh\n', 'locale: de\n', 'legal_threat: true\n', 'business: service\n',
    'variables:\n  a: { example: x }\n', '{{a}}', '{{ a b }}', '{{', '}}', '{{{a}}}', '{a}', '<!-- replylint-disable-next-line neutral-tone -->',
    '<!-- replylint-disable -->', '<!-- replylint-enable -->', '<!--', '-->', '```\n', '`x`', '> quoted YOU IDIOT\n', '“a b c d”',
    'refund', 'We have refunded your purchase. ', '退款', '환불해 드렸습니다', 'Rückerstattung', 'ALL CAPS NOW', '!!', '?!', '！！',
    'TODO', '[link]', 'http://x.y/z', '[t](javascript:alert(1))', '# Heading\n', '- item\n', 'stgae: x\n', '&a [*a]', 'key: [\n',
  ),
);
const docArb = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

function isCodePointBoundary(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return true;
  const prev = text.charCodeAt(i - 1);
  const cur = text.charCodeAt(i);
  return !(prev >= 0xd800 && prev <= 0xdbff && cur >= 0xdc00 && cur <= 0xdfff);
}

function checkRanges(text: string, messages: readonly LintMessage[]): void {
  for (const m of messages) {
    const [a, b] = m.range;
    assert.ok(Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b && b <= text.length, `${m.ruleId} range ${a}-${b} outside 0-${text.length}`);
    assert.ok(isCodePointBoundary(text, a) && isCodePointBoundary(text, b), `${m.ruleId} range ${a}-${b} splits a surrogate pair`);
    for (const e of [...(m.fix?.edits ?? []), ...(m.suggestions ?? []).flatMap((s) => s.edits)]) {
      assert.ok(0 <= e.range[0] && e.range[0] <= e.range[1] && e.range[1] <= text.length, `${m.ruleId} edit outside the text`);
    }
  }
}

const errors = (text: string): number => lint(text).messages.filter((m) => m.severity === 'error').length;

function fixAll(text: string): string {
  let current = text;
  for (let i = 0; i < 10; i++) {
    const r = applyFixes(current, lint(current).messages);
    if (r.applied === 0 || r.text === current) break;
    current = r.text;
  }
  return current;
}

describe('engine properties', () => {
  it('never throws, and every range lies inside the text on code-point boundaries', () => {
    fc.assert(fc.property(docArb, (text) => {
      const { messages } = lint(text);
      assert.ok(!messages.some((m) => m.ruleId === 'internal-error'), JSON.stringify(messages.find((m) => m.ruleId === 'internal-error')));
      checkRanges(text, messages);
    }), { numRuns: RUNS });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(docArb, (text) => {
      assert.deepEqual(lint(text).messages, lint(text).messages);
    }), { numRuns: Math.ceil(RUNS / 3) });
  });

  it('fixes add no errors, and a second fix pass changes nothing', () => {
    fc.assert(fc.property(docArb, (text) => {
      const fixed = fixAll(text);
      assert.ok(errors(fixed) <= errors(text), 'fixing added errors');
      assert.equal(fixAll(fixed), fixed, 'second pass changed the text');
    }), { numRuns: Math.ceil(RUNS / 3) });
  });
});
