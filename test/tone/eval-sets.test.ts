// Our tone evaluation sets (test/fixtures/tone-eval; docs/tone.md, "Support replies"): well-formed,
// labelled with known categories, no duplicate texts, both halves populated, and never used as
// lexicon examples (the lexicons' example pairs must not quote them: the test half stays blind).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isSupportTest, loadSupportSet } from '../../scripts/tone-corpus.js';
import data from '../../server/src/engine/data/generated.js';

const dir = join(import.meta.dirname, '../fixtures/tone-eval');
const HOSTILE = new Set(['insult', 'condescension', 'blame', 'passive-aggressive', 'sarcasm', 'absolute', 'threat', 'dismissive', 'grovelling', 'curt', 'blunt request']);

describe('tone evaluation sets', () => {
  for (const language of ['en', 'de', 'zh', 'ko']) {
    it(`${language}: labels, categories, no duplicates, both halves`, () => {
      const items = loadSupportSet(dir, language);
      const replies = items.filter((it) => it.source === 'support-replies');
      assert.ok(replies.filter((it) => it.label === 'hostile').length >= 120, 'at least 120 hostile support replies');
      assert.ok(replies.filter((it) => it.label === 'neutral').length >= 120, 'at least 120 neutral support replies');
      for (const it of items) {
        assert.ok(it.label === 'hostile' || it.label === 'neutral', `${it.id}: label ${it.label}`);
        assert.equal(typeof it.text, 'string');
        assert.ok(it.text.trim().length >= 8, `${it.id}: text too short`);
        if (it.label === 'hostile') assert.ok(HOSTILE.has(it.category), `${it.id}: unknown category ${it.category}`);
      }
      const seen = new Set<string>();
      for (const it of items) {
        const key = it.text.toLowerCase().replace(/\s+/g, ' ').trim();
        assert.ok(!seen.has(key), `${it.id}: duplicate text`);
        seen.add(key);
      }
      const test = items.filter((it) => isSupportTest(it.id)).length;
      assert.ok(test > items.length * 0.35 && test < items.length * 0.65, `test half has ${test} of ${items.length}`);
    });

    it(`${language}: no lexicon example quotes an evaluation text`, () => {
      const texts = new Set(loadSupportSet(dir, language).map((it) => it.text.trim()));
      for (const entry of data.tone[language]?.entries ?? []) {
        for (const pair of entry.examples ?? []) for (const t of pair) assert.ok(!texts.has(t.trim()), `${entry.id}: example is an evaluation text: ${t}`);
      }
    });
  }
});
