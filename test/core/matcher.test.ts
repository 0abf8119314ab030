import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compilePattern, PatternError, PhraseMatcher, normalizeString } from '../../server/src/engine/index.js';
import { normalize, toOriginal } from '../../server/src/engine/text/normalize.js';

function find(pattern: string, text: string): string[] {
  const nt = normalize(text, 0, text.length, []);
  const m = new PhraseMatcher([{ pattern, payload: null }]);
  assert.deepEqual(m.errors, []);
  return m.findAll(nt.text).map((x) => {
    const [a, b] = toOriginal(nt, x.start, x.end);
    return text.slice(a, b);
  });
}

describe('phrase matcher', () => {
  it('matches whole words in spaced scripts', () => {
    assert.deepEqual(find('refund', 'A refund, not refunds.'), ['refund']);
    assert.deepEqual(find('refund*', 'A refund, not refunds.'), ['refund', 'refunds']);
    assert.deepEqual(find('*erstattung', 'Die Rückerstattung ist da.'), ['Rückerstattung']);
  });
  it('is case-, width- and whitespace-insensitive', () => {
    assert.deepEqual(find('full refund', 'a FULL\n   Refund'), ['FULL\n   Refund']);
    assert.deepEqual(find('refund', 'ＲＥＦＵＮＤ'), ['ＲＥＦＵＮＤ']);
    assert.deepEqual(find("we've", 'We’ve done it'), ['We’ve']);
  });
  it('expands alternatives, optional words and multi-word alternatives', () => {
    assert.deepEqual(find('(have|has|) refunded', 'we refunded; she has refunded'), ['refunded', 'has refunded']);
    assert.deepEqual(find('(due to|because of) your', 'due to your messages'), ['due to your']);
  });
  it('allows bounded gaps that never cross a sentence end', () => {
    assert.deepEqual(find('all further correspondence ~8 lawyer', 'All further correspondence will be handled by our lawyer.'), ['All further correspondence will be handled by our lawyer']);
    assert.deepEqual(find('refund ~2 issued', 'refund. It was issued'), []);
    assert.deepEqual(find('refund ~2 issued', 'refund has now been issued'), []);
    assert.deepEqual(find('refund ~3 issued', 'refund has now been issued'), ['refund has now been issued']);
  });
  it('matches CJK anywhere, with or without spaces between words', () => {
    assert.deepEqual(find('已 ~2 退款', '我们已为您退款。'), ['已为您退款']);
    assert.deepEqual(find('환불 처리', '환불처리가 완료되었습니다'), ['환불처리']);
    assert.deepEqual(find('<야>', '이거 해야 돼. 알았야'), []);
  });
  it('treats a placeholder as one object and numbers as #', () => {
    const m = new PhraseMatcher([{ pattern: 'within # (hours|days)', payload: 1 }]);
    assert.equal(m.findAll(normalizeString('reply within 24 hours')).length, 1);
    assert.equal(m.findAll(normalizeString('reply within hours')).length, 0);
  });
  it('rejects malformed patterns with a reason', () => {
    for (const bad of ['(a|b', 'a)', '~ a', 'a ~', '# a', '', '(|)', '((a))']) {
      assert.throws(() => compilePattern(bad, null), PatternError, bad);
    }
  });
  it('stays linear on adversarial input (many anchor hits, long gaps)', () => {
    const patterns = Array.from({ length: 200 }, (_, i) => ({ pattern: `a ~12 (b${i}|c${i}) ~12 d`, payload: i }));
    const m = new PhraseMatcher(patterns);
    const text = 'a '.repeat(5_000);
    const t0 = process.hrtime.bigint();
    assert.equal(m.findAll(text).length, 0);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    // Not a timing assertion of speed targets: a guard that work is bounded (seconds would mean blow-up).
    assert.ok(ms < 20_000, `took ${ms} ms`);
  });
});

describe('normalize', () => {
  it('maps every normalized unit back to the original text', () => {
    const text = 'Ａ\u200Bb  c\u0301\r\n— “d”';
    const nt = normalize(text, 0, text.length, []);
    assert.equal(nt.text, 'ab \u0107 - "d"');
    const [a, b] = toOriginal(nt, nt.text.indexOf('ć'), nt.text.indexOf('ć') + 1);
    assert.equal(text.slice(a, b), 'c\u0301');
  });
  it('drops bidi and zero-width controls and keeps lone surrogates harmless', () => {
    const text = 'x\u202Ey\uD800z\u2066';
    const nt = normalize(text, 0, text.length, []);
    assert.equal(nt.text.replace(/\uD800/, '?'), 'xy?z');
  });
  it('turns masks into spaces or one object unit', () => {
    const text = 'see {{link}} now `code` end';
    const nt = normalize(text, 0, text.length, [
      { range: [4, 12], kind: 'object' },
      { range: [17, 23], kind: 'space' },
    ]);
    assert.equal(nt.text, 'see \uFFFC now end');
  });
});

describe('phrase matcher: Korean open ends', () => {
  it('`word*` on a Korean word extends to the end of the eojeol, over Hangul syllables only', () => {
    assert.deepEqual(find('환불 ~3 원하시*', '환불을 원하시면 알려 주세요.'), ['환불을 원하시면']);
    assert.deepEqual(find('원하시*', '원하시는데, 원하시'), ['원하시는데', '원하시']);
    // Without `*` the match still ends where the pattern does.
    assert.deepEqual(find('환불 ~3 원하시', '환불을 원하시면 알려 주세요.'), ['환불을 원하시']);
    // Chinese has no word spaces: `*` must not swallow the rest of the sentence.
    assert.deepEqual(find('退款*', '我们已经退款给您。'), ['退款']);
  });
});

describe('normalization details', () => {
  it('never lets a phrase or a gap cross a blank line', () => {
    assert.deepEqual(find('if ~6 continues ~10 end', 'If this continues\n\nwe will end it.'), []);
    assert.deepEqual(find('if ~6 continues ~10 end', 'If this continues, we will end it.'), ['If this continues, we will end it'.slice(0, 'If this continues, we will end'.length)]);
    assert.deepEqual(find('thank you', 'Thank\nyou'), ['Thank\nyou']);
  });
  it('treats ß and ss as the same', () => {
    assert.deepEqual(find('schliessen', 'Wir schließen das Konto.'), ['schließen']);
    assert.deepEqual(find('schließen', 'Wir schliessen das Konto.'), ['schliessen']);
  });
});
