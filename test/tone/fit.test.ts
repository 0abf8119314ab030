// fitRewrites (server/src/engine/tone/fit.ts): a tone rewrite is offered only where its shape fits
// the slot of the flagged words, and lands there as well-formed text. Each case applies the fitted
// edit to a sentence and compares the whole result, so a splice that leaves a doubled full stop, a
// dangling comma, a lower-case sentence start or a sentence inside a sentence fails here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fitRewrites, opensSentence } from '../../server/src/engine/tone/fit.js';

/** Every result of offering `rewrites` for `span` (its first occurrence) in `text`. */
function results(text: string, span: string, rewrites: string[], language = 'en'): string[] {
  const a = text.indexOf(span);
  assert.ok(a >= 0, `"${span}" not in "${text}"`);
  return fitRewrites(text, 0, text.length, [a, a + span.length], rewrites, language).map((f) => text.slice(0, f.range[0]) + f.text + text.slice(f.range[1]));
}

describe('tone rewrites: sentences', () => {
  it('a whole-sentence rewrite replaces a whole sentence and keeps its mark, not two', () => {
    assert.deepEqual(results('Watch your tone. We will reply tomorrow.', 'Watch your tone', ['If this continues, we will end the business relationship.']), [
      'If this continues, we will end the business relationship. We will reply tomorrow.',
    ]);
    assert.deepEqual(results('We cannot apologise enough; please forgive us.', 'We cannot apologise enough', ['We apologise for this.']), ['We apologise for this; please forgive us.']);
    assert.deepEqual(results('Thanks.\nThat is not our problem', 'That is not our problem', ['We understand this is frustrating.']), ['Thanks.\nWe understand this is frustrating.']);
  });
  it('is not offered inside a sentence or where the sentence goes on', () => {
    assert.deepEqual(results('Pay by Friday or else.', 'or else', ['If this continues, we will end the business relationship.']), []);
    assert.deepEqual(results('A thousand apologies for the delay.', 'A thousand apologies', ['We apologise for this.']), []);
    assert.deepEqual(results('Due to your carelessness, the parcel was returned.', 'Due to your carelessness', ['This did not go as planned.']), []);
  });
  it('Chinese: a sentence ending in 。 replaces a sentence, never part of one', () => {
    assert.deepEqual(results('你自己看着办吧。我们明天回复。', '你自己看着办吧', ['我们会尽快处理。'], 'zh'), ['我们会尽快处理。我们明天回复。']);
    assert.deepEqual(results('你自己看着办吧我们不管了。', '你自己看着办吧', ['我们会尽快处理。'], 'zh'), []);
  });
});

describe('tone rewrites: openers', () => {
  it('an opener replaces a sentence opener and takes its comma', () => {
    assert.deepEqual(results('As I already explained, the refund takes five days.', 'As I already explained,', ['To summarise:']), ['To summarise: the refund takes five days.']);
    assert.deepEqual(results('For the third time, the order has shipped.', 'For the third time', ['To summarise:']), ['To summarise: the order has shipped.']);
    assert.deepEqual(results('正如我之前说过的，截止日期是周五。', '正如我之前说过的', ['简单来说：'], 'zh'), ['简单来说：截止日期是周五。']);
  });
  it('is not offered inside a sentence, before a question or before a single word', () => {
    assert.deepEqual(results('Just a friendly reminder that the invoice is overdue.', 'friendly reminder', ['To summarise:']), []);
    assert.deepEqual(results('Did you even read the instructions?', 'Did you even read', ['Here is how to do it:']), []);
    assert.deepEqual(results('Read our FAQ before emailing us again.', 'Read our FAQ before emailing us', ['Here is how to do it:']), []);
  });
});

describe('tone rewrites: removals', () => {
  it('an opener goes with its comma and the sentence starts with a capital', () => {
    assert.deepEqual(results('Obviously, the refund cannot be processed twice.', 'Obviously,', ['']), ['The refund cannot be processed twice.']);
    assert.deepEqual(results('Damn, that took a while.', 'Damn', ['']), ['That took a while.']);
    assert.deepEqual(results('Clearly you missed the notice.', 'Clearly', ['']), ['You missed the notice.']);
  });
  it('a whole sentence goes with its mark and one space', () => {
    assert.deepEqual(results('Thanks a lot for nothing. We have closed the ticket.', 'Thanks a lot for nothing', ['']), ['We have closed the ticket.']);
    assert.deepEqual(results('We have closed the ticket. Great job, genius.', 'Great job, genius', ['']), ['We have closed the ticket.']);
  });
  it('a comma-set aside goes with its comma', () => {
    assert.deepEqual(results('The form was wrong, damn.', 'damn', ['']), ['The form was wrong.']);
  });
  it('words a sentence may need stay: inside a sentence, or several words before its verb', () => {
    assert.deepEqual(results('What the hell were you thinking?', 'hell', ['']), []);
    assert.deepEqual(results('This is total bullshit.', 'bullshit', ['']), []);
    assert.deepEqual(results("It's not rocket science to reset a password.", "It's not rocket science", ['']), []);
    assert.deepEqual(results('Screw you and your review.', 'Screw you', ['']), []);
  });
  it('Korean letters on their own (ㅋㅋ) go anywhere, with one space', () => {
    assert.deepEqual(results('네 ㅋㅋ 확인했습니다.', 'ㅋㅋ', [''], 'ko'), ['네 확인했습니다.']);
    assert.deepEqual(results('확인했습니다 ㅋㅋ', 'ㅋㅋ', [''], 'ko'), ['확인했습니다']);
  });
});

describe('tone rewrites: phrases', () => {
  it('a lower-case phrase starts with a capital where it opens a sentence, and stays lower-case inside one', () => {
    assert.deepEqual(results('Tu pedido salió ayer.', 'Tu pedido', ['su pedido'], 'es'), ['Su pedido salió ayer.']);
    assert.deepEqual(results('Ayer salió tu pedido.', 'tu pedido', ['su pedido'], 'es'), ['Ayer salió su pedido.']);
    assert.deepEqual(results('NEVER send that file. We will NOT refund it.', 'NOT', ['not']), ['NEVER send that file. We will not refund it.']);
    assert.deepEqual(results('NEVER send that file.', 'NEVER', ['never']), ['Never send that file.']);
  });
  it('a capitalised phrase is sentence-initial wording in en, es and fr, but German nouns are capitalised anywhere', () => {
    assert.deepEqual(results('We are so terribly sorry for this.', 'so terribly sorry', ['We apologise']), []);
    assert.deepEqual(results('Wir haben dich informiert.', 'dich', ['Sie'], 'de'), ['Wir haben Sie informiert.']);
  });
  it('punctuation-only rewrites always fit, and duplicates are offered once', () => {
    assert.deepEqual(results('Why!!! We sent it.', '!!!', ['.', '.']), ['Why. We sent it.']);
  });
});

describe('opensSentence', () => {
  it('counts line breaks, sentence marks of every script and opening quotes', () => {
    const text = 'Hi Dana,\n"Obviously" yes. 好。Yes';
    assert.equal(opensSentence(text, 0, 0), true);
    assert.equal(opensSentence(text, 0, text.indexOf('Obviously')), true);
    assert.equal(opensSentence(text, 0, text.indexOf('yes')), false);
    assert.equal(opensSentence(text, 0, text.indexOf('Yes')), true);
  });
});
