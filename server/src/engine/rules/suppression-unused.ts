import type { SuppressionContext } from '../lint.js';
import type { Rule } from '../rule.js';
import { didYouMean } from '../text/similar.js';

/** Rules whose findings come from a cross-file check (engine/parity.ts), not from lint(). */
const CROSS_FILE_RULES = new Set(['locale-parity']);

/** A suppression comment that suppresses nothing, or names an unknown rule, is reported. */
export const rule: Rule = {
  id: 'suppression-unused',
  description: 'Suppression comments name known rules and suppress something.',
  defaultSeverity: 'warning',
  tags: ['suppression'],
  fixable: 'suggestion',
  generic: true,
  check(ctx) {
    const { directives, knownRules, doc } = ctx as SuppressionContext;
    for (const d of directives) {
      let unknown = false;
      d.rules.forEach((r, i) => {
        const base = r.split('/')[0];
        if (knownRules.has(base)) return;
        unknown = true;
        const guess = didYouMean(base, knownRules);
        ctx.report({
          range: d.ruleRanges[i],
          message: `Unknown rule "${r}" in suppression comment${guess ? `; did you mean "${guess}"?` : '.'}`,
          suggestions: guess ? [{ title: `Change to "${guess}"`, edits: [{ range: [d.ruleRanges[i][0], d.ruleRanges[i][0] + base.length], text: guess }] }] : undefined,
        });
      });
      if (unknown) continue;
      // Cross-file rules (locale-parity) are checked outside lint(): their directives are used there.
      if (d.rules.length > 0 && d.rules.every((r) => CROSS_FILE_RULES.has(r.split('/')[0]))) continue;
      if (d.kind === 'enable') {
        const opened = directives.some((o) => o.kind === 'disable' && o.range[0] < d.range[0] && (o.rules.length === 0 || d.rules.length === 0 || o.rules.some((r) => d.rules.includes(r))));
        if (opened) continue;
      } else if (d.used) continue;
      // Remove the comment, with its line when it stands alone.
      let [a, b] = d.range;
      const lineStart = doc.text.lastIndexOf('\n', a - 1) + 1;
      let lineEnd = doc.text.indexOf('\n', b);
      if (lineEnd < 0) lineEnd = doc.text.length;
      if (doc.text.slice(lineStart, a).trim() === '' && doc.text.slice(b, lineEnd).trim() === '') {
        a = lineStart;
        b = Math.min(doc.text.length, lineEnd + 1);
      }
      ctx.report({
        range: d.range,
        message: d.kind === 'enable' ? 'This replylint-enable has no matching replylint-disable before it.' : 'This suppression comment no longer suppresses anything: remove it.',
        suggestions: [{ title: 'Remove this comment', edits: [{ range: [a, b], text: '' }] }],
      });
    }
  },
};
