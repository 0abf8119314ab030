import { checkRequired } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** An automatic acknowledgement confirms the complaint and says when a person will reply. */
export const rule: Rule = {
  id: 'acknowledgement-timeframe',
  description: 'An automatic acknowledgement confirms the complaint and says when a person will reply.',
  defaultSeverity: 'error',
  tags: ['required', 'angry'],
  fixable: 'suggestion',
  check: (ctx) => checkRequired(ctx, 'acknowledgement-timeframe'),
};
