// Language server over stdio (dist/server.js), driven with vscode-jsonrpc like an editor would:
// didChange -> publishDiagnostics latency (p50/p95) for a 2 KB and a 100 KB template, and the
// server's RSS with 1,000 open documents. The client answers workspace/configuration with
// debounceMs 0, so the numbers are the server's own work (the editor's default debounce, 200 ms,
// comes on top while typing).
//
// The server is started the way the VS Code client starts it: with the V8 flags and environment
// of server/src/lsp/node-options.json (client/src/client.ts reads the same file). Memory is read
// from /proc (RSS, and its anonymous part: the file-backed rest is mostly the node binary,
// shared with every other node process) and from the server itself (replylint/memoryStats:
// V8 heap used and committed, the number of entries in its per-document caches).
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

/** RSS and its anonymous (private) part, in bytes, from /proc (NaN where there is no /proc). */
function memOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => {
      const m = new RegExp(`${key}:\\s+(\\d+) kB`).exec(status);
      return m ? Number(m[1]) * 1024 : NaN;
    };
    return { rss: kb('VmRSS'), rssAnon: kb('RssAnon') };
  } catch {
    return { rss: NaN, rssAnon: NaN };
  }
}

/** CPU time (user + system) of a process so far, in ms, from /proc (NaN where there is none). */
function cpuOf(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return NaN;
  }
}

/** V8 flags and environment the client starts the server with. */
export function serverNodeOptions() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'server', 'src', 'lsp', 'node-options.json'), 'utf8'));
}

const mb = (bytes) => (bytes / 1048576).toFixed(0);

/** `nodeOptions` and `server` replace the client's flags and the bundle (for comparisons); by default the server runs as users get it. */
export async function lspBench({ corpusDir, log = () => {}, quick = false, nodeOptions = serverNodeOptions(), server = path.join(ROOT, 'dist', 'server.js') } = {}) {
  if (!fs.existsSync(server)) return { skipped: 'dist/server.js not built' };
  const rpc = require('vscode-jsonrpc/node');
  const options = nodeOptions;
  const child = spawn(process.execPath, [...options.execArgv, server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...options.env } });
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

  const out = { latency: [], rssIdle: NaN, rssOpen: NaN, openDocs: 0, execArgv: options.execArgv, env: options.env };
  /** Memory now: RSS (and anonymous RSS) from /proc, heap and cache sizes from the server. */
  const memory = async () => ({ ...memOf(child.pid), ...(await conn.sendRequest('replylint/memoryStats').catch(() => ({}))) });
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
    let cpu0 = NaN;
    for (let i = 0; i < rounds + 5; i++) {
      if (i === 5) cpu0 = cpuOf(child.pid);
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
    const cpuPerChange = (cpuOf(child.pid) - cpu0) / rounds;
    times.sort((a, b) => a - b);
    const row = { label, bytes: Buffer.byteLength(text), rounds, p50: pct(times, 50), p95: pct(times, 95), cpuPerChange };
    log(`lsp ${label}: didChange -> diagnostics p50 ${row.p50.toFixed(2)} ms, p95 ${row.p95.toFixed(2)} ms; server CPU ${cpuPerChange.toFixed(1)} ms per change`);
    out.latency.push(row);
    conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }
  // RSS with 1,000 open documents (corpus files when given, else copies of the templates).
  const files = [];
  walkReplyFiles(folder, (p) => files.push(p) < 1000);
  const idle = await memory();
  out.rssIdle = idle.rss;
  out.memoryIdle = idle;
  const pending = [];
  const cpuOpen0 = cpuOf(child.pid);
  for (let i = 0; i < 1000; i++) {
    const file = files[i % files.length];
    const uri = pathToFileURL(files.length >= 1000 ? file : file.replace(/\.reply\.md$/, `-${i}.reply.md`)).href;
    pending.push(diagnosticsFor(uri, 1));
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'reply-template', version: 1, text: fs.readFileSync(file, 'utf8') } });
  }
  const t0 = performance.now();
  await Promise.all(pending);
  out.openAllMs = performance.now() - t0;
  out.openAllCpuMs = cpuOf(child.pid) - cpuOpen0;
  out.openDocs = 1000;
  const open = await memory();
  out.rssOpen = open.rss;
  out.memoryOpen = open;
  log(`lsp: RSS ${mb(out.rssIdle)} MB idle, ${mb(out.rssOpen)} MB with 1,000 open documents (all linted in ${out.openAllMs.toFixed(0)} ms)`);
  log(`lsp: with 1,000 open documents: RSS ${mb(open.rss)} MB (anonymous ${mb(open.rssAnon)} MB), V8 heap used ${mb(open.heapUsed)} MB of ${mb(open.heapTotal)} MB, external ${mb(open.external)} MB; caches ${JSON.stringify(open.caches)}; flags ${options.execArgv.join(' ')} ${Object.entries(options.env).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  if (!quick) {
    // The same documents once the server has been idle a while (V8's memory reducer runs after ~8 s).
    await new Promise((r) => setTimeout(r, 12_000));
    out.memorySettled = await memory();
    log(`lsp: after 12 s idle: RSS ${mb(out.memorySettled.rss)} MB (anonymous ${mb(out.memorySettled.rssAnon)} MB), V8 heap used ${mb(out.memorySettled.heapUsed)} MB of ${mb(out.memorySettled.heapTotal)} MB`);
  }
  await conn.sendRequest('shutdown');
  conn.sendNotification('exit');
  await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  conn.dispose();
  return out;
}
