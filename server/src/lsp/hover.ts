/**
 * Hover: on a finding, the rule's explanation and the seed guidance behind it; on a
 * `{{placeholder}}`, the variable's description and example from the front matter.
 */

import type { Hover } from 'vscode-languageserver';
import { fullRuleId, knowledgeFor, ruleMap, CATEGORY_MESSAGES, INTERNAL_ERROR } from '../engine/index.js';
import { ruleDocUrl } from './diagnostics.js';
import { Translator } from './l10n.js';
import type { LintOutcome } from './workspace.js';

const ENGLISH = new Translator(null, 'en');

/** The hover at `offset`, in the display language of `l10n` (English without a bundle). */
export function hoverAt(outcome: LintOutcome, offset: number, l10n: Translator = ENGLISH): Hover | null {
  const { doc, messages } = outcome;
  const parts: string[] = [];
  const knowledge = knowledgeFor(outcome.config);
  const here = messages.filter((m) => m.ruleId !== INTERNAL_ERROR && m.range[0] <= offset && offset <= m.range[1] && !(m.range[0] === m.range[1] && m.range[0] !== offset));
  for (const m of here) {
    const rule = ruleMap.get(m.ruleId);
    const code = fullRuleId(m);
    const message = l10n.message(m, outcome.config, doc.meta);
    const lines = [`**replylint · ${code}** (${m.severity})`, '', message];
    if (rule) lines.push('', l10n.t('*Rule:* {0}', l10n.translate(rule.description)));
    const element = typeof m.data?.element === 'string' ? m.data.element : undefined;
    const why = element ? knowledge.elements[element]?.why : undefined;
    // The English missing-element message already ends with the why; a translated one does not.
    if (why && !message.includes(l10n.translate(why))) lines.push('', l10n.t('*Why:* {0}', l10n.translate(why)));
    const category = typeof m.data?.category === 'string' ? m.data.category : undefined;
    const categoryWhy = category && CATEGORY_MESSAGES[category] ? l10n.translate(CATEGORY_MESSAGES[category]) : undefined;
    if (categoryWhy && !message.includes(categoryWhy)) lines.push('', l10n.t('*Why:* {0}', categoryWhy));
    lines.push('', `[${l10n.t('Documentation for {0}', m.ruleId)}](${ruleDocUrl(m.ruleId)})`);
    parts.push(lines.join('\n'));
  }
  const p = doc.placeholders.find((x) => x.name && x.range[0] <= offset && offset <= x.range[1]);
  if (p) {
    const spec = doc.meta.variables[p.name];
    const lines = [`**{{${p.name}}}**`];
    if (!spec) lines.push('', l10n.t('Not declared in the front matter\'s `variables`.'));
    else {
      if (spec.description) lines.push('', spec.description);
      if (spec.example !== undefined) lines.push('', l10n.t('*Example:* {0}', String(spec.example)));
      lines.push('', l10n.t(spec.required === false ? '*Optional*' : '*Required*'));
    }
    parts.push(lines.join('\n'));
  }
  if (parts.length === 0) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
}
