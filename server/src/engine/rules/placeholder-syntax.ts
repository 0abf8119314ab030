import type { Rule } from '../rule.js';

/** Malformed `{{ }}`: unclosed, empty, stray `}}`, extra braces, invalid names, `{name}`. */
export const rule: Rule = {
  id: 'placeholder-syntax',
  description: 'Placeholders are written {{name}}: closed on the same line, two braces, a valid name.',
  defaultSeverity: 'error',
  tags: ['placeholder'],
  fixable: 'fix',
  generic: true,
  check(ctx) {
    const { doc } = ctx;
    for (const p of doc.placeholders) {
      if (!p.problem) continue;
      ctx.report({
        range: p.range,
        message: `Malformed placeholder: ${p.problem}`,
        fix: p.repaired ? { edits: [{ range: p.range, text: `{{${p.repaired}}}` }] } : undefined,
      });
    }
    // `{name}` with single braces where `name` is a declared variable.
    const declared = doc.meta.variables;
    if (Object.keys(declared).length === 0) return;
    const re = /(?<!\{)\{([A-Za-z_][\w.-]*)\}(?!\})/g;
    const [start, end] = doc.body;
    const body = doc.text.slice(start, end);
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (!(m[1] in declared)) continue;
      const a = start + m.index;
      const b = a + m[0].length;
      if (doc.isMasked(a, b)) continue;
      ctx.report({
        range: [a, b],
        message: `"${m[0]}" has single braces: placeholders use two, as in {{${m[1]}}}.`,
        fix: { edits: [{ range: [a, b], text: `{{${m[1]}}}` }] },
      });
    }
  },
};
