/** --cache (content hash, relocatable) and worker-thread linting, through the real CLI. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { removeProject, runCli, SAMPLES, tempProject } from './run-cli.js';

const hits = (stderr: string): [number, number] => {
  const m = /cache .*: (\d+) hits, (\d+) misses/.exec(stderr);
  assert.ok(m, stderr);
  return [Number(m[1]), Number(m[2])];
};

test('cache: second run hits, same output; content, config and --quiet changes miss; mtimes do not matter', () => {
  const dir = tempProject(SAMPLES);
  try {
    const first = runCli(['--cache', '--debug', '--format', 'json', '.'], dir);
    assert.deepEqual(hits(first.stderr), [0, 3]);
    assert.ok(fs.existsSync(path.join(dir, '.replylintcache')));
    const second = runCli(['--cache', '--debug', '--format', 'json', '.'], dir);
    assert.deepEqual(hits(second.stderr), [3, 0]);
    assert.equal(second.stdout, first.stdout, 'cached results give the same report');
    assert.equal(second.code, first.code);

    // New mtime, same content: still a hit (CI checkouts).
    const future = new Date(Date.now() + 3_600_000);
    for (const f of Object.keys(SAMPLES)) fs.utimesSync(path.join(dir, f), future, future);
    assert.deepEqual(hits(runCli(['--cache', '--debug', '.'], dir).stderr), [3, 0]);

    fs.appendFileSync(path.join(dir, 'clean.reply.md'), '\nYou idiot.\n');
    const edited = runCli(['--cache', '--debug', '--format', 'json', '.'], dir);
    assert.deepEqual(hits(edited.stderr), [2, 1]);
    assert.ok(JSON.parse(edited.stdout).find((r: { filePath: string }) => r.filePath.endsWith('clean.reply.md')).messages.length > 0);

    fs.writeFileSync(path.join(dir, '.replylintrc.yaml'), 'rules:\n  neutral-tone: off\n');
    const reconfigured = runCli(['--cache', '--debug', '--format', 'json', '.'], dir);
    assert.deepEqual(hits(reconfigured.stderr), [0, 3], 'a config change invalidates every file it covers');
    assert.equal(reconfigured.stdout.includes('neutral-tone'), false);

    assert.deepEqual(hits(runCli(['--cache', '--debug', '--quiet', '.'], dir).stderr), [0, 3]);
  } finally {
    removeProject(dir);
  }
});

test('cache: --cache-location (file or folder) and a cache made in another checkout path', () => {
  const a = tempProject(SAMPLES);
  const b = tempProject(SAMPLES);
  try {
    runCli(['--cache', '--cache-location', 'build/cache/', '.'], a);
    assert.ok(fs.existsSync(path.join(a, 'build/cache/.replylintcache')));
    runCli(['--cache', '--cache-location', 'rl.cache', '.'], a);
    // Restore the cache in another folder, as a CI cache step would.
    fs.copyFileSync(path.join(a, 'rl.cache'), path.join(b, 'rl.cache'));
    assert.deepEqual(hits(runCli(['--cache', '--cache-location', 'rl.cache', '--debug', '.'], b).stderr), [3, 0]);
    // A broken cache file is ignored and rewritten.
    fs.writeFileSync(path.join(b, 'rl.cache'), '{not json');
    const r = runCli(['--cache', '--cache-location', 'rl.cache', '--debug', '.'], b);
    assert.deepEqual(hits(r.stderr), [0, 3]);
    assert.equal(r.code, 1);
    assert.doesNotThrow(() => JSON.parse(fs.readFileSync(path.join(b, 'rl.cache'), 'utf8')));
  } finally {
    removeProject(a);
    removeProject(b);
  }
});

test('parallel: worker threads give the same report, in the same order, as one thread', () => {
  const files: Record<string, string> = {};
  const names = Object.keys(SAMPLES);
  for (let i = 0; i < 60; i++) files[`t/${String(i).padStart(2, '0')}-${names[i % 3]}`] = SAMPLES[names[i % 3]];
  const dir = tempProject(files);
  try {
    const single = runCli(['--concurrency', 'off', '--format', 'json', '.'], dir);
    const parallel = runCli(['--concurrency', '2', '--debug', '--format', 'json', '.'], dir);
    assert.match(parallel.stderr, /linted 60 files on 2 threads \(main \+ 1 worker\)/);
    assert.equal(parallel.code, single.code);
    assert.equal(parallel.stdout, single.stdout);
    // Workers and the cache together: the second run lints nothing.
    runCli(['--concurrency', '2', '--cache', '.'], dir);
    const cached = runCli(['--concurrency', '2', '--cache', '--debug', '--format', 'json', '.'], dir);
    assert.deepEqual(hits(cached.stderr), [60, 0]);
    assert.equal(cached.stdout, single.stdout);
    // A config error found by a worker is reported like on one thread.
    fs.writeFileSync(path.join(dir, 't/.replylintrc.yaml'), 'rules: [oops\n');
    const broken = runCli(['--concurrency', '2', '.'], dir);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /config error: t\/\.replylintrc\.yaml:\d+:\d+/);
  } finally {
    removeProject(dir);
  }
});

test('locale-parity: the same findings on one thread, on workers and from the cache, with no internal fields in JSON', () => {
  const front = (id: string, locale: string, stage: string, vars: string[]): string =>
    ['---', `id: ${id}`, 'type: belle', `stage: ${stage}`, `locale: ${locale}`, 'business: product', 'legal_threat: false', 'variables:',
      ...vars.flatMap((v) => [`  ${v}:`, '    description: "x"', '    example: "y"']), '---', ''].join('\n');
  const files: Record<string, string> = {};
  for (let i = 0; i < 20; i++) {
    const id = `warning-${i}`;
    files[`en/${id}.reply.md`] = front(id, 'en', 'warning', ['customer_name', 'agent_name']) + 'Hello {{customer_name}},\n\nIf the insults continue, we will end our business relationship.\n\n{{agent_name}}\n';
    // Every other translation drifts: another stage and a missing variable.
    files[`de/${id}.reply.md`] = front(id, 'de', i % 2 ? 'termination' : 'warning', i % 2 ? ['customer_name'] : ['customer_name', 'agent_name'])
      + 'Guten Tag {{customer_name}},\n\nsollten die Beleidigungen weitergehen, beenden wir die Geschäftsbeziehung.\n\n' + (i % 2 ? 'Ihr Support-Team' : '{{agent_name}}') + '\n';
  }
  const dir = tempProject(files);
  try {
    const single = runCli(['--concurrency', 'off', '--format', 'json', '.'], dir);
    const parity = (out: string): string[] => (JSON.parse(out) as { filePath: string; messages: { ruleId: string; subId?: string }[] }[])
      .flatMap((r) => r.messages.filter((m) => m.ruleId === 'locale-parity').map((m) => `${path.basename(path.dirname(r.filePath))}/${path.basename(r.filePath)} ${m.subId}`));
    const found = parity(single.stdout);
    assert.equal(found.filter((f) => f.endsWith(' meta')).length, 10, 'ten translations with another stage');
    assert.equal(found.filter((f) => f.endsWith(' variables')).length, 10, 'ten translations without agent_name');
    assert.equal(single.stdout.includes('"parity"'), false, 'the internal summary is not part of the report');
    const workers = runCli(['--concurrency', '2', '--debug', '--format', 'json', '.'], dir);
    assert.match(workers.stderr, /on 2 threads \(main \+ 1 worker\)/);
    assert.equal(workers.stdout, single.stdout);
    runCli(['--cache', '.'], dir);
    const cached = runCli(['--cache', '--debug', '--format', 'json', '.'], dir);
    assert.deepEqual(hits(cached.stderr), [40, 0]);
    assert.equal(cached.stdout, single.stdout);
  } finally {
    removeProject(dir);
  }
});
