/**
 * Rule messages in the editor's display language, from the same l10n bundles the VS Code client
 * uses (l10n/bundle.l10n.<locale>.json; the client passes the path of the active one in
 * initializationOptions.l10nBundle). Keys are the English strings; `{0}`, `{1}` … mark arguments.
 *
 * Lookup order for a message:
 * 1. missing-element findings are rebuilt from the element's label in the display language
 *    (data/elements.yaml);
 * 2. the whole message as a key (fixed texts such as tone messages);
 * 3. keys with arguments as patterns: `Unknown rule "{0}" in suppression comment.` matches the
 *    engine's English message, the arguments are taken out and put into the translation.
 *    Arguments that stand free in the sentence (not in quotes or braces) are translated too when
 *    the bundle has them (`"tags" must be {1}, not {2}.` with {1} = `a list of strings`);
 * 4. tone messages without their trailing `(neutral-tone/category)`;
 * anything else stays English.
 *
 * Literal braces: messages quote placeholders as `{{name}}`. In keys `{{` and `}}` are always
 * literal and only `{n}` outside them is an argument, so `{{{0}}}` is `{{` + argument 0 + `}}`.
 *
 * Speed: the server translates every diagnostic on every keystroke. Patterns are compiled once,
 * indexed by their first literal word (patterns whose first word is not literal are checked by
 * prefix and suffix before their regex runs), and results are cached per message.
 */

import { readFileSync } from 'node:fs';
import { knowledgeFor, type EngineConfig, type LintMessage } from '../engine/index.js';

/** A key split into literal text and argument indexes; `{{`/`}}` are literal. */
export function tokenize(key: string): (string | number)[] {
  const out: (string | number)[] = [];
  let literal = '';
  let last = 0;
  for (const m of key.matchAll(/\{\{|\}\}|\{(\d+)\}/g)) {
    literal += key.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] === undefined) literal += m[0];
    else {
      if (literal) out.push(literal);
      literal = '';
      out.push(Number(m[1]));
    }
  }
  literal += key.slice(last);
  if (literal) out.push(literal);
  return out;
}

/** Fills the arguments of a bundle value; `{{`/`}}` stay as they are. */
export function format(template: string, args: readonly (string | number)[]): string {
  return tokenize(template).map((t) => (typeof t === 'string' ? t : args[t] !== undefined ? String(args[t]) : `{${t}}`)).join('');
}

interface Pattern {
  key: string;
  re: RegExp;
  /** Argument index of each capture group, in order. */
  groups: number[];
  /** Argument indexes that stand free in the sentence (translated themselves if the bundle knows them). */
  free: Set<number>;
  prefix: string;
  suffix: string;
  /** Literal characters: the more, the more specific (tried first). */
  weight: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const QUOTES = /["'“”„«»「」{]$/;
const CACHE_LIMIT = 5000;
const MIN_NESTED_WEIGHT = 4;

function compile(key: string): Pattern | null {
  const tokens = tokenize(key);
  if (!tokens.some((t) => typeof t === 'number')) return null;
  const groups: number[] = [];
  const free = new Set<number>();
  let src = '^';
  let weight = 0;
  tokens.forEach((t, i) => {
    if (typeof t === 'string') {
      src += escape(t);
      weight += t.length;
      return;
    }
    const seen = groups.indexOf(t);
    if (seen >= 0) {
      src += `\\${seen + 1}`;
      return;
    }
    groups.push(t);
    src += '([\\s\\S]*?)';
    const before = tokens[i - 1];
    if (typeof before !== 'string' || !QUOTES.test(before)) free.add(t);
  });
  const prefix = typeof tokens[0] === 'string' ? tokens[0] : '';
  const suffix = typeof tokens[tokens.length - 1] === 'string' ? (tokens[tokens.length - 1] as string) : '';
  return { key, re: new RegExp(src + '$'), groups, free, prefix, suffix, weight };
}

/** The first word of a text (up to the first space), or '' when the text starts with a space. */
const firstWord = (s: string): string => {
  const i = s.indexOf(' ');
  return i < 0 ? s : s.slice(0, i);
};

export class Translator {
  private readonly bundle: Record<string, string>;
  /** Engine language for element labels (`zh-cn` -> `zh`). */
  readonly language: string;
  /** Patterns by the first word of their key, each list with the loose patterns merged in, most specific first. */
  private readonly byWord = new Map<string, Pattern[]>();
  /** Patterns whose first word contains an argument (`"{0}" must be …`), most specific first. */
  private readonly loose: Pattern[] = [];
  private readonly cache = new Map<string, string>();
  /** Pattern regexes run so far (the index keeps this near one per message; tests check it). */
  patternRuns = 0;

  constructor(bundle: Record<string, string> | null, locale: string) {
    this.bundle = bundle ?? {};
    this.language = locale.toLowerCase().split('-')[0];
    const bySpecificity = (a: Pattern, b: Pattern): number => b.weight - a.weight;
    const words = new Map<string, Pattern[]>();
    for (const key of Object.keys(this.bundle)) {
      const p = compile(key);
      if (!p) continue;
      // Indexed only when the whole first word is literal: "Unknown rule "{0}"…" -> "Unknown".
      if (p.prefix.includes(' ')) {
        const w = firstWord(p.prefix);
        (words.get(w) ?? words.set(w, []).get(w)!).push(p);
      } else this.loose.push(p);
    }
    this.loose.sort(bySpecificity);
    for (const [w, list] of words) this.byWord.set(w, [...list, ...this.loose].sort(bySpecificity));
  }

  static load(file: string | undefined, locale: string | undefined): Translator {
    let bundle: Record<string, string> | null = null;
    if (file) {
      try {
        bundle = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      } catch {
        bundle = null;
      }
    }
    return new Translator(bundle, locale ?? 'en');
  }

  get active(): boolean {
    return Object.keys(this.bundle).length > 0;
  }

  t(key: string, ...args: (string | number)[]): string {
    return format(this.bundle[key] ?? key, args);
  }

  /**
   * `text` in the display language: a whole key, else a key pattern with its arguments, else a
   * tone message without its category tail; unchanged when nothing fits. `argument` may rewrite
   * each extracted argument before it goes into the translation.
   */
  translate(text: string, argument?: (value: string) => string): string {
    if (!this.active) return text;
    const exact = this.bundle[text];
    if (exact) return exact;
    const cacheKey = argument ? null : text;
    if (cacheKey !== null) {
      const hit = this.cache.get(cacheKey);
      if (hit !== undefined) return hit;
    }
    let out = this.matchPattern(text, argument, 0);
    if (out === null) {
      // Tone messages end with their category, "(neutral-tone/sarcasm)": translate the text before it.
      const tail = / \([a-z-]+\/[a-z-]+\)$/.exec(text);
      if (tail) {
        const head = text.slice(0, tail.index);
        const t = this.bundle[head] ?? this.matchPattern(head, argument, 0);
        if (t) out = t + tail[0];
      }
    }
    out ??= text;
    if (cacheKey !== null) {
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(cacheKey, out);
    }
    return out;
  }

  /** The key pattern `text` matches, filled in with its arguments; null when none does. */
  private matchPattern(text: string, argument: ((value: string) => string) | undefined, depth: number): string | null {
    const candidates = this.byWord.get(firstWord(text)) ?? this.loose;
    for (const p of candidates) {
      // An argument is matched only against keys with some literal text of their own, never a bare "{0}".
      if (depth > 0 && p.weight < MIN_NESTED_WEIGHT) continue;
      if (!text.startsWith(p.prefix) || !text.endsWith(p.suffix)) continue;
      this.patternRuns++;
      const m = p.re.exec(text);
      if (!m) continue;
      const args: string[] = [];
      p.groups.forEach((index, g) => {
        let value = m[g + 1];
        if (argument) value = argument(value);
        if (p.free.has(index) && depth < 2) value = this.bundle[value] ?? this.matchPattern(value, argument, depth + 1) ?? value;
        args[index] = value;
      });
      return format(this.bundle[p.key], args);
    }
    return null;
  }

  /** The message of `m` in the display language. */
  message(m: LintMessage, config: EngineConfig, meta: { type: string; stage?: string }): string {
    if (!this.active) return m.message;
    const element = typeof m.data?.element === 'string' ? m.data.element : undefined;
    if (element && m.documentLevel && m.ruleId !== 'locale-parity') {
      const label = knowledgeFor(config).elementLabel(element, this.language);
      return this.t('This {0} template for type "{1}" must include {2}.', meta.stage ?? 'reply', meta.type, label);
    }
    if (element) {
      // A message that names the element by its English label (locale-parity) gets the display language's label.
      const knowledge = knowledgeFor(config);
      const english = knowledge.elementLabel(element, 'en');
      const local = knowledge.elementLabel(element, this.language);
      if (english !== local) return this.translate(m.message, (v) => (v === english ? local : v));
    }
    return this.translate(m.message);
  }
}
