// CLI runs: replylint and its peers on the same corpus, each as its own process, timed with
// GNU time (/usr/bin/time -v: wall, user+sys CPU of the process tree, peak RSS). Without GNU time
// only the wall time is measured and CPU/RSS are reported as n/a.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, cacheDir } from './corpus.mjs';

const GNU_TIME = fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0 ? '/usr/bin/time' : null;
const bin = (rel) => path.join(ROOT, 'node_modules', rel);

/** The tools, as commands on a corpus folder. `cwd` defaults to the repo (so textlint finds its rules). */
export function tools(dir) {
  const textlintrc = path.join(cacheDir(), 'textlintrc.json');
  fs.writeFileSync(textlintrc, JSON.stringify({ rules: { alex: true, 'write-good': true, 'no-todo': true } }));
  const cache = path.join(cacheDir(), `rl-cache-${path.basename(dir)}`);
  return [
    { id: 'replylint', label: 'replylint', cmd: [path.join(ROOT, 'dist/cli.js'), dir] },
    { id: 'replylint-1t', label: 'replylint (1 thread)', cmd: [path.join(ROOT, 'dist/cli.js'), '--concurrency', 'off', dir] },
    { id: 'replylint-2t', label: 'replylint (2 threads)', cmd: [path.join(ROOT, 'dist/cli.js'), '--concurrency', '2', dir] },
    {
      id: 'replylint-cache', label: 'replylint --cache (2nd run)', cmd: [path.join(ROOT, 'dist/cli.js'), '--cache', '--cache-location', cache, dir],
      prepare: () => {
        fs.rmSync(cache, { recursive: true, force: true });
        return [path.join(ROOT, 'dist/cli.js'), '--cache', '--cache-location', cache, dir];
      },
    },
    { id: 'floor', label: 'floor (read + 1 regex)', cmd: [path.join(ROOT, 'bench/floor.mjs'), dir], peer: true },
    { id: 'alex', label: 'alex 11', cmd: [bin('alex/cli.js'), dir], peer: true },
    { id: 'write-good', label: 'write-good 1 (library per file)', cmd: [path.join(ROOT, 'bench/peers/write-good.mjs'), dir], peer: true },
    { id: 'textlint', label: 'textlint 15 (alex, write-good, no-todo)', cmd: [bin('textlint/bin/textlint.js'), '--config', textlintrc, '--no-color', path.join(dir, '**/*.reply.md')], peer: true },
    { id: 'markdownlint', label: 'markdownlint-cli2 0.24 (default rules)', cmd: [bin('markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.reply.md'], cwd: dir, peer: true },
  ];
}

function parseGnuTime(text) {
  const num = (re) => {
    const m = re.exec(text);
    return m ? Number(m[1]) : NaN;
  };
  return {
    user: num(/User time \(seconds\): ([\d.]+)/),
    sys: num(/System time \(seconds\): ([\d.]+)/),
    maxRss: num(/Maximum resident set size \(kbytes\): (\d+)/) * 1024,
  };
}

/** Runs `node ...args` once; stdout and stderr go to a file (their size is reported). */
export function measure(args, { cwd = ROOT, timeoutS = 900 } = {}) {
  const outFile = path.join(cacheDir(), 'run.out');
  const timeFile = path.join(cacheDir(), 'run.time');
  fs.rmSync(timeFile, { force: true });
  const fd = fs.openSync(outFile, 'w');
  const argv = GNU_TIME ? [GNU_TIME, ['-v', '-o', timeFile, process.execPath, ...args]] : [process.execPath, args];
  const load = os.loadavg()[0];
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv[1], { cwd, stdio: ['ignore', fd, fd], env: { ...process.env, NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0' } });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutS * 1000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const wall = (performance.now() - t0) / 1000;
      fs.closeSync(fd);
      const t = GNU_TIME && fs.existsSync(timeFile) ? parseGnuTime(fs.readFileSync(timeFile, 'utf8')) : { user: NaN, sys: NaN, maxRss: NaN };
      resolve({ wall, user: t.user, sys: t.sys, cpu: t.user + t.sys, maxRss: t.maxRss, exit: signal ? signal : code, outBytes: fs.statSync(outFile).size, load });
    });
  });
}

export const hasGnuTime = () => GNU_TIME !== null;
