/**
 * The parsed document every rule reads: parsed once per lint, with lazy views for the work
 * only some rules need (normalized prose, sentences).
 */

import type { Range, TemplateMeta } from '../types.js';
import { normalize, type Mask, type NormalizedText } from '../text/normalize.js';
import { baseLanguage, detectLocale } from '../text/detect-locale.js';
import { lineStarts } from '../text/lines.js';
import { fastWordCount } from '../text/words.js';
import { parseFrontMatter, type FrontMatter, type SchemaContext } from './front-matter.js';
import { scanBody, type HtmlComment, type Placeholder } from './body.js';
import { fastSentenceStarts, isTrimSpace } from '../text/sentence-break.js';

export interface Sentence {
  range: Range;
  /** Words (Intl.Segmenter word-like segments; a placeholder counts as one). */
  words: number;
}

export interface ParseOptions extends SchemaContext {
  /** Locale for files without front matter or without a `locale` key. */
  defaultLocale?: string;
}

export class ParsedDocument {
  readonly text: string;
  readonly hasBom: boolean;
  readonly frontMatter: FrontMatter | null;
  /** The Markdown body (after the front matter). */
  readonly body: Range;
  readonly meta: TemplateMeta;
  /** BCP 47 tag in effect and its primary language (`de-AT` -> `de`). */
  readonly locale: string;
  readonly language: string;
  readonly localeSource: 'front-matter' | 'option' | 'detected';
  readonly placeholders: Placeholder[];
  readonly comments: HtmlComment[];
  readonly masks: Mask[];
  readonly code: Range[];
  readonly quotes: Range[];
  private proseCache?: NormalizedText;
  private sentenceCache?: Sentence[];
  private lineCache?: number[];

  constructor(text: string, options: ParseOptions) {
    this.text = text;
    this.hasBom = text.charCodeAt(0) === 0xfeff;
    const start = this.hasBom ? 1 : 0;
    this.frontMatter = parseFrontMatter(text, start, options);
    // An unclosed front matter is not read; the rest of the file is still checked as prose.
    const fm = this.frontMatter;
    this.body = [fm ? (fm.closed ? fm.range[1] : fm.content[0]) : start, text.length];
    const scan = scanBody(text, this.body[0], this.body[1]);
    this.placeholders = scan.placeholders;
    this.comments = scan.comments;
    this.masks = scan.masks;
    this.code = scan.code;
    this.quotes = scan.quotes;

    const values = this.frontMatter?.values ?? {};
    let locale = values.locale;
    let source: ParsedDocument['localeSource'] = 'front-matter';
    if (!locale) {
      if (options.defaultLocale) {
        locale = options.defaultLocale;
        source = 'option';
      } else {
        locale = detectLocale(text.slice(this.body[0], Math.min(this.body[1], this.body[0] + 20000)));
        source = 'detected';
      }
    }
    this.locale = locale;
    this.language = baseLanguage(locale);
    this.localeSource = source;
    this.meta = {
      id: values.id,
      title: values.title,
      description: values.description,
      tags: values.tags,
      type: values.type ?? 'generic',
      stage: values.stage,
      locale,
      business: values.business ?? 'product',
      legal_threat: values.legal_threat ?? false,
      variables: values.variables ?? {},
    };
  }

  /** True when the file has a usable front matter block (even with problems in it). */
  get isTemplate(): boolean {
    return this.frontMatter !== null;
  }

  /** Normalized body prose (placeholders as one object unit, code/comments/quotes removed). */
  get prose(): NormalizedText {
    this.proseCache ??= normalize(this.text, this.body[0], this.body[1], this.masks);
    return this.proseCache;
  }

  get lineStarts(): number[] {
    this.lineCache ??= lineStarts(this.text);
    return this.lineCache;
  }

  /** Sentences of the body, skipping code, comments and quotes. */
  get sentences(): Sentence[] {
    this.sentenceCache ??= this.computeSentences();
    return this.sentenceCache;
  }

  /** Whether `[a, b)` overlaps code, a comment or a quote. */
  isMasked(a: number, b: number): boolean {
    return this.overlapsMask(a, b, 'space');
  }

  /**
   * Whether `[a, b)` overlaps a mask (of `kind`, or of any kind: code, comments, quotes,
   * placeholders, links). Masks are sorted and disjoint, so this is a binary search.
   */
  overlapsMask(a: number, b: number, kind?: Mask['kind']): boolean {
    const masks = this.masks;
    let lo = 0, hi = masks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (masks[mid].range[1] <= a) lo = mid + 1; else hi = mid;
    }
    for (let i = lo; i < masks.length && masks[i].range[0] < b; i++) {
      if (!kind || masks[i].kind === kind) return true;
    }
    return false;
  }

  /** Range to report document-level findings on: the `stage:` line, else `type:`, else the start. */
  anchor(prefer: readonly string[] = ['stage', 'type']): Range {
    for (const key of prefer) {
      const r = this.frontMatter?.keyRanges.get(key);
      if (r) return r;
    }
    if (this.frontMatter) return [this.frontMatter.range[0], this.frontMatter.range[0] + 3];
    const b = this.body[0];
    let e = b;
    while (e < this.text.length && this.text[e] !== '\n' && this.text[e] !== '\r') e++;
    return [b, e];
  }

  private computeSentences(): Sentence[] {
    const [start, end] = this.body;
    // Replace masked spans with spaces (same length) so offsets stay true, except
    // placeholders, which become a one-word token.
    let view = '';
    let pos = start;
    for (const m of this.masks) {
      if (m.range[1] <= start || m.range[0] >= end) continue;
      view += this.text.slice(pos, m.range[0]);
      const len = m.range[1] - m.range[0];
      view += m.kind === 'object' ? 'x'.padEnd(len, '\u00A0') : ' '.repeat(len);
      pos = m.range[1];
    }
    view += this.text.slice(pos, end);
    const out: Sentence[] = [];
    const sentenceSeg = segmenter(this.language, 'sentence');
    const wordSeg = segmenter(this.language, 'word');
    // Paragraph breaks and list items end sentences too: segment each block separately.
    const blockRe = /\n[ \t]*\n|\n(?=[ \t]*(?:[-*+]|\d+[.)])\s)|\n(?=#)/g;
    let blockStart = 0;
    const blocks: Range[] = [];
    for (let m = blockRe.exec(view); m; m = blockRe.exec(view)) {
      blocks.push([blockStart, m.index]);
      blockStart = m.index + m[0].length;
    }
    blocks.push([blockStart, view.length]);
    for (const [blockStartAt, blockEndAt] of blocks) {
      // Intl.Segmenter's iteration is quadratic on long strings (V8): feed it bounded pieces
      // cut at sentence ends, so a 1 MB paragraph costs linear time.
      for (const [bs, be] of boundedPieces(view, blockStartAt, blockEndAt)) {
        // Offsets into `view` instead of slices: this runs for every sentence of every lint.
        const fast = fastSentenceStarts(view, bs, be);
        const starts = fast ?? [...sentenceSeg.segment(view.slice(bs, be))].map((x) => bs + x.index);
        for (let k = 0; k < starts.length; k++) {
          // Trimmed like String.prototype.trim.
          let a = starts[k];
          let b = k + 1 < starts.length ? starts[k + 1] : be;
          while (a < b && isTrimSpace(view.charCodeAt(a))) a++;
          while (b > a && isTrimSpace(view.charCodeAt(b - 1))) b--;
          if (a === b) continue;
          // Most sentences only have characters whose word breaks are simple: count those without ICU.
          let words = fastWordCount(view, a, b);
          if (words < 0) {
            words = 0;
            const trimmed = view.slice(a, b);
            for (const [ps, pe] of boundedPieces(trimmed, 0, trimmed.length)) {
              for (const w of wordSeg.segment(trimmed.slice(ps, pe))) if (w.isWordLike) words++;
            }
          }
          out.push({ range: [start + a, start + b], words });
        }
      }
    }
    return out;
  }
}

const PIECE = 2048;

/**
 * Splits `[from, to)` of `text` into pieces of about PIECE characters, each cut after a sentence
 * end (or, failing that, at whitespace, or at worst anywhere outside a surrogate pair).
 */
export function boundedPieces(text: string, from: number, to: number): Range[] {
  if (to - from <= PIECE * 2) return [[from, to]];
  const out: Range[] = [];
  let a = from;
  while (to - a > PIECE * 2) {
    const window = text.slice(a + PIECE, a + PIECE * 2);
    let cut = -1;
    const end = /[.!?\u3002\uFF01\uFF1F][)"'\u201D\u2019\u300D]*\s+/.exec(window);
    if (end) cut = a + PIECE + end.index + end[0].length;
    else {
      const ws = window.search(/\s/);
      cut = ws >= 0 ? a + PIECE + ws + 1 : a + PIECE * 2;
      const c = text.charCodeAt(cut - 1);
      if (c >= 0xd800 && c <= 0xdbff) cut++;
    }
    out.push([a, cut]);
    a = cut;
  }
  out.push([a, to]);
  return out;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(language: string, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${language}|${granularity}`;
  let s = segmenters.get(key);
  if (!s) {
    try {
      s = new Intl.Segmenter(language, { granularity });
    } catch {
      s = new Intl.Segmenter('en', { granularity });
    }
    segmenters.set(key, s);
  }
  return s;
}
