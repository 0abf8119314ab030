#!/usr/bin/env node
// Generates the editor assets that come from templates/, so they never drift:
//   client/snippets/reply-template.code-snippets  one snippet per template (customer type x stage
//       in each locale; placeholders become tab stops, mirrored between the front matter's
//       `variables` and the body) plus the suppression-comment snippets;
//   client/assets/templates.json  the templates the "New reply template" command copies.
// Usage: node scripts/gen-snippets.mjs [--check]   (--check: exit 1 if the files are out of date)
import { readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const templatesDir = join(root, 'templates');

const STAGE_ORDER = ['warning', 'termination', 'refund', 'walk-away', 'review-response', 'complaint-response', 'acknowledgement', 'review-revision'];
const LOCALE_ORDER = ['en', 'de', 'zh', 'ko'];

function readTemplates() {
  const out = [];
  if (!existsSync(templatesDir)) return out;
  for (const locale of readdirSync(templatesDir).sort()) {
    const dir = join(templatesDir, locale);
    if (!existsSync(dir) || !readdirSync(dir, { withFileTypes: true }).length) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.reply.md')) continue;
      const text = readFileSync(join(dir, entry.name), 'utf8').replace(/\r\n/g, '\n');
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (!m) continue;
      const fm = parse(m[1]) ?? {};
      if (!fm.type || !fm.stage) continue;
      out.push({
        file: `${locale}/${entry.name}`,
        id: String(fm.id ?? entry.name.replace(/\.reply\.md$/, '')),
        title: String(fm.title ?? ''),
        type: String(fm.type),
        stage: String(fm.stage),
        locale: String(fm.locale ?? locale),
        business: String(fm.business ?? 'product'),
        legal_threat: fm.legal_threat === true,
        variables: Object.keys(fm.variables ?? {}),
        text,
      });
    }
  }
  const rank = (list, v) => (list.indexOf(v) < 0 ? list.length : list.indexOf(v));
  return out.sort((a, b) => rank(LOCALE_ORDER, a.locale) - rank(LOCALE_ORDER, b.locale) || a.type.localeCompare(b.type)
    || rank(STAGE_ORDER, a.stage) - rank(STAGE_ORDER, b.stage) || Number(a.legal_threat) - Number(b.legal_threat) || a.file.localeCompare(b.file));
}

/** Escapes snippet syntax ($, }, \) in literal text. */
const esc = (s) => s.replace(/[\\$}]/g, (c) => `\\${c}`);

/** The template as a snippet body: each variable is one tab stop, mirrored everywhere it occurs. */
function snippetBody(t) {
  const stops = new Map(t.variables.map((v, i) => [v, i + 1]));
  const fmEnd = t.text.indexOf('\n---\n', 4) + 5;
  const lines = [];
  for (const [i, line] of t.text.split('\n').entries()) {
    const offset = t.text.split('\n').slice(0, i).join('\n').length + (i ? 1 : 0);
    if (offset < fmEnd) {
      const decl = /^( {2})([A-Za-z_][\w.-]*)(:.*)$/.exec(line);
      const inVariables = t.text.slice(0, offset).lastIndexOf('\nvariables:') > t.text.slice(0, offset).lastIndexOf('\nsamples:');
      if (decl && inVariables && stops.has(decl[2])) lines.push(`${decl[1]}\${${stops.get(decl[2])}:${decl[2]}}${esc(decl[3])}`);
      else lines.push(esc(line));
      continue;
    }
    let out = '';
    let pos = 0;
    for (const p of line.matchAll(/\{\{\s*([A-Za-z_][\w.-]*)([^}]*)\}\}/g)) {
      out += esc(line.slice(pos, p.index));
      const n = stops.get(p[1]);
      out += n ? `{{\${${n}:${p[1]}}${esc(p[2])}\\}}` : esc(p[0]);
      pos = p.index + p[0].length;
    }
    lines.push(out + esc(line.slice(pos)));
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return [...lines, '$0'];
}

function ruleIds() {
  return readdirSync(join(root, 'server/src/engine/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, '')).sort();
}

function generate() {
  const templates = readTemplates();
  const snippets = {};
  for (const t of templates) {
    const legal = t.legal_threat ? ' (legal threat)' : '';
    const name = `${t.locale}: ${t.type} ${t.stage}${legal} (${t.business})`;
    snippets[name] = {
      prefix: [`reply-${t.locale}-${t.type}-${t.stage}${t.legal_threat ? '-legal' : ''}`, `${t.type}-${t.stage}`],
      description: `${t.title || t.id} [${t.file}]`,
      scope: 'reply-template',
      isFileTemplate: true,
      body: snippetBody(t),
    };
  }
  const rules = ruleIds().join(',');
  const reason = '${2:reason}';
  Object.assign(snippets, {
    'replylint: disable next line': { prefix: ['rl-disable-next-line', 'replylint-disable-next-line'], scope: 'reply-template', description: 'Suppress a rule on the next line, with a reason.', body: [`<!-- replylint-disable-next-line \${1|${rules}|} -- ${reason} -->`] },
    'replylint: disable this line': { prefix: ['rl-disable-line', 'replylint-disable-line'], scope: 'reply-template', description: 'Suppress a rule on this line, with a reason.', body: [`<!-- replylint-disable-line \${1|${rules}|} -- ${reason} -->`] },
    'replylint: disable region': { prefix: ['rl-disable', 'replylint-disable'], scope: 'reply-template', description: 'Suppress a rule between disable and enable, with a reason.', body: [`<!-- replylint-disable \${1|${rules}|} -- ${reason} -->`, '$0', '<!-- replylint-enable ${1} -->'] },
    'replylint: disable file': { prefix: ['rl-disable-file', 'replylint-disable-file'], scope: 'reply-template', description: 'Suppress a rule for the whole file, with a reason.', body: [`<!-- replylint-disable-file \${1|${rules}|} -- ${reason} -->`] },
  });
  const assets = templates.map(({ variables: _v, ...t }) => t);
  return {
    'client/snippets/reply-template.code-snippets': JSON.stringify(snippets, null, 2) + '\n',
    'client/assets/templates.json': JSON.stringify(assets, null, 1) + '\n',
  };
}

const files = generate();
let stale = 0;
for (const [rel, content] of Object.entries(files)) {
  const file = join(root, rel);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === content) continue;
  if (check) {
    console.error(`${rel} is out of date: run node scripts/gen-snippets.mjs`);
    stale++;
  } else {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${rel}`);
  }
}
process.exit(stale ? 1 : 0);
