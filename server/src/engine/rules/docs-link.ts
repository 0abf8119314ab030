import { checkRequired } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** Will's warning shot links the documentation. */
export const rule: Rule = {
  id: 'docs-link',
  description: "Will's warning shot links the documentation.",
  defaultSeverity: 'error',
  tags: ['required', 'will'],
  fixable: 'suggestion',
  check: (ctx) => checkRequired(ctx, 'docs-link'),
};
