#!/usr/bin/env node
/**
 * `replylint-language-server --stdio` (or `--node-ipc`, `--socket=N`: the transports
 * vscode-languageserver's createConnection reads from argv). Bundled to dist/server.js.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VERSION } from '../cli/version.js';
import { FramingGuard } from './framing.js';
import { startServer } from './server.js';

if (process.argv.includes('--version')) {
  process.stdout.write(`replylint-language-server ${VERSION}\n`);
  process.exit(0);
}
if (process.argv.includes('--stdio')) {
  // The connection reads process.stdin when started with --stdio; put the framing guard in its
  // place so a broken frame costs one message instead of the whole session.
  const guarded = process.stdin.pipe(new FramingGuard((bytes, reason) => process.stderr.write(`[replylint] dropped ${bytes} bytes of malformed input (${reason})\n`)));
  Object.defineProperty(process, 'stdin', { value: guarded, configurable: true });
}
startServer(createConnection(ProposedFeatures.all));
