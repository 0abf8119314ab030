import type { Rule } from '../rule.js';

/** A locale without a phrase bank gets generic checks only; say so once. */
export const rule: Rule = {
  id: 'locale-support',
  description: "Reports when a template\'s locale has no phrase bank, so only generic checks (tone, placeholders, brevity) apply.",
  defaultSeverity: 'info',
  tags: ['locale'],
  check(ctx) {
    const { doc, knowledge } = ctx;
    if (!doc.isTemplate || knowledge.hasPhraseBank(doc.language)) return;
    const range = doc.frontMatter?.valueRanges.get('locale') ?? doc.anchor(['locale', 'stage', 'type']);
    const supported = knowledge.phraseLanguages.sort().join(', ');
    ctx.report({
      range,
      message: `Locale "${doc.locale}" has no phrase bank: only generic checks (tone, placeholders, brevity) apply. Required elements are checked for ${supported}; add phrases for "${doc.language}" in .replylintrc.yaml to enable them.`,
    });
  },
};
