/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/): one run, every rule in
 * tool.driver.rules, results with UTF-16 columns (SARIF's default column kind, the engine's too),
 * paths relative to the run's folder under the %SRCROOT% base, and fixes for fixable findings.
 */

import { pathToFileURL } from 'node:url';
import { rules, type Severity } from '../../engine/index.js';
import { fullRuleId, keyFindings, plainMessage, relPath, sha256 } from '../fingerprint.js';
import { VERSION } from '../version.js';
import type { CliMessage, Formatter } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const FILE_RULE = 'file';

function level(sev: Severity): 'error' | 'warning' | 'note' {
  return sev === 'error' ? 'error' : sev === 'warning' ? 'warning' : 'note';
}

/** `a b` -> `a%20b`, keeping slashes: a relative URI reference for artifactLocation.uri. */
function uriOf(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}

export const sarif: Formatter = (results, ctx) => {
  const driverRules = rules.map((r) => ({
    id: r.id,
    shortDescription: { text: r.description },
    helpUri: ctx.docsUrl(r.id),
    defaultConfiguration: { level: level(r.defaultSeverity), enabled: true },
    properties: { tags: [...r.tags], ...(r.fixable ? { fixable: r.fixable } : {}) },
  }));
  driverRules.push({
    id: FILE_RULE,
    shortDescription: { text: 'The file could not be linted (unreadable, binary, too large or badly encoded).' },
    helpUri: ctx.docsUrl(FILE_RULE),
    defaultConfiguration: { level: 'error', enabled: true },
    properties: { tags: ['file'] },
  });
  const index = new Map(driverRules.map((r, i) => [r.id, i]));
  const sarifResults: unknown[] = [];
  // Stable across line shifts (file + rule + covered text + occurrence), as in --baseline.
  const fingerprints = new Map(keyFindings(results, ctx.cwd).map((k) => [k.message, sha256(`${k.file}\u0000${k.rule}\u0000${k.hash}\u0000${k.occurrence}`).slice(0, 32)]));
  for (const r of results) {
    const uri = uriOf(relPath(ctx.cwd, r.filePath));
    const isAbs = uri.startsWith('/') || /^[A-Za-z]:/.test(uri);
    const location = isAbs ? { uri: pathToFileURL(r.filePath).href } : { uri, uriBaseId: '%SRCROOT%' };
    for (const m of r.messages) {
      const baseId = m.ruleId ?? FILE_RULE;
      const ruleIndex = index.get(baseId);
      const res: Record<string, unknown> = {
        ruleId: m.ruleId ? fullRuleId(m) : FILE_RULE,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: level(m.level),
        message: { text: plainMessage(m) },
        partialFingerprints: { 'replylintFinding/v1': fingerprints.get(m) ?? '' },
        locations: [{
          physicalLocation: {
            artifactLocation: location,
            region: region(m),
          },
        }],
      };
      if (m.fix) res.fixes = [fixOf(m.fix, 'Apply the safe fix (replylint --fix)', location)];
      else if (m.suggestions?.length) res.fixes = m.suggestions.map((s) => fixOf(s.fix, s.desc, location));
      sarifResults.push(res);
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'replylint',
          informationUri: 'https://github.com/replylint/replylint',
          version: VERSION,
          semanticVersion: VERSION,
          rules: driverRules,
        },
      },
      originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
  return JSON.stringify(log, null, 2);
};

function region(m: CliMessage): Record<string, number> {
  return {
    startLine: m.line,
    startColumn: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    charOffset: m.range[0],
    charLength: m.range[1] - m.range[0],
  };
}

function fixOf(fix: { range: [number, number]; text: string }, description: string, location: object): unknown {
  return {
    description: { text: description },
    artifactChanges: [{
      artifactLocation: location,
      replacements: [{
        deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] },
        ...(fix.text ? { insertedContent: { text: fix.text } } : {}),
      }],
    }],
  };
}
