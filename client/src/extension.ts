/** The replylint VS Code extension: activation wires the pieces; each lives in its own module. */

import * as vscode from 'vscode';
import { createClient } from './client';
import { registerCommands } from './commands';
import { PreviewPanel } from './preview/PreviewPanel';
import { StatusItem } from './status';
import type { LanguageClient } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const output = vscode.window.createOutputChannel('replylint', { log: true });
  context.subscriptions.push(output);
  const status = new StatusItem();
  context.subscriptions.push(status);
  client = createClient(context, output, status);
  const preview = new PreviewPanel(context, client);
  context.subscriptions.push(preview);
  registerCommands(context, output, preview);
  await client.start();
  return { client, preview, status };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/** What `activate` returns (the integration tests read it). */
export interface ExtensionApi {
  client: LanguageClient;
  preview: PreviewPanel;
  status: StatusItem;
}
