import { checkRequired } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** A service termination or walk-away says how to export the data and when it is deleted. */
export const rule: Rule = {
  id: 'data-retrieval-deadline',
  description: 'A service termination or walk-away says how to export the data and when it is deleted.',
  defaultSeverity: 'error',
  tags: ['required', 'service'],
  fixable: 'suggestion',
  check: (ctx) => checkRequired(ctx, 'data-retrieval-deadline'),
};
