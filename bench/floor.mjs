#!/usr/bin/env node
// The floor: the least a linter must do. Walks the folders, reads every *.reply.md file and runs one
// regular expression over it (placeholders), single-threaded. Nothing is parsed.
import * as fs from 'node:fs';
import { walkReplyFiles } from './walk.mjs';

const RE = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;
let files = 0;
let hits = 0;
for (const d of process.argv.slice(2)) {
  walkReplyFiles(d, (p) => {
    const text = fs.readFileSync(p, 'utf8');
    files++;
    for (const _ of text.matchAll(RE)) hits++;
  });
}
process.stdout.write(`${files} files, ${hits} placeholders\n`);
