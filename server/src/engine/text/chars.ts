/**
 * Fast character classes by UTF-16 code unit, computed once per code unit and cached in a
 * table (the matcher and normalizer call these for every character).
 */

export const enum CharClass {
  Other = 1,
  /** A letter, digit or `_` of a spaced script (Latin, Cyrillic, Greek, ...). */
  Word = 2,
  /** Han, Hangul, Hiragana, Katakana: scripts written without word spaces (Korean has eojeol spaces, but particles attach). */
  Cjk = 3,
}

const table = new Uint8Array(65536);
const WORD_RE = /[\p{L}\p{N}_]/u;
const CJK_RE = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

for (let c = 0; c < 128; c++) {
  table[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? CharClass.Word : CharClass.Other;
}

export function charClass(code: number): CharClass {
  let k = table[code];
  if (k === 0) {
    if (code >= 0xd800 && code <= 0xdfff) k = CharClass.Other;
    else {
      const ch = String.fromCharCode(code);
      k = CJK_RE.test(ch) ? CharClass.Cjk : WORD_RE.test(ch) ? CharClass.Word : CharClass.Other;
    }
    table[code] = k;
  }
  return k;
}

/** A letter of a spaced script (continues a word). NaN (out of range) is not. */
export function isWordCode(code: number): boolean {
  return code === code && charClass(code) === CharClass.Word;
}

export function isCjkCode(code: number): boolean {
  return code === code && charClass(code) === CharClass.Cjk;
}

/** Any letter or digit, CJK included. */
export function isLetterCode(code: number): boolean {
  if (code !== code) return false;
  const k = charClass(code);
  return k === CharClass.Word || k === CharClass.Cjk;
}
