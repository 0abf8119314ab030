import type { Rule } from '../rule.js';

/**
 * A locale without a phrase bank gets generic checks only: say so once. When the team lists
 * its locales in config (`locales: [en, de]`), a template in any other locale is reported too.
 */
export const rule: Rule = {
  id: 'locale-support',
  description: "Reports a template whose locale has no phrase bank (only generic checks apply), or that is not one of the team's configured locales.",
  defaultSeverity: 'info',
  tags: ['locale'],
  check(ctx) {
    const { doc, knowledge, config } = ctx;
    if (!doc.isTemplate) return;
    const range = doc.frontMatter?.valueRanges.get('locale') ?? doc.anchor(['locale', 'stage', 'type']);
    if (config.locales.length > 0) {
      const declared = config.locales.map((l) => l.toLowerCase());
      const ok = declared.includes(doc.locale.toLowerCase()) || declared.includes(doc.language);
      if (!ok) {
        ctx.report({
          range,
          subId: 'not-configured',
          severity: 'warning',
          message: `Locale "${doc.locale}" is not one of this team's locales (${config.locales.join(', ')} in .replylintrc.yaml): translate it into one of them, or add "${doc.language}" under "locales".`,
        });
      }
    }
    if (knowledge.hasPhraseBank(doc.language)) return;
    const supported = knowledge.phraseLanguages.sort().join(', ');
    ctx.report({
      range,
      message: `Locale "${doc.locale}" has no phrase bank: only generic checks (tone, placeholders, brevity) apply. Required elements are checked for ${supported}; add phrases for "${doc.language}" in .replylintrc.yaml to enable them.`,
    });
  },
};
