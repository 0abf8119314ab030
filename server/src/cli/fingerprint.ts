/**
 * Stable identities of findings, shared by `--baseline` and the GitLab Code Quality format.
 * A finding is keyed by its file (relative to the run's folder), its rule and the text it
 * points at (whitespace collapsed), never by its line: adding lines above a finding keeps its key.
 */

import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { fullRuleId as engineRuleId } from '../engine/index.js';
import type { CliMessage, CliResult } from './formatters/types.js';

/** Rule id with the sub-id (`neutral-tone/insult`), or `file` for a file-level problem. */
export function fullRuleId(m: Pick<CliMessage, 'ruleId' | 'subId'>): string {
  return m.ruleId ? engineRuleId({ ruleId: m.ruleId, subId: m.subId }) : 'file';
}

/** Forward-slash path relative to cwd (absolute when outside it). */
/**
 * How a file is named in messages to the user: relative to `cwd` (also with `..` for files
 * outside it, which relPath would give absolute), the path itself for `cwd`.
 */
export function displayPath(cwd: string, file: string): string {
  return path.relative(cwd, file) || file;
}

export function relPath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return file.split(path.sep).join('/');
  return rel.split(path.sep).join('/');
}

/** The text the finding covers, whitespace collapsed; the message for document-level findings. */
export function findingText(m: CliMessage, source: string | undefined): string {
  const [a, b] = m.range;
  const span = source !== undefined && b > a ? source.slice(a, b) : '';
  const text = span.replace(/\s+/g, ' ').trim();
  return text || `message:${m.message}`;
}

export function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** Content fingerprint of one finding: hash of rule + covered text (not the file or line). */
export function contentHash(m: CliMessage, source: string | undefined): string {
  return sha256(`${fullRuleId(m)}\u0000${findingText(m, source)}`).slice(0, 16);
}

export interface KeyedFinding {
  result: CliResult;
  message: CliMessage;
  file: string;
  rule: string;
  hash: string;
  /** 0 for the first finding with this file+rule+hash in the file, 1 for the next, ... */
  occurrence: number;
}

/** Every finding with its key, in report order. */
export function keyFindings(results: readonly CliResult[], cwd: string): KeyedFinding[] {
  const out: KeyedFinding[] = [];
  for (const r of results) {
    const file = relPath(cwd, r.filePath);
    const seen = new Map<string, number>();
    for (const m of r.messages) {
      const rule = fullRuleId(m);
      const hash = contentHash(m, r.source);
      const k = `${rule}\u0000${hash}`;
      const occurrence = seen.get(k) ?? 0;
      seen.set(k, occurrence + 1);
      out.push({ result: r, message: m, file, rule, hash, occurrence });
    }
  }
  return out;
}

/** The message without a trailing "(rule/sub)" that repeats the rule id (shown separately by every format). */
export function plainMessage(m: Pick<CliMessage, 'message' | 'ruleId' | 'subId'>): string {
  const id = fullRuleId(m);
  const suffix = ` (${id})`;
  return m.message.endsWith(suffix) ? m.message.slice(0, -suffix.length) : m.message;
}
