/**
 * Protocol tests (pull mode, settings, trust, config files): the real `dist/server.js --stdio` process, spoken to over JSON-RPC.
 */

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { fixture, FIXTURES, TestClient, type Diag, type TextEditLike } from './client.js';

interface CodeActionLike {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  edit?: { changes?: Record<string, TextEditLike[]> };
  command?: { command: string; arguments?: unknown[] };
}

const codes = (ds: Diag[]): string[] => ds.map((d) => String(d.code));

describe('language server (pull diagnostics, settings, trust, config)', () => {
  it('answers pull requests and re-lints when settings change', async () => {
    const client = new TestClient({ pull: true });
    try {
      const init = await client.initialize();
      assert.ok(init.capabilities.diagnosticProvider);
      const { uri, text } = fixture('termination.reply.md');
      client.open(uri, text);
      const items = await client.pulledDiagnostics(uri);
      assert.ok(codes(items).includes('neutral-tone/condescension'));
      assert.equal(client.publications(uri), 0, 'nothing pushed in pull mode');
      client.settings = { rules: { 'neutral-tone': 'off', 'refund-offer': 'hint' } };
      const refreshes = client.refreshes;
      void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.until('diagnostic refresh', () => client.refreshes > refreshes);
      const again = await client.pulledDiagnostics(uri);
      assert.ok(!codes(again).some((c) => c.startsWith('neutral-tone')));
      assert.equal(again.find((d) => d.code === 'refund-offer')?.severity, 4);
      client.settings = { enable: false };
      void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
      await client.until('second refresh', () => client.refreshes > refreshes + 1);
      assert.deepEqual(await client.pulledDiagnostics(uri), []);
    } finally {
      await client.shutdown();
    }
  });

  it('lints only saved text with run: onSave', async () => {
    const client = new TestClient({ pull: true, settings: { run: 'onSave' } });
    try {
      await client.initialize();
      const { uri, text } = fixture('termination.reply.md');
      client.open(uri, text);
      assert.ok(codes(await client.pulledDiagnostics(uri)).includes('neutral-tone/condescension'));
      client.change(uri, text.replace('Obviously you never read our emails. ', ''), 2);
      // A hover lints the live buffer; onSave must still show the saved text's findings.
      await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      assert.ok(codes(await client.pulledDiagnostics(uri)).includes('neutral-tone/condescension'), 'unsaved edits are not linted');
      // Messages are handled in order: the save is seen before the next pull.
      void client.conn.sendNotification('textDocument/didSave', { textDocument: { uri } });
      const saved = await client.pulledDiagnostics(uri);
      assert.ok(!codes(saved).includes('neutral-tone/condescension'), codes(saved).join(', '));
    } finally {
      await client.shutdown();
    }
  });

  it('applies the workspace allow list only in a trusted workspace', async () => {
    const { uri, text } = fixture('allow/termination.reply.md');
    await Promise.all([true, false].map(async (trusted) => {
      const client = new TestClient({ pull: true, trusted, workspaceFolder: join(FIXTURES, 'allow') });
      try {
        await client.initialize();
        client.open(uri, text);
        const items = await client.pulledDiagnostics(uri);
        assert.equal(codes(items).includes('neutral-tone/condescension'), !trusted, `trusted=${trusted}`);
        const d = items.find((x) => x.code === 'neutral-tone/absolute')!;
        const actions = await client.request<CodeActionLike[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        assert.equal(actions.some((a) => a.command?.command === 'replylint.addToAllowList'), trusted);
      } finally {
        await client.shutdown();
      }
    }));
  });

  /**
   * Runs the allow-list quick fix of the first `neutral-tone/absolute` finding in a temporary
   * workspace (`prepare` adds files to it) and hands the workspace/applyEdit the server sent to `check`.
   */
  async function allowListEdit(settings: Record<string, unknown>, prepare: (dir: string) => void, check: (edit: unknown, dir: string) => void): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-lsp-'));
    try {
      const { text } = fixture('termination.reply.md');
      const file = join(dir, 'a.reply.md');
      writeFileSync(file, text);
      prepare(dir);
      const uri = pathToFileURL(file).href;
      const client = new TestClient({ pull: true, workspaceFolder: dir, settings });
      try {
        await client.initialize();
        client.open(uri, text);
        const items = await client.pulledDiagnostics(uri);
        const d = items.find((x) => x.code === 'neutral-tone/absolute')!;
        const actions = await client.request<CodeActionLike[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
        const allow = actions.find((a) => a.command?.command === 'replylint.addToAllowList')!;
        assert.equal(await client.request<boolean>('workspace/executeCommand', { command: allow.command!.command, arguments: allow.command!.arguments }), true);
        check(client.applied[0], dir);
      } finally {
        await client.shutdown();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('adds a phrase to the allow list in .replylintrc.yaml through workspace/applyEdit', async () => {
    await allowListEdit({}, () => {}, (applied, dir) => {
      const edit = applied as { documentChanges: [{ kind: string; uri: string }, { edits: TextEditLike[] }] };
      assert.equal(edit.documentChanges[0].kind, 'create');
      assert.equal(edit.documentChanges[0].uri, pathToFileURL(join(dir, '.replylintrc.yaml')).href);
      assert.match(edit.documentChanges[1].edits[0].newText, /^allow:\n {2}en:\n {4}- you never read\n$/);
    });
  });

  it('adds the phrase to the config named by replylint.configPath, the one the linter reads', async () => {
    await allowListEdit({ configPath: 'team.yaml' }, (dir) => writeFileSync(join(dir, 'team.yaml'), 'rules:\n  brevity: off\n'), (applied, dir) => {
      const edit = applied as { changes: Record<string, TextEditLike[]> };
      assert.deepEqual(Object.keys(edit.changes), [pathToFileURL(join(dir, 'team.yaml')).href]);
      assert.match(edit.changes[pathToFileURL(join(dir, 'team.yaml')).href][0].newText, /brevity: off[\s\S]*allow:\n {2}en:\n {4}- you never read/);
    });
  });

  it('reports a broken config on the template and still lints with defaults', async () => {
    const client = new TestClient({ pull: true, workspaceFolder: join(FIXTURES, 'bad-config') });
    try {
      await client.initialize();
      const { uri, text } = fixture('bad-config/termination.reply.md');
      client.open(uri, text);
      const items = await client.pulledDiagnostics(uri);
      assert.equal(items[0].code, 'config');
      assert.match(items[0].message, /unknown key "rulez"; did you mean "rules"/);
      assert.ok(codes(items).includes('refund-offer'));
    } finally {
      await client.shutdown();
    }
  });
});
