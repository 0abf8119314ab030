/**
 * The replylint language server: capabilities and handlers only. The work lives in
 * workspace.ts (settings, config, lint), diagnostics.ts, code-actions.ts, hover.ts,
 * completion.ts, render.ts and allow-list.ts.
 */

import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind, DocumentDiagnosticReportKind, FileChangeType, TextDocuments, TextDocumentSyncKind,
  type CancellationToken, type CodeLens, type Connection, type Diagnostic, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { findFiles } from '../cli/files.js';
import { CommandIds, FIX_ALL_KIND, RenderRequest, StatusNotification, TrustNotification, type LintWorkspaceResult, type RenderParams, type RenderResponse, type StatusParams } from '../shared/protocol.js';
import type { Settings } from '../shared/settings.js';
import { VERSION } from '../cli/version.js';
import { addToAllowList } from './allow-list.js';
import { codeActions } from './code-actions.js';
import { completionsAt } from './completion.js';
import { configErrorDiagnostic, toDiagnostic } from './diagnostics.js';
import { hoverAt } from './hover.js';
import { renderForPreview } from './render.js';
import { Translator } from './l10n.js';
import { lintText, toPath, Workspace, type LintOutcome } from './workspace.js';
import { isTemplatePath, ParityIndex, SIBLING_TEXT_CHARS, SIBLING_TEXT_ENTRIES, siblingTextCacheStats } from './parity.js';
import { Lru } from '../engine/lru.js';
import type { EngineConfig, LintMessage, TemplateMeta } from '../engine/index.js';

const TEMPLATE_SUFFIX = '.reply.md';
const CONFIG_FILE = /[\\/]\.replylintrc\.ya?ml$/;

/**
 * Full lint results (with the parsed document: ~13 KB for a 2 KB template, ~100x the text for
 * large ones) are kept for the most recently used documents only: the ones being edited, hovered
 * or previewed. Others are linted again on demand (hover, completion, code lens, preview).
 */
export const OUTCOME_CACHE_ENTRIES = 24;
export const OUTCOME_CACHE_CHARS = 1_000_000;

/** `replylint/memoryStats`: the server's memory and the size of its caches (bench, tests). */
export const MEMORY_STATS_METHOD = 'replylint/memoryStats';
export interface MemoryStats {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  openDocuments: number;
  /** Per-document state, by name: the number of entries. */
  caches: Record<string, number>;
  /** The bounds of the caches that do not shrink with closed documents. */
  limits: { results: number; resultChars: number; siblingTexts: number; siblingTextChars: number };
}

/** What diagnostics need of a lint: its messages, for which config and template. */
interface Findings {
  messages: LintMessage[];
  config: EngineConfig;
  configError?: string;
  meta: TemplateMeta;
}

/** The findings of a document's last saved version, without its parse: what onSave mode shows while the buffer is dirty. */
interface SavedFindings extends Findings {
  version: number;
  text: string;
}

const findingsOf = (o: LintOutcome): Findings => ({ messages: o.messages, config: o.config, configError: o.configError, meta: o.doc.meta });

export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let ws = new Workspace(connection, true);
  let pull = false;
  let refreshSupport = false;
  let translator = new Translator(null, 'en');
  /** Last lint of the recently used documents (hover, completion, code lens and preview read it). */
  const results = new Lru<string, LintOutcome>(OUTCOME_CACHE_ENTRIES, OUTCOME_CACHE_CHARS, (o) => o.doc.text.length);
  /** Version of each document at its last save (onSave mode lints only saved text). */
  const savedVersions = new Map<string, number>();
  /** Findings of the last linted saved version per open document: what onSave mode shows while the buffer is dirty. */
  const savedResults = new Map<string, SavedFindings>();
  const lastChange = new Map<string, number>();
  /** Documents whose first content event (the open) has not been seen yet: no debounce for it. */
  const opening = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  const parity = new ParityIndex(() => ws.folders);
  const openText = (file: string): string | undefined => documents.get(pathToFileURL(file).href)?.getText();

  const log = (msg: string): void => connection.console.log(`[replylint] ${msg}`);

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as { trusted?: boolean; l10nBundle?: string };
    translator = Translator.load(init.l10nBundle, params.locale);
    const folders = (params.workspaceFolders ?? []).map((f) => toPath(f.uri)).filter((p): p is string => !!p);
    if (folders.length === 0 && params.rootUri) {
      const root = toPath(params.rootUri);
      if (root) folders.push(root);
    }
    ws = new Workspace(connection, init.trusted !== false, folders);
    ws.parity = { index: parity, openText };
    ws.canPullConfiguration = !!params.capabilities.workspace?.configuration;
    pull = !!params.capabilities.textDocument?.diagnostic;
    refreshSupport = !!params.capabilities.workspace?.diagnostics?.refreshSupport;
    const result: InitializeResult = {
      serverInfo: { name: 'replylint-language-server', version: VERSION },
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['{', ':', ' '] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [CommandIds.lintWorkspace, CommandIds.addToAllowList] },
      },
    };
    if (pull) result.capabilities.diagnosticProvider = { identifier: 'replylint', interFileDependencies: false, workspaceDiagnostics: false };
    log(`started (${pull ? 'pull' : 'push'} diagnostics, workspace ${ws.trusted ? 'trusted' : 'untrusted'}, folders: ${folders.join(', ') || 'none'})`);
    return result;
  });

  /** Lints the document as it is now and sends the status; null when disabled. */
  async function lintDocument(document: TextDocument, settings: Settings): Promise<LintOutcome | null> {
    if (!settings.enable) {
      results.delete(document.uri);
      return null;
    }
    const outcome = await currentOutcome(document);
    // Pull diagnostics in onSave mode show the saved version's findings while the buffer is dirty.
    if (pull && settings.run === 'onSave' && savedVersions.get(document.uri) === outcome.version && documents.get(document.uri)) {
      savedResults.set(document.uri, { ...findingsOf(outcome), version: outcome.version, text: outcome.doc.text });
    }
    let errors = 0, warnings = 0, infos = 0;
    for (const m of outcome.messages) {
      if (m.severity === 'error') errors++;
      else if (m.severity === 'warning') warnings++;
      else infos++;
    }
    void connection.sendNotification(StatusNotification.method, {
      uri: document.uri, errors, warnings, infos, ms: Math.round(outcome.ms * 10) / 10,
      locale: outcome.doc.locale, localeSource: outcome.doc.localeSource, configError: outcome.configError,
    } satisfies StatusParams);
    return outcome;
  }

  function diagnosticsOf(document: TextDocument, outcome: Findings | null | undefined): Diagnostic[] {
    if (!outcome) return [];
    const meta = outcome.meta;
    const out = outcome.messages.map((m) => toDiagnostic(document, m, translator.message(m, outcome.config, meta)));
    if (outcome.configError) {
      const d = configErrorDiagnostic(outcome.configError);
      out.unshift({ ...d, message: translator.translate(String(d.message)) });
    }
    return out;
  }

  /** Push mode: lint and publish, dropping the result if the text changed meanwhile. */
  async function validate(document: TextDocument): Promise<void> {
    try {
      const settings = await ws.settings(document.uri);
      const outcome = await lintDocument(document, settings);
      const current = documents.get(document.uri);
      if (!current || current.version !== document.version) return; // stale
      await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: diagnosticsOf(document, outcome && findingsOf(outcome)) });
    } catch (e) {
      log(`lint failed for ${document.uri}: ${(e as Error).stack ?? e}`);
    }
  }

  function schedule(document: TextDocument, delay: number): void {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void validate(current);
    }, delay));
  }

  function refreshAll(): void {
    results.clear();
    savedResults.clear();
    if (pull) {
      if (refreshSupport) void connection.languages.diagnostics.refresh();
    } else {
      for (const d of documents.all()) void validate(d);
    }
  }

  documents.onDidOpen((e) => {
    savedVersions.set(e.document.uri, e.document.version);
    opening.add(e.document.uri);
    if (CONFIG_FILE.test(e.document.uri)) return;
    if (!pull) void validate(e.document);
  });
  documents.onDidChangeContent(async (e) => {
    const uri = e.document.uri;
    const opened = opening.delete(uri);
    if (!opened) lastChange.set(uri, Date.now());
    const file = toPath(uri);
    if (file && CONFIG_FILE.test(file)) {
      ws.openConfigs.set(file, e.document.getText());
      ws.clearConfigs();
      refreshAll();
      return;
    }
    if (pull) return; // the client pulls
    if (opened) return; // onDidOpen already linted it: one publication per open
    const settings = await ws.settings(uri);
    if (settings.run === 'onType') schedule(e.document, settings.debounceMs);
  });
  documents.onDidSave((e) => {
    savedVersions.set(e.document.uri, e.document.version);
    // A saved template may have a new id, or new content its siblings are compared with.
    if (isTemplatePath(e.document.uri)) {
      const file = toPath(e.document.uri);
      if (file) parity.update(file, e.document.getText());
      for (const d of documents.all()) if (d.uri !== e.document.uri) results.delete(d.uri);
    }
    if (!pull) void validate(e.document);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearTimeout(timers.get(uri));
    results.delete(uri);
    savedResults.delete(uri);
    savedVersions.delete(uri);
    lastChange.delete(uri);
    opening.delete(uri);
    ws.forget(uri);
    const file = toPath(uri);
    if (file && ws.openConfigs.delete(file)) {
      ws.clearConfigs();
      refreshAll();
    }
    if (!pull) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const document = documents.get(params.textDocument.uri);
    const empty = { kind: DocumentDiagnosticReportKind.Full, items: [] as Diagnostic[] } as const;
    if (!document || CONFIG_FILE.test(document.uri)) return empty;
    const settings = await ws.settings(document.uri);
    if (!settings.enable) return empty;
    // Hover, completion and the preview lint the live buffer into `results`; onSave shows saved text only.
    const previous = savedResults.get(document.uri);
    if (settings.run === 'onSave' && previous && savedVersions.get(document.uri) !== document.version) {
      return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(TextDocument.create(document.uri, document.languageId, previous.version, previous.text), previous) };
    }
    // Debounce: typing bursts cancel this request (the client sends a new one per change).
    const since = Date.now() - (lastChange.get(document.uri) ?? 0);
    if (since < settings.debounceMs) await waitOrCancel(settings.debounceMs - since, token);
    if (token.isCancellationRequested) return empty;
    const current = documents.get(document.uri) ?? document;
    const outcome = await lintDocument(current, settings);
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(current, outcome && findingsOf(outcome)) };
  });

  /** Lints in flight, by document: hover, completion, preview and diagnostics share one lint per version. */
  const inFlight = new Map<string, { version: number; promise: Promise<LintOutcome> }>();

  /** The lint of the document's current version: cached, shared while in flight, else run now. */
  async function currentOutcome(document: TextDocument): Promise<LintOutcome> {
    const r = results.get(document.uri);
    if (r && r.version === document.version) return r;
    const pending = inFlight.get(document.uri);
    if (pending && pending.version === document.version) return pending.promise;
    const promise = ws.lint(document).then((outcome) => {
      // Only for open documents: a lint that finishes after the close must not leave state behind.
      if (documents.get(document.uri)) results.set(document.uri, outcome);
      return outcome;
    }).finally(() => {
      if (inFlight.get(document.uri)?.promise === promise) inFlight.delete(document.uri);
    });
    inFlight.set(document.uri, { version: document.version, promise });
    return promise;
  }

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return codeActions(document, params, { lint: currentOutcome, trusted: ws.trusted, l10n: translator });
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return hoverAt(await currentOutcome(document), document.offsetAt(params.position), translator);
  });

  connection.onCompletion(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return completionsAt(document, params.position, await currentOutcome(document), translator);
  });

  connection.onCodeLens(async (params): Promise<CodeLens[]> => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const outcome = await currentOutcome(document);
    const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return outcome.messages.filter((m) => m.documentLevel).map((m) => ({
      range: top,
      command: { title: `replylint ${m.ruleId}: ${firstSentence(translator.message(m, outcome.config, outcome.doc.meta))}`, command: '' },
    }));
  });

  connection.onRequest(RenderRequest.method, async (params: RenderParams): Promise<RenderResponse | null> => {
    const document = documents.get(params.uri);
    if (!document) return null;
    return renderForPreview(await currentOutcome(document), params.sample, translator);
  });

  connection.onRequest(MEMORY_STATS_METHOD, (): MemoryStats => {
    const m = process.memoryUsage();
    return {
      rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers,
      openDocuments: documents.keys().length,
      caches: {
        results: results.size,
        savedResults: savedResults.size,
        savedVersions: savedVersions.size,
        lastChange: lastChange.size,
        opening: opening.size,
        timers: timers.size,
        inFlight: inFlight.size,
        settings: ws.cachedSettings,
        siblingTexts: siblingTextCacheStats().entries,
      },
      limits: { results: OUTCOME_CACHE_ENTRIES, resultChars: OUTCOME_CACHE_CHARS, siblingTexts: SIBLING_TEXT_ENTRIES, siblingTextChars: SIBLING_TEXT_CHARS },
    };
  });

  connection.onNotification(TrustNotification.method, (p: { trusted: boolean }) => {
    ws.trusted = p.trusted;
    ws.clearSettings();
    ws.clearConfigs();
    refreshAll();
  });

  connection.onDidChangeConfiguration(() => {
    ws.clearSettings();
    refreshAll();
  });

  connection.onDidChangeWatchedFiles((p) => {
    const templates = p.changes.filter((c) => isTemplatePath(c.uri));
    for (const c of templates) {
      const file = toPath(c.uri);
      // A change on disk updates its entry; a created or deleted template changes the set of files.
      if (c.type === FileChangeType.Changed && file) parity.update(file);
      else parity.invalidate();
    }
    if (p.changes.some((c) => CONFIG_FILE.test(c.uri))) {
      ws.clearConfigs();
      refreshAll();
    } else if (templates.length > 0) {
      refreshAll(); // siblings changed: re-check parity of open templates
    }
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === CommandIds.lintWorkspace) return lintWorkspace();
    if (params.command === CommandIds.addToAllowList) {
      const [uri, phrase, language] = (params.arguments ?? []) as [string, string, string];
      if (!ws.trusted) return false;
      const ok = await addToAllowList(connection, ws, uri, phrase, language);
      if (ok) {
        ws.clearConfigs();
        refreshAll();
      }
      return ok;
    }
    return null;
  });

  /** Lints every template under the workspace folders into the Problems panel (push). */
  async function lintWorkspace(): Promise<LintWorkspaceResult> {
    const t0 = performance.now();
    let files = 0, findings = 0;
    parity.invalidate();
    // Findings only (no parsed documents): a workspace of 10,000 templates is held until parity has run.
    const linted: { file: string; uri: string; document: TextDocument; outcome: Findings; open: boolean }[] = [];
    for (const folder of ws.folders) {
      const { files: found } = findFiles([folder], { cwd: folder, extensions: [TEMPLATE_SUFFIX] });
      for (const file of found) {
        const uri = pathToFileURL(file).href;
        const open = documents.get(uri);
        const settings = await ws.settings(uri);
        if (!open) ws.forget(uri); // closed files keep no per-document state
        if (!settings.enable) continue;
        let document = open;
        if (!document) {
          let text: string;
          try {
            text = fs.readFileSync(file, 'utf8');
          } catch {
            continue;
          }
          document = TextDocument.create(uri, 'reply-template', 0, text);
        }
        const { config, error } = await ws.configFor(uri, settings);
        const outcome = findingsOf(lintText(uri, document.version, document.getText(), config, error));
        linted.push({ file, uri, document, outcome, open: !!open });
      }
    }
    // locale-parity across every template at once, per config (each file's config decides its severity).
    const byConfig = new Map<LintOutcome['config'], typeof linted>();
    for (const l of linted) {
      const group = byConfig.get(l.outcome.config);
      if (group) group.push(l);
      else byConfig.set(l.outcome.config, [l]);
    }
    for (const [config, group] of byConfig) {
      if (group.length < 2) continue;
      const byFile = parity.findingsForAll(group.map((l) => ({ file: l.file, text: l.document.getText() })), config);
      for (const l of group) {
        const extra = byFile.get(l.file);
        if (extra) l.outcome.messages = [...l.outcome.messages, ...extra].sort((a, b) => a.range[0] - b.range[0]);
      }
    }
    for (const l of linted) {
      files++;
      findings += l.outcome.messages.length;
      if (!l.open) await connection.sendDiagnostics({ uri: l.uri, diagnostics: diagnosticsOf(l.document, l.outcome) });
    }
    const ms = Math.round(performance.now() - t0);
    log(`linted ${files} workspace templates in ${ms} ms: ${findings} findings`);
    return { files, findings, ms };
  }

  process.on('uncaughtException', (e) => log(`uncaught: ${e.stack ?? e}`));
  process.on('unhandledRejection', (e) => log(`unhandled rejection: ${(e as Error)?.stack ?? e}`));

  documents.listen(connection);
  connection.listen();
}

function firstSentence(s: string): string {
  const m = /^.*?[.!?。](\s|$)/.exec(s);
  return (m ? m[0] : s).trim();
}

function waitOrCancel(ms: number, token: CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(() => { sub.dispose(); resolve(); }, ms);
    const sub = token.onCancellationRequested(() => { clearTimeout(t); sub.dispose(); resolve(); });
  });
}
