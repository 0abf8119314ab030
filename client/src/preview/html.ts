/**
 * The preview's static shell: CSP with a nonce, styles, and the script that draws each render.
 * The script sets template-derived text only through textContent/title; the one innerHTML is the
 * engine renderer's HTML (markdown-it with raw HTML disabled, so template HTML arrives escaped).
 */

import type * as vscode from 'vscode';

export function previewHtml(webview: vscode.Webview, nonce: string, strings: Record<string, string>): string {
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} https: data:`,
  ].join('; ');
  // JSON in a script block: escape "<" so no string can close the tag.
  const s = JSON.stringify(strings).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 20px 20px; line-height: 1.55; }
  .bar { position: sticky; top: 0; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; padding: 8px 0; background: var(--vscode-editor-background); border-bottom: 1px solid var(--vscode-panel-border); z-index: 2; }
  .bar select, .bar button { font: inherit; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: 1px solid var(--vscode-panel-border); border-radius: 3px; padding: 2px 8px; }
  .bar button[aria-pressed="true"] { color: var(--vscode-button-foreground); background: var(--vscode-button-background); }
  .bar label { opacity: 0.8; margin-left: 6px; }
  .spacer { flex: 1; }
  .meta { opacity: 0.75; font-size: 0.9em; margin: 10px 0 4px; }
  .card { border-left: 3px solid var(--vscode-editorWarning-foreground); background: var(--vscode-textBlockQuote-background); padding: 6px 12px; margin: 10px 0; }
  .card.ok { border-left-color: var(--vscode-testing-iconPassed, green); }
  .card h3 { margin: 4px 0; font-size: 1em; }
  .card ul { margin: 4px 0; padding-left: 18px; }
  .reply { max-width: 46em; }
  mark { color: inherit; cursor: help; background: rgba(255, 190, 0, 0.22); text-decoration: underline wavy var(--vscode-editorWarning-foreground, #bf8803); text-decoration-skip-ink: none; text-underline-offset: 3px; border-radius: 2px; }
  mark.error { background: rgba(255, 60, 60, 0.18); text-decoration-color: var(--vscode-editorError-foreground, #e51400); }
  mark.info, mark.hint { background: rgba(60, 140, 255, 0.15); text-decoration-color: var(--vscode-editorInfo-foreground, #1a85ff); }
  .hidden { display: none; }
  .litmus { background: #f4f5f7; color: #1c1e21; padding: 24px; border-radius: 6px; margin-top: 12px; }
  .shot { background: #fff; border-radius: 12px; box-shadow: 0 2px 10px rgba(0,0,0,.18); max-width: 32em; margin: 0 auto; padding: 16px 18px; font: 15px/1.45 -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Noto Sans KR", sans-serif; }
  .shot .who { display: flex; gap: 10px; align-items: center; margin-bottom: 10px; color: #65676b; font-size: 13px; }
  .shot .avatar { width: 34px; height: 34px; border-radius: 50%; background: #c9ccd1; }
  .shot .text { white-space: pre-wrap; color: #050505; }
  .shot .react { margin-top: 12px; border-top: 1px solid #e4e6eb; padding-top: 8px; color: #65676b; font-size: 13px; }
  .hint-text { color: #444; max-width: 32em; margin: 12px auto 0; font-size: 13px; }
</style>
</head>
<body>
<div class="bar">
  <button id="view-reply" aria-pressed="true"></button>
  <button id="view-litmus" aria-pressed="false"></button>
  <label for="sample" id="sample-label"></label><select id="sample"></select>
  <label for="locale" id="locale-label"></label><select id="locale"></select>
  <span class="spacer"></span>
  <button id="copy-text"></button>
  <button id="copy-html"></button>
</div>
<div class="meta" id="meta"></div>
<div id="findings"></div>
<div id="reply" class="reply"></div>
<div id="litmus" class="litmus hidden">
  <div class="shot"><div class="who"><div class="avatar"></div><div id="posted"></div></div><div class="text" id="litmus-text"></div><div class="react" id="reactions"></div></div>
  <p class="hint-text" id="litmus-hint"></p>
</div>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const S = ${s};
  const $ = (id) => document.getElementById(id);
  $('view-reply').textContent = S.reply;
  $('view-litmus').textContent = S.litmus;
  $('sample-label').textContent = S.sample;
  $('locale-label').textContent = S.locale;
  $('copy-text').textContent = S.copyText;
  $('copy-html').textContent = S.copyHtml;
  $('posted').textContent = S.postedBy;
  $('reactions').textContent = S.reactions;
  $('litmus-hint').textContent = S.litmusHint;

  function setView(view) {
    $('view-reply').setAttribute('aria-pressed', String(view === 'reply'));
    $('view-litmus').setAttribute('aria-pressed', String(view === 'litmus'));
    $('reply').classList.toggle('hidden', view !== 'reply');
    $('findings').classList.toggle('hidden', view !== 'reply');
    $('litmus').classList.toggle('hidden', view !== 'litmus');
  }
  $('view-reply').addEventListener('click', () => { setView('reply'); vscode.postMessage({ type: 'view', view: 'reply' }); });
  $('view-litmus').addEventListener('click', () => { setView('litmus'); vscode.postMessage({ type: 'view', view: 'litmus' }); });
  $('copy-text').addEventListener('click', () => vscode.postMessage({ type: 'copy', format: 'text' }));
  $('copy-html').addEventListener('click', () => vscode.postMessage({ type: 'copy', format: 'html' }));
  $('sample').addEventListener('change', (e) => vscode.postMessage({ type: 'sample', name: e.target.value }));
  $('locale').addEventListener('change', (e) => vscode.postMessage({ type: 'locale', uri: e.target.value }));

  function option(select, value, label, selected) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = label;
    o.selected = selected;
    select.appendChild(o);
  }

  /** Wraps the first occurrence of each finding's excerpt in a <mark> (text nodes only). */
  function highlight(root, findings) {
    let count = 0;
    for (const f of findings) {
      const needle = f.excerpt.trim();
      if (!needle || needle.includes('{{')) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement && node.parentElement.closest('mark')) continue;
        const i = node.data.indexOf(needle);
        if (i < 0) continue;
        const target = node.splitText(i);
        target.splitText(needle.length);
        const mark = document.createElement('mark');
        mark.className = f.severity;
        mark.title = f.ruleId + ': ' + f.message;
        target.parentNode.replaceChild(mark, target);
        mark.appendChild(target);
        count++;
        break;
      }
    }
    return count;
  }

  /** The first sentence of a message (the rest is in the tooltip). */
  function short(message) {
    const m = /^.*?[.!?。](\\s|$)/.exec(message);
    return (m ? m[0] : message).trim();
  }

  function card(title, items, ok) {
    const div = document.createElement('div');
    div.className = ok ? 'card ok' : 'card';
    const h = document.createElement('h3');
    h.textContent = title;
    div.appendChild(h);
    if (items.length) {
      const ul = document.createElement('ul');
      for (const text of items) {
        const li = document.createElement('li');
        li.textContent = short(text);
        if (short(text) !== text) li.title = text;
        ul.appendChild(li);
      }
      div.appendChild(ul);
    }
    return div;
  }

  function render(m) {
    const d = m.data;
    const sample = $('sample');
    sample.replaceChildren();
    option(sample, '', S.examples, !d.sample);
    for (const name of d.samples) option(sample, name, name, name === d.sample);
    sample.disabled = d.samples.length === 0;
    const locale = $('locale');
    locale.replaceChildren();
    if (m.siblings.length === 0) option(locale, '', d.locale, true);
    for (const sib of m.siblings) option(locale, sib.uri, sib.locale, sib.uri === m.uri);
    locale.disabled = m.siblings.length < 2;
    $('meta').textContent = [d.title, d.type + (d.stage ? ' · ' + d.stage : ''), d.locale].filter(Boolean).join(' — ');

    const findings = $('findings');
    findings.replaceChildren();
    const whole = d.findings.filter((f) => f.documentLevel);
    const inline = d.findings.filter((f) => !f.documentLevel);
    if (whole.length) findings.appendChild(card(S.missingTitle, whole.map((f) => f.message)));
    if (d.missing.length) findings.appendChild(card(S.missingValues, d.missing.map((n) => '{{' + n + '}}')));
    if (!whole.length && !inline.length && !d.missing.length) findings.appendChild(card(S.noFindings, [], true));

    const reply = $('reply');
    reply.innerHTML = d.html; // engine renderer output: raw HTML in templates is escaped
    const highlights = highlight(reply, inline);
    $('litmus-text').textContent = d.text;
    const tone = inline.filter((f) => f.ruleId.startsWith('neutral-tone'));
    const hint = $('litmus-hint');
    hint.textContent = S.litmusHint + (tone.length ? ' ' + S.toneTitle + ': ' + tone.map((f) => '"' + f.excerpt + '"').join(', ') : '');
    setView(m.view);
    last = { type: 'rendered', uri: m.uri, highlights, missing: whole.length, text: reply.textContent };
    vscode.postMessage(last);
  }
  let last = null;

  window.addEventListener('message', (e) => {
    const m = e.data;
    if (m.type === 'render') render(m);
    else if (m.type === 'setView') {
      setView(m.view);
      if (last) vscode.postMessage(last); // tells the extension the view is on screen
    }
  });
})();
</script>
</body>
</html>`;
}
