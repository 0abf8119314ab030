// Hold-out templates (test/fixtures/holdout/zh/): replies written independently of
// templates/zh/ to probe how the Chinese phrase bank and tone lexicon generalize to someone
// Expectations by file name and the shared harness: test/holdout-support.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { classificationSuite } from '../holdout-support.js';

const LANG = 'zh';
const { read, findings } = classificationSuite(LANG, { strictClean: true });

describe('hold-out (zh): messages and positions', () => {
  const spans = (file: string, rule: string): string[] => {
    const text = read(file);
    return findings(file).filter((m) => m.ruleId === rule).map((m) => text.slice(m.range[0], m.range[1]));
  };

  it('a vague decision is underlined where it is announced', () => {
    const [span, ...rest] = spans('missing-reason-vague.reply.md', 'termination-reason');
    assert.equal(rest.length, 0);
    assert.ok(span.includes('决定') && '经过内部讨论，我们决定终止与您的合作。'.includes(span), span);
  });

  it('a refund refused by the terms does not count as a refund offer', () => {
    const text = read('missing-refund-negated.reply.md');
    assert.ok(text.includes('不予退还'));
    const [m] = findings('missing-refund-negated.reply.md').filter((x) => x.ruleId === 'refund-offer');
    assert.ok(m?.documentLevel, 'a missing element is a document-level finding');
    assert.match(m.message, /refund/);
  });

  it('sarcasm and verdicts on the person are reported on their own words, in Chinese', () => {
    assert.deepEqual(spans('hostile-sarcastic.reply.md', 'neutral-tone'), ['自愧不如', '更能包容您']);
    assert.deepEqual(spans('hostile-insulting.reply.md', 'neutral-tone'), ['蛮不讲理', '无理取闹', '伺候不起']);
    for (const m of findings('hostile-sarcastic.reply.md')) assert.match(m.message, /讽刺.*\(neutral-tone\/sarcasm\)$/);
  });
});
