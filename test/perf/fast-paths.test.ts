// The performance fast paths must give exactly what the slow, general code gives.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fastWordCount } from '../../server/src/engine/text/words.js';

const LOCALES = ['en', 'de', 'zh', 'ko'];
const wordSeg = new Map(LOCALES.map((l) => [l, new Intl.Segmenter(l, { granularity: 'word' })]));
const icuCount = (locale: string, s: string): number => {
  let n = 0;
  for (const w of wordSeg.get(locale)!.segment(s)) if (w.isWordLike) n++;
  return n;
};

describe('fastWordCount agrees with Intl.Segmenter', () => {
  it('on seeded random text over every character class it handles (and some it does not)', () => {
    const alphabet = ['a', 'Z', 'é', 'ß', 'Ü', 'ÿ', 'À', '1', '0', '.', "'", '’', ',', ';', ':', ' ', '\u00A0', '\n', '\t', '-', '!', '?', '(', '"', '“', '”', '–', '—', '…', '•', '€', '£', '$', '%', '&', '/', '@', '#', '*', '_', '가', '힣', '中', '×', '\u0301'];
    let seed = 12345;
    const rnd = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    let fast = 0;
    for (let i = 0; i < 8000; i++) {
      const len = 1 + Math.floor(rnd() * (i % 2 ? 30 : 6));
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      const f = fastWordCount(s);
      if (f < 0) continue;
      fast++;
      for (const l of LOCALES) assert.equal(f, icuCount(l, s), `${l}: ${JSON.stringify(s)}`);
    }
    assert.ok(fast > 2000, `only ${fast} strings took the fast path`);
  });

  it('on every sentence of the shipped templates', () => {
    const root = path.join(import.meta.dirname, '../../templates');
    let fast = 0;
    for (const l of LOCALES) {
      const dir = path.join(root, l);
      if (!fs.existsSync(dir)) continue;
      const sentences = new Intl.Segmenter(l, { granularity: 'sentence' });
      for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.reply.md'))) {
        for (const s of sentences.segment(fs.readFileSync(path.join(dir, f), 'utf8'))) {
          const t = s.segment.trim();
          const n = fastWordCount(t);
          if (n < 0) continue;
          fast++;
          assert.equal(n, icuCount(l, t), `${l}/${f}: ${JSON.stringify(t)}`);
        }
      }
    }
    assert.ok(fast > 100);
  });

  it('declines text it cannot count exactly', () => {
    assert.equal(fastWordCount('我们会退款'), -1);
    assert.equal(fastWordCount('snake_case'), -1);
    assert.equal(fastWordCount('cafe\u0301'), -1);
    assert.equal(fastWordCount("We can't refund 1,299.00 today: e.g. now."), icuCount('en', "We can't refund 1,299.00 today: e.g. now."));
  });
});

