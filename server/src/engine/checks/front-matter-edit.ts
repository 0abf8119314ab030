/** Small, layout-preserving edits to the front matter (used by suggestions). */

import type { ParsedDocument } from '../parse/document.js';
import type { Edit } from '../types.js';
import { lineRangeAt } from '../text/lines.js';

/**
 * An edit that declares `name` under `variables:` in block style, matching the indentation of
 * the existing declarations. Returns undefined when the front matter is missing or uses flow style.
 */
export function declareVariableEdit(doc: ParsedDocument, name: string): Edit | undefined {
  const fm = doc.frontMatter;
  if (!fm || !fm.closed) return undefined;
  const eol = doc.text.includes('\r\n') ? '\r\n' : '\n';
  const entry = (indent: string): string =>
    `${indent}${name}:${eol}${indent}${indent}description: ""${eol}${indent}${indent}example: ""${eol}${indent}${indent}required: true${eol}`;
  const pair = fm.keyRanges.get('variables');
  if (!pair) {
    return { range: [fm.content[1], fm.content[1]], text: `variables:${eol}${entry('  ')}` };
  }
  const firstVar = fm.variableRanges.values().next().value;
  if (firstVar) {
    const [lineStart] = lineRangeAt(doc.text, firstVar[0]);
    const indent = doc.text.slice(lineStart, firstVar[0]);
    if (!/^ +$/.test(indent)) return undefined; // flow style or unusual layout: leave it to a human
    // Insert after the last line of the variables map.
    const [, lastLineEnd] = lineRangeAt(doc.text, Math.max(pair[0], pair[1] - 1));
    let at = lastLineEnd;
    if (doc.text.startsWith('\r\n', at)) at += 2;
    else if (doc.text[at] === '\n') at += 1;
    return { range: [at, at], text: entry(indent) };
  }
  // `variables:` with nothing under it.
  const [, keyLineEnd] = lineRangeAt(doc.text, pair[0]);
  const value = doc.text.slice(pair[0], keyLineEnd);
  if (!/^variables:\s*(\{\s*\}|null|~)?\s*$/.test(value)) return undefined;
  let at = keyLineEnd;
  if (doc.text.startsWith('\r\n', at)) at += 2;
  else if (doc.text[at] === '\n') at += 1;
  return { range: [pair[0], at], text: `variables:${eol}${entry('  ')}` };
}
