import { canJudge, hitsOf, insertSuggestion, missingElements, reportMissing } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** In a termination the refund is stated as already issued, not asked about. */
export const rule: Rule = {
  id: 'refund-as-done',
  description: 'In a termination the refund is stated as already issued, not offered as a question.',
  defaultSeverity: 'warning',
  tags: ['required', 'refund'],
  fixable: 'suggestion',
  check(ctx) {
    if (!canJudge(ctx) || ctx.knowledge.requirementsFor('refund-as-done', ctx.doc.meta).length === 0) return;
    for (const hit of hitsOf(ctx, 'refund-asked')) {
      ctx.report({
        range: hit.range,
        message: "Don't ask whether the customer wants the refund in a termination; issue it and say that it has been sent.",
        suggestions: insertSuggestion(ctx, 'refund-issued').map((s) => ({ ...s, edits: [{ range: hit.range, text: s.edits[0].text.trim() }] })),
        data: { element: 'refund-issued' },
      });
    }
    const missing = missingElements(ctx, 'refund-as-done');
    if (missing.length && hitsOf(ctx, 'refund-asked').length === 0) reportMissing(ctx, missing);
  },
};
