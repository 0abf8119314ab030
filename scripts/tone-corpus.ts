// Reads ../shared/corpus/tone-dev (JSONL per language) and our support-reply sets (test/fixtures/tone-eval) for scripts/train-tone.ts and
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

/**
 * Our evaluation sets in test/fixtures/tone-eval: `<language>.yaml` (support-reply sentences,
 * `items: [{ label, category, text }]`, source "support-replies") and `<language>-requests-*.yaml`
 * (minimal pairs `[blunt, polite]` of the same request, source "requests-ours": the blunt side
 * counts as hostile, the polite side as neutral, like the stanford-politeness quartiles).
 */
export function loadSupportSet(dir: string, language: string): SupportItem[] {
  if (!existsSync(dir)) return [];
  const out: SupportItem[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name === `${language}.yaml`) {
      const doc = parseYaml(readFileSync(join(dir, name), 'utf8')) as { items: { label: 'hostile' | 'neutral'; category: string; text: string }[] };
      doc.items.forEach((it, i) => out.push({ id: `support:${language}:${i + 1}`, lang: language, text: it.text, label: it.label, source: 'support-replies', category: it.category }));
    } else if (name.startsWith(`${language}-requests-`) && name.endsWith('.yaml')) {
      const doc = parseYaml(readFileSync(join(dir, name), 'utf8')) as { pairs: [string, string][] };
      doc.pairs.forEach(([blunt, polite], i) => {
        out.push({ id: `${name}:${i + 1}:blunt`, lang: language, text: blunt, label: 'hostile', source: 'requests-ours', category: 'blunt request' });
        out.push({ id: `${name}:${i + 1}:polite`, lang: language, text: polite, label: 'neutral', source: 'requests-ours', category: 'polite request' });
      });
    }
  }
  return out;
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
