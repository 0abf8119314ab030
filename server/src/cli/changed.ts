/**
 * `--changed [REV]`: the files changed since REV (committed, staged, unstaged and untracked),
 * by asking git. Default REV: the merge base of HEAD with the default branch (origin/HEAD,
 * else origin/main, origin/master, main, master).
 */

import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export class ChangedError extends Error {}

function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new ChangedError('--changed needs git, which was not found on PATH');
    throw new ChangedError(`git ${args.join(' ')} failed: ${(err.stderr ?? err.message).trim().split('\n')[0]}`);
  }
}

function tryGit(cwd: string, args: string[]): string | null {
  try {
    return git(cwd, args).trim();
  } catch {
    return null;
  }
}

/** The revision `--changed` compares with when none is given. */
export function defaultBase(cwd: string): { rev: string; label: string } {
  const candidates: string[] = [];
  const originHead = tryGit(cwd, ['symbolic-ref', '--quiet', 'refs/remotes/origin/HEAD']);
  if (originHead) candidates.push(originHead.replace(/^refs\/remotes\//, ''));
  candidates.push('origin/main', 'origin/master', 'main', 'master');
  const noBase: string[] = [];
  for (const branch of candidates) {
    if (!tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${branch}^{commit}`])) continue;
    const base = tryGit(cwd, ['merge-base', 'HEAD', branch]);
    if (base) return { rev: base, label: `merge base with ${branch}` };
    noBase.push(branch);
  }
  if (noBase.length) {
    const shallow = tryGit(cwd, ['rev-parse', '--is-shallow-repository']) === 'true';
    throw new ChangedError(`--changed: HEAD has no merge base with ${noBase[0]}${shallow ? ' (this is a shallow clone: fetch more history, e.g. actions/checkout with fetch-depth: 0)' : ''}; or give a revision: --changed=REV`);
  }
  throw new ChangedError('--changed: no default branch found (tried origin/HEAD, origin/main, origin/master, main, master); give a revision: --changed=REV');
}

/** Absolute paths of files changed since `rev` (or the default base), existing on disk. */
export function changedFiles(cwd: string, rev?: string): { files: Set<string>; base: string } {
  const top = tryGit(cwd, ['rev-parse', '--show-toplevel']);
  if (!top) throw new ChangedError('--changed: not inside a git work tree');
  let base: string;
  let label: string;
  if (rev) {
    if (!tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])) throw new ChangedError(`--changed: unknown revision "${rev}"`);
    base = rev;
    label = rev;
  } else ({ rev: base, label } = defaultBase(cwd));
  const files = new Set<string>();
  // Committed since base + staged + unstaged (the work tree against base), then untracked.
  const diff = git(top, ['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACMRTU', base, '--']);
  const untracked = git(top, ['ls-files', '--others', '--exclude-standard', '-z']);
  for (const name of [...diff.split('\0'), ...untracked.split('\0')]) if (name) files.add(path.resolve(top, name));
  return { files, base: label };
}
