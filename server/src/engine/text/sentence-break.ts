/**
 * Sentence boundaries without ICU for text made of common characters.
 *
 * `Intl.Segmenter` (ICU) implements the sentence rules of Unicode UAX #29; calling it costs
 * about a third of linting a typical reply. This module implements the same rules (SB1-SB11)
 * for an alphabet whose Sentence_Break classes are listed below: ASCII, Latin-1 letters,
 * common quotes and dashes, Hangul, CJK ideographs and CJK punctuation. For any other
 * character (combining marks and format characters among them, which the rules treat
 * specially) it returns null and the caller asks ICU. Tests compare both on random text over
 * this alphabet (test/core/sentence-break.test.ts).
 */

const enum SB {
  Unknown = 0,
  Other,
  CR,
  LF,
  Sep,
  Sp,
  Lower,
  Upper,
  OLetter,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
}

const TABLE_SIZE = 0x20b0;
const table = new Uint8Array(TABLE_SIZE);

function set(cls: SB, ...codes: (number | [number, number])[]): void {
  for (const c of codes) {
    if (typeof c === 'number') table[c] = cls;
    else for (let i = c[0]; i <= c[1]; i++) table[i] = cls;
  }
}

// ASCII. Control characters other than tab, LF and CR stay Unknown (ICU is asked).
set(SB.Other, [0x20, 0x7e]);
set(SB.Sp, 0x09, 0x20);
set(SB.LF, 0x0a);
set(SB.CR, 0x0d);
set(SB.Lower, [0x61, 0x7a]);
set(SB.Upper, [0x41, 0x5a]);
set(SB.Numeric, [0x30, 0x39]);
set(SB.ATerm, 0x2e);
set(SB.STerm, 0x21, 0x3f);
set(SB.Close, 0x22, 0x27, 0x28, 0x29, 0x5b, 0x5d, 0x7b, 0x7d);
set(SB.SContinue, 0x2c, 0x2d, 0x3a, 0x3b);
// Latin-1.
set(SB.Other, [0xa1, 0xbf], 0xd7, 0xf7);
set(SB.Sp, 0xa0);
set(SB.Close, 0xab, 0xbb);
set(SB.Lower, 0xaa, 0xb5, 0xba, [0xdf, 0xf6], [0xf8, 0xff]);
set(SB.Upper, [0xc0, 0xd6], [0xd8, 0xde]);
table[0xad] = SB.Unknown; // soft hyphen: a format character
// General punctuation used in replies.
set(SB.SContinue, 0x2013, 0x2014);
set(SB.Close, [0x2018, 0x201f]);
set(SB.Other, 0x2022, 0x2026, 0x20ac);

/** Sentence_Break class of a UTF-16 code unit (Unknown: not handled here). */
function classOf(c: number): SB {
  if (c < TABLE_SIZE) return table[c] as SB;
  if (c >= 0xac00 && c <= 0xd7a3) return SB.OLetter; // Hangul syllables
  if (c >= 0x4e00 && c <= 0x9fff) return SB.OLetter; // CJK unified ideographs
  if (c >= 0x3131 && c <= 0x318e) return SB.OLetter; // Hangul compatibility jamo
  switch (c) {
    case 0x3002: case 0xff01: case 0xff1f: return SB.STerm; // 。！？
    case 0xff0e: return SB.ATerm; // ．
    case 0x3001: case 0xff0c: case 0xff1a: case 0xff1b: return SB.SContinue; // 、，：；
    case 0x3000: return SB.Sp;
    case 0x300a: case 0x300b: case 0x300c: case 0x300d: case 0x300e: case 0x300f: case 0x3010: case 0x3011: case 0xff08: case 0xff09: return SB.Close;
    case 0x00b7: case 0x2026: case 0x301c: case 0xff5e: return SB.Other;
    default: return SB.Unknown;
  }
}

const isParaSep = (k: SB): boolean => k === SB.Sep || k === SB.CR || k === SB.LF;

/** Classes of the text being split, kept between calls (grown as needed). */
let classBuffer = new Uint8Array(4096);

/**
 * Start offsets of the sentences of `s[from, to)` (the first is `from`), as `Intl.Segmenter` with
 * granularity "sentence" gives them for that slice, or null when it has a character not
 * handled here.
 */
export function fastSentenceStarts(s: string, from = 0, to = s.length): number[] | null {
  const n = to;
  if (n <= from) return [];
  if (classBuffer.length < n - from) classBuffer = new Uint8Array(Math.max(n - from, classBuffer.length * 2));
  const buf = classBuffer;
  for (let i = from; i < n; i++) {
    const k = classOf(s.charCodeAt(i));
    if (k === SB.Unknown) return null;
    buf[i - from] = k;
  }
  const cls = (i: number): SB => buf[i - from] as SB;
  const starts = [from];
  const boundary = (at: number): void => {
    if (at < n && at > starts[starts.length - 1]) starts.push(at);
  };
  let i = from;
  while (i < n) {
    const k = cls(i);
    if (k === SB.CR) {
      // SB3, SB4: CR LF stays together; a paragraph separator ends the sentence.
      i += i + 1 < n && cls(i + 1) === SB.LF ? 2 : 1;
      boundary(i);
      continue;
    }
    if (k === SB.LF || k === SB.Sep) {
      i++;
      boundary(i);
      continue;
    }
    if (k !== SB.ATerm && k !== SB.STerm) {
      i++;
      continue;
    }
    const next = i + 1 < n ? cls(i + 1) : SB.Unknown;
    if (k === SB.ATerm) {
      // SB6: "3.5"; SB7: "U.S".
      if (next === SB.Numeric) {
        i++;
        continue;
      }
      if (next === SB.Upper && i > from && (cls(i - 1) === SB.Upper || cls(i - 1) === SB.Lower)) {
        i++;
        continue;
      }
    }
    // SATerm Close* Sp*
    let j = i + 1;
    while (j < n && cls(j) === SB.Close) j++;
    while (j < n && cls(j) === SB.Sp) j++;
    if (j >= n) {
      i = n;
      break;
    }
    const after = cls(j);
    if (isParaSep(after)) {
      // SB9-SB11: the separator belongs to this sentence.
      j += after === SB.CR && j + 1 < n && cls(j + 1) === SB.LF ? 2 : 1;
      boundary(j);
      i = j;
      continue;
    }
    if (k === SB.ATerm) {
      // SB8: no break when a lower-case letter follows before any letter, separator or terminator.
      let p = j;
      while (p < n) {
        const c = cls(p);
        if (c === SB.OLetter || c === SB.Upper || c === SB.Lower || isParaSep(c) || c === SB.ATerm || c === SB.STerm) break;
        p++;
      }
      if (p < n && cls(p) === SB.Lower) {
        i = j;
        continue;
      }
    }
    // SB8a: a comma, colon or another terminator continues the sentence.
    if (after === SB.SContinue || after === SB.ATerm || after === SB.STerm) {
      i = j;
      continue;
    }
    // SB11
    boundary(j);
    i = j;
  }
  if (classBuffer.length > 1 << 20) classBuffer = new Uint8Array(4096);
  return starts;
}

/** Whether `c` is removed by String.prototype.trim (WhiteSpace or LineTerminator). */
export function isTrimSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
