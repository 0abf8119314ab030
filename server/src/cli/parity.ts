/**
 * locale-parity in the CLI: after every file is linted, templates that share an id are compared
 * (engine/parity.ts) and the findings are merged into the per-file results. Last-change dates come
 * from one `git log` call; outside a git work tree the staleness check is skipped.
 */

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { checkParity, parityMessage, type EngineConfig } from '../engine/index.js';
import { displayPath } from './fingerprint.js';
import type { CliResult } from './formatters/types.js';
import { toResult } from './main.js';

/**
 * Merges locale-parity findings into `results` (in place). Each result's `parity` summary (from
 * the parse that linted it) is used and then removed, so files are not parsed a second time;
 * a result without one is parsed here.
 */
export function addParityFindings(results: CliResult[], config: EngineConfig, opts: { quiet: boolean }, cwd: string): void {
  const withText = results.filter((r) => typeof r.source === 'string');
  const summaries = new Map(withText.map((r) => [r, r.parity]));
  for (const r of results) delete r.parity;
  // Only templates with an id that another file shares can have findings; git is asked about those alone.
  const ids = new Map<string, number>();
  for (const s of summaries.values()) if (s) ids.set(s.id, (ids.get(s.id) ?? 0) + 1);
  // A result without a summary (none was made for it) may share an id with any template.
  const unknown = [...summaries.values()].includes(undefined);
  const candidates = withText.filter((r) => {
    const s = summaries.get(r);
    return s === undefined || (s !== null && (unknown || (ids.get(s.id) ?? 0) > 1));
  });
  if (candidates.length < 2) return;
  const dates = gitLastChanged(candidates.map((r) => r.filePath));
  const rel = (f: string): string => displayPath(cwd, f);
  const byRel = new Map(candidates.map((r) => [rel(r.filePath), r]));
  const findings = checkParity(
    candidates.map((r) => ({ path: rel(r.filePath), text: r.source as string, lastChanged: dates.get(path.resolve(r.filePath)), summary: summaries.get(r) })),
    config,
  );
  const byFile = new Map<string, typeof findings>();
  for (const f of findings) {
    const list = byFile.get(f.path);
    if (list) list.push(f);
    else byFile.set(f.path, [f]);
  }
  for (const [file, result] of byRel) {
    const mine = byFile.get(file);
    if (!mine) continue;
    const extra = toResult(result.filePath, result.source as string, mine.map(parityMessage), opts);
    result.messages = [...result.messages, ...extra.messages].sort((a, b) => a.line - b.line || a.column - b.column);
    result.errorCount += extra.errorCount;
    result.warningCount += extra.warningCount;
  }
}

/** Unix time (seconds) of each file's last commit, by absolute path; empty outside git. */
export function gitLastChanged(files: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (files.length === 0) return out;
  const abs = files.map((f) => path.resolve(f));
  // Run from the files' common folder so `--relative` names every file relative to it.
  let base = path.dirname(abs[0]);
  for (const f of abs) while (!(f === base || f.startsWith(base.endsWith(path.sep) ? base : base + path.sep))) base = path.dirname(base);
  const r = spawnSync('git', ['-c', 'core.quotepath=off', 'log', '--format=%x01%ct', '--name-only', '--relative', '--', ...abs.map((f) => path.relative(base, f) || '.')], {
    cwd: base, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true,
  });
  if (r.error || r.status !== 0 || !r.stdout) return out;
  let time: number | undefined;
  for (const line of r.stdout.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('\x01')) {
      time = Number(line.slice(1));
      continue;
    }
    const file = path.resolve(base, line);
    if (time !== undefined && !out.has(file)) out.set(file, time); // newest first: the first seen is the last change
  }
  return out;
}
