import { canJudge, hitsOf, insertSuggestion, missingElements, reportMissing } from '../checks/required.js';
import type { Rule } from '../rule.js';

/**
 * A date or a period ("within 30 days") in a sentence: digits, month names in the first-class
 * languages, CJK date units. Placeholders are judged separately (see `datePlaceholder`).
 */
const DATE_LIKE = new RegExp([
  '\\d',
  '\\b(january|february|march|april|june|july|august|september|october|november|december)\\b',
  '\\b(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\\b',
  '\\b(one|two|three|four|five|six|seven|ten|fourteen|thirty|sixty|ninety) (day|week|month)s?\\b',
  '\\b(ein|zwei|drei|vier|sieben|zehn|vierzehn|dreißig|dreissig|sechzig|neunzig) (tag|tage|tagen|woche|wochen|monat|monaten)\\b',
  '(一|二|两|三|七|十|十四|三十|六十|九十)(天|日|周|个月)', '[年月日]',
  '(하루|이틀|사흘|일주일|한 달|두 달)',
].join('|'), 'iu');

/** A placeholder that stands for a date: by its name, or by a digit in its example. */
const DATE_NAME = /date|day|deadline|until|expir|time|period|datum|frist|termin|tag|ablauf|loesch|lösch|riqi|nalja/i;

function hasDate(text: string, variables: Record<string, { example?: string }>): boolean {
  let found = false;
  const rest = text.replace(/\{\{\s*([^}|\s]+)[^}]*\}\}/g, (_, name: string) => {
    if (DATE_NAME.test(name) || /\d/.test(variables[name]?.example ?? '')) found = true;
    return ' ';
  });
  return found || DATE_LIKE.test(rest);
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
      return hasDate(doc.text.slice(a, b), doc.meta.variables);
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
