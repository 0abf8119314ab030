/** --changed [REV] in a temporary git repository, through the real CLI. */

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { removeProject, runCli, SAMPLES, tempProject, writeFiles } from './run-cli.js';

let dir: string;
const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' } }).trim();
const linted = (stdout: string): string[] => (JSON.parse(stdout) as { filePath: string }[]).map((r) => path.relative(dir, r.filePath)).sort();

before(() => {
  dir = tempProject({ 'a/old.reply.md': SAMPLES['clean.reply.md'], 'a/edited.reply.md': SAMPLES['clean.reply.md'], 'b/other.reply.md': SAMPLES['clean.reply.md'], '.gitignore': 'ignored/\n' });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'add', '.');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', 'base');
  git('checkout', '-q', '-b', 'feature');
  // Committed on the branch, staged, unstaged, untracked and git-ignored changes.
  writeFiles(dir, { 'a/committed.reply.md': SAMPLES['braces.reply.md'] });
  git('add', 'a/committed.reply.md');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-q', '-m', 'feature work');
  writeFiles(dir, { 'b/staged.reply.md': SAMPLES['clean.reply.md'] });
  git('add', 'b/staged.reply.md');
  fs.appendFileSync(path.join(dir, 'a/edited.reply.md'), '\nOne more line.\n');
  writeFiles(dir, { 'untracked.reply.md': SAMPLES['termination.reply.md'], 'ignored/x.reply.md': SAMPLES['termination.reply.md'] });
});
after(() => removeProject(dir));

test('--changed: default base is the merge base with main; committed, staged, unstaged and untracked files', () => {
  const r = runCli(['--changed', '--format', 'json'], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(linted(r.stdout), ['a/committed.reply.md', 'a/edited.reply.md', 'b/staged.reply.md', 'untracked.reply.md']);
  assert.match(r.stderr, /--changed: 4 of 6 files changed since merge base with main/);
});

test('--changed REV and --changed=REV compare with that revision; paths still narrow the run', () => {
  const head = runCli(['--changed', 'HEAD', '--format', 'json', 'a'], dir);
  assert.deepEqual(linted(head.stdout), ['a/edited.reply.md']);
  const inline = runCli(['--changed=HEAD~1', '--format', 'json', 'a'], dir);
  assert.deepEqual(linted(inline.stdout), ['a/committed.reply.md', 'a/edited.reply.md']);
  // A path right after --changed is a path, not a revision.
  const pathArg = runCli(['--changed', 'b', '--format', 'json'], dir);
  assert.deepEqual(linted(pathArg.stdout), ['b/staged.reply.md']);
});

test('--changed: origin/HEAD is preferred; nothing changed exits 0; errors are usage errors', () => {
  git('update-ref', 'refs/remotes/origin/trunk', 'feature');
  git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/trunk');
  try {
    const r = runCli(['--changed', '--format', 'json', 'a'], dir);
    assert.match(r.stderr, /since merge base with origin\/trunk/);
    assert.deepEqual(linted(r.stdout), ['a/edited.reply.md']);
  } finally {
    git('symbolic-ref', '--delete', 'refs/remotes/origin/HEAD');
    git('update-ref', '-d', 'refs/remotes/origin/trunk');
  }
  const none = runCli(['--changed', 'HEAD', 'b/other.reply.md'], dir);
  assert.equal(none.code, 0);
  assert.equal(none.stdout, '');
  const bad = runCli(['--changed=no-such-rev'], dir);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /unknown revision "no-such-rev"/);
  const outside = tempProject({ 'x.reply.md': SAMPLES['clean.reply.md'] });
  try {
    const r = runCli(['--changed'], outside);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not inside a git work tree/);
  } finally {
    removeProject(outside);
  }
});

test('--changed: a shallow clone without the merge base says how to fix it', () => {
  const origin = tempProject({ 'a.reply.md': SAMPLES['clean.reply.md'] });
  const clone = `${origin}-clone`;
  const g = (cwd: string, ...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'protocol.file.allow=always', ...args], { cwd, encoding: 'utf8' });
  try {
    g(origin, 'init', '-q', '-b', 'main');
    g(origin, 'add', '.');
    g(origin, 'commit', '-q', '-m', 'one');
    g(origin, 'checkout', '-q', '-b', 'feature');
    for (const n of ['two', 'three']) {
      fs.appendFileSync(path.join(origin, 'a.reply.md'), `\n${n}\n`);
      g(origin, 'commit', '-q', '-am', n);
    }
    g(origin, 'checkout', '-q', 'main');
    fs.writeFileSync(path.join(origin, 'b.reply.md'), SAMPLES['clean.reply.md']);
    g(origin, 'add', '.');
    g(origin, 'commit', '-q', '-m', 'main moves on');
    g(path.dirname(origin), 'clone', '-q', '--depth', '1', '--no-single-branch', `file://${origin}`, clone);
    g(clone, 'checkout', '-q', 'feature');
    const r = runCli(['--changed'], clone);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /HEAD has no merge base with origin\/\w+ \(this is a shallow clone: fetch more history/);
  } finally {
    removeProject(origin);
    removeProject(clone);
  }
});
