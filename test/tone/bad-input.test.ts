// neutral-tone on hostile input: mixed scripts, emoji, full-width forms, zero-width and bidi
// controls, very long lines and a 1 MB paragraph. No crash, and every range points at the
// exact original characters.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig, lint } from '../../server/src/engine/index.js';
import { spanOf, template } from '../helpers.js';

const config = { ...defaultConfig(), only: ['neutral-tone'] };
const tone = (text: string) => lint(text, config).messages.filter((m) => m.ruleId === 'neutral-tone' && (m.data as { category: string }).category !== 'score');
const spans = (text: string) => tone(text).map((m) => spanOf(text, m));

describe('bad input', () => {
  it('emoji and astral characters before a finding keep positions exact', () => {
    const text = template({ type: 'generic', locale: 'en' }, '👍🏽👨‍👩‍👧 𝒜 Thanks a lot for nothing. 🙂');
    assert.deepEqual(spans(text), ['Thanks a lot for nothing']);
  });
  it('full-width Latin and punctuation are matched and reported on the original characters', () => {
    const text = template({ type: 'generic', locale: 'en' }, 'Ｙｏｕ ａｒｅ ａｎ ｉｄｉｏｔ！！');
    assert.deepEqual(spans(text), ['ｉｄｉｏｔ', '！！']);
  });
  it('zero-width and bidi controls inside a word do not hide it; the span covers them', () => {
    const text = template({ type: 'generic', locale: 'en' }, 'Only an id\u200Biot would do that. \u202Eobviously\u202C, no.');
    assert.deepEqual(spans(text), ['id\u200Biot', 'obviously\u202C,']);
    const de = template({ type: 'generic', locale: 'de' }, 'Das ist ganz allein Ihre\u2060 Schuld\uFEFF.');
    assert.deepEqual(spans(de), ['Das ist ganz allein Ihre\u2060 Schuld']);
  });
  it('mixed-language lines: each script gets its own lexicon, positions stay exact', () => {
    const text = 'Hello 👋 — 这个建议简直是垃圾 — 고객님 진짜 한심하네요 — die Lieferung kommt.';
    assert.deepEqual(spans(text), ['垃圾', '한심']);
  });
  it('CRLF line endings and Korean endings before a line break', () => {
    const text = template({ type: 'generic', locale: 'ko' }, '환불은 내일 처리할게\n감사합니다.\n').replace(/\n/g, '\r\n');
    assert.deepEqual(spans(text), ['처리할게']);
  });
  it('a very long line (200 KB) finds the word at its end', () => {
    const body = 'We checked the order again and everything is in place. '.repeat(3600) + 'Obviously the parcel left on Monday.';
    const text = template({ type: 'generic', locale: 'en' }, body);
    const found = spans(text);
    assert.deepEqual(found, ['Obviously']);
  });
  it('a 1 MB paragraph (en, zh) and 200 KB ones (de, ko): no crash, exact spans, bounded time', () => {
    const cases: [string, string, string, number][] = [
      ['en', 'The parcel is on its way and should arrive soon. ', 'you are wrong', 1_000_000],
      ['zh', '您的包裹已经发出，很快就会送到。', '这都不懂', 1_000_000],
      ['de', 'Das Paket ist unterwegs und kommt bald bei Ihnen an. ', 'Ihre eigene Schuld', 200_000],
      ['ko', '주문하신 상품은 곧 도착할 예정입니다. ', '한심', 200_000],
    ];
    for (const [locale, filler, bad, size] of cases) {
      const reps = Math.ceil(size / filler.length);
      const body = filler.repeat(reps / 2) + bad + '. ' + filler.repeat(reps / 2);
      const text = template({ type: 'generic', locale }, body);
      const t0 = performance.now();
      const found = spans(text);
      const ms = performance.now() - t0;
      assert.ok(found.some((s) => s.toLowerCase() === bad.toLowerCase()), `${locale}: ${JSON.stringify(found.slice(0, 5))}`);
      assert.ok(ms < 10000, `${locale}: ${ms.toFixed(0)} ms`);
    }
  });
  it('control characters, lone surrogates and empty bodies do not crash', () => {
    for (const body of ['', '\u0000\u0001\u0002', '\uD800 idiot \uDC00', '\u202E\u202D\u2066\u2069', '!!!???', '＼(^o^)／ｗｗｗ']) {
      assert.doesNotThrow(() => tone(template({ type: 'generic', locale: 'en' }, body)));
      assert.doesNotThrow(() => tone(body));
    }
    const text = template({ type: 'generic', locale: 'en' }, '\uD800 idiot \uDC00');
    assert.deepEqual(spans(text), ['idiot']);
  });
});
