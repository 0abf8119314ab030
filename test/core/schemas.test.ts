import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema, frontMatterSchema } from '../../scripts/gen-schemas.js';

it('shipped JSON Schemas are up to date (run: npx tsx scripts/gen-schemas.ts)', () => {
  const dir = join(__dirname, '../../schemas');
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'front-matter.schema.json'), 'utf8')), JSON.parse(JSON.stringify(frontMatterSchema())));
  assert.deepEqual(JSON.parse(readFileSync(join(dir, 'replylintrc.schema.json'), 'utf8')), JSON.parse(JSON.stringify(configSchema())));
});
