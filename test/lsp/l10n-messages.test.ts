/**
 * Rule messages in de, zh-cn and ko: every message the engine emits for a set of faulty
 * templates (in en, de, zh and ko) is translated by each bundle; key patterns with arguments,
 * literal `{{placeholders}}` and quotes; and a real server started with the German bundle.
 */

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkParity, defaultConfig, knowledgeFor, lint, rules, type EngineConfig, type LintMessage } from '../../server/src/engine/index.js';
import { format, tokenize, Translator } from '../../server/src/lsp/l10n.js';
import { FIXTURES, fixture, ROOT, TestClient } from './client.js';

const LOCALES = ['de', 'zh-cn', 'ko'] as const;
const bundle = (loc: string): Record<string, string> => JSON.parse(readFileSync(join(ROOT, 'l10n', `bundle.l10n.${loc}.json`), 'utf8'));
const translators = Object.fromEntries(LOCALES.map((l) => [l, new Translator(bundle(l), l)])) as Record<(typeof LOCALES)[number], Translator>;

const front = (lines: string[]): string => ['---', ...lines, '---', ''].join('\n');
const vars = (...names: string[]): string[] => ['variables:', ...names.flatMap((n) => [`  ${n}:`, `    example: "x"`, `    description: "The ${n}."`])];

/** Templates with front-matter and placeholder faults that do not depend on the reply's language. */
function genericFaults(locale: string): string[] {
  const base = (stage = 'warning'): string[] => ['type: belle', `stage: ${stage}`, `locale: ${locale}`, 'business: product', 'legal_threat: false'];
  return [
    `---\ntype: belle\nstage: warning\nlocale: ${locale}\n\nHello.\n`,
    front([...base(), 'title: [unclosed']) + 'Hello.\n',
    '---\n- a\n- b\n---\nHello.\n',
    front([...base(), 'title: [a, b]', 'tags: 3', 'id:', 'description: {a: 1}', 'samples: 3']) + 'Hello.\n',
    front(['type: belle', 'stage: warning', 'locale: 5', 'business: 3', 'legal_threat: maybe']) + 'Hello.\n',
    front(['type: belle', 'stage: warning', 'locale: "not a tag!"', 'business: prodct', 'legal_threat: false']) + 'Hello.\n',
    front(['type: bele', 'stage: warnin', `locale: ${locale}`]) + 'Hello.\n',
    front(['type: qqqqqqqq', 'stage: zzzzzzzz', `locale: ${locale}`]) + 'Hello.\n',
    front(['type: belle', `locale: ${locale}`]) + 'Hello.\n',
    front([...base(), 'titel: x', 'qqqqqqqq: 1', 'samples:', '  one: 3', 'variables: [a]']) + 'Hello.\n',
    front([...base(), 'variables:']) + 'Hello.\n',
    front([...base(), 'variables:', '  1bad:', '    example: a', '  plain: 3', '  v:', '    examp: 1', '    qqqqqqqq: 1', '    required: maybe', '    description: [a]', '    example: [a, b]']) + 'Hello {{v}}.\n',
    front([...base(), ...vars('customer_name', 'unused_thing', 'refund_amount')]) +
      'Hello {{ }}, {{{customer_name}}} and {{bad name!}} and {customer_name}.\nA stray }} here and {{ open here.\n' +
      'Your {{refund_amoun}} and {{zzzzqqqq}} are [insert link here] and TODO.\n' +
      '<!-- replylint-disable-next-line neutral-tnoe -- quoting -->\n<!-- replylint-disable-next-line qqqqqqqq -- quoting -->\n' +
      '<!-- replylint-enable -->\n<!-- replylint-disable-next-line brevity -- nothing to hide -->\nShort line.\n' +
      '<!-- replylint-disable-next-line placeholder-unfilled -->\nTBD\n',
  ];
}

const long = (n: number): string => Array.from({ length: n }, (_, i) => `word${i % 7 === 0 ? 'a' : 'b'}`).join(' ');

/** English templates with stage-specific and tone faults. */
const EN_FAULTS = [
  front(['type: will', 'stage: termination', 'locale: en', 'business: service', 'legal_threat: false', ...vars('customer_name')]) +
    'Hi {{customer_name}},\n\nObviously you never read our emails. We have decided to close your account. Would you like a refund?\n\n' +
    'Your data will be permanently deleted. YOU ARE WRONG!!! You always complain. Thanks a lot for nothing, genius.\n\nRegards\n',
  front(['type: xavier', 'stage: review-response', 'locale: en', 'business: product', 'legal_threat: false']) +
    'Why did you post this review? Did you even read our reply?\n',
  front(['type: angry', 'stage: complaint-response', 'locale: en', 'business: product', 'legal_threat: false']) +
    'Hello,\n\nWe will send a replacement today. We understand how frustrating this has been and we are sorry.\n\nBest regards\n',
  front(['type: belle', 'stage: warning', 'locale: en', 'business: product', 'legal_threat: true']) + 'Hello.\n',
  front(['type: belle', 'stage: warning', 'locale: en', 'business: product', 'legal_threat: false']) + `${long(60)}.\n\n${long(40)}. ${long(40)}. ${long(40)}. ${long(40)}. ${long(40)}.\n`,
  front(['type: belle', 'stage: warning', 'locale: fr', 'business: product', 'legal_threat: false']) + 'Bonjour.\n',
  front(['type: belle', 'stage: warning', 'locale: en', 'business: product', 'legal_threat: false']) +
    'You idiot, this is your own fault and you should have known better. As I already told you, sure, great job. ' +
    'Calm down, it is not a big deal. We are so so sorry, we apologise, sorry again, please forgive us. Hey buddy. ' +
    'Stupid, pathetic, ridiculous, useless, dumb, moron, clueless, lazy, liar, incompetent, whining, entitled.\n',
];

/** locale-parity findings for a pair of templates that differ in every way parity checks. */
function parityMessages(): LintMessage[] {
  const file = (locale: string, lines: string[], body: string): string => front([`id: pair`, 'type: belle', 'stage: warning', `locale: ${locale}`, ...lines]) + body;
  const enBody = 'Hello {{customer_name}},\n\nIf this continues we will end the relationship and refund {{refund_amount}} in full.\n\n{{agent_name}}\n';
  const en = file('en', ['business: product', 'legal_threat: false', ...vars('customer_name', 'refund_amount', 'agent_name')], enBody);
  const entries = [
    { path: 'en/pair.reply.md', lastChanged: 2_000_000_000_000, text: en },
    { path: 'en/pair-copy.reply.md', lastChanged: 2_000_000_000_000, text: en },
    { path: 'de/pair.reply.md', lastChanged: 1_000_000_000_000, text: file('de', ['business: service', 'legal_threat: false', ...vars('kunde')], 'Guten Tag {{kunde}},\n\nvielen Dank.\n') },
    { path: 'ko/pair.reply.md', lastChanged: 2_000_000_000_000, text: file('ko', ['business: product', 'legal_threat: false', ...vars('customer_name', 'refund_amount')], '{{customer_name}} 님, 안녕하십니까.\n\n감사합니다.\n') },
  ];
  return checkParity(entries, defaultConfig(), { stale: true }).map((f) => ({ ruleId: f.ruleId, subId: f.subId, severity: f.severity, message: f.message, range: f.range, documentLevel: f.documentLevel, data: f.data }));
}

/** An internal-error message: one rule made to throw for one lint. */
function internalError(): LintMessage[] {
  const rule = rules.find((r) => r.id === 'brevity')!;
  const check = rule.check;
  (rule as { check: typeof check }).check = () => {
    throw new Error('boom');
  };
  try {
    return lint(front(['type: belle', 'stage: warning', 'locale: en']) + 'Hello.\n', defaultConfig()).messages.filter((m) => m.ruleId === 'internal-error');
  } finally {
    (rule as { check: typeof check }).check = check;
  }
}

interface Found { m: LintMessage; config: EngineConfig; meta: { type: string; stage?: string }; language: string }

function collect(): Found[] {
  const out: Found[] = [];
  const teamConfig: EngineConfig = { ...defaultConfig(), locales: ['en'] };
  const texts: [string, string][] = [
    ...['en', 'de', 'zh', 'ko'].flatMap((l) => genericFaults(l).map((t): [string, string] => [l, t])),
    ...EN_FAULTS.map((t): [string, string] => ['en', t]),
    ...['de', 'zh', 'ko', 'en'].flatMap((l) => [`templates/${l}/belle-termination.reply.md`, `templates/${l}/xavier-review-response.reply.md`].map((f): [string, string] => [l, readFileSync(join(ROOT, f), 'utf8')])),
  ];
  for (const [language, text] of texts) {
    for (const config of [defaultConfig(), teamConfig]) {
      const { messages, doc } = lint(text, config);
      for (const m of messages) out.push({ m, config, meta: doc.meta, language });
    }
  }
  for (const m of [...parityMessages(), ...internalError()]) out.push({ m, config: defaultConfig(), meta: { type: 'belle', stage: 'warning' }, language: 'en' });
  return out;
}

/** Runs of four English words of `english` (outside quotes and braces) still in `translated`. */
function englishLeft(english: string, translated: string): string[] {
  const words = english.replace(/"[^"]*"|\{\{[^}]*\}\}|\([^)]*\.[a-z]+\)/g, ' | ').split(/[^A-Za-z']+|\|/).filter(Boolean);
  const runs: string[] = [];
  const plain = english.replace(/"[^"]*"|\{\{[^}]*\}\}/g, ' | ');
  for (let i = 0; i + 4 <= words.length; i++) {
    const run = words.slice(i, i + 4).join(' ');
    if (plain.includes(run) && translated.includes(run)) runs.push(run);
  }
  return runs;
}

describe('rule messages in de, zh-cn and ko', () => {
  const found = collect();

  it('the faulty templates reach every kind of message', () => {
    const codes = new Set(found.map((f) => (f.m.subId && !f.m.ruleId.startsWith('neutral-tone') ? `${f.m.ruleId}/${f.m.subId}` : f.m.ruleId)));
    for (const code of [
      'front-matter/unterminated', 'front-matter/syntax', 'front-matter/type', 'front-matter/enum', 'front-matter/locale', 'front-matter/unknown-key', 'front-matter/variable-name', 'front-matter/missing-key',
      'placeholder-syntax', 'placeholder-undefined', 'placeholder-unused', 'placeholder-unfilled', 'suppression-unused', 'suppression-reason',
      'brevity/length', 'brevity/sentence', 'termination-reason', 'refund-as-done', 'review-response-once', 'acknowledge-before-remedy', 'no-warning-on-legal-threat',
      'data-retrieval-deadline', 'locale-support', 'locale-support/not-configured', 'neutral-tone', 'locale-parity/duplicate-id', 'locale-parity/stale', 'locale-parity/meta',
      'locale-parity/variables', 'locale-parity/elements', 'internal-error',
    ]) assert.ok(codes.has(code), `no ${code} message among: ${[...codes].join(', ')}`);
  });

  for (const loc of LOCALES) {
    it(`translates every English message into ${loc}`, () => {
      const t = translators[loc];
      const untranslated = new Set<string>();
      for (const { m, config, meta, language } of found) {
        // Tone messages of a German, Chinese or Korean reply come from its tone file, already in that language.
        if (m.ruleId === 'neutral-tone' && language !== 'en') continue;
        const out = t.message(m, config, meta);
        // The YAML parser's own error text (the argument of "YAML: {0}") has no translation.
        const yaml = /^YAML: /.exec(m.message);
        const left = yaml ? (out.startsWith('YAML: ') ? ['YAML: '] : []) : englishLeft(m.message, out);
        if (out === m.message || left.length) untranslated.add(`${m.message}${left.length ? `   [still English: ${left.join(' / ')}]` : ''}`);
      }
      assert.deepEqual([...untranslated].sort(), [], `untranslated in bundle.l10n.${loc}.json`);
    });

    it(`translates every quick-fix title the engine suggests into ${loc}`, () => {
      const titles = new Set(found.flatMap((f) => (f.m.suggestions ?? []).map((x) => x.title)));
      assert.ok(titles.size >= 6, [...titles].join(' | '));
      assert.deepEqual([...titles].filter((x) => translators[loc].translate(x) === x), [], `untranslated in bundle.l10n.${loc}.json`);
    });
  }

  it('keeps the arguments, quotes and {{placeholders}} of the English message', () => {
    const de = translators.de;
    assert.equal(de.translate('Variable "refund_amount" is declared but never used in the body: use it as {{refund_amount}} or remove the declaration.'),
      'Die Variable „refund_amount“ ist deklariert, wird im Text aber nicht verwendet: Verwenden Sie sie als {{refund_amount}} oder entfernen Sie die Deklaration.');
    assert.match(de.translate('{{agent_nme}} is not declared under "variables" in the front matter; did you mean {{agent_name}}?'), /^\{\{agent_nme\}\} .*\{\{agent_name\}\}/);
    assert.match(translators.ko.translate('"[insert link here]" is a stand-in that was never filled in: write the real text or use a declared {{variable}}.'), /^"\[insert link here\]".*\{\{variable\}\}/);
    // A free argument that is itself a bundle key or pattern is translated too.
    assert.equal(de.translate('Malformed placeholder: "{{" is not closed with "}}" on the same line.'), `Fehlerhafter Platzhalter: ${de.translate('"{{" is not closed with "}}" on the same line.')}`);
    assert.notEqual(de.translate('"{{" is not closed with "}}" on the same line.'), '"{{" is not closed with "}}" on the same line.');
    // A quoted argument is not: a variable named like a bundle key stays as written.
    assert.match(de.translate('Variable "reason" is declared but never used in the body: use it as {{reason}} or remove the declaration.'), /„reason“.*\{\{reason\}\}/);
    // Unknown text stays English.
    assert.equal(de.translate('Something the bundle has never heard of.'), 'Something the bundle has never heard of.');
  });

  it('splits keys into literal text and arguments; {{ and }} are literal', () => {
    assert.deepEqual(tokenize('{{{0}}} and {1}'), ['{{', 0, '}} and ', 1]);
    assert.deepEqual(tokenize('use a declared {{variable}}.'), ['use a declared {{variable}}.']);
    assert.deepEqual(tokenize('{{0}} is literal, {0} is not'), ['{{0}} is literal, ', 0, ' is not']);
    assert.equal(format('als {{{0}}} ({0}, {{x}})', ['name']), 'als {{name}} (name, {{x}})');
  });

  it('matches a key with arguments against a synthetic bundle: most specific first, repeated arguments, regex characters', () => {
    const t = new Translator({
      'Unknown rule "{0}" in suppression comment.': 'R:{0}',
      'Unknown rule "{0}" in suppression comment; did you mean "{1}"?': 'R:{0}->{1}',
      '{0} (a+b)* [x] {1}.': 'S:{1}|{0}',
      'Same {0} and {0} again.': 'Same:{0}',
      '{0}': 'anything',
    }, 'de');
    assert.equal(t.translate('Unknown rule "brevty" in suppression comment; did you mean "brevity"?'), 'R:brevty->brevity');
    assert.equal(t.translate('Unknown rule "x" in suppression comment.'), 'R:x');
    assert.equal(t.translate('p (a+b)* [x] q.'), 'S:q|p');
    assert.equal(t.translate('Same a and a again.'), 'Same:a');
    assert.equal(t.translate('Same a and b again.'), 'anything');
    assert.equal(t.translate('Same a and b again.'), 'anything', 'cached');
  });

  it('runs few pattern regexes per message (index by first word, prefix and suffix checks) and caches results', () => {
    const sample = [...new Set(found.map((f) => f.m.message))];
    const t = new Translator(bundle('de'), 'de');
    const patterns = Object.keys(bundle('de')).filter((k) => /\{\d+\}/.test(k.replace(/\{\{|\}\}/g, ''))).length;
    for (const s of sample) t.translate(s);
    const perMessage = t.patternRuns / sample.length;
    assert.ok(perMessage < 2, `${perMessage.toFixed(2)} regex runs per message with ${patterns} patterns`);
    const before = t.patternRuns;
    for (const s of sample) t.translate(s);
    assert.equal(t.patternRuns, before, 'a second pass is answered from the cache');
  });

  it('translates every rule description and element explanation shown on hover', () => {
    const texts = [
      ...rules.map((r) => r.description),
      ...Object.values(knowledgeFor(defaultConfig()).elements).map((e) => e.why).filter((w): w is string => !!w),
      '*Rule:* {0}', '*Why:* {0}', 'Documentation for {0}', "Not declared in the front matter's `variables`.", '*Example:* {0}', '*Optional*', '*Required*',
    ];
    assert.ok(texts.length > 40);
    for (const loc of LOCALES) {
      const b = bundle(loc);
      assert.deepEqual(texts.filter((x) => !b[x] || b[x] === x), [], `not translated in bundle.l10n.${loc}.json`);
    }
  });

  it('a server started with the German bundle publishes German placeholder and front-matter messages and German hovers', async () => {
    const client = new TestClient({ locale: 'de', l10nBundle: join(ROOT, 'l10n', 'bundle.l10n.de.json') });
    try {
      await client.initialize();
      const uri = 'file:///tmp/l10n-de.reply.md';
      client.open(uri, front(['type: belle', 'stage: warning', 'locale: en', 'business: prodct', 'legal_threat: false', ...vars('customer_name', 'agent_name')]) + 'Hello {{customer_name}},\n\nThanks.\n\n{{agent_nme}}\n');
      const diags = await client.pushedDiagnostics(uri);
      const undefinedVar = diags.find((d) => d.code === 'placeholder-undefined');
      const business = diags.find((d) => d.code === 'front-matter/enum');
      assert.ok(undefinedVar && business, JSON.stringify(diags.map((d) => d.code)));
      assert.equal(undefinedVar.message, translators.de.translate('{{agent_nme}} is not declared under "variables" in the front matter; did you mean {{agent_name}}?'));
      assert.match(undefinedVar.message, /^\{\{agent_nme\}\} ist .*\{\{agent_name\}\}/);
      assert.match(business.message, /„business“ muss „product“ oder „service“ sein, nicht „prodct“/);
      const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: undefinedVar.range.start });
      assert.ok(hover.contents.value.includes(undefinedVar.message), hover.contents.value);
      assert.match(hover.contents.value, /\*Regel:\* Jeder \{\{placeholder\}\} ist im Front-Matter-Block/);
      assert.match(hover.contents.value, /\[Dokumentation zu placeholder-undefined\]/);
      type Action = { title: string; command?: { title: string } };
      const actionsFor = (d: typeof undefinedVar): Promise<Action[]> => client.request<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } });
      const titles = (await actionsFor(undefinedVar)).map((x) => x.title);
      assert.deepEqual(titles, ['In {{agent_name}} ändern', '„agent_nme“ im Front-Matter-Block deklarieren', 'placeholder-undefined für diese Zeile deaktivieren (mit Begründung)']);
      // Without `data` (clients that drop it) the finding is found again by its published, translated message.
      assert.deepEqual((await actionsFor({ ...undefinedVar, data: undefined })).map((x) => x.title), titles);
      assert.ok((await actionsFor(business)).some((x) => x.title === 'In „product“ ändern'));
      const lenses = await client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.ok(lenses.some((l) => /^replylint refund-offer: Diese Vorlage \(warning, Typ „belle“\) muss Folgendes enthalten: ein Rückerstattungsangebot/.test(l.command.title)), JSON.stringify(lenses));
      // Line 14 is "Hello {{customer_name}},": a declared placeholder's hover.
      const declared = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri }, position: { line: 14, character: 9 } });
      assert.match(declared.contents.value, /\*\*\{\{customer_name\}\}\*\*[\s\S]*\*Beispiel:\* x[\s\S]*\*Pflicht\*/);
    } finally {
      await client.shutdown();
    }
  });

  it('a server started with the Korean bundle reports a broken config in Korean, keeping the config error itself', async () => {
    const client = new TestClient({ pull: true, locale: 'ko', l10nBundle: join(ROOT, 'l10n', 'bundle.l10n.ko.json'), workspaceFolder: join(FIXTURES, 'bad-config') });
    try {
      await client.initialize();
      const { uri, text } = fixture('bad-config/termination.reply.md');
      client.open(uri, text);
      const items = await client.pulledDiagnostics(uri);
      assert.equal(items[0].code, 'config');
      assert.match(items[0].message, /^replylint 설정을 불러올 수 없어 기본 설정을 사용했습니다: .*unknown key "rulez"/);
    } finally {
      await client.shutdown();
    }
  });
});
