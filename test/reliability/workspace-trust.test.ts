/**
 * Workspace trust (issue 8), end to end through the real language server: the client passes
 * `initializationOptions.trusted` (vscode.workspace.isTrusted) and sends `replylint/trust` when
 * the user grants trust (client/src/client.ts). In an untrusted workspace no pattern from the
 * workspace runs: phrases, tone entries and allow lists in .replylintrc.yaml are dropped (also
 * through replylint.configPath), and the allow-list command refuses to write. Data-only settings
 * (rule severities) still apply. Granting trust re-lints with the workspace patterns.
 */

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, TestClient, type Diag } from '../lsp/client.js';

const CONFIG = [
  'rules:',
  '  brevity: off',
  'phrases:',
  '  en:',
  '    refund:',
  '      match: ["zebra crossing voucher"]',
  'tone:',
  '  en:',
  '    - category: insult',
  '      match: ["purple banana"]',
  '      message: "Workspace tone entry fired."',
  'allow:',
  '  - "obviously"',
  '',
].join('\n');

const TEMPLATE = [
  '---', 'type: will', 'stage: warning', 'locale: en', '---',
  'Hello,', '',
  'Obviously this is the second time: you called our agent a purple banana on the phone on 3 May.', '',
  'We will send a zebra crossing voucher if you prefer to leave.', '',
  'Regards,', 'Support', '',
].join('\n');

const codes = (ds: Diag[]): string[] => ds.map((d) => String(d.code));

interface Seen {
  toneEntry: boolean;
  refundMissing: boolean;
  obviouslyFlagged: boolean;
  brevity: boolean;
}
const seen = (ds: Diag[]): Seen => ({
  toneEntry: ds.some((d) => d.message.startsWith('Workspace tone entry fired.')),
  refundMissing: codes(ds).includes('refund-offer'),
  obviouslyFlagged: ds.some((d) => String(d.code).startsWith('neutral-tone') && d.range.start.line === 7 && d.range.start.character === 0),
  brevity: codes(ds).some((c) => c.startsWith('brevity')),
});
const TRUSTED: Seen = { toneEntry: true, refundMissing: false, obviouslyFlagged: false, brevity: false };
const UNTRUSTED: Seen = { toneEntry: false, refundMissing: true, obviouslyFlagged: true, brevity: false };

describe('workspace trust through the language server', () => {
  let dir: string;
  let uri: string;

  before(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-trust-')));
    fs.writeFileSync(path.join(dir, '.replylintrc.yaml'), CONFIG);
    fs.mkdirSync(path.join(dir, 'elsewhere'));
    fs.writeFileSync(path.join(dir, 'elsewhere', 'custom.yaml'), CONFIG);
    fs.writeFileSync(path.join(dir, 'a.reply.md'), TEMPLATE);
    uri = pathToFileURL(path.join(dir, 'a.reply.md')).href;
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the test config really does change the findings when trusted (control)', async () => {
    const client = new TestClient({ pull: true, workspaceFolder: dir });
    try {
      await client.initialize();
      client.open(uri, TEMPLATE);
      assert.deepEqual(seen(await client.pulledDiagnostics(uri)), TRUSTED);
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
  });

  it('untrusted: workspace phrases, tone entries and allow list do not run; rule severities still apply', async () => {
    const client = new TestClient({ pull: true, trusted: false, workspaceFolder: dir });
    try {
      await client.initialize();
      client.open(uri, TEMPLATE);
      const items = await client.pulledDiagnostics(uri);
      assert.deepEqual(seen(items), UNTRUSTED, codes(items).join(', '));
      assert.ok(!items.some((d) => d.code === 'config'), 'no config error: the file loads, its patterns are skipped');
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
  });

  it('untrusted: a config named by replylint.configPath is loaded without its patterns too', async () => {
    const client = new TestClient({ pull: true, trusted: false, workspaceFolder: dir, settings: { configPath: 'elsewhere/custom.yaml' } });
    try {
      await client.initialize();
      client.open(uri, TEMPLATE);
      assert.deepEqual(seen(await client.pulledDiagnostics(uri)), UNTRUSTED);
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
  });

  it('untrusted: no allow-list quick fix, and the allow-list command refuses to write the config', async () => {
    const client = new TestClient({ pull: true, trusted: false, workspaceFolder: dir });
    try {
      await client.initialize();
      client.open(uri, TEMPLATE);
      const items = await client.pulledDiagnostics(uri);
      const d = items.find((x) => String(x.code).startsWith('neutral-tone'))!;
      const actions = await client.request<{ command?: { command: string } }[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      assert.ok(!actions.some((a) => a.command?.command === 'replylint.addToAllowList'));
      const before = fs.readFileSync(path.join(dir, '.replylintrc.yaml'), 'utf8');
      const r = await client.request('workspace/executeCommand', { command: 'replylint.addToAllowList', arguments: [uri, 'purple banana', 'en'] });
      assert.equal(r, false);
      assert.deepEqual(client.applied, [], 'no workspace edit was requested');
      assert.equal(fs.readFileSync(path.join(dir, '.replylintrc.yaml'), 'utf8'), before);
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
  });

  it('push: granting trust (replylint/trust) re-lints with the workspace patterns', async () => {
    const client = new TestClient({ trusted: false, workspaceFolder: dir });
    try {
      await client.initialize();
      client.open(uri, TEMPLATE);
      assert.deepEqual(seen(await client.pushedDiagnostics(uri, 0)), UNTRUSTED);
      const n = client.publications(uri);
      void client.conn.sendNotification('replylint/trust', { trusted: true });
      assert.deepEqual(seen(await client.pushedDiagnostics(uri, n)), TRUSTED);
    } finally {
      assert.equal(await client.shutdown(), 0);
    }
  });

  it('the extension passes trust at start and on grant, and declares limited support for untrusted workspaces', () => {
    const client = fs.readFileSync(path.join(ROOT, 'client/src/client.ts'), 'utf8');
    assert.match(client, /initializationOptions:\s*\{[^}]*trusted:\s*vscode\.workspace\.isTrusted/);
    assert.match(client, /onDidGrantWorkspaceTrust\([^\n]*TrustNotification\.method,\s*\{\s*trusted:\s*true\s*\}/);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.ok(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('replylint.configPath'));
  });
});
