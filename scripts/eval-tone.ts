#!/usr/bin/env -S node --import tsx
// npm run eval:tone: scores neutral-tone on ../shared/corpus/tone-dev.
//
// A text counts as flagged when the rule reports anything on it:
//   rule (all findings) = any warning, shouting (capitals, stacked ! and ?) included
//   lexicon             = a finding from the word lexicons (every category but shouting)
//   model only          = the statistical score reaches its calibrated threshold
//   lexicon+model       = lexicon or model (what the rule reports: warnings plus the score hint)
//   lexicon+model, high sensitivity = the same at the model's lower threshold (`sensitivity: high`, what
//                       reply templates get by default; texts here are linted as plain text: `standard`)
// and, for comparison, the baselines when installed: alex (any message), write-good (any
// suggestion) and AFINN via `sentiment` (score < 0). Figures per language and per source, on
// the held-out slice (sha256(id) starts with 0-3; never used to train or tune) and on all data.
//
// A third split, "support", is ours, written by writers who had not seen the corpus, the lexicons
// or the model (measurement only: never trained on, never used to write patterns), in
// test/fixtures/tone-eval: support-reply sentences labelled hostile or neutral per language
// (source "support-replies") and, in English, minimal pairs of blunt and polite requests (source
// "requests-ours"); ja, es and fr, which have no corpus, only have this split. It is halved by
// sha256(id): the dev half (0-7) may be read for error analysis, the test half (8-f) is only
// measured. Set B ("support-b": <language>-b.yaml, source
// "support-replies-b") was written later by other writers, after the model had learnt from our
// support training text (scripts/tone-train): measured only, never halved. Rows of the test
// half and of set B come with counts per category and tag.
//
// Usage: node --import tsx scripts/eval-tone.ts [--corpus DIR] [--json] [--no-baselines]
//          [--split held-out|all|support-test|support-dev|support-b]   (one split only: e.g. error analysis
//                                            on support-dev without a look at a test split)
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { scoreText } from '../server/src/engine/tone/model.js';
import { isHeldOut, isSupportTest, judgeTone, loadCorpus, loadSupportSet, option, SET_B, type Item, type SupportItem } from './tone-corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpusDir = option('--corpus') ?? join(root, '../shared/corpus/tone-dev');
const asJson = args.includes('--json');
const withBaselines = !args.includes('--no-baselines');
if (!existsSync(corpusDir)) {
  console.error(`corpus not found: ${corpusDir} (see docs/tone.md)`);
  process.exit(2);
}

type Predictor = (item: Item) => boolean;

const LANGUAGES = ['en', 'de', 'zh', 'ko'];
/**
 * The secondary locales have no corpus (and no model): only our support-reply sets measure them
 * (test/fixtures/tone-eval/<language>.yaml, halved like the first-class ones).
 */
const SUPPORT_LANGUAGES = [...LANGUAGES, 'ja', 'es', 'fr'];

/** One parse per text: its tone findings and whether the model flags it. */
const verdicts = new Map<string, { categories: string[]; model: boolean; modelHigh: boolean }>();
const verdict = (it: Item): { categories: string[]; model: boolean; modelHigh: boolean } => {
  let v = verdicts.get(it.id);
  if (v === undefined) {
    const { findings, prose } = judgeTone(it.text, it.lang);
    v = { categories: findings.map((f) => f.category), model: scoreText(prose, it.lang)?.hostile ?? false, modelHigh: scoreText(prose, it.lang, 'high')?.hostile ?? false };
    verdicts.set(it.id, v);
  }
  return v;
};
/** Every warning the rule reports, shouting (capitals, stacked ! and ?) included. */
const rule: Predictor = (it) => verdict(it).categories.length > 0;
/** The word lexicons only (shouting is a typographic signal, measured by the row above). */
const lexicon: Predictor = (it) => verdict(it).categories.some((c) => c !== 'shouting');
const model: Predictor = (it) => verdict(it).model;
const combined: Predictor = (it) => lexicon(it) || model(it);
/** The rule with `sensitivity: high` (the model's second, lower threshold). */
const combinedHigh: Predictor = (it) => lexicon(it) || verdict(it).modelHigh;

const predictors: Record<string, Predictor> = { 'rule (all findings)': rule, lexicon, 'model only': model, 'lexicon+model': combined, 'lexicon+model, high sensitivity': combinedHigh };

async function loadBaselines(): Promise<Record<string, Predictor>> {
  const out: Record<string, Predictor> = {};
  const require = createRequire(import.meta.url);
  try {
    const alex = await import('alex');
    out.alex = (it) => alex.text(it.text).messages.length > 0;
  } catch { /* not installed */ }
  try {
    const writeGood = require('write-good') as (t: string) => unknown[];
    out['write-good'] = (it) => writeGood(it.text).length > 0;
  } catch { /* not installed */ }
  try {
    const Sentiment = require('sentiment') as new () => { analyze(t: string): { score: number } };
    const s = new Sentiment();
    out['afinn (sentiment)'] = (it) => s.analyze(it.text).score < 0;
  } catch { /* not installed */ }
  return out;
}

interface Row { system: string; split: string; language: string; source: string; n: number; tp: number; fp: number; fn: number; tn: number }

function score(system: string, split: string, language: string, source: string, items: Item[], p: Predictor): Row {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const it of items) {
    const flagged = p(it);
    const hostile = it.label === 'hostile';
    if (flagged && hostile) tp++;
    else if (flagged) fp++;
    else if (hostile) fn++;
    else tn++;
  }
  return { system, split, language, source, n: items.length, tp, fp, fn, tn };
}

const f = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : ' n/a');
function metrics(r: Row): { precision: number; recall: number; f1: number; accuracy: number } {
  const precision = r.tp + r.fp === 0 ? NaN : r.tp / (r.tp + r.fp);
  const recall = r.tp + r.fn === 0 ? NaN : r.tp / (r.tp + r.fn);
  const f1 = !(precision + recall > 0) ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, accuracy: (r.tp + r.tn) / r.n };
}

const ALL_SPLITS = ['held-out', 'all', 'support-test', 'support-dev', 'support-b'] as const;
const onlySplit = option('--split');
if (onlySplit !== undefined && !(ALL_SPLITS as readonly string[]).includes(onlySplit)) {
  console.error(`eval-tone: unknown --split "${onlySplit}"; use one of ${ALL_SPLITS.join(', ')}`);
  process.exit(2);
}
const SPLITS = ALL_SPLITS.filter((s) => !onlySplit || s === onlySplit);
const TITLES: Record<string, string> = {
  'held-out': 'Held-out slice (sha256(id) starts with 0-3; not used for training or tuning)',
  all: 'All data (includes the training slice: optimistic)',
  'support-test': 'Support replies, test half (test/fixtures/tone-eval, sha256(id) starts with 8-f; written by writers who had not seen the rule; never read while writing patterns)',
  'support-dev': 'Support replies, dev half (sha256(id) starts with 0-7; its misses may be read for error analysis)',
  'support-b': 'Support replies, set B (test/fixtures/tone-eval/<language>-b.yaml; written later by other writers who had not seen the rule, the first set or the training text; measured only)',
};

/** The items of one support split: set A halved by sha256(id), set B whole. */
function supportSplit(items: SupportItem[], split: string): SupportItem[] {
  if (split === 'support-b') return items.filter((it) => it.source === SET_B);
  return items.filter((it) => it.source !== SET_B && isSupportTest(it.id) === (split === 'support-test'));
}
const isSupportSplit = (split: string): boolean => split.startsWith('support-');

async function main(): Promise<void> {
  const all = Object.fromEntries(LANGUAGES.map((l) => [l, loadCorpus(corpusDir, l)]));
  const support = Object.fromEntries(SUPPORT_LANGUAGES.map((l) => [l, loadSupportSet(join(root, 'test/fixtures/tone-eval'), l)]));
  const systems = { ...predictors, ...(withBaselines ? await loadBaselines() : {}) };
  const rows: Row[] = [];
  for (const split of SPLITS) {
    for (const language of isSupportSplit(split) ? SUPPORT_LANGUAGES : LANGUAGES) {
      const items: Item[] = isSupportSplit(split)
        ? supportSplit(support[language], split)
        : all[language].filter((it) => split === 'all' || isHeldOut(it.id));
      if (items.length === 0) continue;
      const sources = [...new Set(items.map((it) => it.source))].sort();
      for (const [system, p] of Object.entries(systems)) {
        rows.push(score(system, split, language, '(all)', items, p));
        if (sources.length > 1) for (const source of sources) rows.push(score(system, split, language, source, items.filter((it) => it.source === source), p));
      }
    }
  }

  // Support replies, lexicon+model: how many of each hostile category it finds and how many
  // texts of each neutral tag it flags (the measured splits: test half and set B).
  const categoryRows = SPLITS.filter((split) => split === 'support-test' || split === 'support-b').flatMap((split) => SUPPORT_LANGUAGES.flatMap((language) => {
    const byCategory = new Map<string, { label: string; n: number; flagged: number }>();
    for (const it of supportSplit(support[language], split)) {
      const key = `${it.label}:${it.category}`;
      const c = byCategory.get(key) ?? { label: it.label, n: 0, flagged: 0 };
      c.n++;
      if (combined(it)) c.flagged++;
      byCategory.set(key, c);
    }
    return [...byCategory].sort(([a], [b]) => a.localeCompare(b)).map(([key, c]) => ({ split, language, label: c.label, category: key.slice(c.label.length + 1), n: c.n, flagged: c.flagged }));
  }));

  if (asJson) {
    console.log(JSON.stringify({ rows: rows.map((r) => ({ ...r, ...metrics(r) })), supportCategories: categoryRows }, null, 1));
  } else {
    for (const split of SPLITS) {
      console.log(`\n### ${TITLES[split]}\n`);
      console.log('| system | language | source | n | precision | recall | F1 | accuracy |');
      console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |');
      for (const r of rows.filter((x) => x.split === split)) {
        const m = metrics(r);
        console.log(`| ${r.system} | ${r.language} | ${r.source} | ${r.n} | ${f(m.precision)} | ${f(m.recall)} | ${f(m.f1)} | ${f(m.accuracy)} |`);
      }
    }
    if (categoryRows.length) console.log('\n### Support replies by category (lexicon+model): hostile found, neutral flagged\n');
    if (categoryRows.length) console.log('| split | language | label | category | n | flagged |\n| --- | --- | --- | --- | ---: | ---: |');
    for (const c of categoryRows) console.log(`| ${c.split} | ${c.language} | ${c.label} | ${c.category} | ${c.n} | ${c.flagged} |`);
  }
}

void main();
