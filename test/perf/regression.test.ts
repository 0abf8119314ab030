// Performance regression check: fails when the engine's cost per 2 KB template doubles.
//
// Absolute times mean nothing on a shared, loaded machine, so the test measures a RATIO in the
// same process and the same moment: CPU time (process.cpuUsage, not wall time) to lint the
// template, divided by CPU time of a fixed simple JS workload on the same text (normalize,
// lower-case, split into words, one regex). Rounds interleave the two, and the median ratio of the
// rounds is compared with the committed baseline (test/perf/baseline.json) with a 2x margin.
// A busy machine slows both sides alike; the median drops rounds that a context switch spoiled.
//
// Refresh the baseline after an intended change in cost:
//   REPLYLINT_PERF_UPDATE=1 node --import tsx --test test/perf/regression.test.ts
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig, lint } from '../../server/src/engine/index.js';

const BASELINE = path.join(import.meta.dirname, 'baseline.json');
const ROUNDS = 21;
const LINTS_PER_ROUND = 10;
const REFS_PER_ROUND = 400;

/** A 2 KB template kept here (not read from templates/) so the workload stays fixed. */
const TEMPLATE = `---
id: perf-belle-warning
title: "Belle: warning about insults (perf fixture)"
description: "Fixed input for the performance regression check."
tags: [belle, warning]
type: belle
stage: warning
locale: en
business: product
legal_threat: false
variables:
  customer_name:
    description: "The customer's first name."
    example: "Robin"
    required: true
  refund_amount:
    description: "The full purchase price, with currency."
    example: "$84.00"
    required: true
  agent_name:
    description: "Name of the support agent."
    example: "Casey Ward"
    required: true
---
Hello {{customer_name}},

Thank you for your patience while we look into the sync problem you reported. We are still working on it with you, and we want our conversation to stay respectful on both sides.

Several of your recent messages to our team contained personal insults. Remarks like these do not belong in a business conversation, and we ask you to stop using them.

If the insults continue, we will end our business relationship and refund the full {{refund_amount}} you paid. If you would rather stop now, we can issue that refund today: reply to this message and we will arrange it.

Kind regards,
{{agent_name}}
`;

/** The reference: plain JS work over the same text that no engine change affects. */
function reference(text: string): number {
  const words = text.normalize('NFKC').toLowerCase().split(/\s+/);
  let n = 0;
  for (const w of words) if (/^[a-z]+$/.test(w)) n++;
  return n + (text.match(/\{\{\s*\w+\s*\}\}/g)?.length ?? 0);
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Median over interleaved rounds of (lint CPU per call) / (reference CPU per call). */
function measureRatio(lintOnce: () => void): { median: number; ratios: number[] } {
  const ratios: number[] = [];
  let sink = 0;
  for (let r = 0; r < ROUNDS; r++) {
    // Alternate which side goes first, so a slow spell hits both sides alike.
    const order = r % 2 === 0 ? ['lint', 'ref'] : ['ref', 'lint'];
    let lintMs = 0;
    let refMs = 0;
    for (const side of order) {
      const t0 = cpuMs();
      if (side === 'lint') for (let i = 0; i < LINTS_PER_ROUND; i++) lintOnce();
      else for (let i = 0; i < REFS_PER_ROUND; i++) sink += reference(TEMPLATE);
      const dt = cpuMs() - t0;
      if (side === 'lint') lintMs = dt / LINTS_PER_ROUND;
      else refMs = dt / REFS_PER_ROUND;
    }
    if (refMs > 0 && lintMs > 0) ratios.push(lintMs / refMs);
  }
  assert.ok(sink > 0);
  const sorted = [...ratios].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], ratios };
}

describe('engine cost per document (ratio to a reference workload)', () => {
  const config = defaultConfig();
  // Each call lints a text of its own (a numbered comment at the end), so nothing cached by
  // text (element hits) is reused: the full cost of an edited document is measured.
  let serial = 0;
  const lintOnce = (): void => {
    lint(`${TEMPLATE}<!-- ${serial++} -->\n`, config);
  };
  // Warm up: compile the phrase banks and let the JIT settle.
  for (let i = 0; i < 60; i++) lintOnce();
  for (let i = 0; i < 200; i++) reference(TEMPLATE);

  it('has not doubled since the committed baseline', (t) => {
    const { median, ratios } = measureRatio(lintOnce);
    t.diagnostic(`lint / reference CPU ratio: median ${median.toFixed(1)} (rounds ${Math.min(...ratios).toFixed(1)}..${Math.max(...ratios).toFixed(1)})`);
    assert.ok(ratios.length >= ROUNDS / 2, 'too few usable rounds (CPU timer resolution?)');
    if (process.env.REPLYLINT_PERF_UPDATE) {
      fs.writeFileSync(BASELINE, JSON.stringify({ ratio: Math.round(median * 100) / 100, measured: new Date().toISOString().slice(0, 10), node: process.version, note: 'median of lint CPU / reference CPU per call; see regression.test.ts' }, null, 2) + '\n');
      return;
    }
    const baseline = JSON.parse(fs.readFileSync(BASELINE, 'utf8')) as { ratio: number };
    assert.ok(
      median <= baseline.ratio * 2,
      `linting a 2 KB template now costs ${median.toFixed(1)}x the reference workload; the baseline is ${baseline.ratio}x (limit 2x that). ` +
      'Profile it (docs/performance.md) or, if the cost is intended, refresh test/perf/baseline.json.',
    );
  });

  it('would notice a doubling (the measurement is sensitive enough)', () => {
    const once = measureRatio(lintOnce).median;
    const twice = measureRatio(() => {
      lintOnce();
      lintOnce();
    }).median;
    assert.ok(twice / once > 1.4 && twice / once < 2.8, `linting twice measured ${(twice / once).toFixed(2)}x linting once`);
  });
});
