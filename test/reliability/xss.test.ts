/**
 * XSS suite (issue 8): hostile template bodies, front matter and variable values rendered by the
 * real pipeline and loaded in headless Chromium.
 *
 * Preview: the real language server (`dist/server.js --stdio`) answers `replylint/render` for a
 * hostile template; its response goes into the real webview page (`previewHtml` from
 * client/src/preview/html.ts, with a stub `acquireVsCodeApi`) the way the extension posts it.
 * HTML report: the real CLI writes `--format html` for the same payloads.
 *
 * Each page must stay inert: `window.__pwned` never set, no dialog, no request other than data:
 * (all requests are routed and recorded), a strict CSP, and the payloads visible as text.
 * Control tests prove the harness notices when markup does get through.
 */

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { previewHtml } from '../../client/src/preview/html.js';
import type { RenderResponse } from '../../server/src/shared/protocol.js';
import { runCli } from '../cli/run-cli.js';
import { TestClient } from '../lsp/client.js';

// Browser globals inside page functions (the test project compiles without the DOM lib).
declare const window: any;
declare const document: any;
declare const requestAnimationFrame: (cb: () => void) => number;

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
const SKIP = HAVE_CHROMIUM ? false : `Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH); CI installs it`;

/** Raw HTML payloads: each must show up as literal text. */
const HTML_PAYLOADS = [
  '<script>window.__pwned=1;alert(1)</script>',
  '<img src=x onerror="window.__pwned=1;alert(2)">',
  '<svg onload="window.__pwned=1;alert(3)"><circle r="5"/></svg>',
  '<svg><script>window.__pwned=1</script></svg>',
  '</style><style>body{background:url(//evil.example/css)}</style>',
  '<a href="javascript:window.__pwned=1">raw link</a>',
  '<iframe src="javascript:top.__pwned=1"></iframe>',
  '"><img src=x onerror=window.__pwned=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<details open ontoggle="window.__pwned=1">x</details>',
  '<object data="javascript:window.__pwned=1"></object>',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '<base href="https://evil.example/">',
];
/** Markdown links and images whose URLs must never become live. */
const MARKDOWN_PAYLOADS = [
  '[click me](javascript:window.__pwned=1)',
  '[mixed case](JaVaScRiPt:window.__pwned=1)',
  '[entity](&#106;avascript:window.__pwned=1)',
  '[data html](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[vb](vbscript:msgbox(1))',
  '<javascript:window.__pwned=1>',
  '![pic](javascript:window.__pwned=1)',
  '![svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)',
  '[ref link][evil]',
];
const ALL = [...HTML_PAYLOADS, ...MARKDOWN_PAYLOADS];
const BAD_SCHEME = /^\s*(javascript|vbscript|data:text|data:image\/svg)/i;
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const q = (s: string): string => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

/** A template with every payload in the body, the title, variable examples and a sample data set. */
function hostileTemplate(): string {
  const vars = ALL.map((p, i) => `  v${i}:\n    example: ${q(p)}\n    description: ${q(p)}`).join('\n');
  const sample = ALL.map((p, i) => `    v${i}: ${q(`{{v${i}}} ${p} ${p}`)}`).join('\n');
  return [
    '---',
    `title: ${q('</title><script>window.__pwned=1</script>')}`,
    'type: angry',
    'stage: warning',
    'locale: en',
    'variables:',
    vars,
    'samples:',
    `  ${q('<img src=x onerror=window.__pwned=1>')}:`,
    sample,
    '---',
    'Hello, you idiot.',
    '',
    ...ALL.flatMap((p) => [p, '']),
    ...ALL.map((_, i) => `Value ${i}: {{v${i}}}`),
    '',
    '`<script>window.__pwned=1</script>` in code, and a fence:',
    '',
    '```html',
    '<script>window.__pwned=1</script>',
    '```',
    '',
    '[evil]: javascript:window.__pwned=1',
    '',
  ].join('\n');
}

interface Watch {
  requests: string[];
  dialogs: string[];
  errors: string[];
}

/** A new page whose every non-data: request is recorded and aborted, and whose dialogs are recorded. */
async function watchedPage(browser: Browser): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage();
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:')) return route.continue();
    watch.requests.push(url);
    return route.abort();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && !watch.requests.includes(r.url())) watch.requests.push(r.url());
  });
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  return { page, watch };
}

const FAKE_WEBVIEW = { cspSource: 'https://webview.vscode-resource.example' } as unknown as Parameters<typeof previewHtml>[0];
const NONCE = 'TestNonce0123456789abcdefABCDEF00';
/** UI strings with hostile content too: they reach the page as JSON inside the script block. */
const STRINGS: Record<string, string> = {
  reply: '</script><script>window.__pwned=1</script>', litmus: 'Litmus <img src=x onerror=window.__pwned=1>', litmusHint: 'hint',
  examples: '<b>examples</b>', sample: 'Sample', locale: 'Locale', copyText: 'Copy', copyHtml: 'Copy HTML',
  missingTitle: '<svg onload=window.__pwned=1>', toneTitle: 'Tone', noFindings: 'None', missingValues: 'No value for',
  postedBy: 'Posted', reactions: 'Like',
};

/** The webview API the preview script expects (VS Code injects it); posted messages are collected. */
const HOST_STUB = `<script nonce="${NONCE}">window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => undefined, setState: () => undefined });</script>`;

/** Loads the preview page and posts a render message the way PreviewPanel does; resolves once it rendered. */
async function showPreview(page: Page, html: string, data: RenderResponse, siblings: { uri: string; locale: string }[]): Promise<void> {
  await page.setContent(html.replace('<head>', `<head>\n${HOST_STUB}`), { waitUntil: 'load' });
  await page.evaluate((m) => window.postMessage(m, '*'), { type: 'render', uri: 'file:///t/hostile.reply.md', view: 'reply', data, siblings });
  await page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'rendered'), undefined, { timeout: 10_000 });
  // Let any event handler (onerror, onload, ontoggle) that slipped through fire before we look.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
}

function assertInert(watch: Watch, pwned: unknown): void {
  assert.equal(pwned, null, 'window.__pwned was set: a payload ran');
  assert.deepEqual(watch.dialogs, [], 'a payload opened a dialog');
  assert.deepEqual(watch.requests, [], 'a request left the page');
}

let shared: Promise<Browser> | undefined;
/** One Chromium for the whole file (launching costs a second or two). */
function launch(): Promise<Browser> {
  shared ??= import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS }));
  return shared;
}
after(async () => {
  if (shared) await (await shared).close();
});

const pwnedOf = (page: Page): Promise<unknown> => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);

/** Elements and attributes that must not exist under `root` (the selector covers template content only). */
async function liveMarkup(page: Page, root: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const found: string[] = [];
    for (const scope of document.querySelectorAll(sel)) {
      for (const el of scope.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        if (['script', 'iframe', 'object', 'embed', 'svg', 'math', 'style', 'link', 'meta', 'base', 'details', 'form'].includes(tag)) found.push(`<${tag}>`);
        for (const a of el.getAttributeNames()) if (/^on/i.test(a)) found.push(`${tag}[${a}]`);
        for (const a of ['href', 'src', 'action', 'data', 'xlink:href']) {
          const v = el.getAttribute(a);
          if (v !== null && /^\s*(javascript|vbscript|data:text|data:image\/svg)/i.test(v)) found.push(`${tag}[${a}=${v}]`);
        }
        if (tag === 'img' && !/^(https:|data:image\/(png|gif|jpeg|webp))/.test(el.getAttribute('src') ?? '')) found.push(`img[src=${el.getAttribute('src')}]`);
      }
    }
    return found;
  }, root);
}

describe('XSS: preview webview in headless Chromium', { skip: SKIP }, () => {
  let browser: Browser;
  let client: TestClient;
  let dir: string;
  let uri: string;
  let examples: RenderResponse;
  let sampled: RenderResponse;
  const html = previewHtml(FAKE_WEBVIEW, NONCE, STRINGS);

  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-xss-')));
    const file = path.join(dir, 'hostile.reply.md');
    fs.writeFileSync(file, hostileTemplate());
    uri = pathToFileURL(file).href;
    client = new TestClient({ workspaceFolder: dir });
    await client.initialize();
    client.open(uri, fs.readFileSync(file, 'utf8'));
    examples = (await client.request<RenderResponse | null>('replylint/render', { uri }))!;
    assert.ok(examples, 'the server rendered the template');
    assert.equal(examples.samples.length, 1);
    sampled = (await client.request<RenderResponse | null>('replylint/render', { uri, sample: examples.samples[0] }))!;
    assert.equal(sampled.sample, examples.samples[0]);
    browser = await launch();
  });
  after(async () => {
    await client?.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the page declares a strict CSP: default-src none, scripts and styles by nonce only', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.ok(csp, 'CSP meta present');
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives['default-src'], ["'none'"]);
    assert.deepEqual(directives['script-src'], [`'nonce-${NONCE}'`]);
    assert.deepEqual(directives['style-src'], [`'nonce-${NONCE}'`]);
    assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'), csp);
    // Every script and style element in the shell carries the nonce.
    for (const tag of html.match(/<(script|style)\b[^>]*>/g)!) assert.ok(tag.includes(`nonce="${NONCE}"`), tag);
  });

  it('the server escapes template HTML and refuses dangerous link schemes in what it renders', () => {
    for (const r of [examples, sampled]) {
      assert.doesNotMatch(r.html, /<(script|img|svg|iframe|object|style|link|meta|base|details|math)\b/i, r.html);
      for (const m of r.html.matchAll(/\b(href|src)="([^"]*)"/g)) assert.doesNotMatch(m[2], BAD_SCHEME, m[0]);
      assert.ok(r.html.includes('&lt;script&gt;window.__pwned=1;alert(1)&lt;/script&gt;'));
    }
  });

  for (const variant of ['variable examples', 'sample data set'] as const) {
    it(`renders inert with ${variant}: nothing runs, nothing loads, payloads shown as text`, async () => {
      const data = variant === 'sample data set' ? sampled : examples;
      const { page, watch } = await watchedPage(browser);
      try {
        await showPreview(page, html, data, [
          { uri: 'file:///t/en/hostile.reply.md', locale: '<img src=x onerror=window.__pwned=1>' },
          { uri: 'javascript:window.__pwned=1', locale: 'de' },
        ]);
        assertInert(watch, await pwnedOf(page));
        assert.deepEqual(watch.errors, [], 'the preview script ran without errors');
        assert.deepEqual(await liveMarkup(page, 'body > :not(script):not(style)'), []);
        const replyText = await page.locator('#reply').textContent();
        for (const p of HTML_PAYLOADS) assert.ok(replyText!.includes(p), `shown as text: ${p}`);
        const hrefs = await page.locator('#reply a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        for (const h of hrefs) assert.doesNotMatch(h, BAD_SCHEME);
        // Front matter title and sample names are text, UI strings too.
        assert.equal(await page.locator('#meta').textContent(), '</title><script>window.__pwned=1</script> — angry · warning — en');
        assert.equal(await page.locator('#view-reply').textContent(), STRINGS.reply);
        if (variant === 'sample data set') assert.equal(await page.locator('#sample option:checked').textContent(), '<img src=x onerror=window.__pwned=1>');
        // The litmus view and the copy buttons only post messages.
        await page.click('#view-litmus');
        await page.click('#copy-html');
        assert.ok((await page.locator('#litmus-text').textContent())!.includes(HTML_PAYLOADS[0]));
        assertInert(watch, await pwnedOf(page));
      } finally {
        await page.close();
      }
    });
  }

  it('control: the harness catches markup that does get through', async () => {
    // Same page without its CSP, fed raw HTML: the probe must fire (otherwise the suite proves nothing).
    const open = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    const { page, watch } = await watchedPage(browser);
    try {
      await showPreview(page, open, { ...examples, html: '<img src="https://evil.example/p.png" onerror="window.__pwned=1">' }, []);
      await page.waitForFunction(() => (window as unknown as { __pwned?: number }).__pwned === 1, undefined, { timeout: 5000 });
      assert.ok(watch.requests.some((u) => u.startsWith('https://evil.example/')), 'the request was seen');
      assert.deepEqual(await liveMarkup(page, '#reply'), ['img[onerror]']);
    } finally {
      await page.close();
    }
  });

  it('control: with the CSP in place, even raw HTML cannot run inline code', async () => {
    const { page, watch } = await watchedPage(browser);
    try {
      await showPreview(page, html, { ...examples, html: '<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>' }, []);
      assert.equal(await pwnedOf(page), null, 'CSP blocked the inline handler and the script');
      assert.deepEqual(watch.dialogs, []);
      assert.ok(watch.requests.length <= 1, 'at most the relative image URL was attempted'); // img-src allows the webview source only
    } finally {
      await page.close();
    }
  });
});

describe('XSS: CLI --format html report in headless Chromium', { skip: SKIP }, () => {
  let browser: Browser;
  let dir: string;
  let report: string;

  before(async () => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'replylint-xss-html-')));
    fs.writeFileSync(path.join(dir, 'hostile.reply.md'), hostileTemplate());
    fs.writeFileSync(path.join(dir, '<img src=x onerror=alert(1)>.reply.md'), '---\ntype: angry\nstage: warning\nlocale: en\n---\nYou idiot. <svg onload=alert(1)>\n');
    const r = runCli(['--format', 'html', '-o', 'report.html', '.'], dir);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    report = fs.readFileSync(path.join(dir, 'report.html'), 'utf8');
    browser = await launch();
  });
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('declares default-src none and allows no script at all', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(report)?.[1];
    assert.ok(csp);
    assert.match(csp, /^default-src 'none';/);
    assert.doesNotMatch(csp, /script-src/);
    assert.doesNotMatch(report, /<script/i);
  });

  it('renders inert: nothing runs, nothing loads, payloads and file names shown as text', async () => {
    const { page, watch } = await watchedPage(browser);
    try {
      await page.setContent(report, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      assertInert(watch, await pwnedOf(page));
      assert.deepEqual(await liveMarkup(page, 'main'), []);
      const text = (await page.locator('main').textContent())!;
      for (const p of ALL) assert.ok(text.includes(p), `shown as text: ${p}`);
      assert.ok(text.includes('<img src=x onerror=alert(1)>.reply.md'), 'hostile file name is text');
      const hrefs = await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      for (const h of hrefs) assert.match(h, /^(#|https:\/\/)/, h);
    } finally {
      await page.close();
    }
  });
});
