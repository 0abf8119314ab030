/**
 * The reply preview: a webview beside the editor (like the Markdown preview) that shows the
 * template rendered by the language server (`replylint/render`) with example or sample data,
 * tone findings highlighted and missing elements listed, a "litmus" view of the reply as the
 * public would see it in a posted screenshot, sample-set and locale switchers, and copy as
 * plain text or HTML. Strict CSP with a nonce; the HTML comes from the engine's renderer,
 * which escapes raw HTML in templates; everything else is set as text in the webview.
 */

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RenderRequest, type RenderResponse } from '../../../server/src/shared/protocol';
import { previewHtml } from './html';

export type PreviewView = 'reply' | 'litmus';

/** Reported by the webview after it has drawn a render. */
export interface RenderedEvent {
  uri: string;
  sample?: string;
  view: PreviewView;
  highlights: number;
  missing: number;
  text: string;
}

interface Sibling {
  locale: string;
  uri: string;
}

export class PreviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private sample: string | undefined;
  private view: PreviewView = 'reply';
  private last: RenderResponse | undefined;
  private timer: NodeJS.Timeout | undefined;
  private seq = 0;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<RenderedEvent>();
  /** Fires each time the webview has drawn a new render (tests wait on it). */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly context: vscode.ExtensionContext, private readonly client: LanguageClient) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document.uri.toString() === this.uri?.toString()) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (this.panel && e?.document.languageId === 'reply-template' && e.document.uri.toString() !== this.uri?.toString()) {
          this.uri = e.document.uri;
          this.sample = undefined;
          void this.update();
        }
      }),
    );
  }

  /** Opens (or reveals) the preview for `uri` or the active template. */
  async show(uri?: vscode.Uri): Promise<void> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a reply template (*.reply.md) to preview it.'));
      return;
    }
    this.uri = target;
    this.sample = vscode.workspace.getConfiguration('replylint', target).get<string | null>('preview.sampleData') ?? undefined;
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else this.createPanel();
    await vscode.workspace.openTextDocument(target); // the server renders open documents
    await this.update();
  }

  private createPanel(): void {
    const panel = vscode.window.createWebviewPanel('replylint.preview', vscode.l10n.t('Reply preview'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [],
    });
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'client', 'assets', 'preview.svg');
    panel.webview.html = previewHtml(panel.webview, nonce(), strings());
    panel.onDidDispose(() => {
      this.panel = undefined;
    }, null, this.disposables);
    panel.webview.onDidReceiveMessage((m: WebviewMessage) => void this.onMessage(m), null, this.disposables);
    this.panel = panel;
  }

  private scheduleUpdate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), 150);
  }

  private async update(): Promise<void> {
    const panel = this.panel;
    const uri = this.uri;
    if (!panel || !uri) return;
    const seq = ++this.seq;
    const data = await this.client.sendRequest<RenderResponse | null>(RenderRequest.method, { uri: uri.toString(), sample: this.sample });
    if (seq !== this.seq || !this.panel) return; // a newer update is on its way
    if (!data) return;
    this.last = data;
    panel.title = vscode.l10n.t('Preview {0}', uri.path.split('/').pop() ?? '');
    void panel.webview.postMessage({ type: 'render', uri: uri.toString(), view: this.view, data, siblings: await siblings(uri, data.locale) });
  }

  private async onMessage(m: WebviewMessage): Promise<void> {
    switch (m.type) {
      case 'sample':
        this.sample = m.name || undefined;
        await this.update();
        return;
      case 'locale':
        this.uri = vscode.Uri.parse(m.uri);
        await vscode.workspace.openTextDocument(this.uri);
        await this.update();
        return;
      case 'view':
        this.view = m.view === 'litmus' ? 'litmus' : 'reply';
        return;
      case 'copy':
        if (!this.last) return;
        await vscode.env.clipboard.writeText(m.format === 'html' ? this.last.html : this.last.text);
        void vscode.window.showInformationMessage(m.format === 'html' ? vscode.l10n.t('Reply copied as HTML.') : vscode.l10n.t('Reply copied as plain text.'));
        return;
      case 'rendered':
        this.rendered.fire({ uri: m.uri, sample: this.sample, view: this.view, highlights: m.highlights, missing: m.missing, text: m.text });
        return;
    }
  }

  /** Test hook: what the webview would do on a user action. */
  async simulate(m: WebviewMessage): Promise<void> {
    if (m.type === 'view') await this.panel?.webview.postMessage({ type: 'setView', view: m.view });
    await this.onMessage(m);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    this.rendered.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export type WebviewMessage =
  | { type: 'sample'; name: string }
  | { type: 'locale'; uri: string }
  | { type: 'view'; view: PreviewView }
  | { type: 'copy'; format: 'text' | 'html' }
  | { type: 'rendered'; uri: string; highlights: number; missing: number; text: string };

/**
 * The same file name in sibling locale folders: templates/en/x.reply.md <-> templates/de/x.reply.md.
 * Only when the file's own folder is named after its locale (`zh` for zh-CN counts).
 */
async function siblings(uri: vscode.Uri, docLocale: string): Promise<Sibling[]> {
  if (uri.scheme !== 'file') return [];
  const parts = uri.path.split('/');
  const name = parts.pop()!;
  const locale = parts.pop();
  const own = docLocale.toLowerCase();
  if (!locale || !(own === locale.toLowerCase() || own.startsWith(locale.toLowerCase() + '-'))) return [];
  const root = vscode.Uri.file(parts.join('/') || '/');
  const out: Sibling[] = [];
  try {
    for (const [dir, kind] of await vscode.workspace.fs.readDirectory(root)) {
      if (kind !== vscode.FileType.Directory || !/^[a-z]{2,3}(-[A-Za-z0-9]+)?$/.test(dir)) continue;
      const candidate = vscode.Uri.joinPath(root, dir, name);
      try {
        await vscode.workspace.fs.stat(candidate);
        out.push({ locale: dir, uri: candidate.toString() });
      } catch {
        /* no translation in this locale */
      }
    }
  } catch {
    return [];
  }
  if (!out.some((s) => s.locale === locale)) return [];
  return out.sort((a, b) => a.locale.localeCompare(b.locale));
}

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return s;
}

/** UI strings for the webview, localized on the extension side. */
function strings(): Record<string, string> {
  return {
    reply: vscode.l10n.t('Reply'),
    litmus: vscode.l10n.t('Litmus'),
    litmusHint: vscode.l10n.t('How this reply looks if the customer posts a screenshot of it. Would you be comfortable seeing it on the front page?'),
    examples: vscode.l10n.t('Variable examples'),
    sample: vscode.l10n.t('Sample data'),
    locale: vscode.l10n.t('Locale'),
    copyText: vscode.l10n.t('Copy as text'),
    copyHtml: vscode.l10n.t('Copy as HTML'),
    missingTitle: vscode.l10n.t('Missing from this reply'),
    toneTitle: vscode.l10n.t('Readers may notice'),
    noFindings: vscode.l10n.t('No findings: this reply is ready to send.'),
    missingValues: vscode.l10n.t('No value for'),
    postedBy: vscode.l10n.t('Posted by a customer · just now'),
    reactions: vscode.l10n.t('Like · Comment · Share'),
  };
}
