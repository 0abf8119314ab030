import { checkRequired } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** Warning, termination and refund replies to will/belle/xavier/dwight offer or state a refund. */
export const rule: Rule = {
  id: 'refund-offer',
  description: 'Warning, termination and refund replies to will/belle/xavier/dwight offer or state a refund.',
  defaultSeverity: 'error',
  tags: ['required', 'refund'],
  fixable: 'suggestion',
  check: (ctx) => checkRequired(ctx, 'refund-offer'),
};
