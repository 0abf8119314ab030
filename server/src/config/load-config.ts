/**
 * `.replylintrc.yaml`: discovery (nearest file upward from each linted file), validation with
 * positioned errors, and resolution into the engine's config for one file (overrides by glob).
 * The CLI and the language server both use this module, so the editor and CI always agree.
 */

import * as nodeFs from 'node:fs';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import {
  BUILTIN_STAGES, BUILTIN_TYPES, compilePattern, defaultConfig, didYouMean, PatternError, ruleMap,
  type EngineConfig, type PhraseSet, type PolicyRequirement, type RuleSetting, type ToneEntry,
} from '../engine/index.js';

export const CONFIG_NAMES = ['.replylintrc.yaml', '.replylintrc.yml'];
const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'];

/** What the loader needs from a file system (injected in tests and by the language server). */
export interface ConfigFs {
  readFile(file: string): string;
  exists(file: string): boolean;
}

export const nodeConfigFs: ConfigFs = {
  readFile: (f) => nodeFs.readFileSync(f, 'utf8'),
  exists: (f) => {
    try {
      return nodeFs.statSync(f).isFile();
    } catch {
      return false;
    }
  },
};

/** A config problem with a 1-based position in the config file. */
export class ConfigError extends Error {
  constructor(readonly file: string, readonly line: number, readonly column: number, readonly detail: string) {
    super(`${file}:${line}:${column}: ${detail}`);
  }
}

export interface Override {
  files: string[];
  matchers: ((p: string) => boolean)[];
  config: PartialConfig;
}

/** The parts of an EngineConfig a file (or an override block) can set. */
export interface PartialConfig {
  rules: Record<string, RuleSetting>;
  ruleOptions: Record<string, Record<string, unknown>>;
  types: string[];
  stages: string[];
  locales: string[];
  phrases: Record<string, Record<string, Partial<PhraseSet>>>;
  tone: Record<string, ToneEntry[]>;
  allow: Record<string, string[]>;
  policy: PolicyRequirement[];
}

export interface ConfigFile {
  file: string;
  dir: string;
  base: PartialConfig;
  overrides: Override[];
  ignores: string[];
  maxFileSize?: number;
  /** Keys from the raw YAML for --print-config. */
  raw: unknown;
}

const TOP_KEYS = ['rules', 'types', 'stages', 'locales', 'phrases', 'tone', 'allow', 'policy', 'overrides', 'ignores', 'maxFileSize', 'export'];

/** Finds the nearest config file at or above `dir`. */
export function findConfigFile(dir: string, fs: ConfigFs = nodeConfigFs, cache?: Map<string, string | null>): string | null {
  let current = path.resolve(dir);
  const visited: string[] = [];
  for (;;) {
    const cached = cache?.get(current);
    if (cached !== undefined) {
      for (const v of visited) cache?.set(v, cached);
      return cached;
    }
    visited.push(current);
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(current, name);
      if (fs.exists(candidate)) {
        for (const v of visited) cache?.set(v, candidate);
        return candidate;
      }
    }
    const parent = path.dirname(current);
    if (parent === current) {
      for (const v of visited) cache?.set(v, null);
      return null;
    }
    current = parent;
  }
}

/** Reads and validates one config file. Throws ConfigError with a position. */
export function loadConfigFile(file: string, fs: ConfigFs = nodeConfigFs, options: { trusted?: boolean } = {}): ConfigFile {
  let text: string;
  try {
    text = fs.readFile(file);
  } catch (e) {
    throw new ConfigError(file, 1, 1, `cannot read config file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parseConfigText(text, file, options);
}

/** Validates config text (exported for the language server, which lints unsaved rc files). */
export function parseConfigText(text: string, file: string, options: { trusted?: boolean } = {}): ConfigFile {
  const lc = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lc, uniqueKeys: true, prettyErrors: false, strict: true });
  const fail = (offset: number, message: string): never => {
    const p = lc.linePos(offset);
    throw new ConfigError(file, p.line, p.col, message);
  };
  if (doc.errors.length) fail(doc.errors[0].pos[0], `YAML: ${doc.errors[0].message.split('\n')[0]}`);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (e) {
    fail(0, `YAML: ${(e as Error).message}`);
  }
  const root = doc.contents;
  const cfg: ConfigFile = { file, dir: path.dirname(file), base: emptyPartial(), overrides: [], ignores: [], raw };
  if (root === null || (isScalar(root) && root.value === null)) return cfg;
  if (!isMap(root)) fail(root.range?.[0] ?? 0, 'the config must be a map of keys such as "rules", "ignores" and "overrides"');
  const rawMap = raw as Record<string, unknown>;
  for (const pair of (root as { items: Pair<Node, Node>[] }).items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!TOP_KEYS.includes(key)) {
      const guess = didYouMean(key, TOP_KEYS);
      fail(at(pair.key), `unknown key "${key}"${guess ? `; did you mean "${guess}"?` : ''} (known: ${TOP_KEYS.join(', ')})`);
    }
    const value = rawMap[key];
    if (key === 'overrides') {
      if (!isSeq(pair.value)) fail(at(pair.value ?? pair.key), '"overrides" must be a list of { files, rules, ... }');
      (pair.value as unknown as { items: Node[] }).items.forEach((item, i) => {
        const o = (value as unknown[])[i];
        if (!isMap(item) || !o || typeof o !== 'object') fail(at(item), 'each override must be a map with "files"');
        const obj = o as Record<string, unknown>;
        const files = typeof obj.files === 'string' ? [obj.files] : obj.files;
        if (!Array.isArray(files) || files.length === 0 || !files.every((f) => typeof f === 'string')) fail(at(item), 'an override needs "files": a glob or a list of globs');
        const partial = emptyPartial();
        for (const sub of (item as unknown as { items: Pair<Node, Node>[] }).items) {
          const subKey = isScalar(sub.key) ? String(sub.key.value) : '';
          if (subKey === 'files') continue;
          if (!['rules', 'policy', 'phrases', 'tone', 'allow'].includes(subKey)) {
            fail(at(sub.key), `unknown key "${subKey}" in an override (allowed: files, rules, policy, phrases, tone, allow)`);
          }
          applyKey(subKey, obj[subKey], sub.value, partial, fail, options);
        }
        const globs = files as string[];
        cfg.overrides.push({ files: globs, matchers: globs.map((g) => picomatch(g, { dot: true, matchBase: !g.includes('/') })), config: partial });
      });
    } else if (key === 'ignores') {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) fail(at(pair.value), '"ignores" must be a list of globs');
      cfg.ignores = value as string[];
    } else if (key === 'maxFileSize') {
      if (typeof value !== 'number' || !(value > 0)) fail(at(pair.value), '"maxFileSize" must be a positive number of bytes');
      cfg.maxFileSize = value as number;
    } else if (key === 'export') {
      // Its shape is validated, with positions, by `replylint export` (cli/export/mapping.ts).
      if (!value || typeof value !== 'object' || Array.isArray(value)) fail(at(pair.value), '"export" must be a map of helpdesk targets');
    } else {
      applyKey(key, value, pair.value, cfg.base, fail, options);
    }
  }
  return cfg;
}

type Fail = (offset: number, message: string) => never;

/** Where a YAML node starts in the config text (0 when there is none). */
const at = (node: Node | null | undefined): number => node?.range?.[0] ?? 0;

/** Each option a rule is given must be one it reads (`options` in its metadata), with the right type. */
function checkRuleOptions(id: string, options: Record<string, unknown>, node: Node | null, fail: Fail): void {
  const specs = ruleMap.get(id.split('/')[0])?.options ?? {};
  if (id.includes('/')) fail(at(node), `options belong to the rule "${id.split('/')[0]}", not to one category of it ("${id}")`);
  const pairs = isMap(node) ? (node.items as Pair<Node, Node>[]) : [];
  const where = (key: string, value: boolean): number => {
    const pair = pairs.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return at(value ? pair?.value ?? pair?.key : pair?.key) || at(node);
  };
  const positive = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v > 0;
  for (const [key, value] of Object.entries(options)) {
    const spec = specs[key];
    if (!spec) {
      const known = Object.keys(specs);
      if (known.length === 0) fail(where(key, false), `rule "${id}" takes no options`);
      const guess = didYouMean(key, known);
      fail(where(key, false), `unknown option "${key}" of "${id}"${guess ? `; did you mean "${guess}"?` : ''} (options: ${known.join(', ')})`);
    }
    const bad = spec.type === 'positive-number' ? !positive(value)
      : spec.type === 'positive-number-map' ? !(value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every(positive))
      : spec.type === 'enum' ? !(typeof value === 'string' && (spec.values ?? []).includes(value))
      : typeof value !== spec.type;
    if (bad) {
      const values = (spec.values ?? []).map((v) => `"${v}"`).join(', ');
      const guess = spec.type === 'enum' && typeof value === 'string' ? didYouMean(value, [...(spec.values ?? [])]) : undefined;
      const expected = { 'positive-number': 'a number above 0', 'positive-number-map': 'a map of names to numbers above 0', string: 'a string', boolean: 'true or false', enum: `one of ${values}` }[spec.type];
      fail(where(key, true), `option "${key}" of "${id}" must be ${expected}${guess ? `; did you mean "${guess}"?` : ''} (${spec.description})`);
    }
  }
}

function applyKey(key: string, value: unknown, node: Node | null, into: PartialConfig, fail: Fail, options: { trusted?: boolean }): void {
  const stringList = (what: string): string[] => {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
    if (value && typeof value === 'object' && !Array.isArray(value)) return Object.keys(value);
    return fail(at(node), `"${what}" must be a list of names`);
  };
  const checkPatterns = (patterns: unknown, n: Node | null | undefined, where: string): string[] => {
    if (!Array.isArray(patterns) || !patterns.every((p) => typeof p === 'string')) fail(at(n), `${where} must be a list of patterns (strings)`);
    const items = isSeq(n) ? (n.items as Node[]) : [];
    (patterns as string[]).forEach((p, i) => {
      try {
        compilePattern(p, null);
      } catch (e) {
        if (e instanceof PatternError) fail(at(items[i] ?? n), `${where}: ${e.message}`);
        throw e;
      }
    });
    return patterns as string[];
  };
  switch (key) {
    case 'rules': {
      if (!isMap(node) || !value || typeof value !== 'object') fail(at(node), '"rules" must be a map of rule ids to a severity or { severity, options }');
      for (const pair of (node as unknown as { items: Pair<Node, Node>[] }).items) {
        const id = isScalar(pair.key) ? String(pair.key.value) : '';
        const baseId = id.split('/')[0];
        if (!ruleMap.has(baseId)) {
          const guess = didYouMean(baseId, ruleMap.keys());
          fail(at(pair.key), `unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ''}`);
        }
        const setting = (value as Record<string, unknown>)[id];
        if (typeof setting === 'string' || typeof setting === 'boolean') {
          const sev = setting === false ? 'off' : setting === true ? ruleMap.get(baseId)!.defaultSeverity : setting;
          if (!SEVERITIES.includes(sev)) fail(at(pair.value), `severity of "${id}" must be one of ${SEVERITIES.join(', ')}`);
          into.rules[id] = sev as RuleSetting;
        } else if (setting && typeof setting === 'object' && !Array.isArray(setting)) {
          const s = setting as Record<string, unknown>;
          for (const k of Object.keys(s)) if (k !== 'severity' && k !== 'options') fail(at(pair.value), `rule "${id}" takes "severity" and "options", not "${k}"`);
          if (s.severity !== undefined) {
            if (typeof s.severity !== 'string' || !SEVERITIES.includes(s.severity)) fail(at(pair.value), `severity of "${id}" must be one of ${SEVERITIES.join(', ')}`);
            into.rules[id] = s.severity as RuleSetting;
          }
          if (s.options !== undefined) {
            if (!s.options || typeof s.options !== 'object' || Array.isArray(s.options)) fail(at(pair.value), `options of "${id}" must be a map`);
            checkRuleOptions(id, s.options as Record<string, unknown>, isMap(pair.value) ? pair.value.get('options', true) as Node : null, fail);
            into.ruleOptions[id] = s.options as Record<string, unknown>;
          }
        } else fail(at(pair.value), `rule "${id}" must be a severity (${SEVERITIES.join(', ')}) or { severity, options }`);
      }
      return;
    }
    case 'types': into.types.push(...stringList('types').filter((t) => !(BUILTIN_TYPES as readonly string[]).includes(t))); return;
    case 'stages': into.stages.push(...stringList('stages').filter((t) => !(BUILTIN_STAGES as readonly string[]).includes(t))); return;
    case 'locales': into.locales.push(...stringList('locales')); return;
    case 'phrases': {
      if (!isMap(node) || !value || typeof value !== 'object') fail(at(node), '"phrases" must be a map of language -> element -> { match, exclude, insert }');
      if (options.trusted === false) return;
      for (const langPair of (node as unknown as { items: Pair<Node, Node>[] }).items) {
        const lang = String((langPair.key as { value?: unknown })?.value ?? '');
        const elements = (value as Record<string, unknown>)[lang];
        if (!isMap(langPair.value) || !elements || typeof elements !== 'object') fail(at(langPair.value ?? langPair.key), `phrases.${lang} must be a map of element ids to { match, exclude, insert }`);
        into.phrases[lang] ??= {};
        for (const elPair of (langPair.value as unknown as { items: Pair<Node, Node>[] }).items) {
          const el = String((elPair.key as { value?: unknown })?.value ?? '');
          const set = (elements as Record<string, unknown>)[el] as Record<string, unknown> | string[];
          if (Array.isArray(set)) {
            into.phrases[lang][el] = { match: checkPatterns(set, elPair.value, `phrases.${lang}.${el}`) };
            continue;
          }
          if (!set || typeof set !== 'object' || !isMap(elPair.value)) fail(at(elPair.value ?? elPair.key), `phrases.${lang}.${el} must be { match, exclude, insert } or a list of patterns`);
          const out: Partial<PhraseSet> = {};
          for (const p of (elPair.value as unknown as { items: Pair<Node, Node>[] }).items) {
            const k = String((p.key as { value?: unknown })?.value ?? '');
            const v = (set as Record<string, unknown>)[k];
            if (k === 'match' || k === 'exclude') out[k] = checkPatterns(v, p.value, `phrases.${lang}.${el}.${k}`);
            else if (k === 'insert') {
              if (typeof v !== 'string') fail(at(p.value), `phrases.${lang}.${el}.insert must be a string`);
              out.insert = v as string;
            } else fail(at(p.key), `unknown key "${k}" in phrases.${lang}.${el} (match, exclude, insert)`);
          }
          into.phrases[lang][el] = out;
        }
      }
      return;
    }
    case 'tone': {
      if (!isMap(node) || !value || typeof value !== 'object') fail(at(node), '"tone" must be a map of language -> list of { category, match, rewrites }');
      if (options.trusted === false) return;
      for (const langPair of (node as unknown as { items: Pair<Node, Node>[] }).items) {
        const lang = String((langPair.key as { value?: unknown })?.value ?? '');
        const entries = (value as Record<string, unknown>)[lang];
        if (!Array.isArray(entries) || !isSeq(langPair.value)) fail(at(langPair.value ?? langPair.key), `tone.${lang} must be a list of { category, match, rewrites }`);
        const nodes = (langPair.value as unknown as { items: Node[] }).items;
        (entries as unknown[]).forEach((e, i) => {
          const where = `tone.${lang}[${i}]`;
          if (!e || typeof e !== 'object') fail(at(nodes[i]), `${where} must be a map`);
          const entry = e as Record<string, unknown>;
          for (const k of Object.keys(entry)) if (!['id', 'category', 'match', 'exclude', 'message', 'rewrites', 'examples', 'severity'].includes(k)) fail(at(nodes[i]), `unknown key "${k}" in ${where}`);
          if (typeof entry.category !== 'string') fail(at(nodes[i]), `${where} needs a "category" (e.g. passive-aggressive)`);
          const matchNode = isMap(nodes[i]) ? (nodes[i] as unknown as { get(k: string, keep: boolean): Node }).get('match', true) : undefined;
          checkPatterns(entry.match, matchNode, `${where}.match`);
          if (entry.exclude !== undefined) checkPatterns(entry.exclude, undefined, `${where}.exclude`);
          if (entry.rewrites !== undefined && !(Array.isArray(entry.rewrites) && entry.rewrites.every((r) => typeof r === 'string'))) fail(at(nodes[i]), `${where}.rewrites must be a list of strings`);
        });
        (into.tone[lang] ??= []).push(...(entries as ToneEntry[]));
      }
      return;
    }
    case 'allow': {
      if (options.trusted === false) return;
      if (Array.isArray(value)) {
        (into.allow['*'] ??= []).push(...checkPatterns(value, node, 'allow'));
        return;
      }
      if (!isMap(node) || !value || typeof value !== 'object') fail(at(node), '"allow" must be a list of phrases, or a map of language -> list');
      for (const p of (node as unknown as { items: Pair<Node, Node>[] }).items) {
        const lang = String((p.key as { value?: unknown })?.value ?? '');
        (into.allow[lang] ??= []).push(...checkPatterns((value as Record<string, unknown>)[lang], p.value, `allow.${lang}`));
      }
      return;
    }
    case 'policy': {
      if (!Array.isArray(value) || !isSeq(node)) fail(at(node), '"policy" must be a list of { rule, elements, when }');
      const nodes = (node as unknown as { items: Node[] }).items;
      (value as unknown[]).forEach((row, i) => {
        const r = row as Record<string, unknown>;
        const where = `policy[${i}]`;
        if (!r || typeof r !== 'object') fail(at(nodes[i]), `${where} must be a map`);
        if (typeof r.rule !== 'string' || !ruleMap.has(r.rule)) fail(at(nodes[i]), `${where}.rule must name a rule (e.g. refund-offer)`);
        if (!Array.isArray(r.elements) || !r.elements.every((e) => typeof e === 'string')) fail(at(nodes[i]), `${where}.elements must be a list of element ids`);
        const when = (r.when ?? {}) as Record<string, unknown>;
        for (const k of Object.keys(when)) if (!['type', 'stage', 'business', 'legal_threat'].includes(k)) fail(at(nodes[i]), `unknown condition "${k}" in ${where}.when (type, stage, business, legal_threat)`);
        into.policy.push({ rule: r.rule as string, elements: r.elements as string[], when: when as PolicyRequirement['when'] });
      });
      return;
    }
  }
}

function emptyPartial(): PartialConfig {
  return { rules: {}, ruleOptions: {}, types: [], stages: [], locales: [], phrases: {}, tone: {}, allow: {}, policy: [] };
}

function merge(into: EngineConfig, p: PartialConfig): void {
  Object.assign(into.rules, p.rules);
  for (const [id, o] of Object.entries(p.ruleOptions)) into.ruleOptions[id] = { ...(into.ruleOptions[id] ?? {}), ...o };
  into.types.push(...p.types);
  into.stages.push(...p.stages);
  into.locales.push(...p.locales);
  for (const [lang, els] of Object.entries(p.phrases)) {
    into.phrases[lang] ??= {};
    for (const [el, set] of Object.entries(els)) {
      const cur = into.phrases[lang][el] ?? {};
      into.phrases[lang][el] = { ...cur, ...set, match: [...(cur.match ?? []), ...(set.match ?? [])], exclude: [...(cur.exclude ?? []), ...(set.exclude ?? [])] };
    }
  }
  for (const [lang, entries] of Object.entries(p.tone)) (into.tone[lang] ??= []).push(...entries);
  for (const [lang, list] of Object.entries(p.allow)) (into.allow[lang] ??= []).push(...list);
  into.policy.push(...p.policy);
}

export interface ResolveOptions {
  /** Rule severities from the command line or editor settings, applied last. */
  rules?: Record<string, RuleSetting>;
  only?: string[];
  defaultLocale?: string;
  trusted?: boolean;
}

/**
 * The engine config for `filePath` under `cfg` (or defaults when null). Results are cached per
 * (config file, matching override set), so files that share a config share compiled matchers.
 */
export class ConfigResolver {
  private readonly cache = new Map<string, EngineConfig>();
  constructor(private readonly options: ResolveOptions = {}) {}

  resolve(filePath: string, cfg: ConfigFile | null): EngineConfig {
    const matching: number[] = [];
    if (cfg) {
      const rel = path.relative(cfg.dir, path.resolve(filePath)).split(path.sep).join('/');
      cfg.overrides.forEach((o, i) => {
        if (o.matchers.some((m) => m(rel))) matching.push(i);
      });
    }
    const key = `${cfg?.file ?? ''}|${matching.join(',')}`;
    let config = this.cache.get(key);
    if (config) return config;
    config = defaultConfig();
    if (cfg) {
      merge(config, cfg.base);
      for (const i of matching) merge(config, cfg.overrides[i].config);
    }
    Object.assign(config.rules, this.options.rules ?? {});
    if (this.options.only) config.only = this.options.only;
    if (this.options.defaultLocale) config.defaultLocale = this.options.defaultLocale;
    config.trusted = this.options.trusted !== false;
    this.cache.set(key, config);
    return config;
  }
}
