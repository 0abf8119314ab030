// Our tone evaluation sets (test/fixtures/tone-eval; docs/tone.md, "Support replies") and training
// text (scripts/tone-train): well-formed, labelled with known categories, no duplicate texts, both
// halves of set A populated, set B complete, and the evaluation texts never used for training (the
// lexicons' example pairs and the training text must not quote them: the test splits stay blind).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isSupportTest, loadSupportSet, loadTrainingText, nearDuplicates, SET_B, type SupportItem } from '../../scripts/tone-corpus.js';
import data from '../../server/src/engine/data/generated.js';

const dir = join(import.meta.dirname, '../fixtures/tone-eval');
const trainDir = join(import.meta.dirname, '../../scripts/tone-train');
/** Same text for leakage purposes: case, whitespace and punctuation ignored. */
const key = (t: string): string => t.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();

function checkItems(items: SupportItem[]): void {
  for (const it of items) {
    assert.ok(it.label === 'hostile' || it.label === 'neutral', `${it.id}: label ${it.label}`);
    assert.equal(typeof it.text, 'string');
    assert.ok(it.text.trim().length >= 8, `${it.id}: text too short`);
    assert.equal(typeof it.category, 'string', `${it.id}: category`);
    if (it.label === 'hostile') assert.ok(HOSTILE.has(it.category), `${it.id}: unknown category ${it.category}`);
  }
  const seen = new Set<string>();
  for (const it of items) {
    assert.ok(!seen.has(key(it.text)), `${it.id}: duplicate text`);
    seen.add(key(it.text));
  }
}
const HOSTILE = new Set(['insult', 'condescension', 'blame', 'passive-aggressive', 'sarcasm', 'absolute', 'threat', 'dismissive', 'grovelling', 'curt', 'blunt request']);

describe('tone evaluation sets', () => {
  for (const language of ['en', 'de', 'zh', 'ko']) {
    it(`${language}: labels, categories, no duplicates, both halves`, () => {
      const items = loadSupportSet(dir, language);
      const replies = items.filter((it) => it.source === 'support-replies');
      const setB = items.filter((it) => it.source === SET_B);
      assert.ok(setB.filter((it) => it.label === 'hostile').length >= 120, 'set B: at least 120 hostile');
      assert.ok(setB.filter((it) => it.label === 'neutral').length >= 120, 'set B: at least 120 neutral');
      assert.ok(replies.filter((it) => it.label === 'hostile').length >= 120, 'at least 120 hostile support replies');
      assert.ok(replies.filter((it) => it.label === 'neutral').length >= 120, 'at least 120 neutral support replies');
      checkItems(items);
      const setA = items.filter((it) => it.source !== SET_B);
      const test = setA.filter((it) => isSupportTest(it.id)).length;
      assert.ok(test > setA.length * 0.35 && test < setA.length * 0.65, `test half has ${test} of ${setA.length}`);
    });

    it(`${language}: no lexicon example quotes an evaluation text`, () => {
      const texts = new Set(loadSupportSet(dir, language).map((it) => key(it.text)));
      for (const entry of data.tone[language]?.entries ?? []) {
        for (const pair of entry.examples ?? []) for (const t of pair) assert.ok(!texts.has(key(t)), `${entry.id}: example is an evaluation text: ${t}`);
      }
    });

    it(`${language}: training text is well-formed and quotes no evaluation text`, () => {
      const train = loadTrainingText(trainDir, language);
      assert.ok(train.filter((it) => it.label === 'hostile').length >= 150, 'at least 150 hostile training texts');
      assert.ok(train.filter((it) => it.label === 'neutral').length >= 150, 'at least 150 neutral training texts');
      checkItems(train);
      const evaluation = loadSupportSet(dir, language).filter((it) => it.source !== 'requests-ours');
      const near = nearDuplicates(train, evaluation, 0.6).map((d) => `${d.a.id} ~ ${d.b.id} (${d.similarity.toFixed(2)}): ${d.a.text}`);
      assert.deepEqual(near, [], 'training texts that near-copy an evaluation text');
    });

    it(`${language}: set B near-copies no text of set A`, () => {
      const items = loadSupportSet(dir, language).filter((it) => it.source !== 'requests-ours');
      const near = nearDuplicates(items.filter((it) => it.source === SET_B), items.filter((it) => it.source !== SET_B), 0.7).map((d) => `${d.a.id} ~ ${d.b.id} (${d.similarity.toFixed(2)}): ${d.a.text}`);
      assert.deepEqual(near, [], 'set B texts that near-copy a set A text');
    });
  }

  // The secondary locales: one set each (halved like set A), written while other writers deepened
  // the lexicon without seeing it; their example pairs must not near-copy it either (no evaluation
  // text mostly made of one example: short stock phrases such as "Thank you for your question."
  // inside a longer text are no copy).
  for (const language of ['ja', 'es', 'fr']) {
    it(`${language}: labels, categories, no duplicates, both halves, no lexicon example near-copies it`, () => {
      const items = loadSupportSet(dir, language).filter((it) => it.source === 'support-replies');
      assert.ok(items.filter((it) => it.label === 'hostile').length >= 120, 'at least 120 hostile support replies');
      assert.ok(items.filter((it) => it.label === 'neutral').length >= 120, 'at least 120 neutral support replies');
      checkItems(items);
      const test = items.filter((it) => isSupportTest(it.id)).length;
      assert.ok(test > items.length * 0.35 && test < items.length * 0.65, `test half has ${test} of ${items.length}`);
      const examples: SupportItem[] = (data.tone[language]?.entries ?? []).flatMap((e) => (e.examples ?? []).flatMap((pair, i) => pair.map((text, k) => ({ id: `${e.id}:${i}:${k}`, lang: language, text, label: 'neutral' as const, source: 'lexicon-examples', category: 'example' }))));
      const near = nearDuplicates(items, examples, 0.6, 'text').map((d) => `${d.b.id} ~ ${d.a.id} (${d.similarity.toFixed(2)}): ${d.b.text}`);
      assert.deepEqual(near, [], 'lexicon examples that near-copy an evaluation text');
    });
  }

  it('the near-copy guard: a copy with other punctuation is caught, a stock phrase inside a longer text only on the shorter basis', () => {
    const t = (text: string) => ({ text });
    const evalText = t('Thank you for your question. Your refund was issued on Monday and should arrive this week.');
    assert.equal(nearDuplicates([t('thank you for your question -- your refund was issued on monday, and should arrive this week')], [evalText], 0.6).length, 1);
    assert.equal(nearDuplicates([t('Thank you for your question.')], [evalText], 0.6).length, 1);
    assert.equal(nearDuplicates([evalText], [t('Thank you for your question.')], 0.6, 'text').length, 0);
    assert.equal(nearDuplicates([evalText], [t('Thank you for your question. Your refund was issued on Monday and should arrive soon.')], 0.6, 'text').length, 1);
    assert.equal(nearDuplicates([t('Completely different words here.')], [evalText], 0.6).length, 0);
  });
});
