import { checkRequired } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** Dwight's termination ends with a wish of good luck. */
export const rule: Rule = {
  id: 'good-wishes',
  description: "Dwight's termination ends with a wish of good luck.",
  defaultSeverity: 'warning',
  tags: ['required', 'dwight'],
  fixable: 'suggestion',
  check: (ctx) => checkRequired(ctx, 'good-wishes'),
};
