/**
 * The CI options of the lint command, kept apart from main.ts:
 *   --baseline FILE, --update-baseline, --changed [REV], --cache, --cache-location PATH,
 *   --concurrency N|auto|off
 * `extractCiOptions` takes them out of argv before the rest is parsed; `lintAll` lints a file
 * list with the cache and worker threads; `applyCiBaseline` filters results by the baseline.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyBaseline, BaselineError, buildBaseline, mergeBaseline, readBaseline, writeBaseline } from './baseline.js';
import { LintCache, DEFAULT_CACHE_LOCATION } from './cache.js';
import { changedFiles } from './changed.js';
import { decodeFile } from './decode.js';
import { displayPath } from './fingerprint.js';
import type { CliResult } from './formatters/types.js';
import type { LintSession, MainParams, Options } from './main.js';
import { UsageError } from './main.js';
import { lintInWorkers, workerCount, workerScript, type Concurrency } from './parallel.js';

export interface CiOptions {
  baseline?: string;
  updateBaseline: boolean;
  changed: boolean;
  changedRev?: string;
  cache: boolean;
  cacheLocation?: string;
  concurrency: Concurrency;
}

export const CI_HELP = `      --baseline FILE      report only findings not recorded in FILE (JSON); stale entries are warned about
      --update-baseline    write today's findings to the --baseline FILE (default .replylint-baseline.json)
      --changed[=REV]      lint only files changed since REV (default: merge base with the default branch),
                           untracked files included
      --cache              reuse results of unchanged files (content hash, works on fresh CI checkouts)
      --cache-location P   cache file or folder (default ./${DEFAULT_CACHE_LOCATION})
      --concurrency N      threads (main included): a number, auto (default: the cores, from 5000 files) or off
`;

export const DEFAULT_BASELINE = '.replylint-baseline.json';

/** Removes the CI options from argv. `--changed X` takes X as REV unless X is an existing path or a glob. */
export function extractCiOptions(argv: string[], cwd: string): { argv: string[]; ci: CiOptions } {
  const ci: CiOptions = { updateBaseline: false, changed: false, cache: false, concurrency: 'auto' };
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const v = argv[i + 1];
      if (v === undefined || (v.startsWith('-') && v.length > 1)) throw new UsageError(`${name} needs a value`);
      i++;
      return v;
    };
    switch (name) {
      case '--baseline': ci.baseline = value(); break;
      case '--update-baseline': ci.updateBaseline = true; break;
      case '--cache': ci.cache = true; break;
      case '--cache-location': ci.cacheLocation = value(); break;
      case '--concurrency': {
        const v = value();
        if (v === 'auto' || v === 'off') ci.concurrency = v;
        else if (/^\d+$/.test(v) && Number(v) >= 1) ci.concurrency = Number(v) === 1 ? 'off' : Number(v);
        else throw new UsageError(`--concurrency takes a number of workers, auto or off, not "${v}"`);
        break;
      }
      case '--changed': {
        ci.changed = true;
        if (inline !== undefined) ci.changedRev = inline;
        else {
          const next = argv[i + 1];
          // A revision unless it is an existing path or a glob (revisions rarely contain * ? [ { ).
          if (next !== undefined && !next.startsWith('-') && !/[*?[{]/.test(next) && !fs.existsSync(path.resolve(cwd, next))) {
            ci.changedRev = next;
            i++;
          }
        }
        break;
      }
      default: rest.push(arg);
    }
  }
  if (ci.updateBaseline && !ci.baseline) ci.baseline = DEFAULT_BASELINE;
  return { argv: rest, ci };
}

/** Keeps only files changed since the --changed revision; tells on stderr what it compared with. */
export function filterChanged(files: string[], ci: CiOptions, params: MainParams): string[] {
  let changed: { files: Set<string>; base: string };
  try {
    changed = changedFiles(params.cwd, ci.changedRev);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const real = (f: string): string => {
    try {
      return fs.realpathSync(f);
    } catch {
      return f;
    }
  };
  const kept = files.filter((f) => changed.files.has(f) || changed.files.has(real(f)));
  params.stderr(`replylint: --changed: ${kept.length} of ${files.length} ${files.length === 1 ? 'file' : 'files'} changed since ${changed.base}\n`);
  return kept;
}

/** Lints `files` in order, reusing cached results and spreading large runs over worker threads. */
export async function lintAll(
  files: readonly string[],
  ci: CiOptions,
  env: { session: LintSession; opts: Options; cwd: string; maxSize: number; stderr: (s: string) => void; debug: (s: string) => void },
  lintOne: (file: string) => CliResult,
): Promise<CliResult[]> {
  const { session, opts, maxSize } = env;
  const results: (CliResult | undefined)[] = new Array(files.length);
  const location = ci.cacheLocation ?? DEFAULT_CACHE_LOCATION;
  // A trailing slash names a folder even before it exists.
  const cache = ci.cache ? LintCache.open(path.resolve(env.cwd, location) + (/[\\/]$/.test(location) ? path.sep : '')) : null;
  const todo: number[] = [];
  /** Cache key of each file as read for the lookup; reused when storing a miss with the same text. */
  const keys = new Map<number, { text: string; key: string }>();
  files.forEach((file, i) => {
    if (cache && !opts.fix) {
      try {
        const decoded = decodeFile(file, maxSize);
        if (decoded.kind === 'text') {
          const key = cache.keyFor(decoded.text, session.configFor(file), opts.quiet);
          keys.set(i, { text: decoded.text, key });
          const hit = cache.get(file, key);
          if (hit) {
            results[i] = { filePath: file, ...structuredClone(hit), source: decoded.text };
            return;
          }
        }
      } catch {
        // Unreadable: lintOne reports it.
      }
    }
    todo.push(i);
  });
  const workers = workerCount(todo.length, ci.concurrency);
  const script = workers > 1 ? workerScript() : null;
  if (script) {
    const started = Date.now();
    const got = await lintInWorkers(script, todo.map((i) => ({ index: i, file: files[i] })), workers, { opts, cwd: env.cwd, maxSize }, env.stderr, lintOne);
    for (const i of todo) results[i] = got.get(i);
    env.debug(`replylint: linted ${todo.length} files on ${workers} threads (main + ${workers - 1} worker${workers > 2 ? 's' : ''}) in ${Date.now() - started} ms\n`);
  } else {
    for (const i of todo) results[i] = lintOne(files[i]);
  }
  if (cache) {
    for (const i of todo) {
      const r = results[i];
      if (r && r.source !== undefined) {
        const seen = keys.get(i);
        cache.set(files[i], seen && seen.text === r.source ? seen.key : cache.keyFor(r.source, session.configFor(files[i]), opts.quiet), r);
      }
    }
    try {
      cache.save();
    } catch (e) {
      env.stderr(`replylint: warning: could not write the cache ${cache.file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
    }
    env.debug(`replylint: cache ${cache.file}: ${cache.hits} hits, ${cache.misses} misses\n`);
  }
  return results.map((r, i) => {
    if (!r) throw new Error(`no result for ${files[i]}`);
    return r;
  });
}

/** Applies (or first writes, with --update-baseline) the baseline; warns about stale entries. */
export function applyCiBaseline(results: CliResult[], ci: CiOptions, params: MainParams): CliResult[] {
  if (!ci.baseline) return results;
  const file = path.resolve(params.cwd, ci.baseline);
  const rel = displayPath(params.cwd, file);
  try {
    if (ci.updateBaseline) {
      let previous = null;
      try {
        previous = fs.existsSync(file) ? readBaseline(file) : null;
      } catch {
        previous = null; // unreadable or not a baseline: rewritten from scratch
      }
      const b = mergeBaseline(previous, buildBaseline(results, params.cwd), results, params.cwd);
      writeBaseline(file, b);
      const n = b.entries.reduce((s, e) => s + e.count, 0);
      params.stderr(`replylint: baseline ${rel} written with ${n} ${n === 1 ? 'finding' : 'findings'}\n`);
    }
    const outcome = applyBaseline(results, readBaseline(file), params.cwd);
    if (outcome.stale.length) {
      const n = outcome.stale.reduce((s, e) => s + e.count, 0);
      params.stderr(`replylint: warning: ${n} stale baseline ${n === 1 ? 'entry' : 'entries'} in ${rel} (fixed or changed findings); refresh it with --update-baseline\n`);
      for (const e of outcome.stale) params.stderr(`  ${e.file}: ${e.rule}${e.count > 1 ? ` (x${e.count})` : ''}${e.message ? `: ${e.message}` : ''}\n`);
    }
    return outcome.results;
  } catch (e) {
    if (e instanceof BaselineError) throw new UsageError(e.message);
    throw e;
  }
}
