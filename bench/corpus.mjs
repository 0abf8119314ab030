// Seeded corpus generator for the benchmark. Builds N realistic reply templates from the shipped
// templates in templates/<locale>/ (en, de, zh, ko): every copy gets its own id and file name,
// other sample names and values, and a few extra sentences; about one file in five gets a fault
// (undefined or broken placeholder, a dropped paragraph, a loaded sentence, a bracket stand-in)
// so the linters have findings to report. Same seed + same templates = same corpus, byte for byte.
//
// Corpora are written outside the repo (os.tmpdir()/replylint-bench, or $REPLYLINT_BENCH_DIR) and
// reused when the marker file says they are complete.

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rng } from './rng.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const LOCALES = ['en', 'de', 'zh', 'ko'];

export function cacheDir() {
  return process.env.REPLYLINT_BENCH_DIR ?? path.join(os.tmpdir(), 'replylint-bench');
}

// Written for the benchmark: names, values and neutral sentences per locale.
const NAMES = {
  en: ['Avery', 'Priya', 'Noah', 'Ines', 'Tomás', 'Grace', 'Malik', 'Hannah', 'Leo', 'Zara', 'Owen', 'Mei'],
  de: ['Jonas', 'Lea', 'Frau Albers', 'Herr Yilmaz', 'Mira', 'Paul', 'Frau Seidel', 'Konrad', 'Emilia', 'Herr Brandt'],
  zh: ['王芳', '李强', '陈静', '刘洋', '赵敏', '孙浩', '周婷', '吴磊', '郑雪', '何俊'],
  ko: ['김민준', '이수아', '박서준', '최지우', '정예린', '강도윤', '윤하은', '장시우', '한유진', '오승민'],
};
const AMOUNTS = {
  en: ['$19.00', '$49.99', '$129.00', '$240.00', '£75.00', '€310.50'],
  de: ['49,00 €', '129,90 €', '19,99 €', '310,00 €', '1.299,00 €'],
  zh: ['¥199', '¥1,280', '¥89', '¥3,600', '¥45.50'],
  ko: ['19,000원', '59,000원', '129,000원', '1,250,000원', '8,900원'],
};
const EXTRA = {
  en: [
    'Our team reviewed the full history of this ticket before writing to you.',
    'You will find the ticket number in the subject line of this message.',
    'This reply applies to the account that opened the request.',
    'We keep a copy of this message with the ticket for our records.',
    'The details below reflect the state of your account as of today.',
  ],
  de: [
    'Unser Team hat den gesamten Verlauf dieses Tickets geprüft, bevor wir Ihnen schreiben.',
    'Die Ticketnummer finden Sie in der Betreffzeile dieser Nachricht.',
    'Diese Antwort bezieht sich auf das Konto, über das die Anfrage gestellt wurde.',
    'Eine Kopie dieser Nachricht bewahren wir zusammen mit dem Ticket auf.',
  ],
  zh: [
    '在回复您之前，我们的团队查看了这张工单的全部记录。',
    '工单编号写在这封邮件的标题里。',
    '本回复适用于提交这次请求的账户。',
    '我们会把这封邮件和工单一起存档。',
  ],
  ko: [
    '답장을 드리기 전에 저희 팀이 이 문의의 전체 기록을 확인했습니다.',
    '문의 번호는 이 메일의 제목에서 확인하실 수 있습니다.',
    '이 답장은 문의를 접수하신 계정을 기준으로 작성되었습니다.',
    '이 메일은 문의 기록과 함께 보관됩니다.',
  ],
};
const LOADED = {
  en: ['Frankly, this is the most ridiculous complaint we have seen all year.', 'Obviously you did not bother to read the manual.'],
  de: ['Ehrlich gesagt ist diese Beschwerde völlig lächerlich.', 'Offensichtlich haben Sie die Anleitung nicht gelesen.'],
  zh: ['说实话，这是我们今年见过最可笑的投诉。', '你显然根本没看说明书。'],
  ko: ['솔직히 이번 불만은 정말 어이없습니다.', '설명서를 전혀 읽지 않으신 게 분명합니다.'],
};
const STANDIN = { en: '[CUSTOMER NAME]', de: '[KUNDENNAME]', zh: '[客户姓名]', ko: '[고객 이름]' };

export function loadTemplates(root = ROOT) {
  const out = [];
  for (const locale of LOCALES) {
    const dir = path.join(root, 'templates', locale);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      if (!name.endsWith('.reply.md')) continue;
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
      if (!m) continue;
      out.push({ locale, name: name.slice(0, -'.reply.md'.length), front: m[1], body: m[2] });
    }
  }
  if (out.length === 0) throw new Error('bench: no templates found in templates/<locale>/');
  return out;
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

/** One corpus file from template `t`, copy number `n`. Returns { text, fault }. */
export function variant(t, n, r) {
  const loc = t.locale;
  let front = t.front.replace(/^id:\s*(.+)$/m, (_, id) => `id: ${id.trim()}-${n}`);
  // Other sample names and amounts in the front matter (only quoted example values).
  front = front.replace(/^(\s+(?:example|customer_name|agent_name):\s*)"([^"]*)"$/gm, (all, key, v) => {
    if (/^https?:/.test(v) || /\d/.test(v)) return all;
    return `${key}"${pick(r, NAMES[loc])}"`;
  });
  front = front.replace(/^(\s+(?:example|refund_amount):\s*)"([^"]*\d[^"]*)"$/gm, (all, key, v) => {
    if (/^https?:/.test(v) || !/[$€£¥원]/.test(v)) return all;
    return `${key}"${pick(r, AMOUNTS[loc])}"`;
  });
  const paras = t.body.split(/\n\n/);
  // Add one or two neutral sentences to a middle paragraph (never the greeting or sign-off).
  const sep = loc === 'zh' ? '' : ' ';
  if (paras.length > 3) {
    const k = 1 + Math.floor(r() * (paras.length - 2));
    paras[k] = `${paras[k]}${sep}${pick(r, EXTRA[loc])}`;
    if (r() < 0.5) {
      const j = 1 + Math.floor(r() * (paras.length - 2));
      paras[j] = `${pick(r, EXTRA[loc])}${sep}${paras[j]}`;
    }
  }
  let fault = null;
  if (r() < 0.2) {
    const kinds = ['undefined-placeholder', 'broken-placeholder', 'dropped-paragraph', 'loaded-sentence', 'stand-in'];
    fault = pick(r, kinds);
    const k = 1 + Math.floor(r() * Math.max(1, paras.length - 2));
    switch (fault) {
      case 'undefined-placeholder': paras[k] = `${paras[k]}${sep}{{order_reference}}`; break;
      case 'broken-placeholder': paras[k] = `${paras[k]}${sep}{{ticket_id}`; break;
      case 'dropped-paragraph': if (paras.length > 3) paras.splice(k, 1); break;
      case 'loaded-sentence': paras[k] = `${paras[k]}${sep}${pick(r, LOADED[loc])}`; break;
      case 'stand-in': paras[0] = paras[0].replace(/\{\{customer_name\}\}/, STANDIN[loc]); break;
    }
  }
  return { text: `---\n${front}\n---\n${paras.join('\n\n')}`, fault };
}

/** Hash of the templates + generator, so a changed template makes a new corpus. */
export function corpusKey(templates, seed) {
  const h = createHash('sha1');
  h.update(fs.readFileSync(fileURLToPath(import.meta.url)));
  for (const t of templates) h.update(`${t.locale}/${t.name}\0${t.front}\0${t.body}\0`);
  h.update(String(seed));
  return h.digest('hex').slice(0, 10);
}

/**
 * Writes (or reuses) a corpus of `size` files. Layout: <dir>/<locale>/<shard>/<name>-<n>.reply.md,
 * at most 500 files per folder. Returns { dir, files, bytes, faults, key }.
 */
export function ensureCorpus(size, { seed = 7, root = ROOT, log = () => {} } = {}) {
  const templates = loadTemplates(root);
  const key = corpusKey(templates, seed);
  const dir = path.join(cacheDir(), `corpus-${size}-${key}`);
  const marker = path.join(dir, '.complete.json');
  if (fs.existsSync(marker)) return { dir, ...JSON.parse(fs.readFileSync(marker, 'utf8')), key };
  fs.rmSync(dir, { recursive: true, force: true });
  const started = Date.now();
  const r = rng(seed * 1_000_003 + size);
  let bytes = 0;
  const faults = {};
  const perLocale = {};
  for (let i = 0; i < size; i++) {
    const t = templates[i % templates.length];
    const n = Math.floor(i / templates.length);
    const { text, fault } = variant(t, n, r);
    if (fault) faults[fault] = (faults[fault] ?? 0) + 1;
    const idx = (perLocale[t.locale] = (perLocale[t.locale] ?? 0) + 1) - 1;
    const sub = path.join(dir, t.locale, String(Math.floor(idx / 500)).padStart(3, '0'));
    if (idx % 500 === 0) fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, `${t.name}-${n}.reply.md`), text);
    bytes += Buffer.byteLength(text);
  }
  const info = { files: size, bytes, faults, templates: templates.length, seed };
  fs.writeFileSync(marker, JSON.stringify(info));
  log(`corpus ${size}: ${dir} (${(bytes / 1e6).toFixed(1)} MB) written in ${Date.now() - started} ms`);
  return { dir, ...info, key };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const sizes = (process.argv[2] ?? '1000').split(',').map(Number);
  for (const s of sizes) console.log(JSON.stringify(ensureCorpus(s, { log: console.error })));
}
