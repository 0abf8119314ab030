/** The replylint VS Code extension: activation wires the pieces; each lives in its own module. */

import * as vscode from 'vscode';
import { createClient } from './client';
import { registerCommands } from './commands';
import { PreviewPanel } from './preview/PreviewPanel';
import { StatusItem } from './status';
import type { LanguageClient } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ExtensionApi> {
  const t0 = performance.now();
  const since = (): number => performance.now() - t0;
  const cpu0 = cpuMs();
  const activation: ActivationTimes = { startedAt: Date.now(), callMs: -1 };
  const output = vscode.window.createOutputChannel('replylint', { log: true });
  context.subscriptions.push(output);
  const status = new StatusItem();
  context.subscriptions.push(status);
  client = createClient(context, output, status);
  const preview = new PreviewPanel(context, client);
  context.subscriptions.push(preview);
  registerCommands(context, output, preview);
  const firstLint = status.onDidUpdate(() => {
    activation.firstLintMs = since();
    firstLint.dispose();
  });
  context.subscriptions.push(firstLint);
  const started = client.start();
  activation.callMs = since();
  activation.callCpuMs = cpuMs() - cpu0;
  await started;
  activation.resolvedMs = since();
  return { client, preview, status, activation };
}

/** CPU time of this thread (of the process where Node lacks threadCpuUsage), in ms. */
function cpuMs(): number {
  const p = process as NodeJS.Process & { threadCpuUsage?: () => NodeJS.CpuUsage };
  const u = p.threadCpuUsage ? p.threadCpuUsage() : p.cpuUsage();
  return (u.user + u.system) / 1000;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

/**
 * How long activation took (bench/activation.mjs and the real-editor tests read it). VS Code's
 * "Running Extensions" view shows code loading + the synchronous part of activate() (`callMs`).
 */
export interface ActivationTimes {
  /** When activate() was called (Date.now(), like the extension host's performance marks). The durations below use performance.now(). */
  startedAt: number;
  /** Until activate() returned its promise: the synchronous work VS Code waits for. */
  callMs: number;
  /** CPU time of that synchronous part: much less than callMs when other processes held the cores. */
  callCpuMs?: number;
  /** Until the promise resolved: the language server is running and has answered `initialize`. */
  resolvedMs?: number;
  /** Until the server's first lint result (sent with the first diagnostics) for an open template. */
  firstLintMs?: number;
}

/** What `activate` returns (the integration tests read it). */
export interface ExtensionApi {
  client: LanguageClient;
  preview: PreviewPanel;
  status: StatusItem;
  activation: ActivationTimes;
}
