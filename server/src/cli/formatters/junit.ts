/**
 * JUnit XML: <testsuites> with one <testsuite> per file and one <testcase> per finding
 * (errors and warnings as <failure>; info and hints as passing cases with <system-out>).
 * A clean file is one passing test case, so CI dashboards count the files checked.
 */

import { fullRuleId, plainMessage, relPath } from '../fingerprint.js';
import type { Formatter } from './types.js';
import { escapeAttr, escapeXml } from './xml.js';

export const junit: Formatter = (results, ctx) => {
  let tests = 0, failures = 0;
  const suites: string[] = [];
  results.forEach((r, i) => {
    const file = relPath(ctx.cwd, r.filePath);
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const m of r.messages) {
      const rule = fullRuleId(m);
      const name = `${rule} (${m.line}:${m.column})`;
      const detail = `${file}:${m.line}:${m.column}: ${m.level}: ${plainMessage(m)} [${rule}]`;
      if (m.level === 'error' || m.level === 'warning') {
        suiteFailures++;
        cases.push(`    <testcase name="${escapeAttr(name)}" classname="${escapeAttr(file)}" file="${escapeAttr(file)}" line="${m.line}" time="0">\n` +
          `      <failure message="${escapeAttr(plainMessage(m))}" type="${escapeAttr(m.level)}">${escapeXml(detail)}</failure>\n    </testcase>`);
      } else {
        cases.push(`    <testcase name="${escapeAttr(name)}" classname="${escapeAttr(file)}" file="${escapeAttr(file)}" line="${m.line}" time="0">\n` +
          `      <system-out>${escapeXml(detail)}</system-out>\n    </testcase>`);
      }
    }
    if (cases.length === 0) cases.push(`    <testcase name="replylint" classname="${escapeAttr(file)}" file="${escapeAttr(file)}" time="0"/>`);
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${escapeAttr(file)}" id="${i}" package="replylint" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="replylint" tests="${tests}" failures="${failures}" errors="0" time="0">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>`;
};
