import { checkRequired } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** Will's termination apologises for the poor fit and points to alternatives. */
export const rule: Rule = {
  id: 'poor-fit-alternatives',
  description: "Will's termination apologises for the poor fit and points to alternatives.",
  defaultSeverity: 'error',
  tags: ['required', 'will'],
  fixable: 'suggestion',
  check: (ctx) => checkRequired(ctx, 'poor-fit-alternatives'),
};
