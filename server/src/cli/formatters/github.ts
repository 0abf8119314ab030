/**
 * GitHub Actions workflow commands (annotations):
 *   ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::MESSAGE
 * Escaping as in @actions/core: data escapes %, \r, \n; properties also escape : and ,.
 */

import { fullRuleId, plainMessage, relPath } from '../fingerprint.js';
import type { Formatter } from './types.js';

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (results, ctx) => {
  const lines: string[] = [];
  for (const r of results) {
    const file = relPath(ctx.cwd, r.filePath);
    for (const m of r.messages) {
      const command = m.level === 'error' ? 'error' : m.level === 'warning' ? 'warning' : 'notice';
      const props: [string, string | number][] = [['file', file], ['line', m.line], ['col', m.column]];
      // GitHub ignores endColumn on multi-line annotations; give it only on single-line ones.
      props.push(['endLine', m.endLine]);
      if (m.endLine === m.line) props.push(['endColumn', m.endColumn]);
      props.push(['title', `replylint: ${fullRuleId(m)}`]);
      const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      lines.push(`::${command} ${p}::${escapeData(plainMessage(m))}`);
    }
  }
  return lines.join('\n');
};
