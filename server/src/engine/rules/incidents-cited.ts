import { checkRequired } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** Dwight's termination cites the incidents behind the decision. */
export const rule: Rule = {
  id: 'incidents-cited',
  description: "Dwight's termination cites the incidents behind the decision.",
  defaultSeverity: 'error',
  tags: ['required', 'dwight'],
  fixable: 'suggestion',
  check: (ctx) => checkRequired(ctx, 'incidents-cited'),
};
