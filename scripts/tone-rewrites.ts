#!/usr/bin/env -S node --import tsx
// Every neutral-tone rewrite in context, for a native speaker's review: each hostile example of a
// locale's lexicon (data/tone/<locale>.yaml) as the rule sees it in a reply template, the flagged
// span, and the sentence with each offered suggestion applied. A rewrite that reads wrong here reads
// wrong in the editor's quick fix too. Only our own example sentences are printed.
//
// The reviewed output is kept in test/fixtures/tone-rewrites/<locale>.txt; a test fails when the
// rewrites change, so a change shows up as a diff of whole sentences in review.
//
// Usage: node --import tsx scripts/tone-rewrites.ts --lang de [--entry ID]
//        node --import tsx scripts/tone-rewrites.ts --write     (rewrite the reviewed files, all locales)
import { writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import data from '../server/src/engine/data/generated.js';
import { defaultConfig, lint } from '../server/src/engine/index.js';

export interface RewrittenExample {
  entry: string;
  hostile: string;
  /** Per offered suggestion: the flagged words and the example with the suggestion applied. */
  results: { span: string; result: string }[];
}

/** The lexicon's hostile examples that get suggestions, each with every suggestion applied. */
export function rewrittenExamples(language: string, onlyEntry?: string): RewrittenExample[] {
  const config = { ...defaultConfig(), defaultLocale: language };
  const header = `---\ntype: generic\nlocale: ${language}\n---\n`;
  const out: RewrittenExample[] = [];
  for (const entry of data.tone[language]?.entries ?? []) {
    if (onlyEntry && entry.id !== onlyEntry) continue;
    for (const [hostile] of entry.examples ?? []) {
      const text = header + hostile;
      const results: RewrittenExample['results'] = [];
      for (const m of lint(text, config).messages) {
        if (m.ruleId !== 'neutral-tone') continue;
        for (const s of m.suggestions ?? []) {
          let result = text;
          for (const e of [...s.edits].sort((a, b) => b.range[0] - a.range[0])) result = result.slice(0, e.range[0]) + e.text + result.slice(e.range[1]);
          results.push({ span: text.slice(m.range[0], m.range[1]), result: result.slice(header.length) });
        }
      }
      if (results.length > 0) out.push({ entry: entry.id ?? '?', hostile, results });
    }
  }
  return out;
}

/** The review text of one locale (the format of test/fixtures/tone-rewrites/<locale>.txt). */
export function rewriteReport(language: string, onlyEntry?: string): string {
  const examples = rewrittenExamples(language, onlyEntry);
  const lines = [`# neutral-tone rewrites (${language}): hostile example, then "flagged words" -> the example with the suggestion applied`];
  for (const x of examples) {
    lines.push(`[${x.entry}] ${x.hostile}`);
    for (const r of x.results) lines.push(`    "${r.span}" -> ${r.result}`);
  }
  lines.push(`# ${examples.length} examples with suggestions, ${examples.reduce((n, x) => n + x.results.length, 0)} rewritten sentences`);
  return `${lines.join('\n')}\n`;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const REVIEWED_DIR = join(root, 'test/fixtures/tone-rewrites');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  if (args.includes('--write')) {
    mkdirSync(REVIEWED_DIR, { recursive: true });
    for (const language of Object.keys(data.tone).sort()) writeFileSync(join(REVIEWED_DIR, `${language}.txt`), rewriteReport(language));
    console.log(`wrote ${Object.keys(data.tone).length} files to ${REVIEWED_DIR}`);
  } else {
    const language = option('--lang') ?? 'en';
    if (!data.tone[language]) {
      console.error(`tone-rewrites: no tone lexicon for "${language}"; use one of ${Object.keys(data.tone).join(', ')}`);
      process.exit(2);
    }
    process.stdout.write(rewriteReport(language, option('--entry')));
  }
}
