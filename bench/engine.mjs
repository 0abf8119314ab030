// Engine latency in process, warm: p50/p99 per document for 2 KB, 100 KB and 5 MB inputs.
// The engine is bundled with esbuild (into the bench cache folder) and loaded once; every
// document is linted a few times to warm up, then timed call by call. Both wall time and the
// thread's CPU time (process.cpuUsage) are recorded: on a loaded machine wall p99 includes the
// time the thread was not scheduled, CPU time does not.
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, cacheDir } from './corpus.mjs';

const require = createRequire(import.meta.url);

/** Bundles server/src/engine/index.ts to a CommonJS file outside the repo and loads it. */
export async function loadEngine() {
  const { build } = await import('esbuild');
  const out = path.join(cacheDir(), 'engine.cjs');
  fs.mkdirSync(cacheDir(), { recursive: true });
  await build({
    entryPoints: [path.join(ROOT, 'server/src/engine/index.ts')], bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', outfile: out, logLevel: 'warning',
  });
  delete require.cache[out];
  return require(out);
}

/** A ~2 KB template (the English belle-warning if present) and longer bodies built from it. */
export function inputs() {
  const dir = path.join(ROOT, 'templates', 'en');
  const name = fs.existsSync(path.join(dir, 'belle-warning.reply.md')) ? 'belle-warning.reply.md' : fs.readdirSync(dir).find((f) => f.endsWith('.reply.md'));
  const small = fs.readFileSync(path.join(dir, name), 'utf8');
  const close = small.indexOf('\n---\n', 4) + 5;
  const head = small.slice(0, close);
  const body = small.slice(close);
  const paras = body.split('\n\n').slice(1, -1).join('\n\n');
  const grow = (bytes) => {
    let b = body.split('\n\n')[0] + '\n\n';
    while (b.length < bytes) b += paras + '\n\n';
    return head + b + body.split('\n\n').slice(-1)[0];
  };
  return [
    { label: '2 KB', text: small },
    { label: '100 KB', text: grow(100 * 1024) },
    { label: '5 MB', text: grow(5 * 1024 * 1024) },
  ];
}

export function pct(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export async function engineLatency({ log = () => {}, quick = false } = {}) {
  const engine = await loadEngine();
  const config = engine.defaultConfig();
  const rows = [];
  for (const { label, text } of inputs()) {
    const bytes = Buffer.byteLength(text);
    const runs = bytes < 10_000 ? (quick ? 500 : 2000) : bytes < 1_000_000 ? (quick ? 30 : 100) : (quick ? 3 : 7);
    const warm = bytes < 10_000 ? 300 : bytes < 1_000_000 ? 10 : 2;
    // Every call gets a text of its own (a numbered comment at the end), as in an editor where
    // each keystroke changes the text: results cached by text (element hits) must not count.
    let serial = 0;
    const next = () => `${text}\n<!-- bench ${serial++} -->\n`;
    for (let i = 0; i < warm; i++) engine.lint(next(), config);
    const wall = [];
    const cpu = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      const input = next();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const r = engine.lint(input, config);
      const t1 = performance.now();
      const c1 = process.cpuUsage(c0);
      wall.push(t1 - t0);
      cpu.push((c1.user + c1.system) / 1000);
      findings = r.messages.length;
    }
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const row = { label, bytes, runs, findings, wallP50: pct(wall, 50), wallP99: pct(wall, 99), cpuP50: pct(cpu, 50), cpuP99: pct(cpu, 99) };
    log(`engine ${label}: p50 ${row.wallP50.toFixed(3)} ms, p99 ${row.wallP99.toFixed(3)} ms wall (cpu p50 ${row.cpuP50.toFixed(3)}, p99 ${row.cpuP99.toFixed(3)}), ${runs} runs`);
    rows.push(row);
  }
  return rows;
}
