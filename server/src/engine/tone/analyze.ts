/**
 * Tone analysis over a parsed document: lexicon matches (per language, data-driven) plus the
 * language-independent signals (shouting in capitals, stacked punctuation). Customer quotes,
 * placeholders, code and comments are never analysed (they are masked out of the prose).
 */

import type { Knowledge, TonePayload } from '../knowledge.js';
import type { ParsedDocument } from '../parse/document.js';
import { longestNonOverlapping, withoutOverlaps, type PhraseMatch } from '../text/matcher.js';
import { toOriginal } from '../text/normalize.js';
import type { Range } from '../types.js';

export interface ToneFinding {
  range: Range;
  category: string;
  message: string;
  rewrites: string[];
  entryId?: string;
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

export function analyzeTone(doc: ParsedDocument, knowledge: Knowledge): ToneFinding[] {
  const findings: ToneFinding[] = [];
  const prose = doc.prose;
  const matcher = knowledge.toneMatcher(doc.language);
  const file = knowledge.toneFile(doc.language);
  if (matcher) {
    const all = matcher.findAll(prose.text);
    const inc: PhraseMatch<TonePayload>[] = [];
    const exc: PhraseMatch<TonePayload>[] = [];
    for (const m of all) (m.pattern.payload.exclude ? exc : inc).push(m);
    let kept = withoutOverlaps(inc, exc);
    const allow = knowledge.allowMatcher(doc.language);
    if (allow) kept = withoutOverlaps(kept, allow.findAll(prose.text));
    for (const m of longestNonOverlapping(kept)) {
      const entry = m.pattern.payload.entry;
      const cat = file?.categories?.[entry.category];
      findings.push({
        range: toOriginal(prose, m.start, m.end),
        category: entry.category,
        message: entry.message ?? cat?.message ?? CATEGORY_MESSAGES[entry.category] ?? 'This wording is not neutral.',
        rewrites: entry.rewrites ?? cat?.rewrites ?? [],
        entryId: entry.id,
      });
    }
  }
  findShouting(doc, findings);
  return findings.sort((a, b) => a.range[0] - b.range[0]);
}

/** ALL-CAPS words and stacked `!!`, `?!`, `！！`, over the body outside masks. */
function findShouting(doc: ParsedDocument, findings: ToneFinding[]): void {
  const { text } = doc;
  const [start, end] = doc.body;
  const body = text.slice(start, end);
  const overlaps = (a: number, b: number): boolean =>
    doc.isMasked(a, b) || doc.placeholders.some((p) => p.range[0] < b && a < p.range[1]) ||
    doc.masks.some((m) => m.kind === 'object' && m.range[0] < b && a < m.range[1]) ||
    findings.some((f) => f.range[0] < b && a < f.range[1]);
  const caps = /(?<![\p{L}\p{N}_{])(\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})+|\p{Lu}{3,})(?![\p{L}\p{N}_}])/gu;
  for (let m = caps.exec(body); m; m = caps.exec(body)) {
    const words = m[0].split(/\s+/);
    if (words.every((w) => ACRONYMS.has(w.toUpperCase()) || NOT_SHOUTING.has(w) || (w.length < 4 && !SHOUTED_SHORT.has(w)))) continue;
    if (words.length === 1 && ACRONYMS.has(m[0])) continue;
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
      message: CATEGORY_MESSAGES.shouting,
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
      message: CATEGORY_MESSAGES.shouting,
      rewrites: [question ? (fullWidth ? '？' : '?') : fullWidth ? '。' : '.'],
    });
  }
}
