// Reads how long the replylint extension took to activate in a real VS Code, from two sources:
//  - the extension host's own performance marks (globalThis.MonacoPerformanceMarks, the ones the
//    extension host takes around loading and activating every extension: code/extHost/
//    willLoadExtensionCode/<id>, didLoadExtensionCode, willActivateExtension, didActivateExtension;
//    Date.now() resolution), and
//  - the extension's own record (`activation` in the API activate() returns, client/src/extension.ts):
//    the synchronous part of activate(), when its promise resolved (server started and initialized)
//    and the server's first lint result.
// VS Code's "Developer: Show Running Extensions" shows code loading + the synchronous activate()
// call as "Activation: N ms"; `activationMs` below is that figure.
//
// Used two ways: as an extensionTestsPath module by bench/activation.mjs (run() writes one JSON
// record to $REPLYLINT_ACTIVATION_OUT; the bench opens the window with a template already open,
// --open-file), and by test/vscode/suite/activation.test.ts (readActivation()).
'use strict';

const EXTENSION_ID = 'replylint.replylint';

/** The extension host's performance marks for our extension, as { name: epoch ms }, or undefined. */
function hostMarks() {
  const perf = globalThis.MonacoPerformanceMarks;
  if (!perf || typeof perf.getMarks !== 'function') return undefined;
  const out = {};
  for (const m of perf.getMarks()) {
    const match = /^code\/extHost\/(\w+)\/(.+)$/.exec(m.name);
    if (match && match[2].toLowerCase() === EXTENSION_ID) out[match[1]] = m.startTime;
  }
  return Object.keys(out).length ? out : undefined;
}

/** Activates (or waits for) the extension and returns its timings in ms. */
async function readActivation(vscode) {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed in this window`);
  const wasActive = ext.isActive;
  const api = await ext.activate();
  if (!api || !api.activation) throw new Error('the extension API has no activation record');
  const a = api.activation;
  const marks = hostMarks();
  const r = {
    wasActive,
    callMs: a.callMs,
    callCpuMs: a.callCpuMs,
    resolvedMs: a.resolvedMs,
    firstLintMs: a.firstLintMs,
    startedAt: a.startedAt,
  };
  if (marks) {
    r.marks = marks;
    if (marks.willLoadExtensionCode !== undefined && marks.didLoadExtensionCode !== undefined) {
      r.loadMs = marks.didLoadExtensionCode - marks.willLoadExtensionCode;
      r.activationMs = r.loadMs + a.callMs;
    }
    // From "will load the code" to "activate() resolved", as the extension host saw it.
    if (marks.willLoadExtensionCode !== undefined && marks.didActivateExtension !== undefined) {
      r.hostTotalMs = marks.didActivateExtension - marks.willLoadExtensionCode;
    }
  }
  return { api, times: r };
}

/** Resolves when `check()` is truthy, re-checked on `event`; rejects after `ms`. */
function waitFor(what, event, check, ms) {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const timer = setTimeout(() => { sub.dispose(); reject(new Error(`timed out after ${ms} ms waiting for ${what}`)); }, ms);
    const sub = event(() => {
      if (!check()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve();
    });
  });
}

/** extensionTestsPath entry for bench/activation.mjs: one record per window. */
async function run() {
  const vscode = require('vscode');
  const out = process.env.REPLYLINT_ACTIVATION_OUT;
  if (!out) throw new Error('REPLYLINT_ACTIVATION_OUT is not set');
  const { api, times } = await readActivation(vscode);
  // The window was opened with a template in an editor: wait for its first lint and diagnostics.
  const doc = vscode.window.activeTextEditor?.document ?? vscode.workspace.textDocuments.find((d) => d.languageId === 'reply-template');
  if (!doc || doc.languageId !== 'reply-template') throw new Error('no reply template is open (bench/activation.mjs passes --open-file)');
  await waitFor('the first lint', api.status.onDidUpdate, () => api.activation.firstLintMs !== undefined, 60000);
  await waitFor('diagnostics for the open template', vscode.languages.onDidChangeDiagnostics, () => vscode.languages.getDiagnostics(doc.uri).length > 0, 60000);
  times.firstLintMs = api.activation.firstLintMs;
  times.diagnostics = vscode.languages.getDiagnostics(doc.uri).length;
  times.vscode = vscode.version;
  require('node:fs').writeFileSync(out, JSON.stringify(times));
}

module.exports = { run, readActivation, hostMarks, EXTENSION_ID };
