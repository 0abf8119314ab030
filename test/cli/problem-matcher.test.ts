/**
 * The VS Code problem matcher in package.json (contributes.problemMatchers) against real stylish
 * output of the CLI, applied the way VS Code applies a multi-line matcher with a looping last
 * pattern: a file line, then every following finding line until one does not match.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findingLevels, removeProject, ROOT, runCli, SAMPLES, tempProject } from './run-cli.js';

interface Pattern { regexp: string; file?: number; line?: number; column?: number; severity?: number; message?: number; code?: number; loop?: boolean }
interface Matcher { name: string; owner: string; fileLocation: string[]; pattern: Pattern[] }
interface Problem { file: string; line: number; column: number; severity: string; message: string; code?: string }

const matcher = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).contributes.problemMatchers as Matcher[])
  .find((m) => m.name === 'replylint-stylish')!;

function applyMatcher(m: Matcher, output: string): Problem[] {
  const [filePattern, findingPattern] = m.pattern;
  const fileRe = new RegExp(filePattern.regexp);
  const findingRe = new RegExp(findingPattern.regexp);
  const problems: Problem[] = [];
  let file: string | null = null;
  for (const line of output.split(/\r?\n/)) {
    const f = findingRe.exec(line);
    if (file !== null && f) {
      problems.push({
        file,
        line: Number(f[findingPattern.line!]),
        column: Number(f[findingPattern.column!]),
        severity: f[findingPattern.severity!],
        message: f[findingPattern.message!],
        code: f[findingPattern.code!],
      });
      continue;
    }
    const start = fileRe.exec(line);
    file = start ? start[filePattern.file!] : null;
  }
  return problems;
}

test('problem matcher: declared for VS Code with a file pattern and a looping finding pattern', () => {
  assert.ok(matcher, 'package.json contributes a replylint-stylish problem matcher');
  assert.equal(matcher.pattern.length, 2);
  assert.equal(matcher.pattern[1].loop, true);
  assert.deepEqual(matcher.fileLocation, ['relative', '${workspaceFolder}']);
});

test('problem matcher: reads every finding of real stylish output, with file, position, severity, message and rule', () => {
  const dir = tempProject({ ...SAMPLES, 'nested/folder/with space.reply.md': SAMPLES['termination.reply.md'] });
  try {
    const stylish = runCli(['.'], dir);
    assert.equal(stylish.code, 1);
    assert.match(stylish.stdout, /\u2716 \d+ problems/, 'the summary line is there (and must not be taken for a file)');
    const json = JSON.parse(runCli(['--format', 'json', '.'], dir).stdout) as { filePath: string; messages: { ruleId: string | null; subId?: string; severity: number; line: number; column: number; message: string }[] }[];
    const levels = findingLevels(dir, json.map((r) => path.relative(dir, r.filePath)));
    const ruleOf = (m: { ruleId: string | null; subId?: string }): string => (m.ruleId ? (m.subId ? `${m.ruleId}/${m.subId}` : m.ruleId) : 'file');
    const expected: Problem[] = json.flatMap((r) => r.messages.map((m) => ({
      file: path.relative(dir, r.filePath),
      line: m.line,
      column: m.column,
      severity: levels.get(`${path.relative(dir, r.filePath)}:${m.line}:${m.column}:${ruleOf(m)}`) ?? (m.severity === 2 ? 'error' : 'warning'),
      message: m.message.replace(/\s*\(neutral-tone\/[\w-]+\)$/, ''),
      code: m.ruleId ? (m.subId ? `${m.ruleId}/${m.subId}` : m.ruleId) : undefined,
    })));
    assert.ok(expected.length >= 8);
    assert.deepEqual(applyMatcher(matcher, stylish.stdout), expected);
    // Colored output, once an editor strips the SGR codes, reads the same.
    // eslint-disable-next-line no-control-regex
    const colored = runCli(['--color', '.'], dir).stdout.replace(/\u001b\[[0-9;]*m/g, '');
    assert.deepEqual(applyMatcher(matcher, colored), expected);
  } finally {
    removeProject(dir);
  }
});

test('problem matcher: a file problem with no rule id, and info findings', () => {
  const dir = tempProject({ 'binary.reply.md': '\u0000\u0001\u0002binary', 'a.reply.md': SAMPLES['braces.reply.md'] });
  try {
    const out = runCli(['--rule', 'placeholder-syntax=info', '.'], dir).stdout;
    const problems = applyMatcher(matcher, out);
    const info = problems.find((p) => p.code === 'placeholder-syntax');
    assert.equal(info?.severity, 'info');
    const fileProblem = problems.find((p) => p.file === 'binary.reply.md');
    assert.ok(fileProblem, out);
    assert.equal(fileProblem.code, undefined);
    assert.ok(fileProblem.message.length > 0);
  } finally {
    removeProject(dir);
  }
});
