import type { Rule } from '../rule.js';

/** With a legal threat, a warning shot is wrong: skip it and end the relationship. */
export const rule: Rule = {
  id: 'no-warning-on-legal-threat',
  description: 'With legal_threat: true, skip the warning shot and end the relationship.',
  defaultSeverity: 'error',
  tags: ['legal', 'policy'],
  fixable: 'suggestion',
  check(ctx) {
    const { meta, frontMatter } = ctx.doc;
    if (!meta.legal_threat || meta.stage !== 'warning' || !frontMatter) return;
    const value = frontMatter.valueRanges.get('stage') ?? ctx.doc.anchor();
    ctx.report({
      range: value,
      message: 'A legal threat skips the warning shot: end the relationship (stage: termination), refund, and redirect further correspondence to your lawyer.',
      suggestions: [{ title: 'Change the stage to "termination"', edits: [{ range: value, text: 'termination' }] }],
    });
  },
};
