/**
 * action.yml, run the way the Actions runner runs a composite action: its `run` steps in bash
 * with inputs substituted, GITHUB_ENV / GITHUB_OUTPUT files, step outputs and `if:` conditions.
 * `uses:` steps are recorded, not run (setup-node: this machine's Node; upload-sarif: we check
 * the file it would upload). The project under test has replylint as a devDependency
 * (node_modules/.bin/replylint -> dist/cli.js), the path the action prefers.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { CLI, removeProject, ROOT, SAMPLES, tempProject } from './run-cli.js';

interface Step { id?: string; name?: string; if?: string; uses?: string; with?: Record<string, string>; run?: string; shell?: string; env?: Record<string, string>; 'working-directory'?: string }
interface Action { name: string; inputs: Record<string, { default?: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } }

const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;

interface RunResult { failedAt?: string; code: number; log: string; uses: { uses: string; with: Record<string, string> }[]; outputs: Record<string, string> }

function runAction(workspace: string, given: Record<string, string>): RunResult {
  const inputs: Record<string, string> = {};
  for (const [k, v] of Object.entries(action.inputs)) inputs[k] = given[k] ?? String(v.default ?? '');
  const stepOutputs: Record<string, Record<string, string>> = {};
  const jobEnv: Record<string, string> = {};
  const ctx = (ref: string): string => {
    const r = ref.trim();
    let m = /^inputs\.([\w-]+)$/.exec(r);
    if (m) return inputs[m[1]] ?? '';
    // Never the repository itself: the fallback step would run npm ci there. A missing folder makes it fail fast.
    if (r === 'github.action_path') return path.join(workspace, 'no-action-checkout');
    m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(r);
    if (m) return stepOutputs[m[1]]?.[m[2]] ?? '';
    throw new Error(`expression not supported by this test runner: ${r}`);
  };
  const expand = (s: string): string => s.replace(/\$\{\{([^}]*)\}\}/g, (_m, e: string) => ctx(e));
  let failed = false;
  const condition = (expr: string | undefined): boolean => {
    if (!expr) return !failed; // success()
    const body = expr.replace(/^\s*\$\{\{|\}\}\s*$/g, '');
    let always = false;
    const ok = body.split('&&').every((term) => {
      const t = term.trim();
      if (t === 'always()') return (always = true);
      const m = /^(.+?)\s*(==|!=)\s*'([^']*)'$/.exec(t);
      if (!m) throw new Error(`condition not supported by this test runner: ${t}`);
      return (ctx(m[1]) === m[3]) === (m[2] === '==');
    });
    return ok && (always || !failed);
  };
  const result: RunResult = { code: 0, log: '', uses: [], outputs: {} };
  for (const step of action.runs.steps) {
    if (!condition(step.if)) continue;
    if (step.uses) {
      result.uses.push({ uses: step.uses, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(String(v))])) });
      continue;
    }
    const envFile = path.join(workspace, '.runner-env');
    const outFile = path.join(workspace, '.runner-output');
    fs.writeFileSync(envFile, '');
    fs.writeFileSync(outFile, '');
    const env: Record<string, string> = { ...process.env as Record<string, string>, ...jobEnv, GITHUB_ENV: envFile, GITHUB_OUTPUT: outFile, NO_COLOR: '1' };
    for (const [k, v] of Object.entries(step.env ?? {})) env[k] = expand(String(v));
    const cwd = path.resolve(workspace, expand(step['working-directory'] ?? '.'));
    assert.equal(step.shell, 'bash');
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run!)], { cwd, env, encoding: 'utf8' });
    result.log += r.stdout + r.stderr;
    for (const line of fs.readFileSync(envFile, 'utf8').split('\n')) if (line.includes('=')) jobEnv[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    if (step.id) {
      stepOutputs[step.id] = {};
      for (const line of fs.readFileSync(outFile, 'utf8').split('\n')) if (line.includes('=')) stepOutputs[step.id][line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
    if (r.status !== 0 && !failed) {
      failed = true;
      result.failedAt = step.name;
      result.code = r.status ?? 1;
    }
  }
  for (const [k, v] of Object.entries(action.outputs)) result.outputs[k] = expand(v.value);
  return result;
}

/** A project with replylint as a devDependency in `sub` (the action's working-directory). */
function workspace(files: Record<string, string>, sub = '.'): string {
  const dir = tempProject({ [path.join(sub, 'package.json')]: '{ "name": "support-replies", "private": true, "devDependencies": { "replylint": "*" } }\n', ...files });
  fs.mkdirSync(path.join(dir, sub, 'node_modules/.bin'), { recursive: true });
  fs.symlinkSync(CLI, path.join(dir, sub, 'node_modules/.bin/replylint'));
  return dir;
}

test('action.yml: a composite action that sets up Node and documents its inputs and outputs', () => {
  assert.equal(action.runs.using, 'composite');
  assert.match(action.runs.steps[0].uses!, /^actions\/setup-node@v\d+$/);
  assert.ok(action.runs.steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')));
  for (const s of action.runs.steps) if (s.run) assert.doesNotMatch(s.run, /\$\{\{/, `inputs reach "${s.name}" through env, not pasted into the script`);
  for (const name of ['paths', 'args', 'sarif', 'working-directory']) assert.ok(action.inputs[name], name);
});

test('action.yml: annotations, SARIF written and handed to upload-sarif, job fails on errors', () => {
  const dir = workspace({ 'templates/a.reply.md': SAMPLES['termination.reply.md'], 'templates/b.reply.md': SAMPLES['clean.reply.md'] });
  try {
    const r = runAction(dir, { paths: 'templates', sarif: 'true' });
    assert.match(r.log, /^::error file=templates\/a\.reply\.md,line=3,col=1,/m);
    assert.equal(r.outputs['exit-code'], '1');
    assert.equal(r.failedAt, 'Result', r.log);
    assert.equal(r.code, 1);
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'replylint.sarif'), 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.length > 0);
    const upload = r.uses.find((u) => u.uses.startsWith('github/codeql-action/upload-sarif'));
    assert.deepEqual(upload?.with, { sarif_file: './replylint.sarif', category: 'replylint' });
    assert.equal(r.uses[0].with['node-version'], '20');
  } finally {
    removeProject(dir);
  }
});

test('action.yml: clean templates pass; fail-on-findings false reports without failing; args are passed on', () => {
  const dir = workspace({ 'site/templates/ok.reply.md': SAMPLES['clean.reply.md'], 'site/templates/bad.reply.md': SAMPLES['braces.reply.md'] }, 'site');
  try {
    const clean = runAction(dir, { 'working-directory': 'site', paths: 'templates/ok.reply.md' });
    assert.equal(clean.code, 0, clean.log);
    assert.equal(clean.outputs['exit-code'], '0');
    assert.equal(clean.uses.filter((u) => u.uses.includes('upload-sarif')).length, 0, 'no upload unless sarif is true');
    const soft = runAction(dir, { 'working-directory': 'site', paths: 'templates', 'fail-on-findings': 'false', args: '--only placeholder-syntax' });
    assert.equal(soft.code, 0, soft.log);
    assert.equal(soft.outputs['exit-code'], '1');
    assert.match(soft.log, /::error file=templates\/bad\.reply\.md,line=9,col=7,.*title=replylint%3A placeholder-syntax::/);
    assert.doesNotMatch(soft.log, /placeholder-unused/, '--only reached replylint');
    const broken = runAction(dir, { 'working-directory': 'site', args: '--rule nope=error' });
    assert.equal(broken.code, 2, broken.log);
    assert.equal(broken.failedAt, 'Lint templates');
    assert.match(broken.log, /unknown rule "nope"/);
  } finally {
    removeProject(dir);
  }
});
