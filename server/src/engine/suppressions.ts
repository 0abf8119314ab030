/**
 * Inline suppression comments:
 *   <!-- replylint-disable-next-line RULE[, RULE] -- reason -->
 *   <!-- replylint-disable-line RULE -- reason -->      (on the same line as the finding)
 *   <!-- replylint-disable RULE -- reason --> ... <!-- replylint-enable RULE -->
 *   <!-- replylint-disable-file RULE -- reason -->
 * Without RULE the directive covers every rule. RULE may name a category (neutral-tone/sarcasm).
 * A directive without a reason is reported (suppression-reason); one that suppresses nothing,
 * or names an unknown rule, is reported (suppression-unused).
 */

import type { HtmlComment } from './parse/body.js';
import type { LintMessage, Range } from './types.js';
import { lineRangeAt } from './text/lines.js';
import { fullRuleId } from './fix.js';

export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** Empty: all rules. */
  rules: string[];
  reason: string;
  range: Range;
  /** Range of each named rule inside the comment. */
  ruleRanges: Range[];
  used: boolean;
}

const DIRECTIVE = /^\s*replylint-(disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])/;

export function parseDirectives(comments: readonly HtmlComment[]): Directive[] {
  const out: Directive[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.inner);
    if (!m) continue;
    const restStart = m[0].length;
    const rest = c.inner.slice(restStart);
    const sep = rest.search(/(^|\s)--(\s|$)/);
    const rulePart = sep >= 0 ? rest.slice(0, sep) : rest;
    const reason = sep >= 0 ? rest.slice(sep).replace(/^\s*--\s*/, '').trim() : '';
    const rules: string[] = [];
    const ruleRanges: Range[] = [];
    const re = /[^\s,]+/g;
    for (let r = re.exec(rulePart); r; r = re.exec(rulePart)) {
      rules.push(r[0]);
      const at = c.innerStart + restStart + r.index;
      ruleRanges.push([at, at + r[0].length]);
    }
    out.push({ kind: m[1] as DirectiveKind, rules, reason, range: c.range, ruleRanges, used: false });
  }
  return out;
}

function covers(d: Directive, m: LintMessage): boolean {
  if (d.rules.length === 0) return true;
  const full = fullRuleId(m);
  return d.rules.some((r) => r === m.ruleId || r === full);
}

/** Filters suppressed messages and marks the directives that were used. */
export function applySuppressions(text: string, directives: Directive[], messages: LintMessage[]): LintMessage[] {
  if (directives.length === 0) return messages;
  const lineOf = (offset: number): Range => lineRangeAt(text, offset);
  const nextLineOf = (offset: number): Range => {
    const [, end] = lineRangeAt(text, offset);
    let next = end;
    if (text[next] === '\r') next++;
    if (text[next] === '\n') next++;
    return lineRangeAt(text, next);
  };
  const sorted = [...directives].sort((a, b) => a.range[0] - b.range[0]);
  return messages.filter((m) => {
    if (m.ruleId.startsWith('suppression-')) return true;
    const at = m.range[0];
    let suppressedBy: Directive | undefined;
    // Range directives: the last disable/enable before `at` for this rule decides.
    let rangeState: Directive | undefined;
    for (const d of sorted) {
      if (d.range[0] > at) break;
      if ((d.kind === 'disable' || d.kind === 'enable') && covers(d, m)) rangeState = d;
    }
    if (rangeState?.kind === 'disable') suppressedBy = rangeState;
    for (const d of sorted) {
      if (suppressedBy) break;
      if (!covers(d, m)) continue;
      if (d.kind === 'disable-file') suppressedBy = d;
      else if (d.kind === 'disable-line') {
        const [a, b] = lineOf(d.range[0]);
        if (at >= a && at <= b) suppressedBy = d;
      } else if (d.kind === 'disable-next-line') {
        const [a, b] = nextLineOf(d.range[1]);
        if (at >= a && at <= b) suppressedBy = d;
      }
    }
    if (suppressedBy) {
      suppressedBy.used = true;
      return false;
    }
    return true;
  });
}
