#!/usr/bin/env node
// replylint command-line entry. Exit codes: 0 no errors, 1 lint errors, 2 usage/config/internal error.
// The exit code is set and stdout allowed to drain: output of any size arrives whole through a pipe.
import { main } from './main.js';

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readStdin,
  env: process.env,
  isTTY: process.stdout.isTTY === true,
}).then((code) => {
  process.exitCode = code;
}, (e: unknown) => {
  process.stderr.write(`replylint: internal error: ${(e as Error).message}\n`);
  process.exitCode = 2;
});
