// Reads ../shared/corpus/tone-dev (JSONL per language), our support-reply sets (test/fixtures/tone-eval) and
// our support-reply training text (scripts/tone-train) for scripts/train-tone.ts and
// scripts/eval-tone.ts. The corpus is never copied into this repository (see its README).
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { analyzeTone, defaultConfig, Knowledge, parse } from '../server/src/engine/index.js';
import type { ToneFinding } from '../server/src/engine/tone/analyze.js';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export interface Item {
  id: string;
  lang: string;
  text: string;
  label: 'hostile' | 'neutral';
  source: string;
}

/** Held-out slice: ids whose sha256 starts with 0-3 (about a quarter), never used for training or tuning. */
export function isHeldOut(id: string): boolean {
  return /^[0-3]/.test(createHash('sha256').update(id).digest('hex'));
}

/** Test half of our support-reply sets: ids whose sha256 starts with 8-f (only measured, never read). */
export function isSupportTest(id: string): boolean {
  return /^[89a-f]/.test(createHash('sha256').update(id).digest('hex'));
}

export function loadCorpus(dir: string, language: string): Item[] {
  const file = join(dir, `${language}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Item);
}

export interface SupportItem extends Item { category: string }

/** Set B of our support-reply sets: measured whole, never halved (see loadSupportSet). */
export const SET_B = 'support-replies-b';

/** A file of `items: [{ label, category, text }]` (our evaluation sets and training text). */
function loadLabelled(file: string, idPrefix: string, language: string, source: string): SupportItem[] {
  const doc = parseYaml(readFileSync(file, 'utf8')) as { items: { label: 'hostile' | 'neutral'; category: string; text: string }[] };
  return doc.items.map((it, i) => ({ id: `${idPrefix}:${language}:${i + 1}`, lang: language, text: it.text, label: it.label, source, category: it.category }));
}

/**
 * Our evaluation sets in test/fixtures/tone-eval: `<language>.yaml` (support-reply sentences,
 * `items: [{ label, category, text }]`, source "support-replies"), `<language>-requests-*.yaml`
 * (minimal pairs `[blunt, polite]` of the same request, source "requests-ours": the blunt side
 * counts as hostile, the polite side as neutral, like the stanford-politeness quartiles), and set B,
 * `<language>-b.yaml` (same format as the first, written later by other writers; source
 * "support-replies-b", measured only, never halved). The first two are halved by `isSupportTest`.
 */
export function loadSupportSet(dir: string, language: string): SupportItem[] {
  if (!existsSync(dir)) return [];
  const out: SupportItem[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === `${language}.yaml`) out.push(...loadLabelled(join(dir, name), 'support', language, 'support-replies'));
    else if (name === `${language}-b.yaml`) out.push(...loadLabelled(join(dir, name), 'support-b', language, SET_B));
    else if (name.startsWith(`${language}-requests-`) && name.endsWith('.yaml')) {
      const doc = parseYaml(readFileSync(join(dir, name), 'utf8')) as { pairs: [string, string][] };
      doc.pairs.forEach(([blunt, polite], i) => {
        out.push({ id: `${name}:${i + 1}:blunt`, lang: language, text: blunt, label: 'hostile', source: 'requests-ours', category: 'blunt request' });
        out.push({ id: `${name}:${i + 1}:polite`, lang: language, text: polite, label: 'neutral', source: 'requests-ours', category: 'polite request' });
      });
    }
  }
  return out;
}

/**
 * Support-reply TRAINING text of our own, scripts/tone-train/<language>.yaml (same format as the
 * evaluation sets; written for replylint by writers who saw neither the evaluation sets nor the
 * lexicons). The trainer adds it to every training fold; it is never scored or evaluated.
 */
export function loadTrainingText(dir: string, language: string): SupportItem[] {
  const file = join(dir, `${language}.yaml`);
  return existsSync(file) ? loadLabelled(file, 'train', language, 'support-train') : [];
}

/** `--name value` from the command line of a script. */
export function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  return args.includes(name) ? args[args.indexOf(name) + 1] : undefined;
}

const knowledge = new Knowledge(defaultConfig());
const configs = new Map<string, ReturnType<typeof defaultConfig>>();

export interface ToneJudgement {
  /** Every tone finding, shouting included. */
  findings: ToneFinding[];
  /** Whether a word lexicon flags the text (shouting is a typographic signal, not counted). */
  lexicon: boolean;
  /** The normalized prose the model scores (quotes, placeholders and code masked). */
  prose: string;
}

/** One parse of a text as plain text in its language, for the trainer, the evaluation and error lists. */
export function judgeTone(text: string, language: string): ToneJudgement {
  let config = configs.get(language);
  if (!config) configs.set(language, (config = { ...defaultConfig(), defaultLocale: language }));
  const doc = parse(text, config);
  const findings = analyzeTone(doc, knowledge);
  return { findings, lexicon: findings.some((f) => f.category !== 'shouting'), prose: doc.prose.text };
}

/** Character 4-grams of a text with case, spaces, punctuation and symbols ignored. */
function fourGrams(text: string): Set<string> {
  const k = text.toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 4 <= k.length; i++) out.add(k.slice(i, i + 4));
  return out;
}

/**
 * Pairs of near-identical texts between `texts` and `reference`: the share of the shorter text's
 * character 4-grams that the other also has is at least `threshold` (1 = one contains the other,
 * ignoring case, spacing and punctuation). Writers who share a brief converge on stock phrasings
 * ("Calm down. It's a ... charge, not the end of the world."); a training text that near-copies
 * an evaluation text would inflate the measurement.
 * With `basis: 'text'` the share is of each of `texts`' own 4-grams instead: "does the reference
 * cover most of this text" (a short stock phrase of the reference inside a long text is no copy).
 */
export function nearDuplicates<T extends { text: string }>(texts: readonly T[], reference: readonly T[], threshold: number, basis: 'shorter' | 'text' = 'shorter'): { a: T; b: T; similarity: number }[] {
  const index = new Map<string, number[]>();
  const refGrams = reference.map((r) => fourGrams(r.text));
  refGrams.forEach((g, j) => { for (const x of g) (index.get(x) ?? index.set(x, []).get(x)!).push(j); });
  const out: { a: T; b: T; similarity: number }[] = [];
  for (const a of texts) {
    const g = fourGrams(a.text);
    const shared = new Map<number, number>();
    for (const x of g) for (const j of index.get(x) ?? []) shared.set(j, (shared.get(j) ?? 0) + 1);
    for (const [j, n] of shared) {
      const b = reference[j];
      if (b === a) continue;
      const similarity = n / Math.max(1, basis === 'text' ? g.size : Math.min(g.size, refGrams[j].size));
      if (similarity >= threshold) out.push({ a, b, similarity });
    }
  }
  return out;
}
