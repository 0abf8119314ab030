/**
 * Tone analysis over a parsed document: lexicon matches (per language, data-driven) plus the
 * language-independent signals (shouting in capitals, stacked punctuation). Customer quotes,
 * placeholders, code and comments are never analysed (they are masked out of the prose).
 */

import type { Knowledge, TonePayload } from '../knowledge.js';
import type { ParsedDocument } from '../parse/document.js';
import { Coverage } from '../text/coverage.js';
import { longestNonOverlapping, withoutOverlaps, type PhraseMatch } from '../text/matcher.js';
import { toOriginal } from '../text/normalize.js';
import type { Range } from '../types.js';
import type { ToneFile } from '../data/schema.js';
import { fitRewrites, type FittedRewrite } from './fit.js';

export interface ToneFinding {
  range: Range;
  category: string;
  message: string;
  /** Rewrites as the lexicon writes them (for shouting: the lower-cased words or one mark). */
  rewrites: string[];
  /** The rewrites fitted to where the finding sits (fit.ts); those that cannot fit are left out. */
  fitted?: FittedRewrite[];
  entryId?: string;
  /** Language of the lexicon that found it (a CJK lexicon may apply inside another language). */
  language?: string;
}

/** Default one-sentence explanations per category (a locale's tone file may override). */
export const CATEGORY_MESSAGES: Record<string, string> = {
  insult: 'Insulting or profane wording attacks the person; describe the behaviour instead.',
  condescension: 'This talks down to the customer; state the facts without implying they should have known.',
  blame: 'This blames the customer; describe what happened and what comes next.',
  'passive-aggressive': 'This reads as passive-aggressive; restate the point plainly without pointing at the past.',
  sarcasm: 'This reads as sarcasm, which looks hostile when the conversation is made public; say it plainly.',
  absolute: '"Always" and "never" aimed at the customer overstate and provoke; cite the specific occasions.',
  threat: 'This reads as a threat or ultimatum; state the consequence calmly as a business decision.',
  shouting: 'Capitals and stacked punctuation read as shouting; use normal case and one punctuation mark.',
  dismissive: 'This dismisses the customer\'s feelings; acknowledge them instead.',
  grovelling: 'Over-apologising undermines a firm reply; apologise once, plainly.',
  register: 'This form of address is too informal for a business reply.',
};

/** Common acronyms that are not shouting. */
const ACRONYMS = new Set([
  'FAQ', 'URL', 'API', 'PDF', 'CEO', 'COO', 'CTO', 'CFO', 'GDPR', 'DSGVO', 'HTML', 'HTTP', 'HTTPS', 'SAAS', 'USD', 'EUR',
  'GBP', 'VAT', 'SLA', 'CSV', 'JSON', 'XML', 'SMS', 'SSO', 'SAML', 'DNS', 'SSL', 'TLS', 'CRM', 'ERP', 'AGB', 'GMBH', 'UTC',
  'CET', 'CEST', 'PST', 'EST', 'ASAP', 'NOTE', 'IBAN', 'BIC', 'SKU', 'ISBN', 'OAUTH', 'UUID', 'AWS', 'IOS', 'SDK', 'CLI',
  'UI', 'UX', 'PIN', 'OTP', 'KYC', 'PO', 'WP', 'CSS', 'PHP', 'SQL', 'RSS', 'QR', 'RMA', 'EULA', 'TOS', 'USt', 'MWST', 'KRW', 'CNY', 'RMB',
]);

/** Stand-ins reported by placeholder-unfilled, not shouting. */
const NOT_SHOUTING = new Set(['TODO', 'FIXME', 'TBD', 'TBA', 'XXX', 'XXXX', 'NB', 'PS', 'P.S', 'OK']);
/** Short words that are shouting when capitalised. */
const SHOUTED_SHORT = new Set(['NOT', 'YOU', 'ANY', 'NOW', 'ALL', 'WHY', 'HOW', 'DID', 'ARE', 'CAN', 'WAS', 'HAS', 'NIE', 'NUR', 'JETZT', 'SIE', 'DAS']);

/** Scripts that identify a language unambiguously, for lexicons applied across languages. */
const HANGUL = /[\uac00-\ud7a3\u3131-\u318e]/;
const KANA = /[\u3040-\u30ff]/;
const HAN = /[\u4e00-\u9fff\u3400-\u4dbf]/;
const CJK_SCRIPT = /[\uac00-\ud7a3\u3131-\u318e\u3040-\u30ff\u4e00-\u9fff\u3400-\u4dbf]/;

/**
 * Lexicons that apply to `doc`: its own language first, then (for mixed-language text) the
 * lexicons of CJK scripts present in the prose. Those lexicons only hold patterns in their own
 * script, so they can never hit a word of another language; Latin-script lexicons are never
 * applied across languages (a German "die" must not hit an English list).
 */
function lexiconLanguages(doc: ParsedDocument, prose: string): string[] {
  const out = [doc.language];
  const sample = prose.length > 200000 ? prose.slice(0, 200000) : prose;
  if (doc.language !== 'ko' && HANGUL.test(sample)) out.push('ko');
  const kana = KANA.test(sample);
  if (doc.language !== 'ja' && kana) out.push('ja');
  if (doc.language !== 'zh' && doc.language !== 'ja' && !kana && HAN.test(sample)) out.push('zh');
  return out;
}

export function analyzeTone(doc: ParsedDocument, knowledge: Knowledge): ToneFinding[] {
  const findings: ToneFinding[] = [];
  const prose = doc.prose;
  for (const language of lexiconLanguages(doc, prose.text)) {
    const primary = language === doc.language;
    const matcher = knowledge.toneMatcher(language);
    const file = knowledge.toneFile(language);
    if (!matcher) continue;
    const all = matcher.findAll(prose.text);
    const inc: PhraseMatch<TonePayload>[] = [];
    const excByEntry = new Map<unknown, PhraseMatch<TonePayload>[]>();
    for (const m of all) {
      if (m.pattern.payload.exclude) {
        const list = excByEntry.get(m.pattern.payload.entry) ?? [];
        list.push(m);
        excByEntry.set(m.pattern.payload.entry, list);
      } else inc.push(m);
    }
    // An exclude pattern (negation, a legitimate idiom) only cancels matches of its own entry.
    let kept = inc.filter((m) => {
      const exc = excByEntry.get(m.pattern.payload.entry);
      return !exc || !exc.some((e) => e.start < m.end && m.start < e.end);
    });
    // Register (du/Sie, 你/您, banmal) is about addressing a customer: only in reply templates,
    // and only in the template's own language.
    if (!doc.isTemplate || !primary) kept = kept.filter((m) => m.pattern.payload.entry.category !== 'register');
    // A lexicon applied across languages only reports words in its own script (a Chinese list's
    // Latin abbreviations must not hit English text).
    if (!primary) kept = kept.filter((m) => CJK_SCRIPT.test(prose.text.slice(m.start, m.end)));
    const allow = knowledge.allowMatcher(doc.language);
    if (allow) kept = withoutOverlaps(kept, allow.findAll(prose.text));
    const taken = new Coverage();
    for (const f of findings) taken.add(f.range[0], f.range[1]);
    for (const m of longestNonOverlapping(kept)) {
      const range = toOriginal(prose, m.start, m.end);
      if (taken.overlaps(range[0], range[1])) continue;
      taken.add(range[0], range[1]);
      const entry = m.pattern.payload.entry;
      const cat = file?.categories?.[entry.category];
      findings.push({
        range,
        category: entry.category,
        message: entry.message ?? cat?.message ?? CATEGORY_MESSAGES[entry.category] ?? 'This wording is not neutral.',
        rewrites: entry.rewrites ?? cat?.rewrites ?? [],
        entryId: entry.id,
        language,
      });
    }
    if (primary && doc.isTemplate && file?.settings) findSentenceEndings(doc, file, findings);
  }
  findShouting(doc, findings, knowledge.toneFile(doc.language)?.categories?.shouting?.message ?? CATEGORY_MESSAGES.shouting);
  // Every kind of rewrite (lexicon, lower-cased shouting, endings) is fitted to its slot the same way.
  for (const f of findings) f.fitted = fitRewrites(doc.text, doc.body[0], doc.body[1], f.range, f.rewrites, f.language ?? doc.language);
  return findings.sort((a, b) => a.range[0] - b.range[0]);
}

interface EndingSettings {
  /** Sentence-final endings (after the last letter, before punctuation) that are a tone problem. */
  endings: string[];
  /** Words that end like one of the above but are fine (nouns); `=word` allows only that exact word. */
  allowed?: string[];
  category?: string;
  message?: string;
  /** Polite replacements per ending (the word's stem is kept). */
  rewrites?: Record<string, string[]>;
}

/**
 * Sentence-final endings (Korean banmal toward the customer): the last word of each sentence
 * of the body prose is checked against `settings.sentenceEndings` of the tone file.
 */
const sortedEndings = new WeakMap<EndingSettings, { endings: string[]; allowed: string[] }>();

function findSentenceEndings(doc: ParsedDocument, file: ToneFile, findings: ToneFinding[]): void {
  const s = file.settings?.sentenceEndings as EndingSettings | undefined;
  if (!s || !Array.isArray(s.endings) || s.endings.length === 0) return;
  let sorted = sortedEndings.get(s);
  if (!sorted) {
    sorted = { endings: [...s.endings].sort((a, b) => b.length - a.length), allowed: [...(s.allowed ?? [])] };
    sortedEndings.set(s, sorted);
  }
  const { endings, allowed } = sorted;
  const category = s.category ?? 'register';
  const message = s.message ?? file.categories?.[category]?.message ?? CATEGORY_MESSAGES[category];
  // A word is sentence-final when the text goes on with ., !, ?, ~, their full-width forms, a
  // line break or the end of the body. Scanning the original body for those positions is much
  // cheaper than looking at every word; masked text (quotes, code, placeholders) is skipped.
  const [start, end] = doc.body;
  const body = doc.text.slice(start, end);
  // Only whole runs of Hangul (the lookbehind keeps a long run from being retried at every offset).
  const finalWord = /(?<![\uac00-\ud7a3])[\uac00-\ud7a3]+(?=[ \t]*(?:[.!?。！？~…]|\r?\n|$))/g;
  for (let m = finalWord.exec(body); m; m = finalWord.exec(body)) {
    const w = m[0];
    const oa = start + m.index;
    const ob = oa + w.length;
    if (doc.overlapsMask(oa, ob)) continue;
    if (allowed.some((x) => (x.startsWith('=') ? w === x.slice(1) : w.endsWith(x)))) continue;
    const ending = endings.find((x) => w.endsWith(x));
    if (!ending) continue;
    if (findings.some((f) => f.range[0] < ob && oa < f.range[1])) continue;
    // The finding covers the whole final word; a rewrite keeps its stem and swaps the ending.
    const original = doc.text.slice(oa, ob);
    const stem = original.endsWith(ending) ? original.slice(0, original.length - ending.length) : null;
    const rewrites = stem === null ? [] : (s.rewrites?.[ending] ?? []).map((r) => stem + r);
    findings.push({ range: [oa, ob], category, message, rewrites, entryId: `ending:${ending}` });
  }
}

/** Full-width ASCII forms (ＡＢＣ, ＴＯＤＯ) as half-width; one UTF-16 unit each, so offsets stay. */
function foldWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** ALL-CAPS words and stacked `!!`, `?!`, `！！`, over the body outside masks. */
function findShouting(doc: ParsedDocument, findings: ToneFinding[], message: string): void {
  const { text } = doc;
  const [start, end] = doc.body;
  const body = text.slice(start, end);
  const overlaps = (a: number, b: number): boolean =>
    // Placeholders and links are object masks, so one check covers them with code, comments and quotes.
    doc.overlapsMask(a, b) || findings.some((f) => f.range[0] < b && a < f.range[1]);
  // Chinese and Japanese put Latin words right next to their characters (no space), so a
  // CJK neighbour is a word edge; full-width capitals (ＴＯＤＯ) are compared as half-width.
  const caps = /(?<!(?![\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}_{])(\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})+|\p{Lu}{3,})(?!(?![\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}_}])/gu;
  // The full pattern is slow (Unicode lookarounds at every offset): skip it when no two capitals
  // stand together, as in most replies and all Chinese and Korean ones.
  if (/\p{Lu}\p{Lu}/u.test(body)) for (let m = caps.exec(body); m; m = caps.exec(body)) {
    const words = foldWidth(m[0]).split(/\s+/);
    if (words.every((w) => ACRONYMS.has(w.toUpperCase()) || NOT_SHOUTING.has(w) || (w.length < 4 && !SHOUTED_SHORT.has(w)))) continue;
    if (words.length === 1 && ACRONYMS.has(words[0])) continue;
    const a = start + m.index;
    const b = a + m[0].length;
    if (overlaps(a, b)) continue;
    // A heading or line written entirely in capitals is a style choice, not shouting at someone.
    const lineStart = text.lastIndexOf('\n', a - 1) + 1;
    const lineEndRaw = text.indexOf('\n', b);
    const line = text.slice(lineStart, lineEndRaw < 0 ? text.length : lineEndRaw);
    if (/^\s*#/.test(line)) continue;
    findings.push({
      range: [a, b],
      category: 'shouting',
      message,
      rewrites: [m[0].toLowerCase()],
    });
  }
  const stacked = /[!！]{2,}|[?？][!！]+|[!！][?？]+[!！?？]*|[?？]{2,}/g;
  for (let m = stacked.exec(body); m; m = stacked.exec(body)) {
    const a = start + m.index;
    const b = a + m[0].length;
    if (overlaps(a, b)) continue;
    const fullWidth = /[！？]/.test(m[0]);
    const question = /[?？]/.test(m[0]);
    findings.push({
      range: [a, b],
      category: 'shouting',
      message,
      rewrites: [question ? (fullWidth ? '？' : '?') : fullWidth ? '。' : '.'],
    });
  }
}
