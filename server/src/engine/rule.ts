/** The contract between the engine and one rule. */

import type { Knowledge } from './knowledge.js';
import type { ParsedDocument } from './parse/document.js';
import type { EngineConfig, Fix, Range, RuleMeta, Severity, Suggestion } from './types.js';

export interface Report {
  range: Range;
  message: string;
  subId?: string;
  /** Overrides the configured severity (e.g. an info-level hint from a warning rule). */
  severity?: Severity;
  documentLevel?: boolean;
  fix?: Fix;
  suggestions?: Suggestion[];
  data?: Record<string, unknown>;
}

export interface RuleContext {
  readonly doc: ParsedDocument;
  readonly config: EngineConfig;
  readonly knowledge: Knowledge;
  /** This rule's options from config (`rules: { id: { options } }`). */
  readonly options: Readonly<Record<string, unknown>>;
  report(report: Report): void;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}
