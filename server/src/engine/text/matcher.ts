/**
 * Linear-time phrase matching over normalized text.
 *
 * Pattern syntax (documented for support leads in docs/phrase-patterns.md):
 * - words separated by spaces; a word of Latin (or other spaced) script matches a whole word,
 *   a word with Chinese, Japanese or Korean characters matches anywhere (no word spaces there);
 * - `word*` lets the word go on (refund* = refund, refunds, refunded; on a Korean word, to the
 *   end of its eojeol: 원하시* = 원하시면); `*word` lets it start earlier (*erstattung = Rückerstattung);
 * - `(a|b|)` alternatives inside a word, an empty one makes the word optional;
 * - `~` or `~N` allows up to N (default 3) words, or 4N CJK characters, in between, never
 *   across the end of a sentence;
 * - `<` / `>` at the edges of a CJK word demand a word edge there (for short Korean endings);
 * - `{{}}` stands for any placeholder or link, `#` for any number (`#` may not start a pattern).
 *
 * Matching is Aho-Corasick over each pattern's first word, then a bounded check of the rest:
 * no backtracking, so no pattern a user writes can make it slow. The same pass records which
 * of all the patterns' words occur in the text at all, and a pattern is only checked where each
 * of its required slots can be met by words that occur (most anchor hits of a common first
 * word, "you" or "we", are ruled out without looking at the text again).
 */

import { normalizeString, OBJECT_CHAR } from './normalize.js';
import { charClass, CharClass, isCjkCode, isLetterCode, isWordCode } from './chars.js';
import { Coverage } from './coverage.js';

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

const MAX_EXPANSION = 512;

const isCjkChar = (c: string | undefined): boolean => c !== undefined && isCjkCode(c.charCodeAt(0));
/** A letter that continues a spaced-script word (CJK letters do not: they have no word spaces). */
const isWordChar = (c: string | undefined): boolean => c !== undefined && isWordCode(c.charCodeAt(0));
const isLetter = (c: string | undefined): boolean => c !== undefined && isLetterCode(c.charCodeAt(0));

/** Expands `(a|b)` groups inside one space-free segment into every combination. */
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

/** One position of a pattern: alternative word sequences (an empty one makes it optional). */
interface Slot {
  alts: Token[][];
  /** Words allowed before this slot (0 = adjacent). */
  gap: number;
}

function makeToken(source: string, raw: string, gap: number): Token {
  if (raw === '#') return { kind: 'num', lit: '', openStart: false, openEnd: false, cjk: false, edgeStart: false, edgeEnd: false, gap };
  if (raw === '{{}}') return { kind: 'lit', lit: OBJECT_CHAR, openStart: false, openEnd: false, cjk: false, edgeStart: false, edgeEnd: false, gap };
  let word = raw;
  let edgeStart = false, edgeEnd = false, openStart = false, openEnd = false;
  if (word.startsWith('<')) { edgeStart = true; word = word.slice(1); }
  if (word.endsWith('>')) { edgeEnd = true; word = word.slice(0, -1); }
  if (word.startsWith('*')) { openStart = true; word = word.slice(1); }
  if (word.endsWith('*')) { openEnd = true; word = word.slice(0, -1); }
  const lit = normalizeString(word);
  if (lit === '') throw new PatternError(source, `word "${raw}" is empty`);
  if (lit.includes(' ')) throw new PatternError(source, `word "${raw}" normalizes to several words`);
  return { kind: 'lit', lit, openStart, openEnd, cjk: isCjkChar(lit[0]) || isCjkChar(lit[lit.length - 1]), edgeStart, edgeEnd, gap };
}

/** Splits on whitespace outside parentheses. */
function segments(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of source.trim()) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (depth < 0) throw new PatternError(source, 'unbalanced ")"');
    if (depth === 0 && /\s/.test(ch)) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (depth !== 0) throw new PatternError(source, 'missing ")"');
  if (cur) out.push(cur);
  return out;
}

function compileSlots(source: string): Slot[] {
  const slots: Slot[] = [];
  let gap = 0;
  for (const seg of segments(source)) {
    const gapMatch = /^~(\d*)$/.exec(seg);
    if (gapMatch) {
      if (slots.length === 0) throw new PatternError(source, 'a pattern cannot start with "~"');
      gap = gapMatch[1] ? Math.min(Number(gapMatch[1]), 12) : 3;
      continue;
    }
    const alts: Token[][] = [];
    for (const variant of expandAlternatives(seg)) {
      const words = variant.trim().split(/\s+/).filter(Boolean);
      alts.push(words.map((w, i) => makeToken(source, w, i === 0 ? gap : 0)));
    }
    slots.push({ alts, gap });
    gap = 0;
  }
  if (gap !== 0) throw new PatternError(source, 'a pattern cannot end with "~"');
  if (slots.length === 0 || slots.every((sl) => sl.alts.every((a) => a.length === 0))) throw new PatternError(source, 'empty pattern');
  let lead = 0;
  while (lead < slots.length && slots[lead].alts.some((a) => a.length === 0)) lead++;
  if (lead === slots.length) throw new PatternError(source, 'every word is optional');
  for (let i = 0; i <= lead && i < slots.length; i++) {
    for (const alt of slots[i].alts) if (alt.length && alt[0].kind === 'num') throw new PatternError(source, 'a pattern cannot start with "#"');
  }
  return slots;
}

export interface CompiledPattern<T> {
  readonly source: string;
  readonly slots: readonly Slot[];
  readonly payload: T;
}

/** Compiles a pattern. Throws PatternError. */
export function compilePattern<T>(source: string, payload: T): CompiledPattern<T> {
  if (typeof source !== 'string') throw new PatternError(String(source), 'a pattern must be a string');
  if (source.length > 500) throw new PatternError(source.slice(0, 40) + '…', 'longer than 500 characters');
  return { source, slots: compileSlots(source), payload };
}

interface AcNode {
  next: Map<number, AcNode>;
  fail: AcNode | null;
  /** Entry points whose anchor word ends at this node. */
  out: number[];
  /** The literal (word) that ends exactly here, or -1. */
  lit: number;
  /** Every literal that ends here, this node's own and those of its suffixes. */
  lits: number[];
}

const NO_IDS: number[] = [];
const newNode = (): AcNode => ({ next: new Map(), fail: null, out: NO_IDS, lit: -1, lits: NO_IDS });

/** Where matching may start: a pattern, a slot, an alternative of that slot. */
interface Entry {
  pattern: number;
  slot: number;
  alt: Token[];
  wordStart: boolean;
  wordEnd: boolean;
}

/** Work limit per anchor hit: verification never runs away, whatever the patterns. */
const STEP_BUDGET = 4000;

/** A compiled set of patterns searched in one pass. */
/** Dense transition tables are built for small alphabets (Latin-script lexicons) up to this many cells. */
const MAX_DENSE_CELLS = 1 << 20;
/** Characters below this code get their alphabet class from an array; others from a map. */
const CLASS_ARRAY_SIZE = 0x250;

/**
 * The automaton as a full transition table over the patterns' alphabet: one array read per
 * character of the text instead of map lookups along failure links. Characters outside the
 * alphabet (class 0) lead back to the start.
 */
interface DenseAutomaton {
  classes: Uint8Array;
  extraClasses: Map<number, number>;
  width: number;
  table: Uint16Array | Uint32Array;
  out: number[][];
  lits: number[][];
}

export class PhraseMatcher<T> {
  private root: AcNode = newNode();
  private dense: DenseAutomaton | null = null;
  readonly patterns: CompiledPattern<T>[] = [];
  readonly errors: PatternError[] = [];
  private readonly entries: Entry[] = [];
  /** Distinct literal words of all patterns, by text. */
  private readonly literals = new Map<string, number>();
  /**
   * Per pattern: its required slots (those without an empty alternative), each as the literal
   * ids of its alternatives. A slot is met when all literals of one alternative occur in the text.
   */
  private readonly requirements: number[][][][] = [];
  /** Per findAll call: `seen[lit] === stamp` when the literal occurs; viability memo per pattern. */
  private seen = new Int32Array(0);
  private checked = new Int32Array(0);
  private viable = new Uint8Array(0);
  private stamp = 0;
  private hitBuffer = new Int32Array(256);

  /**
   * `reference: true` turns both shortcuts off (no transition table, no check of which words
   * occur): the plain Aho-Corasick walk that the tests compare the fast paths with.
   */
  constructor(entries: Iterable<{ pattern: string; payload: T }>, private readonly options: { reference?: boolean } = {}) {
    for (const { pattern, payload } of entries) {
      try {
        this.add(compilePattern(pattern, payload));
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
    // Entry points: the first slot, and the next ones while every slot before is optional.
    for (let s = 0; s < p.slots.length; s++) {
      for (const alt of p.slots[s].alts) {
        if (alt.length === 0) continue;
        const first = alt[0];
        const entry: Entry = {
          pattern: index, slot: s, alt,
          wordStart: first.kind === 'lit' && !first.cjk && !first.openStart && isWordCode(first.lit.charCodeAt(0)),
          wordEnd: first.kind === 'lit' && !first.cjk && !first.openEnd && isWordCode(first.lit.charCodeAt(first.lit.length - 1)),
        };
        const id = this.entries.push(entry) - 1;
        const node = this.insert(first.lit);
        node.out = node.out === NO_IDS ? [id] : [...node.out, id];
      }
      if (!p.slots[s].alts.some((a) => a.length === 0)) break;
    }
    // What must occur in the text for this pattern to match anywhere.
    const required: number[][][] = [];
    for (const slot of p.slots) {
      if (slot.alts.some((a) => a.length === 0)) continue;
      const alts: number[][] = [];
      let always = false;
      for (const alt of slot.alts) {
        const ids = [...new Set(alt.filter((t) => t.kind === 'lit').map((t) => this.literal(t.lit)))];
        if (ids.length === 0) always = true; // only numbers: nothing to look for
        alts.push(ids);
      }
      if (!always) required.push(alts);
    }
    this.requirements.push(required);
  }

  /** The trie node of `word` (created on the way). */
  private insert(word: string): AcNode {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = newNode();
        node.next.set(c, child);
      }
      node = child;
    }
    return node;
  }

  /** The id of a literal word, added to the trie on first use. */
  private literal(word: string): number {
    let id = this.literals.get(word);
    if (id === undefined) {
      id = this.literals.size;
      this.literals.set(word, id);
      this.insert(word).lit = id;
    }
    return id;
  }

  private build(): void {
    const queue: AcNode[] = [];
    for (const child of this.root.next.values()) {
      child.fail = this.root;
      if (child.lit >= 0) child.lits = [child.lit];
      queue.push(child);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi];
      for (const [c, child] of node.next) {
        let f = node.fail;
        while (f && !f.next.has(c)) f = f.fail;
        child.fail = f ? (f.next.get(c) as AcNode) : this.root;
        if (child.fail.out.length) child.out = child.out.concat(child.fail.out);
        const inherited = child.fail.lits;
        if (child.lit >= 0) child.lits = inherited.length ? [child.lit, ...inherited] : [child.lit];
        else if (inherited.length) child.lits = inherited;
        queue.push(child);
      }
    }
    this.seen = new Int32Array(this.literals.size);
    this.checked = new Int32Array(this.patterns.length);
    this.viable = new Uint8Array(this.patterns.length);
    this.dense = this.options.reference ? null : buildDense(this.root, queue);
    // The table replaces the trie; keep only an empty root for the map walk's type.
    if (this.dense) this.root = newNode();
  }

  /** Whether every required slot of pattern `p` can be met by literals seen in this call. */
  private isViable(p: number, stamp: number): boolean {
    if (this.checked[p] === stamp) return this.viable[p] === 1;
    const seen = this.seen;
    let ok = true;
    for (const alts of this.requirements[p]) {
      let met = false;
      for (const ids of alts) {
        let all = true;
        for (const id of ids) {
          if (seen[id] !== stamp) {
            all = false;
            break;
          }
        }
        if (all) {
          met = true;
          break;
        }
      }
      if (!met) {
        ok = false;
        break;
      }
    }
    this.checked[p] = stamp;
    this.viable[p] = ok ? 1 : 0;
    return ok;
  }

  /** Every match in `text` (normalized), in order of start; one (the longest) per pattern and start. */
  findAll(text: string): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    if (this.entries.length === 0) return found;
    if (this.stamp >= 0x3fffffff) {
      this.stamp = 0;
      this.seen.fill(0);
      this.checked.fill(0);
    }
    const stamp = ++this.stamp;
    const seen = this.seen;
    // Pass 1: which literals occur, and where anchors end (after the cheap word-edge checks).
    // Hits go into a buffer kept between calls (entry id, start), so a call allocates little.
    let hits = this.hitBuffer;
    let h = 0;
    const onState = (i: number, lits: number[], out: number[]): void => {
      for (let k = 0; k < lits.length; k++) seen[lits[k]] = stamp;
      for (let k = 0; k < out.length; k++) {
        const e = this.entries[out[k]];
        const litStart = i + 1 - e.alt[0].lit.length;
        if (e.wordStart && litStart > 0 && isWordCode(text.charCodeAt(litStart - 1))) continue;
        if (e.wordEnd && isWordCode(text.charCodeAt(i + 1))) continue;
        if (h + 2 > hits.length) {
          const bigger = new Int32Array(hits.length * 2);
          bigger.set(hits);
          hits = this.hitBuffer = bigger;
        }
        hits[h++] = out[k];
        hits[h++] = litStart;
      }
    };
    const dense = this.dense;
    if (dense) {
      const { classes, extraClasses, width, table, out, lits } = dense;
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const k = c < CLASS_ARRAY_SIZE ? classes[c] : extraClasses.get(c) ?? 0;
        state = k === 0 ? 0 : table[state * width + k];
        if (state !== 0 && (lits[state].length !== 0 || out[state].length !== 0)) onState(i, lits[state], out[state]);
      }
    } else {
      let node = this.root;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        while (node !== this.root && !node.next.has(c)) node = node.fail as AcNode;
        node = node.next.get(c) ?? this.root;
        if (node.lits.length !== 0 || node.out.length !== 0) onState(i, node.lits, node.out);
      }
    }
    // Pass 2: full checks, only for patterns whose words all occur.
    for (let k = 0; k < h; k += 2) {
      const e = this.entries[hits[k]];
      if (!this.options.reference && !this.isViable(e.pattern, stamp)) continue;
      const m = matchEntry(text, hits[k + 1], this.patterns[e.pattern], e);
      if (m) found.push(m);
    }
    // A buffer grown by a huge text is not kept.
    if (this.hitBuffer.length > 1 << 16) this.hitBuffer = new Int32Array(256);
    if (found.length < 2) return found;
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    // One match per stretch of text and pattern: drop those inside a longer one of the same
    // pattern (an optional first word gives a second entry point inside the first match).
    const reach = new Map<CompiledPattern<T>, number>();
    return found.filter((m) => {
      const r = reach.get(m.pattern) ?? -1;
      if (m.end <= r) return false;
      reach.set(m.pattern, m.end);
      return true;
    });
  }
}

/**
 * A full transition table for the trie (`order` = its nodes in breadth-first order, root
 * excluded, failure links set), or null when the alphabet or the table would be too large
 * (Chinese, Korean and Japanese lexicons keep the map walk).
 */
function buildDense(root: AcNode, order: readonly AcNode[]): DenseAutomaton | null {
  const nodes = [root, ...order];
  const alphabet = new Set<number>();
  for (const n of nodes) for (const c of n.next.keys()) alphabet.add(c);
  const width = alphabet.size + 1;
  if (alphabet.size > 255 || nodes.length * width > MAX_DENSE_CELLS) return null;
  const classes = new Uint8Array(CLASS_ARRAY_SIZE);
  const extraClasses = new Map<number, number>();
  let k = 0;
  for (const c of [...alphabet].sort((a, b) => a - b)) {
    k++;
    if (c < CLASS_ARRAY_SIZE) classes[c] = k;
    else extraClasses.set(c, k);
  }
  const index = new Map<AcNode, number>(nodes.map((n, i) => [n, i]));
  const table = nodes.length < 0x10000 ? new Uint16Array(nodes.length * width) : new Uint32Array(nodes.length * width);
  const classOf = (c: number): number => (c < CLASS_ARRAY_SIZE ? classes[c] : extraClasses.get(c) ?? 0);
  // Breadth-first: a node's failure target is shallower, so its row is complete before it is copied.
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    const row = i * width;
    if (i !== 0) {
      const f = index.get(n.fail as AcNode) as number;
      table.copyWithin(row, f * width, f * width + width);
    }
    for (const [c, child] of n.next) table[row + classOf(c)] = index.get(child) as number;
  }
  return { classes, extraClasses, width, table, out: nodes.map((n) => n.out), lits: nodes.map((n) => n.lits) };
}

function matchEntry<T>(text: string, litStart: number, pattern: CompiledPattern<T>, e: Entry): PhraseMatch<T> | null {
  const first = e.alt[0];
  let start = litStart;
  if (first.openStart) {
    while (start > 0 && isWordChar(text[start - 1])) start--;
  } else if (!startEdgeOk(text, litStart, first)) return null;
  let end = tokenEnd(text, litStart, first);
  if (end < 0) return null;
  for (let t = 1; t < e.alt.length; t++) {
    end = seekAdjacent(text, end, e.alt[t]);
    if (end < 0) return null;
  }
  const budget = { steps: STEP_BUDGET };
  const best = matchSlots(text, end, pattern.slots, e.slot + 1, 0, budget);
  return best < 0 ? null : { start, end: best, pattern };
}

/** Longest end of slots[s..] matched from `pos`, or -1. `carry` is a gap inherited from skipped optional slots. */
function matchSlots(text: string, pos: number, slots: readonly Slot[], s: number, carry: number, budget: { steps: number }): number {
  if (s === slots.length) return pos;
  if (--budget.steps < 0) return -1;
  const slot = slots[s];
  const gap = Math.max(slot.gap, carry);
  let best = -1;
  for (const alt of slot.alts) {
    let r: number;
    if (alt.length === 0) {
      r = matchSlots(text, pos, slots, s + 1, gap, budget);
    } else {
      let p = gap > 0 ? seekWithGap(text, pos, alt[0], gap) : seekAdjacent(text, pos, alt[0]);
      for (let t = 1; p >= 0 && t < alt.length; t++) p = seekAdjacent(text, p, alt[t]);
      r = p < 0 ? -1 : matchSlots(text, p, slots, s + 1, 0, budget);
    }
    if (r > best) best = r;
  }
  return best;
}

function startEdgeOk(text: string, at: number, tok: Token): boolean {
  if (tok.cjk) return !tok.edgeStart || !isLetter(text[at - 1]);
  if (tok.openStart) return true;
  return !(isWordChar(tok.lit[0]) && isWordChar(text[at - 1]));
}

/** An ASCII digit at `i` (false outside the text). */
const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0x30 && c <= 0x39;
};
/** `.`, `,`, `:`, `/` or `-` at `i`: separators inside a number such as 1.299,00 or 15.03.2026. */
const isNumberSeparatorAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f || c === 0x2d;
};

/** A precomposed Hangul syllable (U+AC00..U+D7A3). */
const isHangulSyllable = (code: number): boolean => code >= 0xac00 && code <= 0xd7a3;

/** End offset of `tok` matched at `at`, or -1. */
function tokenEnd(text: string, at: number, tok: Token): number {
  if (tok.kind === 'num') {
    let end = at;
    while (end < text.length && isDigitAt(text, end)) {
      end++;
      if (isNumberSeparatorAt(text, end) && isDigitAt(text, end + 1)) end++;
    }
    return end > at && !isWordChar(text[end]) ? end : -1;
  }
  if (!text.startsWith(tok.lit, at)) return -1;
  let end = at + tok.lit.length;
  if (tok.cjk) {
    if (tok.openEnd) {
      // `환불*`: a Korean word goes on to the end of its eojeol (particles and endings attach).
      // Only over Hangul syllables: Chinese and Japanese have no word spaces to stop at.
      while (end < text.length && isHangulSyllable(text.charCodeAt(end))) end++;
      return end;
    }
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

function seekWithGap(text: string, from: number, tok: Token, gap: number): number {
  // Char codes instead of one-character strings: this loop runs for every word inside a gap.
  const n = text.length;
  let p = from;
  let words = 0;
  let cjkChars = 0;
  const maxCjk = gap * 4;
  while (p <= n) {
    if (text.charCodeAt(p) === 0x20) p++;
    const r = tryToken(text, p, tok);
    if (r >= 0) return r;
    if (p >= n) return -1;
    const code = text.charCodeAt(p);
    if (isSentenceEndCode(code)) return -1;
    const k = charClass(code);
    if (k === CharClass.Cjk) {
      if (++cjkChars > maxCjk) return -1;
      p++;
    } else if (k === CharClass.Word) {
      if (++words > gap) return -1;
      while (p < n && isWordCode(text.charCodeAt(p))) {
        p++;
        // "2.4", "1.299,00", "15.03.2026": a separator between digits neither ends the word
        // nor the sentence.
        if (isDigitAt(text, p - 1) && isNumberSeparatorAt(text, p) && isDigitAt(text, p + 1)) p++;
      }
    } else {
      if (code === OBJECT_CODE && ++words > gap) return -1;
      p++;
    }
  }
  return -1;
}

const OBJECT_CODE = OBJECT_CHAR.charCodeAt(0);
/** Ends a gap: . ! ? ; and newline, and their full-width forms 。！？；. */
const isSentenceEndCode = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b;

/** Removes matches that overlap any of `blockers`. */
export function withoutOverlaps<T, U>(matches: PhraseMatch<T>[], blockers: readonly PhraseMatch<U>[]): PhraseMatch<T>[] {
  if (blockers.length === 0) return matches;
  return matches.filter((m) => !blockers.some((b) => b.start < m.end && m.start < b.end));
}

/** Keeps the longest of overlapping matches (earliest first on ties). */
export function longestNonOverlapping<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: PhraseMatch<T>[] = [];
  const taken = new Coverage();
  for (const m of sorted) {
    if (taken.overlaps(m.start, m.end)) continue;
    kept.push(m);
    taken.add(m.start, m.end);
  }
  return kept.sort((a, b) => a.start - b.start);
}
