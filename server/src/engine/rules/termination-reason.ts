import { hitsOf, missingElements, reportMissing } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** A termination states the specific behaviour that led to it. */
export const rule: Rule = {
  id: 'termination-reason',
  description: 'A termination states the specific behaviour that led to it, not a vague "we have decided".',
  defaultSeverity: 'error',
  tags: ['required', 'termination'],
  fixable: 'suggestion',
  check(ctx) {
    const missing = missingElements(ctx, 'termination-reason');
    if (missing.length === 0) return;
    const vague = hitsOf(ctx, 'vague-decision')[0];
    if (vague) {
      ctx.report({
        range: vague.range,
        message: 'This announces a decision without the reason: name the specific behaviour that led to it (the messages, threats or requests).',
        data: { element: 'reason' },
      });
      return;
    }
    reportMissing(ctx, missing);
  },
};
