import type { SuppressionContext } from '../lint.js';
import type { Rule } from '../rule.js';

/** Every replylint-disable comment says why: `<!-- replylint-disable-next-line RULE -- reason -->`. */
export const rule: Rule = {
  id: 'suppression-reason',
  description: 'Every suppression comment gives a reason after " -- ".',
  defaultSeverity: 'warning',
  tags: ['suppression'],
  generic: true,
  check(ctx) {
    for (const d of (ctx as SuppressionContext).directives) {
      if (d.kind === 'enable' || d.reason) continue;
      ctx.report({
        range: d.range,
        message: 'Add a reason to this suppression after " -- ", e.g. <!-- replylint-disable-next-line neutral-tone -- quoting the customer -->.',
      });
    }
  },
};
