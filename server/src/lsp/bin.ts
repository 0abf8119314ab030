#!/usr/bin/env node
/**
 * `replylint-language-server --stdio` (or `--node-ipc`, `--socket=N`: the transports
 * vscode-languageserver's createConnection reads from argv). Bundled to dist/server.js.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { VERSION } from '../cli/version.js';
import { startServer } from './server.js';

if (process.argv.includes('--version')) {
  process.stdout.write(`replylint-language-server ${VERSION}\n`);
  process.exit(0);
}
startServer(createConnection(ProposedFeatures.all));
