/**
 * Word counting: the number of word-like segments Intl.Segmenter (ICU, UAX #29) finds in a
 * sentence, without running the segmenter when the text only has characters whose word-break
 * behaviour is simple. `fastWordCount` returns -1 for anything else (then the caller segments).
 *
 * Classes used (UAX #29 Word_Break, as ICU applies them):
 *   L  ALetter: A-Z a-z, Latin-1 letters (U+00C0-U+00FF except × ÷)
 *   H  Hangul syllables: join each other only (ICU breaks between Hangul and Latin or digits)
 *   N  Numeric: 0-9
 *   ML MidNumLet: . ' ’   (joins L.L and N.N)
 *   MN MidNum: , ;        (joins N,N)
 *   MT MidLetter: :       (joins L:L only)
 *   O  anything else listed in `isOther` (space, NBSP, common punctuation): always a boundary
 * Rules: WB5 L×L, WB8-10 L/N × L/N, WB6/7 L × (ML|MT) L, WB11/12 N × (ML|MN) N.
 * test/perf/word-count.test.ts checks this against Intl.Segmenter on the corpus and on random text.
 */

const L = 1, N = 2, ML = 3, MN = 4, O = 5, H = 6, MT = 7;

function classOf(c: number): number {
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return L;
    if (c >= 0x30 && c <= 0x39) return N;
    if (c === 0x2e || c === 0x27) return ML;
    if (c === 0x2c || c === 0x3b) return MN;
    if (c === 0x3a) return MT;
    // ASCII punctuation and spaces that never join (not "_" (ExtendNumLet), or controls other than tab/newline).
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return O;
    if ((c >= 0x21 && c <= 0x2f) || (c >= 0x3c && c <= 0x40) || (c >= 0x5b && c <= 0x60 && c !== 0x5f) || (c >= 0x7b && c <= 0x7e)) return O;
    return 0;
  }
  if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) return L;
  if (c >= 0xac00 && c <= 0xd7a3) return H;
  if (c === 0x2019) return ML;
  if (c === 0xa0 || c === 0x2026 || c === 0x2022 || c === 0x2013 || c === 0x2014 || c === 0x201c || c === 0x201d || c === 0x20ac || c === 0xa3) return O;
  return 0;
}

/** Word-like segments in `s[from, to)`, or -1 when it has a character this counter does not handle. */
export function fastWordCount(s: string, from = 0, to = s.length): number {
  const n = to;
  let words = 0;
  let i = from;
  while (i < n) {
    const k = classOf(s.charCodeAt(i));
    if (k === 0) return -1;
    if (k === H) {
      words++;
      i++;
      while (i < n && s.charCodeAt(i) >= 0xac00 && s.charCodeAt(i) <= 0xd7a3) i++;
      continue;
    }
    if (k !== L && k !== N) {
      i++;
      continue;
    }
    // A word starts here: extend it as far as the rules join.
    words++;
    let last = k;
    i++;
    while (i < n) {
      const c = classOf(s.charCodeAt(i));
      if (c === 0) return -1;
      if (c === L || c === N) {
        last = c;
        i++;
        continue;
      }
      if ((c === ML || c === MN || c === MT) && i + 1 < n) {
        const after = classOf(s.charCodeAt(i + 1));
        if (after === 0) return -1;
        if ((c === ML || c === MT) && last === L && after === L) {
          i += 2;
          continue;
        }
        if (c !== MT && last === N && after === N) {
          i += 2;
          continue;
        }
      }
      break;
    }
  }
  return words;
}
