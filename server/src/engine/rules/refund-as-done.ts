import { canJudge, hitsOf, insertSuggestion, missingElements, reportMissing } from '../checks/required.js';
import type { Rule } from '../rule.js';
import type { Range } from '../types.js';

/** In a termination the refund is stated as already issued, not asked about. */
export const rule: Rule = {
  id: 'refund-as-done',
  description: 'In a termination the refund is stated as already issued, not offered as a question.',
  defaultSeverity: 'warning',
  tags: ['required', 'refund'],
  fixable: 'suggestion',
  check(ctx) {
    if (!canJudge(ctx) || ctx.knowledge.requirementsFor('refund-as-done', ctx.doc.meta).length === 0) return;
    // Several patterns can match one question (German verb-final clauses especially): report
    // each stretch of overlapping hits once, on their union.
    const asked: [number, number][] = [];
    for (const { range } of [...hitsOf(ctx, 'refund-asked')].sort((x, y) => x.range[0] - y.range[0])) {
      const last = asked[asked.length - 1];
      if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
      else asked.push([range[0], range[1]]);
    }
    const { text } = ctx.doc;
    for (const range of asked) {
      ctx.report({
        range,
        message: "Don't ask whether the customer wants the refund in a termination; issue it and say that it has been sent.",
        suggestions: insertSuggestion(ctx, 'refund-issued').map((s) => {
          const statement = s.edits[0].text.trim();
          // The statement brings its own full stop: replace the question's "?" (or ".") too.
          let end = range[1];
          if (/[.!?。！？]$/.test(statement)) while (end < text.length && /[.!?。！？]/.test(text[end])) end++;
          return { ...s, edits: [{ range: [range[0], end] as Range, text: statement }] };
        }),
        data: { element: 'refund-issued' },
      });
    }
    const missing = missingElements(ctx, 'refund-as-done');
    if (missing.length && hitsOf(ctx, 'refund-asked').length === 0) reportMissing(ctx, missing);
  },
};
