import type { Rule } from '../rule.js';

/** A public review response explains your side once and does not invite a debate. */
export const rule: Rule = {
  id: 'review-response-once',
  description: 'A public reply to a review explains your side once; it asks no questions that reopen the argument.',
  defaultSeverity: 'warning',
  tags: ['review', 'public'],
  check(ctx) {
    if (ctx.doc.meta.stage !== 'review-response') return;
    for (const s of ctx.doc.sentences) {
      const text = ctx.doc.text.slice(s.range[0], s.range[1]).trimEnd();
      if (/[?？]["'”’」)]*$/.test(text)) {
        ctx.report({
          range: s.range,
          message: 'A public review reply states your side once; a question invites the argument to continue in public. Make it a statement or take it to a private channel.',
        });
      }
    }
  },
};
