/** Unit tests of the CI option parsing and the worker-count policy. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as os from 'node:os';
import { extractCiOptions } from '../../server/src/cli/ci.js';
import { PARALLEL_THRESHOLD, workerCount } from '../../server/src/cli/parallel.js';

test('workerCount: one thread below the threshold or when off; explicit counts win; never more workers than files', () => {
  const cores = os.availableParallelism();
  assert.equal(workerCount(PARALLEL_THRESHOLD - 1, 'auto'), 1);
  assert.equal(workerCount(PARALLEL_THRESHOLD, 'auto'), Math.max(1, Math.min(cores, 2, 8)));
  assert.equal(workerCount(100_000, 'auto'), Math.min(cores, 8));
  assert.equal(workerCount(100_000, 'off'), 1);
  assert.equal(workerCount(10, 4), 4);
  assert.equal(workerCount(3, 4), 3);
  assert.equal(workerCount(1, 4), 1);
});

test('extractCiOptions: takes its options out of argv and leaves the rest in order', () => {
  const { argv, ci } = extractCiOptions(['--cache', '-f', 'json', '--baseline=b.json', 'a', '--concurrency', '3', '--changed=HEAD~2', 'b'], process.cwd());
  assert.deepEqual(argv, ['-f', 'json', 'a', 'b']);
  assert.deepEqual(ci, { updateBaseline: false, changed: true, changedRev: 'HEAD~2', cache: true, concurrency: 3, baseline: 'b.json' });
  assert.equal(extractCiOptions(['--update-baseline'], process.cwd()).ci.baseline, '.replylint-baseline.json');
  assert.equal(extractCiOptions(['--concurrency', '1'], process.cwd()).ci.concurrency, 'off');
  // An existing path after --changed is a path; anything else is a revision.
  assert.deepEqual(extractCiOptions(['--changed', 'server'], process.cwd()), { argv: ['server'], ci: { updateBaseline: false, changed: true, cache: false, concurrency: 'auto' } });
  assert.equal(extractCiOptions(['--changed', 'origin/main'], process.cwd()).ci.changedRev, 'origin/main');
  assert.deepEqual(extractCiOptions(['--changed', 'templates/**/*.reply.md'], process.cwd()).argv, ['templates/**/*.reply.md']);
  // After "--" nothing is an option.
  assert.deepEqual(extractCiOptions(['--', '--cache'], process.cwd()).argv, ['--', '--cache']);
  assert.throws(() => extractCiOptions(['--concurrency', 'many'], process.cwd()), /--concurrency takes a number of workers, auto or off/);
  assert.throws(() => extractCiOptions(['--baseline'], process.cwd()), /--baseline needs a value/);
});
