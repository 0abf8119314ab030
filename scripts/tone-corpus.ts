// Reads ../shared/corpus/tone-dev (JSONL per language) for scripts/train-tone.ts and
// scripts/eval-tone.ts. The corpus is never copied into this repository (see its README).
import { readFileSync, existsSync } from 'node:fs';
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

export function loadCorpus(dir: string, language: string): Item[] {
  const file = join(dir, `${language}.jsonl`);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Item);
}
