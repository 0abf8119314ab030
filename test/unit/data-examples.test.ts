// Every inline example in the engine's YAML data is a test: phrase-bank examples must (not)
// satisfy their element, tone examples must be flagged (hostile) and not flagged (neutral).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import data from '../../server/src/engine/data/generated.js';
import { defaultConfig, elementHits, Knowledge, parse, analyzeTone } from '../../server/src/engine/index.js';

const knowledge = new Knowledge(defaultConfig());
const bodyDoc = (locale: string, body: string) => parse(`---\nlocale: ${locale}\n---\n${body}\n`);

describe('phrase bank examples', () => {
  for (const [lang, bank] of Object.entries(data.phrases)) {
    describe(lang, () => {
      for (const [element, set] of Object.entries(bank.elements)) {
        for (const text of set.examples?.satisfies ?? []) {
          it(`${element} ✓ ${text.slice(0, 60)}`, () => {
            assert.ok(elementHits(bodyDoc(lang, text), knowledge).has(element), `"${text}" should satisfy ${lang}/${element}`);
          });
        }
        for (const text of set.examples?.fails ?? []) {
          it(`${element} ✗ ${text.slice(0, 60)}`, () => {
            assert.ok(!elementHits(bodyDoc(lang, text), knowledge).has(element), `"${text}" should not satisfy ${lang}/${element}`);
          });
        }
        it(`${element} has examples`, () => {
          assert.ok((set.examples?.satisfies?.length ?? 0) > 0, `${lang}/${element} needs at least one "satisfies" example`);
        });
      }
    });
  }
  it('every policy element has a phrase set in every first-class locale', () => {
    const needed = new Set(data.policy.flatMap((r) => r.elements));
    for (const lang of ['en', 'de', 'zh', 'ko']) {
      const bank = data.phrases[lang];
      if (!bank) continue; // reported by the locale coverage test below once all banks exist
      for (const el of needed) assert.ok(bank.elements[el], `${lang} phrase bank lacks element "${el}"`);
    }
  });
});

describe('date words (phrase-bank set `date`, read by data-retrieval-deadline)', () => {
  it('every first-class locale has date words with examples of both kinds', () => {
    for (const lang of ['en', 'de', 'zh', 'ko']) {
      const date = data.phrases[lang]?.elements.date;
      assert.ok(date && date.match.length > 0, `${lang}: no date set`);
      assert.ok((date.examples?.satisfies?.length ?? 0) > 0 && (date.examples?.fails?.length ?? 0) > 0, `${lang}: date needs examples that do and do not carry a date`);
    }
  });
});

describe('tone lexicon examples', () => {
  for (const [lang, file] of Object.entries(data.tone)) {
    describe(lang, () => {
      file.entries.forEach((entry, i) => {
        for (const [hostile, neutral] of entry.examples ?? []) {
          it(`${entry.category}#${entry.id ?? i} flags "${hostile.slice(0, 50)}"`, () => {
            const found = analyzeTone(bodyDoc(lang, hostile), knowledge);
            assert.ok(found.some((f) => f.category === entry.category), `"${hostile}" should be flagged as ${entry.category}; got ${JSON.stringify(found.map((f) => f.category))}`);
          });
          it(`${entry.category}#${entry.id ?? i} passes "${neutral.slice(0, 50)}"`, () => {
            const found = analyzeTone(bodyDoc(lang, neutral), knowledge);
            assert.deepEqual(found.map((f) => `${f.category}: ${neutral.slice(f.range[0], f.range[1])}`), [], `"${neutral}" should not be flagged`);
          });
        }
      });
    });
  }
});

describe('bundled data compiles', () => {
  it('every phrase and tone pattern is valid', () => {
    const k = new Knowledge(defaultConfig());
    for (const lang of Object.keys(data.phrases)) k.elementMatcher(lang);
    for (const lang of Object.keys(data.tone)) k.toneMatcher(lang);
    assert.deepEqual(k.problems, []);
  });
});
