/** Commands contributed by the client (the server contributes replylint.lintWorkspace). */

import * as vscode from 'vscode';
import { CommandIds, FIX_ALL_KIND } from '../../server/src/shared/protocol';
import { newTemplate, type NewTemplateArgs } from './new-template';
import type { PreviewPanel } from './preview/PreviewPanel';

export function registerCommands(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, preview: PreviewPanel): void {
  const reg = (id: string, fn: (...args: never[]) => unknown): void => {
    context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  };
  reg(CommandIds.showPreview, (uri?: vscode.Uri) => preview.show(uri));
  reg(CommandIds.showOutput, () => output.show(true));
  reg(CommandIds.fixAll, () => fixAll());
  reg(CommandIds.newTemplate, (args?: NewTemplateArgs) => newTemplate(context, args));
  reg(CommandIds.insertSuppression, (uri: vscode.Uri, line: number, kind: string, code: string, indent: string) => insertSuppression(uri, line, kind, code, indent));
}

/** Applies every safe fix in the active template (source.fixAll.replylint). Returns the number of edits. */
async function fixAll(): Promise<number> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'reply-template') return 0;
  const doc = editor.document;
  const range = new vscode.Range(0, 0, doc.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, FIX_ALL_KIND)) ?? [];
  const action = actions.find((a) => a.kind?.value === FIX_ALL_KIND && a.edit);
  if (!action?.edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('replylint: nothing to fix automatically.'));
    return 0;
  }
  await vscode.workspace.applyEdit(action.edit);
  return action.edit.get(doc.uri).length;
}

/** Inserts a suppression comment with the reason as the first tab stop. */
async function insertSuppression(uri: vscode.Uri, line: number, kind: string, code: string, indent: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc);
  const reason = vscode.l10n.t('reason');
  const snippet = new vscode.SnippetString(`${indent}<!-- replylint-${kind} ${code} -- `).appendPlaceholder(reason).appendText(' -->\n');
  await editor.insertSnippet(snippet, new vscode.Position(line, 0));
}
