/**
 * Rendering a template: placeholders filled with data (or the front matter's examples),
 * suppression comments removed, as Markdown, HTML or plain text.
 */

import MarkdownIt from 'markdown-it';
import type { ParsedDocument } from './parse/document.js';
import type { Range } from './types.js';

export type RenderFormat = 'markdown' | 'html' | 'text';

export interface RenderResult {
  output: string;
  /** Required variables with no value: `render` fails on these. */
  missing: { name: string; range: Range }[];
  /** Placeholders in the body that were not declared (filled from data if given). */
  undeclared: string[];
  /** Where each placeholder landed in the Markdown output (for preview highlighting). */
  filled: { name: string; outputRange: Range; fromExample: boolean }[];
}

let md: InstanceType<typeof MarkdownIt> | undefined;
function markdown(): InstanceType<typeof MarkdownIt> {
  // html: false escapes any raw HTML in a template; links are validated by markdown-it
  // (javascript:, vbscript:, file: and most data: URLs are refused).
  md ??= new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });
  return md;
}

/** Renders the body of `doc` with `data` (variable name -> value). */
export function render(doc: ParsedDocument, data: Readonly<Record<string, unknown>> = {}, format: RenderFormat = 'markdown'): RenderResult {
  const { text } = doc;
  const [start, end] = doc.body;
  const cuts: { range: Range; text: string; name?: string; fromExample?: boolean }[] = [];
  const missing: RenderResult['missing'] = [];
  const undeclared = new Set<string>();
  for (const c of doc.comments) cuts.push({ range: c.range, text: '' });
  for (const p of doc.placeholders) {
    if (!p.name) continue;
    const spec = doc.meta.variables[p.name];
    if (!spec) undeclared.add(p.name);
    const given = data[p.name];
    let value: string | undefined;
    let fromExample = false;
    if (given !== undefined && given !== null) value = String(given);
    else if (spec?.example !== undefined) {
      value = spec.example;
      fromExample = true;
    } else {
      const fallback = /\|\s*fallback\s*:\s*"([^"]*)"/.exec(text.slice(p.range[0], p.range[1]));
      if (fallback) value = fallback[1];
    }
    if (value === undefined) {
      if (spec?.required !== false) missing.push({ name: p.name, range: p.range });
      value = '';
    }
    cuts.push({ range: p.range, text: value, name: p.name, fromExample });
  }
  cuts.sort((a, b) => a.range[0] - b.range[0]);
  let out = '';
  let pos = start;
  const filled: RenderResult['filled'] = [];
  for (const c of cuts) {
    if (c.range[0] < pos) continue; // a placeholder inside a comment
    out += text.slice(pos, c.range[0]);
    if (c.name !== undefined) filled.push({ name: c.name, outputRange: [out.length, out.length + c.text.length], fromExample: !!c.fromExample });
    out += c.text;
    pos = c.range[1];
  }
  out += text.slice(pos, end);
  // Lines left empty by removed comments collapse.
  out = out.replace(/^[ \t]*\r?\n/, '').replace(/(\r?\n[ \t]*){3,}/g, '\n\n').trim() + '\n';
  let output = out;
  if (format === 'html') output = markdown().render(out);
  else if (format === 'text') output = htmlToText(markdown().render(out));
  return { output, missing, undeclared: [...undeclared], filled: format === 'markdown' ? filled : [] };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** Plain text for pasting into a helpdesk: paragraphs, line breaks and list bullets kept. */
function htmlToText(html: string): string {
  return html
    .replace(/<a href="([^"]*)">(.*?)<\/a>/g, (_, href: string, label: string) => (label === href ? href : `${label} (${href})`))
    .replace(/<br\s*\/?>\n?/g, '\n')
    .replace(/<li>/g, '- ')
    .replace(/<\/(p|h[1-6]|li|ul|ol|blockquote|pre)>\n?/g, (_, tag: string) => (tag === 'li' ? '\n' : '\n\n'))
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e)
    .replace(/\n{3,}/g, '\n\n')
    .trim() + '\n';
}
