/** Applying fixes and suggestions to text. */

import type { Edit, LintMessage } from './types.js';

/**
 * Applies edits that do not overlap (the first one wins on overlap), from the end of the text
 * backwards so earlier offsets stay valid. Returns the new text and how many edits were applied.
 */
export function applyEdits(text: string, edits: readonly Edit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const chosen: Edit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.range[0] < 0 || e.range[1] > text.length || e.range[1] < e.range[0]) continue;
    if (e.range[0] < lastEnd || (e.range[0] === lastEnd && e.range[0] === e.range[1] && chosen.length && chosen[chosen.length - 1].range[0] === e.range[0])) continue;
    chosen.push(e);
    lastEnd = e.range[1];
  }
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const e = chosen[i];
    out = out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]);
  }
  return { text: out, applied: chosen.length };
}

/**
 * The edits of every message's safe `fix` that can be applied together: a message's edits are
 * all-or-nothing, and a group that overlaps one already chosen is left for the next pass.
 */
export function selectFixes(messages: readonly LintMessage[]): Edit[] {
  const taken: [number, number][] = [];
  const out: Edit[] = [];
  for (const m of messages) {
    const group = m.fix?.edits ?? [];
    if (!group.length) continue;
    const clash = group.some((e) => taken.some(([a, b]) => (e.range[0] < b && a < e.range[1]) || (e.range[0] === a && a === b && e.range[0] === e.range[1])));
    if (clash) continue;
    for (const e of group) {
      out.push(e);
      taken.push([e.range[0], e.range[1]]);
    }
  }
  return out;
}

/** Applies the safe `fix` of every message (a message's edits are all-or-nothing). */
export function applyFixes(text: string, messages: readonly LintMessage[]): { text: string; applied: number } {
  return applyEdits(text, selectFixes(messages));
}

/** The id a finding is reported and suppressed under: `rule` or `rule/category`. */
export function fullRuleId(m: Pick<LintMessage, 'ruleId' | 'subId'>): string {
  return m.subId ? `${m.ruleId}/${m.subId}` : m.ruleId;
}
