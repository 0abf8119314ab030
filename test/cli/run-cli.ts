/** Helpers for tests that run the real CLI process (node dist/cli.js, built by scripts/run-tests.mjs). */

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string, options: { input?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder with `files` (relative path -> text) written into it. */
export function tempProject(files: Record<string, string>, prefix = 'replylint-ci-'): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

export function removeProject(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Templates with known findings (wording written for these tests):
 * - termination.reply.md: a termination with no reason and no refund (2 errors, 1 warning)
 *   and an insult (neutral-tone warning);
 * - braces.reply.md: a single-brace placeholder (placeholder-syntax, with a safe fix);
 * - clean.reply.md: an acknowledgement with nothing to report.
 */
export const SAMPLES: Record<string, string> = {
  'termination.reply.md': [
    '---', 'type: xavier', 'stage: termination', 'locale: en', '---',
    'Dear customer,', '', 'We are closing your account today.  You idiot.', '', 'Regards', '',
  ].join('\n'),
  'braces.reply.md': [
    '---', 'type: angry', 'stage: warning', 'locale: en', 'variables:', '  customer_name:', '    example: "Robin"', '---',
    'Hello {customer_name}, we read your note and will answer by Friday.', '',
  ].join('\n'),
  'clean.reply.md': [
    '---', 'type: angry', 'stage: acknowledgement', 'locale: en', '---',
    'Hello,', '', 'Thank you for getting in touch. Your message has reached us and we will answer within two business days.', '',
    'Best wishes,', 'The Support Team', '',
  ].join('\n'),
};

/**
 * The engine's own level (error, warning, info, hint) of each finding, keyed
 * `file:line:column:rule`: the JSON format (ESLint's shape) folds info and hints into severity 1.
 * Linted in-process through the CLI's own pipeline (LintSession + lintFile).
 */
export function findingLevels(dir: string, files: string[]): Map<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { LintSession, lintFile, parseArgs, DEFAULT_MAX_FILE_SIZE } = require('../../server/src/cli/main.js') as typeof import('../../server/src/cli/main.js');
  const opts = parseArgs(['.']);
  const session = new LintSession(opts, dir);
  const levels = new Map<string, string>();
  for (const file of files) {
    for (const m of lintFile(path.resolve(dir, file), session, opts, DEFAULT_MAX_FILE_SIZE, () => {}).messages) {
      const rule = m.ruleId ? (m.subId ? `${m.ruleId}/${m.subId}` : m.ruleId) : 'file';
      levels.set(`${file}:${m.line}:${m.column}:${rule}`, m.level);
    }
  }
  return levels;
}
