import type { Formatter } from './types.js';

/** ESLint's JSON formatter shape, so tools that read ESLint JSON read ours. */
export const json: Formatter = (results) =>
  JSON.stringify(results.map(({ source: _source, ...r }) => ({
    ...r,
    messages: r.messages.map(({ level: _level, range: _range, ...m }) => m),
  })));
