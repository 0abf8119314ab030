/**
 * Memory: the language server's per-document state stays bounded with many open documents
 * (full lint results only for the recently used ones, recomputed on demand with the same
 * answers), and nothing is left behind when documents close. Counts entries through
 * `replylint/memoryStats`, never absolute memory.
 */

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { defaultConfig, parse } from '../../server/src/engine/index.js';
import { Lru } from '../../server/src/engine/lru.js';
import { ParityIndex, SIBLING_TEXT_CHARS, SIBLING_TEXT_ENTRIES, siblingTextCacheStats } from '../../server/src/lsp/parity.js';
import { fixture, TestClient, type Diag } from './client.js';

interface Stats {
  openDocuments: number;
  heapUsed: number;
  caches: Record<string, number>;
  limits: { results: number; resultChars: number; siblingTexts: number; siblingTextChars: number };
}

const stats = (client: TestClient): Promise<Stats> => client.request<Stats>('replylint/memoryStats', null);
const codes = (ds: Diag[]): string[] => ds.map((d) => String(d.code));

describe('Lru', () => {
  it('evicts the least recently used entry past its entry and weight bounds, and keeps the newest', () => {
    const lru = new Lru<string, string>(3, 10, (v) => v.length);
    lru.set('a', 'aa');
    lru.set('b', 'bb');
    lru.set('c', 'cc');
    assert.equal(lru.get('a'), 'aa'); // a is now the most recent
    lru.set('d', 'dd');
    assert.deepEqual([...lru.keys()], ['c', 'a', 'd']);
    lru.set('e', 'eeeeee'); // weight 2+2+2+6 = 12 > 10: c goes
    assert.deepEqual([...lru.keys()], ['a', 'd', 'e']);
    assert.equal(lru.weight, 10);
    lru.set('big', 'x'.repeat(50)); // over the weight alone: still kept, everything else goes
    assert.deepEqual([...lru.keys()], ['big']);
    assert.equal(lru.weight, 50);
    lru.set('big', 'y');
    assert.equal(lru.weight, 1, 'replacing an entry replaces its weight');
    assert.ok(lru.delete('big'));
    assert.equal(lru.size, 0);
    assert.equal(lru.weight, 0);
  });
});

describe('language server memory with many open documents', () => {
  let dir: string;
  const { text } = fixture('termination.reply.md');
  const docs: string[] = [];
  const COUNT = 40;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'replylint-memory-'));
    for (let i = 0; i < COUNT; i++) docs.push(pathToFileURL(join(dir, `doc-${i}.reply.md`)).href);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps full lint results for the recently used documents only; hover, code lens and preview of the others are recomputed the same', async () => {
    const client = new TestClient({ workspaceFolder: dir });
    try {
      await client.initialize();
      const first = docs[0];
      client.open(first, text);
      const diags = await client.pushedDiagnostics(first);
      const finding = diags.find((d) => d.code === 'neutral-tone/condescension');
      assert.ok(finding);
      const line = text.split('\n').findIndex((l) => l.includes('{{ customer_name }}'));
      const ask = async (uri: string): Promise<unknown[]> => Promise.all([
        client.request('textDocument/hover', { textDocument: { uri }, position: finding.range.start }),
        client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 6 } }),
        client.request('textDocument/codeLens', { textDocument: { uri } }),
        client.request('replylint/render', { uri }),
        client.request('textDocument/completion', { textDocument: { uri }, position: { line, character: 6 } }),
      ]);
      const before = await ask(first);
      assert.ok(before[0] && before[1], 'hovers on the finding and the placeholder');

      for (const uri of docs.slice(1)) client.open(uri, text);
      for (const uri of docs.slice(1)) await client.pushedDiagnostics(uri);
      const s = await stats(client);
      assert.equal(s.openDocuments, COUNT);
      assert.ok(COUNT > s.limits.results, 'the test opens more documents than the cache holds');
      assert.ok(s.caches.results > 0 && s.caches.results <= s.limits.results, `full results for ${s.caches.results} of ${COUNT} documents (limit ${s.limits.results})`);
      assert.equal(s.caches.savedResults, 0, 'saved findings are only kept for pull diagnostics in onSave mode');
      assert.ok(s.caches.savedVersions <= COUNT && s.caches.settings <= COUNT);

      // The first document's result was evicted: the answers are computed again, and are the same.
      assert.deepEqual(await ask(first), before);
      // Typing in it still publishes the new version's findings.
      client.change(first, text.replace('Obviously you never read our emails. ', ''), 2);
      assert.ok(!codes(await client.pushedDiagnostics(first, 1)).includes('neutral-tone/condescension'));

      for (const uri of docs) void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.until('empty diagnostics for every closed document', () => docs.every((uri) => client.publications(uri) >= (uri === first ? 3 : 2)));
      const closed = await stats(client);
      assert.equal(closed.openDocuments, 0);
      for (const [name, n] of Object.entries(closed.caches)) {
        if (name !== 'siblingTexts') assert.equal(n, 0, `${name} keeps ${n} entries after every document closed`);
      }
    } finally {
      await client.shutdown();
    }
  });

  it('keeps the saved findings of documents in onSave mode compact, shows them after their full result was evicted, and drops them on close', async () => {
    const client = new TestClient({ pull: true, settings: { run: 'onSave' }, workspaceFolder: dir });
    try {
      await client.initialize();
      const first = docs[0];
      client.open(first, text);
      assert.ok(codes(await client.pulledDiagnostics(first)).includes('neutral-tone/condescension'));
      client.change(first, text.replace('Obviously you never read our emails. ', ''), 2);
      for (const uri of docs.slice(1)) {
        client.open(uri, text);
        await client.pulledDiagnostics(uri);
      }
      const s = await stats(client);
      assert.ok(s.caches.results <= s.limits.results);
      assert.equal(s.caches.savedResults, COUNT, 'one saved lint per open document');
      // Unsaved edits are still not linted: the saved version's findings, from the compact record.
      assert.ok(codes(await client.pulledDiagnostics(first)).includes('neutral-tone/condescension'));
      for (const uri of docs) void client.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
      const closed = await stats(client); // answered after the notifications sent before it
      assert.equal(closed.openDocuments, 0);
      assert.equal(closed.caches.savedResults, 0);
      assert.equal(closed.caches.savedVersions, 0);
      assert.equal(closed.caches.results, 0);
    } finally {
      await client.shutdown();
    }
  });
});

describe('locale-parity sibling texts', () => {
  it('stay within their bound when a workspace has more templates than the cache holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-siblings-'));
    try {
      // Small templates: the bound is on the number of files (the characters have their own bound).
      const small = (id: string, locale: string, body: string): string => `---\nid: ${id}\nlocale: ${locale}\ntype: will\nstage: warning\n---\n\n${body}\n`;
      mkdirSync(join(dir, 'en'));
      mkdirSync(join(dir, 'de'));
      const count = SIBLING_TEXT_ENTRIES + 40;
      const files: { file: string; text: string }[] = [];
      for (let i = 0; i < count; i++) {
        const enText = small(`memory-${i}`, 'en', 'Hello {{ name }}, thank you for writing.');
        const file = join(dir, 'en', `t${i}.reply.md`);
        writeFileSync(file, enText);
        writeFileSync(join(dir, 'de', `t${i}.reply.md`), small(`memory-${i}`, 'de', 'Hallo {{ name }}, danke für Ihre Nachricht.'));
        files.push({ file, text: enText });
      }
      const index = new ParityIndex(() => [dir]);
      const config = defaultConfig();
      assert.equal(siblingTextCacheStats().entries, 0);
      let checked = 0;
      for (const { file, text } of files) {
        index.findingsFor(file, parse(text, config), config, () => undefined);
        checked++;
        const { entries, chars } = siblingTextCacheStats();
        assert.ok(entries <= SIBLING_TEXT_ENTRIES && chars <= SIBLING_TEXT_CHARS, `${entries} sibling texts (${chars} chars) after ${checked} documents`);
      }
      assert.equal(siblingTextCacheStats().entries, Math.min(SIBLING_TEXT_ENTRIES, count), 'each document read its German sibling, the most recent ones are kept');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
