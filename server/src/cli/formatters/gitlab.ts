/**
 * GitLab Code Quality report (a JSON array of issues in CodeClimate's shape):
 * description, check_name, fingerprint, severity, location.path, location.lines.begin.
 * The fingerprint is stable across line shifts: file + rule + covered text + occurrence.
 */

import { keyFindings, plainMessage, sha256 } from '../fingerprint.js';
import type { Formatter } from './types.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info', hint: 'info' } as const;

export const gitlab: Formatter = (results, ctx) => {
  const issues = keyFindings(results, ctx.cwd).map((k) => ({
    type: 'issue',
    description: plainMessage(k.message),
    check_name: k.rule,
    fingerprint: sha256(`${k.file}\u0000${k.rule}\u0000${k.hash}\u0000${k.occurrence}`).slice(0, 32),
    severity: SEVERITY[k.message.level],
    categories: ['Style'],
    location: {
      path: k.file,
      lines: { begin: k.message.line, end: k.message.endLine },
    },
  }));
  return JSON.stringify(issues, null, 2);
};
