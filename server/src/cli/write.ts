/** Atomic writes for --fix: temp file in the same folder, same permissions, then rename. */

import * as fs from 'node:fs';
import * as path from 'node:path';

export class FileChangedError extends Error {}

/**
 * Writes `text` to `file` only if the file still holds `expected` (what was read and fixed),
 * so a file edited meanwhile is never overwritten. A crash leaves either the old or the new
 * file, never a partial one.
 */
export function writeFileAtomic(file: string, text: string, before: fs.Stats, expected: string): void {
  const now = fs.statSync(file);
  if (now.mtimeMs !== before.mtimeMs || now.size !== before.size) throw new FileChangedError(file);
  const current = fs.readFileSync(file);
  if (!current.equals(Buffer.from(expected, 'utf8'))) throw new FileChangedError(file);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.replylint-${process.pid}-${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, text, { mode: now.mode & 0o7777 });
    fs.chmodSync(tmp, now.mode & 0o7777);
    fs.renameSync(tmp, file);
  } catch (e) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
}
