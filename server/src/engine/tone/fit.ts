/**
 * Fitting a tone rewrite to the place it lands. A lexicon entry's rewrites are written once for
 * all of its matches, but a match can open a sentence, sit inside one or be the whole sentence.
 * A rewrite that does not fit the slot would turn a quick fix into broken text ("We are We
 * apologise for this. for this.", "What the  were you thinking?"), so each rewrite is checked
 * against its slot and either adjusted (a capital at a sentence start, no doubled full stop, a
 * removal that takes its comma with it) or not offered. Whether a rewrite *means* the right thing
 * is the lexicon's business (scripts/tone-rewrites.ts prints every one in context for review).
 *
 * Kinds of rewrite, by their shape:
 * - punctuation only ("." for "!!!"): replaces punctuation, always fits;
 * - removal (""): fits where the words can go without a trace: a sentence opener followed by its
 *   comma (or a one-word opener such as "Clearly"), a whole sentence, or a comma-set aside;
 *   never words inside a sentence, which may be words the sentence needs;
 * - sentence ("We apologise for this."): needs a sentence of its own, so the span must open a
 *   sentence and end where the sentence ends (or before a semicolon);
 * - opener ("To summarise:"): introduces a statement, so the span must open a sentence and the
 *   statement must follow (two words or more, not a question);
 * - phrase (anything else): replaces words in place. In languages that capitalise only sentence
 *   starts (en, es, fr), a phrase that starts with a capital is sentence-initial wording and does
 *   not go inside a sentence.
 */

import type { Range } from '../types.js';

export interface FittedRewrite {
  /** The text the edit writes. */
  text: string;
  /** What it replaces: the finding's range, or a little more (a removal takes its comma along). */
  range: Range;
  /** The rewrite removes the words (its text is "" or the next word's capital). */
  removal?: boolean;
}

const SENTENCE_MARK = /[.!?。！？…]/;
const WORD = /[\p{L}\p{N}]/u;
const COMMA = /[,，、]/;
const LOWER_CASE_NOUNS = new Set(['en', 'es', 'fr', 'it', 'pt', 'nl']);
/** Characters that may stand between a sentence start and its first word. */
const OPENING = new Set([' ', '\t', '"', "'", '(', '“', '‘', '«', '¿', '¡', '*', '_', '>', '-', '「', '『', '（']);

/** True when only opening quotes, brackets, list marks or spaces stand between `at` and `start`, a line break or a sentence end. */
export function opensSentence(text: string, start: number, at: number): boolean {
  for (let i = at - 1; i >= start; i--) {
    const c = text.charAt(i);
    if (OPENING.has(c)) continue;
    return c === '\n' || c === '\r' || SENTENCE_MARK.test(c);
  }
  return true;
}

/** Index of the first character at or after `at` that is not a space or tab. */
function skipSpaces(text: string, at: number, end: number): number {
  let i = at;
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** The rest of the sentence from `at`: up to and including its mark, or to the line's end. */
function restOfSentence(text: string, at: number, end: number): string {
  let i = at;
  while (i < end && text[i] !== '\n' && !SENTENCE_MARK.test(text[i])) i++;
  return text.slice(at, i < end && text[i] !== '\n' ? i + 1 : i);
}

const capitalised = (r: string): string => r.charAt(0).toUpperCase() + r.slice(1);
const isCjk = (language: string): boolean => language === 'zh' || language === 'ja' || language === 'ko';

/**
 * The rewrites of one finding at `range` of `text` (the body spans [bodyStart, bodyEnd)), fitted
 * to the slot; rewrites that cannot fit are left out, so a finding may end up with none.
 */
export function fitRewrites(text: string, bodyStart: number, bodyEnd: number, range: Range, rewrites: readonly string[], language: string): FittedRewrite[] {
  const [a, b] = range;
  const opens = opensSentence(text, bodyStart, a);
  const nextAt = skipSpaces(text, b, bodyEnd);
  const next = nextAt < bodyEnd ? text[nextAt] : '';
  const endsHere = next === '' || next === '\n' || next === '\r';
  const spanStartsUpper = text.charAt(a) !== text.charAt(a).toLowerCase();
  const out: FittedRewrite[] = [];
  const seen = new Set<string>();
  const push = (f: FittedRewrite) => {
    const key = `${f.range[0]}:${f.range[1]}:${f.text}`;
    if (!seen.has(key)) { seen.add(key); out.push(f); }
  };
  for (const r of rewrites) {
    if (r !== '' && !WORD.test(r)) { push({ text: r, range }); continue; }
    if (r === '') {
      const removal = fitRemoval(text, bodyStart, bodyEnd, a, b, opens, nextAt, next, language);
      if (removal) push({ ...removal, removal: true });
      continue;
    }
    const last = r.charAt(r.length - 1);
    if (SENTENCE_MARK.test(last)) {
      if (!opens) continue;
      if (endsHere) push({ text: capitalised(r), range });
      // The sentence's own mark stays: "Watch your tone." -> "… relationship." (not "..").
      else if (SENTENCE_MARK.test(next) || next === ';' || next === '；') push({ text: capitalised(r.slice(0, -1)), range });
      continue;
    }
    if (last === ':' || last === '：') {
      if (!opens) continue;
      // The span's own comma goes: "For the third time, the order …" -> "To summarise: the order …".
      const comma = COMMA.test(next);
      const restAt = comma ? skipSpaces(text, nextAt + 1, bodyEnd) : nextAt;
      const rest = restOfSentence(text, restAt, bodyEnd);
      const enough = isCjk(language) ? rest.replace(/[\s\p{P}]/gu, '').length >= 4 : (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 2;
      if (!enough || /[?？]$/.test(rest) || !WORD.test(rest.charAt(0))) continue;
      if (comma) push({ text: capitalised(r) + (isCjk(language) ? '' : ' '), range: [a, restAt] });
      else push({ text: capitalised(r), range });
      continue;
    }
    // A phrase. Languages that capitalise only sentence starts: a capitalised phrase opens a sentence.
    const upper = r.charAt(0) !== r.charAt(0).toLowerCase();
    if (LOWER_CASE_NOUNS.has(language) && upper && !opens && !/^I\b/.test(r)) continue;
    push({ text: opens && spanStartsUpper ? capitalised(r) : r, range });
  }
  return out;
}

/** A removal that leaves well-formed text behind, or null where the words cannot simply go. */
function fitRemoval(text: string, bodyStart: number, bodyEnd: number, a: number, b: number, opens: boolean, nextAt: number, next: string, language: string): FittedRewrite | null {
  const cjk = isCjk(language);
  // Hangul letters on their own (ㅋㅋ, ㅎㅎㅎ) are no word of the sentence: they go anywhere, with
  // the space after them ("네 ㅋㅋ 확인했습니다." -> "네 확인했습니다.").
  if (/^[\u3131-\u318e]+$/.test(text.slice(a, b))) {
    if (nextAt > b && WORD.test(next)) return { text: '', range: [a, nextAt] };
    let start = a;
    if (next === '' || next === '\n' || next === '\r') while (start > bodyStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    return { text: '', range: [start, b] };
  }
  if (opens) {
    // The whole sentence: it goes with its mark and the space after it.
    if (next === '' || next === '\n' || SENTENCE_MARK.test(next)) {
      let end = SENTENCE_MARK.test(next) ? nextAt + 1 : b;
      while (end < bodyEnd && SENTENCE_MARK.test(text[end])) end++;
      const after = skipSpaces(text, end, bodyEnd);
      if (after < bodyEnd && text[after] !== '\n') return { text: '', range: [a, after] };
      // Last sentence of its line: the space before it goes instead.
      let start = a;
      while (start > bodyStart && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
      return { text: '', range: [start, end] };
    }
    // An opener with its comma ("Obviously, the …" -> "The …"), or one word before the sentence's
    // words ("Clearly you missed …" -> "You missed …"; several words may be the sentence's verb:
    // "It's not rocket science to reset …" must not become "To reset …").
    // The span may carry its own comma ("Obviously,").
    let restAt = nextAt;
    if (COMMA.test(next)) restAt = skipSpaces(text, nextAt + 1, bodyEnd);
    else if (!COMMA.test(text.charAt(b - 1)) && (cjk || nextAt === b || !/^[\p{L}\p{N}'’-]+$/u.test(text.slice(a, b)))) return null;
    const first = text.charAt(restAt);
    if (!WORD.test(first)) return null;
    const upper = first.toUpperCase();
    return upper === first || cjk ? { text: '', range: [a, restAt] } : { text: upper, range: [a, restAt + 1] };
  }
  // Inside a sentence: a comma-set aside ("…, damn." / "…, to be honest, …") goes with its comma.
  let before = a;
  while (before > bodyStart && (text[before - 1] === ' ' || text[before - 1] === '\t')) before--;
  const prev = text.charAt(before - 1);
  if (COMMA.test(prev) && (COMMA.test(next) || SENTENCE_MARK.test(next) || next === '' || next === '\n')) return { text: '', range: [before - 1, b] };
  // A word between two words stays: it may be one the sentence needs ("What the hell were you …").
  // CJK: a word inside a sentence can go where punctuation or the line's end follows it
  // ("확인했습니다 ㅋㅋ" -> "확인했습니다"); at the line's end the space before it goes too.
  if (cjk && prev !== '' && !COMMA.test(prev)) {
    if (next === '' || next === '\n' || next === '\r') return { text: '', range: [before, b] };
    if (SENTENCE_MARK.test(next) || COMMA.test(next)) return { text: '', range: [a, b] };
  }
  return null;
}
