import { canJudge, hitsOf, insertSuggestion, missingElements, reportMissing } from '../checks/required.js';
import type { Rule, RuleContext } from '../rule.js';

/** A placeholder that stands for a date: by its name, or by a digit in its example. */
const DATE_NAME = /date|day|deadline|until|expir|time|period|datum|frist|termin|tag|ablauf|loesch|lösch|riqi|nalja/i;

/**
 * Whether `[a, b)` of the document carries a date or a period: a digit, a date placeholder (see
 * DATE_NAME), or a hit of the phrase bank's `date` set (month names, "thirty days", 两周, 일주일).
 */
function hasDate(ctx: RuleContext, a: number, b: number): boolean {
  const { doc } = ctx;
  let found = false;
  const rest = doc.text.slice(a, b).replace(/\{\{\s*([^}|\s]+)[^}]*\}\}/g, (_, name: string) => {
    if (DATE_NAME.test(name) || /\d/.test(doc.meta.variables[name]?.example ?? '')) found = true;
    return ' ';
  });
  return found || /\d/.test(rest) || hitsOf(ctx, 'date').some(({ range: [s, e] }) => s >= a && e <= b);
}

/** A service termination or walk-away says how to export the data and by what date it is deleted. */
export const rule: Rule = {
  id: 'data-retrieval-deadline',
  description: 'A service termination or walk-away says how to export the data and by what date it is deleted.',
  defaultSeverity: 'error',
  tags: ['required', 'service'],
  fixable: 'suggestion',
  check(ctx) {
    if (!canJudge(ctx)) return;
    const missing = missingElements(ctx, 'data-retrieval-deadline');
    reportMissing(ctx, missing);
    if (missing.some((m) => m.element === 'data-deletion')) return;
    if (ctx.knowledge.requirementsFor('data-retrieval-deadline', ctx.doc.meta).length === 0) return;
    // "Your data will be permanently deleted" is not a deadline: the sentence must carry a date.
    const { doc } = ctx;
    const hits = hitsOf(ctx, 'data-deletion');
    // The date may sit in the sentence before ("... until {{deletion_date}}. After that date ...").
    const sentences = doc.sentences;
    const dated = hits.some((h) => {
      const i = sentences.findIndex((x) => x.range[0] <= h.range[0] && h.range[0] < x.range[1]);
      const a = i > 0 ? sentences[i - 1].range[0] : i === 0 ? sentences[0].range[0] : h.range[0];
      const b = i >= 0 ? sentences[i].range[1] : h.range[1];
      return hasDate(ctx, a, b);
    });
    if (dated || hits.length === 0) return;
    ctx.report({
      range: hits[0].range,
      message: 'This says the data will be deleted but not by what date: give the date (e.g. {{deletion_date}}) after which the account is closed and the data cannot be recovered.',
      suggestions: insertSuggestion(ctx, 'data-deletion'),
      data: { element: 'data-deletion' },
    });
  },
};
