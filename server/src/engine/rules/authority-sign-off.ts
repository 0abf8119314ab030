import { canJudge, hitsOf, reportMissing } from '../checks/required.js';
import type { Rule } from '../rule.js';

/** Dwight's termination is signed by someone with authority (a role in the sign-off). */
export const rule: Rule = {
  id: 'authority-sign-off',
  description: "Dwight's termination is signed by someone with authority.",
  defaultSeverity: 'error',
  tags: ['required', 'dwight'],
  fixable: 'suggestion',
  check(ctx) {
    if (!canJudge(ctx) || ctx.knowledge.requirementsFor('authority-sign-off', ctx.doc.meta).length === 0) return;
    // The role must be in the sign-off: the last paragraph of the body.
    const { text, body } = ctx.doc;
    const trimmedEnd = text.slice(body[0], body[1]).trimEnd().length + body[0];
    const lastPara = Math.max(text.lastIndexOf('\n\n', trimmedEnd - 1), text.lastIndexOf('\n\r\n', trimmedEnd - 1), body[0]);
    const signOffStart = Math.min(lastPara, Math.max(body[0], trimmedEnd - 300));
    if (hitsOf(ctx, 'authority').some((h) => h.range[0] >= signOffStart)) return;
    reportMissing(ctx, [{ element: 'authority', label: ctx.knowledge.elementLabel('authority', 'en') }]);
  },
};
