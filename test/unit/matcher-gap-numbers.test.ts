// A number written with separators ("2.4", "1.299,00", "15.03.2026") inside a `~N` gap is one
// word, not the end of a sentence: German dates and amounts put dots between digits.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseMatcher } from '../../server/src/engine/text/matcher.js';

const find = (pattern: string, text: string): string[] =>
  new PhraseMatcher([{ pattern, payload: null }]).findAll(text).map((m) => text.slice(m.start, m.end));

describe('matcher: numbers with separators inside gaps', () => {
  it('skips a version number, an amount and a dotted date as one word each', () => {
    assert.deepEqual(find('problem ~6 behoben', 'das problem ist seit version 2.4 behoben.'), ['problem ist seit version 2.4 behoben']);
    assert.deepEqual(find('haben ~8 erstattet', 'wir haben ihnen 1.299,00 eur erstattet.'), ['haben ihnen 1.299,00 eur erstattet']);
    assert.deepEqual(find('am ~3 gelöscht', 'am 15.03.2026 gelöscht.'), ['am 15.03.2026 gelöscht']);
    assert.deepEqual(find('refunded ~4 to', 'we refunded $1,299.00 to your card.'), ['refunded $1,299.00 to']);
  });
  it('still counts the number as a word against the gap', () => {
    assert.deepEqual(find('seit ~1 behoben', 'seit version 2.4 behoben.'), []);
  });
  it('still stops at a real sentence end after a number', () => {
    assert.deepEqual(find('kostet ~4 danach', 'es kostet 15. danach ist schluss.'), []);
    assert.deepEqual(find('version ~4 behoben', 'wir nutzen version 2. behoben ist nichts.'), []);
  });
});
