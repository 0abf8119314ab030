/**
 * The language client: starts dist/server.js over IPC, syncs settings and .replylintrc files,
 * tells the server about workspace trust, and turns "disable for this line" into a snippet
 * whose reason is a tab stop.
 */

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CommandIds, StatusNotification, TrustNotification, type LintWorkspaceResult, type StatusParams } from '../../server/src/shared/protocol';
import serverNode from '../../server/src/lsp/node-options.json';
import type { StatusItem } from './status';

export const LANGUAGE_ID = 'reply-template';
const SUPPRESSION = /^([ \t]*)<!-- replylint-(disable-next-line|disable-file) (\S+) -- {2}-->\n$/;

export function createClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, status: StatusItem): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // A smaller V8 young generation and heap growth step, and one malloc arena: about 50 MB less
  // with 1,000 open documents (docs/performance.md; bench/lsp.mjs starts the server the same way).
  const env = { ...serverNode.env };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...serverNode.execArgv], env } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...serverNode.execArgv, '--nolazy', '--inspect=6011'], env } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
      { scheme: 'file', pattern: '**/.replylintrc.{yaml,yml}' },
    ],
    outputChannel: output,
    initializationOptions: { trusted: vscode.workspace.isTrusted, l10nBundle: vscode.l10n.uri?.scheme === 'file' ? vscode.l10n.uri.fsPath : undefined },
    synchronize: {
      configurationSection: 'replylint',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.replylintrc.{yaml,yml}'),
        // Sibling locale variants: locale-parity re-checks when one is saved, created or deleted.
        vscode.workspace.createFileSystemWatcher('**/*.reply.md'),
      ],
    },
    diagnosticPullOptions: { onChange: true, onSave: true },
    middleware: {
      async provideCodeActions(document, range, ctx, token, next) {
        const actions = (await next(document, range, ctx, token)) ?? [];
        return actions.map((a) => (a instanceof vscode.CodeAction ? withReasonSnippet(document, a) : a));
      },
      async executeCommand(command, args, next) {
        const result: unknown = await next(command, args);
        if (command === CommandIds.lintWorkspace && result) {
          const r = result as LintWorkspaceResult;
          void vscode.window.showInformationMessage(vscode.l10n.t('replylint: {0} templates linted in {1} ms, {2} findings.', r.files, r.ms, r.findings));
        }
        return result;
      },
    },
  };
  const client = new LanguageClient('replylint', 'replylint', serverOptions, clientOptions);
  context.subscriptions.push(
    client.onNotification(StatusNotification.method, (p: StatusParams) => status.update(p)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(TrustNotification.method, { trusted: true })),
    vscode.window.onDidChangeActiveTextEditor((e) => status.show(e?.document.uri.toString())),
  );
  return client;
}

/** The server's "disable" edit has an empty reason; in VS Code the reason becomes a tab stop. */
function withReasonSnippet(document: vscode.TextDocument, action: vscode.CodeAction): vscode.CodeAction {
  const edits = action.edit?.get(document.uri);
  if (!edits || edits.length !== 1) return action;
  const m = SUPPRESSION.exec(edits[0].newText);
  if (!m) return action;
  const out = new vscode.CodeAction(action.title, action.kind);
  out.diagnostics = action.diagnostics;
  out.command = { title: action.title, command: CommandIds.insertSuppression, arguments: [document.uri, edits[0].range.start.line, m[2], m[3], m[1]] };
  return out;
}
