/**
 * Hover: on a finding, the rule's explanation and the seed guidance behind it; on a
 * `{{placeholder}}`, the variable's description and example from the front matter.
 */

import type { Hover } from 'vscode-languageserver';
import { knowledgeFor, ruleMap, CATEGORY_MESSAGES, INTERNAL_ERROR } from '../engine/index.js';
import { ruleDocUrl } from './diagnostics.js';
import type { LintOutcome } from './workspace.js';

export function hoverAt(outcome: LintOutcome, offset: number): Hover | null {
  const { doc, messages } = outcome;
  const parts: string[] = [];
  const knowledge = knowledgeFor(outcome.config);
  const here = messages.filter((m) => m.ruleId !== INTERNAL_ERROR && m.range[0] <= offset && offset <= m.range[1] && !(m.range[0] === m.range[1] && m.range[0] !== offset));
  for (const m of here) {
    const rule = ruleMap.get(m.ruleId);
    const code = m.subId ? `${m.ruleId}/${m.subId}` : m.ruleId;
    const lines = [`**replylint · ${code}** (${m.severity})`, '', m.message];
    if (rule) lines.push('', `*Rule:* ${rule.description}`);
    const element = typeof m.data?.element === 'string' ? m.data.element : undefined;
    const why = element ? knowledge.elements[element]?.why : undefined;
    if (why && !m.message.includes(why)) lines.push('', `*Why:* ${why}`);
    const category = typeof m.data?.category === 'string' ? m.data.category : undefined;
    if (category && CATEGORY_MESSAGES[category] && !m.message.includes(CATEGORY_MESSAGES[category])) lines.push('', `*Why:* ${CATEGORY_MESSAGES[category]}`);
    lines.push('', `[Documentation for ${m.ruleId}](${ruleDocUrl(m.ruleId)})`);
    parts.push(lines.join('\n'));
  }
  const p = doc.placeholders.find((x) => x.name && x.range[0] <= offset && offset <= x.range[1]);
  if (p) {
    const spec = doc.meta.variables[p.name];
    const lines = [`**{{${p.name}}}**`];
    if (!spec) lines.push('', 'Not declared in the front matter\'s `variables`.');
    else {
      if (spec.description) lines.push('', spec.description);
      if (spec.example !== undefined) lines.push('', `*Example:* ${spec.example}`);
      lines.push('', spec.required === false ? '*Optional*' : '*Required*');
    }
    parts.push(lines.join('\n'));
  }
  if (parts.length === 0) return null;
  return { contents: { kind: 'markdown', value: parts.join('\n\n---\n\n') } };
}
