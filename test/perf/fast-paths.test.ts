// The performance fast paths must give exactly what the slow, general code gives.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fastWordCount } from '../../server/src/engine/text/words.js';

const LOCALES = ['en', 'de', 'zh', 'ko'];
const wordSeg = new Map(LOCALES.map((l) => [l, new Intl.Segmenter(l, { granularity: 'word' })]));
const icuCount = (locale: string, s: string): number => {
  let n = 0;
  for (const w of wordSeg.get(locale)!.segment(s)) if (w.isWordLike) n++;
  return n;
};

describe('fastWordCount agrees with Intl.Segmenter', () => {
  it('on seeded random text over every character class it handles (and some it does not)', () => {
    const alphabet = ['a', 'Z', 'é', 'ß', 'Ü', 'ÿ', 'À', '1', '0', '.', "'", '’', ',', ';', ':', ' ', '\u00A0', '\n', '\t', '-', '!', '?', '(', '"', '“', '”', '–', '—', '…', '•', '€', '£', '$', '%', '&', '/', '@', '#', '*', '_', '가', '힣', '中', '×', '\u0301'];
    let seed = 12345;
    const rnd = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    let fast = 0;
    for (let i = 0; i < 8000; i++) {
      const len = 1 + Math.floor(rnd() * (i % 2 ? 30 : 6));
      let s = '';
      for (let j = 0; j < len; j++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      const f = fastWordCount(s);
      if (f < 0) continue;
      fast++;
      for (const l of LOCALES) assert.equal(f, icuCount(l, s), `${l}: ${JSON.stringify(s)}`);
    }
    assert.ok(fast > 2000, `only ${fast} strings took the fast path`);
  });

  it('on every sentence of the shipped templates', () => {
    const root = path.join(import.meta.dirname, '../../templates');
    let fast = 0;
    for (const l of LOCALES) {
      const dir = path.join(root, l);
      if (!fs.existsSync(dir)) continue;
      const sentences = new Intl.Segmenter(l, { granularity: 'sentence' });
      for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.reply.md'))) {
        for (const s of sentences.segment(fs.readFileSync(path.join(dir, f), 'utf8'))) {
          const t = s.segment.trim();
          const n = fastWordCount(t);
          if (n < 0) continue;
          fast++;
          assert.equal(n, icuCount(l, t), `${l}/${f}: ${JSON.stringify(t)}`);
        }
      }
    }
    assert.ok(fast > 100);
  });

  it('declines text it cannot count exactly', () => {
    assert.equal(fastWordCount('我们会退款'), -1);
    assert.equal(fastWordCount('snake_case'), -1);
    assert.equal(fastWordCount('cafe\u0301'), -1);
    assert.equal(fastWordCount("We can't refund 1,299.00 today: e.g. now."), icuCount('en', "We can't refund 1,299.00 today: e.g. now."));
  });
});

// ---------------------------------------------------------------- front matter YAML

import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { fastYaml } from '../../server/src/engine/parse/fast-yaml.js';

/** Node tree as comparable data: kind, range, value, children (keys and values in order). */
function shape(n: Node | null | undefined): unknown {
  if (!n) return null;
  if (isMap(n)) return { map: n.range?.slice(0, 2), items: n.items.map((p) => [shape(p.key as Node), shape(p.value as Node)]) };
  if (isSeq(n)) return { seq: n.range?.slice(0, 2), items: n.items.map((x) => shape(x as Node)) };
  if (isScalar(n)) return { scalar: n.range?.slice(0, 2), value: n.value };
  return { other: String(n) };
}

function frontMatterOf(text: string): string | null {
  const m = /^---\n([\s\S]*?\n)---\n/.exec(text.replace(/\r\n/g, '\n'));
  return m ? m[1] : null;
}

/** Same nodes, ranges and values as the yaml package, or null. Returns whether the fast path took it. */
function agrees(yamlText: string): boolean {
  const fast = fastYaml(yamlText);
  if (!fast) return false;
  const doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false, strict: true });
  assert.deepEqual(doc.errors.map((e) => e.message), [], `fast path took text yaml rejects: ${JSON.stringify(yamlText)}`);
  assert.deepEqual(shape(fast.contents), shape(doc.contents as Node), `nodes differ: ${JSON.stringify(yamlText)}`);
  assert.deepEqual(fast.js, doc.toJS(), `values differ: ${JSON.stringify(yamlText)}`);
  return true;
}

function templateFrontMatters(): string[] {
  const root = path.join(import.meta.dirname, '../../templates');
  const out: string[] = [];
  for (const l of fs.existsSync(root) ? fs.readdirSync(root) : []) {
    const dir = path.join(root, l);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.reply.md'))) {
      const fm = frontMatterOf(fs.readFileSync(path.join(dir, f), 'utf8'));
      if (fm) out.push(fm);
    }
  }
  return out;
}

describe('fastYaml agrees with the yaml package', () => {
  it('on every shipped template (and takes the fast path for most of them)', () => {
    const all = templateFrontMatters();
    const fast = all.filter(agrees).length;
    assert.ok(all.length === 0 || fast >= all.length * 0.8, `fast path took ${fast} of ${all.length}`);
  });

  it('on hand-written edge cases', () => {
    const cases = [
      'id: a\n', 'id: a', 'a: x\n\nb: y\n\n\nc:\n  d: "q"\n\n  e: z\ng: [a]\n', 'v:\n  n:\n\nb: 1x\n', "t: 'it''s'\n", 'a: true\nb: false\n',
      'a: 12\n', 'a: 1.5\n', 'a: 0x1F\n', 'a: null\n', 'a: ~\n', 'a: True\n', 'a: yes\n', 'a: 2026-03-15\n', 'a: 24h\n', 'a: $129.00\n', 'a: [x, y ,z]\n', 'a: []\n',
      'a: [ ]\n', 'a: [x,]\n', 'a: b: c\n', 'a: "x" \n', 'a:  "spaced"\n', 'a: "x"y"\n', 'a: x\n  b: y\n', ' a: x\n', 'a:\n  - x\n', 'a: |\n  x\n', 'a: &x y\n', 'a: *x\n',
      'a: !!str 1\n', 'a: x\na: y\n', 'a:\n    b: 1x\n    c:\n      d: e\n  f: g\n', 'a:\n  b:\n    c: "1"\nd: e\n', 'a: x # c\n', 'a: "x\\"y"\n', 'a: x\r\nb: y\r\n',
      '__proto__: x\n', 'true: x\n', 'a: 한국어 문장\n', 'a: 中文: 内容\n', 'a: x:y\n', 'a: "{{x}}"\n', 'a: {{x}}\n', 'a: (x)\n', 'a: /x\n', 'a: .5\n', 'a: -x\n', '',
    ];
    for (const c of cases) agrees(c);
  });

  it('on thousands of mutated template front matters', () => {
    const base = templateFrontMatters();
    if (base.length === 0) return;
    const bits = [' ', '  ', ':', ': ', '"', "'", '\n', '\n  ', 'a', '1', '-', '[', ']', ',', '{', 'true', 'null', '0x1', '.', 'é', '한'];
    let seed = 99;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed % n;
    };
    let fast = 0;
    for (let i = 0; i < 1500; i++) {
      let t = base[rnd(base.length)];
      for (let k = 1 + rnd(3); k > 0; k--) {
        const at = rnd(t.length + 1);
        const op = rnd(3);
        if (op === 0) t = t.slice(0, at) + t.slice(at + 1 + rnd(3));
        else if (op === 1) t = t.slice(0, at) + bits[rnd(bits.length)] + t.slice(at);
        else {
          const lines = t.split('\n');
          const j = rnd(lines.length);
          lines.splice(rnd(lines.length), 0, lines[j]);
          t = lines.join('\n');
        }
      }
      if (agrees(t)) fast++;
    }
    assert.ok(fast > 200, `fast path took only ${fast} mutations`);
  });
});

// ---------------------------------------------------------------- element hits cache

import { defaultConfig, elementHits, knowledgeFor, parse } from '../../server/src/engine/index.js';

describe('element hits are shared by documents with the same text and language', () => {
  it('serves a re-parsed document from the cache, and keeps languages apart', () => {
    const text = 'Hello Sam,\n\nWe are sorry for the trouble. We will refund your purchase in full.\n\nKind regards,\nJo\n';
    const config = defaultConfig();
    const k = knowledgeFor(config);
    const a = elementHits(parse(text, config), k);
    const b = elementHits(parse(text, config), k);
    assert.equal(b, a, 'second parse of the same text should reuse the hits');
    const fresh = elementHits(parse(`${text} `, config), k);
    assert.deepEqual([...fresh.keys()].sort(), [...a.keys()].sort());
    const de = { ...defaultConfig(), defaultLocale: 'de' };
    const other = elementHits(parse(text, de), knowledgeFor(de));
    assert.notEqual(other, a);
    assert.equal(parse(text, de).language, 'de');
    // The cache is keyed by the text: the same text in another language is not served the English hits.
    const deHits = elementHits(parse(text, de), k);
    assert.notEqual(deHits, a);
    assert.deepEqual(deHits, other);
    const enAgain = elementHits(parse(text, config), k);
    assert.deepEqual(enAgain, a);
  });
});
