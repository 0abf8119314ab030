#!/usr/bin/env node
// The floor: the least a linter must do. Walks the folders, reads every *.reply.md file and runs one
// regular expression over it (placeholders), single-threaded. Nothing is parsed.
import * as fs from 'node:fs';
import * as path from 'node:path';

const RE = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;
let files = 0;
let hits = 0;
function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (e.name.endsWith('.reply.md')) {
      const text = fs.readFileSync(p, 'utf8');
      files++;
      for (const _ of text.matchAll(RE)) hits++;
    }
  }
}
for (const d of process.argv.slice(2)) walk(d);
process.stdout.write(`${files} files, ${hits} placeholders\n`);
