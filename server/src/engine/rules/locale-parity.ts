import type { Rule } from '../rule.js';

/**
 * Templates that share an `id` across locales carry the same variables and required elements,
 * and a translation older than its source is possibly stale.
 *
 * This needs several files at once, so the work is done by `checkParity()` (engine/parity.ts),
 * which the CLI runs after linting all files and the editor runs over the open and workspace
 * templates. On a single document there is nothing to compare, so this check reports nothing;
 * the rule is registered for its metadata: severity and options in config, `--only`/`--rule`,
 * suppression comments and documentation.
 */
export const rule: Rule = {
  id: 'locale-parity',
  description: 'Templates that share an id across locales declare the same variables and carry the same required elements; a translation older than its source is reported as possibly stale.',
  defaultSeverity: 'warning',
  tags: ['locale', 'cross-file'],
  options: {
    sourceLocale: { type: 'string', description: 'The locale the others are translated from (default en).' },
    stale: { type: 'boolean', description: 'Report translations older than their source (default true).' },
  },
  check() {
    // A single document has no siblings to compare with: see checkParity().
  },
};
