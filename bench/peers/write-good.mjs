#!/usr/bin/env node
// write-good has no folder mode (its CLI takes a list of files, too long for 10k+ files on one
// command line), so this runner walks the folders and calls the library on every file, the way
// its CLI does per file, and prints the suggestions.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const writeGood = createRequire(import.meta.url)('write-good');
let files = 0;
let found = 0;
const out = [];
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.reply.md')) {
      const text = fs.readFileSync(p, 'utf8');
      files++;
      for (const s of writeGood(text)) {
        found++;
        out.push(`${p}:${s.index}: ${s.reason}`);
      }
      if (out.length > 1000) process.stdout.write(out.splice(0).join('\n') + '\n');
    }
  }
}
for (const d of process.argv.slice(2)) walk(d);
process.stdout.write(out.join('\n') + `\n${files} files, ${found} suggestions\n`);
