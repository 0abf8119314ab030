import { checkRequired } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** After a legal threat, the reply redirects all further correspondence to the company's lawyer. */
export const rule: Rule = {
  id: 'lawyer-redirect',
  description: "After a legal threat, the reply redirects all further correspondence to the company's lawyer.",
  defaultSeverity: 'error',
  tags: ['required', 'legal'],
  fixable: 'suggestion',
  check: (ctx) => checkRequired(ctx, 'lawyer-redirect'),
};
