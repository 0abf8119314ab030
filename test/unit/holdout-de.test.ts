// Hold-out templates (test/fixtures/holdout/de/): replies written independently of
// templates/de/ to probe how the German phrase bank and tone lexicon generalize to someone
// else's wording (knapp, herzlich, förmlich, Listen, Überschriften, de-AT and de-CH with "ss").
// du/ holds replies of a team that says "du" to its customers; its .replylintrc.yaml turns the
// Expectations by file name and the shared harness: test/holdout-support.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { lint } from '../../server/src/engine/index.js';
import { assertStarts, classificationSuite } from '../holdout-support.js';

const LANG = 'de';
/**
 * Findings a faulty file may carry besides its own kind, each with the reason it is accepted.
 * Listed exactly: the test fails when one disappears, so the list shrinks as the bank improves.
 */
const KNOWN_EXTRA: Record<string, readonly string[]> = {
  // "… die Dokumentation auch nur zu öffnen, also erkläre ich es dir ganz langsam: Alles steht
  // unter {{doku_link}}": the link is 13 words after "Dokumentation", beyond the longest gap (12).
  [path.join('du', 'hostile-herablassend.reply.md')]: ['docs-link'],
};

const { read, findings, spansTrimmed: spans } = classificationSuite(LANG, { knownExtra: KNOWN_EXTRA });

describe(`hold-out (${LANG}): messages and positions`, () => {
  const du = (name: string): string => path.join('du', name);

  it('the du replies are clean only because of their team config: by default "du" is a register finding', () => {
    const text = read(du('clean-warning-belle.reply.md'));
    assert.ok(lint(text).messages.some((m) => m.ruleId === 'neutral-tone' && m.subId === 'register'));
    assert.deepEqual(findings(du('clean-warning-belle.reply.md')), []);
  });

  it('a vague decision is underlined where it is announced, also in verb-second order', () => {
    assert.deepEqual(spans(du('missing-reason-entschieden.reply.md'), 'termination-reason'), ['nach interner Abstimmung']);
    assert.deepEqual(spans('missing-reason-reiflicher-ueberlegung.reply.md', 'termination-reason'), ['nach reiflicher Überlegung']);
    assert.deepEqual(spans('missing-reason-passt-nicht.reply.md', 'termination-reason'), ['passt es zwischen uns einfach nicht']);
  });

  it('a refund offered as a question is underlined on the question', () => {
    assert.deepEqual(spans('missing-refund-termination-question.reply.md', 'refund-as-done'), ['Möchten Sie Ihre letzte Zahlung zurückerstattet']);
    const [m] = findings('missing-refund-termination-negated.reply.md').filter((x) => x.ruleId === 'refund-offer');
    assert.ok(m?.documentLevel, '"keine Rückerstattung möglich" is no refund');
  });

  it('a note to the legal department is not a redirect of further correspondence', () => {
    assert.ok(read(du('missing-lawyer-legal-walkaway.reply.md')).includes('an unsere Rechtsabteilung weitergeleitet'));
    assert.deepEqual(findings(du('missing-lawyer-legal-walkaway.reply.md')).map((m) => m.ruleId), ['lawyer-redirect']);
  });

  it('hostile wording is reported on its own words, with German messages', () => {
    assertStarts(spans('hostile-passiv-aggressiv.reply.md', 'neutral-tone'), [
      'wie ich Ihnen bereits mehrfach erklärt',
      'Wie schon in meiner letzten E-Mail erwähnt',
      'Ich weiß nicht, wie wir es noch deutlicher formulieren',
    ]);
    assertStarts(spans(du('hostile-herablassend.reply.md'), 'neutral-tone'), [
      'offensichtlich',
      'erkläre ich es dir ganz langsam',
      'So schwer ist das nun wirklich nicht',
      'selbst ein Kind mit einer kurzen Suche beantworten könnte',
      'dir das Produkt zu kompliziert ist',
    ]);
    for (const m of findings('hostile-schreien-beleidigung.reply.md')) assert.match(m.message, /(Schreien|Beleidigende).*\(neutral-tone\/(shouting|insult)\)$/);
  });

  it('reporting what the customer called our staff is not itself an insult', () => {
    assert.ok(read('clean-termination-terse.reply.md').includes('als unfähig bezeichnet'));
    assert.deepEqual(spans('clean-termination-terse.reply.md', 'neutral-tone'), []);
  });
});
