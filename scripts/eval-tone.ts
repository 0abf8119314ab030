#!/usr/bin/env -S node --import tsx
// npm run eval:tone: scores neutral-tone on ../shared/corpus/tone-dev.
//
// A text counts as flagged when the rule reports anything on it:
//   rule (all findings) = any warning, shouting (capitals, stacked ! and ?) included
//   lexicon             = a finding from the word lexicons (every category but shouting)
//   model only          = the statistical score reaches its calibrated threshold
//   lexicon+model       = lexicon or model (what the rule reports: warnings plus the score hint)
// and, for comparison, the baselines when installed: alex (any message), write-good (any
// suggestion) and AFINN via `sentiment` (score < 0). Figures per language and per source, on
// the held-out slice (sha256(id) starts with 0-3; never used to train or tune) and on all data.
//
// Usage: node --import tsx scripts/eval-tone.ts [--corpus DIR] [--json] [--no-baselines]
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { analyzeTone, defaultConfig, Knowledge, parse } from '../server/src/engine/index.js';
import { scoreText } from '../server/src/engine/tone/model.js';
import { isHeldOut, loadCorpus, type Item } from './tone-corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpusDir = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : join(root, '../shared/corpus/tone-dev');
const asJson = args.includes('--json');
const withBaselines = !args.includes('--no-baselines');
if (!existsSync(corpusDir)) {
  console.error(`corpus not found: ${corpusDir} (see docs/tone.md)`);
  process.exit(2);
}

type Predictor = (item: Item) => boolean;

const LANGUAGES = ['en', 'de', 'zh', 'ko'];
const knowledge = new Knowledge(defaultConfig());
const configs = new Map(LANGUAGES.map((l) => [l, { ...defaultConfig(), defaultLocale: l }]));

const findingsCache = new Map<string, string[]>();
const categories = (it: Item): string[] => {
  let v = findingsCache.get(it.id);
  if (v === undefined) {
    v = analyzeTone(parse(it.text, configs.get(it.lang)), knowledge).map((f) => f.category);
    findingsCache.set(it.id, v);
  }
  return v;
};
/** Every warning the rule reports, shouting (capitals, stacked ! and ?) included. */
const rule: Predictor = (it) => categories(it).length > 0;
/** The word lexicons only (shouting is a typographic signal, measured by the row above). */
const lexicon: Predictor = (it) => categories(it).some((c) => c !== 'shouting');
const model: Predictor = (it) => scoreText(parse(it.text, configs.get(it.lang)).prose.text, it.lang)?.hostile ?? false;
const combined: Predictor = (it) => lexicon(it) || model(it);

const predictors: Record<string, Predictor> = { 'rule (all findings)': rule, lexicon, 'model only': model, 'lexicon+model': combined };

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

async function main(): Promise<void> {
  const all = Object.fromEntries(LANGUAGES.map((l) => [l, loadCorpus(corpusDir, l)]));
  const systems = { ...predictors, ...(withBaselines ? await loadBaselines() : {}) };
  const rows: Row[] = [];
  for (const split of ['held-out', 'all']) {
    for (const language of LANGUAGES) {
      const items = all[language].filter((it) => split === 'all' || isHeldOut(it.id));
      if (items.length === 0) continue;
      const sources = [...new Set(items.map((it) => it.source))].sort();
      for (const [system, p] of Object.entries(systems)) {
        rows.push(score(system, split, language, '(all)', items, p));
        if (sources.length > 1) for (const source of sources) rows.push(score(system, split, language, source, items.filter((it) => it.source === source), p));
      }
    }
  }

  if (asJson) {
    console.log(JSON.stringify(rows.map((r) => ({ ...r, ...metrics(r) })), null, 1));
  } else {
    for (const split of ['held-out', 'all']) {
      console.log(`\n### ${split === 'held-out' ? 'Held-out slice (sha256(id) starts with 0-3; not used for training or tuning)' : 'All data (includes the training slice: optimistic)'}\n`);
      console.log('| system | language | source | n | precision | recall | F1 | accuracy |');
      console.log('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |');
      for (const r of rows.filter((x) => x.split === split)) {
        const m = metrics(r);
        console.log(`| ${r.system} | ${r.language} | ${r.source} | ${r.n} | ${f(m.precision)} | ${f(m.recall)} | ${f(m.f1)} | ${f(m.accuracy)} |`);
      }
    }
  }
}

void main();
