/**
 * Linear-time phrase matching over normalized text.
 *
 * Pattern syntax (documented for support leads in docs/phrase-patterns.md):
 * - words separated by spaces; a word of Latin (or other spaced) script matches a whole word,
 *   a word with Chinese, Japanese or Korean characters matches anywhere (no word spaces there);
 * - `word*` lets the word go on (refund* = refund, refunds, refunded); `*word` lets it start
 *   earlier (*erstattung = Rückerstattung);
 * - `(a|b|)` alternatives inside a word, an empty one makes the word optional;
 * - `~` or `~N` allows up to N (default 3) words, or 4N CJK characters, in between, never
 *   across the end of a sentence;
 * - `<` / `>` at the edges of a CJK word demand a word edge there (for short Korean endings);
 * - `{{}}` stands for any placeholder or link, `#` for any number (`#` may not start a pattern).
 *
 * Matching is Aho-Corasick over each pattern's first word, then a bounded check of the rest:
 * no backtracking, so no pattern a user writes can make it slow.
 */

import { normalizeString, OBJECT_CHAR } from './normalize.js';

interface Token {
  kind: 'lit' | 'num';
  lit: string;
  /** `*word`: may be preceded by letters. */
  openStart: boolean;
  /** `word*`: may be followed by letters (the match extends over them). */
  openEnd: boolean;
  cjk: boolean;
  edgeStart: boolean;
  edgeEnd: boolean;
  /** Words allowed between the previous token and this one (0 = adjacent). */
  gap: number;
}

export interface CompiledPattern<T> {
  readonly source: string;
  readonly tokens: readonly Token[];
  readonly payload: T;
}

export interface PhraseMatch<T> {
  /** Normalized-text offsets. */
  readonly start: number;
  readonly end: number;
  readonly pattern: CompiledPattern<T>;
}

export class PatternError extends Error {
  constructor(readonly pattern: string, message: string) {
    super(`invalid pattern "${pattern}": ${message}`);
  }
}

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LETTER = /[\p{L}\p{N}_]/u;
const SENTENCE_END = new Set(['.', '!', '?', '。', '！', '？', ';', '；', '\n']);
const MAX_EXPANSION = 512;

const isCjkChar = (c: string | undefined): boolean => c !== undefined && CJK.test(c);
/** A letter that continues a spaced-script word (CJK letters do not: they have no word spaces). */
const isWordChar = (c: string | undefined): boolean => c !== undefined && c !== OBJECT_CHAR && LETTER.test(c) && !CJK.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);

/** Expands `(a|b)` groups into every combination. */
export function expandAlternatives(pattern: string): string[] {
  const open = pattern.indexOf('(');
  if (open < 0) {
    if (pattern.includes(')') || pattern.includes('|')) throw new PatternError(pattern, 'unbalanced "(" ")" or stray "|"');
    return [pattern];
  }
  const close = pattern.indexOf(')', open);
  if (close < 0) throw new PatternError(pattern, 'missing ")"');
  const inner = pattern.slice(open + 1, close);
  if (inner.includes('(')) throw new PatternError(pattern, 'nested "(" is not supported');
  const head = pattern.slice(0, open);
  const results: string[] = [];
  for (const rest of expandAlternatives(pattern.slice(close + 1))) {
    for (const alt of inner.split('|')) {
      results.push(head + alt + rest);
      if (results.length > MAX_EXPANSION) throw new PatternError(pattern, `expands to more than ${MAX_EXPANSION} variants`);
    }
  }
  return results;
}

function compileOne(source: string, expanded: string): Token[] {
  const tokens: Token[] = [];
  let gap = 0;
  for (const raw of expanded.trim().split(/\s+/)) {
    if (raw === '') continue;
    const gapMatch = /^~(\d*)$/.exec(raw);
    if (gapMatch) {
      if (tokens.length === 0) throw new PatternError(source, 'a pattern cannot start with "~"');
      gap = gapMatch[1] ? Math.min(Number(gapMatch[1]), 12) : 3;
      continue;
    }
    if (raw === '#') {
      if (tokens.length === 0) throw new PatternError(source, 'a pattern cannot start with "#"');
      tokens.push({ kind: 'num', lit: '', openStart: false, openEnd: false, cjk: false, edgeStart: false, edgeEnd: false, gap });
      gap = 0;
      continue;
    }
    if (raw === '{{}}') {
      tokens.push({ kind: 'lit', lit: OBJECT_CHAR, openStart: false, openEnd: false, cjk: false, edgeStart: false, edgeEnd: false, gap });
      gap = 0;
      continue;
    }
    let word = raw;
    let edgeStart = false, edgeEnd = false, openStart = false, openEnd = false;
    if (word.startsWith('<')) { edgeStart = true; word = word.slice(1); }
    if (word.endsWith('>')) { edgeEnd = true; word = word.slice(0, -1); }
    if (word.startsWith('*')) { openStart = true; word = word.slice(1); }
    if (word.endsWith('*')) { openEnd = true; word = word.slice(0, -1); }
    const lit = normalizeString(word);
    if (lit === '' || lit.includes(' ')) {
      if (lit === '') continue; // an optional word that expanded to nothing
      throw new PatternError(source, `word "${raw}" normalizes to several words`);
    }
    tokens.push({ kind: 'lit', lit, openStart, openEnd, cjk: isCjkChar(lit[0]) || isCjkChar(lit[lit.length - 1]), edgeStart, edgeEnd, gap });
    gap = 0;
  }
  if (gap !== 0) throw new PatternError(source, 'a pattern cannot end with "~"');
  if (tokens.length === 0) throw new PatternError(source, 'empty pattern');
  return tokens;
}

/** Compiles a pattern into its expanded variants. Throws PatternError. */
export function compilePattern<T>(source: string, payload: T): CompiledPattern<T>[] {
  if (typeof source !== 'string') throw new PatternError(String(source), 'a pattern must be a string');
  if (source.length > 500) throw new PatternError(source.slice(0, 40) + '…', 'longer than 500 characters');
  return expandAlternatives(source).map((expanded) => ({ source, tokens: compileOne(source, expanded), payload }));
}

interface AcNode {
  next: Map<number, AcNode>;
  fail: AcNode | null;
  /** Patterns whose first token ends at this node. */
  out: number[];
  depth: number;
}

/** A compiled set of patterns searched in one pass. */
export class PhraseMatcher<T> {
  private readonly root: AcNode = { next: new Map(), fail: null, out: [], depth: 0 };
  readonly patterns: CompiledPattern<T>[] = [];
  readonly errors: PatternError[] = [];

  constructor(entries: Iterable<{ pattern: string; payload: T }>) {
    for (const { pattern, payload } of entries) {
      try {
        for (const compiled of compilePattern(pattern, payload)) this.add(compiled);
      } catch (e) {
        if (e instanceof PatternError) this.errors.push(e);
        else throw e;
      }
    }
    this.build();
  }

  get size(): number {
    return this.patterns.length;
  }

  private add(p: CompiledPattern<T>): void {
    const index = this.patterns.push(p) - 1;
    let node = this.root;
    const lit = p.tokens[0].lit;
    for (let i = 0; i < lit.length; i++) {
      const c = lit.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), fail: null, out: [], depth: node.depth + 1 };
        node.next.set(c, child);
      }
      node = child;
    }
    node.out.push(index);
  }

  private build(): void {
    const queue: AcNode[] = [];
    for (const child of this.root.next.values()) {
      child.fail = this.root;
      queue.push(child);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi];
      for (const [c, child] of node.next) {
        let f = node.fail;
        while (f && !f.next.has(c)) f = f.fail;
        child.fail = f ? (f.next.get(c) as AcNode) : this.root;
        if (child.fail.out.length) child.out = child.out.concat(child.fail.out);
        queue.push(child);
      }
    }
  }

  /** Every match in `text` (normalized), in order of start. Overlaps are kept. */
  findAll(text: string): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    if (this.patterns.length === 0) return found;
    let node = this.root;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (node !== this.root && !node.next.has(c)) node = node.fail as AcNode;
      node = node.next.get(c) ?? this.root;
      if (node.out.length === 0) continue;
      for (const index of node.out) {
        const pattern = this.patterns[index];
        const litStart = i + 1 - pattern.tokens[0].lit.length;
        const m = matchAt(text, litStart, pattern);
        if (m) found.push(m);
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    return found;
  }
}

/** Checks the first token's edges at `litStart`, then the following tokens. */
function matchAt<T>(text: string, litStart: number, pattern: CompiledPattern<T>): PhraseMatch<T> | null {
  const first = pattern.tokens[0];
  let start = litStart;
  if (first.openStart) {
    while (start > 0 && isWordChar(text[start - 1])) start--;
  } else if (!startEdgeOk(text, litStart, first)) return null;
  let end = tokenEnd(text, litStart, first);
  if (end < 0) return null;
  for (let t = 1; t < pattern.tokens.length; t++) {
    const tok = pattern.tokens[t];
    const next = tok.gap > 0 ? seekWithGap(text, end, tok) : seekAdjacent(text, end, tok);
    if (next < 0) return null;
    end = next;
  }
  return { start, end, pattern };
}

function startEdgeOk(text: string, at: number, tok: Token): boolean {
  if (tok.cjk) return !tok.edgeStart || !isLetter(text[at - 1]);
  if (tok.openStart) return true;
  return !(isWordChar(tok.lit[0]) && isWordChar(text[at - 1]));
}

/** End offset of `tok` matched at `at`, or -1. */
function tokenEnd(text: string, at: number, tok: Token): number {
  if (tok.kind === 'num') {
    let end = at;
    while (end < text.length && /[0-9]/.test(text[end])) {
      end++;
      if (/[.,:/-]/.test(text[end] ?? '') && /[0-9]/.test(text[end + 1] ?? '')) end++;
    }
    return end > at && !isWordChar(text[end]) ? end : -1;
  }
  if (!text.startsWith(tok.lit, at)) return -1;
  let end = at + tok.lit.length;
  if (tok.cjk) {
    if (tok.edgeEnd && isLetter(text[end])) return -1;
    return end;
  }
  if (tok.openEnd) {
    while (end < text.length && isWordChar(text[end])) end++;
    return end;
  }
  if (isWordChar(tok.lit[tok.lit.length - 1]) && isWordChar(text[end])) return -1;
  return end;
}

function tryToken(text: string, at: number, tok: Token): number {
  if (tok.kind === 'num') return tokenEnd(text, at, tok);
  if (!tok.openStart && !startEdgeOk(text, at, tok)) return -1;
  if (tok.openStart) {
    // `*word` after another token: the word may start earlier inside the current word.
    let p = at;
    while (p < text.length && isWordChar(text[p]) && !text.startsWith(tok.lit, p)) p++;
    return tokenEnd(text, p, tok);
  }
  return tokenEnd(text, at, tok);
}

function seekAdjacent(text: string, from: number, tok: Token): number {
  if (text[from] === ' ') {
    const r = tryToken(text, from + 1, tok);
    if (r >= 0) return r;
  }
  // Scripts without word spaces (and Korean written without a space) may follow directly,
  // and so may a word that starts with punctuation ("we" + "'ve").
  if (tok.cjk || isCjkChar(text[from - 1]) || (tok.kind === 'lit' && !isLetter(tok.lit[0]))) return tryToken(text, from, tok);
  return -1;
}

function seekWithGap(text: string, from: number, tok: Token): number {
  let p = from;
  let words = 0;
  let cjkChars = 0;
  const maxCjk = tok.gap * 4;
  while (p <= text.length) {
    if (text[p] === ' ') p++;
    const r = tryToken(text, p, tok);
    if (r >= 0) return r;
    if (p >= text.length) return -1;
    const c = text[p];
    if (SENTENCE_END.has(c)) return -1;
    if (isCjkChar(c)) {
      if (++cjkChars > maxCjk) return -1;
      p++;
    } else if (isWordChar(c)) {
      if (++words > tok.gap) return -1;
      while (p < text.length && isWordChar(text[p])) {
        p++;
        // "2.4", "1.299,00", "15.03.2026": a separator between digits neither ends the word
        // nor the sentence.
        if (/[0-9]/.test(text[p - 1]) && /[.,:/-]/.test(text[p] ?? '') && /[0-9]/.test(text[p + 1] ?? '')) p++;
      }
    } else {
      if (c === OBJECT_CHAR && ++words > tok.gap) return -1;
      p++;
    }
  }
  return -1;
}

/** Removes matches that overlap any of `blockers`. */
export function withoutOverlaps<T, U>(matches: PhraseMatch<T>[], blockers: readonly PhraseMatch<U>[]): PhraseMatch<T>[] {
  if (blockers.length === 0) return matches;
  return matches.filter((m) => !blockers.some((b) => b.start < m.end && m.start < b.end));
}

/** Keeps the longest of overlapping matches (earliest first on ties). */
export function longestNonOverlapping<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: PhraseMatch<T>[] = [];
  for (const m of sorted) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}
