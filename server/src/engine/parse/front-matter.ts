/**
 * Front matter: split, YAML-parse with `yaml`, validate against the schema, all with offsets
 * into the original text.
 */

import { isMap, isScalar, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Range, Suggestion, TemplateMeta, VariableSpec } from '../types.js';
import { didYouMean } from '../text/similar.js';
import { fastYaml } from './fast-yaml.js';

export const BUILTIN_TYPES = ['will', 'belle', 'xavier', 'dwight', 'angry', 'generic'] as const;
export const BUILTIN_STAGES = [
  'warning', 'termination', 'refund', 'walk-away', 'review-response', 'complaint-response',
  'acknowledgement', 'review-revision',
] as const;
export const FIRST_CLASS_LOCALES = ['en', 'de', 'zh', 'ko'] as const;

/** Top-level keys and what they hold (the JSON Schema in schemas/ mirrors this). */
export const FRONT_MATTER_KEYS: Record<string, string> = {
  id: 'string', title: 'string', description: 'string', tags: 'string[]', type: 'string', stage: 'string',
  locale: 'string', business: 'string', legal_threat: 'boolean', variables: 'map', samples: 'map',
};
export const VARIABLE_KEYS: Record<string, string> = { example: 'scalar', description: 'string', required: 'boolean' };

export interface Problem {
  range: Range;
  message: string;
  severity?: 'error' | 'warning' | 'info';
  suggestions?: Suggestion[];
  /** Sub-category, e.g. `syntax`, `unknown-key`, `type`. */
  kind: string;
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing fence line. */
  range: Range;
  /** The YAML text between the fences. */
  content: Range;
  /** Whether the closing fence was found. */
  closed: boolean;
  problems: Problem[];
  /** Range of each top-level key's whole pair (key through value). */
  keyRanges: Map<string, Range>;
  /** Range of each top-level value. */
  valueRanges: Map<string, Range>;
  /** Range of each declared variable's key. */
  variableRanges: Map<string, Range>;
  /** Parsed values (only those that passed validation). */
  values: Partial<TemplateMeta> & { samples?: Record<string, Record<string, string>> };
}

export interface SchemaContext {
  types: readonly string[];
  stages: readonly string[];
}

const OPEN_FENCE = /^---[ \t]*(\r?\n|$)/;
const CLOSE_FENCE = /^(---|\.\.\.)[ \t]*(\r?\n|$)/gm;
/** Front matter larger than this is not parsed (a YAML bomb or a pasted file). */
export const MAX_FRONT_MATTER = 256 * 1024;

/** Finds and validates the front matter that starts at `start` (after a BOM). */
export function parseFrontMatter(text: string, start: number, schema: SchemaContext): FrontMatter | null {
  const head = OPEN_FENCE.exec(text.slice(start, start + 8));
  if (!head) return null;
  const contentStart = start + head[0].length;
  CLOSE_FENCE.lastIndex = contentStart;
  const close = head[1] === '' ? null : CLOSE_FENCE.exec(text);
  const fm: FrontMatter = {
    range: [start, close ? close.index + close[0].length : text.length],
    content: [contentStart, close ? close.index : contentStart],
    closed: close !== null,
    problems: [],
    keyRanges: new Map(),
    valueRanges: new Map(),
    variableRanges: new Map(),
    values: {},
  };
  if (!close) {
    fm.problems.push({
      kind: 'unterminated',
      range: [start, start + 3],
      message: 'Front matter is not closed: add a line with "---" after the last key.',
    });
    return fm;
  }
  const yamlText = text.slice(fm.content[0], fm.content[1]);
  if (yamlText.length > MAX_FRONT_MATTER) {
    fm.problems.push({ kind: 'size', range: [start, start + 3], message: `Front matter is larger than ${MAX_FRONT_MATTER / 1024} KB and was not read.` });
    return fm;
  }
  validateYaml(yamlText, fm, schema);
  return fm;
}

function validateYaml(yamlText: string, fm: FrontMatter, schema: SchemaContext): void {
  // Templates use a small regular subset of YAML: parse that directly (same nodes, ranges and
  // values), and anything else with the yaml package.
  const fast = fastYaml(yamlText);
  if (fast) {
    validateMap(fast.contents, fast.js, fm, schema);
    return;
  }
  const base = fm.content[0];
  const lineCounter = new LineCounter();
  let doc;
  try {
    doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false, lineCounter, strict: true });
  } catch (e) {
    fm.problems.push({ kind: 'syntax', range: [base, base], message: `Front matter could not be read: ${(e as Error).message}` });
    return;
  }
  for (const err of doc.errors) {
    const [a, b] = err.pos;
    fm.problems.push({ kind: 'syntax', range: [base + a, base + Math.max(b, a + 1)], message: `YAML: ${firstLine(err.message)}` });
  }
  if (doc.errors.length > 0) return;
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return;
  if (!isMap(contents)) {
    fm.problems.push({ kind: 'type', range: nodeRange(contents, base), message: 'Front matter must be a map of keys such as "type", "stage" and "locale".' });
    return;
  }
  let toJs: Record<string, unknown>;
  try {
    toJs = doc.toJS({ maxAliasCount: 50 }) as Record<string, unknown>;
  } catch (e) {
    fm.problems.push({ kind: 'syntax', range: nodeRange(contents, base), message: `Front matter could not be read: ${firstLine((e as Error).message)}` });
    return;
  }
  validateMap(contents as YAMLMap, toJs, fm, schema);
}

function validateMap(contents: YAMLMap, toJs: Record<string, unknown>, fm: FrontMatter, schema: SchemaContext): void {
  const base = fm.content[0];
  for (const pair of contents.items as Pair<Node, Node>[]) {
    const keyNode = pair.key;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const keyRange = nodeRange(keyNode, base);
    const valueRange = pair.value ? nodeRange(pair.value, base) : keyRange;
    fm.keyRanges.set(key, [keyRange[0], valueRange[1]]);
    fm.valueRanges.set(key, valueRange);
    if (!(key in FRONT_MATTER_KEYS)) {
      fm.problems.push(unknownKey(key, keyRange, Object.keys(FRONT_MATTER_KEYS), 'front matter'));
      continue;
    }
    checkValue(key, toJs[key], pair.value, valueRange, fm, schema);
  }
}

function checkValue(key: string, value: unknown, node: Node | null, range: Range, fm: FrontMatter, schema: SchemaContext): void {
  const v = fm.values as Record<string, unknown>;
  const wrong = (expected: string): void => {
    fm.problems.push({ kind: 'type', range, message: `"${key}" must be ${expected}, not ${describe(value)}.` });
  };
  switch (key) {
    case 'id': case 'title': case 'description':
      if (typeof value === 'string' || typeof value === 'number') v[key] = String(value);
      else wrong('a string');
      return;
    case 'tags':
      if (Array.isArray(value) && value.every((t) => typeof t === 'string')) v.tags = value;
      else wrong('a list of strings');
      return;
    case 'type': case 'stage': {
      if (typeof value !== 'string') return wrong('a string');
      const known = key === 'type' ? schema.types : schema.stages;
      if (!known.includes(value)) {
        const guess = didYouMean(value, known);
        fm.problems.push({
          kind: 'enum', range,
          message: `Unknown ${key} "${value}"${guess ? `; did you mean "${guess}"?` : ''} Known: ${known.join(', ')}.`,
          suggestions: guess ? [{ title: `Change to "${guess}"`, edits: [{ range, text: guess }] }] : undefined,
        });
        return;
      }
      v[key] = value;
      return;
    }
    case 'locale': {
      if (typeof value !== 'string') return wrong('a BCP 47 language tag such as "en" or "de-CH"');
      try {
        v.locale = Intl.getCanonicalLocales(value)[0];
      } catch {
        fm.problems.push({ kind: 'locale', range, message: `"${value}" is not a valid BCP 47 language tag (for example "en", "de-AT", "zh-Hans", "ko").` });
      }
      return;
    }
    case 'business':
      if (value === 'product' || value === 'service') v.business = value;
      else if (typeof value === 'string') {
        const guess = didYouMean(value, ['product', 'service']);
        fm.problems.push({
          kind: 'enum', range, message: `"business" must be "product" or "service", not "${value}".`,
          suggestions: guess ? [{ title: `Change to "${guess}"`, edits: [{ range, text: guess }] }] : undefined,
        });
      } else wrong('"product" or "service"');
      return;
    case 'legal_threat':
      if (typeof value === 'boolean') v.legal_threat = value;
      else wrong('true or false');
      return;
    case 'variables':
      checkVariables(value, node, range, fm);
      return;
    case 'samples':
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const samples: Record<string, Record<string, string>> = {};
        for (const [name, set] of Object.entries(value as Record<string, unknown>)) {
          if (set && typeof set === 'object' && !Array.isArray(set)) {
            samples[name] = Object.fromEntries(Object.entries(set as Record<string, unknown>).map(([k, x]) => [k, String(x)]));
          } else {
            fm.problems.push({ kind: 'type', range, message: `Sample "${name}" must be a map of variable names to values.` });
          }
        }
        fm.values.samples = samples;
      } else wrong('a map of sample names to variable values');
      return;
  }
}

function checkVariables(value: unknown, node: Node | null, range: Range, fm: FrontMatter): void {
  if (value === null || value === undefined) { fm.values.variables = {}; return; }
  if (typeof value !== 'object' || Array.isArray(value) || !isMap(node)) {
    fm.problems.push({ kind: 'type', range, message: `"variables" must be a map of variable names to { example, description, required }, not ${describe(value)}.` });
    return;
  }
  const base = range[0] - (node.range?.[0] ?? 0);
  const out: Record<string, VariableSpec> = {};
  for (const pair of node.items as Pair<Node, Node>[]) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const keyRange = nodeRange(pair.key, base);
    fm.variableRanges.set(name, keyRange);
    if (!/^[A-Za-z_][\w.-]*$/.test(name)) {
      fm.problems.push({ kind: 'variable-name', range: keyRange, message: `Variable name "${name}" must start with a letter or "_" and contain only letters, digits, "_", "-" and ".".` });
    }
    const spec = (value as Record<string, unknown>)[name];
    if (spec === null || spec === undefined) { out[name] = {}; continue; }
    if (typeof spec === 'string' || typeof spec === 'number') { out[name] = { example: String(spec) }; continue; }
    if (typeof spec !== 'object' || Array.isArray(spec) || !isMap(pair.value)) {
      fm.problems.push({ kind: 'type', range: pair.value ? nodeRange(pair.value, base) : keyRange, message: `Variable "${name}" must be a map with example, description and required.` });
      continue;
    }
    const result: VariableSpec = {};
    for (const sub of pair.value.items as Pair<Node, Node>[]) {
      const subKey = isScalar(sub.key) ? String(sub.key.value) : '';
      const subKeyRange = nodeRange(sub.key, base);
      const subValue = (spec as Record<string, unknown>)[subKey];
      const subRange = sub.value ? nodeRange(sub.value, base) : subKeyRange;
      if (!(subKey in VARIABLE_KEYS)) {
        fm.problems.push(unknownKey(subKey, subKeyRange, Object.keys(VARIABLE_KEYS), `variable "${name}"`));
      } else if (subKey === 'required') {
        if (typeof subValue === 'boolean') result.required = subValue;
        else fm.problems.push({ kind: 'type', range: subRange, message: `"required" of variable "${name}" must be true or false.` });
      } else if (subKey === 'description') {
        if (typeof subValue === 'string') result.description = subValue;
        else fm.problems.push({ kind: 'type', range: subRange, message: `"description" of variable "${name}" must be a string.` });
      } else if (typeof subValue === 'string' || typeof subValue === 'number' || typeof subValue === 'boolean') {
        result.example = String(subValue);
      } else {
        fm.problems.push({ kind: 'type', range: subRange, message: `"example" of variable "${name}" must be a single value.` });
      }
    }
    out[name] = result;
  }
  fm.values.variables = out;
}

function unknownKey(key: string, range: Range, known: string[], where: string): Problem {
  const guess = didYouMean(key, known);
  return {
    kind: 'unknown-key',
    range,
    message: `Unknown key "${key}" in ${where}${guess ? `; did you mean "${guess}"?` : '.'}`,
    severity: 'error',
    suggestions: guess ? [{ title: `Rename to "${guess}"`, edits: [{ range, text: guess }] }] : undefined,
  };
}

function nodeRange(node: Node | null | undefined, base: number): Range {
  const r = node?.range;
  if (!r) return [base, base];
  return [base + r[0], base + r[1]];
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}
