// The replylint CLI through real processes: exit codes, ESLint-compatible JSON, --fix, stdin,
// config errors, and output of any size arriving whole through a pipe.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, mkdirSync, statSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const CLI = join(__dirname, '../../dist/cli.js');
let dir: string;

function run(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: opts.cwd ?? dir, input: opts.input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CLEAN = `---
type: belle
stage: warning
locale: en
variables:
  customer_name: { example: Sam, description: First name }
  refund_amount: { example: "$49", description: Amount }
---
Hello {{customer_name}},

Working on this issue together is a partnership, and we expect the same respect we offer you.
If the insults continue, we will end our business relationship and refund your purchase.
If you would rather stop here, we can refund {{refund_amount}} in full today.

Kind regards,
Support
`;

const MISSING_REFUND = CLEAN.replace('If you would rather stop here, we can refund {{refund_amount}} in full today.\n', '').replace(' and refund your purchase', '').replace('  refund_amount: { example: "$49", description: Amount }\n', '');

describe('replylint CLI (real process)', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'replylint-cli-'));
    writeFileSync(join(dir, 'clean.reply.md'), CLEAN);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 on a clean template and prints nothing', () => {
    const r = run(['clean.reply.md']);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.stdout, '');
  });

  it('exits 1 with ESLint-shaped JSON when a required element is missing', () => {
    writeFileSync(join(dir, 'missing.reply.md'), MISSING_REFUND);
    const r = run(['--format', 'json', 'missing.reply.md']);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.stdout);
    assert.equal(json.length, 1);
    const [file] = json;
    assert.ok(file.filePath.endsWith('missing.reply.md'));
    for (const k of ['messages', 'errorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount']) assert.ok(k in file, k);
    const refund = file.messages.find((m: { ruleId: string }) => m.ruleId === 'refund-offer');
    assert.ok(refund, JSON.stringify(file.messages));
    assert.equal(refund.severity, 2);
    assert.equal(refund.line, 3); // the stage: line
    assert.equal(refund.column, 1);
    assert.ok(refund.endLine >= refund.line);
    assert.equal(file.errorCount, file.messages.filter((m: { severity: number }) => m.severity === 2).length);
  });

  it('exits 2 on usage errors with a one-line message and no stack trace', () => {
    for (const args of [['--format', 'nope'], ['--bogus'], ['--only', 'no-such-rule'], ['--max-warnings', 'x'], ['does-not-exist/']]) {
      const r = run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.ok(!/\bat .*\(.*:\d+:\d+\)/.test(r.stderr), 'no stack trace');
    }
  });

  it('exits 2 on an invalid config with the config position', () => {
    const sub = join(dir, 'badcfg');
    mkdirSync(sub);
    writeFileSync(join(sub, '.replylintrc.yaml'), 'rules:\n  refund-ofer: error\n');
    writeFileSync(join(sub, 'a.reply.md'), CLEAN);
    const r = run(['.'], { cwd: sub });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.replylintrc\.yaml:2:3: unknown rule "refund-ofer"; did you mean "refund-offer"\?/);
  });

  it('honours config: severities, --max-warnings and --quiet', () => {
    const sub = join(dir, 'cfg');
    mkdirSync(sub);
    writeFileSync(join(sub, '.replylintrc.yaml'), 'rules:\n  refund-offer: warning\n');
    writeFileSync(join(sub, 'm.reply.md'), MISSING_REFUND);
    assert.equal(run(['m.reply.md'], { cwd: sub }).code, 0);
    assert.equal(run(['--max-warnings', '0', 'm.reply.md'], { cwd: sub }).code, 1);
    assert.equal(run(['--quiet', '--format', 'json', 'm.reply.md'], { cwd: sub }).stdout.includes('refund-offer'), false);
    const printed = JSON.parse(run(['--print-config', 'm.reply.md'], { cwd: sub }).stdout);
    assert.equal(printed.rules['refund-offer'], 'warning');
  });

  it('--fix repairs placeholders atomically, keeps BOM, CRLF and permissions, and is idempotent', () => {
    const file = join(dir, 'fixme.reply.md');
    const text = '\uFEFF' + CLEAN.replace('Hello {{customer_name}},', 'Hello {{ customer name }},').replace(/\n/g, '\r\n');
    writeFileSync(file, text);
    chmodSync(file, 0o640);
    const r = run(['--fix', 'fixme.reply.md']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    const fixed = readFileSync(file, 'utf8');
    assert.ok(fixed.startsWith('\uFEFF'));
    assert.ok(fixed.includes('Hello {{customer_name}},\r\n'));
    assert.equal(fixed.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF introduced');
    assert.equal(statSync(file).mode & 0o777, 0o640);
    run(['--fix', 'fixme.reply.md']);
    assert.equal(readFileSync(file, 'utf8'), fixed);
  });

  it('lints standard input, and prints fixed text with --stdin --fix', () => {
    const r = run(['--stdin', '--stdin-filename', 'x.reply.md', '--format', 'json'], { input: MISSING_REFUND });
    assert.equal(r.code, 1);
    assert.ok(JSON.parse(r.stdout)[0].filePath.endsWith('x.reply.md'));
    const f = run(['--stdin', '--fix'], { input: CLEAN.replace('{{customer_name}}', '{customer_name}') });
    assert.ok(f.stdout.startsWith('---'));
    assert.ok(f.stdout.includes('Hello {{customer_name}},'));
  });

  it('renders with example values and fails on a missing required variable', () => {
    const r = run(['render', 'clean.reply.md', '--format', 'text']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Hello Sam,/);
    assert.ok(r.stdout.includes('$49'));
    writeFileSync(join(dir, 'noex.reply.md'), CLEAN.replace('{ example: Sam, description: First name }', '{ description: First name, required: true }'));
    const m = run(['render', 'noex.reply.md']);
    assert.equal(m.code, 1);
    assert.match(m.stderr, /noex\.reply\.md:\d+:\d+: error: required variable "customer_name"/);
    const html = run(['render', 'clean.reply.md', '--format', 'html', '--data', join(dir, 'd.json')]);
    assert.equal(html.code, 2); // data file missing: usage error
  });

  it('reads --flag=value and --flag value alike in every command, and names a missing value', () => {
    writeFileSync(join(dir, 'vals.json'), JSON.stringify({ customer_name: 'Robin' }));
    for (const args of [['--data', join(dir, 'vals.json'), '--format', 'text'], [`--data=${join(dir, 'vals.json')}`, '--format=text']]) {
      const r = run(['render', 'clean.reply.md', ...args]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^Hello Robin,/);
    }
    for (const [args, message] of [
      [['render', 'clean.reply.md', '--data'], /render --data needs a value/],
      [['export', '--target=zendesk', '--out'], /export --out needs a value/],
      [['--format'], /--format needs a value/],
      [['--format', '--fix'], /--format needs a value/],
    ] as const) {
      const r = run([...args]);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
    assert.equal(run(['--format=json', 'clean.reply.md']).code, 0);
  });

  it('delivers large output whole through a pipe', async () => {
    const big = join(dir, 'big');
    mkdirSync(big);
    for (let i = 0; i < 400; i++) writeFileSync(join(big, `t${i}.reply.md`), MISSING_REFUND);
    const child = spawn(process.execPath, [CLI, '--format', 'json', '.'], { cwd: big });
    let out = '';
    child.stdout.setEncoding('utf8');
    // Read slowly so the pipe fills up.
    child.stdout.on('data', (d: string) => {
      out += d;
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    const code: number = await new Promise((res) => child.on('close', (c) => res(c ?? -1)));
    assert.equal(code, 1);
    assert.ok(out.length > 100_000, `only ${out.length} bytes`);
    assert.equal(JSON.parse(out).length, 400);
  });

  it('skips binary and oversized files with a clear message and still lints the rest', () => {
    const sub = join(dir, 'mixed');
    mkdirSync(sub);
    writeFileSync(join(sub, 'bin.reply.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x00, 0x01, 0x02]));
    writeFileSync(join(sub, 'huge.reply.md'), 'x'.repeat(3000));
    writeFileSync(join(sub, 'bad-utf8.reply.md'), Buffer.from([0x68, 0x69, 0xff, 0xfe, 0x0a]));
    writeFileSync(join(sub, 'ok.reply.md'), CLEAN);
    const r = run(['--format', 'json', '--max-file-size', '2000', '.'], { cwd: sub });
    const byName = Object.fromEntries(JSON.parse(r.stdout).map((f: { filePath: string; messages: { message: string }[] }) => [f.filePath.split('/').pop(), f.messages.map((m) => m.message).join(' ')]));
    assert.match(byName['bin.reply.md'], /binary/);
    assert.match(byName['huge.reply.md'], /larger than/);
    assert.match(byName['bad-utf8.reply.md'], /not valid UTF-8/);
    assert.equal(byName['ok.reply.md'], '');
    assert.equal(r.code, 1); // invalid UTF-8 is an error for that file
  });

  it('positions invalid UTF-8 at the first bad byte, and answers render --help', () => {
    writeFileSync(join(dir, 'bad-line2.reply.md'), Buffer.from([0x6f, 0x6b, 0x0a, 0x61, 0xff, 0x0a]));
    const r = run(['--format', 'json', 'bad-line2.reply.md']);
    const [m] = JSON.parse(r.stdout)[0].messages;
    assert.deepEqual([m.line, m.column], [2, 2]);
    const help = run(['render', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: replylint render FILE/);
    assert.match(run(['--help']).stdout, /replylint export --target/);
  });

  it('checks plain text files for tone with --only neutral-tone', () => {
    const sub = join(dir, 'plain');
    mkdirSync(sub);
    writeFileSync(join(sub, 'a.txt'), 'THIS IS NOT ACCEPTABLE!!\n');
    writeFileSync(join(sub, 'b.md'), 'Thank you for the details.\n');
    const r = run(['--only', 'neutral-tone', '--format', 'json', '.'], { cwd: sub });
    const files = JSON.parse(r.stdout);
    assert.equal(files.length, 2);
    assert.ok(files.find((f: { filePath: string }) => f.filePath.endsWith('a.txt')).messages.length > 0);
  });
});
