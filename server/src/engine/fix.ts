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

/** Applies the safe `fix` of every message (a message's edits are all-or-nothing). */
export function applyFixes(text: string, messages: readonly LintMessage[]): { text: string; applied: number } {
  const groups = messages.filter((m) => m.fix && m.fix.edits.length > 0).map((m) => m.fix!.edits);
  const taken: { start: number; end: number }[] = [];
  const edits: Edit[] = [];
  for (const group of groups) {
    const overlaps = group.some((e) => taken.some((t) => e.range[0] < t.end && t.start < e.range[1] || (e.range[0] === e.range[1] && e.range[0] === t.start && t.start === t.end)));
    if (overlaps) continue;
    for (const e of group) {
      edits.push(e);
      taken.push({ start: e.range[0], end: e.range[1] });
    }
  }
  return applyEdits(text, edits);
}
