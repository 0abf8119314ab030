/**
 * LintMessage -> LSP Diagnostic. Diagnostics describe themselves: `code` is the rule id,
 * `codeDescription.href` its doc, `source` is "replylint", and `data` carries the fix and
 * suggestions so code actions need no server-side cache.
 */

import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fullRuleId, INTERNAL_ERROR, type Edit, type LintMessage, type Severity } from '../engine/index.js';
import { DOCS_BASE } from '../cli/version.js';

export const SOURCE = 'replylint';

/** What a diagnostic's `data` holds. Offsets are UTF-16 offsets into the text of `version`. */
export interface DiagnosticData {
  ruleId: string;
  subId?: string;
  version: number;
  documentLevel?: boolean;
  fix?: Edit[];
  suggestions?: { title: string; edits: Edit[] }[];
  /** Rule-specific details (element id, matched phrase). */
  details?: Record<string, unknown>;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function ruleDocUrl(ruleId: string): string {
  return `${DOCS_BASE}/${ruleId}.md`;
}

export function toDiagnostic(document: TextDocument, m: LintMessage, message: string = m.message): Diagnostic {
  const code = fullRuleId(m);
  const data: DiagnosticData = { ruleId: m.ruleId, version: document.version };
  if (m.subId) data.subId = m.subId;
  if (m.documentLevel) data.documentLevel = true;
  if (m.fix) data.fix = [...m.fix.edits];
  if (m.suggestions) data.suggestions = m.suggestions.map((s) => ({ title: s.title, edits: [...s.edits] }));
  if (m.data && m.ruleId !== INTERNAL_ERROR) data.details = { ...m.data };
  const d: Diagnostic = {
    range: { start: document.positionAt(m.range[0]), end: document.positionAt(m.range[1]) },
    severity: SEVERITY[m.severity],
    code,
    source: SOURCE,
    message,
    data,
  };
  if (m.ruleId !== INTERNAL_ERROR) d.codeDescription = { href: ruleDocUrl(m.ruleId) };
  if (m.ruleId === 'suppression-unused' || m.ruleId === 'placeholder-unused') d.tags = [DiagnosticTag.Unnecessary];
  return d;
}

/** A config problem shown at the top of every template it affects. */
export function configErrorDiagnostic(message: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: 'config',
    source: SOURCE,
    message: `The replylint config could not be loaded, so defaults were used: ${message}`,
  };
}
