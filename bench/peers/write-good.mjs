#!/usr/bin/env node
// write-good has no folder mode (its CLI takes a list of files, too long for 10k+ files on one
// command line), so this runner walks the folders and calls the library on every file, the way
// its CLI does per file, and prints the suggestions.
import * as fs from 'node:fs';
import { walkReplyFiles } from '../walk.mjs';
import { createRequire } from 'node:module';

const writeGood = createRequire(import.meta.url)('write-good');
let files = 0;
let found = 0;
const out = [];
for (const d of process.argv.slice(2)) {
  walkReplyFiles(d, (p) => {
    const text = fs.readFileSync(p, 'utf8');
    files++;
    for (const s of writeGood(text)) {
      found++;
      out.push(`${p}:${s.index}: ${s.reason}`);
    }
    if (out.length > 1000) process.stdout.write(out.splice(0).join('\n') + '\n');
  });
}
process.stdout.write(out.join('\n') + `\n${files} files, ${found} suggestions\n`);
