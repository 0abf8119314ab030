/**
 * Command-line options, read the same way by every replylint command: `--flag value` and
 * `--flag=value` both work, and a missing value (end of argv, or the next argument is another
 * option) is a usage error naming the flag.
 */

import { UsageError } from './main.js';

export interface ArgToken {
  /** The option or argument, without an inline `=value`. */
  arg: string;
  /** Its value: the inline one, or the next argument (which is then consumed). */
  value(): string;
  /** Everything after this token (for `--`); the walk stops there. */
  rest(): string[];
  /** Ends the walk after this token (e.g. at --help). */
  stop(): void;
}

/** Calls `visit` for each argument. `context` prefixes errors ("render "). */
export function readArgs(argv: readonly string[], visit: (t: ArgToken) => void, context = ''): void {
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let inline: string | undefined;
    if (arg.startsWith('--') && arg.includes('=')) {
      inline = arg.slice(arg.indexOf('=') + 1);
      arg = arg.slice(0, arg.indexOf('='));
    }
    let stop = false;
    const token: ArgToken = {
      arg,
      value: () => {
        if (inline !== undefined) return inline;
        const v = argv[i + 1];
        if (v === undefined || (v.startsWith('-') && v.length > 1)) throw new UsageError(`${context}${arg} needs a value`);
        i++;
        return v;
      },
      rest: () => {
        stop = true;
        return argv.slice(i + 1);
      },
      stop: () => {
        stop = true;
      },
    };
    visit(token);
    if (stop) return;
  }
}
