#!/usr/bin/env -S node --import tsx
// Error analysis for the tone lexicons without touching any test split:
//   - the DEV half of our support-reply sets (test/fixtures/tone-eval; sha256(id) starts with 0-7):
//     hostile texts the rule misses (with their category) and neutral texts it flags (with findings);
//   - lexicon precision and recall on the TRAINING slice of ../shared/corpus/tone-dev (never the
//     held-out slice), so a new pattern's cost in false positives shows at once.
//   - with --train, our support-reply TRAINING text (scripts/tone-train) instead of the dev half:
//     a larger and independent source of phrasings for lexicon work.
// It never prints texts of the test halves, of set B or of the held-out slice.
//
// Usage: node --import tsx scripts/tone-errors.ts --lang en [--corpus DIR] [--misses-only] [--train]
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreText } from '../server/src/engine/tone/model.js';
import { isHeldOut, isSupportTest, judgeTone, loadCorpus, loadSupportSet, loadTrainingText, option, type Item } from './tone-corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const LANGUAGES = ['en', 'de', 'zh', 'ko', 'ja', 'es', 'fr'];
const language = option('--lang') ?? 'en';
if (!LANGUAGES.includes(language)) {
  console.error(`tone-errors: unknown --lang "${language}"; use one of ${LANGUAGES.join(', ')}`);
  process.exit(2);
}
const corpusDir = option('--corpus') ?? join(root, '../shared/corpus/tone-dev');

/** Word-lexicon findings (shouting aside) and whether lexicon or model flags the text. */
function verdict(it: Item) {
  const { findings, lexicon, prose } = judgeTone(it.text, language);
  return { findings: findings.filter((f) => f.category !== 'shouting'), lexicon, flagged: lexicon || (scoreText(prose, language)?.hostile ?? false) };
}

const fromTraining = process.argv.includes('--train');
const dev = fromTraining
  ? loadTrainingText(join(root, 'scripts/tone-train'), language)
  : loadSupportSet(join(root, 'test/fixtures/tone-eval'), language).filter((it) => !isSupportTest(it.id) && it.source === 'support-replies');
const missed = dev.filter((it) => it.label === 'hostile' && !verdict(it).flagged);
const falsePositives = dev.filter((it) => it.label === 'neutral' && verdict(it).flagged);
console.log(`${fromTraining ? 'support-reply training text' : 'support-replies dev half'} (${language}): ${dev.length} texts; hostile missed ${missed.length} of ${dev.filter((it) => it.label === 'hostile').length}; neutral flagged ${falsePositives.length}`);
for (const it of missed.sort((a, b) => a.category.localeCompare(b.category))) console.log(`  MISS [${it.category}] ${it.text}`);
for (const it of falsePositives) console.log(`  FP   [${it.category}] ${it.text}  <- ${verdict(it).findings.map((f) => `${f.entryId ?? f.category}: "${it.text.slice(f.range[0], f.range[1])}"`).join('; ') || 'score'}`);

if (!process.argv.includes('--misses-only') && existsSync(corpusDir)) {
  const train = loadCorpus(corpusDir, language).filter((it) => !isHeldOut(it.id));
  let tp = 0, fp = 0, pos = 0;
  for (const it of train) {
    const h = it.label === 'hostile';
    if (h) pos++;
    if (judgeTone(it.text, language).lexicon) { if (h) tp++; else fp++; }
  }
  if (train.length > 0) console.log(`corpus training slice (${language}, ${train.length} items): lexicon precision ${(tp / (tp + fp)).toFixed(3)} recall ${(tp / pos).toFixed(3)} (false positives ${fp})`);
}
