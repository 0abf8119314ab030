/**
 * Shared harness of the hold-out tests (test/unit/holdout-<lang>.test.ts). Each file in
 * test/fixtures/holdout/<lang>/ states its expectation in its name:
 *   clean-*            no error, no neutral-tone warning and no element finding (strict: no warning at all)
 *   missing-lawyer-*   lawyer-redirect reports (and nothing else)
 *   missing-refund-*   refund-offer and/or refund-as-done report (and nothing else)
 *   missing-reason-*   termination-reason reports (and nothing else)
 *   missing-data-*     data-retrieval-deadline reports (and nothing else)
 *   hostile-*          neutral-tone warns (and nothing else)
 * Info-level notes (the tone model's whole-text hint, locale notes) do not count. Each file is
 * linted with the config the CLI would use for it (nearest .replylintrc.yaml, if any).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, type LintMessage } from '../server/src/engine/index.js';
import { ConfigResolver, findConfigFile, loadConfigFile } from '../server/src/config/load-config.js';

export const EXPECTED: Record<string, readonly string[]> = {
  'missing-lawyer': ['lawyer-redirect'],
  'missing-refund': ['refund-offer', 'refund-as-done'],
  'missing-reason': ['termination-reason'],
  'missing-data': ['data-retrieval-deadline'],
  hostile: ['neutral-tone'],
};

/** Rules that report a missing or wrongly worded required element. */
const ELEMENT_RULES = new Set(['refund-offer', 'refund-as-done', 'termination-reason', 'lawyer-redirect', 'data-retrieval-deadline']);

export interface HoldoutOptions {
  /** Clean means no warning of any kind (else: no error, tone or element finding; style advice allowed). */
  strictClean?: boolean;
  /** Findings a faulty file may carry besides its own kind, listed exactly (the test fails when one disappears). */
  knownExtra?: Record<string, readonly string[]>;
  /** Locale tags the files may declare (default: the language, with an optional region). */
  localePattern?: RegExp;
}

export function kindOf(file: string): string {
  const name = path.basename(file);
  if (name.startsWith('clean-')) return 'clean';
  const kind = Object.keys(EXPECTED).find((k) => name.startsWith(`${k}-`));
  assert.ok(kind, `${file}: the name must start with clean-, hostile- or missing-(lawyer|refund|reason|data)-`);
  return kind;
}

export function holdout(lang: string) {
  const dir = path.resolve('test/fixtures/holdout', lang);
  const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.reply.md')).sort();
  const resolver = new ConfigResolver();
  const read = (file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');
  const messages = (file: string): LintMessage[] => {
    const full = path.join(dir, file);
    const rc = findConfigFile(path.dirname(full));
    return lint(read(file), resolver.resolve(full, rc ? loadConfigFile(rc) : null)).messages;
  };
  /** Errors and warnings: what the CLI fails or warns on. */
  const findings = (file: string): LintMessage[] => messages(file).filter((m) => m.severity === 'error' || m.severity === 'warning');
  const show = (text: string, ms: readonly LintMessage[]): string =>
    ms.map((m) => `${m.ruleId}${m.subId ? `/${m.subId}` : ''}: ${m.message} @ ${JSON.stringify(text.slice(m.range[0], m.range[1]))}`).join('\n');
  /** The text each finding of `rule` points at. */
  const spans = (file: string, rule: string): string[] => {
    const text = read(file);
    return findings(file).filter((m) => m.ruleId === rule).map((m) => text.slice(m.range[0], m.range[1]));
  };
  /** Like `spans`, without trailing punctuation a rewrite takes along ("Obviously," / "Per my last email,"). */
  const spansTrimmed = (file: string, rule: string): string[] => spans(file, rule).map((x) => x.replace(/\s*[,:;]$/, ''));
  return { lang, dir, files, read, messages, findings, show, spans, spansTrimmed };
}

/** Tone spans may take along what a rewrite replaces too (a trailing word or comma): compare their starts. */
export function assertStarts(actual: string[], expected: string[]): void {
  assert.equal(actual.length, expected.length, JSON.stringify(actual));
  actual.forEach((a, i) => assert.ok(a.startsWith(expected[i]), `${JSON.stringify(a)} should start with ${JSON.stringify(expected[i])}`));
}

/** Registers the classification suite: every file is classified as its name says. */
export function classificationSuite(lang: string, options: HoldoutOptions = {}): ReturnType<typeof holdout> {
  const h = holdout(lang);
  const { files, read, findings, show } = h;
  describe(`hold-out templates (${lang})`, () => {
    it('cover every expectation: at least 10 clean and 2 of each faulty kind, 24 in all, all in this language', () => {
      assert.ok(files.length >= 24, `${files.length} files`);
      const count = (k: string): number => files.filter((f) => kindOf(f) === k).length;
      assert.ok(count('clean') >= 10, `clean: ${count('clean')}`);
      for (const k of Object.keys(EXPECTED)) assert.ok(count(k) >= 2, `${k}: ${count(k)}`);
      const locale = options.localePattern ?? new RegExp(`^locale: ${lang}(-[A-Z]{2})?$`, 'm');
      for (const f of files) assert.match(read(f), locale, f);
    });

    for (const file of files) {
      const kind = kindOf(file);
      it(`${file} is classified as ${kind}`, () => {
        const text = read(file);
        const found = findings(file);
        for (const m of found) assert.ok(0 <= m.range[0] && m.range[0] <= m.range[1] && m.range[1] <= text.length, `${m.ruleId}: range in the text`);
        if (kind === 'clean') {
          const wrong = options.strictClean ? found : found.filter((m) => m.severity === 'error' || m.ruleId === 'neutral-tone' || ELEMENT_RULES.has(m.ruleId));
          assert.equal(show(text, wrong), '', `${file} should be clean`);
          return;
        }
        const expected = EXPECTED[kind];
        assert.ok(found.some((m) => expected.includes(m.ruleId)), `${file}: expected ${expected.join(' or ')}, got:\n${show(text, found) || '(nothing)'}`);
        const others = found.filter((m) => !expected.includes(m.ruleId));
        assert.deepEqual([...new Set(others.map((m) => m.ruleId))], options.knownExtra?.[file] ?? [], `${file}: only ${expected.join('/')} should report:\n${show(text, others)}`);
      });
    }
  });
  return h;
}
