import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../server/src/engine/index.js';
import { boundedPieces } from '../../server/src/engine/parse/document.js';

describe('sentences', () => {
  it('cuts long text into pieces at sentence ends, covering every character once', () => {
    const text = 'One short sentence here. '.repeat(2000);
    const pieces = boundedPieces(text, 0, text.length);
    assert.ok(pieces.length > 5);
    assert.equal(pieces[0][0], 0);
    assert.equal(pieces[pieces.length - 1][1], text.length);
    for (let i = 1; i < pieces.length; i++) assert.equal(pieces[i][0], pieces[i - 1][1]);
    for (const [, b] of pieces.slice(0, -1)) assert.equal(text[b - 1], ' ', 'cut after the space that follows a full stop');
  });
  it('never cuts a surrogate pair when there is no sentence end or space', () => {
    const text = '😀'.repeat(5000);
    for (const [a, b] of boundedPieces(text, 0, text.length)) {
      assert.ok(!(text.charCodeAt(a) >= 0xdc00 && text.charCodeAt(a) <= 0xdfff), `piece starts inside a pair at ${a}`);
      assert.ok(b > a);
    }
  });
  it('segments a 1 MB paragraph in linear time with the same sentences as a short one', () => {
    const sentence = 'We want to help you get the export working again today. ';
    const small = parse(`---\nlocale: en\n---\n${sentence.repeat(3)}`).sentences;
    assert.deepEqual(small.map((s) => s.words), [11, 11, 11]);
    const big = parse(`---\nlocale: en\n---\n${sentence.repeat(Math.ceil(1_000_000 / sentence.length))}`).sentences;
    assert.ok(big.length > 17_000);
    assert.ok(big.every((s) => s.words === 11));
  });
});

describe('overlapsMask', () => {
  it('answers like a scan over every mask, by kind and for any kind', () => {
    const text = '---\nlocale: en\n---\nHi {{a}}, see `code` and <!-- note --> and https://x.y/z and > quoted\n> line\n{{b}} end';
    const doc = parse(text);
    const scan = (a: number, b: number, kind?: string) => doc.masks.some((m) => (!kind || m.kind === kind) && m.range[0] < b && a < m.range[1]);
    for (let a = 0; a < text.length; a++) {
      for (const len of [0, 1, 3, 12]) {
        const b = Math.min(text.length, a + len);
        assert.equal(doc.overlapsMask(a, b), scan(a, b), `${a}-${b}`);
        assert.equal(doc.overlapsMask(a, b, 'object'), scan(a, b, 'object'), `object ${a}-${b}`);
        assert.equal(doc.isMasked(a, b), scan(a, b, 'space'), `space ${a}-${b}`);
      }
    }
  });
});
