import type { Rule } from '../rule.js';

/** YAML syntax errors and schema violations in the front matter, at their exact position. */
export const rule: Rule = {
  id: 'front-matter',
  description: 'The front matter is valid YAML and follows the schema (known keys, types, stages, locales).',
  defaultSeverity: 'error',
  tags: ['front-matter'],
  fixable: 'suggestion',
  check(ctx) {
    const fm = ctx.doc.frontMatter;
    if (!fm) return;
    for (const p of fm.problems) {
      ctx.report({ range: p.range, message: p.message, subId: p.kind, severity: p.severity, suggestions: p.suggestions });
    }
    if (!fm.closed || fm.problems.some((p) => p.kind === 'syntax')) return;
    const { type, stage } = ctx.doc.meta;
    if (type !== 'generic' && !stage && !fm.keyRanges.has('stage')) {
      ctx.report({
        range: fm.keyRanges.get('type') ?? [fm.range[0], fm.range[0] + 3],
        subId: 'missing-key',
        message: `Type "${type}" needs a "stage" (warning, termination, refund, walk-away, ...) so the right elements can be checked.`,
      });
    }
  },
};
