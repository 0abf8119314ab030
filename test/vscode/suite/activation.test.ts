/// <reference types="mocha" />
/**
 * Activation in a real VS Code: the extension activates in a workspace with templates and
 * records how long that took (bench/activation.mjs reports the figures; no absolute time is
 * asserted here, only that the record is complete and agrees with the extension host's marks).
 */

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { readActivation } from '../activation-probe.cjs';
import { waitFor } from './helpers';

describe('replylint activation', function () {
  it('activates and records its activation time', async function () {
    const { api, times } = await readActivation(vscode);
    assert.ok(vscode.extensions.getExtension('replylint.replylint')!.isActive);
    // workspaceContains:**/*.reply.md activates it when the window opens, before the suite runs.
    assert.ok(times.wasActive, 'activated by the workspace, not by the test');
    assert.ok(Number.isFinite(times.callMs) && times.callMs >= 0, `callMs ${times.callMs}`);
    assert.ok(times.callCpuMs !== undefined && Number.isFinite(times.callCpuMs) && times.callCpuMs >= 0, `callCpuMs ${times.callCpuMs}`);
    assert.ok(times.resolvedMs !== undefined && times.resolvedMs >= times.callMs, `resolvedMs ${times.resolvedMs} after callMs ${times.callMs}`);
    assert.equal(api.client.isRunning(), true, 'the language server runs once activate() resolved');

    // The extension host's own marks (what "Show Running Extensions" is computed from) bracket
    // the extension's record. Date.now() resolution: allow 1 ms.
    const marks = times.marks;
    if (process.env.REPLYLINT_VSCODE_HOST === 'code-server') assert.ok(marks, 'code-server exposes the extension host marks');
    if (marks) {
      const { willLoadExtensionCode: load0, didLoadExtensionCode: load1, willActivateExtension: act0, didActivateExtension: act1 } = marks;
      assert.ok(load0 !== undefined && load1 !== undefined && act0 !== undefined && act1 !== undefined, JSON.stringify(marks));
      assert.ok(load0 <= load1 && load1 <= act0, JSON.stringify(marks));
      assert.ok(act0 <= times.startedAt + 1, `activate() called at ${times.startedAt}, host mark ${act0}`);
      assert.ok(act1 + 1 >= times.startedAt + times.resolvedMs!, `resolved at ${times.startedAt + times.resolvedMs!}, host mark ${act1}`);
      assert.equal(times.loadMs, load1 - load0);
      assert.equal(times.activationMs, times.loadMs! + times.callMs);
    }

    // The first lint after activation is recorded too (showing the template triggers it if
    // nothing did yet: the client pulls diagnostics for documents in editors).
    const fixture = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'termination.reply.md');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture));
    await waitFor('the first lint', api.status.onDidUpdate, () => api.activation.firstLintMs !== undefined);
    assert.ok(api.activation.firstLintMs! >= times.callMs, `first lint ${api.activation.firstLintMs} ms`);

    const f = (n: number | undefined): string => (n === undefined ? 'n/a' : n.toFixed(1));
    this.test!.title += ` (load ${f(times.loadMs)} ms + activate() ${f(times.callMs)} ms; server ready ${f(times.resolvedMs)} ms, first lint ${f(api.activation.firstLintMs)} ms)`;
  });
});
