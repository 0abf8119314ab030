/**
 * "New reply template": type -> stage -> locale -> business -> legal threat, then a file
 * created from the matching template in templates/ (bundled as assets/templates.json by
 * scripts/gen-snippets.mjs), so the new file starts out lint-clean.
 */

import * as vscode from 'vscode';

export interface BundledTemplate {
  file: string;
  id: string;
  title: string;
  type: string;
  stage: string;
  locale: string;
  business: string;
  legal_threat: boolean;
  text: string;
}

/** Skips the pickers (tests, other extensions). `target` is the file to create. */
export interface NewTemplateArgs {
  type?: string;
  stage?: string;
  locale?: string;
  business?: string;
  legal_threat?: boolean;
  target?: vscode.Uri;
}

const TYPE_HINTS: Record<string, string> = {
  will: 'Uses the product heavily and demands too much of the team',
  belle: 'Wants features the product will never have',
  xavier: 'Threatens bad reviews or public posts to get their way',
  dwight: 'Insults or harasses the team',
  angry: 'Angry about a real problem: listen and fix',
  generic: 'Any customer',
};

export async function loadTemplates(context: vscode.ExtensionContext): Promise<BundledTemplate[]> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'client', 'assets', 'templates.json'));
  return JSON.parse(new TextDecoder().decode(bytes)) as BundledTemplate[];
}

async function pick<T extends string>(title: string, values: T[], describe?: (v: T) => string | undefined): Promise<T | undefined> {
  const unique = [...new Set(values)];
  if (unique.length === 1) return unique[0];
  const chosen = await vscode.window.showQuickPick(unique.map((v) => ({ label: v, description: describe?.(v) })), { title, ignoreFocusOut: true });
  return chosen?.label as T | undefined;
}

/** Creates the file and opens it; returns its URI (undefined when cancelled). */
export async function newTemplate(context: vscode.ExtensionContext, args: NewTemplateArgs = {}): Promise<vscode.Uri | undefined> {
  let candidates = await loadTemplates(context);
  const steps: [keyof NewTemplateArgs & keyof BundledTemplate, string][] = [
    ['type', vscode.l10n.t('Customer type')],
    ['stage', vscode.l10n.t('Stage')],
    ['locale', vscode.l10n.t('Locale')],
    ['business', vscode.l10n.t('Business')],
    ['legal_threat', vscode.l10n.t('Has the customer threatened legal action?')],
  ];
  for (const [key, title] of steps) {
    const given = args[key];
    let value: string | undefined = given === undefined ? undefined : String(given);
    if (value === undefined) value = await pick(title, candidates.map((t) => String(t[key])), key === 'type' ? (v) => TYPE_HINTS[v] && vscode.l10n.t(TYPE_HINTS[v]) : undefined);
    if (value === undefined) return undefined;
    candidates = candidates.filter((t) => String(t[key]) === value);
    if (candidates.length === 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('replylint has no template for that combination.'));
      return undefined;
    }
  }
  const template = candidates[0];
  let target = args.target;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const suggested = `${template.id}.reply.md`;
    target = folder
      ? await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.joinPath(folder, suggested), filters: { 'Reply templates': ['reply.md'] } })
      : undefined;
    if (!target && !folder) {
      const doc = await vscode.workspace.openTextDocument({ language: 'reply-template', content: template.text });
      await vscode.window.showTextDocument(doc);
      return doc.uri;
    }
    if (!target) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(template.text));
  const doc = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(doc);
  return target;
}
