import { checkRequired } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** A warning shot states, calmly, what happens if the behaviour continues. */
export const rule: Rule = {
  id: 'warning-consequence',
  description: 'A warning shot states, calmly, what happens if the behaviour continues.',
  defaultSeverity: 'error',
  tags: ['required', 'warning'],
  fixable: 'suggestion',
  check: (ctx) => checkRequired(ctx, 'warning-consequence'),
};
