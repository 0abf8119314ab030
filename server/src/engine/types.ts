/**
 * Public types of the replylint engine.
 *
 * All ranges are `[start, end)` offsets in UTF-16 code units into the exact text
 * that was passed to `lint()` (JavaScript string indices, the LSP default encoding).
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSetting = Severity | 'off';

/** A half-open `[start, end)` range of UTF-16 offsets. */
export type Range = readonly [start: number, end: number];

/** One text replacement. An insertion has `start === end`. */
export interface Edit {
  readonly range: Range;
  readonly text: string;
}

/** A fix that is safe to apply without a human looking at it (`--fix`, fix-all). */
export interface Fix {
  readonly edits: readonly Edit[];
}

/** An alternative a human should choose (tone rewrites, inserted paragraphs). */
export interface Suggestion {
  readonly title: string;
  readonly edits: readonly Edit[];
}

export interface LintMessage {
  /** Stable rule id, e.g. `refund-offer`. */
  readonly ruleId: string;
  /** Optional category below the rule, e.g. `passive-aggressive` for `neutral-tone/passive-aggressive`. */
  readonly subId?: string;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  /** True when the finding is about the document as a whole (a missing element). */
  readonly documentLevel?: boolean;
  readonly fix?: Fix;
  readonly suggestions?: readonly Suggestion[];
  /** Rule-specific machine-readable details (element id, matched phrase, ...). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** Front matter as the schema describes it, after defaults. */
export interface TemplateMeta {
  id?: string;
  title?: string;
  description?: string;
  tags?: string[];
  type: string;
  stage?: string;
  locale: string;
  business: 'product' | 'service';
  legal_threat: boolean;
  variables: Record<string, VariableSpec>;
}

export interface VariableSpec {
  example?: string;
  description?: string;
  required?: boolean;
}

/** One phrase set for one element in one locale. */
export interface PhraseSet {
  /** Patterns that satisfy the element (see docs/phrase-patterns.md). */
  match: string[];
  /** Patterns that cancel an overlapping match ("no refund"). */
  exclude?: string[];
  /** Text the editor inserts when the element is missing (may contain `{{placeholders}}`). */
  insert?: string;
  /** Inline examples: texts that must satisfy / must not satisfy the element. These become tests. */
  examples?: { satisfies?: string[]; fails?: string[] };
}

/** A tone lexicon entry (see server/src/engine/data/tone/README.md). */
export interface ToneEntry {
  id?: string;
  category: string;
  match: string[];
  exclude?: string[];
  message?: string;
  rewrites?: string[];
  /** `[hostile, neutral]` pairs: the first must be flagged, the second must not. */
  examples?: [string, string][];
  /** Entries that only apply in formal contexts, or only to some stages. */
  severity?: Severity;
}

export interface ToneLexicon {
  locale: string;
  entries: ToneEntry[];
}

/** One row of the type x stage policy. */
export interface PolicyRequirement {
  /** Rule that reports the requirement. */
  rule: string;
  /** Element ids from the phrase bank; all must be present. */
  elements: string[];
  when: PolicyCondition;
  /** Message override; `{element}` is replaced by the element's label. */
  message?: string;
}

export interface PolicyCondition {
  type?: string[];
  stage?: string[];
  business?: Array<'product' | 'service'>;
  legal_threat?: boolean;
}

export interface ElementInfo {
  /** Human label used in messages, per locale (falls back to `en`). */
  label: Record<string, string>;
  /** Guidance from the seeds in one sentence (hover, docs). */
  why: string;
}

/** The fully resolved configuration the engine runs with (the adapters build it). */
export interface EngineConfig {
  /** Severity per rule id; `off` disables. Rules not listed use their default. */
  rules: Record<string, RuleSetting>;
  /** Options per rule id. */
  ruleOptions: Record<string, Record<string, unknown>>;
  /** Only run these rules (CLI `--only`). */
  only?: string[];
  /** Locale for files without front matter (CLI `--locale`). */
  defaultLocale?: string;
  /** Extra customer types and stages from config. */
  types: string[];
  stages: string[];
  /** Extra locales a team declares first-class (they must bring phrase sets). */
  locales: string[];
  /** Phrase-bank extensions: locale -> element -> set (merged onto the defaults). */
  phrases: Record<string, Record<string, Partial<PhraseSet>>>;
  /** Tone lexicon extensions per locale. */
  tone: Record<string, ToneEntry[]>;
  /** Phrases never reported by neutral-tone (workspace allow list), per locale or `*`. */
  allow: Record<string, string[]>;
  /** Extra policy rows, appended to the default policy. */
  policy: PolicyRequirement[];
  /** Whether trusted workspace patterns may run (user regexes). */
  trusted: boolean;
}

/** What one rule option accepts; the config loader checks it and reports a positioned error. */
export interface RuleOptionSpec {
  type: 'positive-number' | 'positive-number-map' | 'string' | 'boolean' | 'enum';
  description: string;
  /** The allowed values of an `enum` option. */
  values?: readonly string[];
}

export interface RuleMeta {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  readonly tags: readonly string[];
  /** `fix` when the rule may emit safe fixes; `suggestion` when it only suggests. */
  readonly fixable?: 'fix' | 'suggestion';
  /** True when the rule runs on files without front matter. */
  readonly generic?: boolean;
  /** The options the rule reads (`rules: { id: { options } }`); a rule without any takes none. */
  readonly options?: Readonly<Record<string, RuleOptionSpec>>;
}
