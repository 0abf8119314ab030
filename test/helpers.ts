/** Shared helpers for the engine's tests. */

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyFixes, defaultConfig, lint, render, type EngineConfig, type LintMessage, type ParsedDocument } from '../server/src/engine/index.js';

export interface TemplateSpec {
  type?: string;
  stage?: string;
  locale?: string;
  business?: 'product' | 'service';
  legal_threat?: boolean;
  /** Variable names to declare (each gets an example); defaults to every {{name}} in the body. */
  variables?: string[];
}

/** Builds a `.reply.md` text with front matter for `spec` and `body`. */
export function template(spec: TemplateSpec, body: string): string {
  const names = spec.variables ?? [...new Set([...body.matchAll(/\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g)].map((m) => m[1]))];
  const lines = ['---'];
  if (spec.type) lines.push(`type: ${spec.type}`);
  if (spec.stage) lines.push(`stage: ${spec.stage}`);
  if (spec.locale) lines.push(`locale: ${spec.locale}`);
  if (spec.business) lines.push(`business: ${spec.business}`);
  if (spec.legal_threat !== undefined) lines.push(`legal_threat: ${spec.legal_threat}`);
  if (names.length) {
    lines.push('variables:');
    for (const n of names) lines.push(`  ${n}:`, `    example: "example ${n}"`, `    description: "The ${n.replace(/_/g, ' ')}."`);
  }
  lines.push('---', '');
  return lines.join('\n') + body + (body.endsWith('\n') ? '' : '\n');
}

/** One default config for all helpers, so its compiled phrase and tone matchers are built once. */
const DEFAULT_CONFIG: EngineConfig = defaultConfig();

/** Lints and returns the messages of `ruleId` (all rules run, so suppressions behave as in real use). */
export function messagesOf(text: string, ruleId: string, config: EngineConfig = DEFAULT_CONFIG): LintMessage[] {
  return lint(text, config).messages.filter((m) => m.ruleId === ruleId);
}

/** Asserts `ruleId` reports nothing on `text`. */
export function assertClean(text: string, ruleId: string, config?: EngineConfig): void {
  const found = messagesOf(text, ruleId, config);
  assert.deepEqual(found.map((m) => `${m.ruleId}: ${m.message} @ ${JSON.stringify(text.slice(m.range[0], m.range[1]))}`), [], `expected no ${ruleId} findings`);
}

/** Asserts `ruleId` reports at least once (or exactly `count` times) and returns the findings. */
export function assertReports(text: string, ruleId: string, count?: number, config?: EngineConfig): LintMessage[] {
  const found = messagesOf(text, ruleId, config);
  if (count === undefined) assert.ok(found.length > 0, `expected ${ruleId} to report on:\n${text}`);
  else assert.equal(found.length, count, `expected ${count} ${ruleId} findings, got ${found.length}: ${found.map((m) => m.message).join(' | ')}`);
  return found;
}

/** The text a message points at. */
export function spanOf(text: string, m: LintMessage): string {
  return text.slice(m.range[0], m.range[1]);
}

/**
 * The neutral-tone lexicon findings of `text` as "category: span" (the statistical score hint
 * is left out: it follows the trained weights, not the lexicon entries a test is about).
 */
export function toneSpans(text: string, config: EngineConfig = DEFAULT_CONFIG): string[] {
  return lint(text, config).messages
    .filter((m) => m.ruleId === 'neutral-tone' && (m.data as { category?: string } | undefined)?.category !== 'score')
    .map((m) => `${(m.data as { category: string }).category}: ${spanOf(text, m)}`);
}

/** Applies all safe fixes repeatedly and returns the result. */
export function fixAll(text: string, config: EngineConfig = DEFAULT_CONFIG): string {
  let current = text;
  for (let i = 0; i < 10; i++) {
    const r = applyFixes(current, lint(current, config).messages);
    if (r.applied === 0) break;
    current = r.text;
  }
  return current;
}

/** Applies the first suggestion of `m` to `text`. */
export function applySuggestion(text: string, m: LintMessage, index = 0): string {
  const s = m.suggestions?.[index];
  assert.ok(s, `no suggestion ${index} on ${m.ruleId}`);
  const edits = [...s.edits].sort((a, b) => b.range[0] - a.range[0]);
  let out = text;
  for (const e of edits) out = out.slice(0, e.range[0]) + e.text + out.slice(e.range[1]);
  return out;
}

/** The 14 template names of the library spec (the same in every locale). */
export const LIBRARY_TEMPLATES = [
  'angry-acknowledgement', 'angry-complaint-response', 'angry-review-revision', 'belle-refund', 'belle-termination',
  'belle-walk-away', 'belle-warning', 'dwight-termination', 'will-termination', 'will-warning', 'xavier-review-response',
  'xavier-termination', 'xavier-termination-legal-threat', 'xavier-warning',
];

/**
 * The checks every bundled template must pass, whatever its locale: zero findings, id = file name,
 * the locale, every variable with description/example/required, an `alt` sample set covering
 * every variable, and a clean render with both the examples and the sample set.
 * Returns the parsed document for locale-specific checks (register, honorifics).
 */
export function assertLibraryTemplate(locale: string, file: string): { text: string; doc: ParsedDocument } {
  const text = readFileSync(resolve('templates', locale, file), 'utf8');
  const { messages, doc } = lint(text);
  assert.deepEqual(messages.map((m) => `${m.ruleId}: ${m.message} @ ${spanOf(text, m)}`), []);
  assert.equal(doc.meta.id, file.replace('.reply.md', ''));
  assert.equal(doc.meta.locale, locale);
  for (const [name, spec] of Object.entries(doc.meta.variables)) {
    assert.ok(spec.description && spec.example && spec.required === true, `${name} needs description, example and required: true`);
  }
  const alt = doc.frontMatter?.values.samples?.alt;
  assert.ok(alt, 'has an "alt" sample set');
  assert.deepEqual(Object.keys(alt).sort(), Object.keys(doc.meta.variables).sort());
  for (const data of [{}, alt]) {
    const r = render(doc, data, 'text');
    assert.deepEqual(r.missing, []);
    assert.deepEqual(r.undeclared, []);
    assert.ok(!/\{\{|\}\}/.test(r.output), `rendered text still has braces:\n${r.output}`);
  }
  assert.notEqual(render(doc, alt, 'text').output, render(doc, {}, 'text').output);
  return { text, doc };
}

/** The template files of one locale in the library. */
export function libraryFiles(locale: string): string[] {
  return readdirSync(resolve('templates', locale)).filter((f) => f.endsWith('.reply.md')).sort();
}
