/** The language status item: findings, time per lint and locale of the active template. */

import * as vscode from 'vscode';
import { CommandIds, type StatusParams } from '../../server/src/shared/protocol';

/** A lint slower than this is flagged in the status item. */
const BUDGET_MS = 150;

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('replylint.status', { language: 'reply-template' });
  private readonly byUri = new Map<string, StatusParams>();
  private readonly updated = new vscode.EventEmitter<StatusParams>();
  /** Fires after every lint of an open document (tests wait on it). */
  readonly onDidUpdate = this.updated.event;

  constructor() {
    this.item.name = 'replylint';
    this.item.text = 'replylint';
    this.item.command = { title: vscode.l10n.t('Show output'), command: CommandIds.showOutput };
  }

  update(p: StatusParams): void {
    this.byUri.set(p.uri, p);
    if (vscode.window.activeTextEditor?.document.uri.toString() === p.uri) this.show(p.uri);
    this.updated.fire(p);
  }

  show(uri: string | undefined): void {
    const p = uri ? this.byUri.get(uri) : undefined;
    if (!p) return;
    const findings = p.errors + p.warnings + p.infos;
    this.item.text = findings === 0 ? vscode.l10n.t('$(check) replylint: no findings') : vscode.l10n.t('$(warning) replylint: {0} findings', findings);
    this.item.detail = vscode.l10n.t('{0} ms per lint · locale {1} ({2})', p.ms, p.locale, p.localeSource);
    this.item.severity = p.configError ? vscode.LanguageStatusSeverity.Error : p.ms > BUDGET_MS ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    if (p.configError) this.item.detail = p.configError;
  }

  /** Last status of a document (tests read it). */
  get(uri: string): StatusParams | undefined {
    return this.byUri.get(uri);
  }

  dispose(): void {
    this.item.dispose();
    this.updated.dispose();
  }
}
