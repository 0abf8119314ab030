import { analyzeTone } from '../tone/analyze.js';
import type { Rule } from '../rule.js';

/**
 * Neutral tone: insults, condescension, blame, passive aggression, sarcasm, absolutes,
 * threats, shouting, dismissiveness and grovelling, reported on the exact words with
 * neutral rewrites as suggestions. Lexicons: server/src/engine/data/tone/<locale>.yaml.
 */
export const rule: Rule = {
  id: 'neutral-tone',
  description: 'The reply keeps a neutral tone: no aggressive, insulting, sarcastic, condescending, blaming or passive-aggressive wording, and no shouting.',
  defaultSeverity: 'warning',
  tags: ['tone'],
  fixable: 'suggestion',
  generic: true,
  check(ctx) {
    for (const f of analyzeTone(ctx.doc, ctx.knowledge)) {
      ctx.report({
        range: f.range,
        subId: f.category,
        message: `${f.message} (neutral-tone/${f.category})`,
        suggestions: f.rewrites.map((text) => ({
          title: text === '' ? 'Remove these words' : `Rewrite as "${text}"`,
          edits: [{ range: f.range, text }],
        })),
        data: { category: f.category, entry: f.entryId, phrase: ctx.doc.text.slice(f.range[0], f.range[1]) },
      });
    }
  },
};
