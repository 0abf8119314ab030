/**
 * Parallel linting with worker_threads for large runs. Files go out in small batches to the
 * next idle worker (so one slow file does not hold up a whole share) and results are put back
 * in the order of the file list, so output is the same as a single-threaded run.
 */

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ConfigError } from '../config/load-config.js';
import type { CliResult } from './formatters/types.js';
import type { Options } from './main.js';

export type WorkerRequest = { type: 'batch'; items: { index: number; file: string }[] } | { type: 'done' };
export type WorkerReply =
  | { type: 'results'; results: { index: number; result: CliResult }[]; stderr: string[] }
  | { type: 'error'; message: string; stack?: string; config?: { file: string; line: number; column: number; detail: string }; stderr: string[] };

/**
 * Below this many files (to lint, after the cache) a run stays on one thread: each worker loads
 * and warms up its own engine, and V8's garbage collector and compiler threads compete with the
 * linting threads. Measured on 2 cores (docs/performance.md): two threads took 1.8x the wall time
 * of one at 1,000 files, 6 % less at 10,000 (with 40 % more CPU) and 31 % less at 50,000.
 */
export const PARALLEL_THRESHOLD = 5000;
/** At least this many files per thread. */
const FILES_PER_WORKER = 2500;
/** Batches per worker: big enough that message round trips do not dominate on a busy machine. */
const BATCHES_PER_WORKER = 12;
/** Batches kept in flight per worker, so a worker never waits for the main thread. */
const IN_FLIGHT = 2;

/** `auto`, `off` or a number of workers. */
export type Concurrency = 'auto' | 'off' | number;

export function workerScript(): string | null {
  const dir = typeof __dirname === 'string' ? __dirname : '';
  const file = path.join(dir, 'lint-worker.js');
  return dir && fs.existsSync(file) ? file : null;
}

/** How many workers to use for `count` files (1 = lint on the main thread). */
export function workerCount(count: number, concurrency: Concurrency): number {
  if (concurrency === 'off' || count < 2) return 1;
  if (typeof concurrency === 'number') return Math.max(1, Math.min(concurrency, count));
  if (count < PARALLEL_THRESHOLD) return 1;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(cores, Math.floor(count / FILES_PER_WORKER), 8));
}

/**
 * Lints `items` on `workers` threads: the main thread is one of them (it takes batches from the
 * same queue between worker messages), so `workers - 1` worker threads are started. One thread
 * fewer to start, load and warm up than a pool beside an idle main thread.
 */
export async function lintInWorkers(
  script: string,
  items: { index: number; file: string }[],
  workers: number,
  data: { opts: Options; cwd: string; maxSize: number },
  stderr: (s: string) => void,
  lintHere: (file: string) => CliResult,
): Promise<Map<number, CliResult>> {
  const out = new Map<number, CliResult>();
  let next = 0;
  const batchSize = Math.max(8, Math.ceil(items.length / (workers * BATCHES_PER_WORKER)));
  const take = (): { index: number; file: string }[] => {
    const batch = items.slice(next, next + batchSize);
    next += batch.length;
    return batch;
  };
  const { ci: _ci, ...opts } = data.opts as Options & { ci?: unknown };
  const started: Worker[] = [];
  const run = (): Promise<void> => new Promise((resolve, reject) => {
    const w = new Worker(script, { workerData: { ...data, opts } });
    started.push(w);
    let failed = false;
    let inFlight = 0;
    const send = (): void => {
      const batch = take();
      if (batch.length) {
        inFlight++;
        w.postMessage({ type: 'batch', items: batch } satisfies WorkerRequest);
      } else if (inFlight === 0) w.postMessage({ type: 'done' } satisfies WorkerRequest);
    };
    w.on('message', (msg: WorkerReply) => {
      for (const s of msg.stderr) stderr(s);
      if (msg.type === 'error') {
        failed = true;
        next = items.length; // stop handing out work
        const err = msg.config ? new ConfigError(msg.config.file, msg.config.line, msg.config.column, msg.config.detail) : Object.assign(new Error(msg.message), { stack: msg.stack });
        void w.terminate();
        reject(err);
        return;
      }
      inFlight--;
      for (const r of msg.results) out.set(r.index, r.result);
      send();
    });
    w.on('error', (e) => {
      failed = true;
      reject(e);
    });
    w.on('exit', (code) => {
      if (failed) return;
      if (code !== 0) reject(new Error(`lint worker exited with code ${code}`));
      else resolve();
    });
    for (let k = 0; k < IN_FLIGHT; k++) send();
  });
  const here = async (): Promise<void> => {
    // Yield to the event loop between batches so worker messages are answered promptly.
    for (let batch = take(); batch.length; batch = take()) {
      for (const { index, file } of batch) out.set(index, lintHere(file));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  try {
    await Promise.all([...Array.from({ length: Math.max(0, workers - 1) }, run), here()]);
  } catch (e) {
    // First failure wins: hand out no more work and stop the other threads.
    next = items.length;
    await Promise.all(started.map((w) => w.terminate()));
    throw e;
  }
  return out;
}
