/**
 * "Allow this phrase in the workspace": appends it to `allow.<language>` in the nearest
 * .replylintrc.yaml (or a new one at the workspace folder root), keeping comments and layout,
 * through workspace/applyEdit so the change is undoable in the editor.
 */

import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMap, isSeq, parseDocument, stringify, YAMLSeq } from 'yaml';
import type { Connection, WorkspaceEdit } from 'vscode-languageserver';
import { nodeConfigFs } from '../config/load-config.js';
import { toPath, type Workspace } from './workspace.js';

/** A flagged phrase as an allow-list pattern: pattern syntax characters become spaces. */
export function phraseToPattern(phrase: string): string {
  return phrase.replace(/[*~#|(){}<>]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** New text of a config file with `pattern` in `allow.<language>` (unchanged if already there). */
export function withAllowed(text: string, pattern: string, language: string): string {
  if (!text.trim()) return stringify({ allow: { [language]: [pattern] } });
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return text; // not a config map: leave it for the config error to explain
  const allow = doc.get('allow', true);
  if (isSeq(allow)) {
    if (!allow.items.some((i) => String((i as { value?: unknown }).value ?? i) === pattern)) allow.add(doc.createNode(pattern));
  } else {
    const list = doc.getIn(['allow', language], true);
    if (isSeq(list)) {
      if (!list.items.some((i) => String((i as { value?: unknown }).value ?? i) === pattern)) list.add(doc.createNode(pattern));
    } else {
      const seq = new YAMLSeq();
      seq.add(doc.createNode(pattern));
      doc.setIn(['allow', language], seq);
    }
  }
  return doc.toString();
}

export async function addToAllowList(connection: Connection, ws: Workspace, uri: string, phrase: string, language: string): Promise<boolean> {
  const filePath = toPath(uri);
  if (!filePath) return false;
  const pattern = phraseToPattern(phrase);
  if (!pattern) return false;
  // The config the document is linted with (replylint.configPath, or the nearest file, open text
  // included): the phrase must land where the linter will read it.
  const { file: configured } = await ws.configFor(uri, await ws.settings(uri));
  const existing = configured && (ws.openConfigs.has(configured) || nodeConfigFs.exists(configured)) ? configured : null;
  const target = configured ?? path.join(ws.folderOf(filePath) ?? path.dirname(filePath), '.replylintrc.yaml');
  const targetUri = pathToFileURL(target).href;
  let edit: WorkspaceEdit;
  if (existing) {
    const text = ws.openConfigs.get(existing) ?? nodeConfigFs.readFile(existing);
    const next = withAllowed(text, pattern, language);
    if (next === text) return true;
    const lines = text.split('\n');
    edit = { changes: { [targetUri]: [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } }, newText: next }] } };
  } else {
    edit = {
      documentChanges: [
        { kind: 'create', uri: targetUri, options: { ignoreIfExists: true } },
        { textDocument: { uri: targetUri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: withAllowed('', pattern, language) }] },
      ],
    };
  }
  const r = await connection.workspace.applyEdit({ label: `Allow "${pattern}"`, edit });
  return r.applied;
}
