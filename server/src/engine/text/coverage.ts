/**
 * Which UTF-16 offsets a set of ranges covers, so "does this range overlap one already taken?"
 * costs the length of the range instead of the number of ranges taken (a 1 MB line with 100,000
 * findings was quadratic: tens of seconds).
 */
export class Coverage {
  /** Per offset: 0, or the 1-based number of the range that covers it. */
  private owner = new Int32Array(0);
  private count = 0;
  /** Empty ranges taken: they overlap a later range strictly around them. */
  private readonly points = new Set<number>();

  /**
   * Same answer as `taken.some((k) => k.start < end && start < k.end)` for disjoint taken
   * ranges: a non-empty range overlaps if it shares an offset or strictly contains a taken empty
   * range; an empty range at p overlaps a range strictly around p.
   */
  overlaps(start: number, end: number): boolean {
    const owner = this.owner;
    if (end > start) {
      for (let i = Math.max(0, start), stop = Math.min(end, owner.length); i < stop; i++) if (owner[i] !== 0) return true;
      if (this.points.size) for (let i = start + 1; i < end; i++) if (this.points.has(i)) return true;
      return false;
    }
    return start > 0 && start < owner.length && owner[start - 1] !== 0 && owner[start - 1] === owner[start];
  }

  add(start: number, end: number): void {
    if (end <= start) {
      this.points.add(start);
      return;
    }
    if (end > this.owner.length) {
      const grown = new Int32Array(Math.max(end, this.owner.length * 2, 64));
      grown.set(this.owner);
      this.owner = grown;
    }
    const id = ++this.count;
    this.owner.fill(id, Math.max(0, start), end);
  }
}
