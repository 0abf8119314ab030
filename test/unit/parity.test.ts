// locale-parity: the pure cross-file check (engine/parity.ts) and the CLI integration with git dates.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkParity, defaultConfig, lint, parse, paritySummary, type ParityEntry, type ParityFinding } from '../../server/src/engine/index.js';

interface Spec { id?: string; locale: string; stage?: string; type?: string; vars: string[]; body: string; extraFront?: string }

function file(s: Spec): string {
  const lines = ['---'];
  if (s.id !== undefined) lines.push(`id: ${s.id}`);
  lines.push(`type: ${s.type ?? 'belle'}`, `stage: ${s.stage ?? 'warning'}`, `locale: ${s.locale}`, 'business: product', 'legal_threat: false');
  if (s.extraFront) lines.push(s.extraFront);
  if (s.vars.length) {
    lines.push('variables:');
    for (const v of s.vars) lines.push(`  ${v}:`, `    description: "x"`, `    example: "y"`, '    required: true');
  }
  lines.push('---', s.body, '');
  return lines.join('\n');
}

const EN_BODY = 'Hello {{customer_name}},\n\nIf the insults continue, we will end our business relationship and refund your purchase of {{refund_amount}} in full.\n\n{{agent_name}}';
const KO_BODY = '{{customer_name}} 님, 안녕하십니까.\n\n이러한 행동이 계속될 경우 거래 관계를 종료하고 {{refund_amount}} 전액을 환불해 드리겠습니다.\n\n{{agent_name}} 드림';
const VARS = ['customer_name', 'refund_amount', 'agent_name'];
const en = (over: Partial<Spec> = {}): { path: string; text: string; lastChanged?: number } => ({ path: 'en/belle-warning.reply.md', text: file({ id: 'belle-warning', locale: 'en', vars: VARS, body: EN_BODY, ...over }) });
const ko = (over: Partial<Spec> = {}): { path: string; text: string; lastChanged?: number } => ({ path: 'ko/belle-warning.reply.md', text: file({ id: 'belle-warning', locale: 'ko', vars: VARS, body: KO_BODY, ...over }) });
const summary = (fs: ParityFinding[]): string[] => fs.map((f) => `${f.path} ${f.subId}`);

describe('checkParity (pure)', () => {
  it('reports nothing for matching variants', () => {
    assert.deepEqual(checkParity([en(), ko()]), []);
  });

  it('reports nothing for a template without siblings, or without an id', () => {
    assert.deepEqual(checkParity([en()]), []);
    assert.deepEqual(checkParity([en({ id: undefined }), ko({ id: undefined })]), []);
  });

  it('reports a variable missing in the translation on its "variables:" line', () => {
    const k = ko({ vars: ['customer_name', 'refund_amount'], body: KO_BODY.replace('{{agent_name}}', '상담원') });
    const found = checkParity([en(), k]);
    assert.deepEqual(summary(found), ['ko/belle-warning.reply.md variables']);
    assert.equal(k.text.slice(found[0].range[0], found[0].range[1]), 'variables:');
    assert.match(found[0].message, /"agent_name" is declared in the en version \(en\/belle-warning.reply.md\)/);
    assert.equal(found[0].severity, 'warning');
  });

  it('reports an extra variable in the translation on its key', () => {
    const k = ko({ vars: [...VARS, 'ticket_id'], body: KO_BODY + ' {{ticket_id}}' });
    const found = checkParity([en(), k]);
    assert.deepEqual(summary(found), ['ko/belle-warning.reply.md variables']);
    assert.equal(k.text.slice(found[0].range[0], found[0].range[1]), 'ticket_id');
  });

  it('reports a required element present in the source but missing in the translation', () => {
    const k = ko({ body: '{{customer_name}} 님, 안녕하십니까.\n\n{{refund_amount}} 전액을 환불해 드릴 수 있습니다.\n\n{{agent_name}} 드림' });
    const found = checkParity([en(), k]);
    assert.deepEqual(summary(found), ['ko/belle-warning.reply.md elements']);
    assert.equal(found[0].data?.element, 'consequence');
    assert.equal(found[0].documentLevel, true);
  });

  it('reports an element the source lacks on the source', () => {
    const e = en({ body: 'Hello {{customer_name}},\n\nWe can refund your purchase of {{refund_amount}}.\n\n{{agent_name}}' });
    const found = checkParity([e, ko()]);
    assert.deepEqual(summary(found), ['en/belle-warning.reply.md elements']);
  });

  it('reports a different stage on the value', () => {
    const k = ko({ stage: 'termination' });
    const found = checkParity([en(), k]).filter((f) => f.subId === 'meta');
    assert.equal(found.length, 1);
    assert.equal(k.text.slice(found[0].range[0], found[0].range[1]), 'termination');
  });

  it('reports a translation older than its source as possibly stale, on the id', () => {
    const k = { ...ko(), lastChanged: 1_700_000_000 };
    const found = checkParity([{ ...en(), lastChanged: 1_700_100_000 }, k]);
    assert.deepEqual(summary(found), ['ko/belle-warning.reply.md stale']);
    assert.equal(k.text.slice(found[0].range[0], found[0].range[1]), 'belle-warning');
    assert.match(found[0].message, /Possibly stale: this ko version was last changed on 2023-11-14, before the en version/);
    // Newer translations and unknown dates are fine.
    assert.deepEqual(checkParity([{ ...en(), lastChanged: 1_700_000_000 }, { ...ko(), lastChanged: 1_700_100_000 }]), []);
    assert.deepEqual(checkParity([{ ...en(), lastChanged: 1_700_100_000 }, ko()]), []);
  });

  it('takes the source locale and the stale switch from the rule options', () => {
    const cfg = defaultConfig();
    cfg.ruleOptions['locale-parity'] = { sourceLocale: 'ko' };
    const found = checkParity([{ ...en(), lastChanged: 1 }, { ...ko(), lastChanged: 2 }], cfg);
    assert.deepEqual(summary(found), ['en/belle-warning.reply.md stale']);
    cfg.ruleOptions['locale-parity'] = { sourceLocale: 'ko', stale: false };
    assert.deepEqual(checkParity([{ ...en(), lastChanged: 1 }, { ...ko(), lastChanged: 2 }], cfg), []);
  });

  it('honours the configured severity, off and --only', () => {
    const cfg = defaultConfig();
    const k = ko({ stage: 'termination' });
    cfg.rules['locale-parity'] = 'error';
    assert.ok(checkParity([en(), k], cfg).every((f) => f.severity === 'error'));
    cfg.rules['locale-parity'] = 'off';
    assert.deepEqual(checkParity([en(), k], cfg), []);
    const only = defaultConfig();
    only.only = ['neutral-tone'];
    assert.deepEqual(checkParity([en(), k], only), []);
  });

  it('reports a duplicate id within one locale', () => {
    const dup = { ...en(), path: 'en/other.reply.md' };
    const found = checkParity([en(), dup]);
    assert.deepEqual(summary(found), ['en/other.reply.md duplicate-id']);
  });

  it('honours a file-level suppression, which lint() does not report as unused', () => {
    const k = ko({ stage: 'termination', body: '<!-- replylint-disable-file locale-parity -- the Korean team keeps its own stage -->\n' + KO_BODY });
    assert.deepEqual(checkParity([en(), k]), []);
    assert.deepEqual(lint(k.text).messages.filter((m) => m.ruleId.startsWith('suppression-')), []);
  });

  it('survives broken front matter', () => {
    const broken = { path: 'ko/x.reply.md', text: '---\nid: belle-warning\nlocale: [ko\n---\nbody\n' };
    assert.deepEqual(checkParity([en(), broken]), []);
  });
});

describe('checkParity with summaries from an earlier parse (CLI workers, cache)', () => {
  const cases: ParityEntry[][] = [
    [en(), ko()],
    [en(), ko({ vars: ['customer_name', 'refund_amount'], body: KO_BODY.replace('{{agent_name}}', '상담원') })],
    [en(), ko({ vars: [...VARS, 'ticket_id'], body: KO_BODY + ' {{ticket_id}}' })],
    [en(), ko({ body: '{{customer_name}} 님, 안녕하십니까.\n\n{{refund_amount}} 전액을 환불해 드릴 수 있습니다.\n\n{{agent_name}} 드림' })],
    [en(), ko({ stage: 'termination' })],
    [{ ...en(), lastChanged: 200 }, { ...ko(), lastChanged: 100 }],
    [en(), { ...en(), path: 'en/other.reply.md' }],
    [en(), ko({ stage: 'termination', body: '<!-- replylint-disable-file locale-parity -- the Korean team keeps its own stage -->\n' + KO_BODY })],
    [en(), { path: 'ko/x.reply.md', text: '---\nid: belle-warning\nlocale: [ko\n---\nbody\n' }],
    [en({ id: undefined }), ko()],
  ];
  it('gives exactly the findings of a fresh parse, and survives a JSON round trip', () => {
    for (const entries of cases) {
      const fresh = checkParity(entries);
      const withSummaries = entries.map((e) => ({ ...e, summary: JSON.parse(JSON.stringify(paritySummary(parse(e.text)))) }));
      assert.deepEqual(checkParity(withSummaries), fresh, entries.map((e) => e.path).join(' + '));
    }
    assert.ok(cases.some((c) => checkParity(c).length > 0), 'the cases include findings');
  });

  it('is null for a file that is not a template with an id', () => {
    assert.equal(paritySummary(parse('Just text.')), null);
    assert.equal(paritySummary(parse(en({ id: undefined }).text)), null);
    assert.equal(paritySummary(parse(en().text))?.id, 'belle-warning');
  });

  it('mixes entries with and without summaries', () => {
    const k = ko({ stage: 'termination' });
    const found = checkParity([{ ...en(), summary: paritySummary(parse(en().text)) }, k]);
    assert.deepEqual(summary(found), ['ko/belle-warning.reply.md meta']);
  });
});

describe('the bundled template library', () => {
  it('is in parity across en, de, zh and ko: same ids, variables, types, stages and required elements', () => {
    const root = path.resolve('templates');
    const entries = ['en', 'de', 'zh', 'ko'].flatMap((l) =>
      fs.readdirSync(path.join(root, l)).filter((f) => f.endsWith('.reply.md')).map((f) => ({ path: `${l}/${f}`, text: fs.readFileSync(path.join(root, l, f), 'utf8') })));
    const ids = (l: string) => entries.filter((e) => e.path.startsWith(`${l}/`)).map((e) => e.path.slice(3)).sort();
    for (const l of ['de', 'zh', 'ko']) assert.deepEqual(ids(l), ids('en'), `${l} has the same template files as en`);
    assert.deepEqual(checkParity(entries).map((f) => `${f.path}: ${f.message}`), []);
  });
});

describe('locale-parity in the CLI (git)', () => {
  const cli = path.resolve('dist/cli.js');
  const git = (cwd: string, ...args: string[]): void => {
    const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  };

  it('reports a translation committed before its English source as possibly stale', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-parity-'));
    try {
      fs.mkdirSync(path.join(dir, 'en'));
      fs.mkdirSync(path.join(dir, 'ko'));
      fs.writeFileSync(path.join(dir, 'ko/belle-warning.reply.md'), ko().text);
      fs.writeFileSync(path.join(dir, 'en/belle-warning.reply.md'), en().text);
      git(dir, 'init', '-q');
      const who = ['-c', 'user.name=Test', '-c', 'user.email=test@example.com'];
      const env = (date: string): NodeJS.ProcessEnv => ({ ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
      const commit = (file: string, date: string): void => {
        for (const args of [['add', file], [...who, 'commit', '-q', '-m', file]]) {
          const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: env(date) });
          assert.equal(r.status, 0, r.stderr);
        }
      };
      commit('ko/belle-warning.reply.md', '2024-01-01T10:00:00Z');
      commit('en/belle-warning.reply.md', '2024-03-01T10:00:00Z');
      const r = spawnSync(process.execPath, [cli, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8' });
      const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; message: string; line: number }[]; warningCount: number }[];
      const koResult = results.find((x) => x.filePath.endsWith(path.join('ko', 'belle-warning.reply.md')));
      assert.ok(koResult);
      const parity = koResult.messages.filter((m) => m.ruleId === 'locale-parity');
      assert.equal(parity.length, 1, JSON.stringify(koResult.messages));
      assert.match(parity[0].message, /Possibly stale: this ko version was last changed on 2024-01-01, before the en version \(en[\\/]belle-warning.reply.md\) was changed on 2024-03-01/);
      assert.equal(parity[0].line, 2);
      assert.ok(koResult.warningCount >= 1);
      const enResult = results.find((x) => x.filePath.endsWith(path.join('en', 'belle-warning.reply.md')));
      assert.deepEqual(enResult?.messages.filter((m) => m.ruleId === 'locale-parity'), []);
      // Turned off from the command line, nothing is reported.
      const off = spawnSync(process.execPath, [cli, '--format', 'json', '--rule', 'locale-parity=off', '.'], { cwd: dir, encoding: 'utf8' });
      assert.ok(!off.stdout.includes('locale-parity'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('skips the staleness check outside git but still compares variables', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-parity-'));
    try {
      fs.writeFileSync(path.join(dir, 'a.reply.md'), en().text);
      fs.writeFileSync(path.join(dir, 'b.reply.md'), ko({ vars: [...VARS, 'extra'], body: KO_BODY + ' {{extra}}' }).text);
      const r = spawnSync(process.execPath, [cli, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CEILING_DIRECTORIES: os.tmpdir() } });
      const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; message: string }[] }[];
      const parity = results.flatMap((x) => x.messages.filter((m) => m.ruleId === 'locale-parity'));
      assert.equal(parity.length, 1, JSON.stringify(parity));
      assert.match(parity[0].message, /Variable "extra" is declared here but not in the en version/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('quickId (parity pre-grouping)', () => {
  it('reads block-style ids and says when it is unsure', async () => {
    const { quickId } = await import('../../server/src/engine/parity.js');
    assert.equal(quickId('---\nid: will-warning\ntype: will\n---\nx'), 'will-warning');
    assert.equal(quickId("---\nid: 'x'  # note\n---\n"), 'x');
    assert.equal(quickId('\uFEFF---\r\nid: "a b"\r\n---\r\n'), 'a b');
    assert.equal(quickId('---\ntype: will\n---\n'), null);
    assert.equal(quickId('plain text'), null);
    assert.equal(quickId('---\n{id: x, type: will}\n---\n'), undefined);
  });
  it('still compares a flow-style template with its block-style sibling', () => {
    const en = '---\nid: t\nlocale: en\nvariables:\n  a: { example: x }\n---\nHello {{a}}.\n';
    const de = '---\n{id: t, locale: de}\n---\nHallo.\n';
    const findings = checkParity([{ path: 'en.reply.md', text: en }, { path: 'de.reply.md', text: de }]);
    assert.ok(findings.some((f) => f.path === 'de.reply.md' && f.subId === 'variables'), JSON.stringify(findings));
  });
});
