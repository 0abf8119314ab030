/** `replylint/render`: the engine's renderer for the preview, with the findings to highlight. */

import { fullRuleId, render } from '../engine/index.js';
import type { RenderResponse } from '../shared/protocol.js';
import type { Translator } from './l10n.js';
import type { LintOutcome } from './workspace.js';

/** `translator` puts the findings' messages in the editor's language, as in the Problems panel. */
export function renderForPreview(outcome: LintOutcome, sample: string | undefined, translator?: Translator): RenderResponse {
  const { doc, messages } = outcome;
  const samples = doc.frontMatter?.values.samples ?? {};
  const names = Object.keys(samples);
  const chosen = sample && samples[sample] ? sample : undefined;
  const data = chosen ? samples[chosen] : {};
  const md = render(doc, data, 'markdown');
  const html = render(doc, data, 'html');
  const text = render(doc, data, 'text');
  return {
    html: html.output,
    text: text.output,
    markdown: md.output,
    title: doc.meta.title ?? doc.meta.id ?? '',
    locale: doc.locale,
    type: doc.meta.type,
    stage: doc.meta.stage,
    samples: names,
    sample: chosen,
    missing: md.missing.map((m) => m.name),
    filled: md.filled.map((f) => ({ name: f.name, start: f.outputRange[0], end: f.outputRange[1], fromExample: f.fromExample })),
    findings: messages.map((m) => ({
      ruleId: fullRuleId(m),
      severity: m.severity,
      message: translator ? translator.message(m, outcome.config, doc.meta) : m.message,
      excerpt: m.documentLevel ? '' : doc.text.slice(m.range[0], m.range[1]),
      documentLevel: !!m.documentLevel || m.range[0] < doc.body[0],
    })),
  };
}
