import type { Rule } from '../rule.js';

/** Short and to the point: a word budget per stage and a limit on sentence length. */
export const rule: Rule = {
  id: 'brevity',
  description: 'Replies stay short and to the point: a word budget per stage, and no overly long sentences.',
  defaultSeverity: 'warning',
  tags: ['style'],
  generic: true,
  options: {
    maxWords: { type: 'positive-number', description: 'One word budget for every stage (no locale factor applied).' },
    stages: { type: 'positive-number-map', description: 'Word budget per stage (default for the others: "default").' },
    localeFactor: { type: 'positive-number-map', description: 'Budget multiplier per language (CJK text counts characters differently).' },
    maxSentenceWords: { type: 'positive-number', description: 'Longest sentence, in words, for every language.' },
    sentenceWords: { type: 'positive-number-map', description: 'Longest sentence, in words, per language.' },
  },
  check(ctx) {
    const { doc, knowledge, options } = ctx;
    const data = knowledge.brevity;
    const stages = { ...data.stages, ...((options.stages as Record<string, number>) ?? {}) };
    const factors = { ...data.localeFactor, ...((options.localeFactor as Record<string, number>) ?? {}) };
    const sentenceLimits = { ...data.sentenceWords, ...((options.sentenceWords as Record<string, number>) ?? {}) };
    const factor = factors[doc.language] ?? 1;
    const maxSentence = Number(options.maxSentenceWords ?? sentenceLimits[doc.language] ?? sentenceLimits.default ?? 35);
    let total = 0;
    for (const s of doc.sentences) {
      total += s.words;
      if (s.words > maxSentence) {
        ctx.report({
          range: s.range,
          subId: 'sentence',
          message: `This sentence has ${s.words} words (limit ${maxSentence}): split it so each sentence says one thing.`,
          data: { words: s.words, limit: maxSentence },
        });
      }
    }
    const stageKey = doc.meta.stage ?? 'default';
    const budget = Math.round(Number(options.maxWords ?? stages[stageKey] ?? stages.default ?? 320) * (options.maxWords ? 1 : factor));
    if (total > budget) {
      ctx.report({
        range: doc.anchor(),
        documentLevel: true,
        subId: 'length',
        message: `This ${doc.meta.stage ?? 'reply'} has ${total} words; keep it under ${budget}. Short and to the point reads as firm and calm.`,
        data: { words: total, limit: budget },
      });
    }
  },
};
