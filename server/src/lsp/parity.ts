/**
 * locale-parity in the editor: an index of template ids to files across the workspace folders
 * (built lazily, dropped when templates are saved, created or deleted), and the parity findings
 * for one document against its siblings (open documents' unsaved text wins over the disk).
 * Staleness uses the git dates read when the index is built.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkParity, parityMessage, parse, paritySummary, quickId, type EngineConfig, type LintMessage, type ParsedDocument, type ParitySummary } from '../engine/index.js';
import { findFiles } from '../cli/files.js';
import { gitLastChanged } from '../cli/parity.js';
import { Lru } from '../engine/lru.js';

const MAX_TEMPLATE = 2 * 1024 * 1024;

/** The template's id: read cheaply from the front matter, parsed only when that is unsure. */
export function templateId(text: string): string | undefined {
  const quick = quickId(text);
  if (quick === null) return undefined;
  return quick ?? parse(text).meta.id;
}

export class ParityIndex {
  private byId: Map<string, Set<string>> | null = null;
  private dates = new Map<string, number>();

  constructor(private readonly folders: () => readonly string[]) {}

  invalidate(): void {
    this.byId = null;
  }

  /** One template was saved or changed on disk: move it to its (possibly new) id, no rebuild. */
  update(file: string, text: string | undefined = readSmall(file)): void {
    if (!this.byId) return;
    for (const [id, set] of this.byId) if (set.delete(file) && set.size === 0) this.byId.delete(id);
    const id = text === undefined ? undefined : templateId(text);
    if (!id) return;
    if (!this.byId.has(id)) this.byId.set(id, new Set());
    this.byId.get(id)!.add(file);
  }

  private build(): Map<string, Set<string>> {
    const byId = new Map<string, Set<string>>();
    const all: string[] = [];
    for (const folder of this.folders()) {
      const { files } = findFiles([folder], { cwd: folder, extensions: ['.reply.md'] });
      for (const file of files) {
        const text = readSmall(file, false);
        const id = text === undefined ? undefined : templateId(text);
        if (!id) continue;
        all.push(file);
        if (!byId.has(id)) byId.set(id, new Set());
        byId.get(id)!.add(file);
      }
    }
    this.dates = gitLastChanged(all);
    this.byId = byId;
    return byId;
  }

  /**
   * Parity findings for `file` (its current text, parsed as `doc` by the lint that asks) against
   * the other templates with the same id. `openText` returns the unsaved text of an open document,
   * if any. This runs on every keystroke: the edited document's summary comes from the lint's own
   * parse, and a sibling read from disk keeps its summary while its text and the config stay.
   */
  findingsFor(file: string, doc: ParsedDocument, config: EngineConfig, openText: (file: string) => string | undefined): LintMessage[] {
    const id = doc.meta.id;
    if (!id) return [];
    const byId = this.byId ?? this.build();
    const siblings = [...(byId.get(id) ?? [])].filter((f) => f !== file);
    if (siblings.length === 0) return [];
    const entries = [{ path: file, text: doc.text, lastChanged: this.dates.get(file), summary: paritySummary(doc, config) }];
    for (const s of siblings) {
      const lastChanged = this.dates.get(s);
      const open = openText(s);
      if (open !== undefined) {
        entries.push({ path: s, text: open, lastChanged, summary: paritySummary(parse(open, config), config) });
        continue;
      }
      const cached = readEntry(s, true);
      if (!cached) continue;
      if (cached.summaryConfig !== config) {
        cached.summary = paritySummary(parse(cached.text, config), config);
        cached.summaryConfig = config;
      }
      entries.push({ path: s, text: cached.text, lastChanged, summary: cached.summary ?? null });
    }
    return checkParity(entries, config)
      .filter((f) => f.path === file)
      .map(parityMessage);
  }

  /** Parity over a set of files at once (workspace lint): findings per file. */
  findingsForAll(entries: { file: string; text: string }[], config: EngineConfig): Map<string, LintMessage[]> {
    if (!this.byId) this.build();
    const out = new Map<string, LintMessage[]>();
    for (const f of checkParity(entries.map((e) => ({ path: e.file, text: e.text, lastChanged: this.dates.get(e.file) })), config)) {
      const list = out.get(f.path) ?? [];
      list.push(parityMessage(f));
      out.set(f.path, list);
    }
    return out;
  }
}

/**
 * Sibling texts by file, reused while size and mtime stay the same (parity runs on every
 * keystroke, against the same few siblings). Bounded: a workspace of 10,000 templates must not
 * end up in memory because each was a sibling once.
 */
export const SIBLING_TEXT_ENTRIES = 256;
export const SIBLING_TEXT_CHARS = 1_000_000;
interface SiblingText {
  mtimeMs: number;
  size: number;
  text: string;
  /** Its parity summary under `summaryConfig` (computed on first use as a sibling). */
  summary?: ParitySummary | null;
  summaryConfig?: EngineConfig;
}
const textCache = new Lru<string, SiblingText>(SIBLING_TEXT_ENTRIES, SIBLING_TEXT_CHARS, (e) => e.text.length);

export function siblingTextCacheStats(): { entries: number; chars: number } {
  return { entries: textCache.size, chars: textCache.weight };
}

/** The file's text when it is a template-sized file; `cache` keeps it for the next keystroke (siblings, not the index build's read of every file). */
function readSmall(file: string, cache = true): string | undefined {
  return readEntry(file, cache)?.text;
}

/** The sibling entry of `file`, read again when its size or mtime changed; `cache` keeps it. */
function readEntry(file: string, cache: boolean): SiblingText | undefined {
  try {
    const st = fs.statSync(file);
    if (st.size > MAX_TEMPLATE) return undefined;
    const cached = textCache.get(file);
    if (cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size) return cached;
    const entry: SiblingText = { mtimeMs: st.mtimeMs, size: st.size, text: fs.readFileSync(file, 'utf8') };
    if (cache) textCache.set(file, entry);
    else textCache.delete(file);
    return entry;
  } catch {
    textCache.delete(file);
    return undefined;
  }
}

export const isTemplatePath = (p: string): boolean => path.basename(p).endsWith('.reply.md');
