/** --baseline / --update-baseline through the real CLI. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { removeProject, runCli, SAMPLES, tempProject } from './run-cli.js';

const ERRORS = { 'termination.reply.md': SAMPLES['termination.reply.md'], 'braces.reply.md': SAMPLES['braces.reply.md'] };

test('baseline: recorded findings pass, a new finding fails, line shifts keep entries, fixed ones are stale', () => {
  const dir = tempProject(ERRORS);
  try {
    assert.equal(runCli(['.'], dir).code, 1, 'the samples have errors');
    const write = runCli(['--baseline', 'ci/baseline.json', '--update-baseline', '.'], dir);
    assert.equal(write.code, 0, write.stderr + write.stdout);
    assert.match(write.stderr, /baseline ci\/baseline\.json written with \d+ findings/);
    const baseline = JSON.parse(fs.readFileSync(path.join(dir, 'ci/baseline.json'), 'utf8'));
    assert.equal(baseline.version, 1);
    assert.ok(baseline.entries.every((e: { file: string; rule: string; hash: string; count: number }) => e.file && e.rule && /^[0-9a-f]{16}$/.test(e.hash) && e.count >= 1));
    assert.ok(baseline.entries.some((e: { file: string }) => e.file === 'termination.reply.md'));

    // Same files: nothing new.
    const same = runCli(['--baseline', 'ci/baseline.json', '--format', 'json', '.'], dir);
    assert.equal(same.code, 0, same.stderr);
    assert.deepEqual(JSON.parse(same.stdout).flatMap((f: { messages: unknown[] }) => f.messages), []);
    assert.doesNotMatch(same.stderr, /stale/);

    // Lines added above the findings: still matched (the key is the text, not the line).
    const braces = path.join(dir, 'braces.reply.md');
    fs.writeFileSync(braces, fs.readFileSync(braces, 'utf8').replace('---\nHello', '---\nA new opening line.\n\nHello'));
    const shifted = runCli(['--baseline', 'ci/baseline.json', '.'], dir);
    assert.equal(shifted.code, 0, shifted.stdout + shifted.stderr);

    // A new finding of a rule the baseline has for another file: reported.
    fs.writeFileSync(braces, fs.readFileSync(braces, 'utf8') + '\nYou idiot.\n');
    const fresh = runCli(['--baseline', 'ci/baseline.json', '--max-warnings', '0', '--format', 'json', '.'], dir);
    assert.equal(fresh.code, 1, 'the new warning fails with --max-warnings 0');
    const left = JSON.parse(fresh.stdout).flatMap((f: { messages: { ruleId: string; subId?: string }[] }) => f.messages);
    const ids = left.map((m: { ruleId: string; subId?: string }) => `${m.ruleId}/${m.subId}`);
    assert.ok(ids.includes('neutral-tone/insult'), ids.join(', '));
    // Only what the edit brought (the tone model may add a whole-text note); the recorded ones stay hidden.
    assert.ok(ids.every((id: string) => id.startsWith('neutral-tone/')), ids.join(', '));

    // The insult fixed: its entry is stale (warning line and count), exit code unaffected.
    const term = path.join(dir, 'termination.reply.md');
    fs.writeFileSync(term, fs.readFileSync(term, 'utf8').replace('  You idiot.', ''));
    fs.writeFileSync(braces, SAMPLES['braces.reply.md']);
    const stale = runCli(['--baseline', 'ci/baseline.json', '.'], dir);
    assert.equal(stale.code, 0, stale.stdout);
    assert.match(stale.stderr, /warning: \d+ stale baseline (entry|entries) in ci\/baseline\.json/);
    assert.match(stale.stderr, /termination\.reply\.md: neutral-tone\/insult/);

    // Refreshing drops the stale entry.
    runCli(['--baseline', 'ci/baseline.json', '--update-baseline', '.'], dir);
    assert.doesNotMatch(runCli(['--baseline', 'ci/baseline.json', '.'], dir).stderr, /stale/);
  } finally {
    removeProject(dir);
  }
});

test('baseline: repeated identical findings are counted, and only the extra one is new', () => {
  const twice = SAMPLES['braces.reply.md'].replace('by Friday.', 'by Friday, {customer_name}.');
  const dir = tempProject({ 'a.reply.md': twice });
  try {
    runCli(['--update-baseline', '.'], dir);
    const b = JSON.parse(fs.readFileSync(path.join(dir, '.replylint-baseline.json'), 'utf8'));
    assert.equal(b.entries.find((e: { rule: string }) => e.rule === 'placeholder-syntax').count, 2, 'default file, count 2');
    fs.writeFileSync(path.join(dir, 'a.reply.md'), twice.replace('by Friday,', 'by {customer_name} Friday,'));
    const r = runCli(['--baseline', '.replylint-baseline.json', '--format', 'json', '.'], dir);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout)[0].messages.length, 1);
  } finally {
    removeProject(dir);
  }
});

test('baseline: entries of files outside this run are not stale; a missing or broken baseline is a usage error', () => {
  const dir = tempProject(ERRORS);
  try {
    runCli(['--update-baseline', '.'], dir);
    const one = runCli(['--baseline', '.replylint-baseline.json', 'braces.reply.md'], dir);
    assert.equal(one.code, 0);
    assert.doesNotMatch(one.stderr, /stale/);
    const missing = runCli(['--baseline', 'nope.json', '.'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read baseline .*nope\.json.*--update-baseline/);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"version": 7, "entries": []}');
    const bad = runCli(['--baseline', 'bad.json', '.'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /not a replylint baseline/);
  } finally {
    removeProject(dir);
  }
});

test('baseline: --update-baseline over some files keeps the other files\' entries; entries of deleted files are stale', () => {
  const dir = tempProject({ ...ERRORS, 'other/x.reply.md': SAMPLES['termination.reply.md'] });
  try {
    runCli(['--update-baseline', '.'], dir);
    const file = path.join(dir, '.replylint-baseline.json');
    const files = (): string[] => [...new Set((JSON.parse(fs.readFileSync(file, 'utf8')).entries as { file: string }[]).map((e) => e.file))].sort();
    assert.deepEqual(files(), ['braces.reply.md', 'other/x.reply.md', 'termination.reply.md']);
    // Fix braces.reply.md, then refresh the baseline for that file only.
    fs.writeFileSync(path.join(dir, 'braces.reply.md'), SAMPLES['clean.reply.md']);
    runCli(['--baseline', '.replylint-baseline.json', '--update-baseline', 'braces.reply.md'], dir);
    assert.deepEqual(files(), ['other/x.reply.md', 'termination.reply.md']);
    // A deleted file's entries are stale even though the file is not linted any more.
    fs.rmSync(path.join(dir, 'other'), { recursive: true });
    const r = runCli(['--baseline', '.replylint-baseline.json', '.'], dir);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /stale baseline entries/);
    assert.match(r.stderr, /other\/x\.reply\.md: termination-reason/);
    // A broken baseline file is simply rewritten by --update-baseline.
    fs.writeFileSync(file, 'not json');
    assert.equal(runCli(['--update-baseline', '.'], dir).code, 0);
    assert.deepEqual(files(), ['termination.reply.md']);
  } finally {
    removeProject(dir);
  }
});
