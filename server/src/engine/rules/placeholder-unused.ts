import type { Rule } from '../rule.js';

/** A variable declared in the front matter is used in the body. */
export const rule: Rule = {
  id: 'placeholder-unused',
  description: 'Every variable declared in the front matter is used in the body.',
  defaultSeverity: 'warning',
  tags: ['placeholder'],
  check(ctx) {
    const { doc } = ctx;
    const fm = doc.frontMatter;
    if (!fm) return;
    const used = new Set(doc.placeholders.map((p) => p.name));
    for (const [name, range] of fm.variableRanges) {
      if (used.has(name)) continue;
      ctx.report({
        range,
        message: `Variable "${name}" is declared but never used in the body: use it as {{${name}}} or remove the declaration.`,
        data: { variable: name },
      });
    }
  },
};
