/**
 * locale-parity in the editor: an open template is compared with its siblings (same id) in the
 * workspace, and the workspace lint reports parity for files that are not open.
 */

import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TestClient } from './client.js';

const EN = `---
id: hello
type: generic
locale: en
variables:
  customer_name: { example: Sam, description: Name }
  ticket_id: { example: "123", description: Ticket }
---
Hello {{customer_name}}, about ticket {{ticket_id}}: thank you for writing.
`;
const DE = `---
id: hello
type: generic
locale: de
variables:
  customer_name: { example: Sam, description: Name }
---
Guten Tag {{customer_name}}, vielen Dank für Ihre Nachricht.
`;

describe('language server: locale-parity across the workspace', () => {
  let dir: string;
  let client: TestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'replylint-lsp-parity-'));
    mkdirSync(join(dir, 'en'));
    mkdirSync(join(dir, 'de'));
    writeFileSync(join(dir, 'en', 'hello.reply.md'), EN);
    writeFileSync(join(dir, 'de', 'hello.reply.md'), DE);
    // Pull diagnostics: each request answers for the document's current text (no stale pushes).
    client = new TestClient({ workspaceFolder: dir, pull: true });
    await client.initialize();
  });
  after(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports a variable missing from an open variant, compared with its sibling on disk', async () => {
    const uri = pathToFileURL(join(dir, 'de', 'hello.reply.md')).href;
    client.open(uri, DE);
    const diags = await client.pulledDiagnostics(uri);
    const parity = diags.filter((d) => String(d.code).startsWith('locale-parity'));
    assert.ok(parity.length > 0, JSON.stringify(diags.map((d) => [d.code, d.message])));
    assert.match(parity.map((d) => d.message).join(' '), /ticket_id/);
  });

  it('uses the unsaved text of an open sibling', async () => {
    const enUri = pathToFileURL(join(dir, 'en', 'hello.reply.md')).href;
    const deUri = pathToFileURL(join(dir, 'de', 'hello.reply.md')).href;
    const fixedDe = DE.replace('  customer_name: { example: Sam, description: Name }\n', '  customer_name: { example: Sam, description: Name }\n  ticket_id: { example: "123", description: Ticket }\n').replace('vielen Dank', 'zu Ticket {{ticket_id}}: vielen Dank');
    client.change(deUri, fixedDe, 2);
    const diags = await client.pulledDiagnostics(deUri);
    assert.deepEqual(diags.filter((d) => String(d.code).startsWith('locale-parity')).map((d) => d.message), []);
    client.open(enUri, EN);
    const en = await client.pulledDiagnostics(enUri);
    assert.deepEqual(en.filter((d) => String(d.code).startsWith('locale-parity')).map((d) => d.message), []);
  });
});

describe('ParityIndex.update (a save moves one entry, no rebuild)', () => {
  it('gives the findings of a fresh check while siblings keep their summaries, and notices a sibling changed on disk', async () => {
    const { ParityIndex } = await import('../../server/src/lsp/parity.js');
    const { checkParity, defaultConfig, parityMessage, parse } = await import('../../server/src/engine/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'replylint-parity-summary-'));
    try {
      const en = join(dir, 'en.reply.md');
      const de = join(dir, 'de.reply.md');
      writeFileSync(en, EN);
      writeFileSync(de, DE);
      const index = new ParityIndex(() => [dir]);
      const config = defaultConfig();
      const fresh = (text: string, sibling: string) => checkParity([{ path: de, text }, { path: en, text: sibling }], config).filter((f) => f.path === de).map(parityMessage);
      const none = () => undefined;
      const first = index.findingsFor(de, parse(DE, config), config, none);
      assert.ok(first.length > 0);
      assert.deepEqual(first, fresh(DE, EN));
      // Same sibling (cached summary), another text of the edited document.
      const edited = DE.replace('vielen Dank für Ihre Nachricht', 'danke für Ihre Geduld');
      assert.notEqual(edited, DE);
      assert.deepEqual(index.findingsFor(de, parse(edited, config), config, none), fresh(edited, EN));
      // The sibling changes on disk: its summary is made again.
      const enNow = DE.replace('locale: de', 'locale: en');
      writeFileSync(en, enNow);
      const later = new Date(Date.now() + 5000);
      utimesSync(en, later, later);
      assert.notDeepEqual(fresh(DE, enNow), first, 'the change on disk changes the findings');
      assert.deepEqual(index.findingsFor(de, parse(DE, config), config, none), fresh(DE, enNow));
      // An open sibling's unsaved text wins over the disk.
      assert.deepEqual(index.findingsFor(de, parse(DE, config), config, (f) => (f === en ? EN : undefined)), fresh(DE, EN));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows an id change of a saved template', async () => {
    const { ParityIndex } = await import('../../server/src/lsp/parity.js');
    const { defaultConfig, parse } = await import('../../server/src/engine/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'replylint-parity-index-'));
    try {
      writeFileSync(join(dir, 'en.reply.md'), EN);
      writeFileSync(join(dir, 'de.reply.md'), DE);
      const index = new ParityIndex(() => [dir]);
      const none = () => undefined;
      assert.ok(index.findingsFor(join(dir, 'de.reply.md'), parse(DE), defaultConfig(), none).length > 0, 'siblings by id');
      const renamed = DE.replace('id: hello', 'id: other');
      index.update(join(dir, 'de.reply.md'), renamed);
      assert.deepEqual(index.findingsFor(join(dir, 'de.reply.md'), parse(renamed), defaultConfig(), none), [], 'no sibling under the new id');
      index.update(join(dir, 'de.reply.md'), DE);
      assert.ok(index.findingsFor(join(dir, 'de.reply.md'), parse(DE), defaultConfig(), none).length > 0, 'back under the shared id');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
