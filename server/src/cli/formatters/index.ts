/** Output formats by name (`--format NAME`). */

import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters: Record<string, Formatter> = {
  json,
  stylish,
};
