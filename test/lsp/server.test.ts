/**
 * Protocol tests: the real `dist/server.js --stdio` process, spoken to over JSON-RPC.
 */

import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { applyTextEdits, fixture, FIXTURES, TestClient, type Diag, type TextEditLike } from './client.js';

interface CodeActionLike {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes?: Record<string, TextEditLike[]> };
  command?: { command: string; arguments?: unknown[] };
}

const codes = (ds: Diag[]): string[] => ds.map((d) => String(d.code));
const textAt = (text: string, d: Diag): string => {
  const lines = text.split('\n');
  return lines[d.range.start.line].slice(d.range.start.character, d.range.start.line === d.range.end.line ? d.range.end.character : undefined);
};

describe('language server over stdio (push diagnostics)', () => {
  const client = new TestClient();
  const { uri, text } = fixture('termination.reply.md');
  let diags: Diag[];

  before(async () => {
    const init = await client.initialize();
    assert.ok(init.capabilities.codeActionProvider);
    assert.equal(init.capabilities.diagnosticProvider, undefined, 'no pull diagnostics when the client cannot pull');
    client.open(uri, text);
    diags = await client.pushedDiagnostics(uri);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('publishes diagnostics that describe themselves', () => {
    assert.ok(codes(diags).includes('refund-offer'));
    assert.ok(codes(diags).includes('neutral-tone/condescension'));
    for (const d of diags) {
      assert.equal(d.source, 'replylint');
      assert.match(d.codeDescription!.href, /\/docs\/rules\/[a-z-]+\.md$/);
    }
    const tone = diags.find((d) => d.code === 'neutral-tone/condescension')!;
    assert.equal(textAt(text, tone).toLowerCase(), 'obviously');
    const missing = diags.find((d) => d.code === 'refund-offer')!;
    assert.equal(textAt(text, missing).startsWith('stage'), true, 'missing elements sit on the stage line');
  });

  it('sends a status notification with findings, timing and locale', async () => {
    await client.until('status', () => client.status.some((s) => s.uri === uri));
    const s = client.status.find((x) => x.uri === uri)!;
    assert.equal(s.locale, 'en');
    assert.equal(typeof s.ms, 'number');
    assert.equal((s.errors as number) + (s.warnings as number) + (s.infos as number), diags.length);
  });

  it('offers a preferred quick fix whose edit repairs the text, and fix-all for the rule', async () => {
    const d = diags.find((x) => x.code === 'placeholder-syntax')!;
    const actions = await client.request<CodeActionLike[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const fix = actions.find((a) => a.isPreferred)!;
    assert.ok(fix, `no preferred fix among ${actions.map((a) => a.title).join(', ')}`);
    const fixed = applyTextEdits(text, fix.edit!.changes![uri]);
    assert.equal(fixed.split('{{export_url}}').length - 1, 1 + text.split('{{export_url}}').length - 1);
    const all = actions.find((a) => a.title.startsWith('Fix all placeholder-syntax'))!;
    const allFixed = applyTextEdits(text, all.edit!.changes![uri]);
    assert.ok(!/[^{]\{export_url\}[^}]/.test(allFixed), allFixed);
  });

  it('offers source.fixAll.replylint', async () => {
    const actions = await client.request<CodeActionLike[]>('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.replylint');
    assert.ok(!applyTextEdits(text, actions[0].edit!.changes![uri]).includes(' {export_url}'));
  });

  it('inserts a missing element from the phrase bank, and the finding goes away', async () => {
    const d = diags.find((x) => x.code === 'refund-offer')!;
    const actions = await client.request<CodeActionLike[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const insert = actions.find((a) => a.title.startsWith('Insert:'))!;
    assert.ok(insert, actions.map((a) => a.title).join(', '));
    const next = applyTextEdits(text, insert.edit!.changes![uri]);
    const n = client.publications(uri);
    client.change(uri, next, 2);
    const after = await client.pushedDiagnostics(uri, n);
    assert.ok(!codes(after).includes('refund-offer'), codes(after).join(', '));
    client.change(uri, text, 3);
    await client.pushedDiagnostics(uri, n + 1);
  });

  it('disables a finding for its line with a reason to fill in', async () => {
    const d = diags.find((x) => x.code === 'neutral-tone/condescension')!;
    const actions = await client.request<CodeActionLike[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
    const disable = actions.find((a) => a.title.startsWith('Disable neutral-tone/condescension for this line'))!;
    const next = applyTextEdits(text, disable.edit!.changes![uri]);
    assert.match(next, /<!-- replylint-disable-next-line neutral-tone\/condescension -- {2}-->\nObviously/);
    const n = client.publications(uri);
    client.change(uri, next, 4);
    const after = await client.pushedDiagnostics(uri, n);
    assert.ok(!codes(after).includes('neutral-tone/condescension'));
    assert.ok(codes(after).includes('suppression-reason'), 'the empty reason is asked for');
    client.change(uri, text, 5);
    await client.pushedDiagnostics(uri, n + 1);
  });

  it('drops stale results while typing: only the latest version is published', async () => {
    const n = client.publications(uri);
    client.change(uri, text + '\nA', 6);
    client.change(uri, text + '\nAB', 7);
    client.change(uri, text + '\nABC', 8);
    await client.pushedDiagnostics(uri, n);
    await client.until('version 8', () => client.status.length > 0 && client.publications(uri) > n);
    // Debounced: the three changes lint once.
    assert.equal(client.publications(uri), n + 1);
    client.change(uri, text, 9);
    await client.pushedDiagnostics(uri, n + 1);
  });

  it('explains a finding on hover, with the guidance behind it', async () => {
    const d = diags.find((x) => x.code === 'neutral-tone/condescension')!;
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: d.range.start });
    assert.match(hover.contents.value, /neutral-tone\/condescension/);
    assert.match(hover.contents.value, /docs\/rules\/neutral-tone\.md/);
    const missing = diags.find((x) => x.code === 'refund-offer')!;
    const h2 = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: missing.range.start });
    assert.match(h2.contents.value, /Refunding is the last act of customer service/);
  });

  it('describes a placeholder on hover', async () => {
    const line = text.split('\n').findIndex((l) => l.includes('{{ customer_name }}'));
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line, character: 6 } });
    assert.match(hover.contents.value, /customer's first name/);
    assert.match(hover.contents.value, /Example:\* Dana/);
  });

  it('completes variables after {{ and front-matter values', async () => {
    const withOpen = text.replace('Regards,', 'Regards {{ ,');
    client.change(uri, withOpen, 10);
    const line = withOpen.split('\n').findIndex((l) => l.startsWith('Regards {{'));
    const items = await client.request<{ label: string; insertText?: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line, character: 'Regards {{ '.length } });
    assert.deepEqual(items.map((i) => i.label).sort(), ['customer_name', 'export_url']);
    assert.equal(items[0].insertText?.endsWith('}}'), true);
    const stageLine = text.split('\n').findIndex((l) => l.startsWith('stage:'));
    const stages = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: stageLine, character: 'stage: '.length } });
    assert.ok(stages.map((s) => s.label).includes('walk-away'));
    const typeLine = text.split('\n').findIndex((l) => l.startsWith('type:'));
    const types = await client.request<{ label: string }[]>('textDocument/completion', { textDocument: { uri }, position: { line: typeLine, character: 'type: '.length } });
    assert.ok(types.map((s) => s.label).includes('dwight'));
    client.change(uri, text, 11);
  });

  it('shows document-level findings as code lenses at the top', async () => {
    const lenses = await client.request<{ range: Diag['range']; command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.length >= 1);
    assert.ok(lenses.every((l) => l.range.start.line === 0));
    assert.ok(lenses.some((l) => l.command.title.includes('refund-offer')));
  });

  it('renders the template for the preview', async () => {
    const r = await client.request<{ html: string; text: string; findings: { ruleId: string }[] }>('replylint/render', { uri });
    assert.match(r.html, /<p>Hi Dana,/);
    assert.match(r.text, /^Hi Dana,/);
    assert.ok(r.findings.some((f) => f.ruleId === 'refund-offer'));
  });

  it('escapes raw HTML of a template in the rendered preview', async () => {
    const evil = 'file:///tmp/evil.reply.md';
    client.open(evil, '---\ntype: generic\nvariables:\n  name:\n    example: "<img src=x onerror=alert(1)>"\n---\nHi {{name}} <script>alert(2)</script>\n');
    const r = await client.request<{ html: string }>('replylint/render', { uri: evil });
    assert.ok(!/<script|<img/i.test(r.html), r.html);
    assert.match(r.html, /&lt;script&gt;/);
    assert.match(r.html, /&lt;img src=x/);
  });

  it('lints every template of the workspace on request', async () => {
    const r = await client.request<{ files: number; findings: number }>('workspace/executeCommand', { command: 'replylint.lintWorkspace', arguments: [] });
    assert.ok(r.files >= 3, JSON.stringify(r));
    const other = pathToFileURL(join(FIXTURES, 'allow', 'termination.reply.md')).href;
    const ds = await client.pushedDiagnostics(other);
    assert.ok(ds.length > 0);
  });

  it('survives malformed JSON-RPC and keeps serving', async () => {
    client.proc.stdin.write('Content-Length: 9\r\n\r\n{"oops":1');
    client.proc.stdin.write('Content-Length: 7\r\n\r\n{bad}  ');
    client.proc.stdin.write('Content-Length: 44\r\n\r\n{"jsonrpc":"2.0","id":999,"method":"nope/x"}');
    const line = text.split('\n').findIndex((l) => l.includes('{{ customer_name }}'));
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 6 } });
    assert.ok(hover);
    const unknownDoc = await client.request<unknown>('textDocument/hover', { textDocument: { uri: 'file:///nowhere.reply.md' }, position: { line: 0, character: 0 } });
    assert.equal(unknownDoc, null);
  });
});
