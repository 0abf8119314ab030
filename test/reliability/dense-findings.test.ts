/**
 * Dense findings stay linear: a 1 MB line with 100,000 insults took ~37 s (overlap checks
 * against every finding kept so far, in the matcher and in the tone analysis). The Coverage
 * helper that replaced them gives the same answers as the pairwise check.
 */

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/engine/index.js';
import { Coverage } from '../../server/src/engine/text/coverage.js';

const RUNS = Number(process.env.FC_RUNS ?? 300);

describe('dense findings', () => {
  it('Coverage answers like the pairwise overlap check for disjoint taken ranges', () => {
    const range = fc.tuple(fc.nat(200), fc.nat(12)).map(([s, n]) => [s, s + n] as const);
    fc.assert(fc.property(fc.array(range, { maxLength: 60 }), (ranges) => {
      const taken: (readonly [number, number])[] = [];
      const cov = new Coverage();
      for (const [a, b] of ranges) {
        const naive = taken.some(([s, e]) => s < b && a < e);
        assert.equal(cov.overlaps(a, b), naive, `[${a}, ${b}) against ${JSON.stringify(taken)}`);
        if (!naive) {
          taken.push([a, b]);
          cov.add(a, b);
        }
      }
    }), { numRuns: RUNS });
  });

  it('a 1 MB line with 100,000 tone findings lints in seconds, every finding reported', () => {
    const text = `---\ntype: angry\nstage: warning\nlocale: en\n---\n${'you idiot, '.repeat(100_000)}\n`;
    const t0 = performance.now();
    const { messages } = lint(text);
    const ms = performance.now() - t0;
    assert.equal(messages.filter((m) => m.ruleId === 'neutral-tone' && m.subId === 'insult').length, 100_000);
    assert.ok(ms < 15_000, `took ${Math.round(ms)} ms (was ~37 s when quadratic)`);
  });
});
