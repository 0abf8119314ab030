/**
 * A fast path for the front matter YAML: templates use a small, regular subset (block maps of
 * plain or quoted one-line scalars, one-line flow lists of plain words). `fastYaml` parses exactly
 * that subset into the same `yaml` nodes (with the same ranges) and the same JS values that
 * `parseDocument(...).toJS()` gives, and returns null for anything else: then the caller uses
 * the `yaml` package. Bails on: tabs, CR, '#', '\', control characters, block sequences and
 * scalars, anchors, tags, multi-line or ambiguous plain scalars (numbers, null words), duplicate
 * or unusual keys, trailing spaces, uneven indentation.
 * test/perf/fast-paths.test.ts compares both paths on the templates, the bench corpus and
 * thousands of mutated front matters.
 */

import { Pair, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';

export interface FastYaml {
  contents: YAMLMap;
  js: Record<string, unknown>;
}

interface Line {
  start: number;
  end: number;
  indent: number;
  blank: boolean;
}

const KEY = /^([A-Za-z_][\w.-]*):(?: |$)/;
/** Plain words that resolve to something other than a string (YAML 1.2 core schema). */
const SPECIAL_WORD = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL|~)$/;
/** Could be a number in the core schema: leave it to `yaml`. */
const NUMBER_LIKE = /^[-+]?[0-9a-fA-FxoeE._+-]*$/;

class Bail extends Error {}
const bail = (): never => {
  throw new Bail();
};

export function fastYaml(text: string): FastYaml | null {
  // Characters the subset never has.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a) || c === 0x23 /* # */ || c === 0x5c /* \ */ || c === 0x7f || c === 0xfeff || (c >= 0x80 && c <= 0x9f) || c === 0x85 || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff)) return null;
  }
  const lines: Line[] = [];
  for (let s = 0; s <= text.length;) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let ind = s;
    while (ind < e && text.charCodeAt(ind) === 0x20) ind++;
    lines.push({ start: s, end: e, indent: ind - s, blank: ind === e });
    s = e + 1;
  }
  try {
    const first = lines.findIndex((l) => !l.blank);
    if (first < 0 || lines[first].indent !== 0) return null;
    const r = parseMap(text, lines, first, 0);
    if (r.next < lines.length) return null;
    return { contents: r.map, js: r.js };
  } catch (e) {
    if (e instanceof Bail) return null;
    throw e;
  }
}

function nextContent(lines: Line[], i: number): number {
  while (i < lines.length && lines[i].blank) i++;
  return i;
}

/** A block map whose keys sit at `indent`, starting at line `i` (not blank). */
function parseMap(text: string, lines: Line[], i: number, indent: number): { map: YAMLMap; js: Record<string, unknown>; next: number; end: number } {
  const map = new YAMLMap();
  const js: Record<string, unknown> = {};
  let end = 0;
  const start = lines[i].start + indent;
  while (i < lines.length) {
    i = nextContent(lines, i);
    if (i >= lines.length) break;
    const line = lines[i];
    if (line.indent < indent) break;
    if (line.indent > indent) bail();
    const ks = line.start + indent;
    const body = text.slice(ks, line.end);
    if (body.endsWith(' ') || body.length > 1000) bail();
    const m = KEY.exec(body);
    if (!m) bail();
    const name = m![1];
    if (Object.prototype.hasOwnProperty.call(js, name) || name === '__proto__' || SPECIAL_WORD.test(name)) bail();
    const key = new Scalar(name);
    key.range = [ks, ks + name.length, ks + name.length];
    const colon = ks + name.length;
    let vs = colon + 1;
    while (vs < line.end && text.charCodeAt(vs) === 0x20) vs++;
    let value: Node;
    let jsValue: unknown;
    const after = nextContent(lines, i + 1);
    if (vs === line.end) {
      if (after < lines.length && lines[after].indent > indent) {
        const sub = parseMap(text, lines, after, lines[after].indent);
        value = sub.map;
        jsValue = sub.js;
        end = sub.end;
        i = sub.next;
      } else {
        const s = new Scalar(null);
        s.range = [colon + 1, colon + 1, colon + 1];
        value = s;
        jsValue = null;
        end = colon + 1;
        i++;
      }
    } else {
      if (after < lines.length && lines[after].indent > indent) bail(); // continuation or nested content
      const nodeEnd = line.end < text.length ? line.end + 1 : line.end;
      const v = parseInline(text, vs, line.end, nodeEnd);
      value = v.node;
      jsValue = v.js;
      end = nodeEnd;
      i++;
    }
    map.items.push(new Pair(key, value));
    js[name] = jsValue;
  }
  if (map.items.length === 0) bail();
  map.range = [start, end, end];
  return { map, js, next: i, end };
}

/** The value from `a` to the end of its line `b` (no trailing spaces). */
function parseInline(text: string, a: number, b: number, nodeEnd: number): { node: Node; js: unknown } {
  const c = text.charCodeAt(a);
  if (c === 0x22 /* " */) {
    const close = text.indexOf('"', a + 1);
    if (close !== b - 1) bail();
    return scalar(text.slice(a + 1, close), a, b, nodeEnd);
  }
  if (c === 0x27 /* ' */) {
    let v = '';
    let i = a + 1;
    for (;;) {
      const q = text.indexOf("'", i);
      if (q < 0 || q >= b) bail();
      v += text.slice(i, q);
      if (q + 1 < b && text.charCodeAt(q + 1) === 0x27) {
        v += "'";
        i = q + 2;
        continue;
      }
      if (q !== b - 1) bail();
      break;
    }
    return scalar(v, a, b, nodeEnd);
  }
  if (c === 0x5b /* [ */) {
    if (text.charCodeAt(b - 1) !== 0x5d /* ] */) bail();
    const seq = new YAMLSeq();
    const js: unknown[] = [];
    const inner = text.slice(a + 1, b - 1);
    if (inner.trim() !== '') {
      let pos = a + 1;
      for (const part of inner.split(',')) {
        const lead = part.length - part.trimStart().length;
        const item = part.trim();
        if (item === '' || !plainString(item) || /[[\]{}"':]/.test(item)) bail();
        const s = new Scalar(item);
        s.range = [pos + lead, pos + lead + item.length, pos + lead + item.length];
        seq.items.push(s);
        js.push(item);
        pos += part.length + 1;
      }
    } else if (inner !== '') bail();
    seq.range = [a, b, nodeEnd];
    return { node: seq, js };
  }
  const v = text.slice(a, b);
  if (v === 'true' || v === 'false') return scalar(v === 'true', a, b, nodeEnd);
  if (!plainString(v)) bail();
  return scalar(v, a, b, nodeEnd);
}

/** A one-line plain scalar that the core schema reads as this very string. */
function plainString(v: string): boolean {
  const c = v.charCodeAt(0);
  const letter = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xa0;
  const digit = c >= 0x30 && c <= 0x39;
  if (!letter && !digit && c !== 0x24 /* $ */ && c !== 0x2f /* / */ && c !== 0x28 /* ( */) return false;
  if (SPECIAL_WORD.test(v) || (digit && NUMBER_LIKE.test(v))) return false;
  if (v.includes(': ') || v.endsWith(':') || v.includes(' :')) return false;
  // Flow indicators are fine inside a block plain scalar, but keep to the simple cases.
  return !/[[\]{}]/.test(v);
}

function scalar(value: string | boolean, a: number, b: number, nodeEnd: number): { node: Node; js: unknown } {
  const s = new Scalar(value);
  s.range = [a, b, nodeEnd];
  return { node: s, js: value };
}
