/**
 * A normalized view of a text for phrase matching, with a map back to the original offsets.
 *
 * Normalization: Unicode NFKC per cluster (full-width forms become half-width), lower case,
 * curly quotes and apostrophes become ASCII, every run of whitespace becomes one space,
 * zero-width and bidi control characters are dropped. Masked ranges (placeholders, code,
 * HTML comments, quoted customer words) never reach the matcher: a placeholder becomes one
 * U+FFFC "object" unit, everything else masked becomes a space.
 */

import type { Range } from '../types.js';

export const OBJECT_CHAR = '\uFFFC';

export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /** `starts[i]` is the original offset where normalized unit `i` came from. */
  readonly starts: Int32Array;
  /** `ends[i]` is the original end offset of the cluster normalized unit `i` came from. */
  readonly ends: Int32Array;
}

export interface Mask {
  readonly range: Range;
  /** `object`: one U+FFFC unit (a placeholder, a word-like thing); `space`: a break. */
  readonly kind: 'object' | 'space';
}

const IGNORABLE = /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;
const WHITESPACE = /[\s\u3000\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F]/;
const COMBINING = /\p{M}/u;
const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '\u0060': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
};

/** Normalizes a pattern or a short text without masks (no offset map needed by callers). */
export function normalizeString(s: string): string {
  return normalize(s, 0, s.length, []).text;
}

/**
 * Builds the normalized view of `src[start, end)`. `masks` must be sorted by start and
 * non-overlapping; ranges outside `[start, end)` are ignored.
 */
export function normalize(src: string, start: number, end: number, masks: readonly Mask[]): NormalizedText {
  let out = '';
  let starts = new Int32Array(end - start + 16);
  let ends = new Int32Array(end - start + 16);
  let n = 0;
  let lastSpace = true; // suppresses leading whitespace
  let mi = 0;
  while (mi < masks.length && masks[mi].range[1] <= start) mi++;

  const emit = (s: string, from: number, to: number): void => {
    for (let k = 0; k < s.length; k++) {
      if (n >= starts.length - 1) {
        // NFKC expanded a cluster (e.g. a squared CJK unit): grow the maps.
        const grownStarts = new Int32Array(starts.length * 2);
        const grownEnds = new Int32Array(ends.length * 2);
        grownStarts.set(starts);
        grownEnds.set(ends);
        starts = grownStarts;
        ends = grownEnds;
      }
      out += s[k];
      starts[n] = from;
      ends[n] = to;
      n++;
    }
  };

  let i = start;
  while (i < end) {
    if (mi < masks.length && masks[mi].range[0] <= i) {
      const m = masks[mi];
      const mEnd = Math.min(m.range[1], end);
      if (m.kind === 'object') {
        if (!lastSpace) emit(' ', i, i);
        emit(OBJECT_CHAR, m.range[0], mEnd);
        emit(' ', mEnd, mEnd);
        lastSpace = true;
      } else if (!lastSpace) {
        emit(' ', i, mEnd);
        lastSpace = true;
      }
      i = Math.max(mEnd, i + 1);
      mi++;
      continue;
    }
    const code = src.charCodeAt(i);
    if (code < 0x80) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        if (!lastSpace) { emit(' ', i, i + 1); lastSpace = true; }
      } else if (code === 0x60) {
        emit("'", i, i + 1); lastSpace = false;
      } else {
        emit(code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : src[i], i, i + 1);
        lastSpace = false;
      }
      i++;
      continue;
    }
    // Non-ASCII: take a code point plus its combining marks.
    const cp = src.codePointAt(i) as number;
    let j = i + (cp > 0xffff ? 2 : 1);
    const ch = src.slice(i, j);
    if (IGNORABLE.test(ch)) { i = j; continue; }
    if (WHITESPACE.test(ch)) {
      if (!lastSpace) { emit(' ', i, j); lastSpace = true; }
      i = j;
      continue;
    }
    while (j < end && (mi >= masks.length || masks[mi].range[0] > j)) {
      const next = src.codePointAt(j) as number;
      const nextStr = String.fromCodePoint(next);
      if (!COMBINING.test(nextStr)) break;
      j += nextStr.length;
    }
    const cluster = src.slice(i, j);
    const mapped = QUOTE_MAP[cluster];
    if (mapped !== undefined) emit(mapped, i, j);
    else {
      let norm = cluster;
      try { norm = cluster.normalize('NFKC').toLowerCase(); } catch { /* lone surrogate: keep */ }
      // NFKC can produce whitespace (e.g. U+3000 handled above; ligatures are fine).
      emit(norm.replace(/\s+/g, ' '), i, j);
    }
    lastSpace = false;
    i = j;
  }
  // Trailing space is harmless but trim it so `text` is tidy.
  if (n > 0 && out[n - 1] === ' ') { out = out.slice(0, n - 1); n--; }
  starts[n] = end;
  ends[n] = end;
  return { text: out, starts: starts.subarray(0, n + 1), ends: ends.subarray(0, n + 1) };
}

/** Maps a normalized `[a, b)` range back to an original range. */
export function toOriginal(nt: NormalizedText, a: number, b: number): Range {
  if (b <= a) return [nt.starts[a], nt.starts[a]];
  return [nt.starts[a], nt.ends[b - 1]];
}
