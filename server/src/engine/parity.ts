/**
 * locale-parity: templates that share an `id` across locales must carry the same variables and
 * the same required elements, and a variant older than its source locale is possibly stale.
 *
 * This is a cross-file check, so it is a pure function over several documents instead of a
 * per-document rule: the CLI calls it after all files are linted, the editor for the open and
 * workspace templates. The registered rule `locale-parity` (rules/locale-parity.ts) carries the
 * metadata (severity, docs, suppression) and checks nothing on a single document.
 */

import { defaultConfig } from './config.js';
import { conditionMatches, elementHits, knowledgeFor, type Knowledge } from './knowledge.js';
import { parse } from './lint.js';
import type { ParsedDocument } from './parse/document.js';
import { applySuppressions, parseDirectives, type Directive } from './suppressions.js';
import type { EngineConfig, LintMessage, Range, Severity } from './types.js';

export const PARITY_RULE_ID = 'locale-parity';

export interface ParityEntry {
  /** How the file is named in messages (the CLI passes paths relative to the working folder). */
  path: string;
  text: string;
  /** Time of the file's last change (e.g. its last git commit, seconds or ms since the epoch). */
  lastChanged?: number;
  /**
   * What parity needs of the file, from `paritySummary()` of a parse made elsewhere (a lint
   * worker, the cache): the file is then not parsed again. `null`: not a template with an id.
   * Absent: checkParity parses the text itself.
   */
  summary?: ParitySummary | null;
}

type MetaKey = (typeof META_KEYS)[number];

/**
 * The parts of one parsed template that locale-parity compares, as plain data (it crosses
 * worker threads and is stored in the CLI cache).
 */
export interface ParitySummary {
  id: string;
  language: string;
  meta: Partial<Record<MetaKey, string | boolean>>;
  variables: string[];
  /** Where findings point: the id value, the document anchor, the `variables:` line, meta values, variable keys. */
  ranges: { id: Range; anchor: Range; variablesLine: Range; meta: Partial<Record<MetaKey, Range>>; variables: Record<string, Range> };
  /** Elements the text has (null: no phrase bank for its language). */
  hits: string[] | null;
  /** Elements the policy requires of this template's type and stage. */
  required: string[];
  /** Its replylint-disable comments (parity findings honour them). */
  directives: Directive[];
}

export interface ParityFinding {
  path: string;
  ruleId: typeof PARITY_RULE_ID;
  /** `variables`, `elements`, `meta`, `stale` or `duplicate-id`. */
  subId: string;
  message: string;
  /** `[start, end)` UTF-16 offsets into that entry's text. */
  range: Range;
  severity: Severity;
  documentLevel?: boolean;
  data?: Record<string, unknown>;
}

export interface ParityOptions {
  /** The locale other locales are translated from (default `en`, or `sourceLocale` in the rule's options). */
  sourceLocale?: string;
  /** Set to false to skip the staleness check (the rule option `stale: false` does the same). */
  stale?: boolean;
}

interface Parsed {
  entry: ParityEntry;
  s: ParitySummary;
}

const META_KEYS = ['type', 'stage', 'business', 'legal_threat'] as const;

/** The summary of a parsed document, or null when it is not a template with an id. */
export function paritySummary(doc: ParsedDocument, config: EngineConfig = DEFAULT_CONFIG): ParitySummary | null {
  const id = doc.meta.id;
  if (!doc.isTemplate || !id) return null;
  const knowledge = knowledgeFor(config);
  const meta: ParitySummary['meta'] = {};
  const metaRanges: ParitySummary['ranges']['meta'] = {};
  for (const key of META_KEYS) {
    const value = doc.meta[key];
    if (value !== undefined) meta[key] = value;
    const range = doc.frontMatter?.valueRanges.get(key);
    if (range) metaRanges[key] = range;
  }
  const idR = idRange(doc);
  const variables: Record<string, Range> = {};
  for (const name of Object.keys(doc.meta.variables)) variables[name] = doc.frontMatter?.variableRanges.get(name) ?? idR;
  const hasBank = knowledge.hasPhraseBank(doc.language);
  const required = new Set<string>();
  if (hasBank) for (const row of knowledge.policy) if (conditionMatches(row, doc.meta)) for (const e of row.elements) required.add(e);
  return {
    id: String(id),
    language: doc.language,
    meta,
    variables: Object.keys(doc.meta.variables),
    ranges: {
      id: idR,
      anchor: doc.anchor(),
      variablesLine: keyLine(doc.text, doc.frontMatter?.keyRanges.get('variables') ?? idR),
      meta: metaRanges,
      variables,
    },
    hits: hasBank ? [...elementHits(doc, knowledge).keys()].sort() : null,
    required: [...required].sort(),
    directives: parseDirectives(doc.comments),
  };
}

/**
 * The template id as written on an `id:` line of the front matter, without a YAML parse.
 * `null`: the file has no front matter or no id key; `undefined`: unsure (e.g. flow style),
 * so the caller parses the file.
 */
export function quickId(text: string): string | null | undefined {
  const head = text.charCodeAt(0) === 0xfeff ? text.slice(1, 8193) : text.slice(0, 8192);
  if (!/^---[ \t]*\r?\n/.test(head)) return null;
  const close = /\r?\n(---|\.\.\.)[ \t]*(\r?\n|$)/.exec(head.slice(3));
  if (!close) return undefined;
  const fm = head.slice(0, close.index + 3);
  const line = /^id:[ \t]*(?:"([^"\\\r\n]*)"|'([^'\r\n]*)'|([^\s#'"{[][^\r\n#]*?))[ \t]*(?:#.*)?\r?$/m.exec(fm);
  if (line) return (line[1] ?? line[2] ?? line[3]).trim();
  return /(^|[{,\s])["']?id["']?[ \t]*:/m.test(fm) ? undefined : null;
}

/** A parity finding as an ordinary lint message of its file (adapters merge it into that file's results). */
export function parityMessage(f: ParityFinding): LintMessage {
  return {
    ruleId: f.ruleId, subId: f.subId, severity: f.severity, message: f.message, range: f.range,
    ...(f.documentLevel ? { documentLevel: true } : {}),
    ...(f.data ? { data: f.data } : {}),
  };
}

/** Shared default config, so its compiled knowledge is cached across calls. */
const DEFAULT_CONFIG = defaultConfig();

/** Checks every group of templates that share an `id`. Never throws on bad input text. */
export function checkParity(entries: readonly ParityEntry[], config: EngineConfig = DEFAULT_CONFIG, options: ParityOptions = {}): ParityFinding[] {
  if (config.only && !config.only.includes(PARITY_RULE_ID)) return [];
  const setting = config.rules[PARITY_RULE_ID] ?? 'warning';
  if (setting === 'off') return [];
  const ruleOptions = config.ruleOptions[PARITY_RULE_ID] ?? {};
  const source = String(options.sourceLocale ?? ruleOptions.sourceLocale ?? 'en');
  const checkStale = options.stale ?? ruleOptions.stale !== false;
  const knowledge = knowledgeFor(config);

  // Only templates whose id another file shares need a parse: group by a cheap look at the
  // front matter first (a file whose id cannot be read that way is parsed to be sure). Entries
  // that bring a summary are not parsed at all.
  const counts = new Map<string, number>();
  const quick = entries.map((e) => (e.summary !== undefined ? e.summary?.id ?? null : quickId(e.text)));
  for (const id of quick) if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
  // A file whose id could not be read cheaply may share an id with anyone: then parse them all.
  const unsure = quick.includes(undefined);

  const groups = new Map<string, Parsed[]>();
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const q = quick[i];
    if (q === null || (!unsure && typeof q === 'string' && (counts.get(q) ?? 0) < 2)) continue;
    const s = entry.summary !== undefined ? entry.summary : paritySummary(parse(entry.text, config), config);
    if (!s) continue;
    const list = groups.get(s.id) ?? [];
    list.push({ entry, s });
    groups.set(s.id, list);
  }

  const findings: ParityFinding[] = [];
  const add = (p: Parsed, subId: string, range: Range, message: string, extra: Partial<ParityFinding> = {}): void => {
    findings.push({ path: p.entry.path, ruleId: PARITY_RULE_ID, subId, message, range, severity: setting, ...extra });
  };

  for (const [id, all] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const members = [...all].sort((a, b) => (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0));
    // One template per locale and id: later duplicates are reported and left out of the comparison.
    const byLanguage = new Map<string, Parsed>();
    for (const m of members) {
      const first = byLanguage.get(m.s.language);
      if (first) {
        add(m, 'duplicate-id', m.s.ranges.id, `Template id "${id}" is also used by ${first.entry.path} for locale "${m.s.language}": give each template of a locale its own id.`, { data: { other: first.entry.path } });
        continue;
      }
      byLanguage.set(m.s.language, m);
    }
    if (byLanguage.size < 2) continue;
    const ref = byLanguage.get(source) ?? [...byLanguage.values()][0];
    const refLabel = `the ${ref.s.language} version (${ref.entry.path})`;
    for (const v of byLanguage.values()) {
      if (v === ref) continue;
      compareMeta(ref, v, refLabel, add);
      compareVariables(ref, v, refLabel, add);
      compareElements(ref, v, knowledge, add);
      if (checkStale && ref.s.language === source && ref.entry.lastChanged !== undefined && v.entry.lastChanged !== undefined && v.entry.lastChanged < ref.entry.lastChanged) {
        add(v, 'stale', v.s.ranges.id, `Possibly stale: this ${v.s.language} version was last changed on ${day(v.entry.lastChanged)}, before ${refLabel} was changed on ${day(ref.entry.lastChanged)}. Check it against the ${source} text and update it.`, {
          data: { source: ref.entry.path, lastChanged: v.entry.lastChanged, sourceChanged: ref.entry.lastChanged },
        });
      }
    }
  }
  return suppress(findings, entries, groups);
}

function compareMeta(ref: Parsed, v: Parsed, refLabel: string, add: AddFn): void {
  for (const key of META_KEYS) {
    const a = ref.s.meta[key];
    const b = v.s.meta[key];
    if (a === b) continue;
    const range = v.s.ranges.meta[key] ?? v.s.ranges.id;
    add(v, 'meta', range, `"${key}" is ${JSON.stringify(b)} here but ${JSON.stringify(a)} in ${refLabel}: every locale of a template must have the same ${key}.`, { data: { key, expected: a, actual: b } });
  }
}

function compareVariables(ref: Parsed, v: Parsed, refLabel: string, add: AddFn): void {
  const refVars = ref.s.variables;
  const vVars = v.s.variables;
  const missing = refVars.filter((n) => !vVars.includes(n));
  if (missing.length) {
    const list = missing.map((n) => `"${n}"`).join(', ');
    add(v, 'variables', v.s.ranges.variablesLine, `Variable${missing.length > 1 ? 's' : ''} ${list} ${missing.length > 1 ? 'are' : 'is'} declared in ${refLabel} but not here: every locale of a template uses the same variable names.`, { data: { missing } });
  }
  for (const n of vVars) {
    if (refVars.includes(n)) continue;
    add(v, 'variables', v.s.ranges.variables[n] ?? v.s.ranges.id, `Variable "${n}" is declared here but not in ${refLabel}: rename it to the source's name or add it there too.`, { data: { extra: n } });
  }
}

/** Required elements (by policy, for either template's type and stage) present in one locale but not the other. */
function compareElements(ref: Parsed, v: Parsed, knowledge: Knowledge, add: AddFn): void {
  if (!ref.s.hits || !v.s.hits) return;
  const required = new Set([...ref.s.required, ...v.s.required]);
  const refHits = new Set(ref.s.hits);
  const vHits = new Set(v.s.hits);
  for (const element of [...required].sort()) {
    const inRef = refHits.has(element);
    const inV = vHits.has(element);
    if (inRef === inV) continue;
    const [has, lacks] = inRef ? [ref, v] : [v, ref];
    const label = knowledge.elementLabel(element, 'en');
    add(lacks, 'elements', lacks.s.ranges.anchor, `The ${has.s.language} version (${has.entry.path}) includes ${label} ("${element}"), but this ${lacks.s.language} version does not: the locales of a template must say the same things.`, {
      documentLevel: true,
      data: { element, other: has.entry.path },
    });
  }
}

type AddFn = (p: Parsed, subId: string, range: Range, message: string, extra?: Partial<ParityFinding>) => void;

/** The `id:` value, or the document anchor. */
function idRange(doc: ParsedDocument): Range {
  return doc.frontMatter?.valueRanges.get('id') ?? doc.anchor(['id']);
}

/** The first line of a key's range (`variables:` rather than the whole map). */
function keyLine(text: string, range: Range): Range {
  const nl = text.indexOf('\n', range[0]);
  const end = nl >= 0 && nl < range[1] ? nl : range[1];
  return [range[0], text[end - 1] === '\r' ? end - 1 : end];
}

function day(t: number): string {
  const ms = t < 1e12 ? t * 1000 : t;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Honours the files' replylint-disable comments for locale-parity. */
function suppress(findings: ParityFinding[], entries: readonly ParityEntry[], groups: Map<string, Parsed[]>): ParityFinding[] {
  const summaries = new Map<string, ParitySummary>();
  for (const list of groups.values()) for (const p of list) summaries.set(p.entry.path, p.s);
  const byPath = new Map<string, ParityFinding[]>();
  for (const f of findings) {
    const list = byPath.get(f.path);
    if (list) list.push(f);
    else byPath.set(f.path, [f]);
  }
  const out: ParityFinding[] = [];
  for (const entry of entries) {
    const mine = byPath.get(entry.path);
    if (!mine) continue;
    byPath.delete(entry.path);
    const directives = summaries.get(entry.path)?.directives ?? [];
    const asMessages: LintMessage[] = mine.map((f) => ({ ruleId: f.ruleId, subId: f.subId, severity: f.severity, message: f.message, range: f.range }));
    const kept = new Set(applySuppressions(entry.text, directives, asMessages));
    mine.forEach((f, i) => {
      if (kept.has(asMessages[i])) out.push(f);
    });
  }
  return out;
}
