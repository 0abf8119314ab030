// The bench's folder walk: every *.reply.md below `dir`, depth first, with an optional stop.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Calls `onFile(path)` for each template below `dir`; `onFile` returning false stops the walk. */
export function walkReplyFiles(dir, onFile) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (walkReplyFiles(p, onFile) === false) return false;
    } else if (e.name.endsWith('.reply.md') && onFile(p) === false) return false;
  }
  return true;
}
