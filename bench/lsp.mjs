// Language server over stdio (dist/server.js), driven with vscode-jsonrpc like an editor would:
// didChange -> publishDiagnostics latency (p50/p95) for a 2 KB and a 100 KB template, and the
// server's RSS with 1,000 open documents. The client answers workspace/configuration with
// debounceMs 0, so the numbers are the server's own work (the editor's default debounce, 200 ms,
// comes on top while typing).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { ROOT } from './corpus.mjs';
import { walkReplyFiles } from './walk.mjs';
import { inputs, pct } from './engine.mjs';

const require = createRequire(import.meta.url);

function rssOf(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

export async function lspBench({ corpusDir, log = () => {}, quick = false } = {}) {
  const server = path.join(ROOT, 'dist', 'server.js');
  if (!fs.existsSync(server)) return { skipped: 'dist/server.js not built' };
  const rpc = require('vscode-jsonrpc/node');
  const child = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiters = new Map(); // uri -> { version, resolve }
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    const w = waiters.get(p.uri);
    if (w && (p.version === undefined || p.version >= w.version)) {
      waiters.delete(p.uri);
      w.resolve(p);
    }
  });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({ debounceMs: 0, run: 'onType', enable: true })));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onNotification(() => {});
  conn.listen();
  const folder = corpusDir ?? path.join(ROOT, 'templates');
  await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: pathToFileURL(folder).href, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'bench' }],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } } },
    initializationOptions: { trusted: true },
  });
  conn.sendNotification('initialized', {});
  const diagnosticsFor = (uri, version) => new Promise((resolve) => waiters.set(uri, { version, resolve }));

  const out = { latency: [], rssIdle: NaN, rssOpen: NaN, openDocs: 0 };
  const docs = inputs().filter((d) => d.label !== '5 MB');
  let n = 0;
  for (const { label, text } of docs) {
    const uri = pathToFileURL(path.join(folder, `bench-${n++}.reply.md`)).href;
    let version = 1;
    let p = diagnosticsFor(uri, version);
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'reply-template', version, text } });
    await p;
    // Type: insert or delete one character in the middle of the body, alternately.
    const at = text.lastIndexOf('\n\n', Math.floor(text.length / 2)) + 2;
    const line = text.slice(0, at).split('\n').length - 1;
    const rounds = label === '2 KB' ? (quick ? 60 : 200) : (quick ? 20 : 60);
    const times = [];
    for (let i = 0; i < rounds + 5; i++) {
      version++;
      const change = i % 2 === 0
        ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'A' }
        : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
      p = diagnosticsFor(uri, version);
      const t0 = performance.now();
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await p;
      if (i >= 5) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const row = { label, bytes: Buffer.byteLength(text), rounds, p50: pct(times, 50), p95: pct(times, 95) };
    log(`lsp ${label}: didChange -> diagnostics p50 ${row.p50.toFixed(2)} ms, p95 ${row.p95.toFixed(2)} ms`);
    out.latency.push(row);
    conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  // RSS with 1,000 open documents (corpus files when given, else copies of the templates).
  const files = [];
  walkReplyFiles(folder, (p) => files.push(p) < 1000);
  out.rssIdle = rssOf(child.pid);
  const pending = [];
  for (let i = 0; i < 1000; i++) {
    const file = files[i % files.length];
    const uri = pathToFileURL(files.length >= 1000 ? file : file.replace(/\.reply\.md$/, `-${i}.reply.md`)).href;
    pending.push(diagnosticsFor(uri, 1));
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'reply-template', version: 1, text: fs.readFileSync(file, 'utf8') } });
  }
  const t0 = performance.now();
  await Promise.all(pending);
  out.openAllMs = performance.now() - t0;
  out.openDocs = 1000;
  out.rssOpen = rssOf(child.pid);
  log(`lsp: RSS ${(out.rssIdle / 1048576).toFixed(0)} MB idle, ${(out.rssOpen / 1048576).toFixed(0)} MB with 1,000 open documents (all linted in ${out.openAllMs.toFixed(0)} ms)`);
  await conn.sendRequest('shutdown');
  conn.sendNotification('exit');
  await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  conn.dispose();
  return out;
}
