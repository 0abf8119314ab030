// data-retrieval-deadline wants a date, not just "will be deleted" (issue 2: "by what date").
import { describe, it } from 'node:test';
import { assertClean, assertReports, spanOf, template } from '../helpers.js';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../server/src/engine/index.js';

const CASES: Record<string, { refund: string; exportLine: string; undated: string; dated: string; previous: string; spelled: string }> = {
  en: {
    refund: 'We have refunded {{refund_amount}} in full.',
    exportLine: 'You can download all of your data from {{export_url}}.',
    undated: 'Your data will then be permanently deleted.',
    dated: 'Your data will be permanently deleted on {{deletion_date}}.',
    previous: 'Your account stays open until {{deletion_date}}. After that date, the data is permanently deleted.',
    spelled: 'Your data will be permanently deleted at the end of next month.',
  },
  de: {
    refund: 'Den Betrag von {{refund_amount}} haben wir Ihnen bereits vollständig erstattet.',
    exportLine: 'Unter {{export_url}} können Sie alle Ihre Daten exportieren.',
    undated: 'Danach werden Ihre Daten endgültig gelöscht.',
    dated: 'Am {{deletion_date}} werden Ihre Daten endgültig gelöscht.',
    previous: 'Ihr Konto bleibt bis zum {{deletion_date}} bestehen. Danach werden Ihre Daten endgültig gelöscht.',
    spelled: 'Nach Ablauf von dreißig Tagen werden Ihre Daten endgültig gelöscht.',
  },
  zh: {
    refund: '我们已为您全额退款{{refund_amount}}。',
    exportLine: '您可以通过{{export_url}}导出全部数据。',
    undated: '之后您的数据将被永久删除。',
    dated: '您的数据将于{{deletion_date}}被永久删除。',
    previous: '您的账户将保留至{{deletion_date}}。届时您的数据将被永久删除。',
    spelled: '下个月底，您的数据将被永久删除。',
  },
  ko: {
    refund: '{{refund_amount}} 전액을 이미 환불해 드렸습니다.',
    exportLine: '{{export_url}}에서 모든 데이터를 내려받으실 수 있습니다.',
    undated: '이후 고객님의 데이터는 영구적으로 삭제됩니다.',
    dated: '고객님의 데이터는 {{deletion_date}}에 영구적으로 삭제됩니다.',
    previous: '계정은 {{deletion_date}}까지 유지됩니다. 그 이후 데이터는 영구적으로 삭제됩니다.',
    spelled: '일주일 후 고객님의 데이터는 영구적으로 삭제됩니다.',
  },
};

describe('data-retrieval-deadline needs a date', () => {
  for (const [locale, c] of Object.entries(CASES)) {
    const spec = { type: 'generic', stage: 'walk-away', locale, business: 'service' as const };
    it(`${locale}: deletion without a date is reported on the deletion words`, () => {
      const text = template(spec, `${c.refund}\n\n${c.exportLine} ${c.undated}\n`);
      const [m] = assertReports(text, 'data-retrieval-deadline', 1);
      assert.match(m.message, /not by what date/);
      assert.ok(c.undated.includes(spanOf(text, m).slice(0, 2)) || spanOf(text, m).length > 0);
    });
    it(`${locale}: a dated deletion, or a date in the sentence before, is fine`, () => {
      assertClean(template(spec, `${c.refund}\n\n${c.exportLine} ${c.dated}\n`), 'data-retrieval-deadline');
      assertClean(template(spec, `${c.refund}\n\n${c.exportLine} ${c.previous}\n`), 'data-retrieval-deadline');
    });
    it(`${locale}: a spelled-out date or period (the phrase bank's date set) is a date too`, () => {
      assertClean(template(spec, `${c.refund}\n\n${c.exportLine} ${c.spelled}\n`), 'data-retrieval-deadline');
    });
  }
});

it('a team extends the date words in .replylintrc.yaml like any phrase set', () => {
  const spec = { type: 'generic', stage: 'walk-away', locale: 'en', business: 'service' as const };
  const c = CASES.en;
  const text = template(spec, `${c.refund}\n\n${c.exportLine} Your data will be permanently deleted at the close of the term.\n`);
  assertReports(text, 'data-retrieval-deadline', 1);
  const config = { ...defaultConfig(), phrases: { en: { date: { match: ['close of the term'] } } } };
  assertClean(text, 'data-retrieval-deadline', config);
});
