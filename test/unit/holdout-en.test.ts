// Hold-out templates (test/fixtures/holdout/en/): replies written independently of
// templates/en/ to probe how the English phrase bank and tone lexicon generalize to someone
// Expectations by file name and the shared harness: test/holdout-support.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertStarts, classificationSuite } from '../holdout-support.js';

const LANG = 'en';
const { read, findings, spansTrimmed: spans } = classificationSuite(LANG);

describe(`hold-out (${LANG}): messages and positions`, () => {

  it('a vague decision is underlined where it is announced, not on the front matter', () => {
    assert.deepEqual(spans('missing-reason-decided.reply.md', 'termination-reason'), ['we have decided to end']);
    assert.deepEqual(spans('missing-reason-careful-consideration.reply.md', 'termination-reason'), ['After careful consideration']);
    assert.deepEqual(spans('missing-reason-not-working.reply.md', 'termination-reason'), ["isn't working out"]);
  });

  it('a refund offered as a question is underlined on the question, with a rewrite that states it as sent', () => {
    const text = read('missing-refund-termination-question.reply.md');
    const [m, ...rest] = findings('missing-refund-termination-question.reply.md').filter((x) => x.ruleId === 'refund-as-done');
    assert.equal(rest.length, 0);
    assert.equal(text.slice(m.range[0], m.range[1]), 'Would you like us to refund');
    assert.match(m.message, /issue it and say that it has been sent/);
    assert.ok(m.suggestions?.some((s) => /refunded/.test(s.edits[0].text)), 'suggests a refund-issued sentence');
  });

  it('a refund refused by the terms is not a refund, and the missing lawyer is a document-level finding', () => {
    const [refund] = findings('missing-refund-termination-negated.reply.md').filter((x) => x.ruleId === 'refund-offer');
    assert.ok(refund?.documentLevel);
    assert.match(refund.message, /refund offer or statement/);
    // "Our attorney has read your letter" mentions a lawyer but redirects nothing.
    const [lawyer] = findings('missing-lawyer-legal-refund.reply.md');
    assert.equal(lawyer.ruleId, 'lawyer-redirect');
    assert.match(lawyer.message, /redirect of all further correspondence to your lawyer/);
  });

  it('hostile wording is reported on its own words, by category', () => {
    assertStarts(spans('hostile-passive-aggressive.reply.md', 'neutral-tone'), ['As I\'ve already explained', 'Per my last email', 'Not sure how much clearer we can']);
    assertStarts(spans('hostile-condescending.reply.md', 'neutral-tone'), ['Obviously', 'let me spell it out', "It's really not that hard", 'a child could', 'too complicated for you']);
    const shouting = findings('hostile-shouting-insult.reply.md').map((m) => m.subId);
    assert.deepEqual(shouting, ['shouting', 'insult']);
  });

  it('reporting what the customer called our staff is not itself an insult', () => {
    // clean-dwight-termination cites "you called one of our agents an idiot"; the terse
    // termination says "you told two of our engineers they were useless".
    assert.ok(read('clean-dwight-termination.reply.md').includes('an idiot'));
    assert.deepEqual(spans('clean-dwight-termination.reply.md', 'neutral-tone'), []);
    assert.deepEqual(spans('clean-termination-terse.reply.md', 'neutral-tone'), []);
  });
});
