// The ICU-free sentence rules (engine/text/sentence-break.ts) must cut exactly where
// Intl.Segmenter cuts, for every text they accept; anything else goes to ICU.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fastSentenceStarts, isTrimSpace } from '../../server/src/engine/text/sentence-break.js';
import { parse } from '../../server/src/engine/index.js';

const RUNS = Number(process.env.FC_RUNS ?? 150) * 20;
const LOCALES = ['en', 'de', 'zh', 'ko'];
const segmenters = new Map(LOCALES.map((l) => [l, new Intl.Segmenter(l, { granularity: 'sentence' })]));
const icuStarts = (s: string, locale: string): number[] => [...(segmenters.get(locale) as Intl.Segmenter).segment(s)].map((x) => x.index);

// Pieces that exercise every rule: abbreviations, numbers, quotes after a full stop, commas and
// semicolons after one, line breaks, CJK punctuation, and characters of every class.
const PIECES = [
  'Mr', 'etc', 'e.g', 'U.S.', '3.5', 'We ', 'you ', 'Der ', 'und ', 'ß', 'Ä', 'é', '환불', '고객님', '退款', '您',
  '.', '. ', '!', '?', '?!', '...', ',', ';', ':', '-', '–', '—', '"', "'", '(', ')', '[', ']', '«', '»', '‘', '’', '“', '”', '„',
  ' ', '  ', '\t', '\n', '\r\n', '\r', '\u00a0', '\u3000', '。', '！', '？', '，', '、', '：', '；', '（', '）', '「', '」', '《', '》', '【', '】', '．',
  'a', 'Z', '0', '7', '€', '…', '•', '·', '～', '%', '/', '&', '@', '#', '*', '+', '=', '<', '>', '_', '~', '|', '`', '{', '}', 'ª', 'µ', '¿', '¡',
];

describe('ICU-free sentence boundaries', () => {
  it('agree with Intl.Segmenter on random text in en, de, zh and ko', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.constantFrom(...LOCALES), (parts, locale) => {
      const s = parts.join('');
      const fast = fastSentenceStarts(s);
      assert.ok(fast, `every piece is in the fast alphabet: ${JSON.stringify(s)}`);
      assert.deepEqual(fast, icuStarts(s, locale), JSON.stringify(s));
    }), { numRuns: RUNS, seed: 7 });
  });

  it('split a range of a longer text exactly as they split that slice alone', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
      const s = parts.join('');
      const from = s.length ? x % (s.length + 1) : 0;
      const to = from + (s.length - from ? y % (s.length - from + 1) : 0);
      const alone = fastSentenceStarts(s.slice(from, to));
      assert.deepEqual(fastSentenceStarts(s, from, to), alone && alone.map((i) => i + from), JSON.stringify([s, from, to]));
    }), { numRuns: RUNS, seed: 11 });
  });

  it('trim exactly what String.prototype.trim removes', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      assert.equal(isTrimSpace(c), ch.trim() === '', `U+${c.toString(16)}`);
    }
  });

  it('agree on typical reply sentences', () => {
    const samples = [
      'Thank you for your message. We have refunded $12.50 to your card, e.g. the one ending in 4242. See you!',
      'As discussed (see our e-mail of 3.5.2026), the account closes today.\nPlease export your data.',
      'Wir haben Ihnen 49,90 € erstattet. Bei Fragen: support@example.com; wir helfen gern!',
      '我们已为您办理全额退款。如有疑问，请联系我们！谢谢。',
      '고객님, 환불이 완료되었습니다. 데이터는 30일 이내에 내려받으실 수 있습니다! 감사합니다.',
      '"Is this final?" she asked. "Yes." The end.',
    ];
    for (const s of samples) for (const l of LOCALES) assert.deepEqual(fastSentenceStarts(s), icuStarts(s, l), s);
  });

  it('hands text with other characters to ICU, and the document sentences stay the same', () => {
    for (const s of ['Combining a\u0301 mark.', 'Soft\u00adhyphen. Next.', 'Emoji 😀. Next.', 'Full-width ＡＢＣ. Next.', 'Ctrl\u0007. Next.']) {
      assert.equal(fastSentenceStarts(s), null, JSON.stringify(s));
    }
    const doc = parse('---\nlocale: en\n---\nEmoji 😀 here. And a\u0301 mark. Done.\n');
    assert.deepEqual(doc.sentences.map((x) => doc.text.slice(x.range[0], x.range[1])), ['Emoji 😀 here.', 'And a\u0301 mark.', 'Done.']);
  });
});
