// Throwaway extension for the harness self-test: one command that answers with facts about
// the host it runs in, so the suite can check the wiring end to end.
'use strict';
const vscode = require('vscode');

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('replylintSelftest.hello', (name) => ({
      greeting: `hello ${name || 'world'}`,
      node: process.version,
      pid: process.pid,
    })),
  );
  return { activatedAt: Date.now() };
}

function deactivate() {}

module.exports = { activate, deactivate };
