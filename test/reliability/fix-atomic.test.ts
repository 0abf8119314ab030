/**
 * `--fix` writes (server/src/cli/write.ts): a file changed after it was read is never
 * overwritten, a failed write leaves the original and no temp file, and a CLI killed mid-run
 * leaves every file either as it was or completely fixed.
 * (BOM, CRLF and permissions: core/cli-process.test.ts.)
 */

import { after, before, describe, it, mock } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { FileChangedError, writeFileAtomic } from '../../server/src/cli/write.js';

/** The real node:fs module object (write.ts reads its methods at call time, so a mock on it is seen). */
const realFs = createRequire(__filename)('node:fs') as typeof fs;
const CLI = path.join(__dirname, '../../dist/cli.js');
const BROKEN = '---\ntype: generic\nlocale: en\nvariables:\n  name:\n    example: "Sam"\n---\nHello {name}, thanks for waiting.\n';

describe('--fix writes atomically', () => {
  let dir: string;
  before(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-atomic-')));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const temps = (d: string): string[] => fs.readdirSync(d).filter((f) => f.endsWith('.tmp'));

  it('a file edited after it was read (same size, same mtime) is left alone', () => {
    const file = path.join(dir, 'edited.reply.md');
    fs.writeFileSync(file, 'original text\n');
    const stats = fs.statSync(file);
    fs.writeFileSync(file, 'EDITED  text\n\n');
    fs.utimesSync(file, stats.atime, stats.mtime);
    assert.equal(fs.statSync(file).size, stats.size);
    assert.throws(() => writeFileAtomic(file, 'fixed text\n', stats, 'original text\n'), FileChangedError);
    assert.equal(fs.readFileSync(file, 'utf8'), 'EDITED  text\n\n');
    assert.deepEqual(temps(dir), []);
  });

  it('a file that grew after it was read is left alone', () => {
    const file = path.join(dir, 'grown.reply.md');
    fs.writeFileSync(file, 'original\n');
    const stats = fs.statSync(file);
    fs.appendFileSync(file, 'more typed by a colleague\n');
    assert.throws(() => writeFileAtomic(file, 'fixed\n', stats, 'original\n'), FileChangedError);
    assert.equal(fs.readFileSync(file, 'utf8'), 'original\nmore typed by a colleague\n');
  });

  it('a failed rename leaves the original file and removes the temp file', () => {
    const file = path.join(dir, 'rename-fails.reply.md');
    fs.writeFileSync(file, 'original\n');
    const stats = fs.statSync(file);
    const rename = mock.method(realFs, 'renameSync', () => {
      throw Object.assign(new Error('EXDEV: simulated'), { code: 'EXDEV' });
    });
    try {
      assert.throws(() => writeFileAtomic(file, 'fixed\n', stats, 'original\n'), /EXDEV/);
    } finally {
      rename.mock.restore();
    }
    assert.equal(rename.mock.callCount(), 1, 'the write went through a rename');
    assert.equal(fs.readFileSync(file, 'utf8'), 'original\n');
    assert.deepEqual(temps(dir), []);
  });

  it('a CLI killed in the middle of --fix leaves each file either untouched or completely fixed', async () => {
    const sub = path.join(dir, 'killed');
    fs.mkdirSync(sub);
    const fixed = spawnSync(process.execPath, [CLI, '--stdin', '--fix', '--stdin-filename', 'x.reply.md'], { input: BROKEN, encoding: 'utf8' }).stdout;
    assert.notEqual(fixed, BROKEN, 'the template has something to fix');
    assert.ok(fixed.includes('{{name}}'));
    for (let i = 0; i < 400; i++) fs.writeFileSync(path.join(sub, `t${String(i).padStart(3, '0')}.reply.md`), BROKEN);
    const child = spawn(process.execPath, [CLI, '--fix', '--format', 'json', '.'], { cwd: sub, stdio: 'ignore' });
    // Kill it once 50 fixed files have landed (or let it finish if it is faster than the watcher).
    const watcher = fs.watch(sub);
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const landed = new Set<string>();
    const fifty = new Promise<void>((resolve) => watcher.on('change', (_event, name) => {
      if (/^t\d{3}\.reply\.md$/.test(String(name))) landed.add(String(name));
      if (landed.size >= 50) resolve();
    }));
    await Promise.race([fifty, exited]);
    child.kill('SIGKILL');
    watcher.close();
    await exited;
    const files = fs.readdirSync(sub).filter((f) => f.endsWith('.reply.md'));
    assert.equal(files.length, 400, 'no file was lost');
    let done = 0;
    for (const f of files) {
      const text = fs.readFileSync(path.join(sub, f), 'utf8');
      assert.ok(text === BROKEN || text === fixed, `${f} is neither the original nor the fixed text: ${JSON.stringify(text)}`);
      if (text === fixed) done++;
    }
    // A kill between writing a temp file and renaming it can leave that hidden temp file behind;
    // it is never a template (hidden, .tmp) and the target is intact.
    for (const t of temps(sub)) assert.match(t, /^\.t\d{3}\.reply\.md\.replylint-\d+-\d+\.tmp$/);
    console.log(`killed --fix run: ${done} of 400 files fixed, ${400 - done} untouched, ${temps(sub).length} temp files left`);
  });
});
