/**
 * The copy-paste examples in docs/ci.md and docs/export.md, run as written (with `npx replylint`
 * pointing at the built CLI) in a temporary git repository with a templates/ folder.
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { removeProject, ROOT, runCli, SAMPLES, tempProject } from './run-cli.js';

function blocks(doc: string, lang: string, text = fs.readFileSync(path.join(ROOT, 'docs', doc), 'utf8')): string[] {
  return [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

/** The README's "## CI" section (up to the next "## " heading), if it has one. */
function readmeCiSection(): string | null {
  const text = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const m = /^## CI\b[^\n]*\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(text);
  return m ? m[1] : null;
}

/** Runs `npx replylint ARGS` as the built CLI; shell-like splitting is enough for the docs' lines. */
function run(line: string, cwd: string): { code: number; stderr: string } {
  const args = line.replace(/^npx replylint\s*/, '').replace(/\s+#.*$/, '').split(/\s+/).filter(Boolean);
  const r = runCli(args, cwd);
  return { code: r.code, stderr: r.stderr };
}

test('docs/ci.md: every `npx replylint` command line runs (exit 0 or 1, never a usage error)', () => {
  const dir = tempProject({
    ...Object.fromEntries(Object.entries(SAMPLES).map(([k, v]) => [`templates/${k}`, v])),
    'templates/de/kunde.reply.md': SAMPLES['braces.reply.md'].replace('locale: en', 'locale: de'),
  });
  try {
    const git = (...a: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...a], { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'templates');
    git('branch', 'release');
    git('update-ref', 'refs/remotes/origin/release', 'release');
    const lines = blocks('ci.md', 'sh').flatMap((b) => b.split('\n')).filter((l) => l.startsWith('npx replylint'));
    assert.ok(lines.length >= 12, `found ${lines.length} command lines`);
    // The README's CI section, when there is one, must work as written too.
    const readme = readmeCiSection();
    if (readme) lines.push(...['sh', 'bash', 'console'].flatMap((lang) => blocks('', lang, readme)).flatMap((b) => b.split('\n')).map((l) => l.replace(/^\$ /, '')).filter((l) => l.startsWith('npx replylint')));
    for (const line of lines) {
      const r = run(line, dir);
      assert.ok(r.code === 0 || r.code === 1, `${line}\nexit ${r.code}: ${r.stderr}`);
    }
    for (const f of ['reports/replylint.sarif', 'gl-code-quality-report.json', 'reports/replylint-junit.xml', 'reports/replylint-checkstyle.xml', 'reports/replylint.html', '.replylint-baseline.json', '.cache/replylint/.replylintcache', '.replylintcache']) {
      assert.ok(fs.existsSync(path.join(dir, f)), `${f} was written`);
    }
  } finally {
    removeProject(dir);
  }
});

test('docs/ci.md and examples: the YAML and JSON examples parse', () => {
  for (const y of blocks('ci.md', 'yaml')) assert.doesNotThrow(() => parse(y), y);
  for (const f of fs.readdirSync(path.join(ROOT, 'examples/ci'))) {
    const text = fs.readFileSync(path.join(ROOT, 'examples/ci', f), 'utf8');
    // tasks.json is JSON with comments, as VS Code reads it.
    if (f.endsWith('.json')) assert.doesNotThrow(() => JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')), f);
    else assert.doesNotThrow(() => parse(text), f);
  }
  const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string }[];
  assert.deepEqual(hooks.map((h) => h.id), ['replylint', 'replylint-fix']);
  for (const h of hooks) assert.ok(new RegExp(h.files).test('templates/en/a.reply.md'));
});

test('docs/export.md: the mapping example exports for every target; the quoted errors are the real ones', () => {
  const config = blocks('export.md', 'yaml')[0];
  const template = SAMPLES['clean.reply.md'].replace('Hello,', 'Hello {{customer_name}},').replace('The Support Team', '{{agent_name}}, ticket {{ticket_id}}')
    .replace('---\nHello', '---\nHello').replace('locale: en\n', 'locale: en\nvariables:\n  customer_name:\n    example: "Sam"\n  agent_name:\n    example: "Jo"\n  ticket_id:\n    example: "42"\n');
  const dir = tempProject({ '.replylintrc.yaml': config, 'templates/ack.reply.md': template });
  try {
    const ok = runCli(['export', '--target', 'zendesk', 'templates'], dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /\{\{ticket\.id\}\}/);
    for (const target of ['helpscout', 'intercom', 'front', 'gladly']) {
      const r = runCli(['export', '--target', target, 'templates'], dir);
      assert.equal(r.code, 1, `${target}: ticket_id has no mapping there`);
      assert.match(r.stderr, /uses variable "ticket_id", which has no .* mapping; add export\.\w+\.variables\.ticket_id to \.replylintrc\.yaml/);
    }
    const docText = fs.readFileSync(path.join(ROOT, 'docs/export.md'), 'utf8');
    fs.writeFileSync(path.join(dir, '.replylintrc.yaml'), 'export:\n  zendesk:\n    variables:\n      customer_name: { name: ticket.requester.first_name, fallback: there }\n');
    const fallback = runCli(['export', '--target', 'zendesk'], dir).stderr.trim();
    assert.ok(docText.includes(fallback), `docs quote: ${fallback}`);
    fs.writeFileSync(path.join(dir, '.replylintrc.yaml'), 'export:\n  zendesc:\n    variables: {}\n');
    const typo = runCli(['export', '--target', 'zendesk'], dir).stderr.trim();
    assert.ok(docText.includes(typo), `docs quote: ${typo}`);
  } finally {
    removeProject(dir);
  }
});
