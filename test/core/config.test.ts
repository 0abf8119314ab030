import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, ConfigResolver, findConfigFile, parseConfigText, type ConfigFs } from '../../server/src/config/load-config.js';
import { lint } from '../../server/src/engine/index.js';
import { template } from '../helpers.js';

const parse = (text: string) => parseConfigText(text, '/repo/.replylintrc.yaml');
function error(text: string): ConfigError {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  assert.fail('expected a ConfigError');
}

describe('config loader', () => {
  it('finds the nearest config file upward and caches folders', () => {
    const files = new Set(['/repo/.replylintrc.yaml', '/repo/a/b/.replylintrc.yml']);
    const fs: ConfigFs = { exists: (f) => files.has(f), readFile: () => '' };
    const cache = new Map<string, string | null>();
    assert.equal(findConfigFile('/repo/a/b/c', fs, cache), '/repo/a/b/.replylintrc.yml');
    assert.equal(findConfigFile('/repo/a', fs, cache), '/repo/.replylintrc.yaml');
    assert.equal(findConfigFile('/elsewhere', fs, cache), null);
    assert.equal(cache.get('/repo/a/b/c'), '/repo/a/b/.replylintrc.yml');
  });

  it('reports positioned errors with did-you-mean', () => {
    let e = error('rulez:\n  brevity: off\n');
    assert.equal(e.line, 1);
    assert.match(e.detail, /did you mean "rules"/);
    e = error('rules:\n  brevity: loud\n');
    assert.deepEqual([e.line, e.column], [2, 12]);
    e = error('phrases:\n  en:\n    refund:\n      match:\n        - "(unclosed"\n');
    assert.equal(e.line, 5);
    assert.match(e.detail, /missing "\)"/);
    e = error('rules: [\n');
    assert.match(e.detail, /^YAML:/);
    e = error('a: &a [*a]\n');
    assert.ok(e instanceof ConfigError);
    e = error('rules:\n  brevity: warning\n  brevity: error\n');
    assert.match(e.detail, /unique|duplicate/i);
  });

  it('checks rule options against what the rule reads, with positions', () => {
    // A typo would otherwise be ignored silently, and "abc" as a budget would switch brevity off (NaN).
    let e = error('rules:\n  brevity:\n    options:\n      maxWord: 200\n');
    assert.deepEqual([e.line, e.column], [4, 7]);
    assert.match(e.detail, /unknown option "maxWord" of "brevity"; did you mean "maxWords"\?/);
    e = error('rules:\n  brevity:\n    options:\n      maxWords: abc\n');
    assert.deepEqual([e.line, e.column], [4, 17]);
    assert.match(e.detail, /option "maxWords" of "brevity" must be a number above 0/);
    e = error('rules:\n  brevity:\n    options:\n      stages: { warning: -5 }\n');
    assert.match(e.detail, /"stages" of "brevity" must be a map of names to numbers above 0/);
    e = error('rules:\n  locale-parity:\n    options:\n      stale: "no"\n');
    assert.match(e.detail, /"stale" of "locale-parity" must be true or false/);
    e = error('rules:\n  neutral-tone:\n    options:\n      sensitivity: hihg\n');
    assert.deepEqual([e.line, e.column], [4, 20]);
    assert.match(e.detail, /option "sensitivity" of "neutral-tone" must be one of "standard", "high"; did you mean "high"\?/);
    e = error('rules:\n  neutral-tone:\n    options:\n      sensitivity: 2\n');
    assert.match(e.detail, /must be one of "standard", "high" \(/);
    assert.deepEqual(parse('rules:\n  neutral-tone:\n    options: { sensitivity: high }\n').base.ruleOptions['neutral-tone'], { sensitivity: 'high' });
    e = error('rules:\n  refund-offer:\n    options:\n      strict: true\n');
    assert.match(e.detail, /rule "refund-offer" takes no options/);
    e = error('rules:\n  brevity/length:\n    options: { maxWords: 100 }\n');
    assert.match(e.detail, /options belong to the rule "brevity", not to one category of it/);
    const ok = parse('rules:\n  brevity:\n    options: { maxWords: 150, stages: { warning: 120 }, maxSentenceWords: 30 }\n  locale-parity:\n    options: { sourceLocale: de, stale: false }\n');
    assert.deepEqual(ok.base.ruleOptions.brevity, { maxWords: 150, stages: { warning: 120 }, maxSentenceWords: 30 });
  });

  it('applies overrides by glob and extends phrase banks, types and the allow list', () => {
    const cfg = parse([
      'types: [reseller]',
      'rules:',
      '  brevity: off',
      'phrases:',
      '  en:',
      '    refund:',
      '      match: ["store credit"]',
      'overrides:',
      '  - files: "legal/**"',
      '    rules:',
      '      neutral-tone: error',
      'allow:',
      '  en: ["calm down"]',
    ].join('\n'));
    const resolver = new ConfigResolver();
    const plain = resolver.resolve('/repo/a.reply.md', cfg);
    const legal = resolver.resolve('/repo/legal/x.reply.md', cfg);
    assert.equal(plain.rules.brevity, 'off');
    assert.equal(plain.rules['neutral-tone'], undefined);
    assert.equal(legal.rules['neutral-tone'], 'error');
    assert.equal(resolver.resolve('/repo/b.reply.md', cfg), plain, 'cached per override set');
    const text = template({ type: 'reseller', stage: 'warning', locale: 'en' }, 'We will issue store credit for the order.');
    assert.equal(lint(text, plain).messages.filter((m) => m.ruleId === 'front-matter').length, 0, 'custom type accepted');
    const will = template({ type: 'will', stage: 'warning', locale: 'en' }, 'We will issue store credit for the order. If this continues, we will end our business relationship.');
    assert.equal(lint(will, plain).messages.filter((m) => m.ruleId === 'refund-offer').length, 0, 'extended phrase counts');
  });

  it('drops workspace-defined patterns when the workspace is not trusted', () => {
    const cfg = parseConfigText('phrases:\n  en:\n    refund:\n      match: ["store credit"]\n', '/r/.replylintrc.yaml', { trusted: false });
    assert.deepEqual(cfg.base.phrases, {});
  });
});

describe('configured locales', () => {
  it('reports a template outside the team locales, and accepts regional tags of a listed language', () => {
    const cfg = parseConfigText('locales: [en, de]\n', '/repo/.replylintrc.yaml');
    const config = new ConfigResolver().resolve('/repo/a.reply.md', cfg);
    const ko = template({ type: 'generic', locale: 'ko' }, '문의해 주셔서 감사합니다.');
    const found = lint(ko, config).messages.filter((m) => m.ruleId === 'locale-support');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'warning');
    assert.match(found[0].message, /not one of this team's locales \(en, de/);
    const deAt = template({ type: 'generic', locale: 'de-AT' }, 'Vielen Dank für Ihre Nachricht.');
    assert.deepEqual(lint(deAt, config).messages.filter((m) => m.ruleId === 'locale-support'), []);
  });
});
