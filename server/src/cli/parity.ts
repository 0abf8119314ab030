/**
 * locale-parity in the CLI: after every file is linted, templates that share an id are compared
 * (engine/parity.ts) and the findings are merged into the per-file results. Last-change dates come
 * from one `git log` call; outside a git work tree the staleness check is skipped.
 */

import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { checkParity, parityMessage, type EngineConfig } from '../engine/index.js';
import type { CliResult } from './formatters/types.js';
import { toResult } from './main.js';

/** Merges locale-parity findings into `results` (in place). */
export function addParityFindings(results: CliResult[], config: EngineConfig, opts: { quiet: boolean }, cwd: string): void {
  const withText = results.filter((r) => typeof r.source === 'string');
  if (withText.length < 2) return;
  const dates = gitLastChanged(withText.map((r) => r.filePath));
  const rel = (f: string): string => path.relative(cwd, f) || f;
  const byRel = new Map(withText.map((r) => [rel(r.filePath), r]));
  const findings = checkParity(
    withText.map((r) => ({ path: rel(r.filePath), text: r.source as string, lastChanged: dates.get(path.resolve(r.filePath)) })),
    config,
  );
  for (const [file, result] of byRel) {
    const mine = findings.filter((f) => f.path === file);
    if (mine.length === 0) continue;
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
