/** Reading a file for linting: size limit, binary detection, strict UTF-8. */

import * as fs from 'node:fs';

export type DecodedFile =
  | { kind: 'text'; text: string; stat: fs.Stats }
  | { kind: 'too-large' | 'binary'; message: string }
  /** `line`/`column` (1-based) of the first byte that is not UTF-8. */
  | { kind: 'invalid-utf8'; message: string; line: number; column: number };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeFile(file: string, maxSize: number): DecodedFile {
  const stat = fs.statSync(file);
  if (stat.size > maxSize) {
    return { kind: 'too-large', message: `skipped: file is ${formatSize(stat.size)}, larger than the ${formatSize(maxSize)} limit (raise it with --max-file-size or maxFileSize in .replylintrc.yaml)` };
  }
  const buf = fs.readFileSync(file);
  return decodeBuffer(buf, stat);
}

export function decodeBuffer(buf: Buffer, stat: fs.Stats): DecodedFile {
  const head = buf.subarray(0, 8000);
  if (head.includes(0)) return { kind: 'binary', message: 'skipped: this looks like a binary file (it contains NUL bytes)' };
  try {
    return { kind: 'text', text: decoder.decode(buf), stat };
  } catch {
    // Find the first invalid byte for a positioned message.
    let offset = 0;
    for (let lo = 0, hi = buf.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      try {
        decoder.decode(buf.subarray(0, mid));
        lo = mid + 1;
        offset = mid;
      } catch {
        hi = mid;
      }
    }
    const before = buf.subarray(0, offset).toString('utf8');
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { kind: 'invalid-utf8', line, column, message: `file is not valid UTF-8 (first bad byte near line ${line}, byte ${offset + 1}); save it as UTF-8` };
  }
}

function formatSize(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
