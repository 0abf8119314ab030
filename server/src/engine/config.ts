/** Building an EngineConfig: defaults and merging (the adapters read files; this does not). */

import type { EngineConfig } from './types.js';

/** The configuration the engine runs with when nothing is configured. */
export function defaultConfig(): EngineConfig {
  return {
    rules: {},
    ruleOptions: {},
    types: [],
    stages: [],
    locales: [],
    phrases: {},
    tone: {},
    allow: {},
    policy: [],
    trusted: true,
  };
}
