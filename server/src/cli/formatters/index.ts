/** Output formats by name (`--format NAME`). */

import { checkstyle } from './checkstyle.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { html } from './html.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters: Record<string, Formatter> = {
  checkstyle,
  github,
  gitlab,
  html,
  json,
  junit,
  sarif,
  stylish,
};
