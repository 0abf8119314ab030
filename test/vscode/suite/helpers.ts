/** Waiting on editor events (never on fixed sleeps), and screenshots through the harness. */

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

/** Resolves with the first value for which `check()` returns something, re-checked on `event`. */
export function waitFor<T>(what: string, event: vscode.Event<unknown>, check: () => T | undefined | false, ms = 20000): Promise<T> {
  return new Promise((resolve, reject) => {
    const first = check();
    if (first) {
      resolve(first);
      return;
    }
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const sub = event(() => {
      const v = check();
      if (v) {
        clearTimeout(timer);
        sub.dispose();
        resolve(v);
      }
    });
  });
}

/** Waits until the diagnostics of `uri` satisfy `ok`. */
export function diagnostics(uri: vscode.Uri, what: string, ok: (ds: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return waitFor(what, vscode.languages.onDidChangeDiagnostics, () => {
    const ds = vscode.languages.getDiagnostics(uri);
    return ok(ds) ? ds : undefined;
  });
}

export const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

/**
 * Asks the harness (scripts/vscode-test/run.mjs) for a screenshot of the workbench and waits for
 * it. Returns the PNG path, or undefined when screenshots are not available (test-electron).
 */
export async function screenshot(name: string): Promise<string | undefined> {
  const dir = process.env.REPLYLINT_SCREENSHOT_REQUESTS;
  if (!dir) return undefined;
  const done = path.join(dir, `${name}.done`);
  const result = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`no screenshot ${name} within 20 s`));
    }, 20000);
    const watcher = fs.watch(dir, () => {
      if (fs.existsSync(done)) {
        clearTimeout(timer);
        watcher.close();
        resolve(fs.readFileSync(done, 'utf8'));
      }
    });
  });
  fs.writeFileSync(path.join(dir, `${name}.req`), '');
  const r = await result;
  return r === 'skipped' ? undefined : r;
}

/** The next value `event` fires (subscribe before triggering it). */
export function nextEvent<T>(what: string, event: vscode.Event<T>, ms = 20000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const sub = event((v) => {
      clearTimeout(timer);
      sub.dispose();
      resolve(v);
    });
  });
}

/** VS Code's CancellationError, as it comes back through a command (name and message 'Canceled'). */
export function isCancellation(e: unknown): boolean {
  return e instanceof vscode.CancellationError || (e instanceof Error && (e.name === 'Canceled' || e.message === 'Canceled'));
}
