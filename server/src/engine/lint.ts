/** The engine's entry point: parse once, run the enabled rules, apply suppressions. */

import { defaultConfig } from './config.js';
import { knowledgeFor, type Knowledge } from './knowledge.js';
import { BUILTIN_STAGES, BUILTIN_TYPES } from './parse/front-matter.js';
import { ParsedDocument } from './parse/document.js';
import type { Report, Rule, RuleContext } from './rule.js';
import { rules as registry } from './rules/index.js';
import { applySuppressions, parseDirectives, type Directive } from './suppressions.js';
import type { EngineConfig, LintMessage, RuleSetting, Severity } from './types.js';

export interface LintResult {
  messages: LintMessage[];
  doc: ParsedDocument;
}

export const INTERNAL_ERROR = 'internal-error';

/** Shared default config, so its compiled knowledge is cached across calls. */
const DEFAULT_CONFIG = defaultConfig();

/** Context given to the suppression rules, which run after all others. */
export interface SuppressionContext extends RuleContext {
  readonly directives: readonly Directive[];
  readonly knownRules: ReadonlySet<string>;
}

/** Rules that judge the suppression comments themselves run last. */
const LATE_RULES = new Set(['suppression-reason', 'suppression-unused']);

/** Parses `text` with the config's types and stages. */
export function parse(text: string, config: EngineConfig = DEFAULT_CONFIG): ParsedDocument {
  return new ParsedDocument(text, {
    types: [...BUILTIN_TYPES, ...config.types],
    stages: [...BUILTIN_STAGES, ...config.stages],
    defaultLocale: config.defaultLocale,
  });
}

/** Severity of a rule (or `rule/category`) under `config`; `off` disables. */
export function severityOf(config: EngineConfig, rule: Rule, subId?: string): RuleSetting {
  if (subId) {
    const sub = config.rules[`${rule.id}/${subId}`];
    if (sub) return sub;
  }
  return config.rules[rule.id] ?? rule.defaultSeverity;
}

export function isEnabled(config: EngineConfig, rule: Rule, doc: ParsedDocument): boolean {
  if (config.only && !config.only.includes(rule.id)) return false;
  if (!doc.isTemplate && !rule.generic) return false;
  const setting = config.rules[rule.id] ?? rule.defaultSeverity;
  return setting !== 'off';
}

/** Lints one document. Never throws: a failing rule becomes an `internal-error` message. */
export function lint(text: string, config: EngineConfig = DEFAULT_CONFIG, rules: readonly Rule[] = registry): LintResult {
  const knowledge = knowledgeFor(config);
  const doc = parse(text, config);
  const directives = parseDirectives(doc.comments);
  const messages: LintMessage[] = [];
  const late: Rule[] = [];
  for (const rule of rules) {
    if (!isEnabled(config, rule, doc)) continue;
    if (LATE_RULES.has(rule.id)) {
      late.push(rule);
      continue;
    }
    runRule(rule, makeContext(rule, doc, config, knowledge, messages));
  }
  const kept = applySuppressions(text, directives, messages);
  const knownRules = new Set(rules.map((r) => r.id));
  for (const rule of late) {
    const ctx: SuppressionContext = { ...makeContext(rule, doc, config, knowledge, kept), directives, knownRules };
    runRule(rule, ctx);
  }
  kept.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { messages: kept, doc };
}

function makeContext(rule: Rule, doc: ParsedDocument, config: EngineConfig, knowledge: Knowledge, sink: LintMessage[]): RuleContext {
  return {
    doc,
    config,
    knowledge,
    options: config.ruleOptions[rule.id] ?? {},
    report(r: Report): void {
      const setting = r.severity ?? severityOf(config, rule, r.subId);
      if (setting === 'off') return;
      sink.push(toMessage(rule.id, setting, r, doc.text.length));
    },
  };
}

function runRule(rule: Rule, ctx: RuleContext): void {
  try {
    rule.check(ctx);
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    ctx.report({
      range: [0, 0],
      severity: 'error',
      message: `Rule "${rule.id}" failed on this file (${err.message}). Other rules still ran; please report this.`,
      data: { internal: true, rule: rule.id, stack: err.stack },
    });
  }
}

function toMessage(ruleId: string, severity: Severity, r: Report, length: number): LintMessage {
  const clamp = (n: number): number => Math.max(0, Math.min(length, Math.trunc(n) || 0));
  const start = clamp(r.range[0]);
  const end = Math.max(start, clamp(r.range[1]));
  const msg: { -readonly [K in keyof LintMessage]: LintMessage[K] } = { ruleId, severity, message: r.message, range: [start, end] };
  if (r.subId) msg.subId = r.subId;
  if (r.documentLevel) msg.documentLevel = true;
  if (r.fix) msg.fix = r.fix;
  if (r.suggestions && r.suggestions.length) msg.suggestions = r.suggestions;
  if (r.data) msg.data = r.data;
  if (r.data?.internal) return { ...msg, ruleId: INTERNAL_ERROR, data: { rule: r.data.rule, stack: r.data.stack } };
  return msg;
}
