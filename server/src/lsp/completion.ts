/**
 * Completion: variable names after `{{` (from the front matter's `variables`), and in the
 * front matter its keys and the values of type, stage, locale, business and legal_threat.
 */

import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { BUILTIN_STAGES, BUILTIN_TYPES, FIRST_CLASS_LOCALES, FRONT_MATTER_KEYS, knowledgeFor } from '../engine/index.js';
import { Translator } from './l10n.js';
import type { LintOutcome } from './workspace.js';

const KEY_SNIPPETS: Record<string, string> = {
  variables: 'variables:\n  ${1:name}:\n    example: ${2:example}\n    description: ${3:what it is}',
  samples: 'samples:\n  ${1:name}:\n    ${2:variable}: ${3:value}',
  tags: 'tags: [${1}]',
  legal_threat: 'legal_threat: ${1|false,true|}',
  business: 'business: ${1|product,service|}',
};

export function completionsAt(document: TextDocument, position: Position, outcome: LintOutcome, l10n: Translator = new Translator(null, 'en')): CompletionItem[] {
  const { doc } = outcome;
  const offset = document.offsetAt(position);
  const lineText = document.getText({ start: { line: position.line, character: 0 }, end: position });
  const fm = doc.frontMatter;
  const inFrontMatter = fm !== null && offset >= fm.content[0] && offset <= fm.content[1];

  if (!inFrontMatter) {
    const open = /\{\{\s*([\w.-]*)$/.exec(lineText);
    if (!open) return [];
    const after = document.getText({ start: position, end: { line: position.line, character: position.character + 2 } });
    const close = after.startsWith('}}') ? '' : '}}';
    return Object.entries(doc.meta.variables).map(([name, spec]) => ({
      label: name,
      kind: CompletionItemKind.Variable,
      detail: spec.description,
      documentation: spec.example !== undefined ? { kind: 'markdown', value: l10n.t('*Example:* {0}', spec.example) } : undefined,
      insertText: name + close,
      filterText: name,
    }));
  }

  const valueOf = /^(type|stage|locale|business|legal_threat):\s*(\S*)$/.exec(lineText);
  if (valueOf) {
    const config = outcome.config;
    let values: string[] = [];
    switch (valueOf[1]) {
      case 'type': values = [...BUILTIN_TYPES, ...config.types]; break;
      case 'stage': values = [...BUILTIN_STAGES, ...config.stages]; break;
      case 'locale': values = [...new Set([...FIRST_CLASS_LOCALES, ...config.locales, ...knowledgeFor(config).phraseLanguages])]; break;
      case 'business': values = ['product', 'service']; break;
      case 'legal_threat': values = ['false', 'true']; break;
    }
    return values.map((v, i) => ({ label: v, kind: CompletionItemKind.EnumMember, sortText: String(i).padStart(3, '0') }));
  }
  if (/^[A-Za-z_]*$/.test(lineText)) {
    const present = new Set(fm.keyRanges.keys());
    return Object.entries(FRONT_MATTER_KEYS).filter(([k]) => !present.has(k)).map(([key, kind]) => ({
      label: key,
      kind: CompletionItemKind.Property,
      detail: kind,
      insertText: KEY_SNIPPETS[key] ?? `${key}: `,
      insertTextFormat: KEY_SNIPPETS[key] ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    }));
  }
  return [];
}
