/**
 * `--cache`: results are reused when nothing that decides them changed. The key of a file is a
 * hash of its text, its resolved configuration, the replylint version and the output options
 * (--quiet); never its modification time, so a cache restored in CI (fresh checkout, new mtimes)
 * still hits. Paths are stored relative to the cache file's folder, so a cache made in one
 * checkout serves another at a different path.
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EngineConfig } from '../engine/index.js';
import { sha256 } from './fingerprint.js';
import type { CliResult } from './formatters/types.js';
import { VERSION } from './version.js';

export const DEFAULT_CACHE_LOCATION = '.replylintcache';
/** 2: results carry their locale-parity summary. */
const CACHE_FORMAT = 2;

type Stored = Omit<CliResult, 'filePath' | 'source' | 'output'>;

interface CacheData {
  format: number;
  tool: string;
  entries: Record<string, { key: string; result: Stored }>;
}

export class LintCache {
  private data: CacheData;
  private readonly dir: string;
  private readonly configHashes = new WeakMap<object, string>();
  private dirty = false;
  hits = 0;
  misses = 0;

  private constructor(readonly file: string, data: CacheData | null) {
    this.dir = path.dirname(file);
    this.data = data ?? { format: CACHE_FORMAT, tool: VERSION, entries: {} };
  }

  /** Opens the cache at `location` (a file, or a folder to hold `.replylintcache`). A broken cache is ignored. */
  static open(location: string): LintCache {
    let file = location;
    try {
      if (fs.statSync(location).isDirectory()) file = path.join(location, DEFAULT_CACHE_LOCATION);
    } catch {
      if (/[\\/]$/.test(location)) file = path.join(location, DEFAULT_CACHE_LOCATION);
    }
    let data: CacheData | null = null;
    try {
      const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as CacheData;
      if (parsed && parsed.format === CACHE_FORMAT && parsed.tool === VERSION && parsed.entries && typeof parsed.entries === 'object') data = parsed;
    } catch {
      data = null;
    }
    return new LintCache(file, data);
  }

  private rel(file: string): string {
    return path.relative(this.dir, file).split(path.sep).join('/');
  }

  private configHash(config: EngineConfig): string {
    let h = this.configHashes.get(config);
    if (!h) {
      h = sha256(JSON.stringify(config));
      this.configHashes.set(config, h);
    }
    return h;
  }

  keyFor(text: string, config: EngineConfig, quiet: boolean): string {
    return sha256(`${VERSION}\u0000${this.configHash(config)}\u0000${quiet ? 'q' : ''}\u0000${text}`);
  }

  get(file: string, key: string): Stored | undefined {
    const e = this.data.entries[this.rel(file)];
    if (e && e.key === key) {
      this.hits++;
      return e.result;
    }
    this.misses++;
    return undefined;
  }

  set(file: string, key: string, result: CliResult): void {
    const { filePath: _f, source: _s, output: _o, ...stored } = result;
    this.data.entries[this.rel(file)] = { key, result: stored };
    this.dirty = true;
  }

  /** Writes the cache (atomically), dropping entries of files that no longer exist. */
  save(): void {
    if (!this.dirty) return;
    for (const rel of Object.keys(this.data.entries)) {
      if (!fs.existsSync(path.resolve(this.dir, rel))) delete this.data.entries[rel];
    }
    fs.mkdirSync(this.dir, { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.data));
    fs.renameSync(tmp, this.file);
    this.dirty = false;
  }
}
