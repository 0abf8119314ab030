import type { Formatter } from './types.js';
import { displayPath, fullRuleId } from '../fingerprint.js';

const paint = (on: boolean, code: string, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** ESLint-style "stylish": a block per file, then a summary line. */
export const stylish: Formatter = (results, ctx) => {
  const c = ctx.color;
  let out = '';
  let errors = 0, warnings = 0, fixable = 0, infos = 0;
  for (const r of results) {
    if (r.messages.length === 0) continue;
    out += `\n${paint(c, '4', displayPath(ctx.cwd, r.filePath))}\n`;
    const rows = r.messages.map((m) => {
      const label = m.severity === 2 ? paint(c, '31', 'error') : m.level === 'warning' ? paint(c, '33', 'warning') : paint(c, '36', m.level);
      const rule = m.ruleId ? fullRuleId(m) : '';
      return [`  ${m.line}:${m.column}`, label, m.message.replace(/\s*\(neutral-tone\/[\w-]+\)$/, ''), paint(c, '2', rule)];
    });
    const widths = [0, 1].map((i) => Math.max(...rows.map((row) => visible(row[i]).length)));
    for (const row of rows) out += `${pad(row[0], widths[0])}  ${pad(row[1], widths[1])}  ${row[2]}  ${row[3]}\n`;
    errors += r.errorCount;
    warnings += r.warningCount;
    fixable += r.fixableErrorCount + r.fixableWarningCount;
    infos += r.messages.filter((m) => m.level === 'info' || m.level === 'hint').length;
  }
  const problems = errors + warnings;
  if (problems === 0 && infos === 0) return '';
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  const summary = `\u2716 ${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${infos ? `, ${infos} info` : ''})`;
  out += `\n${paint(c, errors ? '31;1' : '33;1', summary)}\n`;
  if (fixable) out += paint(c, errors ? '31;1' : '33;1', `  ${plural(fixable, 'problem')} can be fixed with the \`--fix\` option.`) + '\n';
  return out;
};

function visible(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-9;]*m/g, '');
}
function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - visible(s).length));
}
