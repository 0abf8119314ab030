/** Line starts of a text (after \n; a lone \r also ends a line, as in LSP). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based line and UTF-16 character of `offset`. */
export function positionAt(starts: readonly number[], offset: number): { line: number; character: number } {
  let lo = 0, hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** Offset of the start of the line containing `offset`, and of its end (before the line break). */
export function lineRangeAt(text: string, offset: number): [number, number] {
  let a = offset;
  while (a > 0 && text[a - 1] !== '\n' && text[a - 1] !== '\r') a--;
  let b = offset;
  while (b < text.length && text[b] !== '\n' && text[b] !== '\r') b++;
  return [a, b];
}
