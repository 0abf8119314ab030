// Every neutral-tone suggestion on every hostile example of every lexicon, applied: the result must
// be well-formed text. The checks look at the text after the edit, not at how fit.ts decided, and
// only count breakage the edit introduced (an example may itself contain "..."):
// doubled sentence marks, double spaces, a space before a comma or full stop, a sentence or line
// that starts with a comma, a lower-case sentence start in languages that capitalise it, and a
// sentence mark followed by a lower-case word (a whole sentence spliced into another).
// Korean has stricter checks of its own (ko-rewrites.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import data from '../../server/src/engine/data/generated.js';
import { rewrittenExamples } from '../../scripts/tone-rewrites.js';

const CAPITALISED = new Set(['en', 'de', 'es', 'fr']);

/** Shapes of broken splices, per language; each counts occurrences. */
function shapes(language: string): [string, RegExp][] {
  const out: [string, RegExp][] = [
    ['doubled sentence mark', /[.!?。！？][.。]|[.。][!?！？]/g],
    ['double space', / {2}/g],
    ['space before punctuation', / [,.;:!?。，、]/g],
    ['a sentence or line starting with a comma', /(^|[.!?。！？]\s*|\n\s*)[,;:，、；]/g],
  ];
  if (CAPITALISED.has(language)) {
    // Not after a number: German ordinals ("am 3. und 10. Mai") are no sentence end.
    out.push(['a lower-case sentence start', /(^|(?<!\d)[.!?]\s+|\n)[¿¡"«]?\p{Ll}/gu]);
  }
  return out;
}

const count = (s: string, re: RegExp): number => s.match(re)?.length ?? 0;

describe('tone rewrites: every suggestion leaves well-formed text', () => {
  for (const language of Object.keys(data.tone).sort()) {
    it(language, () => {
      const problems: string[] = [];
      for (const x of rewrittenExamples(language)) {
        for (const r of x.results) {
          for (const [what, re] of shapes(language)) {
            if (count(r.result, re) > count(x.hostile, re)) problems.push(`[${x.entry}] ${what}: "${r.span}" -> ${JSON.stringify(r.result)}`);
          }
        }
      }
      assert.deepEqual(problems, []);
    });
  }
});

describe('tone rewrites: the checks above catch the splices they are for', () => {
  const broken = (language: string, before: string, after: string) => shapes(language).filter(([, re]) => count(after, re) > count(before, re)).map(([what]) => what);
  it('each broken splice is named', () => {
    assert.deepEqual(broken('en', 'Watch your tone.', 'If this continues, we will end it..'), ['doubled sentence mark']);
    assert.deepEqual(broken('en', 'What the hell were you thinking?', 'What the  were you thinking?'), ['double space']);
    assert.deepEqual(broken('en', 'This is total bullshit.', 'This is total .'), ['space before punctuation']);
    assert.deepEqual(broken('en', 'As everyone knows, the store closes at six.', ', the store closes at six.'), ['a sentence or line starting with a comma']);
    assert.deepEqual(broken('en', 'Obviously, the code only works once.', 'the code only works once.'), ['a lower-case sentence start']);
    assert.deepEqual(broken('de', 'Sie werden das bereuen.', 'Wir beenden die Zusammenarbeit. das bereuen.'), ['a lower-case sentence start']);
    assert.deepEqual(broken('zh', '你自己看着办吧。', '我们会尽快处理。。'), ['doubled sentence mark']);
    assert.deepEqual(broken('en', 'Obviously, the refund cannot be processed twice.', 'The refund cannot be processed twice.'), []);
    assert.deepEqual(broken('de', 'Ständig fordern Sie Rabatte.', 'Am 3. und 10. Mai haben Sie Rabatte gefordert.'), []);
  });
});
