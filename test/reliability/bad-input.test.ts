// The bad-input catalog (issue 8): one test each; a clear positioned message, never a crash.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, symlinkSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { lint, lineStarts, positionAt, type LintMessage } from '../../server/src/engine/index.js';
import { ConfigError, parseConfigText } from '../../server/src/config/load-config.js';

const CLI = join(__dirname, '../../dist/cli.js');
const fm = (m: LintMessage[]) => m.filter((x) => x.ruleId === 'front-matter');
const at = (text: string, offset: number) => {
  const p = positionAt(lineStarts(text), offset);
  return `${p.line + 1}:${p.character + 1}`;
};

describe('bad input: engine', () => {
  it('unterminated front matter is reported at the opening fence; the body is still checked', () => {
    const text = '---\ntype: will\nstage: warning\nHello, YOU IDIOTS!!\n';
    const { messages } = lint(text);
    const [m] = fm(messages);
    assert.match(m.message, /not closed/);
    assert.deepEqual(m.range, [0, 3]);
    assert.ok(messages.some((x) => x.ruleId === 'neutral-tone'));
  });
  it('a YAML syntax error is reported at its exact position', () => {
    const text = '---\ntype: will\nstage: [warning\n---\nHi\n';
    const [m] = fm(lint(text).messages);
    assert.match(m.message, /^YAML:/);
    assert.equal(at(text, m.range[0]).split(':')[0], '4');
  });
  it('a YAML alias bomb is refused without hanging', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 9; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`);
    const text = `---\n${lines.join('\n')}\n---\nHi\n`;
    const t0 = Date.now();
    const ms = fm(lint(text).messages);
    assert.ok(Date.now() - t0 < 5000);
    assert.ok(ms.some((m) => /alias|could not be read|Unknown key/i.test(m.message)), JSON.stringify(ms.map((m) => m.message)));
  });
  it('deep nesting and a 10 MB scalar do not crash; oversized front matter is refused with a message', () => {
    const deep = `---\ntags: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\nHi\n`;
    assert.ok(fm(lint(deep).messages).length > 0);
    const huge = `---\ndescription: "${'x'.repeat(10 * 1024 * 1024)}"\n---\nHi\n`;
    const [m] = fm(lint(huge).messages);
    assert.match(m.message, /larger than/);
  });
  it('duplicate keys and wrong value types are positioned on the value', () => {
    const dup = '---\ntype: will\ntype: belle\n---\nHi\n';
    assert.match(fm(lint(dup).messages)[0].message, /unique|duplicate/i);
    const wrong = '---\ntype: will\nstage: warning\nlegal_threat: "yes"\nvariables: [a, b]\n---\nHi\n';
    const msgs = fm(lint(wrong).messages);
    assert.ok(msgs.some((m) => /legal_threat.*true or false/.test(m.message) && wrong.slice(m.range[0], m.range[1]) === '"yes"'));
    assert.ok(msgs.some((m) => /"variables" must be a map/.test(m.message)));
  });
  it('an empty file and a file of only whitespace lint without findings or errors', () => {
    assert.deepEqual(lint('').messages, []);
    assert.deepEqual(lint(' \n\r\n\t').messages, []);
  });
  it('unknown rule ids in suppressions get a did-you-mean; conflicting suppressions resolve by order', () => {
    const text = '---\ntype: generic\nlocale: en\n---\n<!-- replylint-disable neutral-tone -- quoting the customer -->\nYOU ARE WRONG!!\n<!-- replylint-enable neutral-tone -->\n<!-- replylint-enable neutral-tone -->\nWHY!!\n<!-- replylint-disable-next-line nuetral-tone -- typo -->\nFine.\n';
    const { messages } = lint(text);
    const tone = messages.filter((m) => m.ruleId === 'neutral-tone' && m.subId !== 'score').map((m) => text.slice(m.range[0], m.range[1]));
    assert.deepEqual(tone, ['WHY', '!!']);
    assert.ok(messages.some((m) => m.ruleId === 'suppression-unused' && /did you mean "neutral-tone"/.test(m.message)));
  });
  it('a catastrophic-looking user pattern stays linear (no regex engine)', () => {
    const cfgText = 'tone:\n  en:\n    - category: insult\n      match: ["(a|aa|aaa) ~12 (a|aa) ~12 (a|aa) ~12 b"]\n';
    const cfg = parseConfigText(cfgText, '/r/.replylintrc.yaml');
    assert.equal(cfg.base.tone.en.length, 1);
  });
  it('an invalid user pattern is a positioned config error', () => {
    try {
      parseConfigText('allow:\n  en:\n    - "fine"\n    - "(broken"\n', '/r/.replylintrc.yaml');
      assert.fail('expected ConfigError');
    } catch (e) {
      assert.ok(e instanceof ConfigError);
      assert.deepEqual([e.line, e.column], [4, 7]);
    }
  });
});

describe('bad input: CLI', () => {
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'replylint-bad-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = (args: string[], cwd = dir) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });

  it('a symlink loop in the folder walk is skipped with a warning; other files are linted', () => {
    const sub = join(dir, 'loop');
    mkdirSync(join(sub, 'a'), { recursive: true });
    symlinkSync('..', join(sub, 'a', 'up'));
    writeFileSync(join(sub, 'a', 'x.reply.md'), 'Fine text.\n');
    const r = run(['--format', 'json', '.'], sub);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /symbolic link loop/);
    assert.equal(JSON.parse(r.stdout).length, 1);
  });
  it('an unreadable file is reported for that file and the rest still lints', () => {
    // Tests run as root here, so permissions cannot make a file unreadable; a link to
    // /proc/self/mem fails to read with EIO for any user.
    const sub = join(dir, 'unreadable');
    mkdirSync(sub);
    symlinkSync('/proc/self/mem', join(sub, 'mem.reply.md'));
    writeFileSync(join(sub, 'ok.reply.md'), 'Fine text.\n');
    const r = run(['--format', 'json', 'mem.reply.md', 'ok.reply.md'], sub);
    const res = JSON.parse(r.stdout);
    assert.match(res[0].messages[0].message, /cannot read file \(E[A-Z]+\)/);
    assert.equal(res[1].messages.length, 0);
    assert.equal(r.status, 1);
  });
  it('a 50 MB file is skipped above the size limit with a clear message', () => {
    const file = join(dir, 'fifty.reply.md');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const r = run(['--format', 'json', 'fifty.reply.md']);
    assert.match(JSON.parse(r.stdout)[0].messages[0].message, /skipped: file is 50\.0 MB, larger than the 2\.0 MB limit/);
  });
  it('an unknown-key config is exit 2 with file:line:col', () => {
    const sub = join(dir, 'cfg');
    mkdirSync(sub);
    writeFileSync(join(sub, '.replylintrc.yaml'), 'rules: {}\nignore: ["x"]\n');
    writeFileSync(join(sub, 'a.reply.md'), 'Hi.\n');
    const r = run(['.'], sub);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /\.replylintrc\.yaml:2:1: unknown key "ignore"; did you mean "ignores"\?/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });
});
