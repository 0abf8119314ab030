// Table tests in Korean (ko) for every rule that applies to Korean text: valid and invalid cases,
// exact spans, insert suggestions that satisfy their element, spacing variants, 합니다체 and 해요체,
// negations, suppressions with a Korean reason, brevity counted in words (Intl.Segmenter), and
// the Korean template library (lint-clean, renders, parity with English).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkParity, defaultConfig, elementHits, Knowledge, lint, parse, ruleMap, rules } from '../../server/src/engine/index.js';
import data from '../../server/src/engine/data/generated.js';
import { applySuggestion, assertClean, assertReports, messagesOf, spanOf, template, type TemplateSpec, assertLibraryTemplate, libraryFiles, LIBRARY_TEMPLATES } from '../helpers.js';

const GREET = '{{customer_name}} 님, 안녕하십니까.\n\n';
const SIGN = '\n\n감사합니다.\n{{agent_name}} 드림';
const ko = (spec: TemplateSpec, body: string): string => template({ ...spec, locale: 'ko' }, body);
const tested = new Set<string>();
const covers = (id: string): void => void tested.add(id);

const knowledge = new Knowledge(defaultConfig());
/** Elements the Korean phrase bank finds in `body`. */
const elementsIn = (body: string): Set<string> => new Set(elementHits(parse(`---\nlocale: ko\n---\n${body}\n`), knowledge).keys());

/** A required-element rule: clean with `good`, one document-level finding for `element` with `bad`. */
interface ElementCase {
  rule: string;
  spec: TemplateSpec;
  element: string;
  good: string;
  bad: string;
  /** A template of another type/stage where the rule does not apply (bad body stays clean). */
  notApplicable?: TemplateSpec;
}

const elementCases: ElementCase[] = [
  { rule: 'acknowledgement-timeframe', spec: { type: 'angry', stage: 'acknowledgement' }, element: 'response-time',
    good: GREET + '보내 주신 메시지를 잘 받았습니다. 담당자가 영업일 기준 1일 이내에 답변드리겠습니다.',
    bad: GREET + '보내 주신 메시지를 잘 받았습니다. 최대한 빨리 답변드리겠습니다.',
    notApplicable: { type: 'angry', stage: 'complaint-response' } },
  { rule: 'acknowledgement-timeframe', spec: { type: 'angry', stage: 'acknowledgement' }, element: 'acknowledge',
    good: GREET + '문의해 주셔서 감사합니다. 담당자가 {{response_time}} 이내에 답변드리겠습니다.',
    bad: GREET + '담당자가 {{response_time}} 이내에 답변드리겠습니다.' },
  { rule: 'acknowledge-before-remedy', spec: { type: 'angry', stage: 'complaint-response' }, element: 'acknowledge',
    good: GREET + '알려 주셔서 감사합니다. {{fix_date}}에 수정 버전을 배포하겠습니다. 오류 화면을 보내 주시겠습니까?' + SIGN,
    bad: GREET + '{{fix_date}}에 수정 버전을 배포하겠습니다. 오류 화면을 보내 주시겠습니까?' + SIGN,
    notApplicable: { type: 'angry', stage: 'acknowledgement' } },
  { rule: 'acknowledge-before-remedy', spec: { type: 'angry', stage: 'complaint-response' }, element: 'remedy',
    good: GREET + '불편을 드려 죄송합니다. 임시 해결책은 다음과 같습니다: {{remedy}}.' + SIGN,
    bad: GREET + '불편을 드려 죄송합니다. 말씀하신 내용을 잘 받았습니다.' + SIGN },
  { rule: 'cooperation-request', spec: { type: 'angry', stage: 'complaint-response' }, element: 'cooperation',
    good: GREET + '알려 주셔서 감사합니다. {{fix_date}}에 수정 버전을 배포하겠습니다. 오류 화면을 캡처해 보내 주시겠습니까?' + SIGN,
    bad: GREET + '알려 주셔서 감사합니다. {{fix_date}}에 수정 버전을 배포하겠습니다.' + SIGN,
    notApplicable: { type: 'angry', stage: 'acknowledgement' } },
  { rule: 'data-retrieval-deadline', spec: { type: 'belle', stage: 'walk-away', business: 'service' }, element: 'data-deletion',
    good: GREET + '{{refund_amount}} 환불을 완료했습니다. {{export_url}}에서 모든 데이터를 내려받으실 수 있습니다. {{deletion_date}} 이후에는 데이터가 영구적으로 삭제됩니다.' + SIGN,
    bad: GREET + '{{refund_amount}} 환불을 완료했습니다. {{export_url}}에서 모든 데이터를 내려받으실 수 있습니다.' + SIGN,
    notApplicable: { type: 'belle', stage: 'walk-away', business: 'product' } },
  { rule: 'data-retrieval-deadline', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'data-export',
    good: GREET + '{{deletion_date}}까지 {{export_url}}에서 모든 데이터를 내려받으실 수 있습니다. 그 뒤에는 데이터가 영구적으로 삭제됩니다.' + SIGN,
    bad: GREET + '해지 이후에는 데이터를 내려받으실 수 없습니다. {{deletion_date}}에 데이터가 영구적으로 삭제됩니다.' + SIGN },
  { rule: 'docs-link', spec: { type: 'will', stage: 'warning' }, element: 'docs-link',
    good: GREET + '이 설정 방법은 설명서에 자세히 나와 있습니다: {{docs_url}}' + SIGN,
    bad: GREET + '다시 문의하시기 전에 설명서를 참고해 주십시오.' + SIGN,
    notApplicable: { type: 'belle', stage: 'warning' } },
  { rule: 'good-wishes', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'good-wishes',
    good: GREET + '구독을 종료합니다. 새로 선택하실 서비스에서는 좋은 일만 있으시기를 바랍니다.' + SIGN,
    bad: GREET + '구독을 종료합니다. 그럼 이만 줄이겠습니다.' + SIGN,
    notApplicable: { type: 'belle', stage: 'termination' } },
  { rule: 'incidents-cited', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'incidents',
    good: GREET + '저희가 검토한 사례로는 {{incident_examples}} 등이 있습니다.' + SIGN,
    bad: GREET + '고객님의 계정에 대해 최종 결정을 내렸습니다.' + SIGN,
    notApplicable: { type: 'xavier', stage: 'termination' } },
  { rule: 'lawyer-redirect', spec: { type: 'xavier', stage: 'termination', legal_threat: true }, element: 'lawyer-redirect',
    good: GREET + '이 건과 관련된 향후 모든 연락은 당사의 법률 대리인({{lawyer_contact}})이 담당합니다.' + SIGN,
    bad: GREET + '추가 문의 사항은 고객지원팀으로 연락해 주십시오.' + SIGN,
    notApplicable: { type: 'xavier', stage: 'termination', legal_threat: false } },
  { rule: 'poor-fit-alternatives', spec: { type: 'will', stage: 'termination' }, element: 'alternatives',
    good: GREET + '저희 플러그인이 고객님께 맞지 않았던 점 사과드립니다. 대안으로 {{alternative_product}} 제품을 검토해 보시기를 권해 드립니다.' + SIGN,
    bad: GREET + '저희 플러그인이 고객님께 맞지 않았던 점 사과드립니다.' + SIGN,
    notApplicable: { type: 'will', stage: 'warning' } },
  { rule: 'poor-fit-alternatives', spec: { type: 'will', stage: 'termination' }, element: 'apology-fit',
    good: GREET + '필요하신 기능을 제공해 드리지 못해 죄송합니다. {{alternative_product}} 같은 다른 플러그인이 더 잘 맞을 수 있습니다.' + SIGN,
    bad: GREET + '연락해 주셔서 감사합니다. {{alternative_product}} 같은 다른 플러그인이 더 잘 맞을 수 있습니다.' + SIGN },
  { rule: 'refund-offer', spec: { type: 'belle', stage: 'warning' }, element: 'refund',
    good: GREET + '이러한 표현이 계속되면 거래를 종료하고 구매 금액을 전액 환불해 드리겠습니다.' + SIGN,
    bad: GREET + '이러한 표현이 계속되면 거래를 종료합니다. 이 상품은 환불이 불가능합니다.' + SIGN,
    notApplicable: { type: 'angry', stage: 'complaint-response' } },
  { rule: 'refund-as-done', spec: { type: 'belle', stage: 'termination' }, element: 'refund-issued',
    good: GREET + '구매 금액 {{refund_amount}} 전액을 원래 결제 수단으로 환불해 드렸습니다.' + SIGN,
    bad: GREET + '{{refund_amount}} 환불이 가능합니다.' + SIGN,
    notApplicable: { type: 'belle', stage: 'warning' } },
  { rule: 'review-revision-request', spec: { type: 'angry', stage: 'review-revision' }, element: 'revise-review',
    good: GREET + '이 문제는 {{fix_version}} 버전에서 해결되었습니다. 리뷰를 수정해 주실 수 있을지 정중히 부탁드립니다.' + SIGN,
    bad: GREET + '이 문제는 {{fix_version}} 버전에서 해결되었습니다. 리뷰를 남겨 주셔서 감사합니다.' + SIGN,
    notApplicable: { type: 'angry', stage: 'complaint-response' } },
  { rule: 'review-revision-request', spec: { type: 'angry', stage: 'review-revision' }, element: 'problem-solved',
    good: GREET + '결제 오류를 수정했습니다. 괜찮으시다면 남겨 주신 후기를 업데이트해 주시기 바랍니다.' + SIGN,
    bad: GREET + '문제를 아직 살펴보고 있습니다. 괜찮으시다면 남겨 주신 후기를 업데이트해 주시기 바랍니다.' + SIGN },
  { rule: 'termination-reason', spec: { type: 'belle', stage: 'termination' }, element: 'reason',
    good: GREET + '저희 직원을 향한 반복된 폭언 때문에 거래를 종료합니다.' + SIGN,
    bad: GREET + '이것이 이 건에 대한 최종 답변입니다.' + SIGN,
    notApplicable: { type: 'belle', stage: 'warning' } },
  { rule: 'warning-consequence', spec: { type: 'belle', stage: 'warning' }, element: 'consequence',
    good: GREET + '이러한 표현이 계속되면 거래를 종료하고 전액 환불해 드리겠습니다.' + SIGN,
    bad: GREET + '원하시면 구매 금액을 환불해 드릴 수 있습니다.' + SIGN,
    notApplicable: { type: 'belle', stage: 'termination' } },
  { rule: 'authority-sign-off', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'authority',
    good: GREET + '구독을 종료합니다.\n\n경영진을 대표하여\n최고운영책임자 정윤호 드림',
    bad: GREET + '구독을 종료합니다.\n\n고객지원팀 드림',
    notApplicable: { type: 'belle', stage: 'termination' } },
];

describe('required-element rules (ko)', () => {
  for (const c of elementCases) {
    describe(`${c.rule} (${c.element})`, () => {
      covers(c.rule);
      it('is satisfied by natural Korean wording', () => assertClean(ko(c.spec, c.good), c.rule));
      it(`reports the missing ${c.element} once, document-level on the stage line`, () => {
        const text = ko(c.spec, c.bad);
        const [m] = assertReports(text, c.rule, 1);
        assert.equal(m.documentLevel, true);
        assert.equal(m.data?.element, c.element);
        assert.match(spanOf(text, m), /^stage: /);
      });
      it('insert suggestion round-trip: the inserted Korean sentence satisfies the element', () => {
        const text = ko(c.spec, c.bad);
        const [m] = messagesOf(text, c.rule);
        const fixed = applySuggestion(text, m);
        const insert = knowledge.phraseSet('ko', c.element)?.insert;
        assert.ok(insert && fixed.includes(insert.split('\n')[0]), 'the Korean insert text was used');
        assert.deepEqual(messagesOf(fixed, c.rule).filter((x) => x.data?.element === c.element).map((x) => x.message), []);
      });
      if (c.notApplicable) {
        it('does not apply to other types or stages', () => assertClean(ko(c.notApplicable!, c.bad), c.rule));
      }
      it('does not run without front matter', () => assertClean(c.bad, c.rule));
    });
  }
});

describe('phrase bank (ko)', () => {
  const bank = data.phrases.ko.elements;

  it('has every element of the English bank, plus unfilled', () => {
    const en = Object.keys(data.phrases.en.elements);
    for (const el of en) assert.ok(bank[el], `ko lacks element "${el}"`);
    assert.ok(bank.unfilled, 'ko has the unfilled element');
  });

  it('every insert is a 합니다체 sentence that satisfies its own element, with en variable names', () => {
    for (const [el, set] of Object.entries(bank)) {
      if (!set.insert) continue;
      assert.ok(elementsIn(set.insert).has(el), `insert of ${el} should satisfy ${el}: ${set.insert}`);
      assert.ok(!/(해요|세요|어요|아요|예요|이야|했어|한다)[.!?]?$/.test(set.insert.trim()), `insert of ${el} is not 합니다체: ${set.insert}`);
      const enInsert = data.phrases.en.elements[el]?.insert;
      const names = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((x) => x[1]).sort();
      if (enInsert) assert.deepEqual(names(set.insert), names(enInsert), `insert of ${el} uses the same variables as en`);
    }
  });

  it('spacing variants: the same element with and without spaces between Hangul words', () => {
    const pairs: [string, string[]][] = [
      ['refund-issued', ['환불해 드렸습니다.', '환불해드렸습니다.', '환불 해드렸습니다.', '환불되었습니다.', '환불 처리가 완료되었습니다.', '환불처리가 완료되었습니다.']],
      ['refund', ['결제 취소를 도와드리겠습니다.', '결제취소를 도와드리겠습니다.']],
      ['lawyer-redirect', ['향후 모든 연락은 법률 대리인이 담당합니다.', '향후 모든 연락은 법률대리인이 담당합니다.']],
      ['response-time', ['영업일 기준 1일 이내에 답변드리겠습니다.', '영업일기준 1일이내에 답변드리겠습니다.']],
      ['acknowledge', ['메시지를 잘 받았습니다.', '메시지를 잘받았습니다.']],
      ['data-deletion', ['데이터는 영구 삭제됩니다.', '데이터는 영구삭제됩니다.']],
      ['good-wishes', ['좋은 일이 있으시기를 바랍니다.', '좋은일이 있으시기를 바랍니다.']],
    ];
    for (const [el, texts] of pairs) for (const t of texts) assert.ok(elementsIn(t).has(el), `"${t}" should satisfy ${el}`);
  });

  it('해요체 counts as well as 합니다체', () => {
    const cases: [string, string][] = [
      ['refund-issued', '전액 환불해 드렸어요.'],
      ['refund-asked', '환불을 원하시면 알려 주세요.'],
      ['acknowledge', '불편을 드려 정말 죄송해요.'],
      ['cooperation', '오류 화면을 캡처해서 보내 주실 수 있을까요?'],
      ['response-time', '하루 안에 답변드릴게요.'],
      ['problem-solved', '이제 제대로 작동해요.'],
      ['revise-review', '리뷰를 수정해 주실 수 있을까요?'],
      ['consequence', '이런 말씀이 계속되면 거래를 끝낼 수밖에 없어요.'],
    ];
    for (const [el, t] of cases) assert.ok(elementsIn(t).has(el), `"${t}" should satisfy ${el}`);
  });

  it('negations do not count: refund refused, data not exportable, problem not solved', () => {
    const cases: [string, string][] = [
      ['refund', '이 상품은 환불이 불가능합니다.'],
      ['refund', '죄송하지만 환불해 드릴 수 없습니다.'],
      ['refund', '해당 결제는 환불되지 않습니다.'],
      ['refund', '이 요금제는 환불 대상이 아닙니다.'],
      ['refund-issued', '아직 환불되지 않았습니다.'],
      ['refund-issued', '환불 요청이 접수되었습니다.'],
      ['data-export', '해지 이후에는 데이터를 내려받으실 수 없습니다.'],
      ['problem-solved', '아직 해결되지 않았습니다.'],
    ];
    for (const [el, t] of cases) assert.ok(!elementsIn(t).has(el), `"${t}" should not satisfy ${el}`);
  });
});

describe('rule-specific behaviour (ko)', () => {
  it('refund-as-done: asking whether they want the refund is reported on the exact words, and the suggestion states it as done', () => {
    const spec: TemplateSpec = { type: 'belle', stage: 'termination' };
    const text = ko(spec, GREET + '고객님의 반복된 폭언 때문에 거래를 종료합니다. 환불을 원하시면 알려 주세요.' + SIGN);
    const [m] = assertReports(text, 'refund-as-done', 1);
    assert.equal(spanOf(text, m), '환불을 원하시면 알려 주세요');
    const fixed = applySuggestion(text, m);
    assert.match(fixed, /거래를 종료합니다\. 결제하신 \{\{refund_amount\}\} 전액을 원래 결제 수단으로 이미 환불해 드렸으며, 별도로 하실 일은 없습니다\.\n/);
    assertClean(fixed, 'refund-as-done');
    // A question mark after the ask is replaced too, so the statement does not end in ".?".
    const q = ko(spec, GREET + '고객님의 반복된 폭언 때문에 거래를 종료합니다. 환불을 원하십니까?' + SIGN);
    const qFixed = applySuggestion(q, assertReports(q, 'refund-as-done', 1)[0]);
    assert.match(qFixed, /하실 일은 없습니다\.\n/);
    assert.ok(!/[.][?]|[.]{2}/.test(qFixed), qFixed);
    for (const ask of ['전액 환불해 드릴까요?', '환불을 원하십니까?', '환불 여부를 회신해 주시기 바랍니다.']) {
      const t = ko(spec, GREET + '고객님의 반복된 폭언 때문에 거래를 종료합니다. ' + ask + SIGN);
      const [x] = assertReports(t, 'refund-as-done', 1);
      assert.ok(ask.includes(spanOf(t, x)) && spanOf(t, x).startsWith('환불'), `span ${spanOf(t, x)} is in "${ask}"`);
    }
    // In a warning, offering the refund is right: nothing to report.
    assertClean(ko({ type: 'belle', stage: 'warning' }, GREET + '환불을 원하시면 알려 주세요.' + SIGN), 'refund-as-done');
  });

  it('termination-reason: a vague 결정했습니다 is reported on its words', () => {
    const text = ko({ type: 'belle', stage: 'termination' }, GREET + '저희는 거래를 종료하기로 결정했습니다. 구매 금액은 전액 환불해 드렸습니다.' + SIGN);
    const [m] = assertReports(text, 'termination-reason', 1);
    assert.equal(spanOf(text, m), '종료하기로 결정했습니다');
    assert.equal(m.documentLevel, undefined);
    const t2 = ko({ type: 'belle', stage: 'termination' }, GREET + '내부 방침에 따라 계정을 해지합니다.' + SIGN);
    assert.equal(spanOf(t2, assertReports(t2, 'termination-reason', 1)[0]), '내부 방침');
    // A decision together with its reason is fine.
    assertClean(ko({ type: 'xavier', stage: 'termination' }, GREET + '고객님께서 법적 조치를 예고하셨기 때문에 거래를 종료하기로 결정했습니다.' + SIGN), 'termination-reason');
  });

  it('acknowledge-before-remedy: a remedy before the acknowledgement is reported on the remedy words', () => {
    const text = ko({ type: 'angry', stage: 'complaint-response' }, GREET + '{{fix_date}}에 수정 버전을 배포하겠습니다. 불편을 드려 죄송합니다. 오류 화면을 보내 주시겠습니까?' + SIGN);
    const [m] = assertReports(text, 'acknowledge-before-remedy', 1);
    assert.equal(spanOf(text, m), '수정 버전을 배포하겠습니다');
    assert.equal(m.documentLevel, undefined);
    assertClean(ko({ type: 'angry', stage: 'complaint-response' }, GREET + '불편을 드려 죄송합니다. {{fix_date}}에 수정 버전을 배포하겠습니다. 오류 화면을 보내 주시겠습니까?' + SIGN), 'acknowledge-before-remedy');
  });

  it('acknowledge-before-remedy: the missing acknowledgement is inserted after a Korean greeting, not above it', () => {
    for (const greeting of ['{{customer_name}} 님, 안녕하십니까.', '{{customer_name}} 님께', '고객님, 안녕하세요.']) {
      const text = ko({ type: 'angry', stage: 'complaint-response' }, `${greeting}\n\n{{fix_date}}에 수정 버전을 배포하겠습니다. 오류 화면을 보내 주시겠습니까?${SIGN}`);
      const [m] = assertReports(text, 'acknowledge-before-remedy', 1);
      const fixed = applySuggestion(text, m);
      const body = fixed.slice(fixed.indexOf('---\n', 4) + 4);
      assert.ok(body.startsWith(`${greeting}\n\n이 문제를 알려 주셔서 감사합니다.`), `inserted after "${greeting}":\n${body}`);
      assertClean(fixed, 'acknowledge-before-remedy');
    }
  });

  it('authority-sign-off: a title far above the sign-off does not count', () => {
    const filler = ' 저희는 지난 몇 달 동안 보내 주신 모든 메시지를 검토했으며, 각각의 경우를 자세히 기록해 두었습니다.'.repeat(8);
    const text = ko({ type: 'dwight', stage: 'termination', business: 'service' }, `${GREET}대표이사가 계정을 검토했습니다.${filler}\n\n고객지원팀 드림`);
    assertReports(text, 'authority-sign-off', 1);
    assertClean(text.replace('고객지원팀 드림', '최고운영책임자 정윤호 드림'), 'authority-sign-off');
  });

  it('lawyer-redirect: 변호사 / 법무팀 and both word orders count', () => {
    const spec: TemplateSpec = { type: 'xavier', stage: 'termination', legal_threat: true };
    for (const s of ['앞으로의 문의는 법무팀을 통해서만 받겠습니다.', '당사 변호사인 {{lawyer_contact}}께서 이후 모든 서신에 답변드릴 것입니다.', '이 건에 관한 모든 연락은 법률대리인에게 해 주십시오.']) {
      assertClean(ko(spec, GREET + s + SIGN), 'lawyer-redirect');
    }
    assertReports(ko(spec, GREET + '변호사와 상담해 보시기 바랍니다.' + SIGN), 'lawyer-redirect', 1);
  });

  it('no-warning-on-legal-threat: a warning after a legal threat is reported on the stage, and the suggestion fixes it', () => {
    covers('no-warning-on-legal-threat');
    const text = ko({ type: 'xavier', stage: 'warning', legal_threat: true }, GREET + '이러한 위협이 계속되면 거래를 종료하고 전액 환불해 드리겠습니다.' + SIGN);
    const [m] = assertReports(text, 'no-warning-on-legal-threat', 1);
    assert.equal(spanOf(text, m), 'warning');
    const fixed = applySuggestion(text, m);
    assert.match(fixed, /stage: termination/);
    assertClean(fixed, 'no-warning-on-legal-threat');
    assertClean(ko({ type: 'xavier', stage: 'warning', legal_threat: false }, GREET + '이러한 위협이 계속되면 거래를 종료하겠습니다.' + SIGN), 'no-warning-on-legal-threat');
  });

  it('review-response-once: a question in a public review reply is reported on the sentence', () => {
    covers('review-response-once');
    const body = '후기를 남겨 주셔서 감사합니다. 구매 금액은 전액 환불해 드렸습니다. 이 문제에 대해 더 이야기를 나누고 싶으신가요?';
    const text = ko({ type: 'xavier', stage: 'review-response' }, body);
    const [m] = assertReports(text, 'review-response-once', 1);
    assert.equal(spanOf(text, m), '이 문제에 대해 더 이야기를 나누고 싶으신가요?');
    assertReports(ko({ type: 'xavier', stage: 'review-response' }, '후기 감사합니다. 다시 검토해 주시겠습니까？'), 'review-response-once', 1);
    assertClean(ko({ type: 'xavier', stage: 'review-response' }, '후기를 남겨 주셔서 감사합니다. 구매 금액은 전액 환불해 드렸습니다.'), 'review-response-once');
  });

  it('warning-consequence: the Korean consequence is not read as a threat by neutral-tone', () => {
    covers('neutral-tone');
    const text = ko({ type: 'belle', stage: 'warning' }, GREET + '이러한 행동이 계속되면 거래를 종료하겠습니다. 원하시면 구매 금액을 전액 환불해 드리겠습니다.' + SIGN);
    assertClean(text, 'warning-consequence');
    assertClean(text, 'neutral-tone');
  });

  it('neutral-tone: stacked punctuation is reported (half- and full-width) with a rewrite that clears it', () => {
    for (const [body, span] of [['정말 이해가 안 되시나요?!', '?!'], ['다시는 이런 메시지를 보내지 마십시오!!', '!!'], ['왜 설명서를 읽지 않으셨습니까？！', '？！']] as const) {
      const text = ko({ type: 'belle', stage: 'warning' }, GREET + body + SIGN);
      const found = messagesOf(text, 'neutral-tone').filter((m) => m.subId === 'shouting');
      assert.equal(found.length, 1, `one shouting finding in ${body}`);
      assert.equal(spanOf(text, found[0]), span);
      const fixed = applySuggestion(text, found[0]);
      assert.deepEqual(messagesOf(fixed, 'neutral-tone').filter((m) => m.subId === 'shouting'), []);
    }
    assertClean(ko({ type: 'belle', stage: 'warning' }, GREET + '문의해 주셔서 감사합니다. 설명서의 FAQ와 API 안내를 참고해 주십시오.' + SIGN), 'neutral-tone');
  });

  it('brevity: words are counted with Intl.Segmenter (eojeol), not characters', () => {
    covers('brevity');
    const seg = new Intl.Segmenter('ko', { granularity: 'word' });
    const words = (s: string): number => [...seg.segment(s)].filter((w) => w.isWordLike).length;
    const long = '저희는 지난 몇 주 동안 고객님께서 지원팀에 보내 주신 모든 메시지를 하나하나 살펴보았고 그 가운데 대부분이 이 제품의 지원 범위를 벗어난 사이트 맞춤 작업이나 설정 대행 요청이라는 점을 확인했으며 앞으로도 같은 기준으로 응대할 예정입니다.';
    assert.ok(words(long) > 25 && long.length < 160);
    const text = ko({ type: 'belle', stage: 'refund' }, `${GREET}${long}`);
    const [m] = assertReports(text, 'brevity', 1);
    assert.equal(m.subId, 'sentence');
    assert.equal(spanOf(text, m), long);
    assert.equal(m.data?.words, words(long));
    assert.equal(m.data?.limit, 25);
    // 20 words, 70+ characters: fine (a character count would flag it).
    const ok = '구매하신 금액은 원래 결제 수단으로 전액 환불해 드렸으며 카드사에 따라 다르지만 보통 오 영업일 이내에 계좌에 반영되고 별도로 하실 일은 없습니다.';
    assert.ok(words(ok) <= 25 && ok.length > 70);
    assertClean(ko({ type: 'belle', stage: 'refund' }, `${GREET}${ok}`), 'brevity');
    // The stage budget is scaled for Korean (refund: 160 × 0.8 = 128 words).
    const many = Array.from({ length: 40 }, (_, i) => `이것은 ${i + 1}번째 짧은 문장입니다.`).join(' ');
    const [len] = assertReports(ko({ type: 'belle', stage: 'refund' }, many), 'brevity', 1);
    assert.equal(len.subId, 'length');
    assert.equal(len.data?.limit, 128);
  });
});

describe('placeholders (ko)', () => {
  it('placeholder-unfilled: Korean stand-ins are reported on their words', () => {
    covers('placeholder-unfilled');
    const cases: [string, string][] = [
      ['설명서는 여기에 링크 입력', '여기에 링크 입력'],
      ['환불 예정일: 날짜 입력', '날짜 입력'],
      ['담당자: 추후 기재', '추후 기재'],
      ['자세한 안내는 [링크]를 참고해 주십시오.', '[링크]'],
      ['○○○ 님, 안녕하십니까.', '○○○'],
      ['OOO 님께 안내드립니다.', 'OOO 님'],
      ['배포 일정: 날짜 미정', '날짜 미정'],
    ];
    for (const [body, span] of cases) {
      const text = ko({ type: 'belle', stage: 'warning' }, body);
      const [m] = assertReports(text, 'placeholder-unfilled', 1);
      assert.equal(spanOf(text, m), span);
    }
  });

  it('placeholder-unfilled: ordinary Korean sentences with 입력 / 추후 and comments are not stand-ins', () => {
    for (const body of ['링크를 입력하신 후 저장해 주십시오.', '주소를 입력해 주시면 확인하겠습니다.', '자세한 내용은 추후 안내드리겠습니다.', '자세한 내용은 {{docs_url}}에서 확인하실 수 있습니다.', '<!-- 추후 기재: 법무팀 확인 필요 -->\n안녕하십니까.', '일정이 아직 정해지지 않았습니다.']) {
      assertClean(ko({ type: 'belle', stage: 'warning', variables: ['docs_url'] }, body), 'placeholder-unfilled');
    }
  });

  it('placeholder-unfilled: also runs on Korean files without front matter (locale detected)', () => {
    const text = '고객님, 안녕하십니까.\n\n설명서는 여기에 링크 입력 에서 보실 수 있습니다.\n';
    assert.equal(lint(text).doc.language, 'ko');
    assert.equal(spanOf(text, assertReports(text, 'placeholder-unfilled', 1)[0]), '여기에 링크 입력');
  });

  it('placeholder-syntax: spacing and single braces are fixed in Korean text', () => {
    covers('placeholder-syntax');
    const text = ko({ type: 'belle', stage: 'warning', variables: ['customer_name'] }, '{{ customer name }} 님, 안녕하십니까.\n\n{customer_name} 님께 안내드립니다.');
    const found = assertReports(text, 'placeholder-syntax', 2);
    assert.deepEqual(found.map((m) => spanOf(text, m)), ['{{ customer name }}', '{customer_name}']);
    assertClean(ko({ type: 'belle', stage: 'warning', variables: ['customer_name'] }, '{{customer_name}} 님, 안녕하십니까.'), 'placeholder-syntax');
  });

  it('placeholder-undefined: a misspelt variable next to 님 gets did-you-mean', () => {
    covers('placeholder-undefined');
    const text = ko({ type: 'belle', stage: 'warning', variables: ['customer_name'] }, '{{custmer_name}} 님, 안녕하십니까. {{customer_name}} 님께 드리는 안내입니다.');
    const [m] = assertReports(text, 'placeholder-undefined', 1);
    assert.equal(spanOf(text, m), '{{custmer_name}}');
    assertClean(applySuggestion(text, m, 0), 'placeholder-undefined');
  });

  it('placeholder-unused: a declared variable the Korean body never uses is reported', () => {
    covers('placeholder-unused');
    const text = ko({ type: 'belle', stage: 'warning', variables: ['customer_name', 'refund_amount'] }, '{{customer_name}} 님, 안녕하십니까.');
    assert.equal(spanOf(text, assertReports(text, 'placeholder-unused', 1)[0]), 'refund_amount');
    assertClean(ko({ type: 'belle', stage: 'warning' }, '{{customer_name}} 님, 안녕하십니까.'), 'placeholder-unused');
  });
});

describe('suppression comments with a Korean reason (ko)', () => {
  const spec: TemplateSpec = { type: 'belle', stage: 'warning' };
  const loud = '고객님께서 보내신 문장을 그대로 옮깁니다!!';

  it('disable-next-line with a Korean reason suppresses the next line only', () => {
    const text = ko(spec, `<!-- replylint-disable-next-line neutral-tone -- 고객이 보낸 문장을 그대로 인용함 -->\n${loud}\n\n${loud}`);
    const [m] = assertReports(text, 'neutral-tone', 1);
    assert.ok(m.range[0] > text.lastIndexOf('\n\n'));
    assertClean(text, 'suppression-reason');
    assertClean(text, 'suppression-unused');
  });

  it('disable-line and a category (neutral-tone/shouting) work the same', () => {
    assertClean(ko(spec, `${loud} <!-- replylint-disable-line neutral-tone/shouting -- 교육용 나쁜 예시 -->`), 'neutral-tone');
  });

  it('suppression-reason: a directive without " -- 사유" is reported on the comment', () => {
    covers('suppression-reason');
    const text = ko(spec, `<!-- replylint-disable-next-line neutral-tone -->\n${loud}`);
    const [m] = assertReports(text, 'suppression-reason', 1);
    assert.equal(spanOf(text, m), '<!-- replylint-disable-next-line neutral-tone -->');
  });

  it('suppression-unused: a directive that suppresses nothing is reported and removable', () => {
    covers('suppression-unused');
    const text = ko(spec, '<!-- replylint-disable-next-line neutral-tone -- 혹시 몰라서 -->\n문의해 주셔서 감사합니다.');
    const [m] = assertReports(text, 'suppression-unused', 1);
    const fixed = applySuggestion(text, m);
    assert.ok(!fixed.includes('replylint-disable'));
    assertClean(fixed, 'suppression-unused');
  });

  it('a required-element finding can be suppressed for the file with a Korean reason', () => {
    const text = ko({ type: 'will', stage: 'warning' }, `<!-- replylint-disable-file docs-link -- 설명서가 아직 공개되지 않음 -->\n${GREET}이러한 요청이 계속되면 거래를 종료하고 전액 환불해 드리겠습니다.${SIGN}`);
    assertClean(text, 'docs-link');
    assertClean(text, 'suppression-unused');
  });
});

describe('front matter and locale (ko)', () => {
  it('front-matter: Korean titles and descriptions are fine; a misspelt stage is reported', () => {
    covers('front-matter');
    const good = '---\nid: belle-warning\ntitle: "Belle: 경고"\ndescription: "인신공격성 표현에 대한 경고입니다."\ntype: belle\nstage: warning\nlocale: ko\n---\n안녕하십니까.\n';
    assertClean(good, 'front-matter');
    const bad = good.replace('stage: warning', 'stage: warnin');
    const [m] = assertReports(bad, 'front-matter', 1);
    assert.equal(spanOf(bad, m), 'warnin');
  });

  it('locale-support: ko and ko-KR have a phrase bank, so no info and the required rules run', () => {
    covers('locale-support');
    for (const locale of ['ko', 'ko-KR']) {
      const text = template({ type: 'belle', stage: 'termination', locale }, GREET + '이것이 최종 답변입니다.' + SIGN);
      assertClean(text, 'locale-support');
      assertReports(text, 'termination-reason', 1);
    }
    // The invalid case for this rule cannot be Korean (ko has a bank): ja has none.
    assertReports(template({ type: 'belle', stage: 'termination', locale: 'ja' }, 'こんにちは。'), 'locale-support', 1);
  });

  it('Korean prose without front matter is detected as ko', () => {
    assert.equal(lint('고객님, 안녕하십니까.\n\n문의해 주셔서 감사합니다. 담당자가 곧 답변드리겠습니다.\n').doc.language, 'ko');
  });
});

describe('the Korean template library', () => {
  const dir = path.resolve('templates/ko');
  const files = libraryFiles('ko');

  it('has the 14 templates of the spec', () => {
    assert.deepEqual(files.map((f) => f.replace('.reply.md', '')).sort(), [...LIBRARY_TEMPLATES].sort());
  });

  for (const f of files) {
    it(`${f} lints with zero findings, is 합니다체 without 반말, and renders with both sample sets`, () => {
      const { text, doc } = assertLibraryTemplate('ko', f);
      const body = text.slice(doc.body[0]);
      // No 반말 or 해요체 sentence endings toward the customer.
      for (const s of doc.sentences) {
        const sentence = text.slice(s.range[0], s.range[1]).trim();
        assert.ok(!/(해|어|아|지|야|니|냐|해요|세요|어요|아요|죠)[.?!]$/.test(sentence), `not 합니다체: ${sentence}`);
      }
      if (doc.meta.variables.customer_name) assert.match(body, /\{\{customer_name\}\} 님/);
    });
  }

  it('holds parity with the English templates (same ids, variables and required elements)', () => {
    const enDir = path.resolve('templates/en');
    const entries = [...files.map((f) => ({ path: `templates/ko/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }))];
    for (const f of files) {
      const p = path.join(enDir, f);
      if (fs.existsSync(p)) entries.push({ path: `templates/en/${f}`, text: fs.readFileSync(p, 'utf8') });
    }
    const found = checkParity(entries, defaultConfig(), { stale: false });
    assert.deepEqual(found.map((x) => `${x.path}: ${x.message}`), []);
  });
});

describe('coverage (ko)', () => {
  it('every registered rule that applies to Korean text has a Korean case', () => {
    // locale-parity is cross-file (checked above with checkParity).
    covers('locale-parity');
    const missing = rules.map((r) => r.id).filter((id) => !tested.has(id));
    assert.deepEqual(missing, []);
    assert.ok(ruleMap.size >= tested.size);
  });
});
