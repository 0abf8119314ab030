/**
 * A small least-recently-used map, bounded by entries and by a weight (characters of text). The
 * engine keeps element hits per text in one (knowledge.ts); the language server its per-document
 * caches: with 1,000 open documents it keeps full lint results only for the few documents being
 * looked at or edited, and recomputes the rest on demand. The most recent entry is always kept,
 * even when it alone is over the weight limit (a large document being edited must not be linted
 * again for every hover).
 */

export class Lru<K, V> {
  private readonly map = new Map<K, { value: V; weight: number }>();
  private total = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxWeight = Infinity,
    private readonly weigh: (value: V) => number = () => 0,
  ) {}

  get size(): number {
    return this.map.size;
  }

  /** Total weight of the entries held. */
  get weight(): number {
    return this.total;
  }

  /** The value, marked as most recently used. */
  get(key: K): V | undefined {
    const e = this.map.get(key);
    if (!e) return undefined;
    this.map.delete(key);
    this.map.set(key, e);
    return e.value;
  }

  /** The value without changing the order. */
  peek(key: K): V | undefined {
    return this.map.get(key)?.value;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  set(key: K, value: V): void {
    this.delete(key);
    const weight = this.weigh(value);
    this.map.set(key, { value, weight });
    this.total += weight;
    while (this.map.size > 1 && (this.map.size > this.maxEntries || this.total > this.maxWeight)) {
      const oldest = this.map.keys().next().value as K;
      this.delete(oldest);
    }
  }

  delete(key: K): boolean {
    const e = this.map.get(key);
    if (!e) return false;
    this.map.delete(key);
    this.total -= e.weight;
    return true;
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }

  keys(): IterableIterator<K> {
    return this.map.keys();
  }
}
