// The CLI's file walk: .gitignore and .replylintignore in every folder, config ignores, globs.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { findFiles } from '../../server/src/cli/files.js';

it('honours .gitignore and .replylintignore at every level, config ignores and globs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-walk-'));
  try {
    mkdirSync(join(dir, '.git'));
    for (const d of ['a', 'a/drafts', 'b', 'node_modules/x']) mkdirSync(join(dir, d), { recursive: true });
    for (const f of ['top.reply.md', 'a/one.reply.md', 'a/drafts/wip.reply.md', 'a/skip.reply.md', 'b/two.reply.md', 'b/old.reply.md', 'node_modules/x/dep.reply.md', 'notes.md'])
      writeFileSync(join(dir, f), 'Hello.\n');
    writeFileSync(join(dir, '.gitignore'), 'drafts/\n');
    writeFileSync(join(dir, 'a', '.replylintignore'), 'skip.reply.md\n');
    const rel = (files: string[]) => files.map((f) => relative(dir, f)).sort();
    const all = findFiles([], { cwd: dir, extensions: ['.reply.md'], ignores: ['b/old.reply.md'] });
    assert.deepEqual(rel(all.files), ['a/one.reply.md', 'b/two.reply.md', 'top.reply.md']);
    const glob = findFiles(['b/*.reply.md'], { cwd: dir, extensions: ['.reply.md'] });
    assert.deepEqual(rel(glob.files), ['b/old.reply.md', 'b/two.reply.md']);
    const none = findFiles(['nothing/**/*.md'], { cwd: dir, extensions: ['.reply.md'] });
    assert.deepEqual(none.unmatched, ['nothing/**/*.md']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
