/** Shape of the engine's bundled data (compiled from the YAML files in this folder). */

import type { ElementInfo, PhraseSet, PolicyRequirement, ToneEntry } from '../types.js';

export interface PhraseBank {
  locale: string;
  elements: Record<string, PhraseSet>;
}

export interface ToneFile {
  locale: string;
  /** Category messages and rewrites for this locale. */
  categories?: Record<string, { message?: string; rewrites?: string[] }>;
  entries: ToneEntry[];
  /** Optional locale-specific settings (e.g. honorific checks), read by neutral-tone. */
  settings?: Record<string, unknown>;
}

export interface BrevityData {
  stages: Record<string, number>;
  localeFactor: Record<string, number>;
  sentenceWords: Record<string, number>;
}

export interface EngineData {
  policy: PolicyRequirement[];
  elements: Record<string, ElementInfo>;
  brevity: BrevityData;
  phrases: Record<string, PhraseBank>;
  tone: Record<string, ToneFile>;
}
