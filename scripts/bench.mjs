#!/usr/bin/env node
// npm run bench: replylint against the tools users would otherwise pick, in one run on one machine.
//
//   node scripts/bench.mjs [--sizes 1000,10000,50000] [--quick] [--budget SECONDS]
//                          [--skip engine,cli,peers,lsp,extension] [--no-write] [--report-only]
//
// Writes bench/results.json, docs/images/bench.svg and the generated part of docs/performance.md
// (between the bench:begin / bench:end markers). Corpora live in $REPLYLINT_BENCH_DIR or
// <tmp>/replylint-bench, never in the repo. --budget (default 240 s) skips a tool at a size when its
// time at the previous size, scaled linearly, would exceed the budget.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, cacheDir, ensureCorpus } from '../bench/corpus.mjs';
import { engineLatency } from '../bench/engine.mjs';
import { hasGnuTime, measure, tools } from '../bench/cli.mjs';
import { lspBench } from '../bench/lsp.mjs';
import { activationBench, activationRows } from '../bench/activation.mjs';
import { plot } from '../bench/svg.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return def;
  return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
};
const quick = args.includes('--quick');
const sizes = String(opt('--sizes', quick ? '1000,10000' : '1000,10000,50000')).split(',').map(Number).filter((n) => n > 0);
const budget = Number(opt('--budget', 240));
const skip = new Set(String(opt('--skip', '')).split(',').filter(Boolean));
const write = !args.includes('--no-write');
const log = (s) => process.stderr.write(`bench: ${s}\n`);

if (args.includes('--report-only')) {
  // Re-render the docs from bench/results.json without measuring again.
  writeDocs(JSON.parse(fs.readFileSync(path.join(ROOT, 'bench/results.json'), 'utf8')));
  log('rewrote docs/performance.md and docs/images/bench.svg from bench/results.json');
  process.exit(0);
}
fs.mkdirSync(cacheDir(), { recursive: true });
if (!fs.existsSync(path.join(ROOT, 'dist/cli.js')) || !fs.existsSync(path.join(ROOT, 'dist/lint-worker.js'))) {
  log('building dist/ (scripts/build.mjs)');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], { stdio: 'inherit' });
}

const cpuModel = (() => {
  const c = os.cpus();
  return c.length ? c[0].model.trim() : 'unknown';
})();
const git = (a) => {
  const r = spawnSync('git', a, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : '';
};
const results = {
  date: new Date().toISOString(),
  commit: git(['rev-parse', '--short', 'HEAD']),
  machine: {
    cores: os.availableParallelism?.() ?? os.cpus().length, cpu: cpuModel, memoryGB: Math.round(os.totalmem() / 2 ** 30 * 10) / 10,
    node: process.version, platform: `${os.platform()} ${os.release()}`, gnuTime: hasGnuTime(), loadStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  },
  command: `node scripts/bench.mjs ${args.join(' ')}`.trim(),
  sizes,
  corpora: [],
  cli: [],
  engine: null,
  lsp: null,
  extension: null,
};

// (2) engine latency
if (!skip.has('engine')) results.engine = await engineLatency({ log, quick });

// (1) + (5) CLI runs per corpus size
if (!skip.has('cli')) {
  const last = new Map();
  for (const size of sizes) {
    const corpus = ensureCorpus(size, { log });
    results.corpora.push({ files: corpus.files, bytes: corpus.bytes, faults: corpus.faults, dir: corpus.dir });
    for (const t of tools(corpus.dir)) {
      if (t.peer && skip.has('peers') && t.id !== 'floor') continue;
      const prev = last.get(t.id);
      const projected = prev ? prev.wall * (size / prev.files) : 0;
      if (projected > budget) {
        log(`${t.id} @ ${size}: skipped (projected ${projected.toFixed(0)} s > budget ${budget} s)`);
        results.cli.push({ tool: t.id, label: t.label, files: size, skipped: `projected ${projected.toFixed(0)} s from ${prev.files} files` });
        continue;
      }
      if (t.prepare) await measure(t.prepare(), { cwd: t.cwd ?? ROOT });
      const r = await measure(t.cmd, { cwd: t.cwd ?? ROOT });
      const row = { tool: t.id, label: t.label, files: size, ...r };
      results.cli.push(row);
      last.set(t.id, row);
      log(`${t.id} @ ${size}: wall ${r.wall.toFixed(2)} s, cpu ${r.cpu.toFixed(2)} s, rss ${(r.maxRss / 2 ** 20).toFixed(0)} MB, exit ${r.exit}, load ${r.load.toFixed(1)}`);
    }
  }
}

// (3) language server
if (!skip.has('lsp')) {
  const corpus = results.corpora[0]?.dir ?? (sizes.length ? ensureCorpus(Math.max(1000, sizes[0]), { log }).dir : undefined);
  results.lsp = await lspBench({ corpusDir: corpus, log, quick });
}

// (4) extension: bundle load time (with a stand-in `vscode` module) and .vsix size
if (!skip.has('extension')) results.extension = { ...extensionBench(), vscode: await activationBench({ log, runs: quick ? 3 : 7 }) };

results.machine.loadEnd = os.loadavg().map((x) => Math.round(x * 100) / 100);
if (write) {
  fs.writeFileSync(path.join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  writeDocs(results);
  log('wrote bench/results.json, docs/performance.md, docs/images/bench.svg');
} else {
  process.stdout.write(renderTables(results) + '\n');
}

function extensionBench() {
  const out = {};
  const ext = path.join(ROOT, 'dist/extension.js');
  if (fs.existsSync(ext)) {
    out.bundleBytes = fs.statSync(ext).size;
    // Load the bundle in a fresh process with a stand-in `vscode` module: this is the part of
    // activation the extension's own code costs (module evaluation), not VS Code's.
    const probe = `
      const Module = require('module');
      const stub = new Proxy(function () {}, { get: (t, k) => (k === 'then' ? undefined : stub), apply: () => stub, construct: () => stub });
      const orig = Module._load;
      Module._load = function (req, ...rest) { return req === 'vscode' ? stub : orig.call(this, req, ...rest); };
      const t0 = process.hrtime.bigint();
      require(${JSON.stringify(ext)});
      const t1 = process.hrtime.bigint();
      process.stdout.write(String(Number(t1 - t0) / 1e6));`;
    const times = [];
    for (let i = 0; i < 7; i++) {
      const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
      if (r.status === 0) times.push(Number(r.stdout));
    }
    times.sort((a, b) => a - b);
    if (times.length) out.loadMsMedian = times[Math.floor(times.length / 2)];
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  if (pkg.scripts?.package) {
    const before = new Set(fs.readdirSync(ROOT).filter((f) => f.endsWith('.vsix')));
    const r = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
    const made = fs.readdirSync(ROOT).filter((f) => f.endsWith('.vsix') && !before.has(f));
    const vsix = made[0] ?? [...before][0];
    if (r.status === 0 && vsix) out.vsixBytes = fs.statSync(path.join(ROOT, vsix)).size;
    else out.vsix = `npm run package failed (exit ${r.status})`;
    for (const f of made) fs.rmSync(path.join(ROOT, f), { force: true });
  } else out.vsix = 'not measured yet (no npm run package script)';
  out.activation = 'not measured yet (needs a running VS Code; see the bundle load time)';
  return out;
}

// ---------------------------------------------------------------- report

function f2(n, d = 2) {
  return Number.isFinite(n) ? n.toFixed(d) : 'n/a';
}
function mb(b) {
  return Number.isFinite(b) ? (b / 2 ** 20).toFixed(0) : 'n/a';
}

function renderTables(r) {
  const L = [];
  const m = r.machine;
  L.push(`Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC at commit \`${r.commit}\` with \`${r.command}\`.`);
  L.push('');
  L.push(`Machine: ${m.cores} cores (\`nproc\`), ${m.cpu}, ${m.memoryGB} GB RAM, Node ${m.node}, ${m.platform}. ` +
    `Load average (1/5/15 min) ${m.loadStart.join(' / ')} at the start and ${m.loadEnd?.join(' / ') ?? '?'} at the end. ` +
    `${m.gnuTime ? 'CPU and peak RSS from GNU time (`/usr/bin/time -v`) of the whole process.' : 'GNU time was not available: CPU and RSS are n/a.'}`);
  L.push('');
  if (r.corpora.length) {
    L.push('### CLI on the same corpus');
    L.push('');
    L.push('Corpora: ' + r.corpora.map((c) => `${c.files.toLocaleString('en')} files (${(c.bytes / 1e6).toFixed(1)} MB, ${Object.values(c.faults).reduce((a, b) => a + b, 0)} with injected faults)`).join('; ') + '.');
    L.push('');
    L.push('| tool | files | wall (s) | CPU (s) | CPU per file (ms) | peak RSS (MB) | CPU ÷ replylint CPU | wall ÷ replylint wall |');
    L.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const size of r.sizes) {
      const ref = r.cli.find((x) => x.tool === 'replylint' && x.files === size && !x.skipped);
      for (const row of r.cli.filter((x) => x.files === size)) {
        if (row.skipped) {
          L.push(`| ${row.label} | ${size.toLocaleString('en')} | skipped (${row.skipped}) | | | | | |`);
          continue;
        }
        const ratio = (a, b) => (ref && b > 0 ? `${(a / b).toFixed(2)}×` : '');
        L.push(`| ${row.tool === 'replylint' ? '**replylint**' : row.label} | ${size.toLocaleString('en')} | ${f2(row.wall)} | ${f2(row.cpu)} | ${f2((row.cpu / size) * 1000, 3)} | ${mb(row.maxRss)} | ${ratio(row.cpu, ref?.cpu)} | ${ratio(row.wall, ref?.wall)} |`);
      }
    }
    L.push('');
  }
  if (r.engine) {
    L.push('### Engine, in process, warm');
    L.push('');
    L.push('| input | runs | findings | wall p50 (ms) | wall p99 (ms) | CPU p50 (ms) | CPU p99 (ms) |');
    L.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const e of r.engine) L.push(`| ${e.label} (${e.bytes.toLocaleString('en')} B) | ${e.runs} | ${e.findings} | ${f2(e.wallP50, 3)} | ${f2(e.wallP99, 3)} | ${f2(e.cpuP50, 3)} | ${f2(e.cpuP99, 3)} |`);
    L.push('');
  }
  if (r.lsp) {
    L.push('### Language server over stdio');
    L.push('');
    if (r.lsp.skipped) L.push(`Not measured: ${r.lsp.skipped}.`);
    else {
      L.push('| document | changes | didChange → diagnostics p50 (ms) | p95 (ms) | server CPU per change (ms) |');
      L.push('| --- | ---: | ---: | ---: | ---: |');
      for (const x of r.lsp.latency) L.push(`| ${x.label} (${x.bytes.toLocaleString('en')} B) | ${x.rounds} | ${f2(x.p50)} | ${f2(x.p95)} | ${x.cpuPerChange !== undefined ? f2(x.cpuPerChange, 1) : 'n/a'} |`);
      L.push('');
      L.push(`Server RSS: ${mb(r.lsp.rssIdle)} MB after the latency runs, ${mb(r.lsp.rssOpen)} MB with ${r.lsp.openDocs.toLocaleString('en')} open documents (opening and linting all of them took ${f2(r.lsp.openAllMs / 1000)} s).`);
      const m = r.lsp.memoryOpen;
      if (m) L.push(`With the documents open: anonymous (private) RSS ${mb(m.rssAnon)} MB, V8 heap used ${mb(m.heapUsed)} MB of ${mb(m.heapTotal)} MB committed${r.lsp.memorySettled ? `; RSS ${mb(r.lsp.memorySettled.rss)} MB after 12 s idle` : ''}. The server runs as the VS Code client starts it: \`node ${(r.lsp.execArgv ?? []).join(' ')}\`${Object.keys(r.lsp.env ?? {}).length ? ` with ${Object.entries(r.lsp.env).map(([k, v]) => `\`${k}=${v}\``).join(', ')}` : ''} (server/src/lsp/node-options.json).`);
    }
    L.push('');
  }
  if (r.extension) {
    const e = r.extension;
    L.push('### Extension');
    L.push('');
    if (e.vscode) L.push(...activationRows(e.vscode));
    else L.push(`- Activation: ${e.activation}.`);
    if (e.loadMsMedian !== undefined) L.push(`- Loading dist/extension.js (${(e.bundleBytes / 1024).toFixed(0)} KB) with a stand-in \`vscode\` module: ${f2(e.loadMsMedian, 1)} ms (median of 7 fresh processes).`);
    L.push(`- .vsix size: ${e.vsixBytes !== undefined ? `${(e.vsixBytes / 1024).toFixed(0)} KB` : e.vsix}.`);
    L.push('');
  }
  L.push(targets(r));
  return L.join('\n');
}

function targets(r) {
  const L = ['### Targets', '', '| target | measured | met |', '| --- | --- | --- |'];
  const at = (tool, size) => r.cli.find((x) => x.tool === tool && x.files === size && !x.skipped);
  const yes = (b) => (b === undefined ? 'not measured' : b ? 'yes' : '**no**');
  const big = r.sizes.includes(10000) ? 10000 : r.sizes[r.sizes.length - 1];
  const rl = at('replylint', big);
  for (const peer of ['alex', 'textlint']) {
    const p = at(peer, big);
    const x = rl && p ? p.cpu / rl.cpu : undefined;
    L.push(`| ≥ 10× faster than ${peer} (CPU, ${big?.toLocaleString('en')} files) | ${x ? `${x.toFixed(1)}×` : 'n/a'} | ${yes(x === undefined ? undefined : x >= 10)} |`);
  }
  const fl = at('floor', big);
  const xf = rl && fl ? rl.cpu / fl.cpu : undefined;
  L.push(`| within 3× of the floor (CPU, ${big?.toLocaleString('en')} files) | ${xf ? `${xf.toFixed(0)}× the floor` : 'n/a'} | ${yes(xf === undefined ? undefined : xf <= 3)} |`);
  // The fastest way to run it on this machine: default, one thread or two threads.
  const r10 = ['replylint', 'replylint-1t', 'replylint-2t'].map((t) => at(t, 10000)).filter(Boolean).sort((a, b) => a.wall - b.wall)[0];
  L.push(`| 10k templates < 3 s on 2 cores (wall) | ${r10 ? `${f2(r10.wall)} s wall, ${f2(r10.cpu)} s CPU (${r10.label}; CPU ÷ 2 cores = ${f2(r10.cpu / Math.min(2, r.machine.cores))} s)` : 'n/a'} | ${yes(r10 ? r10.wall < 3 : undefined)} |`);
  // Linear = the same cost for each further file: compare the marginal CPU per file between
  // consecutive sizes (the fixed start-up cost is in the first size only).
  // On one thread: the default switches to several threads from 5,000 files, which would mix
  // start-up costs of different thread counts into the marginal cost.
  const linearTool = r.cli.some((x) => x.tool === 'replylint-1t' && !x.skipped) ? 'replylint-1t' : 'replylint';
  const runs = r.sizes.map((s) => at(linearTool, s)).filter(Boolean);
  const marginal = runs.slice(1).map((x, i) => ((x.cpu - runs[i].cpu) / (x.files - runs[i].files)) * 1000);
  if (marginal.length) {
    const ok = marginal.length < 2 || Math.max(...marginal) / Math.min(...marginal) < 1.5;
    L.push(`| time linear in corpus size (${linearTool === 'replylint-1t' ? 'one thread' : 'default'}) | marginal CPU per file ${runs.slice(1).map((x, i) => `${runs[i].files / 1000}k→${x.files / 1000}k ${marginal[i].toFixed(3)} ms`).join(', ')}; per file overall ${runs.map((x) => (x.cpu / x.files * 1000).toFixed(3)).join(' → ')} ms | ${yes(marginal.length < 2 ? undefined : ok)} |`);
  }
  const e2 = r.engine?.find((e) => e.label === '2 KB');
  L.push(`| engine p99 < 1 ms for 2 KB | ${e2 ? `${f2(e2.wallP99, 3)} ms wall, ${f2(e2.cpuP99, 3)} ms CPU` : 'n/a'} | ${yes(e2 ? e2.wallP99 < 1 : undefined)} |`);
  const l2 = r.lsp?.latency?.find((x) => x.label === '2 KB');
  const l100 = r.lsp?.latency?.find((x) => x.label === '100 KB');
  L.push(`| LSP p95 < 15 ms for 2 KB | ${l2 ? `${f2(l2.p95)} ms` : 'n/a'} | ${yes(l2 ? l2.p95 < 15 : undefined)} |`);
  L.push(`| LSP p95 < 100 ms for 100 KB | ${l100 ? `${f2(l100.p95)} ms` : 'n/a'} | ${yes(l100 ? l100.p95 < 100 : undefined)} |`);
  L.push(`| server RSS < 80 MB with 1,000 open documents | ${r.lsp?.rssOpen ? `${mb(r.lsp.rssOpen)} MB` : 'n/a'} | ${yes(r.lsp?.rssOpen ? r.lsp.rssOpen < 80 * 2 ** 20 : undefined)} |`);
  const act = r.extension?.vscode?.stats?.activationMs;
  if (act) L.push(`| activation < 100 ms | load + activate() in VS Code: median ${f2(act.median, 1)} ms, max ${f2(act.max, 1)} ms (${act.n} windows) | ${yes(act.median < 100)} |`);
  else L.push(`| activation < 100 ms | ${r.extension?.loadMsMedian !== undefined ? `bundle load ${f2(r.extension.loadMsMedian, 1)} ms; activation not measured` : 'not measured yet'} | not measured |`);
  L.push(`| .vsix < 1 MB | ${r.extension?.vsixBytes !== undefined ? `${(r.extension.vsixBytes / 1024).toFixed(0)} KB` : 'not measured yet'} | ${yes(r.extension?.vsixBytes !== undefined ? r.extension.vsixBytes < 2 ** 20 : undefined)} |`);
  return L.join('\n') + '\n';
}

function writeDocs(r) {
  const svgFile = path.join(ROOT, 'docs/images/bench.svg');
  fs.mkdirSync(path.dirname(svgFile), { recursive: true });
  const order = ['replylint', 'replylint-1t', 'replylint-2t', 'replylint-cache', 'floor', 'alex', 'write-good', 'textlint', 'markdownlint'];
  const series = order.map((id) => {
    const rows = r.cli.filter((x) => x.tool === id && !x.skipped && Number.isFinite(x.cpu));
    return { label: rows[0]?.label ?? id, points: rows.map((x) => ({ x: x.files, y: x.cpu })), dashed: id.startsWith('replylint-') || id === 'floor' };
  }).filter((s) => s.points.length);
  if (series.length) fs.writeFileSync(svgFile, plot(series));
  const doc = path.join(ROOT, 'docs/performance.md');
  const block = `<!-- bench:begin (generated by npm run bench; do not edit by hand) -->\n${renderTables(r)}\n<!-- bench:end -->`;
  let text = fs.existsSync(doc) ? fs.readFileSync(doc, 'utf8') : '# Performance\n\n<!-- bench:begin -->\n<!-- bench:end -->\n';
  const re = /<!-- bench:begin[^>]*-->[\s\S]*?<!-- bench:end -->/;
  text = re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(doc, text);
}
