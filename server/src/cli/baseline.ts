/**
 * `--baseline FILE`: findings recorded in FILE are accepted; only new ones are reported and fail
 * the run. `--update-baseline` (re)writes FILE with today's findings.
 *
 * An entry is keyed by file (relative to the run's folder), rule and a hash of the text the
 * finding covers, so it survives lines added or removed around it. The same key may occur
 * several times in a file; the baseline keeps a count. Entries that no longer match a finding
 * are "stale": reported as a warning so the file can be refreshed.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { keyFindings, relPath } from './fingerprint.js';
import type { CliResult } from './formatters/types.js';
import { VERSION } from './version.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  file: string;
  rule: string;
  hash: string;
  count: number;
  /** For people reading the file: where the finding was and what it said when recorded. */
  line?: number;
  message?: string;
}

export interface BaselineFile {
  version: number;
  tool: string;
  entries: BaselineEntry[];
}

export class BaselineError extends Error {}

const keyOf = (e: { file: string; rule: string; hash: string }): string => `${e.file}\u0000${e.rule}\u0000${e.hash}`;

export function readBaseline(file: string): BaselineFile {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new BaselineError(`cannot read baseline ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'}); create it with --update-baseline`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new BaselineError(`baseline ${file} is not valid JSON (${(e as Error).message})`);
  }
  const d = data as Partial<BaselineFile>;
  if (!d || typeof d !== 'object' || d.version !== BASELINE_VERSION || !Array.isArray(d.entries)) {
    throw new BaselineError(`baseline ${file} is not a replylint baseline (version ${BASELINE_VERSION}); recreate it with --update-baseline`);
  }
  d.entries.forEach((e, i) => {
    if (!e || typeof e.file !== 'string' || typeof e.rule !== 'string' || typeof e.hash !== 'string' || !(Number.isInteger(e.count) && e.count > 0)) {
      throw new BaselineError(`baseline ${file}: entry ${i + 1} needs "file", "rule", "hash" and a positive "count"`);
    }
  });
  return d as BaselineFile;
}

export function buildBaseline(results: readonly CliResult[], cwd: string): BaselineFile {
  const byKey = new Map<string, BaselineEntry>();
  for (const k of keyFindings(results, cwd)) {
    const key = keyOf(k);
    const e = byKey.get(key);
    if (e) e.count++;
    else byKey.set(key, { file: k.file, rule: k.rule, hash: k.hash, count: 1, line: k.message.line, message: k.message.message });
  }
  return { version: BASELINE_VERSION, tool: `replylint ${VERSION}`, entries: sortEntries([...byKey.values()]) };
}

/**
 * The baseline to write after a run: this run's findings for the files it linted, and the old
 * entries of files it did not lint (a run over some paths or with --changed keeps the rest).
 * Entries of files that no longer exist are dropped.
 */
export function mergeBaseline(previous: BaselineFile | null, fresh: BaselineFile, results: readonly CliResult[], cwd: string): BaselineFile {
  if (!previous) return fresh;
  const linted = new Set(results.map((r) => relPath(cwd, r.filePath)));
  const kept = previous.entries.filter((e) => !linted.has(e.file) && fs.existsSync(path.resolve(cwd, e.file)));
  return { ...fresh, entries: sortEntries([...kept, ...fresh.entries]) };
}

function sortEntries(entries: BaselineEntry[]): BaselineEntry[] {
  return entries.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0)));
}

export function writeBaseline(file: string, baseline: BaselineFile): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(baseline, null, 2) + '\n');
  fs.renameSync(tmp, file);
}

export interface BaselineOutcome {
  results: CliResult[];
  /** Findings hidden because the baseline has them. */
  matched: number;
  stale: BaselineEntry[];
}

/**
 * Removes baselined findings from `results` (counts recomputed). Entries for files not linted in
 * this run (e.g. with --changed or explicit paths) are neither used nor stale.
 */
export function applyBaseline(results: readonly CliResult[], baseline: BaselineFile, cwd: string): BaselineOutcome {
  const left = new Map<string, number>();
  for (const e of baseline.entries) left.set(keyOf(e), (left.get(keyOf(e)) ?? 0) + e.count);
  const hidden = new Set<object>();
  let matched = 0;
  for (const k of keyFindings(results, cwd)) {
    const key = keyOf(k);
    const n = left.get(key) ?? 0;
    if (n > 0) {
      left.set(key, n - 1);
      hidden.add(k.message);
      matched++;
    }
  }
  const linted = new Set(results.map((r) => relPath(cwd, r.filePath)));
  const stale: BaselineEntry[] = [];
  for (const e of baseline.entries) {
    const n = left.get(keyOf(e)) ?? 0;
    // Stale: its file was linted and the finding is gone, or its file no longer exists.
    if (n > 0 && (linted.has(e.file) || !fs.existsSync(path.resolve(cwd, e.file)))) {
      stale.push({ ...e, count: Math.min(n, e.count) });
      left.set(keyOf(e), n - Math.min(n, e.count));
    }
  }
  const out = results.map((r) => {
    const messages = r.messages.filter((m) => !hidden.has(m));
    if (messages.length === r.messages.length) return r;
    const count = (sev: string, fixable = false): number => messages.filter((m) => m.level === sev && (!fixable || m.fix)).length;
    return { ...r, messages, errorCount: count('error'), warningCount: count('warning'), fixableErrorCount: count('error', true), fixableWarningCount: count('warning', true) };
  });
  return { results: out, matched, stale };
}
