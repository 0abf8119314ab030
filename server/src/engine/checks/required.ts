/**
 * Shared mechanism of the required-element rules: the policy says which elements a template
 * of this type/stage needs, the phrase bank says what wording satisfies them.
 */

import { elementHits, type ElementHit } from '../knowledge.js';
import type { RuleContext } from '../rule.js';
import type { Range, Suggestion } from '../types.js';

export interface MissingElement {
  element: string;
  label: string;
}

/** True when the rule can judge this document (a template in a language with a phrase bank). */
export function canJudge(ctx: RuleContext): boolean {
  return ctx.doc.isTemplate && ctx.knowledge.hasPhraseBank(ctx.doc.language);
}

/** Hits of `element` in the document's prose. */
export function hitsOf(ctx: RuleContext, element: string): ElementHit[] {
  return elementHits(ctx.doc, ctx.knowledge).get(element) ?? [];
}

/** Elements the policy requires of this template for `ruleId` that are missing. */
export function missingElements(ctx: RuleContext, ruleId: string): MissingElement[] {
  if (!canJudge(ctx)) return [];
  const missing: MissingElement[] = [];
  const seen = new Set<string>();
  for (const row of ctx.knowledge.requirementsFor(ruleId, ctx.doc.meta)) {
    for (const element of row.elements) {
      if (seen.has(element)) continue;
      seen.add(element);
      if (hitsOf(ctx, element).length === 0) missing.push({ element, label: ctx.knowledge.elementLabel(element, 'en') });
    }
  }
  return missing;
}

/** "a termination (type: will)" */
export function describeTemplate(ctx: RuleContext): string {
  const { stage, type } = ctx.doc.meta;
  const article = stage && /^[aeiou]/.test(stage) ? 'An' : 'A';
  return `${article} ${stage ?? 'reply'} for type "${type}"`;
}

/** Reports each missing element on the front matter's `stage:` line, with an insert suggestion. */
export function reportMissing(ctx: RuleContext, missing: MissingElement[], range?: Range): void {
  for (const m of missing) {
    const why = ctx.knowledge.elements[m.element]?.why;
    ctx.report({
      range: range ?? ctx.doc.anchor(),
      documentLevel: range === undefined,
      message: `${describeTemplate(ctx)} must include ${m.label}.${why ? ` ${why}` : ''}`,
      suggestions: insertSuggestion(ctx, m.element),
      data: { element: m.element },
    });
  }
}

/** Runs the standard check for a required-element rule. */
export function checkRequired(ctx: RuleContext, ruleId: string): void {
  reportMissing(ctx, missingElements(ctx, ruleId));
}

/** A suggestion that inserts the phrase bank's paragraph for `element`, before the sign-off. */
export function insertSuggestion(ctx: RuleContext, element: string): Suggestion[] {
  const set = ctx.knowledge.phraseSet(ctx.doc.language, element);
  if (!set?.insert) return [];
  const { at, before, after } = insertionPoint(ctx);
  return [{ title: `Insert: ${set.insert.length > 60 ? set.insert.slice(0, 57) + '…' : set.insert}`, edits: [{ range: [at, at], text: before + set.insert + after }] }];
}

/**
 * Where a new paragraph goes: before the last paragraph when it looks like a sign-off
 * (at most three short lines), otherwise at the end of the body.
 */
export function insertionPoint(ctx: RuleContext): { at: number; before: string; after: string } {
  const { text } = ctx.doc;
  const [bodyStart, bodyEnd] = ctx.doc.body;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let end = bodyEnd;
  while (end > bodyStart && /\s/.test(text[end - 1])) end--;
  const body = text.slice(bodyStart, end);
  const lastBreak = Math.max(body.lastIndexOf('\n\n'), body.lastIndexOf('\r\n\r\n'));
  if (lastBreak >= 0) {
    const last = body.slice(lastBreak).trim();
    const lines = last.split(/\r?\n/);
    if (lines.length <= 3 && lines.every((l) => l.length <= 80)) {
      let at = bodyStart + lastBreak + (body.startsWith('\r\n\r\n', lastBreak) ? 4 : 2);
      // A closing formula set apart from the name ("此致\n敬礼", "Mit freundlichen Grüßen")
      // belongs to the sign-off too: insert before it, not between it and the name.
      const head = body.slice(0, lastBreak).replace(/\s+$/, '');
      const prevBreak = Math.max(head.lastIndexOf('\n\n'), head.lastIndexOf('\r\n\r\n'));
      if (prevBreak >= 0) {
        const prev = head.slice(prevBreak).trim();
        const prevLines = prev.split(/\r?\n/);
        if (prevLines.length <= 2 && prev.length <= 30 && !/[{}<>\[\]]|https?:/.test(prev) && !/[.?:。？：]$/.test(prev)) {
          at = bodyStart + prevBreak + (head.startsWith('\r\n\r\n', prevBreak) ? 4 : 2);
        }
      }
      return { at, before: '', after: eol + eol };
    }
  }
  return { at: end, before: end > bodyStart ? eol + eol : '', after: end === bodyEnd ? eol : '' };
}
