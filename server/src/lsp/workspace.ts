/**
 * Per-document state the handlers share: settings per resource (cached, cleared on
 * didChangeConfiguration), the resolved engine config from .replylintrc.yaml through the same
 * loader as the CLI, and the lint itself with its timing.
 */

import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, type EngineConfig, type LintMessage, type ParsedDocument } from '../engine/index.js';
import {
  ConfigError, ConfigResolver, findConfigFile, loadConfigFile, nodeConfigFs, parseConfigText, type ConfigFile, type ConfigFs,
} from '../config/load-config.js';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../shared/settings.js';
import type { ParityIndex } from './parity.js';

export interface LintOutcome {
  uri: string;
  version: number;
  messages: LintMessage[];
  doc: ParsedDocument;
  ms: number;
  config: EngineConfig;
  configError?: string;
}

export class Workspace {
  private readonly settingsCache = new Map<string, Promise<Settings>>();
  private readonly configFiles = new Map<string, ConfigFile | ConfigError>();
  private readonly configLookup = new Map<string, string | null>();
  private readonly resolvers = new Map<string, ConfigResolver>();
  /** Open config files: their unsaved text wins over the disk. */
  readonly openConfigs = new Map<string, string>();
  trusted: boolean;
  canPullConfiguration = false;
  /** Cross-file locale-parity: the index and the unsaved text of open documents. */
  parity?: { index: ParityIndex; openText: (file: string) => string | undefined };

  constructor(private readonly connection: Connection, trusted: boolean, readonly folders: string[] = []) {
    this.trusted = trusted;
  }

  /** Settings for a resource (scopeUri), from the client when it can answer, else defaults. */
  settings(uri: string): Promise<Settings> {
    if (!this.canPullConfiguration) return Promise.resolve(DEFAULT_SETTINGS);
    let s = this.settingsCache.get(uri);
    if (!s) {
      s = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'replylint' }).then(normalizeSettings, () => DEFAULT_SETTINGS);
      this.settingsCache.set(uri, s);
    }
    return s;
  }

  /** A document was closed (or a workspace lint is done with a file): its settings are read again when needed. */
  forget(uri: string): void {
    this.settingsCache.delete(uri);
  }

  /** Number of resources with cached settings. */
  get cachedSettings(): number {
    return this.settingsCache.size;
  }

  /** didChangeConfiguration, trust changes: everything derived from settings or config is dropped. */
  clearSettings(): void {
    this.settingsCache.clear();
    this.resolvers.clear();
  }

  /** A .replylintrc changed on disk or in an editor. */
  clearConfigs(): void {
    this.configFiles.clear();
    this.configLookup.clear();
    this.resolvers.clear();
  }

  /** Finds, loads and resolves the config for `filePath` (null: defaults). Throws nothing. */
  async configFor(uri: string, settings: Settings): Promise<{ config: EngineConfig; file: string | null; error?: string }> {
    const filePath = toPath(uri);
    let file: string | null = null;
    if (settings.configPath) {
      file = path.isAbsolute(settings.configPath) ? settings.configPath : path.resolve(this.folderOf(filePath) ?? (filePath ? path.dirname(filePath) : process.cwd()), settings.configPath);
    } else if (filePath) {
      file = findConfigFile(path.dirname(filePath), this.fs, this.configLookup);
    }
    let loaded: ConfigFile | ConfigError | null = null;
    if (file) {
      loaded = this.configFiles.get(file) ?? null;
      if (!loaded) {
        try {
          const open = this.openConfigs.get(file);
          loaded = open !== undefined ? parseConfigText(open, file, { trusted: this.trusted }) : loadConfigFile(file, this.fs, { trusted: this.trusted });
        } catch (e) {
          loaded = e instanceof ConfigError ? e : new ConfigError(file, 1, 1, (e as Error).message);
        }
        this.configFiles.set(file, loaded);
      }
    }
    const key = JSON.stringify(settings.rules);
    let resolver = this.resolvers.get(key);
    if (!resolver) {
      resolver = new ConfigResolver({ rules: settings.rules, trusted: this.trusted });
      this.resolvers.set(key, resolver);
    }
    if (loaded instanceof ConfigError) return { config: resolver.resolve(filePath ?? 'untitled', null), file, error: loaded.message };
    return { config: resolver.resolve(filePath ?? 'untitled', loaded), file };
  }

  /** Lints one document with its settings and config. */
  async lint(document: TextDocument): Promise<LintOutcome> {
    const settings = await this.settings(document.uri);
    const { config, error } = await this.configFor(document.uri, settings);
    const outcome = lintText(document.uri, document.version, document.getText(), config, error);
    const file = toPath(document.uri);
    if (this.parity && file && outcome.doc.meta.id) {
      const extra = this.parity.index.findingsFor(file, outcome.doc, config, this.parity.openText);
      if (extra.length) outcome.messages = [...outcome.messages, ...extra].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
    }
    return outcome;
  }

  folderOf(filePath: string | null): string | undefined {
    if (!filePath) return undefined;
    return this.folders.filter((f) => filePath === f || filePath.startsWith(f + path.sep)).sort((a, b) => b.length - a.length)[0];
  }

  private readonly fs: ConfigFs = {
    readFile: (f) => this.openConfigs.get(f) ?? nodeConfigFs.readFile(f),
    exists: (f) => this.openConfigs.has(f) || nodeConfigFs.exists(f),
  };
}

export function lintText(uri: string, version: number, text: string, config: EngineConfig, configError?: string): LintOutcome {
  const t0 = performance.now();
  const { messages, doc } = lint(text, config);
  const ms = performance.now() - t0;
  return { uri, version, messages, doc, ms, config, configError };
}

/** File system path of a `file:` URI, else null (untitled documents). */
export function toPath(uri: string): string | null {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : null;
  } catch {
    return null;
  }
}
