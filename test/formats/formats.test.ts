/**
 * Every output format through the real CLI process, each checked by its consumer's parser or
 * validator and cross-checked against the JSON format's findings.
 */

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { findingLevels, removeProject, runCli, SAMPLES, tempProject } from '../cli/run-cli.js';
import { escapeData, escapeProperty } from '../../server/src/cli/formatters/github.js';

let dir: string;
interface JsonFinding { file: string; ruleId: string | null; subId?: string; severity: number; line: number; column: number; endLine: number; endColumn: number; message: string; level: string }
let expected: JsonFinding[];
const ruleOf = (m: { ruleId: string | null; subId?: string }): string => (m.ruleId ? (m.subId ? `${m.ruleId}/${m.subId}` : m.ruleId) : 'file');

before(() => {
  // A file name with the characters GitHub annotation properties must escape.
  dir = tempProject({ ...SAMPLES, 'odd, name: 100%.reply.md': SAMPLES['braces.reply.md'] });
  const r = runCli(['--format', 'json', '.'], dir);
  assert.equal(r.code, 1, r.stderr);
  expected = (JSON.parse(r.stdout) as { filePath: string; messages: Omit<JsonFinding, 'file' | 'level'>[] }[])
    .flatMap((f) => f.messages.map((m) => ({ ...m, file: path.relative(dir, f.filePath), level: '' } as JsonFinding)));
  const levels = findingLevels(dir, [...new Set(expected.map((m) => m.file))]);
  // Findings added after per-file linting (cross-file rules) keep the level their severity implies.
  for (const m of expected) m.level = levels.get(`${m.file}:${m.line}:${m.column}:${ruleOf(m)}`) ?? (m.severity === 2 ? 'error' : 'warning');
  assert.ok(expected.length >= 5, 'the samples produce findings');
  assert.ok(expected.some((m) => m.severity === 2) && expected.some((m) => m.severity === 1));
});
after(() => removeProject(dir));

test('sarif: accepted by the SARIF multitool validator, with rules, regions, fixes and relative URIs', (t) => {
  const r = runCli(['--format', 'sarif', '.'], dir);
  assert.equal(r.code, 1, r.stderr);
  const log = JSON.parse(r.stdout);
  assert.equal(log.version, '2.1.0');
  const run = log.runs[0];
  const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id);
  for (const rule of run.tool.driver.rules) {
    assert.ok(rule.shortDescription.text.length > 0);
    assert.match(rule.helpUri, new RegExp(`/${rule.id}\\.md$`));
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
  }
  assert.equal(run.results.length, expected.length);
  for (const res of run.results) {
    const loc = res.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
    assert.ok(!loc.artifactLocation.uri.startsWith('/'));
    const file = decodeURIComponent(loc.artifactLocation.uri);
    const match = expected.find((m) => m.file === file && m.line === loc.region.startLine && m.column === loc.region.startColumn && ruleOf(m) === res.ruleId);
    assert.ok(match, `result ${res.ruleId} at ${file}:${loc.region.startLine} is in the JSON output`);
    assert.equal(loc.region.endLine, match.endLine);
    assert.equal(loc.region.endColumn, match.endColumn);
    assert.equal(res.level, match.level === 'error' ? 'error' : match.level === 'warning' ? 'warning' : 'note');
    assert.equal(ruleIds[res.ruleIndex], res.ruleId.split('/')[0]);
    assert.match(res.partialFingerprints['replylintFinding/v1'], /^[0-9a-f]{32}$/);
  }
  assert.equal(new Set(run.results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['replylintFinding/v1'])).size, run.results.length);
  const braces = run.results.find((x: { ruleId: string }) => x.ruleId === 'placeholder-syntax');
  assert.ok(braces?.fixes?.[0]?.artifactChanges?.[0]?.replacements?.[0]?.insertedContent?.text.includes('{{customer_name}}'), 'fixable finding carries its fix');

  const tool = sarifMultitool();
  if (!tool) {
    t.skip('the SARIF multitool binary (npm @microsoft/sarif-multitool) is not installed');
    return;
  }
  const file = path.join(dir, 'report.sarif');
  const out = path.join(dir, 'validation.sarif');
  fs.writeFileSync(file, r.stdout);
  const v = spawnSync(tool, ['validate', file, '--output', out, '--log', 'ForceOverwrite'], { encoding: 'utf8' });
  assert.equal(v.status, 0, `${v.stdout}\n${v.stderr}`);
  const validation = JSON.parse(fs.readFileSync(out, 'utf8'));
  const problems = validation.runs[0].results.map((x: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }) =>
    `${x.level ?? 'warning'} ${x.ruleId}: ${x.message.text ?? x.message.arguments?.join(' | ')}`);
  assert.deepEqual(problems, [], `multitool findings:\n${v.stdout}`);
});

test('github: one workflow command per finding, parsed back by the runner syntax, properties escaped', () => {
  const r = runCli(['--format', 'github', '.'], dir);
  assert.equal(r.code, 1, r.stderr);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, expected.length);
  for (const line of lines) {
    const cmd = parseWorkflowCommand(line);
    assert.ok(cmd, `not a workflow command: ${line}`);
    assert.ok(['error', 'warning', 'notice'].includes(cmd.command));
    const p = cmd.properties;
    const match = expected.find((m) => m.file === p.file && String(m.line) === p.line && String(m.column) === p.col && m.message.startsWith(cmd.message));
    assert.ok(match, `annotation ${line} matches a JSON finding`);
    assert.equal(cmd.command, match.level === 'error' ? 'error' : match.level === 'warning' ? 'warning' : 'notice');
    assert.equal(p.endLine, String(match.endLine));
    assert.match(p.title, /^replylint: [\w/-]+$/);
  }
  assert.ok(lines.some((l) => l.includes('file=odd%2C name%3A 100%25.reply.md,')), 'comma, colon and percent escaped in file=');
});

test('github: escaping of data and properties follows the runner (%, CR, LF; also : and , in properties)', () => {
  assert.equal(escapeData('100% done\r\nnext'), '100%25 done%0D%0Anext');
  assert.equal(escapeData('a: b, c'), 'a: b, c');
  assert.equal(escapeProperty('a: b, c%\n'), 'a%3A b%2C c%25%0A');
  const raw = 'odd: a, b 50%\nline';
  assert.equal(unescapeProperty(escapeProperty(raw)), raw);
});

test('junit: well-formed XML, a suite per file, a failing case per error or warning', () => {
  const r = runCli(['--format', 'junit', '.'], dir);
  assert.equal(r.code, 1, r.stderr);
  assert.equal(XMLValidator.validate(r.stdout), true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(r.stdout);
  const suites = doc.testsuites.testsuite as { name: string; tests: string; failures: string; testcase: { name: string; failure?: { message: string; type: string } }[] }[];
  assert.equal(suites.length, Object.keys(SAMPLES).length + 1);
  let failures = 0;
  for (const s of suites) {
    const mine = expected.filter((m) => m.file === s.name);
    const failing = mine.filter((m) => m.level === 'error' || m.level === 'warning');
    assert.equal(Number(s.failures), failing.length, s.name);
    assert.equal(s.testcase.filter((c) => c.failure).length, failing.length);
    assert.equal(Number(s.tests), Math.max(1, mine.length));
    failures += failing.length;
  }
  assert.equal(Number(doc.testsuites.failures), failures);
  const clean = suites.find((s) => s.name === 'clean.reply.md');
  assert.ok(clean && clean.testcase.length === 1 && !clean.testcase[0].failure, 'a clean file is one passing case');
});

test('checkstyle: well-formed XML with an <error> per finding', () => {
  const r = runCli(['--format', 'checkstyle', '.'], dir);
  assert.equal(XMLValidator.validate(r.stdout), true);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'file' || name === 'error' }).parse(r.stdout);
  const errors = doc.checkstyle.file.flatMap((f: { name: string; error?: { line: string; severity: string; source: string; message: string }[] }) =>
    (f.error ?? []).map((e) => ({ ...e, file: path.relative(dir, f.name) })));
  assert.equal(errors.length, expected.length);
  for (const e of errors) {
    assert.ok(expected.some((m) => m.file === e.file && String(m.line) === e.line && `replylint.${ruleOf(m)}` === e.source && m.message.startsWith(e.message)), JSON.stringify(e));
  }
});

test('gitlab: Code Quality issues with the required fields, unique fingerprints stable when lines shift', () => {
  const r = runCli(['--format', 'gitlab', '.'], dir);
  const issues = JSON.parse(r.stdout) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
  assert.equal(issues.length, expected.length);
  for (const i of issues) {
    assert.equal(typeof i.description, 'string');
    assert.ok(i.check_name);
    assert.match(i.fingerprint, /^[0-9a-f]{32}$/);
    assert.ok(['info', 'minor', 'major', 'critical', 'blocker'].includes(i.severity));
    assert.ok(!path.isAbsolute(i.location.path));
    assert.ok(Number.isInteger(i.location.lines.begin) && i.location.lines.begin >= 1);
  }
  assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'fingerprints are unique');
  // Two lines added at the top of the body: same fingerprints, other line numbers.
  const shifted = tempProject(SAMPLES);
  try {
    const f = path.join(shifted, 'braces.reply.md');
    fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('---\nHello', '---\nA first new line.\n\nHello'));
    const again = JSON.parse(runCli(['--format', 'gitlab', '.'], shifted).stdout) as typeof issues;
    const before = issues.filter((i) => i.location.path === 'braces.reply.md' && i.check_name === 'placeholder-syntax');
    const after = again.filter((i) => i.location.path === 'braces.reply.md' && i.check_name === 'placeholder-syntax');
    assert.equal(after.length, 1);
    assert.equal(after[0].fingerprint, before[0].fingerprint);
    assert.equal(after[0].location.lines.begin, before[0].location.lines.begin + 2);
  } finally {
    removeProject(shifted);
  }
});

test('every format reports no findings as a valid empty document and exits 0', () => {
  const clean = tempProject({ 'clean.reply.md': SAMPLES['clean.reply.md'] });
  try {
    for (const format of ['sarif', 'github', 'junit', 'gitlab', 'checkstyle', 'html']) {
      const r = runCli(['--format', format, '.'], clean);
      assert.equal(r.code, 0, `${format}: ${r.stderr}`);
      if (format === 'sarif') assert.deepEqual(JSON.parse(r.stdout).runs[0].results, []);
      if (format === 'gitlab') assert.deepEqual(JSON.parse(r.stdout), []);
      if (format === 'github') assert.equal(r.stdout, '');
      if (format === 'junit' || format === 'checkstyle') assert.equal(XMLValidator.validate(r.stdout), true);
      if (format === 'html') assert.match(r.stdout, /No findings\./);
    }
  } finally {
    removeProject(clean);
  }
});

test('--output-file writes the report instead of stdout', () => {
  const r = runCli(['--format', 'sarif', '--output-file', 'out/report.sarif', '.'], dir);
  assert.equal(r.stdout, '');
  assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'out/report.sarif'), 'utf8')).version, '2.1.0');
});

function sarifMultitool(): string | null {
  try {
    // The npm package resolves to the platform's self-contained binary.
    const bin = require('@microsoft/sarif-multitool') as string;
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/** The runner's workflow-command syntax: ::name k=v,k=v::message (actions/runner ActionCommand). */
function parseWorkflowCommand(line: string): { command: string; properties: Record<string, string>; message: string } | null {
  const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) return null;
  const properties: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    if (eq <= 0) return null;
    properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
  }
  return { command: m[1], properties, message: m[3].replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%') };
}

function unescapeProperty(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}
