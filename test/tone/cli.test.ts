// `replylint --only neutral-tone --format json DIR` on a folder of plain .txt/.md files (no front
// matter) in en, de, zh, ko and ja, through a real process of the built CLI (dist/cli.js).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const CLI = join(__dirname, '../../dist/cli.js');

interface JsonMessage { ruleId: string; subId?: string; message: string; line: number; column: number; endLine: number; endColumn: number }
interface FileResult { filePath: string; messages: JsonMessage[] }

/** UTF-16 offset of a 1-based line and column. */
function offset(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at + column - 1;
}
const spanText = (text: string, m: JsonMessage): string => text.slice(offset(text, m.line, m.column), offset(text, m.endLine, m.endColumn));

// Our own example texts: each hostile file holds one clear problem, each neutral file none.
const FILES: Record<string, string> = {
  'en-hostile.txt': 'Thanks for writing.\n\nAs I already explained, you failed to read the terms. Obviously the refund is not possible.\n',
  'en-neutral.md': '# Refund\n\nThank you for your message. We have refunded the order; it should reach your card within five business days.\n',
  'de-hostile.txt': 'Guten Tag,\n\nwie bereits mehrfach erwähnt, ist das ganz allein Ihre Schuld.\n',
  'de-neutral.txt': 'Guten Tag,\n\ndas ist kein Problem. Wir haben Ihnen den Betrag erstattet.\n',
  'zh-hostile.txt': '您好，\n\n这都不懂吗？这完全是您的错。\n',
  'zh-neutral.md': '您好，\n\n感谢您的耐心等待，退款已经处理完毕。\n',
  'ko-hostile.txt': '안녕하세요.\n\n다시 한번 말씀드리지만 이건 전적으로 고객님 잘못입니다.\n',
  'ko-neutral.txt': '안녕하세요.\n\n불편을 드려 죄송합니다. 환불은 영업일 기준 5일 이내에 처리됩니다.\n',
  'ja-hostile.txt': 'お問い合わせありがとうございます。\n\n何度も申し上げていますが、これはお客様のせいです。\n',
  'ja-neutral.txt': 'お問い合わせありがとうございます。\n\nご迷惑をおかけし、申し訳ございません。返金は5営業日以内に完了します。\n',
};

describe('CLI on plain text files', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'replylint-tone-'));
    for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports tone findings with exact spans in every language and nothing on neutral files', () => {
    const r = spawnSync(process.execPath, [CLI, '--only', 'neutral-tone', '--format', 'json', dir], { encoding: 'utf8' });
    assert.ok(r.status === 0 || r.status === 1, `exit ${r.status}: ${r.stderr}`);
    const results = JSON.parse(r.stdout) as FileResult[];
    const byName = new Map(results.map((f) => [basename(f.filePath), f]));
    assert.deepEqual([...byName.keys()].sort(), Object.keys(FILES).sort(), 'every .txt/.md file is checked');
    const expected: Record<string, Record<string, string>> = {
      'en-hostile.txt': { 'passive-aggressive': 'As I already explained,', blame: 'you failed to', condescension: 'Obviously' },
      'de-hostile.txt': { 'passive-aggressive': 'wie bereits mehrfach erwähnt,', blame: 'ist das ganz allein Ihre Schuld' },
      'zh-hostile.txt': { condescension: '这都不懂', blame: '完全是您的错' },
      'ko-hostile.txt': { 'passive-aggressive': '다시 한번 말씀드리지만', blame: '고객님 잘못입니다' },
      'ja-hostile.txt': { 'passive-aggressive': '何度も申し上げています', blame: 'お客様のせいです' },
    };
    for (const [name, text] of Object.entries(FILES)) {
      const msgs = byName.get(name)!.messages;
      assert.ok(msgs.every((m) => m.ruleId === 'neutral-tone'), name);
      if (name.includes('-neutral')) {
        assert.deepEqual(msgs.map((m) => m.message), [], `${name} should be clean`);
        continue;
      }
      const got = Object.fromEntries(msgs.filter((m) => m.subId !== 'score').map((m) => [m.subId, spanText(text, m)]));
      assert.deepEqual(got, expected[name], name);
    }
  });
});
