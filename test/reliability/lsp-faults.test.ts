/**
 * Language server faults (issue 8), against the real `dist/server.js --stdio` process:
 * malformed JSON-RPC, garbage documents, a throwing rule, stale work under typing bursts, and a
 * soak of incremental edits with flat memory.
 *
 * The soak runs 2,000 edits in `npm test`; REPLYLINT_SOAK=10000 (or any count) runs more.
 */

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { lint, type Rule } from '../../server/src/engine/index.js';
import { rules as registry } from '../../server/src/engine/rules/index.js';
import { toDiagnostic } from '../../server/src/lsp/diagnostics.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TestClient, type Diag, type Options } from '../lsp/client.js';

interface Publication {
  uri: string;
  version?: number;
  diagnostics: Diag[];
}

/** TestClient plus a record of every publication with its version, and waits on them. */
class FaultClient extends TestClient {
  readonly log: Publication[] = [];
  private readonly watchers: { match: () => boolean; resolve: () => void }[] = [];

  constructor(options: Options) {
    super(options);
    this.conn.onNotification('textDocument/publishDiagnostics', (p: Publication) => {
      this.log.push(p);
      for (const w of [...this.watchers]) {
        if (w.match()) {
          this.watchers.splice(this.watchers.indexOf(w), 1);
          w.resolve();
        }
      }
    });
  }

  /** The first publication for `uri` (with `version`, if given) at index >= `from`. */
  published(uri: string, opts: { version?: number; from?: number; ms?: number } = {}): Promise<Publication> {
    const find = (): Publication | undefined => this.log.slice(opts.from ?? 0).find((p) => p.uri === uri && (opts.version === undefined || p.version === opts.version));
    const hit = find();
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${opts.version}; stderr: ${this.stderr.join('').slice(-2000)}`)), opts.ms ?? 15_000);
      this.watchers.push({ match: () => !!find(), resolve: () => { clearTimeout(t); resolve(find()!); } });
    });
  }

  /** The server answers a request (it is alive and reading): render of an open document. */
  async alive(uri: string): Promise<void> {
    assert.equal(this.proc.exitCode, null, `server exited; stderr: ${this.stderr.join('')}`);
    const r = await withTimeout(this.request<{ html: string } | null>('replylint/render', { uri }), 10_000, 'render after the fault');
    assert.ok(r && typeof r.html === 'string', 'the server answered the next valid request');
  }

  /** Bytes straight onto the server's stdin, bypassing the JSON-RPC writer. */
  raw(bytes: string | Buffer): void {
    this.proc.stdin.write(bytes);
  }

  rss(): number {
    const status = fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let t: NodeJS.Timeout;
  const timeout = new Promise<T>((_, reject) => {
    t = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(t));
}

/** Resolves to the response error code, or 'ok' when the request succeeded. */
async function outcome(p: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await withTimeout(p, 10_000, 'request');
    return 'ok';
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'number') return code;
    throw e;
  }
}

const TEMPLATE = ['---', 'type: angry', 'stage: warning', 'locale: en', '---', 'Hello, you idiot.', '', 'We have received your message.', ''].join('\n');

function tempWorkspace(files: Record<string, string> = {}): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-lspfault-')));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const uriIn = (dir: string, name: string): string => pathToFileURL(path.join(dir, name)).href;
const frame = (body: string): string => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('language server: malformed JSON-RPC', () => {
  const dir = tempWorkspace();
  const client = new FaultClient({ workspaceFolder: dir });
  const uri = uriIn(dir, 'a.reply.md');

  before(async () => {
    await client.initialize();
    client.open(uri, TEMPLATE);
    await client.published(uri);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0, 'clean shutdown after all the faults');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const framing: [string, string][] = [
    ['invalid JSON', frame('{"jsonrpc":"2.0","id":900,"method":')],
    ['a JSON value that is not a message', frame('[1,2,3]') + frame('"hello"') + frame('null')],
    ['a non-numeric Content-Length', 'Content-Length: abc\r\n\r\n{}'],
    ['a header without Content-Length', 'X-Whatever: 1\r\n\r\n{}'],
    ['a Content-Length shorter than the body', 'Content-Length: 3\r\n\r\n{"jsonrpc":"2.0","id":901,"method":"shutdown"}'],
    ['a Content-Length longer than the body', 'Content-Length: 100000\r\n\r\n{"jsonrpc":"2.0"}'],
    ['binary garbage', Buffer.from([0, 255, 254, 13, 10, 13, 10, 0x7b]).toString('latin1')],
  ];
  for (const [name, bytes] of framing) {
    it(`survives ${name} and answers the next request`, async () => {
      client.raw(Buffer.from(bytes, 'latin1'));
      await client.alive(uri);
    });
  }

  it('answers an unknown request with MethodNotFound and ignores an unknown notification', async () => {
    assert.equal(await outcome(client.request('replylint/noSuchMethod', {})), -32601);
    void client.conn.sendNotification('replylint/noSuchNotification', { x: 1 });
    void client.conn.sendNotification('$/noSuchProtocolNotification', null);
    await client.alive(uri);
  });

  it('wrong or missing params give an error or an empty answer, never a dead server', async () => {
    const bad: [string, unknown][] = [
      ['textDocument/hover', null],
      ['textDocument/hover', { textDocument: { uri: 42 }, position: 'top' }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: -5, character: 1e9 } }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: 9999, character: 0 } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: null, context: { diagnostics: [{ data: 'junk' }, null] } }],
      ['textDocument/codeLens', {}],
      ['replylint/render', { uri: { not: 'a string' } }],
      ['replylint/render', { uri, sample: ['x'] }],
      ['workspace/executeCommand', { command: 'replylint.addToAllowList', arguments: [42, null, {}] }],
      ['workspace/executeCommand', { command: 'no.such.command' }],
    ];
    for (const [method, params] of bad) {
      const r = await outcome(client.request(method, params));
      assert.ok(r === 'ok' || typeof r === 'number', `${method}: ${r}`);
      await client.alive(uri);
    }
  });

  it('malformed document notifications are ignored', async () => {
    const notes: [string, unknown][] = [
      ['textDocument/didOpen', {}],
      ['textDocument/didOpen', { textDocument: { uri: 'file:///nowhere/x.reply.md', version: 'one', text: 7 } }],
      ['textDocument/didChange', { textDocument: { uri: 'file:///never/opened.reply.md', version: 2 }, contentChanges: [{ text: 'x' }] }],
      ['textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 500, character: 0 }, end: { line: 900, character: 3 } }, text: 'past the end' }] }],
      ['textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: null }],
      ['textDocument/didClose', { textDocument: {} }],
      ['workspace/didChangeConfiguration', null],
      ['workspace/didChangeWatchedFiles', { changes: 'all of them' }],
      ['replylint/trust', 'yes'],
    ];
    for (const [method, params] of notes) void client.conn.sendNotification(method, params);
    await client.alive(uri);
    // The document still lints after the bogus edits (version 2 landed at the end of the text).
    const from = client.log.length;
    client.change(uri, TEMPLATE, 10);
    const p = await client.published(uri, { version: 10, from });
    assert.ok(p.diagnostics.some((d) => d.code === 'neutral-tone/insult'), JSON.stringify(p.diagnostics.map((d) => d.code)));
  });
});

describe('language server: garbage documents', () => {
  const dir = tempWorkspace();
  const client = new FaultClient({ workspaceFolder: dir });
  let seed = 7;
  const rand = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;

  before(async () => {
    await client.initialize();
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const docs: [string, () => string][] = [
    ['binary bytes (NUL, controls, invalid sequences decoded as U+FFFD)', () => Buffer.from(Array.from({ length: 64 * 1024 }, () => Math.floor(rand() * 256))).toString('utf8')],
    // Prose with an insult every ~50 words (the dense case, 100,000 findings, is in dense-findings.test.ts).
    ['a 1 MB single line', () => `---\ntype: angry\nstage: warning\nlocale: en\n---\n${'we looked at the order again and the parcel left our warehouse on time, but the courier lost track of it on the way, so '.repeat(400).concat('you idiot, ').repeat(22)}\n`],
    ['lone surrogates, BOM, bidi controls and NUL', () => `\uFEFF---\ntype: will\nstage: warning\n---\n\uD800 Hello \uDC00\u202E{{name}}\u202C \u0000 idiot \uDBFF\n\r\n\r`],
    ['10,000 placeholders', () => `---\ntype: will\nstage: warning\nlocale: en\n---\n${Array.from({ length: 10_000 }, (_, i) => `{{v${i}}}`).join(' ')}\n`],
    ['unclosed braces and unused suppression comments', () => `${'{{'.repeat(2000)}\n${'<!-- replylint-disable-line -->\n'.repeat(2000)}`],
  ];
  for (const [name, make] of docs) {
    it(`publishes diagnostics for ${name} and keeps serving`, async () => {
      const uri = uriIn(dir, `${name.replace(/\W+/g, '-')}.reply.md`);
      const t0 = performance.now();
      client.open(uri, make());
      const p = await client.published(uri, { ms: 30_000 });
      assert.ok(Array.isArray(p.diagnostics));
      assert.ok(!p.diagnostics.some((d) => d.code === 'internal-error'), `a rule failed: ${p.diagnostics.find((d) => d.code === 'internal-error')?.message}`);
      const ms = performance.now() - t0;
      const lintMs = client.status.find((x) => x.uri === uri)?.ms;
      console.log(`${name}: ${p.diagnostics.length} diagnostics in ${Math.round(ms)} ms (server lint ${lintMs} ms)`);
      assert.ok(ms < 20_000, 'in reasonable time');
      await client.alive(uri);
    });
  }
});

describe('a throwing rule is isolated', () => {
  const boom: Rule = {
    id: 'boom',
    description: 'throws',
    defaultSeverity: 'error',
    tags: [],
    generic: true,
    check() {
      throw new TypeError('kaboom');
    },
  };

  it('engine: the failure becomes one internal-error message; every other rule still reports', () => {
    const plain = lint(TEMPLATE).messages;
    const { messages } = lint(TEMPLATE, undefined, [boom, ...registry]);
    const internal = messages.filter((m) => m.ruleId === 'internal-error');
    assert.equal(internal.length, 1);
    assert.match(internal[0].message, /^Rule "boom" failed on this file \(kaboom\)\. Other rules still ran; please report this\.$/);
    assert.equal(internal[0].severity, 'error');
    assert.deepEqual(internal[0].range, [0, 0]);
    assert.deepEqual(messages.filter((m) => m.ruleId !== 'internal-error'), plain);
  });

  it('engine: a non-Error throw is reported the same way', () => {
    const weird: Rule = { ...boom, id: 'weird', check() { throw 'a string'; } };
    const internal = lint(TEMPLATE, undefined, [weird, ...registry]).messages.filter((m) => m.ruleId === 'internal-error');
    assert.match(internal[0].message, /Rule "weird" failed on this file \(a string\)/);
  });

  it('LSP conversion: an internal-error diagnostic carries no doc link and no stack', () => {
    const { messages } = lint(TEMPLATE, undefined, [boom, ...registry]);
    const m = messages.find((x) => x.ruleId === 'internal-error')!;
    const d = toDiagnostic(TextDocument.create('file:///x.reply.md', 'reply-template', 1, TEMPLATE), m);
    assert.equal(d.code, 'internal-error');
    assert.equal(d.severity, 1);
    assert.equal(d.codeDescription, undefined);
    assert.ok(!JSON.stringify(d).includes('at check'), 'the stack stays out of the diagnostic');
  });

  it('end to end: a rule that throws in the real server gives an internal-error diagnostic next to the others', async () => {
    // The config loader rejects options a rule cannot use, so no valid config makes a rule throw:
    // the fault is injected into the real server process from outside. A preloaded module makes
    // Math.round throw for one marker value, which brevity rounds when it is its word budget.
    const dir = tempWorkspace({ '.replylintrc.yaml': 'rules:\n  brevity:\n    severity: warning\n    options:\n      maxWords: 987654321\n' });
    const client = new FaultClient({ workspaceFolder: dir, nodeArgs: ['--import', pathToFileURL(path.join(import.meta.dirname, '../fixtures/fault/round-throws.mjs')).href] });
    try {
      await client.initialize();
      const uri = uriIn(dir, 'a.reply.md');
      client.open(uri, TEMPLATE);
      const { diagnostics } = await client.published(uri);
      const internal = diagnostics.filter((d) => d.code === 'internal-error');
      assert.equal(internal.length, 1, JSON.stringify(diagnostics.map((d) => d.code)));
      assert.match(internal[0].message, /^Rule "brevity" failed on this file \(injected fault\)\. Other rules still ran; please report this\.$/);
      assert.deepEqual(internal[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
      assert.ok(diagnostics.some((d) => d.code === 'neutral-tone/insult'), 'other rules still report');
      await client.alive(uri);
    } finally {
      assert.equal(await client.shutdown(), 0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stale work is dropped', () => {
  it('push: after a burst of changes the last publication is the latest version, versions only increase', async () => {
    const dir = tempWorkspace();
    const client = new FaultClient({ workspaceFolder: dir, settings: { debounceMs: 30 } });
    try {
      await client.initialize();
      const uri = uriIn(dir, 'burst.reply.md');
      const clean = TEMPLATE.replace('you idiot', 'there');
      client.open(uri, clean);
      await client.published(uri, { version: 1 });
      const from = client.log.length;
      const last = 61;
      for (let v = 2; v <= last; v++) client.change(uri, v === last ? TEMPLATE : `${clean}\nDraft ${v}.\n`, v);
      const final = await client.published(uri, { version: last, from });
      assert.ok(final.diagnostics.some((d) => d.code === 'neutral-tone/insult'), 'the final text was linted');
      await client.alive(uri); // anything queued before this answer has been published by now
      const burst = client.log.slice(from).filter((p) => p.uri === uri);
      const versions = burst.map((p) => p.version!);
      assert.deepEqual(versions, [...versions].sort((a, b) => a - b), `versions only increase: ${versions}`);
      assert.equal(versions.at(-1), last, 'nothing older is published after the latest');
      assert.ok(burst.length < (last - 1) / 2, `the burst was coalesced (${burst.length} publications for ${last - 1} changes)`);
    } finally {
      assert.equal(await client.shutdown(), 0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('pull: a cancelled diagnostics request returns nothing stale, and the next one sees the latest text', async () => {
    const dir = tempWorkspace();
    const client = new FaultClient({ workspaceFolder: dir, pull: true, settings: { debounceMs: 5000 } });
    try {
      await client.initialize();
      const uri = uriIn(dir, 'pull.reply.md');
      client.open(uri, TEMPLATE.replace('you idiot', 'there'));
      client.change(uri, TEMPLATE, 2);
      const source = new CancellationTokenSource();
      const pending = client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token) as Promise<{ items: Diag[] }>;
      // Once a later request is answered, the server is inside the diagnostics handler (waiting out the debounce).
      await outcome(client.request('replylint/barrier', {}));
      const t0 = performance.now();
      source.cancel();
      let items: Diag[] = [];
      try {
        items = (await withTimeout(pending, 10_000, 'cancelled pull')).items;
      } catch (e) {
        assert.equal((e as { code?: number }).code, -32800, String(e)); // RequestCancelled
      }
      assert.deepEqual(items, [], 'a cancelled request returns no diagnostics');
      assert.ok(performance.now() - t0 < 4000, 'the cancel cut the 5 s debounce short');
      client.settings = { debounceMs: 0 };
      void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      client.change(uri, TEMPLATE.replace('idiot', 'clown'), 3);
      const fresh = await client.pulledDiagnostics(uri);
      assert.ok(fresh.some((d) => d.code === 'neutral-tone/insult' && d.range.start.line === 5));
    } finally {
      assert.equal(await client.shutdown(), 0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('soak: incremental edits keep memory flat', { skip: fs.existsSync('/proc/self/status') ? false : 'needs /proc to read the server RSS' }, () => {
  const EDITS = Number(process.env.REPLYLINT_SOAK ?? 2000);
  const HEAP_MB = 96;

  it(`${EDITS} incremental edits: the server's text stays in sync and RSS does not grow`, async () => {
    const dir = tempWorkspace();
    // The server gets a small heap: a leak would exhaust it (a crash the test sees) long before
    // lazy garbage collection could be mistaken for one.
    const saved = process.env.NODE_OPTIONS;
    process.env.NODE_OPTIONS = `${saved ?? ''} --max-old-space-size=${HEAP_MB}`.trim();
    const client = new FaultClient({ workspaceFolder: dir, settings: { debounceMs: 10 } });
    if (saved === undefined) delete process.env.NODE_OPTIONS;
    else process.env.NODE_OPTIONS = saved;
    try {
      await client.initialize();
      const uri = uriIn(dir, 'soak.reply.md');
      const paragraph = 'We read your message about the delayed order and we are sorry it took this long. ';
      let text = `${TEMPLATE}\n${Array.from({ length: 400 }, (_, i) => `${paragraph}Item ${i} for {{customer_name}}.`).join('\n\n')}\n`;
      let version = 1;
      client.open(uri, text, version);
      await client.published(uri, { version });

      const inserts = ['x', 'you idiot ', '\n', '{{name}}', '수고하셨습니다 ', '😀', 'obviously, '];
      let seed = 42;
      const rand = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
      const pos = (offset: number): { line: number; character: number } => {
        const before = text.slice(0, offset);
        const line = before.split('\n').length - 1;
        return { line, character: offset - (before.lastIndexOf('\n') + 1) };
      };
      let pending: { offset: number; length: number } | null = null;
      /** One edit: insert a snippet somewhere in the body, then remove it again on the next edit. */
      const edit = (): void => {
        let change;
        if (pending) {
          const { offset, length } = pending;
          change = { range: { start: pos(offset), end: pos(offset + length) }, text: '' };
          text = text.slice(0, offset) + text.slice(offset + length);
          pending = null;
        } else {
          const bodyStart = text.indexOf('\n---\n') + 5;
          let offset = bodyStart + rand(text.length - bodyStart);
          if (/[\uDC00-\uDFFF]/.test(text[offset] ?? '')) offset--; // not inside a surrogate pair
          const s = inserts[rand(inserts.length)];
          change = { range: { start: pos(offset), end: pos(offset) }, text: s };
          text = text.slice(0, offset) + s + text.slice(offset);
          pending = { offset, length: s.length };
        }
        version++;
        void client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      };
      /** Sends `n` edits in batches, waiting for the server between batches, then for the final lint. */
      const run = async (n: number): Promise<void> => {
        for (let i = 0; i < n; i++) {
          edit();
          if (i % 250 === 249) await outcome(client.request('replylint/barrier', {}));
        }
        if (pending) edit();
        await client.published(uri, { version, from: Math.max(0, client.log.length - 5), ms: 30_000 }).catch(() => client.published(uri, { version, ms: 30_000 }));
      };

      const t0 = performance.now();
      await run(Math.min(500, EDITS));
      const warm = client.rss();
      await run(EDITS);
      const rss = client.rss();
      const seconds = (performance.now() - t0) / 1000;

      // In sync: the server's diagnostics are those of our copy of the text.
      const expected = lint(text).messages.map((m) => (m.subId ? `${m.ruleId}/${m.subId}` : m.ruleId)).sort();
      const last = client.log.filter((p) => p.uri === uri).at(-1)!;
      assert.equal(last.version, version);
      assert.deepEqual(last.diagnostics.map((d) => String(d.code)).sort(), expected);
      const growth = (rss - warm) / 1024 / 1024;
      console.log(`soak: ${EDITS + Math.min(500, EDITS)} edits in ${seconds.toFixed(1)} s; RSS ${(warm / 1048576).toFixed(0)} MB after warm-up -> ${(rss / 1048576).toFixed(0)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB)`);
      // A leak of one document version per edit would be >= 40 KB x edits (80 MB for 2,000).
      assert.ok(growth < 40, `RSS grew by ${growth.toFixed(1)} MB over ${EDITS} edits`);
    } finally {
      assert.equal(await client.shutdown(), 0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
