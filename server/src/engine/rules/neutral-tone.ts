import { analyzeTone } from '../tone/analyze.js';
import { scoreText, topSpans, type Sensitivity } from '../tone/model.js';
import type { Rule } from '../rule.js';

/**
 * Neutral tone: insults, condescension, blame, passive aggression, sarcasm, absolutes,
 * threats, shouting, dismissiveness, grovelling and register, reported on the exact words with
 * neutral rewrites as suggestions. Lexicons: server/src/engine/data/tone/<locale>.yaml.
 *
 * Second layer (`neutral-tone/score`): a compact statistical model per language (en, de, zh,
 * ko) scores the whole text; above its calibrated threshold, one info-level hint names the
 * words that drive the score. Two operating points (option `sensitivity`): `high` in reply
 * templates, `standard` (precision-first) in plain text. Model and figures: docs/tone.md.
 */
export const rule: Rule = {
  id: 'neutral-tone',
  description: 'The reply keeps a neutral tone: no aggressive, insulting, sarcastic, condescending, blaming or passive-aggressive wording, and no shouting.',
  defaultSeverity: 'warning',
  tags: ['tone'],
  fixable: 'suggestion',
  generic: true,
  options: {
    sensitivity: {
      type: 'enum',
      values: ['standard', 'high'],
      description: 'Operating point of the tone score: "standard" is precision-first, "high" also reports blunt wording; by default "high" in reply templates and "standard" in plain text (docs/tone.md).',
    },
  },
  check(ctx) {
    const { doc } = ctx;
    for (const f of analyzeTone(doc, ctx.knowledge)) {
      ctx.report({
        range: f.range,
        subId: f.category,
        message: `${f.message} (neutral-tone/${f.category})`,
        suggestions: (f.fitted ?? []).map((r) => ({
          title: r.removal ? 'Remove these words' : `Rewrite as "${r.text.trim()}"`,
          edits: [{ range: r.range, text: r.text }],
        })),
        data: { category: f.category, entry: f.entryId, phrase: doc.text.slice(f.range[0], f.range[1]) },
      });
    }
    // Reply templates default to the high operating point: on our blind support-reply sets it keeps
    // precision at 0.98-1.00 with much higher recall. Plain text (tweets, forum posts, anything)
    // keeps the precision-first one, calibrated on social-media text (docs/tone.md).
    const sensitivity: Sensitivity = ctx.options.sensitivity === 'high' || ctx.options.sensitivity === 'standard' ? ctx.options.sensitivity : doc.isTemplate ? 'high' : 'standard';
    const score = scoreText(doc.prose.text, doc.language, sensitivity);
    if (!score?.hostile) return;
    const spans = topSpans(doc.prose, doc.language, 3);
    const words = spans.map((s) => `"${doc.text.slice(s.range[0], s.range[1])}"`);
    ctx.report({
      range: spans[0]?.range ?? doc.anchor(),
      subId: 'score',
      // An info-level hint unless the team configured `neutral-tone/score` explicitly.
      severity: ctx.config.rules['neutral-tone/score'] ? undefined : 'info',
      documentLevel: true,
      message: `${scoreMessage(ctx.knowledge.toneFile(doc.language)?.categories?.score?.message, score.score, score.threshold, words)} (neutral-tone/score)`,
      data: {
        category: 'score',
        score: Number(score.score.toFixed(4)),
        threshold: score.threshold,
        sensitivity,
        spans: spans.map((s) => ({ range: s.range, text: doc.text.slice(s.range[0], s.range[1]), weight: Number(s.weight.toFixed(3)) })),
      },
    });
  },
};

/** The score hint in the reply's language: the tone file's `categories.score.message` with {score}, {threshold}, {signals}. */
function scoreMessage(template: string | undefined, score: number, threshold: number, words: string[]): string {
  const t = template ?? 'The text as a whole reads as hostile (tone score {score}, threshold {threshold}); strongest signals: {signals}.';
  return t.replace('{score}', score.toFixed(2)).replace('{threshold}', threshold.toFixed(2)).replace('{signals}', words.join(', ') || '-');
}
