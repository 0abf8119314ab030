/**
 * Worker thread for parallel linting (bundled as dist/lint-worker.js). Each worker loads the
 * configuration once (its own LintSession) and lints the batches of files the main thread sends.
 */

import { parentPort, workerData } from 'node:worker_threads';
import { ConfigError } from '../config/load-config.js';
import { LintSession, lintFile, type Options } from './main.js';
import type { WorkerReply, WorkerRequest } from './parallel.js';

const { opts, cwd, maxSize } = workerData as { opts: Options; cwd: string; maxSize: number };
const port = parentPort!;
let session: LintSession | null = null;

port.on('message', (msg: WorkerRequest) => {
  if (msg.type === 'done') {
    port.close();
    return;
  }
  const stderr: string[] = [];
  try {
    session ??= new LintSession(opts, cwd);
    const results = msg.items.map(({ index, file }) => ({ index, result: lintFile(file, session!, opts, maxSize, (s) => stderr.push(s)) }));
    port.postMessage({ type: 'results', results, stderr } satisfies WorkerReply);
  } catch (e) {
    const err = e as Error;
    const config = e instanceof ConfigError ? { file: e.file, line: e.line, column: e.column, detail: e.detail } : undefined;
    port.postMessage({ type: 'error', message: err.message, stack: err.stack, config, stderr } satisfies WorkerReply);
  }
});
