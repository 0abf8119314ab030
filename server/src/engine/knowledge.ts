/**
 * Knowledge: the bundled data merged with a team's config and compiled into matchers.
 * Built once per config object and cached, so linting a document only runs matchers.
 */

import bundled from './data/generated.js';
import type { BrevityData, EngineData, PhraseBank, ToneFile } from './data/schema.js';
import type { EngineConfig, ElementInfo, PhraseSet, PolicyRequirement, TemplateMeta, ToneEntry } from './types.js';
import { PhraseMatcher, withoutOverlaps, type PatternError, type PhraseMatch } from './text/matcher.js';
import { toOriginal } from './text/normalize.js';
import type { ParsedDocument } from './parse/document.js';
import type { Range } from './types.js';
import { Lru } from './lru.js';

export interface ElementPayload {
  element: string;
  exclude: boolean;
}

export interface ElementHit {
  range: Range;
  /** Normalized offsets, for ordering checks. */
  start: number;
  pattern: string;
}

export interface TonePayload {
  entry: ToneEntry;
  exclude: boolean;
}

export interface ConfigProblem {
  /** Where in the config the problem is, as a dotted path. */
  path: string;
  message: string;
}

export class Knowledge {
  readonly data: EngineData;
  readonly policy: PolicyRequirement[];
  readonly elements: Record<string, ElementInfo>;
  readonly brevity: BrevityData;
  readonly problems: ConfigProblem[] = [];
  private readonly phraseBanks = new Map<string, Record<string, PhraseSet>>();
  private readonly elementMatchers = new Map<string, PhraseMatcher<ElementPayload>>();
  private readonly toneMatchers = new Map<string, PhraseMatcher<TonePayload>>();
  private readonly toneFiles = new Map<string, ToneFile>();
  private readonly allowMatchers = new Map<string, PhraseMatcher<null>>();
  private readonly config: EngineConfig;

  constructor(config: EngineConfig, data: EngineData = bundled) {
    this.config = config;
    this.data = data;
    this.policy = [...data.policy, ...config.policy];
    this.elements = data.elements;
    this.brevity = data.brevity;
    const languages = new Set([...Object.keys(data.phrases), ...Object.keys(config.phrases)]);
    for (const lang of languages) {
      const merged: Record<string, PhraseSet> = {};
      const base: PhraseBank | undefined = data.phrases[lang];
      for (const [el, set] of Object.entries(base?.elements ?? {})) merged[el] = { ...set, match: [...set.match], exclude: [...(set.exclude ?? [])] };
      for (const [el, ext] of Object.entries(config.phrases[lang] ?? {})) {
        const cur = merged[el] ?? { match: [] };
        merged[el] = {
          ...cur,
          match: [...cur.match, ...(ext.match ?? [])],
          exclude: [...(cur.exclude ?? []), ...(ext.exclude ?? [])],
          insert: ext.insert ?? cur.insert,
        };
      }
      this.phraseBanks.set(lang, merged);
    }
    for (const [lang, file] of Object.entries(data.tone)) this.toneFiles.set(lang, file);
  }

  /** Languages with a phrase bank (first-class for required elements). */
  get phraseLanguages(): string[] {
    return [...this.phraseBanks.keys()];
  }

  hasPhraseBank(language: string): boolean {
    return this.phraseBanks.has(language);
  }

  phraseSet(language: string, element: string): PhraseSet | undefined {
    return this.phraseBanks.get(language)?.[element];
  }

  elementLabel(element: string, language: string): string {
    const info = this.elements[element];
    return info?.label[language] ?? info?.label.en ?? element;
  }

  /** Policy rows of `rule` that apply to `meta`. */
  requirementsFor(rule: string, meta: TemplateMeta): PolicyRequirement[] {
    return this.policy.filter((row) => row.rule === rule && conditionMatches(row, meta));
  }

  /** Compiled matcher for all elements of a language. */
  elementMatcher(language: string): PhraseMatcher<ElementPayload> | undefined {
    let m = this.elementMatchers.get(language);
    if (m) return m;
    const bank = this.phraseBanks.get(language);
    if (!bank) return undefined;
    const entries: { pattern: string; payload: ElementPayload }[] = [];
    for (const [element, set] of Object.entries(bank)) {
      for (const pattern of set.match) entries.push({ pattern, payload: { element, exclude: false } });
      for (const pattern of set.exclude ?? []) entries.push({ pattern, payload: { element, exclude: true } });
    }
    m = new PhraseMatcher(entries);
    this.reportPatternErrors(`phrases.${language}`, m.errors);
    this.elementMatchers.set(language, m);
    return m;
  }

  /** Tone lexicon of a language (bundled + config), compiled. */
  toneMatcher(language: string): PhraseMatcher<TonePayload> | undefined {
    let m = this.toneMatchers.get(language);
    if (m) return m;
    const file = this.toneFiles.get(language);
    const extra = this.config.tone[language] ?? [];
    if (!file && extra.length === 0) return undefined;
    const entries: { pattern: string; payload: TonePayload }[] = [];
    for (const entry of [...(file?.entries ?? []), ...extra]) {
      for (const pattern of entry.match ?? []) entries.push({ pattern, payload: { entry, exclude: false } });
      for (const pattern of entry.exclude ?? []) entries.push({ pattern, payload: { entry, exclude: true } });
    }
    m = new PhraseMatcher(entries);
    this.reportPatternErrors(`tone.${language}`, m.errors);
    this.toneMatchers.set(language, m);
    return m;
  }

  toneFile(language: string): ToneFile | undefined {
    return this.toneFiles.get(language);
  }

  /** Workspace allow list for neutral-tone (`*` applies to every language). */
  allowMatcher(language: string): PhraseMatcher<null> | undefined {
    let m = this.allowMatchers.get(language);
    if (m) return m;
    const patterns = [...(this.config.allow['*'] ?? []), ...(this.config.allow[language] ?? [])];
    if (patterns.length === 0) return undefined;
    m = new PhraseMatcher(patterns.map((pattern) => ({ pattern, payload: null })));
    this.reportPatternErrors(`allow.${language}`, m.errors);
    this.allowMatchers.set(language, m);
    return m;
  }

  private reportPatternErrors(path: string, errors: PatternError[]): void {
    for (const e of errors) this.problems.push({ path, message: e.message });
  }
}

/** True when every key of the row's condition matches the template. */
export function conditionMatches(row: PolicyRequirement, meta: TemplateMeta): boolean {
  const w = row.when ?? {};
  if (w.type && !w.type.includes(meta.type)) return false;
  if (w.stage && (!meta.stage || !w.stage.includes(meta.stage))) return false;
  if (w.business && !w.business.includes(meta.business)) return false;
  if (w.legal_threat !== undefined && w.legal_threat !== meta.legal_threat) return false;
  return true;
}

const knowledgeCache = new WeakMap<EngineConfig, Knowledge>();
export function knowledgeFor(config: EngineConfig): Knowledge {
  let k = knowledgeCache.get(config);
  if (!k) {
    k = new Knowledge(config);
    knowledgeCache.set(config, k);
  }
  return k;
}

const elementCache = new WeakMap<ParsedDocument, Map<string, ElementHit[]>>();

/**
 * Hits by language and text, per compiled knowledge (the prose, and so the hits, depend only on
 * the text; the language can come from the config). locale-parity parses again the documents the
 * editor or the CLI has just linted, and on every keystroke the unchanged siblings of the edited
 * template: they find their hits here. Bounded (least recently used out) by entries and by text.
 * Keyed by the text itself (the language is checked on a hit), so the key is the caller's string
 * and not a copy of it: the language server's open documents are not held twice.
 */
const textCache = new WeakMap<Knowledge, Lru<string, { language: string; hits: Map<string, ElementHit[]>; chars: number }>>();
const TEXT_CACHE_ENTRIES = 512;
const TEXT_CACHE_CHARS = 2_000_000;

/** Where each element of the doc's language occurs in its prose (excludes applied). Callers must not modify the result. */
export function elementHits(doc: ParsedDocument, knowledge: Knowledge): Map<string, ElementHit[]> {
  let hits = elementCache.get(doc);
  if (hits) return hits;
  let byText = textCache.get(knowledge);
  if (!byText) {
    byText = new Lru(TEXT_CACHE_ENTRIES, TEXT_CACHE_CHARS, (e) => e.chars);
    textCache.set(knowledge, byText);
  }
  const key = doc.text;
  const entry = byText.get(key);
  if (entry && entry.language === doc.language) {
    elementCache.set(doc, entry.hits);
    return entry.hits;
  }
  hits = computeElementHits(doc, knowledge);
  elementCache.set(doc, hits);
  if (key.length <= TEXT_CACHE_CHARS / 4) byText.set(key, { language: doc.language, hits, chars: key.length });
  return hits;
}

function computeElementHits(doc: ParsedDocument, knowledge: Knowledge): Map<string, ElementHit[]> {
  const hits = new Map<string, ElementHit[]>();
  const matcher = knowledge.elementMatcher(doc.language);
  if (matcher) {
    const prose = doc.prose;
    const all = matcher.findAll(prose.text);
    const byElement = new Map<string, { inc: PhraseMatch<ElementPayload>[]; exc: PhraseMatch<ElementPayload>[] }>();
    for (const m of all) {
      const bucket = byElement.get(m.pattern.payload.element) ?? { inc: [], exc: [] };
      (m.pattern.payload.exclude ? bucket.exc : bucket.inc).push(m);
      byElement.set(m.pattern.payload.element, bucket);
    }
    for (const [element, { inc, exc }] of byElement) {
      const kept = withoutOverlaps(inc, exc);
      if (kept.length) {
        hits.set(element, kept.map((m) => ({ range: toOriginal(prose, m.start, m.end), start: m.start, pattern: m.pattern.source })));
      }
    }
  }
  return hits;
}
