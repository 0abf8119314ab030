// The matcher's two shortcuts (a full transition table for small alphabets, and checking only
// patterns whose words all occur in the text) must find exactly what the plain Aho-Corasick
// walk finds. Compared on the shipped lexicons and phrase banks of every locale, on their own
// example texts and on random texts built from their words.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { PhraseMatcher } from '../../server/src/engine/index.js';
import { normalize } from '../../server/src/engine/text/normalize.js';
import data from '../../server/src/engine/data/generated.js';

const RUNS = Number(process.env.FC_RUNS ?? 150);

interface Bank { name: string; patterns: string[]; examples: string[] }

function banks(): Bank[] {
  const out: Bank[] = [];
  for (const [locale, file] of Object.entries(data.tone)) {
    const patterns = file.entries.flatMap((e) => [...(e.match ?? []), ...(e.exclude ?? [])]);
    const examples = file.entries.flatMap((e) => (e.examples ?? []).flat());
    out.push({ name: `tone.${locale}`, patterns, examples });
  }
  for (const [locale, bank] of Object.entries(data.phrases)) {
    const sets = Object.values(bank.elements);
    const patterns = sets.flatMap((s) => [...s.match, ...(s.exclude ?? [])]);
    const examples = sets.flatMap((s) => Object.values((s as { examples?: Record<string, string[]> }).examples ?? {}).flat());
    out.push({ name: `phrases.${locale}`, patterns, examples });
  }
  return out;
}

const show = (m: PhraseMatcher<number>, text: string): string[] => m.findAll(text).map((x) => `${x.start}-${x.end}:${x.pattern.payload}`);
const prose = (text: string): string => normalize(text, 0, text.length, []).text;

function templateTexts(): string[] {
  const root = path.resolve('templates');
  return fs.readdirSync(root).flatMap((l) => fs.readdirSync(path.join(root, l)).map((f) => fs.readFileSync(path.join(root, l, f), 'utf8')));
}

describe('phrase matcher fast paths', () => {
  const all = banks();
  const templates = templateTexts().map(prose);

  it('uses the transition table for Latin-script banks and the map walk for CJK ones', () => {
    const dense = (name: string): boolean => {
      const b = all.find((x) => x.name === name);
      assert.ok(b, name);
      return (new PhraseMatcher(b.patterns.map((pattern, i) => ({ pattern, payload: i }))) as unknown as { dense: unknown }).dense !== null;
    };
    assert.equal(dense('tone.en'), true);
    assert.equal(dense('phrases.de'), true);
    assert.equal(dense('tone.zh'), false);
    assert.equal(dense('phrases.ko'), false);
  });

  for (const bank of all) {
    it(`${bank.name}: same matches as the reference walk`, () => {
      const entries = bank.patterns.map((pattern, i) => ({ pattern, payload: i }));
      const fast = new PhraseMatcher(entries);
      const reference = new PhraseMatcher(entries, { reference: true });
      const texts = [...bank.examples.map(prose), ...templates];
      let matched = 0;
      for (const t of texts) {
        const expected = show(reference, t);
        matched += expected.length;
        assert.deepEqual(show(fast, t), expected, t.slice(0, 80));
      }
      assert.ok(matched > 0, 'the texts exercise the patterns');
      // Random texts from the bank's own words, so patterns come close to matching.
      const words = [...new Set(bank.patterns.flatMap((p) => p.replace(/[()|*<>~#]|\{\{\}\}/g, ' ').split(/\s+/)).filter(Boolean))];
      const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', ', ', '. ', '\n', '!', '1.299,00', '￼'), fc.string({ maxLength: 3 }));
      fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const t = prose(parts.join(' '));
        assert.deepEqual(show(fast, t), show(reference, t));
      }), { numRuns: RUNS, seed: 42 });
    });
  }
});
