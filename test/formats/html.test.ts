/**
 * The HTML report: self-contained, escaped, findings highlighted; rendered in headless Chromium
 * with a screenshot saved to test-results/html-report.png.
 */

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { removeProject, ROOT, runCli, SAMPLES, tempProject } from '../cli/run-cli.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let dir: string;
let page: string;

const HOSTILE = [
  '---', 'type: angry', 'stage: warning', 'locale: en', '---',
  'Hello, <script>alert("x")</script> & <img src=x onerror="alert(1)"> stop now, you idiot.', '',
  '<!-- replylint-disable-next-line brevity -- kept short for the test -->', 'Thanks.', '',
].join('\n');

before(() => {
  dir = tempProject({ ...SAMPLES, 'de/kunde.reply.md': SAMPLES['braces.reply.md'].replace('locale: en', 'locale: de'), 'hostile.reply.md': HOSTILE });
  const r = runCli(['--format', 'html', '-o', 'report.html', '.'], dir);
  assert.equal(r.code, 1, r.stderr);
  page = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
});
after(() => removeProject(dir));

test('html: self-contained page, no scripts or external resources, template text escaped', () => {
  assert.match(page, /^<!DOCTYPE html>/);
  assert.doesNotMatch(page, /<script/i, 'no script element (the template\'s <script> is escaped)');
  assert.match(page, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
  assert.doesNotMatch(page, /<img/i);
  assert.doesNotMatch(page, /(src|href)="(https?:)?\/\/(?!github\.com\/replylint)/, 'no external resources (rule doc links only)');
  assert.match(page, /Content-Security-Policy" content="default-src 'none'/);
  for (const file of ['termination.reply.md', 'braces.reply.md', 'clean.reply.md', 'de/kunde.reply.md', 'hostile.reply.md']) {
    assert.ok(page.includes(`<h2>${file}</h2>`), `section for ${file}`);
  }
});

test('html: each finding is listed and its text highlighted in the source', () => {
  const json = JSON.parse(runCli(['--format', 'json', '.'], dir).stdout) as { filePath: string; messages: { ruleId: string; severity: number }[] }[];
  const total = json.reduce((n, f) => n + f.messages.length, 0);
  const items = page.match(/<li id="f-\d+-\d+">/g) ?? [];
  assert.equal(items.length, total);
  // Overlapping findings split a highlight into pieces of the most severe class: join them per line.
  assert.equal(marked('braces.reply.md', 9, 'error'), '{customer_name}');
  assert.match(page, /<mark class="error" title="[^"]*error: [^"]*placeholder-syntax[^"]*">/);
  assert.equal(marked('termination.reply.md', 8, 'warning'), 'idiot');
  assert.match(page, /<mark class="warning" title="[^"]*warning: Insulting[^"]*neutral-tone\/insult\)[^"]*">/);
  const sourceLines = page.match(/<td class="ln">/g) ?? [];
  const expectedLines = json.reduce((n, f) => n + fs.readFileSync(f.filePath, 'utf8').replace(/\n$/, '').split('\n').length, 0);
  assert.equal(sourceLines.length, expectedLines, 'every source line is shown');
});

/** The text of all `<mark class="cls">` pieces on one source line of one file's section. */
function marked(file: string, line: number, cls: string): string {
  const section = page.slice(page.indexOf(`<h2>${file}</h2>`));
  const sectionIndex = /<section class="file" id="file-(\d+)"><h2>/.exec(page.slice(page.lastIndexOf('<section', page.indexOf(`<h2>${file}</h2>`))))![1];
  const row = new RegExp(`<tr id="L${sectionIndex}-${line}">(.*?)</tr>`).exec(section)![1];
  return [...row.matchAll(new RegExp(`<mark class="${cls}"[^>]*>([^<]*)</mark>`, 'g'))].map((m) => m[1]).join('');
}

test('html: renders in headless Chromium (screenshot in test-results/html-report.png)', async (t) => {
  if (!fs.existsSync(CHROMIUM)) {
    t.skip(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH); CI installs it`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const requests: string[] = [];
    tab.on('request', (req) => {
      if (!req.url().startsWith('file:')) requests.push(req.url());
    });
    const dialogs: string[] = [];
    tab.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await tab.goto(`file://${path.join(dir, 'report.html')}`, { waitUntil: 'load' });
    assert.equal(await tab.title(), page.match(/<title>([^<]*)<\/title>/)![1]);
    assert.equal(await tab.locator('section.file').count(), 5);
    const firstError = tab.locator('mark.error').first();
    assert.ok(await firstError.isVisible());
    const bg = await firstError.evaluate('(el) => getComputedStyle(el).backgroundColor');
    assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'highlight has a background');
    assert.ok(await tab.locator('mark.warning', { hasText: 'idiot' }).count() >= 2, 'the insult is highlighted in both files');
    assert.deepEqual(dialogs, [], 'nothing from the templates runs');
    assert.deepEqual(requests, [], 'no network requests');
    fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    const shot = path.join(ROOT, 'test-results/html-report.png');
    await tab.screenshot({ path: shot, fullPage: true });
    assert.ok(fs.statSync(shot).size > 10_000);
  } finally {
    await browser.close();
  }
});
