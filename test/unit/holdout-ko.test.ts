// Hold-out templates (test/fixtures/holdout/ko/): replies written independently of
// templates/ko/ to probe how the Korean phrase bank and tone lexicon generalize to someone
// Expectations by file name and the shared harness: test/holdout-support.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classificationSuite } from '../holdout-support.js';

const LANG = 'ko';
const { read, findings } = classificationSuite(LANG, { strictClean: true });

describe('hold-out (ko): messages and positions', () => {
  const spans = (file: string, rule: string): string[] => {
    const text = read(file);
    return findings(file).filter((m) => m.ruleId === rule).map((m) => text.slice(m.range[0], m.range[1]));
  };

  it('a vague decision is underlined where it is announced', () => {
    const [span, ...rest] = spans('missing-reason-legal.reply.md', 'termination-reason');
    assert.equal(rest.length, 0);
    assert.ok('여러 사항을 종합적으로 고려한 결과, 당사는 고객님과의 거래를 마무리하기로 했습니다.'.includes(span), span);
  });

  it('a refund refused by the terms does not count as a refund offer', () => {
    const text = read('missing-refund-negated.reply.md');
    assert.ok(text.includes('환불되지 않습니다'));
    const [m] = findings('missing-refund-negated.reply.md').filter((x) => x.ruleId === 'refund-offer');
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
    for (const m of findings('hostile-insulting.reply.md')) assert.match(m.message, /모욕적.*\(neutral-tone\/insult\)$/);
  });
});
