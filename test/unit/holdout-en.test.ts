// Hold-out templates (test/fixtures/holdout/en/): replies written independently of
// templates/en/ to probe how the English phrase bank and tone lexicon generalize to someone
// else's wording (terse, warm, formal, bullets, headings, US and British spelling). Each file
// name states the expectation:
//   clean-*            no error and no neutral-tone warning (other warnings, e.g. brevity on a
//                      deliberately long sentence, are style advice, not a misclassification)
//   missing-lawyer-*   lawyer-redirect reports (and nothing else)
//   missing-refund-*   refund-offer and/or refund-as-done report (and nothing else)
//   missing-reason-*   termination-reason reports (and nothing else)
//   missing-data-*     data-retrieval-deadline reports (and nothing else)
//   hostile-*          neutral-tone warns (and nothing else)
// Info-level notes (the tone model's whole-text hint, locale notes) do not count. Each file is
// linted with the config the CLI would use for it (nearest .replylintrc.yaml, if any).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint, type LintMessage } from '../../server/src/engine/index.js';
import { ConfigResolver, findConfigFile, loadConfigFile } from '../../server/src/config/load-config.js';

const LANG = 'en';
const dir = path.resolve('test/fixtures/holdout', LANG);
const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.reply.md')).sort();

const EXPECTED: Record<string, readonly string[]> = {
  'missing-lawyer': ['lawyer-redirect'],
  'missing-refund': ['refund-offer', 'refund-as-done'],
  'missing-reason': ['termination-reason'],
  'missing-data': ['data-retrieval-deadline'],
  hostile: ['neutral-tone'],
};

function kindOf(file: string): string {
  const name = path.basename(file);
  if (name.startsWith('clean-')) return 'clean';
  const kind = Object.keys(EXPECTED).find((k) => name.startsWith(`${k}-`));
  assert.ok(kind, `${file}: the name must start with clean-, hostile- or missing-(lawyer|refund|reason|data)-`);
  return kind;
}

/** Rules that report a missing or wrongly worded required element (any severity counts for a clean file). */
const ELEMENT_RULES = new Set(['refund-offer', 'refund-as-done', 'termination-reason', 'lawyer-redirect', 'data-retrieval-deadline']);

const read = (file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');
const resolver = new ConfigResolver();
function messages(file: string): LintMessage[] {
  const full = path.join(dir, file);
  const rc = findConfigFile(path.dirname(full));
  return lint(read(file), resolver.resolve(full, rc ? loadConfigFile(rc) : null)).messages;
}
/** Errors and warnings: what the CLI fails or warns on. */
const findings = (file: string): LintMessage[] => messages(file).filter((m) => m.severity === 'error' || m.severity === 'warning');
const show = (text: string, ms: readonly LintMessage[]): string =>
  ms.map((m) => `${m.ruleId}${m.subId ? `/${m.subId}` : ''}: ${m.message} @ ${JSON.stringify(text.slice(m.range[0], m.range[1]))}`).join('\n');

describe(`hold-out templates (${LANG})`, () => {
  it('cover every expectation: at least 10 clean and 2 of each faulty kind, 24 in all, all in this language', () => {
    assert.ok(files.length >= 24, `${files.length} files`);
    const count = (k: string): number => files.filter((f) => kindOf(f) === k).length;
    assert.ok(count('clean') >= 10, `clean: ${count('clean')}`);
    for (const k of Object.keys(EXPECTED)) assert.ok(count(k) >= 2, `${k}: ${count(k)}`);
    for (const f of files) assert.match(read(f), new RegExp(`^locale: ${LANG}(-[A-Z]{2})?$`, 'm'), f);
  });

  for (const file of files) {
    const kind = kindOf(file);
    it(`${file} is classified as ${kind}`, () => {
      const text = read(file);
      const found = findings(file);
      for (const m of found) assert.ok(0 <= m.range[0] && m.range[0] <= m.range[1] && m.range[1] <= text.length, `${m.ruleId}: range in the text`);
      if (kind === 'clean') {
        const wrong = found.filter((m) => m.severity === 'error' || m.ruleId === 'neutral-tone' || ELEMENT_RULES.has(m.ruleId));
        assert.equal(show(text, wrong), '', `${file} should be clean`);
        return;
      }
      const expected = EXPECTED[kind];
      assert.ok(found.some((m) => expected.includes(m.ruleId)), `${file}: expected ${expected.join(' or ')}, got:\n${show(text, found) || '(nothing)'}`);
      const others = found.filter((m) => !expected.includes(m.ruleId));
      assert.equal(show(text, others), '', `${file}: only ${expected.join('/')} should report`);
    });
  }
});

describe(`hold-out (${LANG}): messages and positions`, () => {
  const spans = (file: string, rule: string): string[] => {
    const text = read(file);
    // Trailing punctuation a rewrite takes along ("Obviously," / "Per my last email,") is not compared.
    return findings(file).filter((m) => m.ruleId === rule).map((m) => text.slice(m.range[0], m.range[1]).replace(/\s*[,:;]$/, ''));
  };
  /** Tone spans may take along what a rewrite replaces too (a trailing "habe" or comma): compare their starts. */
  const assertStarts = (actual: string[], expected: string[]): void => {
    assert.equal(actual.length, expected.length, JSON.stringify(actual));
    actual.forEach((a, i) => assert.ok(a.startsWith(expected[i]), `${JSON.stringify(a)} should start with ${JSON.stringify(expected[i])}`));
  };

  it('a vague decision is underlined where it is announced, not on the front matter', () => {
    assert.deepEqual(spans('missing-reason-decided.reply.md', 'termination-reason'), ['we have decided to end']);
    assert.deepEqual(spans('missing-reason-careful-consideration.reply.md', 'termination-reason'), ['After careful consideration']);
    assert.deepEqual(spans('missing-reason-not-working.reply.md', 'termination-reason'), ["isn't working out"]);
  });

  it('a refund offered as a question is underlined on the question, with a rewrite that states it as sent', () => {
    const text = read('missing-refund-termination-question.reply.md');
    const [m, ...rest] = findings('missing-refund-termination-question.reply.md').filter((x) => x.ruleId === 'refund-as-done');
    assert.equal(rest.length, 0);
    assert.equal(text.slice(m.range[0], m.range[1]), 'Would you like us to refund');
    assert.match(m.message, /issue it and say that it has been sent/);
    assert.ok(m.suggestions?.some((s) => /refunded/.test(s.edits[0].text)), 'suggests a refund-issued sentence');
  });

  it('a refund refused by the terms is not a refund, and the missing lawyer is a document-level finding', () => {
    const [refund] = findings('missing-refund-termination-negated.reply.md').filter((x) => x.ruleId === 'refund-offer');
    assert.ok(refund?.documentLevel);
    assert.match(refund.message, /refund offer or statement/);
    // "Our attorney has read your letter" mentions a lawyer but redirects nothing.
    const [lawyer] = findings('missing-lawyer-legal-refund.reply.md');
    assert.equal(lawyer.ruleId, 'lawyer-redirect');
    assert.match(lawyer.message, /redirect of all further correspondence to your lawyer/);
  });

  it('hostile wording is reported on its own words, by category', () => {
    assertStarts(spans('hostile-passive-aggressive.reply.md', 'neutral-tone'), ['As I\'ve already explained', 'Per my last email', 'Not sure how much clearer we can']);
    assertStarts(spans('hostile-condescending.reply.md', 'neutral-tone'), ['Obviously', 'let me spell it out', "It's really not that hard", 'a child could', 'too complicated for you']);
    const shouting = findings('hostile-shouting-insult.reply.md').map((m) => m.subId);
    assert.deepEqual(shouting, ['shouting', 'insult']);
  });

  it('reporting what the customer called our staff is not itself an insult', () => {
    // clean-dwight-termination cites "you called one of our agents an idiot"; the terse
    // termination says "you told two of our engineers they were useless".
    assert.ok(read('clean-dwight-termination.reply.md').includes('an idiot'));
    assert.deepEqual(spans('clean-dwight-termination.reply.md', 'neutral-tone'), []);
    assert.deepEqual(spans('clean-termination-terse.reply.md', 'neutral-tone'), []);
  });
});
