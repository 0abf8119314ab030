// Types for activation-probe.cjs (plain CommonJS so bench/activation.mjs can load it unbuilt).
import type * as vscode from 'vscode';
import type { ExtensionApi } from '../../client/src/extension';

export interface ActivationRecord {
  wasActive: boolean;
  callMs: number;
  callCpuMs?: number;
  resolvedMs?: number;
  firstLintMs?: number;
  startedAt: number;
  /** The extension host's marks for the extension (ms since the epoch), when the host exposes them. */
  marks?: Partial<Record<'willLoadExtensionCode' | 'didLoadExtensionCode' | 'willActivateExtension' | 'didActivateExtension', number>>;
  loadMs?: number;
  /** loadMs + callMs: what "Developer: Show Running Extensions" shows. */
  activationMs?: number;
  hostTotalMs?: number;
}

export const EXTENSION_ID: string;
export function hostMarks(): ActivationRecord['marks'] | undefined;
export function readActivation(vscodeApi: typeof vscode): Promise<{ api: ExtensionApi; times: ActivationRecord }>;
export function run(): Promise<void>;
