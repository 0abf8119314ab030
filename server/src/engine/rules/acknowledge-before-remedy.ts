import { canJudge, describeTemplate, hitsOf, missingElements, reportMissing } from '../checks/required.js';
import type { Rule, RuleContext } from '../rule.js';
import type { Suggestion } from '../types.js';

/** The response to an angry complaint acknowledges the complaint before it offers a remedy. */
export const rule: Rule = {
  id: 'acknowledge-before-remedy',
  description: 'The response to an angry complaint acknowledges the complaint first, then offers a remedy.',
  defaultSeverity: 'error',
  tags: ['required', 'angry'],
  fixable: 'suggestion',
  check(ctx) {
    if (!canJudge(ctx)) return;
    const missing = missingElements(ctx, 'acknowledge-before-remedy');
    if (missing.length) {
      // The acknowledgement goes first, so its insertion goes after the greeting, not before the sign-off.
      reportMissing(ctx, missing.filter((m) => m.element !== 'acknowledge'));
      for (const m of missing.filter((x) => x.element === 'acknowledge')) {
        const why = ctx.knowledge.elements[m.element]?.why;
        ctx.report({
          range: ctx.doc.anchor(),
          documentLevel: true,
          message: `${describeTemplate(ctx)} must include ${m.label}.${why ? ` ${why}` : ''}`,
          suggestions: openingSuggestion(ctx, m.element),
          data: { element: m.element },
        });
      }
      return;
    }
    if (ctx.knowledge.requirementsFor('acknowledge-before-remedy', ctx.doc.meta).length === 0) return;
    const firstAck = hitsOf(ctx, 'acknowledge')[0];
    const firstRemedy = hitsOf(ctx, 'remedy')[0];
    if (firstAck && firstRemedy && firstRemedy.start < firstAck.start) {
      ctx.report({
        range: firstRemedy.range,
        message: 'The remedy comes before the acknowledgement: comfort first (show you understand the complaint), then say what you will do.',
        data: { element: 'acknowledge', acknowledgement: firstAck.range },
      });
    }
  },
};

/**
 * How a greeting line ends: "Hello Chris," / "尊敬的客户：", and Korean greetings, which end in a
 * full stop or no punctuation at all ("{{customer_name}} 님, 안녕하십니까." / "{{customer_name}} 님께").
 */
const GREETING_END = /(?:[,:，：]|님께|안녕하십니까[.!]?|안녕하세요[.!]?)$/;

/** Inserts the phrase bank's paragraph after the greeting line (a short first line ending in "," or ":"), else at the top. */
function openingSuggestion(ctx: RuleContext, element: string): Suggestion[] {
  const set = ctx.knowledge.phraseSet(ctx.doc.language, element);
  if (!set?.insert) return [];
  const { text } = ctx.doc;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let at = ctx.doc.body[0];
  while (at < text.length && /\s/.test(text[at])) at++;
  const lineEnd = text.indexOf('\n', at);
  const first = text.slice(at, lineEnd < 0 ? text.length : lineEnd).trimEnd();
  if (lineEnd >= 0 && first.length <= 80 && GREETING_END.test(first)) {
    let after = lineEnd + 1;
    while (after < text.length && (text[after] === '\n' || text[after] === '\r' || text[after] === ' ' || text[after] === '\t')) after++;
    // Chinese letters open with 您好 after the salutation ("尊敬的…：\n\n您好。…"): insert after it.
    const opener = /^(?:您好|大家好)[。！!，,]?[ \t]*/.exec(text.slice(after, after + 8));
    if (opener) {
      const at2 = after + opener[0].length;
      const nl = text.indexOf('\n', at2);
      const rest = text.slice(at2, nl < 0 ? text.length : nl);
      if (rest.trim() !== '') return [{ title: `Insert: ${set.insert.length > 60 ? set.insert.slice(0, 57) + '…' : set.insert}`, edits: [{ range: [at2, at2], text: set.insert + eol + eol }] }];
      // "您好！" on a line of its own: the acknowledgement becomes the next paragraph.
      after = at2;
      while (after < text.length && /\s/.test(text[after])) after++;
    }
    return [{ title: `Insert: ${set.insert.length > 60 ? set.insert.slice(0, 57) + '…' : set.insert}`, edits: [{ range: [after, after], text: set.insert + eol + eol }] }];
  }
  return [{ title: `Insert: ${set.insert.length > 60 ? set.insert.slice(0, 57) + '…' : set.insert}`, edits: [{ range: [at, at], text: set.insert + eol + eol }] }];
}
