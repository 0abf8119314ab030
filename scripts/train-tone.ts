#!/usr/bin/env -S node --import tsx
// Trains the neutral-tone statistical layer: one logistic regression per language over hashed
// n-gram features of the normalized prose (the same features the engine computes at run time,
// server/src/engine/tone/model.ts), on the TRAINING slice of ../shared/corpus/tone-dev. Items whose
// sha256(id) starts with 0-3 are held out and never seen here (scripts/eval-tone.ts reports on them).
//
// Usage: node --import tsx scripts/train-tone.ts [--corpus DIR] [--only en,de] [--no-write] [--nested]
//          [--source NAME] [--target P]
//   --only      train and report these languages (the weights file then keeps the others as they are)
//   --no-write  print the cross-validation table, do not write the weights file
//   --nested    also check the calibration on text it never saw (see nestedCheck; slower, ~4x)
//   --source    diagnostics: train and calibrate on one corpus source only (implies --no-write)
//   --target    diagnostics: calibrate to this precision instead of TARGET_PRECISION (implies --no-write)
//   --no-support-text  diagnostics: leave out scripts/tone-train (implies --no-write)
//   --support-weight W diagnostics: weight of that text instead of SUPPORT_TEXT_WEIGHT (implies --no-write)
// Writes server/src/engine/tone/model-weights.ts (generated; committed as data; < 300 KB).
//
// Method (chosen by cross-validation on the training slice; docs/tone.md, "The statistical layer"):
// - Naive-Bayes-scaled logistic regression (NB-LR, Wang & Manning 2012): each feature's input is
//   its log-count ratio between the classes in the training fold; the ratio is folded into the
//   shipped weight, so scoring is the plain linear model.
// - Repeated stratified cross-validation (REPEATS x FOLDS): every corpus item gets one out-of-fold
//   score per repeat; the threshold is calibrated on all of them pooled.
// - The shipped model is the average of those REPEATS x FOLDS fold models (bagging): the scores
//   the threshold was calibrated on come from the same kind of models, and averaging lowers the
//   variance of the score.
import { writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { featureIndices, featureSpec } from '../server/src/engine/tone/model.js';
import { TONE_MODELS, type ToneModelData } from '../server/src/engine/tone/model-weights.js';
import data from '../server/src/engine/data/generated.js';
import { isHeldOut, judgeTone, loadCorpus, loadTrainingText, option, type Item } from './tone-corpus.js';
import { rng } from '../bench/rng.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const corpusDir = option('--corpus') ?? join(root, '../shared/corpus/tone-dev');
if (!existsSync(corpusDir)) {
  console.error(`corpus not found: ${corpusDir}`);
  process.exit(2);
}

const ALL_LANGUAGES = ['en', 'de', 'zh', 'ko'];
const LANGUAGES = option('--only')?.split(',') ?? ALL_LANGUAGES;
/** Diagnostics: train and calibrate on one source only, or to another precision (neither writes). */
const onlySource = option('--source');
const targetOverride = option('--target') === undefined ? undefined : Number(option('--target'));
const write = !args.includes('--no-write') && !args.includes('--no-support-text') && option('--support-weight') === undefined && onlySource === undefined && targetOverride === undefined;
/**
 * Precision lexicon+model must reach in cross-validation (the target on held-out data is 0.85).
 * English asks for more: its lexicon was tuned on the same training slice, so its cross-validated
 * precision overstates what it does on unseen text, and the blunt-but-not-hostile
 * stanford-politeness requests sit right at the model's threshold. de, zh and ko keep 0.88.
 */
const TARGET_PRECISION: Record<string, number> = { en: 0.92, de: 0.88, zh: 0.88, ko: 0.88 };
/**
 * The second operating point (`neutral-tone` option `sensitivity: high`, the default in reply
 * templates): the same pooled scores, calibrated to this lower cross-validated precision in every
 * language. Fixed in advance at a round figure, not tuned on any evaluation split.
 */
const HIGH_SENSITIVITY_PRECISION = 0.8;
/**
 * How much lower than on the training slice the lexicons' precision is assumed to be on unseen
 * text (see pickThreshold). The lexicons were extended by error analysis on this slice, so their
 * precision here is optimistic; without a margin the model may spend that surplus on additions of
 * its own that are less precise than the target (de: 0.75 at a 0.88 union in cross-validation).
 * English has none because its stricter target (0.92) already is that margin.
 */
const LEXICON_MARGIN: Record<string, number> = { en: 0, de: 0.03, zh: 0.03, ko: 0.03 };
/**
 * Gradient weight, relative to a corpus item, of our own text: the lexicons' example pairs and the
 * support-reply training text (scripts/tone-train). German is the exception: at full weight its 527
 * example pairs and its training text cost the model a third of its corpus recall (cross-validated
 * lexicon+model F1 0.666 -> 0.636), while its support-reply recall comes from the lexicon; at a
 * quarter and a half the corpus figure is back (0.670). Chosen by cross-validation on the training
 * slice and the model's recall on the dev half of our support set.
 */
const PAIR_WEIGHT: Record<string, number> = { de: 0.25 };
const SUPPORT_TEXT_WEIGHT: Record<string, number> = { de: 0.5 };
const EPOCHS = 20;
const L2 = 1e-4;
const LR = 0.05;
/** Additive smoothing of the naive-Bayes feature counts. */
const NB_ALPHA = 1;
const FOLDS = 5;
const REPEATS = 5;
/** A threshold must flag at least this many corpus items per repeat (a lucky top handful sets no bar). */
const MIN_FLAGGED = 20;

interface Sample { x: number[]; y: number; lexicon: boolean; source: string; weight?: number }
interface Model { w: Float64Array; b: number }
interface Scored { p: number; y: number; lexicon: boolean; source: string }

/** Features, label and whether the word lexicons already flag the text (shouting aside). */
function vectorize(items: Item[], language: string): Sample[] {
  return items.map((it) => {
    const { prose, lexicon } = judgeTone(it.text, language);
    return { x: featureIndices(prose, language), y: it.label === 'hostile' ? 1 : 0, lexicon, source: it.source };
  });
}


function shuffle<T>(a: T[], rand: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
}

/** Stratified fold of each sample (labels balanced across folds), seeded per repeat. */
function stratifiedFolds(labels: number[], folds: number, seed: number): number[] {
  const fold = new Array<number>(labels.length).fill(0);
  const rand = rng(seed);
  for (const cls of [0, 1]) {
    const idx = labels.flatMap((y, i) => (y === cls ? [i] : []));
    shuffle(idx, rand);
    idx.forEach((i, n) => { fold[i] = n % folds; });
  }
  return fold;
}

/**
 * NB-LR: log-count ratios r of the training samples (support-reply training text aside) scale each
 * input; logistic regression with AdaGrad and L2 (each sample's gradient times its weight), inputs
 * scaled by 1/sqrt(#features). Returns the weights with r folded in.
 */
function train(samples: Sample[], D: number, seed: number): Model {
  const pos = new Float64Array(D).fill(NB_ALPHA);
  const neg = new Float64Array(D).fill(NB_ALPHA);
  // The ratios come from the corpus and the lexicons' example pairs; our support-reply training text
  // moves the weights but not the ratios (chosen on the dev half: the same support-reply recall with
  // less cost on the corpus than counting it here).
  for (const s of samples) if (s.source !== 'support-train') for (const idx of s.x) (s.y ? pos : neg)[idx]++;
  let sumPos = 0, sumNeg = 0;
  for (let i = 0; i < D; i++) { sumPos += pos[i]; sumNeg += neg[i]; }
  const r = new Float64Array(D);
  for (let i = 0; i < D; i++) r[i] = Math.log(pos[i] / sumPos / (neg[i] / sumNeg));

  const w = new Float64Array(D);
  const g2 = new Float64Array(D).fill(1e-8);
  let b = 0, gb2 = 1e-8;
  const order = samples.map((_, i) => i);
  const rand = rng(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order, rand);
    for (const k of order) {
      const { x, y, weight = 1 } = samples[k];
      if (x.length === 0) continue;
      const v = 1 / Math.sqrt(x.length);
      let z = b;
      for (const idx of x) z += w[idx] * r[idx] * v;
      const g = (1 / (1 + Math.exp(-z)) - y) * weight;
      for (const idx of x) {
        const gi = g * v * r[idx] + L2 * w[idx];
        g2[idx] += gi * gi;
        w[idx] -= (LR / Math.sqrt(g2[idx])) * gi;
      }
      gb2 += g * g;
      b -= (LR / Math.sqrt(gb2)) * g;
    }
  }
  for (let i = 0; i < D; i++) w[i] *= r[i];
  return { w, b };
}

function predict(model: Model, x: number[]): number {
  if (x.length === 0) return 0;
  const v = 1 / Math.sqrt(x.length);
  let z = model.b;
  for (const idx of x) z += model.w[idx] * v;
  return 1 / (1 + Math.exp(-z));
}

function average(models: Model[], D: number): Model {
  const w = new Float64Array(D);
  let b = 0;
  for (const m of models) {
    for (let i = 0; i < D; i++) w[i] += m.w[i] / models.length;
    b += m.b / models.length;
  }
  return { w, b };
}

/**
 * Repeated stratified cross-validation of `samples` (own example pairs join every training fold,
 * never scored). Returns the pooled out-of-fold scores (REPEATS per sample), per repeat, and the
 * fold models.
 */
function crossValidate(samples: Sample[], own: Sample[], D: number, seedBase: number): { pooled: Scored[]; perRepeat: Scored[][]; models: Model[] } {
  const pooled: Scored[] = [];
  const perRepeat: Scored[][] = [];
  const models: Model[] = [];
  for (let rep = 0; rep < REPEATS; rep++) {
    const fold = stratifiedFolds(samples.map((s) => s.y), FOLDS, seedBase + 1000 * rep);
    const scored: Scored[] = [];
    for (let f = 0; f < FOLDS; f++) {
      const m = train([...samples.filter((_, i) => fold[i] !== f), ...own], D, seedBase + 1000 * rep + f + 1);
      models.push(m);
      samples.forEach((s, i) => { if (fold[i] === f) scored.push({ p: predict(m, s.x), y: s.y, lexicon: s.lexicon, source: s.source }); });
    }
    perRepeat.push(scored);
    pooled.push(...scored);
  }
  return { pooled, perRepeat, models };
}

/**
 * Threshold for the rule as shipped (lexicon finding OR score >= threshold) on pooled
 * cross-validated scores. Texts the lexicon flags count whatever their score; the rest enter in
 * order of score. The lexicons were written with this training slice in view, so their precision
 * here is optimistic: it is counted `lexiconMargin` lower (what the model adds is out-of-fold and
 * needs no margin). Walking down from the highest score, the threshold stops at the last point
 * before the precision falls below the target for the first time after reaching it (not at the
 * lowest point anywhere that touches the target again: that would pick a lucky upward wiggle of
 * the curve and overstate precision).
 */
function pickThreshold(scores: Scored[], target: number, repeats: number, lexiconMargin: number): number {
  let tp = 0, fp = 0;
  for (const s of scores) if (s.lexicon) { if (s.y) tp++; else fp++; }
  const moved = Math.min(tp, lexiconMargin * (tp + fp));
  tp -= moved;
  fp += moved;
  const sorted = scores.filter((s) => !s.lexicon).sort((a, b) => b.p - a.p);
  // No threshold reaching the target: the model stays silent (threshold above any probability).
  let best = 1.01;
  let reached = false;
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].y === 1) tp++; else fp++;
    if (sorted[i + 1]?.p === sorted[i].p) continue;
    const ok = tp / (tp + fp) >= target;
    if (ok && i + 1 >= MIN_FLAGGED * repeats) { best = sorted[i].p; reached = true; } else if (!ok && reached) break;
  }
  return best;
}

interface Prf { precision: number; recall: number; f1: number; flagged: number }
function prf(scores: Scored[], flag: (s: Scored) => boolean): Prf {
  let tp = 0, fp = 0, pos = 0;
  for (const s of scores) {
    if (s.y) pos++;
    if (flag(s)) { if (s.y) tp++; else fp++; }
  }
  const precision = tp + fp ? tp / (tp + fp) : NaN;
  const recall = pos ? tp / pos : NaN;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall), flagged: tp + fp };
}

function quantize(w: Float64Array): { scale: number; bytes: Uint8Array } {
  let max = 0;
  for (const v of w) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const bytes = new Uint8Array(w.length);
  for (let i = 0; i < w.length; i++) bytes[i] = Math.max(-127, Math.min(127, Math.round(w[i] / scale))) & 0xff;
  return { scale, bytes };
}

/** The whole pipeline for one language: calibrated threshold and the shipped (averaged) model. */
function fit(samples: Sample[], own: Sample[], D: number, target: number, margin: number, seedBase: number) {
  const cv = crossValidate(samples, own, D, seedBase);
  const threshold = pickThreshold(cv.pooled, target, REPEATS, margin);
  const thresholdHigh = Math.min(threshold, pickThreshold(cv.pooled, Math.min(target, HIGH_SENSITIVITY_PRECISION), REPEATS, margin));
  return { cv, threshold, thresholdHigh, model: average(cv.models, D) };
}

/**
 * Calibration check on text the calibration never saw, inside the training slice: 4 stratified
 * outer folds; the whole pipeline (cross-validation, threshold, averaged model) runs on three of
 * them and lexicon+model is measured on the fourth. Mean precision close to the target means the
 * cross-validated figure does not overstate precision on unseen text (apart from the lexicons,
 * which were written with the whole training slice in view).
 */
function nestedCheck(samples: Sample[], own: Sample[], D: number, target: number, margin: number): string {
  const outer = stratifiedFolds(samples.map((s) => s.y), 4, 4242);
  const precisions: number[] = [];
  let tp = 0, fp = 0, pos = 0;
  for (let o = 0; o < 4; o++) {
    const r = fit(samples.filter((_, i) => outer[i] !== o), own, D, target, margin, 500 + 10 * o);
    let ftp = 0, ffp = 0;
    samples.forEach((s, i) => {
      if (outer[i] !== o) return;
      if (s.y) pos++;
      if (s.lexicon || predict(r.model, s.x) >= r.threshold) { if (s.y) ftp++; else ffp++; }
    });
    precisions.push(ftp / (ftp + ffp));
    tp += ftp; fp += ffp;
  }
  return `nested check (4 outer folds): lexicon+model precision ${(tp / (tp + fp)).toFixed(3)} (folds ${precisions.map((p) => p.toFixed(3)).join(' ')}), recall ${(tp / pos).toFixed(3)}, target ${target}`;
}

const fmt = (x: number): string => (Number.isNaN(x) ? '-' : x.toFixed(3));
const models: Record<string, ToneModelData> = { ...TONE_MODELS };
for (const l of Object.keys(models)) if (!ALL_LANGUAGES.includes(l)) delete models[l];
const table: string[] = [
  `Cross-validation on the training slice (${REPEATS} x stratified ${FOLDS}-fold, pooled; the model rows at the calibrated threshold):`,
  '',
  '| language | system | precision | recall | F1 | flagged / items |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
];
const notes: string[] = [];
const started = Date.now();
for (const language of LANGUAGES) {
  const spec = featureSpec(language);
  const D = 1 << spec.bits;
  const items = loadCorpus(corpusDir, language).filter((it) => !isHeldOut(it.id) && (!onlySource || it.source === onlySource));
  const samples = vectorize(items, language);
  // In-domain text of our own: the lexicon's [hostile, neutral] example pairs (support-reply
  // wording written for this repository). They join every training fold but are never scored,
  // so the calibration rests on corpus items only.
  const own: Item[] = (data.tone[language]?.entries ?? []).flatMap((e) => (e.examples ?? []).flatMap(([h, n], i) => [
    { id: `own:${e.id}:${i}:h`, lang: language, text: h, label: 'hostile' as const, source: 'lexicon-examples' },
    { id: `own:${e.id}:${i}:n`, lang: language, text: n, label: 'neutral' as const, source: 'lexicon-examples' },
  ]));
  // Support-reply training text of our own (scripts/tone-train/<language>.yaml): likewise in every
  // training fold, never scored.
  const supportText = args.includes('--no-support-text') ? [] : loadTrainingText(join(root, 'scripts/tone-train'), language);
  const supportWeight = option('--support-weight') === undefined ? SUPPORT_TEXT_WEIGHT[language] ?? 1 : Number(option('--support-weight'));
  const pairWeight = PAIR_WEIGHT[language] ?? 1;
  const ownSamples = [...vectorize(own, language).map((s) => ({ ...s, weight: pairWeight })), ...vectorize(supportText, language).map((s) => ({ ...s, weight: supportWeight }))];
  const target = targetOverride ?? TARGET_PRECISION[language];
  const margin = LEXICON_MARGIN[language];
  const { cv, threshold, thresholdHigh, model } = fit(samples, ownSamples, D, target, margin, 1);

  const n = cv.pooled.length;
  const rows: [string, (s: Scored) => boolean][] = [
    ['lexicon only', (s) => s.lexicon],
    ['model only', (s) => s.p >= threshold],
    ['lexicon+model', (s) => s.lexicon || s.p >= threshold],
    ['lexicon+model, high sensitivity', (s) => s.lexicon || s.p >= thresholdHigh],
  ];
  // What the model adds to the lexicon: precision of the texts only the score flags.
  const added = prf(cv.pooled.filter((s) => !s.lexicon), (s) => s.p >= threshold);
  for (const [name, flag] of rows) {
    const r = prf(cv.pooled, flag);
    table.push(`| ${language} | ${name} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${fmt(r.f1)} | ${r.flagged} / ${n} |`);
  }
  // Languages with more than one source (en): lexicon+model per source, since the sources measure
  // different things (corpus README) and one threshold serves both.
  const sources = [...new Set(cv.pooled.map((s) => s.source))].sort();
  if (sources.length > 1) {
    for (const source of sources) {
      const part = cv.pooled.filter((s) => s.source === source);
      const r = prf(part, (s) => s.lexicon || s.p >= threshold);
      table.push(`| ${language} | lexicon+model, ${source} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${fmt(r.f1)} | ${r.flagged} / ${part.length} |`);
      const h = prf(part, (s) => s.lexicon || s.p >= thresholdHigh);
      table.push(`| ${language} | lexicon+model, high sensitivity, ${source} | ${fmt(h.precision)} | ${fmt(h.recall)} | ${fmt(h.f1)} | ${h.flagged} / ${part.length} |`);
    }
  }
  // Spread over the repeats: how much the figures move with the fold split alone.
  const perRepeat = cv.perRepeat.map((s) => prf(s, (x) => x.lexicon || x.p >= threshold));
  const perRepeatThreshold = cv.perRepeat.map((s) => pickThreshold(s, target, 1, margin));
  const q = quantize(model.w);
  // The shipped weights are int8: how far that moves a score (over the corpus items).
  let maxShift = 0;
  const qm: Model = { w: Float64Array.from(q.bytes, (byte) => ((byte << 24) >> 24) * q.scale), b: model.b };
  for (const s of samples) maxShift = Math.max(maxShift, Math.abs(predict(qm, s.x) - predict(model, s.x)));
  notes.push(`${language}: ${samples.length} corpus + ${ownSamples.length} own items, 2^${spec.bits} features, threshold ${threshold.toFixed(3)} (high sensitivity ${thresholdHigh.toFixed(3)}); ` +
    `the model adds ${Math.round(added.flagged / REPEATS)} texts per repeat to the lexicon's, precision ${fmt(added.precision)} ` +
    `(cv target ${target}, lexicon margin ${margin}; per repeat: lexicon+model precision ${perRepeat.map((r) => fmt(r.precision)).join('/')}, recall ${perRepeat.map((r) => fmt(r.recall)).join('/')}; ` +
    `threshold picked on one repeat alone ${perRepeatThreshold.map((t) => t.toFixed(3)).join('/')}); int8 moves a score by at most ${maxShift.toFixed(4)}`);
  if (args.includes('--nested')) notes.push(`${language}: ${nestedCheck(samples, ownSamples, D, target, margin)}`);
  models[language] = {
    language,
    bias: Number(model.b.toFixed(6)),
    scale: Number(q.scale.toPrecision(8)),
    threshold: Number(threshold.toFixed(4)),
    thresholdHigh: Number(thresholdHigh.toFixed(4)),
    weights: Buffer.from(q.bytes).toString('base64'),
  };
}

console.log(table.join('\n'));
console.log('');
console.log(notes.join('\n'));
console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (!write) process.exit(0);

const bitsNote = ALL_LANGUAGES.filter((l) => models[l]).map((l) => `${l} 2^${featureSpec(l).bits}`).join(', ');
const out = `// Generated by scripts/train-tone.ts from ../shared/corpus/tone-dev (training slice: items whose
// sha256(id) does not start with 0-3), the example pairs of data/tone/*.yaml and the support-reply
// training text of scripts/tone-train/*.yaml (both written for replylint). Do not edit.
// Each model: int8 weights (base64) x scale over hashed n-gram features (${bitsNote}; feature sets:
// featureSpec in model.ts); the average of the cross-validation fold models; no corpus text.
//
// Licences of the training data (details and what they mean: docs/tone.md, "Training data and licences"):
//   en  Stanford Politeness Corpus (Danescu-Niculescu-Mizil et al. 2013; repository Apache-2.0) and
//       Davidson et al. 2017 (repository MIT; tweets under X/Twitter's terms)
//   de  GermEval 2018 (Wiegand, Siegel, Ruppenhofer 2018), CC BY 4.0: attribution required
//   zh  COLD (Deng et al. 2022), Apache-2.0
//   ko  BEEP! (Moon, Cho, Lee 2020), CC BY-SA 4.0: the "ko" weights below are treated as adapted
//       material and are licensed CC BY-SA 4.0 (attribution, share-alike), unlike the MIT code.
export interface ToneModelData { language: string; bias: number; scale: number; threshold: number; thresholdHigh?: number; weights: string; }
export const TONE_MODELS: Record<string, ToneModelData> = ${JSON.stringify(Object.fromEntries(ALL_LANGUAGES.filter((l) => models[l]).map((l) => [l, models[l]])), null, 1)};
`;
const target = join(root, 'server/src/engine/tone/model-weights.ts');
writeFileSync(target, out);
console.log(`wrote ${target} (${(out.length / 1024).toFixed(1)} KB)`);
