/** Checkstyle XML (as read by Jenkins Warnings NG, reviewdog, SonarQube and others). */

import { fullRuleId, plainMessage } from '../fingerprint.js';
import type { Formatter } from './types.js';
import { escapeAttr } from './xml.js';

export const checkstyle: Formatter = (results) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n';
  for (const r of results) {
    out += `  <file name="${escapeAttr(r.filePath)}">\n`;
    for (const m of r.messages) {
      const severity = m.level === 'error' ? 'error' : m.level === 'warning' ? 'warning' : 'info';
      out += `    <error line="${m.line}" column="${m.column}" severity="${severity}" message="${escapeAttr(plainMessage(m))}" source="replylint.${escapeAttr(fullRuleId(m))}"/>\n`;
    }
    out += '  </file>\n';
  }
  return out + '</checkstyle>';
};
