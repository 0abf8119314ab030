// The statistical layer (neutral-tone/score): shipped weights, determinism, span attribution,
// severity and configuration, and no hint on polite support replies in any first-class language.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, lint, parse } from '../../server/src/engine/index.js';
import { featureIndices, featureSpec, forEachFeature, modelLanguages, scoreText, topSpans } from '../../server/src/engine/tone/model.js';
import { TONE_MODELS } from '../../server/src/engine/tone/model-weights.js';
import { template } from '../helpers.js';

const scoreHints = (text: string, config = defaultConfig()) =>
  lint(text, { ...config, only: ['neutral-tone'] }).messages.filter((m) => (m.data as { category: string } | undefined)?.category === 'score');

// Written for this test (not from any corpus): clearly hostile, no lexicon needed for the score.
const HOSTILE: Record<string, string> = {
  en: 'you are a pathetic bitch, fuck off you stupid ass hoe',
  de: 'Dieses dumme Pack von Idioten gehört weggesperrt, ihr seid Abschaum und Dreck',
  zh: '恶心，这种垃圾人就是素质低，没教养的骗子，滚',
  ko: '진짜 한심하다 ㅉㅉ 못생긴 것들이 어디서 설치냐 쓰레기들',
};

// Polite replies written for this test: none may get a score hint.
const POLITE: Record<string, string[]> = {
  en: [
    'Thank you for your patience. We have refunded the full amount to your card; it should appear within five business days.',
    'We are sorry the parcel arrived late. If anything else comes up, just reply to this email and we will help.',
    'If this continues, we will end our business relationship. We would much rather keep working with you.',
  ],
  de: [
    'Vielen Dank für Ihre Geduld. Wir haben Ihnen den vollen Betrag erstattet; er sollte in fünf Werktagen auf Ihrem Konto sein.',
    'Es tut uns leid, dass das Paket zu spät ankam. Wenn Sie noch Fragen haben, antworten Sie einfach auf diese E-Mail.',
    'Sollte sich das wiederholen, werden wir die Geschäftsbeziehung beenden.',
  ],
  zh: [
    '感谢您的耐心等待。我们已将全部款项退还至您的银行卡，预计五个工作日内到账。',
    '很抱歉包裹延迟送达。如有其他问题，请直接回复此邮件，我们会尽快帮您处理。',
    '感谢你们的耐心，您的订单已发货。',
  ],
  ko: [
    '기다려 주셔서 감사합니다. 결제하신 금액 전액을 카드로 환불해 드렸으며, 영업일 기준 5일 이내에 확인하실 수 있습니다.',
    '배송이 늦어져 죄송합니다. 다른 문의 사항이 있으시면 이 메일에 회신해 주세요.',
    '이러한 행위가 계속될 경우 거래를 종료하겠습니다.',
  ],
};

// Blunt, not abusive (written for this test): between the two operating points of the shipped
// models, so only `sensitivity: high` (the default in reply templates) reports them. After a
// retrain, pick texts whose score lies between the language's `thresholdHigh` and `threshold` again.
const BLUNT: Record<string, string> = {
  en: 'Have you actually tried restarting it before writing in?',
  de: 'Was soll das denn jetzt schon wieder?',
  zh: '这种情况我们也没办法。',
  ko: '그건 저희도 어쩔 수 없습니다.',
};
const withSensitivity = (lang: string, sensitivity: string) => ({ ...defaultConfig(), defaultLocale: lang, ruleOptions: { 'neutral-tone': { sensitivity } } });
const high = (lang: string) => withSensitivity(lang, 'high');

describe('tone model', () => {
  it('ships a model for en, de, zh and ko, under 300 KB in total', () => {
    assert.deepEqual(modelLanguages().sort(), ['de', 'en', 'ko', 'zh']);
    const size = statSync(join(__dirname, '../../server/src/engine/tone/model-weights.ts')).size;
    assert.ok(size < 300 * 1024, `${size} bytes`);
  });
  it('each shipped model has one weight per feature bucket of its language (else: retrain with npm run train:tone)', () => {
    for (const [lang, m] of Object.entries(TONE_MODELS)) {
      assert.equal(Buffer.from(m.weights, 'base64').length, 1 << featureSpec(lang).bits, lang);
    }
  });
  it('Korean jamo trigrams: inflected forms of one stem share features that character bigrams miss', () => {
    // 닥쳐 and 닥치라고 share no character bigram (닥쳐 vs 닥치, 치라, 라고) but the jamo ㄷㅏㄱ, ㅏㄱㅊ.
    const ko = featureSpec('ko');
    assert.ok(ko.jamoTrigrams);
    const shared = (a: string, b: string, spec = ko) => {
      const fa = new Set<number>();
      forEachFeature(a, spec, (i) => { fa.add(i); });
      let n = 0;
      forEachFeature(b, spec, (i) => { if (fa.has(i)) n++; });
      return n;
    };
    const plain = { ...ko, jamoTrigrams: false };
    assert.equal(shared('닥쳐', '닥치라고', plain), 0);
    assert.ok(shared('닥쳐', '닥치라고') >= 2, 'ㄷㅏㄱ and ㅏㄱㅊ shared through the jamo view');
    assert.ok(shared('먹었다', '먹었어') > shared('먹었다', '먹었어', plain));
    assert.deepEqual(featureIndices('먹었다', 'ko'), featureIndices('먹었다', 'ko'), 'deterministic');
  });
  it('every feature spans characters inside the text, also for jamo of mixed Hangul, Latin and emoji', () => {
    const text = '고객님 ok 👍 환불은 안 돼요, 알았어?';
    for (const lang of ['en', 'de', 'zh', 'ko']) {
      const spec = featureSpec(lang);
      forEachFeature(text, spec, (idx, start, end) => {
        assert.ok(idx >= 0 && idx < 1 << spec.bits, `${lang} index ${idx}`);
        assert.ok(start >= 0 && start < end && end <= text.length, `${lang} [${start}, ${end})`);
      });
    }
  });
  it('has no model for other languages (no hint, no crash)', () => {
    assert.equal(scoreText('vous êtes vraiment nul', 'fr'), null);
    assert.equal(scoreText('', 'en'), null);
  });
  for (const [lang, text] of Object.entries(HOSTILE)) {
    it(`${lang}: a hostile text gets one info-level score hint naming its strongest words`, () => {
      const doc = parse(text, { ...defaultConfig(), defaultLocale: lang });
      const s = scoreText(doc.prose.text, lang);
      assert.ok(s && s.hostile, `score ${s?.score} < ${s?.threshold}`);
      assert.deepEqual(scoreText(doc.prose.text, lang), s, 'deterministic');
      const hints = scoreHints(text, { ...defaultConfig(), defaultLocale: lang });
      assert.equal(hints.length, 1);
      const h = hints[0];
      assert.equal(h.severity, 'info');
      assert.match(h.message, /\(neutral-tone\/score\)$/);
      const spans = (h.data as { spans: { range: [number, number]; text: string }[] }).spans;
      assert.ok(spans.length > 0 && spans.length <= 3);
      for (const sp of spans) assert.equal(text.slice(sp.range[0], sp.range[1]), sp.text);
      assert.deepEqual(h.range, spans[0].range);
      assert.deepEqual(topSpans(doc.prose, lang).map((x) => x.range), spans.map((x) => x.range));
    });
  }
  it('the hint can be configured like any sub-id (off, or another severity)', () => {
    const off = { ...defaultConfig(), defaultLocale: 'en', rules: { 'neutral-tone/score': 'off' as const } };
    assert.equal(scoreHints(HOSTILE.en, off).length, 0);
    const warn = { ...defaultConfig(), defaultLocale: 'en', rules: { 'neutral-tone/score': 'warning' as const } };
    assert.equal(scoreHints(HOSTILE.en, warn)[0]?.severity, 'warning');
  });
  for (const [lang, texts] of Object.entries(POLITE)) {
    it(`${lang}: polite support replies get no score hint (plain text and templates, either sensitivity)`, () => {
      for (const t of texts) {
        assert.deepEqual(scoreHints(t, { ...defaultConfig(), defaultLocale: lang }).map((m) => m.message), [], t);
        assert.deepEqual(scoreHints(template({ type: 'generic', locale: lang }, t)).map((m) => m.message), [], t);
        assert.deepEqual(scoreHints(t, high(lang)).map((m) => m.message), [], `${t} (sensitivity: high)`);
        assert.deepEqual(scoreHints(template({ type: 'generic', locale: lang }, t), withSensitivity(lang, 'standard')).map((m) => m.message), [], `${t} (standard)`);
      }
    });
  }
  it('every shipped model has a second, lower operating point for sensitivity: high', () => {
    for (const [lang, m] of Object.entries(TONE_MODELS)) {
      assert.ok(m.thresholdHigh !== undefined && m.thresholdHigh < m.threshold, `${lang}: ${m.thresholdHigh} vs ${m.threshold}`);
      assert.equal(scoreText('thank you', lang, 'high')?.threshold, m.thresholdHigh);
      assert.equal(scoreText('thank you', lang)?.threshold, m.threshold);
    }
  });
  for (const [lang, text] of Object.entries(BLUNT)) {
    it(`${lang}: sensitivity high (the template default) also reports blunt wording that standard lets pass`, () => {
      // Plain text: standard unless configured.
      assert.deepEqual(scoreHints(text, { ...defaultConfig(), defaultLocale: lang }), [], text);
      const hints = scoreHints(text, high(lang));
      assert.equal(hints.length, 1, text);
      const data = hints[0].data as { sensitivity: string; threshold: number; score: number };
      assert.equal(data.sensitivity, 'high');
      assert.equal(data.threshold, TONE_MODELS[lang].thresholdHigh);
      assert.ok(data.score >= data.threshold && data.score < TONE_MODELS[lang].threshold);
      // Reply templates: high unless configured.
      const reply = template({ type: 'generic', locale: lang }, text);
      assert.equal((scoreHints(reply)[0]?.data as { sensitivity?: string } | undefined)?.sensitivity, 'high', text);
      assert.deepEqual(scoreHints(reply, withSensitivity(lang, 'standard')), []);
    });
  }
});
