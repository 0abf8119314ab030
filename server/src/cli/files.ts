/**
 * Finding the files to lint: paths, folders and globs, honouring .gitignore and
 * .replylintignore in every folder walked, the config's `ignores`, and never following a
 * symlink loop.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

export interface WalkOptions {
  cwd: string;
  /** File name suffixes picked up when walking a folder. */
  extensions: readonly string[];
  /** Extra ignore globs (from config and --ignore-pattern), relative to cwd. */
  ignores?: readonly string[];
}

export interface WalkResult {
  files: string[];
  /** Problems met on the way (unreadable folders, loops), as one-line messages. */
  warnings: string[];
  /** Arguments that matched nothing. */
  unmatched: string[];
}

const ALWAYS_SKIPPED = new Set(['.git', 'node_modules', '.hg', '.svn']);
const IGNORE_FILES = ['.gitignore', '.replylintignore'];
const GLOB_CHARS = /[*?[\]{}!]/;

interface IgnoreScope {
  dir: string;
  ig: Ignore;
}

export function findFiles(args: readonly string[], options: WalkOptions): WalkResult {
  const { cwd } = options;
  const warnings: string[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  const files: string[] = [];
  const extra = ignore().add([...(options.ignores ?? [])]);
  const rootScopes = loadScopesAbove(cwd);
  const add = (file: string): void => {
    const abs = path.resolve(file);
    if (seen.has(abs)) return;
    seen.add(abs);
    files.push(abs);
  };
  const isIgnored = (abs: string, scopes: IgnoreScope[], isDir: boolean): boolean => {
    const relCwd = path.relative(cwd, abs).split(path.sep).join('/');
    if (relCwd && !relCwd.startsWith('..') && extra.ignores(isDir ? relCwd + '/' : relCwd)) return true;
    for (const s of scopes) {
      const rel = path.relative(s.dir, abs).split(path.sep).join('/');
      if (!rel || rel.startsWith('..')) continue;
      if (s.ig.ignores(isDir ? rel + '/' : rel)) return true;
    }
    return false;
  };
  const walk = (dir: string, scopes: IgnoreScope[], visited: Set<string>, match?: (rel: string) => boolean, base?: string): number => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch (e) {
      warnings.push(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return 0;
    }
    if (visited.has(real)) {
      warnings.push(`${dir}: skipped, symbolic link loop`);
      return 0;
    }
    const nextVisited = new Set(visited).add(real);
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      warnings.push(`${dir}: cannot read folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return 0;
    }
    const local = loadScope(dir);
    const here = local ? [...scopes, local] : scopes;
    let count = 0;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (ALWAYS_SKIPPED.has(e.name)) continue;
      const full = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = fs.statSync(full);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          warnings.push(`${full}: broken symbolic link`);
          continue;
        }
      }
      if (isIgnored(full, here, isDir)) continue;
      if (isDir) count += walk(full, here, nextVisited, match, base);
      else if (isFile) {
        const rel = base ? path.relative(base, full).split(path.sep).join('/') : '';
        if (match ? match(rel) : options.extensions.some((x) => e.name.endsWith(x))) {
          add(full);
          count++;
        }
      }
    }
    return count;
  };

  for (const arg of args.length ? args : ['.']) {
    const abs = path.resolve(cwd, arg);
    if (GLOB_CHARS.test(arg) && !fs.existsSync(abs)) {
      // A glob: walk from its static base and match the rest.
      const parts = arg.split('/');
      const staticParts: string[] = [];
      for (const p of parts) {
        if (GLOB_CHARS.test(p)) break;
        staticParts.push(p);
      }
      const base = path.resolve(cwd, staticParts.join('/') || '.');
      const pattern = parts.slice(staticParts.length).join('/');
      const isMatch = picomatch(pattern, { dot: false });
      if (walk(base, rootScopes, new Set(), isMatch, base) === 0) unmatched.push(arg);
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch {
      unmatched.push(arg);
      continue;
    }
    if (st.isDirectory()) {
      if (walk(abs, rootScopes, new Set()) === 0) unmatched.push(arg);
    } else {
      // A file named explicitly is linted whatever its extension (unless ignored by config).
      add(abs);
    }
  }
  return { files, warnings, unmatched };
}

function loadScope(dir: string): IgnoreScope | null {
  let ig: Ignore | null = null;
  for (const name of IGNORE_FILES) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(dir, name), 'utf8');
    } catch {
      continue;
    }
    ig ??= ignore();
    ig.add(text);
  }
  return ig ? { dir, ig } : null;
}

/** Ignore files in the folders above cwd up to the repository root (where .git is). */
function loadScopesAbove(cwd: string): IgnoreScope[] {
  const scopes: IgnoreScope[] = [];
  let dir = path.resolve(cwd);
  for (;;) {
    const parent = path.dirname(dir);
    if (fs.existsSync(path.join(dir, '.git')) || parent === dir) break;
    dir = parent;
    const s = loadScope(dir);
    if (s) scopes.unshift(s);
  }
  return scopes;
}
