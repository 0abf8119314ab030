/**
 * One pass over the Markdown body: HTML comments, code, quoted customer words, links and
 * `{{placeholders}}`, returned as masks (what prose rules never look at) with offsets.
 */

import type { Range } from '../types.js';
import type { Mask } from '../text/normalize.js';

export interface Placeholder {
  /** Variable name (before any `|` filter); empty when malformed. */
  name: string;
  /** From `{{` to `}}`. */
  range: Range;
  /** The name inside the braces. */
  nameRange: Range;
  /** Why the placeholder is malformed, when it is. */
  problem?: string;
  /** A corrected spelling, when one is obvious. */
  repaired?: string;
}

export interface HtmlComment {
  range: Range;
  /** Text between `<!--` and `-->`, untrimmed. */
  inner: string;
  innerStart: number;
  closed: boolean;
}

export interface BodyScan {
  comments: HtmlComment[];
  placeholders: Placeholder[];
  /** Sorted, non-overlapping. */
  masks: Mask[];
  /** Ranges of fenced and inline code (for rules that must skip code). */
  code: Range[];
  /** Ranges of quoted customer words (blockquotes, long inline quotes). */
  quotes: Range[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BLOCKQUOTE = /^ {0,3}>/;
const NAME = /^[A-Za-z_][\w.-]*$/;
const QUOTE_PAIRS: Record<string, string> = {
  '\u201C': '\u201D', '\u201E': '\u201C', '"': '"', '\u00AB': '\u00BB', '\u00BB': '\u00AB',
  '\u300C': '\u300D', '\u300E': '\u300F', '\u201A': '\u2018', '\uFF02': '\uFF02',
};
const MAX_QUOTE = 400;

export function scanBody(text: string, start: number, end: number): BodyScan {
  const comments = findComments(text, start, end);
  const masks: Mask[] = comments.map((c) => ({ range: c.range, kind: 'space' as const }));
  const code: Range[] = [];
  const quotes: Range[] = [];
  const inComment = (pos: number): boolean => comments.some((c) => c.range[0] <= pos && pos < c.range[1]);

  // Line pass: fences and blockquotes.
  let fence: string | null = null;
  let fenceStart = 0;
  let lineStart = start;
  const proseLines: Range[] = [];
  while (lineStart < end) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const line = text.slice(lineStart, lineEnd);
    const nextLine = lineEnd < end ? lineEnd + 1 : end;
    if (!inComment(lineStart)) {
      const f = FENCE.exec(line);
      if (fence === null && f) {
        fence = f[1][0].repeat(f[1].length);
        fenceStart = lineStart;
      } else if (fence !== null && f && f[1].startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') {
        code.push([fenceStart, lineEnd]);
        masks.push({ range: [fenceStart, lineEnd], kind: 'space' });
        fence = null;
      } else if (fence === null && BLOCKQUOTE.test(line)) {
        quotes.push([lineStart, lineEnd]);
        masks.push({ range: [lineStart, lineEnd], kind: 'space' });
      } else if (fence === null) {
        proseLines.push([lineStart, lineEnd]);
      }
    }
    lineStart = nextLine === lineStart ? end : nextLine;
  }
  if (fence !== null) {
    code.push([fenceStart, end]);
    masks.push({ range: [fenceStart, end], kind: 'space' });
  }

  // Inline pass on prose lines.
  for (const [ls, le] of proseLines) scanInline(text, ls, le, masks, code, quotes);

  const placeholders = findPlaceholders(text, start, end, comments);
  for (const p of placeholders) masks.push({ range: p.range, kind: 'object' });

  return { comments, placeholders, masks: normalizeMasks(masks), code, quotes };
}

function findComments(text: string, start: number, end: number): HtmlComment[] {
  const out: HtmlComment[] = [];
  let i = text.indexOf('<!--', start);
  while (i >= 0 && i < end) {
    const close = text.indexOf('-->', i + 4);
    const closed = close >= 0 && close + 3 <= end;
    const stop = closed ? close + 3 : end;
    out.push({ range: [i, stop], inner: text.slice(i + 4, closed ? close : end), innerStart: i + 4, closed });
    i = text.indexOf('<!--', stop);
  }
  return out;
}

function scanInline(text: string, ls: number, le: number, masks: Mask[], code: Range[], quotes: Range[]): void {
  let i = ls;
  while (i < le) {
    const c = text[i];
    if (c === '`') {
      let ticks = 1;
      while (text[i + ticks] === '`') ticks++;
      const closeAt = text.indexOf('`'.repeat(ticks), i + ticks);
      if (closeAt >= 0 && closeAt < le) {
        code.push([i, closeAt + ticks]);
        masks.push({ range: [i, closeAt + ticks], kind: 'space' });
        i = closeAt + ticks;
        continue;
      }
      i += ticks;
      continue;
    }
    if (c === ']' && text[i + 1] === '(') {
      const close = text.indexOf(')', i + 2);
      if (close >= 0 && close < le) {
        masks.push({ range: [i + 1, close + 1], kind: 'object' });
        i = close + 1;
        continue;
      }
    }
    if ((c === 'h' || c === 'w') && /^(https?:\/\/|www\.)/i.test(text.slice(i, i + 8)) && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? '')) {
      let j = i;
      while (j < le && !/[\s<>"'\u3000\u3001\u3002\uFF0C\uFF09)\]]/.test(text[j])) j++;
      while (j > i && /[.,;:!?]/.test(text[j - 1])) j--;
      masks.push({ range: [i, j], kind: 'object' });
      i = j;
      continue;
    }
    if (c === '<' && /^<\/?[A-Za-z][\w-]*[^<>]*>/.test(text.slice(i, Math.min(le, i + 200)))) {
      const close = text.indexOf('>', i);
      masks.push({ range: [i, close + 1], kind: /^<https?:/i.test(text.slice(i, i + 8)) ? 'object' : 'space' });
      i = close + 1;
      continue;
    }
    const closing = QUOTE_PAIRS[c];
    if (closing !== undefined) {
      const close = text.indexOf(closing, i + 1);
      if (close > i && close < le && close - i <= MAX_QUOTE) {
        const inner = text.slice(i + 1, close);
        // Only quotes that read as someone's words (3+ words, or 6+ CJK characters) are
        // masked; a quoted single word stays prose (scare quotes are a tone signal).
        const words = inner.trim().split(/\s+/).length;
        const cjk = (inner.match(/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;
        if (words >= 3 || cjk >= 6) {
          quotes.push([i, close + 1]);
          masks.push({ range: [i, close + 1], kind: 'space' });
          i = close + 1;
          continue;
        }
      }
    }
    i++;
  }
}

function findPlaceholders(text: string, start: number, end: number, comments: HtmlComment[]): Placeholder[] {
  const out: Placeholder[] = [];
  const commentAt = (pos: number): HtmlComment | undefined => comments.find((c) => c.range[0] <= pos && pos < c.range[1]);
  let i = start;
  while (i < end) {
    const open = text.indexOf('{{', i);
    const strayClose = text.indexOf('}}', i);
    if (strayClose >= 0 && strayClose < end && (open < 0 || strayClose < open)) {
      const cm = commentAt(strayClose);
      if (cm) { i = cm.range[1]; continue; }
      out.push({ name: '', range: [strayClose, strayClose + 2], nameRange: [strayClose, strayClose], problem: '"}}" without a matching "{{".' });
      i = strayClose + 2;
      continue;
    }
    if (open < 0 || open >= end) break;
    const cm = commentAt(open);
    if (cm) { i = cm.range[1]; continue; }
    let lineEnd = text.indexOf('\n', open);
    if (lineEnd < 0 || lineEnd > end) lineEnd = end;
    const close = text.indexOf('}}', open + 2);
    const nextOpen = text.indexOf('{{', open + 2);
    if (close < 0 || close >= lineEnd || (nextOpen >= 0 && nextOpen < close)) {
      out.push({ name: '', range: [open, open + 2], nameRange: [open + 2, open + 2], problem: '"{{" is not closed with "}}" on the same line.' });
      i = open + 2;
      continue;
    }
    let rangeStart = open;
    let rangeEnd = close + 2;
    let problem: string | undefined;
    // `{{{name}}}`: an extra brace on either side.
    if (text[open + 2] === '{' || text[close + 2] === '}') {
      problem = 'Extra brace: placeholders use exactly two, as in {{name}}.';
      if (text[close + 2] === '}') rangeEnd++;
    }
    const innerStart = open + 2 + (text[open + 2] === '{' ? 1 : 0);
    const inner = text.slice(innerStart, close);
    const pipe = inner.indexOf('|');
    const rawName = pipe >= 0 ? inner.slice(0, pipe) : inner;
    const name = rawName.trim();
    const lead = rawName.length - rawName.trimStart().length;
    const nameRange: Range = [innerStart + lead, innerStart + lead + name.length];
    let repaired: string | undefined;
    if (name === '') problem = 'Empty placeholder: write the variable name between the braces.';
    else if (!NAME.test(name)) {
      problem = `"${name}" is not a valid variable name (letters, digits, "_", "-" and "." only, starting with a letter).`;
      const candidate = name.replace(/\s+/g, '_').replace(/[^\w.-]/g, '');
      if (NAME.test(candidate)) repaired = candidate;
    } else if (problem) repaired = name;
    out.push({ name: problem ? '' : name, range: [rangeStart, rangeEnd], nameRange, problem, repaired });
    i = rangeEnd;
  }
  return out;
}

/** Sorts masks and merges overlaps (an object inside a space mask disappears). */
export function normalizeMasks(masks: Mask[]): Mask[] {
  const sorted = masks.filter((m) => m.range[1] > m.range[0]).sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const out: Mask[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.range[0] < last.range[1]) {
      if (m.range[1] > last.range[1]) out[out.length - 1] = { range: [last.range[0], m.range[1]], kind: last.kind };
      continue;
    }
    out.push(m);
  }
  return out;
}
