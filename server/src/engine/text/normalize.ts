/**
 * A normalized view of a text for phrase matching, with a map back to the original offsets.
 *
 * Normalization: Unicode NFKC per cluster (full-width forms become half-width), lower case,
 * curly quotes and apostrophes become ASCII, ß becomes ss, every run of whitespace becomes one
 * space except a blank line, which becomes "\n" (phrases and gaps never cross a paragraph),
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

/** Results of normalizeString for short inputs (pattern words repeat across thousands of expansions). */
const stringCache = new Map<string, string>();
const STRING_CACHE_MAX = 20_000;

/** Normalizes a pattern or a short text without masks (no offset map needed by callers). */
export function normalizeString(s: string): string {
  if (s.length > 64) return normalize(s, 0, s.length, []).text;
  let out = stringCache.get(s);
  if (out === undefined) {
    out = normalize(s, 0, s.length, []).text;
    if (stringCache.size >= STRING_CACHE_MAX) stringCache.clear();
    stringCache.set(s, out);
  }
  return out;
}

/**
 * Builds the normalized view of `src[start, end)`. `masks` must be sorted by start and
 * non-overlapping; ranges outside `[start, end)` are ignored.
 */
export function normalize(src: string, start: number, end: number, masks: readonly Mask[]): NormalizedText {
  let cap = end - start + 16;
  let units = new Uint16Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let n = 0;
  let lastSpace = true; // suppresses leading whitespace
  let mi = 0;
  while (mi < masks.length && masks[mi].range[1] <= start) mi++;

  const grow = (): void => {
    cap *= 2;
    const u = new Uint16Array(cap); u.set(units); units = u;
    const s = new Int32Array(cap); s.set(starts); starts = s;
    const e = new Int32Array(cap); e.set(ends); ends = e;
  };
  const push = (code: number, from: number, to: number): void => {
    if (n >= cap - 1) grow();
    units[n] = code;
    starts[n] = from;
    ends[n] = to;
    n++;
  };
  const pushString = (str: string, from: number, to: number): void => {
    for (let k = 0; k < str.length; k++) push(str.charCodeAt(k), from, to);
  };

  let i = start;
  while (i < end) {
    if (mi < masks.length && masks[mi].range[0] <= i) {
      const m = masks[mi];
      const mEnd = Math.min(m.range[1], end);
      if (m.kind === 'object') {
        if (!lastSpace) push(0x20, i, i);
        push(0xfffc, m.range[0], mEnd);
        push(0x20, mEnd, mEnd);
        lastSpace = true;
      } else if (!lastSpace) {
        push(0x20, i, mEnd);
        lastSpace = true;
      }
      i = Math.max(mEnd, i + 1);
      mi++;
      continue;
    }
    const code = src.charCodeAt(i);
    const nextCode = i + 1 < end ? src.charCodeAt(i + 1) : 0;
    if (code < 0x80 && !(nextCode >= 0x300 && COMBINING.test(src[i + 1]))) {
      if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        // A blank line (paragraph break) becomes "\n", which phrases never cross.
        if (code === 0x0a && n > 0 && isParagraphBreak(src, i, end)) {
          if (lastSpace && n > 0 && units[n - 1] === 0x20) units[n - 1] = 0x0a;
          else if (!lastSpace) push(0x0a, i, i + 1);
          lastSpace = true;
        } else if (!lastSpace) { push(0x20, i, i + 1); lastSpace = true; }
      } else {
        push(code === 0x60 ? 0x27 : code >= 0x41 && code <= 0x5a ? code + 32 : code, i, i + 1);
        lastSpace = false;
      }
      i++;
      continue;
    }
    // Non-ASCII: a code point plus its combining marks.
    const cp = src.codePointAt(i) as number;
    let j = i + (cp > 0xffff ? 2 : 1);
    const ch = src.slice(i, j);
    if (IGNORABLE.test(ch)) { i = j; continue; }
    if (WHITESPACE.test(ch)) {
      if (!lastSpace) { push(0x20, i, j); lastSpace = true; }
      i = j;
      continue;
    }
    while (j < end && (mi >= masks.length || masks[mi].range[0] > j)) {
      const next = src.codePointAt(j) as number;
      if (next < 0x300 || !COMBINING.test(String.fromCodePoint(next))) break;
      j += next > 0xffff ? 2 : 1;
    }
    const cluster = j - i === ch.length ? ch : src.slice(i, j);
    const mapped = QUOTE_MAP[cluster];
    if (mapped !== undefined) pushString(mapped, i, j);
    else if (cp === 0xdf || cp === 0x1e9e) pushString('ss', i, j); // ß = ss (Swiss spelling, capital ẞ)
    else if (cp >= 0xac00 && cp <= 0xd7a3) push(cp, i, j); // Hangul syllables: already normal
    else if (cp >= 0x4e00 && cp <= 0x9fff) push(cp, i, j); // CJK ideographs: already normal
    else {
      let norm = cluster;
      try { norm = cluster.normalize('NFKC').toLowerCase(); } catch { /* lone surrogate: keep */ }
      if (norm.length === 1 && (norm.charCodeAt(0) === 0x20 || WHITESPACE.test(norm))) {
        if (!lastSpace) push(0x20, i, j);
        lastSpace = true;
        i = j;
        continue;
      }
      pushString(norm.replace(/\s+/g, ' '), i, j);
    }
    lastSpace = false;
    i = j;
  }
  if (n > 0 && (units[n - 1] === 0x20 || units[n - 1] === 0x0a)) n--;
  starts[n] = end;
  ends[n] = end;
  return { text: decodeUnits(units, n), starts: starts.subarray(0, n + 1), ends: ends.subarray(0, n + 1) };
}

/** True when the newline at `i` is followed (after blanks) by another newline. */
function isParagraphBreak(src: string, i: number, end: number): boolean {
  for (let k = i + 1; k < end; k++) {
    const c = src.charCodeAt(k);
    if (c === 0x0a) return true;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return false;
  }
  return false;
}

function decodeUnits(units: Uint16Array, n: number): string {
  // apply() takes the typed array as it is (no copy into a JS array); chunks stay under the
  // engine's argument limit. Lone surrogates pass through unchanged (a TextDecoder would not).
  let out = '';
  for (let k = 0; k < n; k += 8192) out += String.fromCharCode.apply(null, units.subarray(k, Math.min(n, k + 8192)) as unknown as number[]);
  return out;
}

/** Maps a normalized `[a, b)` range back to an original range. */
export function toOriginal(nt: NormalizedText, a: number, b: number): Range {
  if (b <= a) return [nt.starts[a], nt.starts[a]];
  return [nt.starts[a], nt.ends[b - 1]];
}
