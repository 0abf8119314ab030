/**
 * replylint engine: a pure library (no vscode, no node:*, no process).
 *
 *   const { messages } = lint(text, config);
 *
 * Messages carry 0-based UTF-16 `[start, end)` ranges, an optional safe `fix` and `suggestions`.
 */

export { lint, parse, severityOf, INTERNAL_ERROR, type LintResult } from './lint.js';
export { defaultConfig } from './config.js';
export { applyEdits, applyFixes, fullRuleId, selectFixes } from './fix.js';
export { rules, ruleMap } from './rules/index.js';
export { Knowledge, knowledgeFor, elementHits } from './knowledge.js';
export { ParsedDocument } from './parse/document.js';
export { BUILTIN_STAGES, BUILTIN_TYPES, FIRST_CLASS_LOCALES, FRONT_MATTER_KEYS, VARIABLE_KEYS } from './parse/front-matter.js';
export { PhraseMatcher, compilePattern, PatternError } from './text/matcher.js';
export { normalizeString } from './text/normalize.js';
export { lineStarts, positionAt } from './text/lines.js';
export { detectLocale, baseLanguage } from './text/detect-locale.js';
export { didYouMean } from './text/similar.js';
export { checkParity, parityMessage, paritySummary, quickId, PARITY_RULE_ID, type ParityEntry, type ParityFinding, type ParityOptions, type ParitySummary } from './parity.js';
export { render, type RenderFormat, type RenderResult } from './render.js';
export { analyzeTone, CATEGORY_MESSAGES } from './tone/analyze.js';
export type * from './types.js';
export type { Rule, RuleContext, Report } from './rule.js';
export type { EngineData } from './data/schema.js';
