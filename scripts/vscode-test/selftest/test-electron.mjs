// Runs the self-test suite the @vscode/test-electron way: runTests() with
// vscodeExecutablePath pointing at scripts/vscode-test/code-server-as-vscode. A real
// extension's runTest script does the same with a desktop VS Code where one can be downloaded.
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const cache = process.env.REPLYLINT_VSCODE_CACHE || path.join(os.homedir(), '.cache', 'replylint-vscode');
const { runTests } = createRequire(path.join(cache, 'tools', 'package.json'))('@vscode/test-electron');

try {
  const code = await runTests({
    vscodeExecutablePath: path.join(here, '..', 'code-server-as-vscode'),
    extensionDevelopmentPath: path.join(here, 'extension'),
    extensionTestsPath: path.join(here, 'suite', 'index.js'),
    launchArgs: [path.join(here, 'workspace'), '--disable-extensions'],
    extensionTestsEnv: { SELFTEST_MARKER: 'marker-42' },
  });
  process.exit(code);
} catch (err) {
  console.error(`test-electron run failed: ${err.message}`);
  process.exit(1);
}
