// Generates schemas/front-matter.schema.json and schemas/replylintrc.schema.json from the
// engine's own lists (types, stages, rule ids, elements), so they never drift.
// Run: npx tsx scripts/gen-schemas.ts   (test/core/schemas.test.ts fails when they are stale)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_STAGES, BUILTIN_TYPES, rules } from '../server/src/engine/index.js';
import type { RuleOptionSpec } from '../server/src/engine/types.js';
import data from '../server/src/engine/data/generated.js';

export function frontMatterSchema(): object {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://replylint.dev/schemas/front-matter.schema.json',
    title: 'replylint template front matter',
    description: 'YAML front matter of a *.reply.md support-reply template.',
    type: 'object',
    additionalProperties: false,
    properties: {
      id: { type: 'string', description: 'Stable id shared by the locale variants of one template (locale-parity compares them).' },
      title: { type: 'string', description: 'Human title shown in pickers and exports.' },
      description: { type: 'string', description: 'When to use this template.' },
      tags: { type: 'array', items: { type: 'string' } },
      type: { description: 'Customer type. Teams add their own under "types" in .replylintrc.yaml.', anyOf: [{ enum: [...BUILTIN_TYPES] }, { type: 'string' }], default: 'generic' },
      stage: { description: 'Stage of the relationship this reply belongs to.', anyOf: [{ enum: [...BUILTIN_STAGES] }, { type: 'string' }] },
      locale: { type: 'string', description: 'BCP 47 tag. en, de, zh and ko are first-class; others get generic checks only.', examples: ['en', 'de', 'zh', 'ko', 'de-AT', 'zh-Hans'] },
      business: { enum: ['product', 'service'], default: 'product', description: 'A service must tell a departing customer how to retrieve their data and when it is deleted.' },
      legal_threat: { type: 'boolean', default: false, description: 'The customer threatened legal action: no warning shot, end the relationship, redirect to your lawyer.' },
      variables: {
        type: 'object',
        description: 'Placeholders used in the body as {{name}}.',
        propertyNames: { pattern: '^[A-Za-z_][\\w.-]*$' },
        additionalProperties: {
          anyOf: [
            { type: ['string', 'number', 'null'] },
            {
              type: 'object',
              additionalProperties: false,
              properties: {
                example: { type: ['string', 'number', 'boolean'], description: 'Value used by render and the preview.' },
                description: { type: 'string' },
                required: { type: 'boolean', default: true, description: 'render fails when a required variable has no value.' },
              },
            },
          ],
        },
      },
      samples: {
        type: 'object',
        description: 'Named sample data sets for the preview and `replylint render --sample NAME`.',
        additionalProperties: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
      },
    },
  };
}

export function configSchema(): object {
  const ruleIds = rules.map((r) => r.id);
  const severity = { enum: ['error', 'warning', 'info', 'hint', 'off'] };
  const patterns = { type: 'array', items: { type: 'string' } };
  const positive = { type: 'number', exclusiveMinimum: 0 };
  const optionSchema = (spec: RuleOptionSpec): object => ({
    'positive-number': positive,
    'positive-number-map': { type: 'object', additionalProperties: positive },
    string: { type: 'string' },
    boolean: { type: 'boolean' },
    enum: { enum: [...(spec.values ?? [])] },
  })[spec.type];
  const setting = (options: object) => ({ anyOf: [severity, { type: 'boolean' }, { type: 'object', additionalProperties: false, properties: { severity, options } }] });
  const rulesProp = {
    type: 'object',
    description: 'Severity (or { severity, options }) per rule id; "rule/category" sets one category (e.g. neutral-tone/sarcasm).',
    propertyNames: { anyOf: [{ enum: ruleIds }, { pattern: `^(${ruleIds.join('|')})/[a-z-]+$` }] },
    // Rules that read options list them (RuleMeta.options); the others, and categories, take none.
    properties: Object.fromEntries(rules.filter((r) => r.options).map((r) => [r.id, setting({
      type: 'object', additionalProperties: false,
      properties: Object.fromEntries(Object.entries(r.options!).map(([name, spec]) => [name, { ...optionSchema(spec), description: spec.description }])),
    })])),
    additionalProperties: setting({ type: 'object', maxProperties: 0 }),
  };
  const elements = Object.keys(data.elements);
  const phrasesProp = {
    type: 'object',
    description: 'Extra wording per language and element (see docs/phrase-patterns.md).',
    additionalProperties: {
      type: 'object',
      additionalProperties: {
        anyOf: [patterns, { type: 'object', additionalProperties: false, properties: { match: patterns, exclude: patterns, insert: { type: 'string' } } }],
      },
    },
  };
  const toneProp = {
    type: 'object',
    description: 'Extra tone lexicon entries per language.',
    additionalProperties: {
      type: 'array',
      items: {
        type: 'object', required: ['category', 'match'], additionalProperties: false,
        properties: {
          id: { type: 'string' }, category: { type: 'string' }, match: patterns, exclude: patterns, message: { type: 'string' },
          rewrites: patterns, severity, examples: { type: 'array', items: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 } },
        },
      },
    },
  };
  const policyProp = {
    type: 'array',
    items: {
      type: 'object', required: ['rule', 'elements'], additionalProperties: false,
      properties: {
        rule: { enum: ruleIds },
        elements: { type: 'array', items: { anyOf: [{ enum: elements }, { type: 'string' }] } },
        message: { type: 'string' },
        when: {
          type: 'object', additionalProperties: false,
          properties: { type: { type: 'array', items: { type: 'string' } }, stage: { type: 'array', items: { type: 'string' } }, business: { type: 'array', items: { enum: ['product', 'service'] } }, legal_threat: { type: 'boolean' } },
        },
      },
    },
  };
  const allowProp = { anyOf: [patterns, { type: 'object', additionalProperties: patterns }], description: 'Phrases neutral-tone never reports (per language, or "*").' };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://replylint.dev/schemas/replylintrc.schema.json',
    title: '.replylintrc.yaml',
    type: 'object',
    additionalProperties: false,
    properties: {
      rules: rulesProp,
      types: { type: 'array', items: { type: 'string' }, description: 'Extra customer types.' },
      stages: { type: 'array', items: { type: 'string' }, description: 'Extra stages.' },
      locales: { type: 'array', items: { type: 'string' } },
      phrases: phrasesProp,
      tone: toneProp,
      allow: allowProp,
      policy: policyProp,
      ignores: { type: 'array', items: { type: 'string' }, description: 'Globs of files never linted.' },
      maxFileSize: { type: 'number', exclusiveMinimum: 0, description: 'Files larger than this many bytes are skipped (default 2 MB).' },
      export: { type: 'object', description: 'Helpdesk export mappings (docs/export.md).' },
      overrides: {
        type: 'array',
        items: {
          type: 'object', required: ['files'], additionalProperties: false,
          properties: { files: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] }, rules: rulesProp, policy: policyProp, phrases: phrasesProp, tone: toneProp, allow: allowProp },
        },
      },
    },
  };
}

if (process.argv[1]?.endsWith('gen-schemas.ts')) {
  const dir = join(__dirname, '..', 'schemas');
  writeFileSync(join(dir, 'front-matter.schema.json'), JSON.stringify(frontMatterSchema(), null, 2) + '\n');
  writeFileSync(join(dir, 'replylintrc.schema.json'), JSON.stringify(configSchema(), null, 2) + '\n');
}
