// Engine edges that Chinese (and other CJK) templates hit: a closing formula set apart from the
// name in the sign-off, full-width stand-ins typed with an input method, and capitals written
// right next to CJK characters (no word spaces).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applySuggestion, assertClean, assertReports, spanOf, template } from '../helpers.js';

describe('insert suggestions go before the whole sign-off', () => {
  it('skips a closing formula paragraph (此致/敬礼, Mit freundlichen Grüßen) before the name', () => {
    const cases: [string, string, string][] = [
      ['zh', '尊敬的{{customer_name}}：\n\n您好。如果这种情况继续，我们将终止合作。\n\n此致\n敬礼\n\n{{agent_name}}', '此致'],
      ['de', 'Sehr geehrte Frau {{customer_name}},\n\nsollte sich das wiederholen, beenden wir die Geschäftsbeziehung.\n\nMit freundlichen Grüßen\n\n{{agent_name}}', 'Mit freundlichen'],
    ];
    for (const [locale, body, closing] of cases) {
      const text = template({ type: 'belle', stage: 'warning', locale }, body);
      const [m] = assertReports(text, 'refund-offer', 1);
      const fixed = applySuggestion(text, m);
      const inserted = m.suggestions?.[0].edits[0].text.trim() ?? '';
      assert.ok(inserted.length > 0);
      assert.ok(fixed.indexOf(inserted) < fixed.indexOf(closing), `${locale}: inserted before "${closing}"`);
      assert.ok(fixed.includes(inserted + '\n\n' + closing), `${locale}: as its own paragraph`);
      assertClean(fixed, 'refund-offer');
    }
  });

  it('keeps inserting after a short paragraph that is a sentence', () => {
    const text = template({ type: 'belle', stage: 'warning', locale: 'en' },
      'Hello {{customer_name}},\n\nIf this continues, we will end our business relationship.\n\nThanks again.\n\nKind regards,\n{{agent_name}}');
    const [m] = assertReports(text, 'refund-offer', 1);
    const fixed = applySuggestion(text, m);
    assert.ok(fixed.indexOf('Thanks again.') < fixed.indexOf(m.suggestions?.[0].edits[0].text.trim() ?? '?'));
  });
});

describe('full-width stand-ins and capitals next to CJK characters', () => {
  it('ＴＯＤＯ and ［链接］ are unfilled stand-ins (not shouting), reported on the original characters', () => {
    const text = template({ type: 'generic', locale: 'zh' }, '请参阅文档 ［链接］。ＴＯＤＯ：补充退款金额。');
    const found = assertReports(text, 'placeholder-unfilled', 2);
    assert.deepEqual(found.map((m) => spanOf(text, m)), ['［链接］', 'ＴＯＤＯ']);
    assertClean(text, 'neutral-tone');
  });

  it('capitals written right next to Chinese characters are shouting; acronyms are not', () => {
    const text = template({ type: 'generic', locale: 'zh' }, '请注意：您NEVER再这样做。');
    // The statistical tone hint (neutral-tone/score) may add a document-level note; count the words.
    const found = assertReports(text, 'neutral-tone').filter((x) => x.subId !== 'score');
    assert.equal(found.length, 1);
    assert.equal(spanOf(text, found[0]), 'NEVER');
    assertClean(template({ type: 'generic', locale: 'zh' }, '请参阅FAQ中的说明，或下载PDF文件。'), 'neutral-tone');
    // A capital run inside a Latin word is still not a word of its own.
    assertClean(template({ type: 'generic', locale: 'zh' }, '请使用 macOSNEVERx 版本。'), 'neutral-tone');
  });
});

describe('a missing acknowledgement is inserted after the Chinese 您好 opener', () => {
  const BODY_TAIL = '我们将在{{fix_date}}发布修复版本。能否请您在更新后确认一下？\n\n此致\n敬礼\n\n{{agent_name}}';
  for (const [name, opener, expected] of [
    ['inline', '您好。', '您好。感谢您告知我们这一情况，给您带来的困扰我们深表歉意。\n\n我们将在'],
    ['on its own line', '您好！\n\n', '您好！\n\n感谢您告知我们这一情况，给您带来的困扰我们深表歉意。\n\n我们将在'],
  ] as const) {
    it(`${name}: stays after 您好 and before the remedy`, () => {
      const text = template({ type: 'angry', stage: 'complaint-response', locale: 'zh' }, '尊敬的{{customer_name}}：\n\n' + opener + BODY_TAIL);
      const [m] = assertReports(text, 'acknowledge-before-remedy', 1);
      const fixed = applySuggestion(text, m);
      assert.ok(fixed.includes('尊敬的{{customer_name}}：\n\n' + expected), fixed);
      assertClean(fixed, 'acknowledge-before-remedy');
    });
  }
});
