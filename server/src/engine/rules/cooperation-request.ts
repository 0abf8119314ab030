import { checkRequired } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** The response to an angry complaint asks the customer to help solve the problem. */
export const rule: Rule = {
  id: 'cooperation-request',
  description: 'The response to an angry complaint asks the customer to help solve the problem.',
  defaultSeverity: 'error',
  tags: ['required', 'angry'],
  fixable: 'suggestion',
  check: (ctx) => checkRequired(ctx, 'cooperation-request'),
};
