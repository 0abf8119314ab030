import type { Rule } from '../rule.js';
import { didYouMean } from '../text/similar.js';
import type { Suggestion } from '../types.js';
import { declareVariableEdit } from '../checks/front-matter-edit.js';

/** Every `{{placeholder}}` in the body is declared under `variables` in the front matter. */
export const rule: Rule = {
  id: 'placeholder-undefined',
  description: 'Every {{placeholder}} is declared under "variables" in the front matter.',
  defaultSeverity: 'error',
  tags: ['placeholder'],
  fixable: 'suggestion',
  check(ctx) {
    const { doc } = ctx;
    if (!doc.frontMatter?.closed || doc.frontMatter.problems.some((p) => p.kind === 'syntax')) return;
    const declared = Object.keys(doc.meta.variables);
    const reported = new Set<string>();
    for (const p of doc.placeholders) {
      if (!p.name || doc.meta.variables[p.name] !== undefined) continue;
      const guess = didYouMean(p.name, declared);
      const suggestions: Suggestion[] = [];
      if (guess) suggestions.push({ title: `Change to {{${guess}}}`, edits: [{ range: p.nameRange, text: guess }] });
      if (!reported.has(p.name)) {
        const edit = declareVariableEdit(doc, p.name);
        if (edit) suggestions.push({ title: `Declare "${p.name}" in the front matter`, edits: [edit] });
      }
      reported.add(p.name);
      ctx.report({
        range: p.range,
        message: `{{${p.name}}} is not declared under "variables" in the front matter${guess ? `; did you mean {{${guess}}}?` : '.'}`,
        suggestions,
        data: { variable: p.name },
      });
    }
  },
};
