// Hold-out templates (test/fixtures/holdout/ko/): replies written independently of
// templates/ko/ to probe how the Korean phrase bank and tone lexicon generalize to someone
// else's wording. Each file name states the expectation:
//   clean-*            no error and no warning at all
//   missing-lawyer-*   lawyer-redirect reports (and nothing else)
//   missing-refund-*   refund-offer and/or refund-as-done report (and nothing else)
//   missing-reason-*   termination-reason reports (and nothing else)
//   missing-data-*     data-retrieval-deadline reports (and nothing else)
//   hostile-*          neutral-tone warns (and nothing else)
// Info-level notes (the tone model's whole-text hint, locale notes) do not count.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, type LintMessage } from '../../server/src/engine/index.js';

const LANG = 'ko';
const dir = path.resolve('test/fixtures/holdout', LANG);
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.reply.md')).sort();

const EXPECTED: Record<string, readonly string[]> = {
  'missing-lawyer': ['lawyer-redirect'],
  'missing-refund': ['refund-offer', 'refund-as-done'],
  'missing-reason': ['termination-reason'],
  'missing-data': ['data-retrieval-deadline'],
  hostile: ['neutral-tone'],
};

function kindOf(file: string): string {
  if (file.startsWith('clean-')) return 'clean';
  const kind = Object.keys(EXPECTED).find((k) => file.startsWith(`${k}-`));
  assert.ok(kind, `${file}: the name must start with clean-, hostile- or missing-(lawyer|refund|reason|data)-`);
  return kind;
}

const read = (file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');
/** Errors and warnings: what the CLI fails or warns on. */
const findings = (messages: readonly LintMessage[]): LintMessage[] =>
  messages.filter((m) => m.severity === 'error' || m.severity === 'warning');
const show = (text: string, ms: readonly LintMessage[]): string =>
  ms.map((m) => `${m.ruleId}: ${m.message} @ ${JSON.stringify(text.slice(m.range[0], m.range[1]))}`).join('\n');

describe(`hold-out templates (${LANG})`, () => {
  it('cover every expectation: at least 10 clean and 2 of each faulty kind, 24 in all, all in this locale', () => {
    assert.ok(files.length >= 24, `${files.length} files`);
    const count = (k: string): number => files.filter((f) => kindOf(f) === k).length;
    assert.ok(count('clean') >= 10, `clean: ${count('clean')}`);
    for (const k of Object.keys(EXPECTED)) assert.ok(count(k) >= 2, `${k}: ${count(k)}`);
    for (const f of files) assert.match(read(f), new RegExp(`^locale: ${LANG}$`, 'm'), f);
  });

  for (const file of files) {
    const kind = kindOf(file);
    it(`${file} is classified as ${kind}`, () => {
      const text = read(file);
      const found = findings(lint(text).messages);
      for (const m of found) assert.ok(0 <= m.range[0] && m.range[0] <= m.range[1] && m.range[1] <= text.length, `${m.ruleId}: range in the text`);
      if (kind === 'clean') {
        assert.equal(show(text, found), '', `${file} should be clean`);
        return;
      }
      const expected = EXPECTED[kind];
      assert.ok(found.some((m) => expected.includes(m.ruleId)), `${file}: expected ${expected.join(' or ')}, got:\n${show(text, found) || '(nothing)'}`);
      const others = found.filter((m) => !expected.includes(m.ruleId));
      assert.equal(show(text, others), '', `${file}: only ${expected.join('/')} should report`);
    });
  }
});

describe('hold-out (ko): messages and positions', () => {
  const spans = (file: string, rule: string): string[] => {
    const text = read(file);
    return findings(lint(text).messages).filter((m) => m.ruleId === rule).map((m) => text.slice(m.range[0], m.range[1]));
  };

  it('a vague decision is underlined where it is announced', () => {
    const [span, ...rest] = spans('missing-reason-legal.reply.md', 'termination-reason');
    assert.equal(rest.length, 0);
    assert.ok('여러 사항을 종합적으로 고려한 결과, 당사는 고객님과의 거래를 마무리하기로 했습니다.'.includes(span), span);
  });

  it('a refund refused by the terms does not count as a refund offer', () => {
    const text = read('missing-refund-negated.reply.md');
    assert.ok(text.includes('환불되지 않습니다'));
    const [m] = findings(lint(text).messages).filter((x) => x.ruleId === 'refund-offer');
    assert.ok(m?.documentLevel, 'a missing element is a document-level finding');
  });

  it('a cause in 해요체 (…압박하셔서) is a reason, in clean and hostile replies alike', () => {
    assert.deepEqual(spans('clean-termination-terse.reply.md', 'termination-reason'), []);
    assert.deepEqual(spans('hostile-insulting-shouting.reply.md', 'termination-reason'), []);
  });

  it('verdicts on the person are reported on their own words, in Korean', () => {
    const found = spans('hostile-insulting.reply.md', 'neutral-tone');
    assert.deepEqual(found.slice(0, 2), ['막무가내', '억지를 부리']);
    assert.ok(found[2]?.includes('감당이 안'), found.join(' | '));
    const text = read('hostile-insulting.reply.md');
    for (const m of findings(lint(text).messages)) assert.match(m.message, /모욕적.*\(neutral-tone\/insult\)$/);
  });
});
