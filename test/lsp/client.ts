/**
 * A minimal LSP client for the protocol tests: starts `dist/server.js --stdio` as a real
 * process and speaks JSON-RPC to it. Every wait is on a message, with a timeout.
 */

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

export const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(import.meta.dirname, 'fixtures');
export const SERVER = join(ROOT, 'dist', 'server.js');

export interface Diag {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
  data?: unknown;
}

export interface TextEditLike {
  range: Diag['range'];
  newText: string;
}

export interface Options {
  /** Offer pull diagnostics (textDocument.diagnostic) in the client capabilities. */
  pull?: boolean;
  /** Answer workspace/configuration with these settings (section replylint). */
  settings?: Record<string, unknown>;
  trusted?: boolean;
  workspaceFolder?: string;
  /** Display language and l10n bundle (initializationOptions.l10nBundle). */
  locale?: string;
  l10nBundle?: string;
  /** Extra node options for the server process (e.g. `--import` of a fault-injection module). */
  nodeArgs?: string[];
}

export class TestClient {
  readonly proc: ChildProcessWithoutNullStreams;
  readonly conn: ProtocolConnection;
  readonly stderr: string[] = [];
  readonly applied: unknown[] = [];
  readonly status: Record<string, unknown>[] = [];
  private readonly pushed = new Map<string, Diag[][]>();
  private readonly waiters: { match: () => boolean; resolve: () => void }[] = [];
  settings: Record<string, unknown>;
  exited: Promise<number | null>;

  constructor(readonly options: Options = {}) {
    this.settings = options.settings ?? {};
    this.proc = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER, '--stdio'], { stdio: 'pipe' });
    this.proc.stderr.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.exited = new Promise((resolve) => this.proc.on('exit', (code) => resolve(code)));
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diag[] }) => {
      const list = this.pushed.get(p.uri) ?? [];
      list.push(p.diagnostics);
      this.pushed.set(p.uri, list);
      this.wake();
    });
    this.conn.onNotification('replylint/status', (p: Record<string, unknown>) => {
      this.status.push(p);
      this.wake();
    });
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => this.settings));
    this.conn.onRequest('workspace/applyEdit', (p: { edit: unknown }) => {
      this.applied.push(p.edit);
      this.wake();
      return { applied: true };
    });
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.wake();
      return null;
    });
    this.conn.listen();
  }

  refreshes = 0;

  private wake(): void {
    for (const w of [...this.waiters]) {
      if (w.match()) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  }

  /** Resolves when `match()` holds (checked now and after every message), or fails after `ms`. */
  until(what: string, match: () => boolean, ms = 5000): Promise<void> {
    if (match()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.join('')}`)), ms);
      this.waiters.push({ match, resolve: () => { clearTimeout(t); resolve(); } });
    });
  }

  async initialize(): Promise<{ capabilities: Record<string, unknown> }> {
    const folder = this.options.workspaceFolder ?? FIXTURES;
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'fixtures' }],
      locale: this.options.locale,
      initializationOptions: { trusted: this.options.trusted !== false, l10nBundle: this.options.l10nBundle },
      capabilities: {
        workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, diagnostics: { refreshSupport: true } },
        textDocument: {
          ...(this.options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          publishDiagnostics: { versionSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
          hover: { contentFormat: ['markdown'] },
          completion: { completionItem: { snippetSupport: true } },
        },
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  open(uri: string, text: string, version = 1): void {
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'reply-template', version, text } });
  }

  change(uri: string, text: string, version: number): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** The next diagnostics pushed for `uri` after `after` earlier publications. */
  async pushedDiagnostics(uri: string, after = 0): Promise<Diag[]> {
    await this.until(`diagnostics for ${uri}`, () => (this.pushed.get(uri)?.length ?? 0) > after);
    return this.pushed.get(uri)![after];
  }

  publications(uri: string): number {
    return this.pushed.get(uri)?.length ?? 0;
  }

  async pulledDiagnostics(uri: string): Promise<Diag[]> {
    const r = await this.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { kind: string; items: Diag[] };
    return r.items;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest(method, params) as Promise<T>;
  }

  async shutdown(): Promise<number | null> {
    try {
      await this.conn.sendRequest('shutdown');
      await this.conn.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    const code = await this.exited;
    this.conn.dispose();
    return code;
  }
}

export function fixture(name: string): { uri: string; text: string } {
  const path = join(FIXTURES, name);
  return { uri: pathToFileURL(path).href, text: readFileSync(path, 'utf8') };
}

/** Applies LSP text edits to `text` (non-overlapping, any order). */
export function applyTextEdits(text: string, edits: TextEditLike[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }): number => Math.min(text.length, (starts[p.line] ?? text.length) + p.character);
  const sorted = edits.map((e) => ({ a: off(e.range.start), b: off(e.range.end), t: e.newText })).sort((x, y) => y.a - x.a);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.a) + e.t + out.slice(e.b);
  return out;
}
