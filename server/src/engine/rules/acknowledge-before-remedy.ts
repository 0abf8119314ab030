import { canJudge, hitsOf, missingElements, reportMissing } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** The response to an angry complaint acknowledges the complaint before it offers a remedy. */
export const rule: Rule = {
  id: 'acknowledge-before-remedy',
  description: 'The response to an angry complaint acknowledges the complaint first, then offers a remedy.',
  defaultSeverity: 'error',
  tags: ['required', 'angry'],
  fixable: 'suggestion',
  check(ctx) {
    if (!canJudge(ctx)) return;
    const missing = missingElements(ctx, 'acknowledge-before-remedy');
    if (missing.length) {
      reportMissing(ctx, missing);
      return;
    }
    if (ctx.knowledge.requirementsFor('acknowledge-before-remedy', ctx.doc.meta).length === 0) return;
    const firstAck = hitsOf(ctx, 'acknowledge')[0];
    const firstRemedy = hitsOf(ctx, 'remedy')[0];
    if (firstAck && firstRemedy && firstRemedy.start < firstAck.start) {
      ctx.report({
        range: firstRemedy.range,
        message: 'The remedy comes before the acknowledgement: comfort first (show you understand the complaint), then say what you will do.',
        data: { element: 'acknowledge', acknowledgement: firstAck.range },
      });
    }
  },
};
