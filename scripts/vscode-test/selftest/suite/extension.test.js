// Self-test of the real-VS-Code harness: the extension loads from extensionDevelopmentPath,
// its command runs through vscode.commands, a workspace document opens in an editor, and the
// environment given with --env reaches the extension host.
'use strict';
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const EXT_ID = 'replylint.replylint-vscode-selftest';

describe('harness self-test', () => {
  it('loads the extension under development and activates it', async () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `${EXT_ID} is not installed in this VS Code`);
    const api = await ext.activate();
    assert.equal(ext.isActive, true);
    assert.equal(typeof api.activatedAt, 'number');
  });

  it('runs a registered command through vscode.commands.executeCommand', async () => {
    const all = await vscode.commands.getCommands(true);
    assert.ok(all.includes('replylintSelftest.hello'), 'command not registered');
    const answer = await vscode.commands.executeCommand('replylintSelftest.hello', 'replylint');
    assert.equal(answer.greeting, 'hello replylint');
    assert.equal(answer.pid, process.pid, 'command ran in another extension host');
  });

  it('runs a built-in command', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    assert.equal(vscode.window.visibleTextEditors.length, 0);
  });

  it('opens the workspace folder it was given', () => {
    const folders = vscode.workspace.workspaceFolders || [];
    assert.equal(folders.length, 1, 'expected exactly one workspace folder');
    assert.equal(path.basename(folders[0].uri.fsPath), 'workspace');
  });

  it('opens and shows a workspace document', async () => {
    const [uri] = await vscode.workspace.findFiles('hello.txt');
    assert.ok(uri, 'hello.txt not found in the workspace');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /replylint harness self-test/);
    assert.equal(doc.languageId, 'plaintext');
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  });

  it('edits an untitled document', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'draft' });
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'a '));
    assert.equal(doc.getText(), 'a draft');
  });

  it('sees the environment passed to the harness', () => {
    assert.equal(process.env.SELFTEST_MARKER, 'marker-42');
  });

  it('fails on purpose when SELFTEST_EXPECT_FAILURE is set', function () {
    if (!process.env.SELFTEST_EXPECT_FAILURE) this.skip();
    assert.fail('deliberate failure (checks that a failing suite makes the harness exit non-zero)');
  });
});
