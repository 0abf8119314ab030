/**
 * A single self-contained HTML page for a CI artifact: a summary, then every template with its
 * source shown line by line and the text of each finding highlighted. No scripts, no external
 * resources; everything from the templates is escaped.
 */

import { fullRuleId, plainMessage, relPath } from '../fingerprint.js';
import { VERSION } from '../version.js';
import type { CliMessage, CliResult, Formatter, FormatContext } from './types.js';
import { escapeAttr, escapeXml as esc } from './xml.js';

const RANK: Record<string, number> = { error: 3, warning: 2, info: 1, hint: 0 };

const CSS = `
:root{color-scheme:light;--err:#c62828;--warn:#b26a00;--info:#1565c0;--bg:#fff;--fg:#1b1b1b;--mute:#5f6368;--line:#e3e3e3}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Noto Sans KR",sans-serif;color:var(--fg);background:var(--bg)}
header{padding:20px 28px;border-bottom:1px solid var(--line);background:#fafafa}h1{margin:0 0 4px;font-size:22px}
.summary{color:var(--mute)}main{padding:12px 28px 40px}
table.files{border-collapse:collapse;margin:12px 0 24px}table.files td,table.files th{padding:4px 12px;border-bottom:1px solid var(--line);text-align:left}
.n-error{color:var(--err);font-weight:600}.n-warning{color:var(--warn);font-weight:600}.n-info{color:var(--info)}.clean{color:#2e7d32}
section.file{margin:28px 0;border:1px solid var(--line);border-radius:6px;overflow:hidden}
section.file h2{margin:0;padding:10px 14px;font-size:16px;background:#f3f3f3;border-bottom:1px solid var(--line);font-family:ui-monospace,Menlo,Consolas,monospace}
table.src{border-collapse:collapse;width:100%;font:13px/1.55 ui-monospace,"SFMono-Regular",Menlo,Consolas,"Noto Sans Mono CJK SC",monospace}
table.src td{padding:0 10px;vertical-align:top}td.ln{width:1%;text-align:right;color:#9aa0a6;user-select:none;border-right:1px solid var(--line)}
td.code{white-space:pre-wrap;word-break:break-word}
mark{border-radius:2px;padding:0 1px}mark.error{background:#fde0e0;border-bottom:2px solid var(--err)}
mark.warning{background:#fff1cc;border-bottom:2px solid var(--warn)}mark.info,mark.hint{background:#e3efff;border-bottom:2px dotted var(--info)}
sup.ref{font:11px/1 system-ui,sans-serif;margin-left:1px}sup.ref a{text-decoration:none;color:inherit}
ol.findings{margin:0;padding:10px 14px 12px 42px;border-top:1px solid var(--line);background:#fcfcfc}
ol.findings li{margin:3px 0}.sev{font-weight:600;text-transform:uppercase;font-size:11px;letter-spacing:.04em;margin-right:6px}
.sev.error{color:var(--err)}.sev.warning{color:var(--warn)}.sev.info,.sev.hint{color:var(--info)}
.rule{color:var(--mute);font-family:ui-monospace,Menlo,monospace;font-size:12px}.pos{color:var(--mute);font-size:12px;margin-right:6px}
p.none{padding:10px 14px;margin:0;color:#2e7d32}details>summary{padding:8px 14px;cursor:pointer;color:var(--mute)}footer{color:var(--mute);font-size:12px;padding:0 28px 24px}
`;

export const html: Formatter = (results, ctx) => {
  const totals = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const m of r.messages) totals[m.level === 'hint' ? 'info' : m.level]++;
  const rows = results.map((r, i) => {
    const c = counts(r.messages);
    const cell = (n: number, cls: string): string => `<td class="${n ? `n-${cls}` : ''}">${n}</td>`;
    return `<tr><td><a href="#file-${i}">${esc(relPath(ctx.cwd, r.filePath))}</a></td>${cell(c.error, 'error')}${cell(c.warning, 'warning')}${cell(c.info, 'info')}</tr>`;
  }).join('\n');
  const title = `replylint report: ${totals.error} errors, ${totals.warning} warnings`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>replylint report</h1>
<div class="summary">${results.length} ${results.length === 1 ? 'template' : 'templates'} checked: <span class="n-error">${totals.error} ${totals.error === 1 ? 'error' : 'errors'}</span>, <span class="n-warning">${totals.warning} ${totals.warning === 1 ? 'warning' : 'warnings'}</span>, <span class="n-info">${totals.info} info</span></div></header>
<main>
<table class="files"><thead><tr><th>Template</th><th>Errors</th><th>Warnings</th><th>Info</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${results.map((r, i) => fileSection(r, i, ctx)).join('\n')}
</main>
<footer>replylint ${esc(VERSION)}</footer>
</body>
</html>`;
};

function counts(messages: readonly CliMessage[]): { error: number; warning: number; info: number } {
  const c = { error: 0, warning: 0, info: 0 };
  for (const m of messages) c[m.level === 'hint' ? 'info' : m.level]++;
  return c;
}

function fileSection(r: CliResult, i: number, ctx: FormatContext): string {
  const rel = relPath(ctx.cwd, r.filePath);
  const messages = [...r.messages].sort((a, b) => a.range[0] - b.range[0] || RANK[b.level] - RANK[a.level]);
  const list = messages.map((m, j) => {
    const rule = fullRuleId(m);
    const link = m.ruleId ? `<a class="rule" href="${esc(ctx.docsUrl(m.ruleId))}">${esc(rule)}</a>` : `<span class="rule">${esc(rule)}</span>`;
    return `<li id="f-${i}-${j}"><span class="pos">${m.line}:${m.column}</span><span class="sev ${m.level}">${m.level}</span>${esc(plainMessage(m))} ${link}</li>`;
  }).join('\n');
  let source = r.source !== undefined ? `<table class="src">\n${sourceRows(r.source, messages, i)}\n</table>` : '';
  // A clean template's source is folded away (no script needed): the report stays short on big runs.
  if (source && messages.length === 0) {
    const lines = (source.match(/<td class="ln">/g) ?? []).length;
    source = `<details><summary>Source (${lines} ${lines === 1 ? 'line' : 'lines'})</summary>\n${source}\n</details>`;
  }
  const findings = messages.length ? `<ol class="findings">\n${list}\n</ol>` : '<p class="none">No findings.</p>';
  return `<section class="file" id="file-${i}"><h2>${esc(rel)}</h2>\n${source}\n${findings}\n</section>`;
}

/** Source lines with the findings' ranges wrapped in <mark>; overlaps take the most severe class. */
function sourceRows(text: string, messages: readonly CliMessage[], fileIndex: number): string {
  const spans = messages.map((m, j) => ({ m, j, a: m.range[0], b: m.range[1] })).filter((s) => s.b > s.a);
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.min(s.a, text.length));
    cuts.add(Math.min(s.b, text.length));
  }
  for (let k = 0; k < text.length; k++) if (text[k] === '\n') cuts.add(k + 1);
  const points = [...cuts].sort((x, y) => x - y);
  // Reference markers go where a finding starts (empty ranges included, e.g. "missing element" at a spot).
  const refsAt = new Map<number, number[]>();
  messages.forEach((m, j) => {
    if (!(m.range[1] > m.range[0] || m.range[0] > 0)) return;
    const at = Math.min(m.range[0], text.length);
    refsAt.set(at, [...(refsAt.get(at) ?? []), j]);
  });
  const lines: string[] = [];
  let line = '';
  for (let p = 0; p < points.length - 1; p++) {
    const a = points[p], b = points[p + 1];
    const refs = refsAt.get(a);
    if (refs) line += refs.map((j) => `<sup class="ref"><a href="#f-${fileIndex}-${j}">[${j + 1}]</a></sup>`).join('');
    let seg = text.slice(a, b);
    const endsLine = seg.endsWith('\n');
    if (endsLine) seg = seg.replace(/\r?\n$/, '');
    const covering = spans.filter((s) => s.a <= a && s.b >= b);
    if (covering.length && seg) {
      const top = covering.reduce((x, y) => (RANK[y.m.level] > RANK[x.m.level] ? y : x));
      const tip = covering.map((s) => `${s.m.level}: ${plainMessage(s.m)} (${fullRuleId(s.m)})`).join('\n');
      line += `<mark class="${top.m.level}" title="${escapeAttr(tip)}">${esc(seg)}</mark>`;
    } else line += esc(seg);
    if (endsLine) {
      lines.push(line);
      line = '';
    }
  }
  const tail = refsAt.get(text.length);
  if (tail && points.length) line += tail.map((j) => `<sup class="ref"><a href="#f-${fileIndex}-${j}">[${j + 1}]</a></sup>`).join('');
  if (line || lines.length === 0) lines.push(line);
  return lines.map((l, n) => `<tr id="L${fileIndex}-${n + 1}"><td class="ln">${n + 1}</td><td class="code">${l || ' '}</td></tr>`).join('\n');
}
