/**
 * Code actions, rebuilt from each diagnostic's `data` (no server-side cache):
 * - every safe fix (preferred) and every suggestion (tone rewrites, "insert the missing
 *   element" with the phrase bank's paragraph) as a quick fix;
 * - fix all problems of this rule in the file, and `source.fixAll.replylint`;
 * - disable for this line (or the file, for findings about the whole document) with a reason;
 * - add a flagged phrase to the workspace allow list (trusted workspaces only).
 */

import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fullRuleId, selectFixes, type Edit, type LintMessage } from '../engine/index.js';
import { CommandIds, FIX_ALL_KIND } from '../shared/protocol.js';
import { SOURCE, type DiagnosticData } from './diagnostics.js';
import { Translator } from './l10n.js';
import type { LintOutcome } from './workspace.js';

export interface CodeActionContextDeps {
  /** A lint of the document's current text. */
  lint(document: TextDocument): Promise<LintOutcome>;
  trusted: boolean;
  /** Titles (and the messages diagnostics are matched by) in the editor's language; English without. */
  l10n?: Translator;
}

const ENGLISH = new Translator(null, 'en');

export async function codeActions(document: TextDocument, params: CodeActionParams, deps: CodeActionContextDeps): Promise<CodeAction[]> {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const actions: CodeAction[] = [];
  let outcome: LintOutcome | undefined;
  const current = async (): Promise<LintOutcome> => (outcome ??= await deps.lint(document));
  const l10n = deps.l10n ?? ENGLISH;

  if (wants(CodeActionKind.QuickFix)) {
    const seenRules = new Set<string>();
    for (const d of params.context.diagnostics) {
      if (d.source !== SOURCE) continue;
      let data = d.data as DiagnosticData | undefined;
      if (!data || data.version !== document.version) {
        // The diagnostic is older than the text, or the client did not keep `data` (Neovim 0.7):
        // take the same finding from a fresh lint.
        const start = document.offsetAt(d.range.start);
        const o = await current();
        const same = o.messages.filter((m) => fullRuleId(m) === String(d.code));
        // The diagnostic carries the message as published, i.e. translated.
        const shown = (m: LintMessage): string => l10n.message(m, o.config, o.doc.meta);
        const fresh = same.find((m) => m.range[0] === start && shown(m) === d.message) ?? same.find((m) => shown(m) === d.message) ?? same.find((m) => m.range[0] === start);
        if (!fresh) continue;
        data = { ruleId: fresh.ruleId, subId: fresh.subId, version: document.version, documentLevel: fresh.documentLevel, fix: fresh.fix ? [...fresh.fix.edits] : undefined, suggestions: fresh.suggestions?.map((s) => ({ title: s.title, edits: [...s.edits] })), details: fresh.data as Record<string, unknown> | undefined };
      }
      const code = String(d.code);
      if (data.fix?.length) {
        actions.push(quickFix(document, l10n.t('Fix this {0} problem', code), data.fix, [d], true));
      }
      for (const s of data.suggestions ?? []) actions.push(quickFix(document, l10n.translate(s.title), s.edits, [d], false));
      if (data.fix?.length && !seenRules.has(data.ruleId)) {
        seenRules.add(data.ruleId);
        const same = (await current()).messages.filter((m) => m.ruleId === data.ruleId && m.fix?.edits.length);
        if (same.length > 1) {
          const edits = selectFixes(same);
          actions.push({ title: l10n.t('Fix all {0} problems in this file', data.ruleId), kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [document.uri]: edits.map((e) => toTextEdit(document, e)) } } });
        }
      }
      if (data.ruleId !== 'internal-error') actions.push(disableAction(document, d, code, data, (await current()).doc.body[0], l10n));
      const phrase = data.details?.phrase;
      if (deps.trusted && data.ruleId === 'neutral-tone' && typeof phrase === 'string' && phrase.trim()) {
        actions.push({
          title: l10n.t('Allow "{0}" in this workspace (.replylintrc.yaml)', phrase.trim()),
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: l10n.t('Add to allow list'), command: CommandIds.addToAllowList, arguments: [document.uri, phrase.trim(), (await current()).doc.language] },
        });
      }
    }
  }

  if (only && only.some((o) => FIX_ALL_KIND === o || FIX_ALL_KIND.startsWith(o + '.') || o === CodeActionKind.Source)) {
    const action = await fixAllAction(document, await current(), l10n);
    if (action) actions.push(action);
  }
  return actions;
}

/** `source.fixAll.replylint`: every safe fix in the file (null when there is none). */
export async function fixAllAction(document: TextDocument, outcome: LintOutcome, l10n: Translator = ENGLISH): Promise<CodeAction | null> {
  const edits = selectFixes(outcome.messages);
  if (edits.length === 0) return null;
  return { title: l10n.t('Fix all auto-fixable replylint problems'), kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits.map((e) => toTextEdit(document, e)) } } };
}

/** The fixes `applyFixes` would apply: a message's edits all-or-nothing, none overlapping. */

function disableAction(document: TextDocument, d: Diagnostic, code: string, data: DiagnosticData, bodyStart: number, l10n: Translator): CodeAction {
  const offset = document.offsetAt(d.range.start);
  // Comments cannot go into the front matter: findings there (and missing elements) are disabled for the file.
  if (data.documentLevel || offset < bodyStart) {
    const at = document.positionAt(bodyStart);
    return {
      title: l10n.t('Disable {0} for this file (with a reason)', code),
      kind: CodeActionKind.QuickFix,
      diagnostics: [d],
      edit: { changes: { [document.uri]: [{ range: { start: at, end: at }, newText: `<!-- replylint-disable-file ${code} --  -->\n` }] } },
      data: { suppression: 'file', line: at.line, code },
    };
  }
  const line = d.range.start.line;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line, character: 1000 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return {
    title: l10n.t('Disable {0} for this line (with a reason)', code),
    kind: CodeActionKind.QuickFix,
    diagnostics: [d],
    // An empty reason: suppression-reason asks for one until it is written.
    edit: { changes: { [document.uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- replylint-disable-next-line ${code} --  -->\n` }] } },
    data: { suppression: 'line', line, code },
  };
}

function quickFix(document: TextDocument, title: string, edits: readonly Edit[], diagnostics: Diagnostic[], isPreferred: boolean): CodeAction {
  return { title, kind: CodeActionKind.QuickFix, diagnostics, isPreferred, edit: { changes: { [document.uri]: edits.map((e) => toTextEdit(document, e)) } } };
}

function toTextEdit(document: TextDocument, e: Edit): TextEdit {
  return { range: { start: document.positionAt(e.range[0]), end: document.positionAt(e.range[1]) }, newText: e.text };
}

