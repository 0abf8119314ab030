import { checkRequired } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** The review follow-up confirms the problem is solved and asks to revise the review. */
export const rule: Rule = {
  id: 'review-revision-request',
  description: 'The review follow-up confirms the problem is solved and asks to revise the review.',
  defaultSeverity: 'error',
  tags: ['required', 'review'],
  fixable: 'suggestion',
  check: (ctx) => checkRequired(ctx, 'review-revision-request'),
};
