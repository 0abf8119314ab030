/** Unit tests of the LSP adapters that need no process: LintMessage -> Diagnostic, edits, allow list. */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { selectFixes, type LintMessage } from '../../server/src/engine/index.js';
import { phraseToPattern, withAllowed } from '../../server/src/lsp/allow-list.js';
import { toDiagnostic, type DiagnosticData } from '../../server/src/lsp/diagnostics.js';

const doc = TextDocument.create('file:///t.reply.md', 'reply-template', 3, 'ab\ncd 😀 ef\n');

describe('LSP adapters', () => {
  it('turns a message into a self-describing diagnostic with UTF-16 positions', () => {
    const m: LintMessage = { ruleId: 'neutral-tone', subId: 'sarcasm', severity: 'warning', message: 'm', range: [9, 11], suggestions: [{ title: 's', edits: [{ range: [9, 11], text: 'x' }] }], data: { phrase: 'ef' } };
    const d = toDiagnostic(doc, m);
    assert.deepEqual(d.range, { start: { line: 1, character: 6 }, end: { line: 1, character: 8 } });
    assert.equal(d.code, 'neutral-tone/sarcasm');
    assert.equal(d.source, 'replylint');
    assert.match(d.codeDescription!.href, /docs\/rules\/neutral-tone\.md$/);
    const data = d.data as DiagnosticData;
    assert.equal(data.version, 3);
    assert.equal(data.suggestions![0].edits[0].text, 'x');
    assert.equal(data.details!.phrase, 'ef');
  });

  it('shows a failing rule as an internal-error diagnostic without a doc link or stack in data', () => {
    const d = toDiagnostic(doc, { ruleId: 'internal-error', severity: 'error', message: 'Rule "x" failed', range: [0, 0], data: { rule: 'x', stack: 'at y' } });
    assert.equal(d.code, 'internal-error');
    assert.equal(d.codeDescription, undefined);
    assert.equal((d.data as DiagnosticData).details, undefined);
  });

  it('selects non-overlapping fixes, all-or-nothing per message', () => {
    const msg = (edits: [number, number, string][]): LintMessage => ({ ruleId: 'r', severity: 'error', message: '', range: [0, 0], fix: { edits: edits.map(([a, b, text]) => ({ range: [a, b], text })) } });
    const chosen = selectFixes([msg([[0, 2, 'A']]), msg([[1, 3, 'B'], [5, 6, 'C']]), msg([[4, 5, 'D']])]);
    assert.deepEqual(chosen.map((e) => e.text), ['A', 'D']);
  });

  it('adds a phrase to allow.<language>, keeping comments, and never twice', () => {
    assert.equal(phraseToPattern('  you *never* (read) ~ it '), 'you never read it');
    const text = '# team config\nrules:\n  brevity: off\n';
    const once = withAllowed(text, 'obviously', 'en');
    assert.equal(once, '# team config\nrules:\n  brevity: off\nallow:\n  en:\n    - obviously\n');
    assert.equal(withAllowed(once, 'obviously', 'en'), once);
    assert.match(withAllowed('allow:\n  - frankly\n', 'obviously', 'de'), /- frankly\n {2}- obviously\n$/);
  });
});
