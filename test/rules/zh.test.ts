// Table tests for every rule that reads Chinese (Simplified) text: an invalid and a valid case
// per rule, exact spans (also after emoji and full-width forms), insert suggestions round-trip,
// word counts via Intl.Segmenter, suppressions with a Chinese reason, and the zh template library.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkParity, defaultConfig, elementHits, Knowledge, parse, ruleMap } from '../../server/src/engine/index.js';
import data from '../../server/src/engine/data/generated.js';
import { applySuggestion, assertClean, assertReports, spanOf, template, type TemplateSpec, assertLibraryTemplate, libraryFiles, LIBRARY_TEMPLATES } from '../helpers.js';

const zh = (spec: TemplateSpec, body: string): string => template({ locale: 'zh', ...spec }, body);
const HELLO = '尊敬的{{customer_name}}：\n\n您好。';
const SIGN = '\n\n此致\n敬礼\n\n{{agent_name}}';
const tested = new Set<string>();
const covers = (id: string): void => void tested.add(id);
const knowledge = new Knowledge(defaultConfig());
const hasElement = (body: string, element: string): boolean =>
  elementHits(parse(`---\nlocale: zh\n---\n${body}\n`), knowledge).has(element);

/** A required-element rule: clean with `good`, a document-level finding for `element` with `bad`. */
interface ElementCase {
  rule: string;
  spec: TemplateSpec;
  element: string;
  good: string;
  bad: string;
}

const WARNING_OK = '如果这种情况继续，我们将结束与您的业务关系，并为您全额退款。';
const REFUND_DONE = '我们已为您全额退款 {{refund_amount}}，款项将原路退回您的支付账户。';
const REASON = '由于您多次在邮件中辱骂我们的客服人员，我们将终止与您的合作。';

const elementCases: ElementCase[] = [
  { rule: 'refund-offer', spec: { type: 'belle', stage: 'warning' }, element: 'refund',
    good: HELLO + '若此类言辞再次出现，我们将终止合作，并全额退还您支付的 {{refund_amount}}。' + SIGN,
    bad: HELLO + '若此类言辞再次出现，我们将终止合作。根据条款，本产品不予退款。' + SIGN },
  { rule: 'refund-as-done', spec: { type: 'belle', stage: 'termination' }, element: 'refund-issued',
    good: HELLO + REASON + REFUND_DONE + SIGN,
    bad: HELLO + REASON + '退款金额为 {{refund_amount}}。' + SIGN },
  { rule: 'termination-reason', spec: { type: 'xavier', stage: 'termination' }, element: 'reason',
    good: HELLO + '鉴于您多次以发布差评相威胁，我们将结束与您的业务关系。' + REFUND_DONE + SIGN,
    bad: HELLO + '由于业务调整，您的账户将被关闭。' + REFUND_DONE + SIGN },
  { rule: 'lawyer-redirect', spec: { type: 'xavier', stage: 'termination', legal_threat: true }, element: 'lawyer-redirect',
    good: HELLO + '鉴于您表示将起诉本公司，我们将结束合作。' + REFUND_DONE + '今后的所有往来均由我们的法律顾问 {{lawyer_contact}} 负责。' + SIGN,
    bad: HELLO + '鉴于您表示将起诉本公司，我们将结束合作。' + REFUND_DONE + '如有任何问题，请联系我们的客服团队。' + SIGN },
  { rule: 'data-retrieval-deadline', spec: { type: 'belle', stage: 'walk-away', business: 'service' }, element: 'data-deletion',
    good: HELLO + REFUND_DONE + '您可以通过 {{export_url}} 导出全部数据。{{deletion_date}}之后，数据将被永久删除。' + SIGN,
    bad: HELLO + REFUND_DONE + '您可以通过 {{export_url}} 导出全部数据。' + SIGN },
  { rule: 'warning-consequence', spec: { type: 'belle', stage: 'warning' }, element: 'consequence',
    good: HELLO + '您最近的邮件中含有攻击性言辞。' + WARNING_OK + SIGN,
    bad: HELLO + '您最近的邮件中含有攻击性言辞。我们期待继续为您提供帮助，也可以为您全额退款。' + SIGN },
  { rule: 'docs-link', spec: { type: 'will', stage: 'warning' }, element: 'docs-link',
    good: HELLO + '详细步骤请参阅我们的文档：{{docs_url}}。' + WARNING_OK + SIGN,
    bad: HELLO + '请先阅读我们的文档，再与我们联系。' + WARNING_OK + SIGN },
  { rule: 'poor-fit-alternatives', spec: { type: 'will', stage: 'termination' }, element: 'alternatives',
    good: HELLO + '很抱歉，{{product_name}}未能满足您的需求。{{alternative_product}}或许更适合您。' + SIGN,
    bad: HELLO + '很抱歉，{{product_name}}未能满足您的需求。' + SIGN },
  { rule: 'incidents-cited', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'incidents',
    good: HELLO + '在过去{{period}}里，您多次在工单中辱骂我们的员工。' + SIGN,
    bad: HELLO + '您的行为令我们无法继续合作。' + SIGN },
  { rule: 'good-wishes', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'good-wishes',
    good: HELLO + '我们将终止您的订阅。祝您今后一切顺利。' + SIGN,
    bad: HELLO + '我们将终止您的订阅。' + SIGN },
  { rule: 'cooperation-request', spec: { type: 'angry', stage: 'complaint-response' }, element: 'cooperation',
    good: HELLO + '感谢您告知此事。我们将在{{fix_date}}发布修复版本。能否请您发送一张错误提示的截图？' + SIGN,
    bad: HELLO + '感谢您告知此事。我们将在{{fix_date}}发布修复版本。' + SIGN },
  { rule: 'acknowledgement-timeframe', spec: { type: 'angry', stage: 'acknowledgement' }, element: 'response-time',
    good: HELLO + '我们已收到您的投诉。工作人员将在一个工作日内回复您。',
    bad: HELLO + '我们已收到您的投诉，会尽快回复您。' },
  { rule: 'review-revision-request', spec: { type: 'angry', stage: 'review-revision' }, element: 'revise-review',
    good: HELLO + '该问题已在 {{fix_version}} 中修复。如果您认为问题已经解决，能否考虑更新您的评价？' + SIGN,
    bad: HELLO + '该问题已在 {{fix_version}} 中修复。感谢您的评价。' + SIGN },
];

describe('zh: required elements (one invalid, one valid case per rule)', () => {
  for (const c of elementCases) {
    covers(c.rule);
    it(`${c.rule}: reports a missing ${c.element}`, () => {
      const found = assertReports(zh(c.spec, c.bad), c.rule, 1);
      assert.equal(found[0].data?.element, c.element);
    });
    it(`${c.rule}: passes natural Chinese wording`, () => assertClean(zh(c.spec, c.good), c.rule));
  }

  it('refund-offer: negations (不予退款, 无法退款, 不退款, 未退款) do not count as a refund', () => {
    for (const neg of ['本产品不予退款。', '我们无法退款。', '该订单不退款。', '该订单目前未退款。']) {
      assertReports(zh({ type: 'will', stage: 'warning' }, HELLO + WARNING_OK.replace('，并为您全额退款', '') + neg), 'refund-offer', 1);
    }
  });

  it('refund-as-done: an asked-about refund is flagged on the exact words', () => {
    const text = zh({ type: 'belle', stage: 'termination' }, HELLO + REASON + '请问您是否需要退款？' + SIGN);
    const [m] = assertReports(text, 'refund-as-done', 1);
    assert.equal(spanOf(text, m), '是否需要退款');
    assert.equal(m.documentLevel ?? false, false);
  });

  it('refund-as-done: "如您希望办理退款，请回复" is asking, too', () => {
    const text = zh({ type: 'xavier', stage: 'termination' }, HELLO + REASON + REFUND_DONE + '如您希望办理退款，请回复此邮件。' + SIGN);
    const [m] = assertReports(text, 'refund-as-done', 1);
    assert.equal(spanOf(text, m), '如您希望办理退款');
  });

  it('refund-as-done: offering a refund in a warning is fine (the rule applies to terminations)', () => {
    assertClean(zh({ type: 'belle', stage: 'warning' }, HELLO + '如您希望退款，我们可以为您全额退款。' + SIGN), 'refund-as-done');
  });

  it('termination-reason: a vague 我们决定 is flagged on the decision', () => {
    const text = zh({ type: 'belle', stage: 'termination' }, HELLO + '我们决定终止与您的合作。' + REFUND_DONE + SIGN);
    const [m] = assertReports(text, 'termination-reason', 1);
    assert.equal(spanOf(text, m), '我们决定终止');
    const considered = zh({ type: 'belle', stage: 'termination' }, HELLO + '经公司内部研究决定，您的账户将于下月关闭。' + REFUND_DONE + SIGN);
    const [c] = assertReports(considered, 'termination-reason', 1);
    assert.equal(spanOf(considered, c), '经公司内部研究决定');
  });

  it('termination-reason: the same decision with its reason passes', () => {
    assertClean(zh({ type: 'belle', stage: 'termination' }, HELLO + '由于您多次辱骂我们的员工，我们决定终止与您的合作。' + REFUND_DONE + SIGN), 'termination-reason');
  });

  it('lawyer-redirect: 律师, 法律顾问 and 法务部门 all count', () => {
    const base = HELLO + '鉴于您威胁要起诉我们，我们将结束合作。' + REFUND_DONE;
    for (const redirect of ['此后的所有沟通，请直接联系我们的律师 {{lawyer_contact}}。', '今后有关此事的一切往来将由法务部门负责处理。', '我们的法律顾问将负责此后的全部来函。']) {
      assertClean(zh({ type: 'xavier', stage: 'termination', legal_threat: true }, base + redirect + SIGN), 'lawyer-redirect');
    }
  });

  it('data-retrieval-deadline: a service must also say how to export', () => {
    const text = zh({ type: 'dwight', stage: 'termination', business: 'service' }, HELLO + '{{deletion_date}}之后，您的数据将被永久删除。' + SIGN);
    const found = assertReports(text, 'data-retrieval-deadline', 1);
    assert.equal(found[0].data?.element, 'data-export');
    // A product (not a service) owes no data export.
    assertClean(zh({ type: 'dwight', stage: 'termination', business: 'product' }, HELLO + '我们将终止合作。' + SIGN), 'data-retrieval-deadline');
  });

  it('poor-fit-alternatives: both the apology and the alternative are required', () => {
    const found = assertReports(zh({ type: 'will', stage: 'termination' }, HELLO + '我们将停止为您提供支持。' + SIGN), 'poor-fit-alternatives', 2);
    assert.deepEqual(found.map((m) => m.data?.element).sort(), ['alternatives', 'apology-fit']);
  });
});

describe('zh: ordering, sign-off and stage rules', () => {
  const ACK = '感谢您告知我们这一情况，给您带来的不便我们深表歉意。';
  const FIX = '我们将在{{fix_date}}发布修复版本。';
  const ASK = '能否请您在更新后确认一下？';

  it('acknowledge-before-remedy: a remedy before the acknowledgement is flagged on the remedy', () => {
    covers('acknowledge-before-remedy');
    const text = zh({ type: 'angry', stage: 'complaint-response' }, HELLO + FIX + ACK + ASK + SIGN);
    const [m] = assertReports(text, 'acknowledge-before-remedy', 1);
    assert.equal(spanOf(text, m), '将在{{fix_date}}发布修复');
  });

  it('acknowledge-before-remedy: acknowledgement first passes; a missing acknowledgement is reported', () => {
    assertClean(zh({ type: 'angry', stage: 'complaint-response' }, HELLO + ACK + FIX + ASK + SIGN), 'acknowledge-before-remedy');
    const found = assertReports(zh({ type: 'angry', stage: 'complaint-response' }, HELLO + FIX + ASK + SIGN), 'acknowledge-before-remedy', 1);
    assert.equal(found[0].data?.element, 'acknowledge');
  });

  it('authority-sign-off: a team sign-off is flagged, a title in the sign-off passes', () => {
    covers('authority-sign-off');
    const spec: TemplateSpec = { type: 'dwight', stage: 'termination', business: 'service' };
    assertReports(zh(spec, HELLO + '我们将终止您的订阅。\n\n祝好\n客服团队'), 'authority-sign-off', 1);
    assertClean(zh(spec, HELLO + '我们将终止您的订阅。\n\n此致\n敬礼\n\n林晓\n首席运营官'), 'authority-sign-off');
    assertClean(zh(spec, HELLO + '我们将终止您的订阅。\n\n此致\n敬礼\n\n高远\n客户体验总监'), 'authority-sign-off');
  });

  it('no-warning-on-legal-threat: a warning with legal_threat is flagged; the suggestion turns it into a termination', () => {
    covers('no-warning-on-legal-threat');
    const text = zh({ type: 'xavier', stage: 'warning', legal_threat: true }, HELLO + WARNING_OK + SIGN);
    const [m] = assertReports(text, 'no-warning-on-legal-threat', 1);
    assert.equal(spanOf(text, m), 'warning');
    const fixed = applySuggestion(text, m);
    assert.match(fixed, /stage: termination/);
    assertClean(fixed, 'no-warning-on-legal-threat');
    assertClean(zh({ type: 'xavier', stage: 'warning' }, HELLO + WARNING_OK + SIGN), 'no-warning-on-legal-threat');
  });

  it('review-response-once: a full-width ？ question is flagged, a statement is not', () => {
    covers('review-response-once');
    const spec: TemplateSpec = { type: 'xavier', stage: 'review-response' };
    const text = zh(spec, '感谢您的评价。您为什么不先阅读文档？如有疑问，欢迎发送邮件至 {{support_email}}。');
    const [m] = assertReports(text, 'review-response-once', 1);
    assert.equal(spanOf(text, m), '您为什么不先阅读文档？');
    assertReports(zh(spec, '感谢您的评价。难道这还不够清楚吗？”'), 'review-response-once', 1);
    assertClean(zh(spec, '感谢您的评价。我们已结束与这位客户的合作，并全额退还了费用。欢迎发送邮件至 {{support_email}} 与我们联系。'), 'review-response-once');
  });
});

describe('zh: generic rules', () => {
  it('placeholder-unfilled: Chinese stand-ins are flagged on their exact text', () => {
    covers('placeholder-unfilled');
    const cases: [string, string][] = [
      ['请参阅文档（在此插入链接）。', '在此插入链接'],
      ['您的数据将于此处填写日期删除。', '此处填写日期'],
      ['退款金额：【金额】。', '【金额】'],
      ['详情请见【此处插入链接】。', '【此处插入链接】'],
      ['签名：待补充', '待补充'],
      ['请替换为实际产品名称。', '请替换'],
      ['请于X月X日前导出数据。', 'X月X日'],
      ['请访问[链接]了解详情。', '[链接]'],
    ];
    for (const [body, span] of cases) {
      const text = zh({ type: 'generic' }, body);
      const found = assertReports(text, 'placeholder-unfilled', 1);
      assert.equal(spanOf(text, found[0]), span, body);
    }
  });

  it('placeholder-unfilled: ordinary Chinese wording and real placeholders pass', () => {
    for (const body of ['您可以在此处填写您的联系信息。', '请在页面下方填写日期后提交。', '您的数据将于{{deletion_date}}删除。', '待确认后我们会通知您。']) {
      assertClean(zh({ type: 'generic' }, body), 'placeholder-unfilled');
    }
  });

  it('placeholder-syntax / -undefined / -unused work between Chinese characters', () => {
    covers('placeholder-syntax');
    covers('placeholder-undefined');
    covers('placeholder-unused');
    const bad = zh({ type: 'generic', variables: ['customer_name', 'refund_amount'] }, '尊敬的{{customer_name}：您好。您的工单{{ticket_id}}已关闭。');
    assertReports(bad, 'placeholder-syntax');
    const [undef] = assertReports(bad, 'placeholder-undefined', 1);
    assert.equal(spanOf(bad, undef), '{{ticket_id}}');
    // {{customer_name} is malformed, so neither declared variable is used.
    assert.deepEqual(assertReports(bad, 'placeholder-unused', 2).map((m) => spanOf(bad, m)).sort(), ['customer_name', 'refund_amount']);
    const good = zh({ type: 'generic' }, '尊敬的{{customer_name}}：您好。您的工单{{ticket_id}}已关闭。');
    for (const id of ['placeholder-syntax', 'placeholder-undefined', 'placeholder-unused']) assertClean(good, id);
  });

  it('brevity: a very long Chinese sentence is flagged, counted in words (Intl.Segmenter), not characters', () => {
    covers('brevity');
    const sentence = '我们非常理解您在使用过程中遇到的各种问题，'.repeat(6) + '因此我们会认真处理。';
    const text = zh({ type: 'generic' }, sentence);
    const [m] = assertReports(text, 'brevity', 1);
    assert.equal(m.subId, 'sentence');
    assert.equal(spanOf(text, m), sentence);
    const seg = new Intl.Segmenter('zh', { granularity: 'word' });
    const words = [...seg.segment(sentence)].filter((s) => s.isWordLike).length;
    assert.equal(m.data?.words, words);
    assert.ok(words < sentence.length, `counted ${words} words for ${sentence.length} characters`);
    assert.equal(m.data?.limit, 45);
  });

  it('brevity: a sentence with more characters than the word limit but fewer words passes', () => {
    const sentence = '我们的支持人员会完整阅读您的来信，并在一个工作日内亲自回复您，您无需重复发送，如需补充信息，请直接回复此邮件并保留工单编号。';
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(sentence)].filter((s) => s.isWordLike).length;
    assert.ok(sentence.length > 45 && words < 45, `${sentence.length} characters, ${words} words`);
    assertClean(zh({ type: 'generic' }, sentence), 'brevity');
  });

  it('neutral-tone: stacked full-width ！！ and ？！ read as shouting and get full-width rewrites', () => {
    covers('neutral-tone');
    const text = zh({ type: 'generic' }, '请先阅读文档！！您到底看了没有？！');
    // "您到底看了没有" also draws the score hint (neutral-tone/score); this test is about the marks.
    const found = assertReports(text, 'neutral-tone').filter((m) => m.subId === 'shouting');
    assert.deepEqual(found.map((m) => spanOf(text, m)), ['！！', '？！']);
    assert.deepEqual(found.map((m) => m.suggestions?.[0].edits[0].text), ['。', '？']);
    assertClean(zh({ type: 'generic' }, '请先阅读文档。如有疑问，欢迎随时联系我们！'), 'neutral-tone');
  });

  it('neutral-tone: a calm consequence (如果这种情况继续，我们将终止合作) is not a threat', () => {
    assertClean(zh({ type: 'belle', stage: 'warning' }, HELLO + '如果这种情况继续，我们将终止合作。' + SIGN), 'neutral-tone');
  });

  it('front-matter: locale zh is a first-class locale; a wrong key is flagged', () => {
    covers('front-matter');
    assertClean(zh({ type: 'will', stage: 'warning' }, HELLO + WARNING_OK), 'front-matter');
    const bad = zh({ type: 'will', stage: 'warning' }, HELLO + WARNING_OK).replace('locale: zh', 'locale: zh\nstagee: warning');
    assertReports(bad, 'front-matter');
  });

  it('locale-support: zh, zh-CN and zh-Hans-CN use the Chinese phrase bank', () => {
    covers('locale-support');
    for (const locale of ['zh', 'zh-CN', 'zh-Hans-CN']) {
      const text = template({ type: 'will', stage: 'warning', locale }, HELLO + WARNING_OK);
      assertClean(text, 'locale-support');
      assertClean(text, 'warning-consequence');
    }
    // Without front matter, Chinese prose is detected as zh.
    assert.equal(parse('您好。如果这种情况继续，我们将终止合作。').language, 'zh');
    // A locale without a phrase bank is reported once.
    assertReports(template({ type: 'will', stage: 'warning', locale: 'ja' }, 'こんにちは。'), 'locale-support', 1);
  });
});

describe('zh: offsets stay exact in UTF-16 (emoji, full-width forms)', () => {
  it('a finding after emoji points at the exact words', () => {
    const text = zh({ type: 'belle', stage: 'termination' }, '😀👍🏽 ' + REASON + '🙂请问您是否需要退款？');
    const [m] = assertReports(text, 'refund-as-done', 1);
    assert.equal(spanOf(text, m), '是否需要退款');
    const shout = zh({ type: 'generic' }, '👨‍👩‍👧 请看文档！！');
    const [s] = assertReports(shout, 'neutral-tone', 1);
    assert.equal(spanOf(shout, s), '！！');
  });

  it('full-width letters match half-width patterns (ＦＡＱ = faq) and keep their original span', () => {
    const text = zh({ type: 'will', stage: 'warning' }, HELLO + '请参阅 ＦＡＱ：{{docs_url}}。' + WARNING_OK + SIGN);
    assertClean(text, 'docs-link');
    const hits = elementHits(parse(text), knowledge).get('docs-link') ?? [];
    assert.equal(text.slice(hits[0].range[0], hits[0].range[1]), 'ＦＡＱ：{{docs_url}}');
  });

  it('full-width capitals are shouting, reported on the original characters', () => {
    const text = zh({ type: 'generic' }, '请注意：ＮＥＶＥＲ再这样做。');
    const [m] = assertReports(text, 'neutral-tone', 1);
    assert.equal(spanOf(text, m), 'ＮＥＶＥＲ');
  });
});

describe('zh: suppressions with a Chinese reason', () => {
  it('a directive with a Chinese reason suppresses the finding and is not reported', () => {
    covers('suppression-reason');
    covers('suppression-unused');
    const text = zh({ type: 'generic' }, '<!-- replylint-disable-next-line neutral-tone -- 引用客户原话，保留原样 -->\n您到底看了没有？！');
    assertClean(text, 'neutral-tone');
    assertClean(text, 'suppression-reason');
    assertClean(text, 'suppression-unused');
  });

  it('a directive without a reason is reported; one that suppresses nothing is unused', () => {
    const noReason = zh({ type: 'generic' }, '<!-- replylint-disable-next-line neutral-tone -->\n您到底看了没有？！');
    assertClean(noReason, 'neutral-tone');
    assertReports(noReason, 'suppression-reason', 1);
    const unused = zh({ type: 'generic' }, '<!-- replylint-disable-next-line neutral-tone -- 客户原话 -->\n感谢您的来信。');
    assertReports(unused, 'suppression-unused', 1);
  });
});

describe('zh: insert suggestions', () => {
  it('every zh insert text satisfies its own element', () => {
    const bank = data.phrases.zh.elements;
    for (const [element, set] of Object.entries(bank)) {
      if (!set.insert) continue;
      assert.ok(hasElement(set.insert, element), `zh insert for ${element} should satisfy it: ${set.insert}`);
    }
  });

  it('applying the refund-offer insert makes the warning pass; applying the refund-as-done insert fixes the termination', () => {
    const warning = zh({ type: 'belle', stage: 'warning' }, HELLO + '如果这种情况继续，我们将终止合作。' + SIGN);
    const [m] = assertReports(warning, 'refund-offer', 1);
    const fixed = applySuggestion(warning, m);
    assertClean(fixed, 'refund-offer');
    assert.ok(fixed.indexOf('全额退款') < fixed.indexOf('此致'), 'inserted before the sign-off');

    const termination = zh({ type: 'belle', stage: 'termination' }, HELLO + REASON + '退款金额为 {{refund_amount}}。' + SIGN);
    const [t] = assertReports(termination, 'refund-as-done', 1);
    assertClean(applySuggestion(termination, t), 'refund-as-done');
  });

  it('applying the consequence insert satisfies warning-consequence', () => {
    const text = zh({ type: 'xavier', stage: 'warning' }, HELLO + '我们会按照正常流程处理您的请求，也可以为您全额退款。' + SIGN);
    const [m] = assertReports(text, 'warning-consequence', 1);
    const fixed = applySuggestion(text, m);
    assertClean(fixed, 'warning-consequence');
    assertClean(fixed, 'neutral-tone');
  });
});

describe('zh: the template library', () => {
  const files = libraryFiles('zh');
  it('has all 14 templates from the spec', () => {
    assert.deepEqual(files.map((f) => f.replace('.reply.md', '')).sort(), [...LIBRARY_TEMPLATES].sort());
  });
  for (const f of files) {
    it(`${f} lints with zero findings, addresses the customer with 您 and renders with both sample sets`, () => {
      const { text, doc } = assertLibraryTemplate('zh', f);
      assert.ok(!/你/.test(text.slice(doc.body[0])), `${f} addresses the customer with 你 instead of 您`);
    });
  }
});

describe('zh: locale-parity (cross-file)', () => {
  covers('locale-parity');
  const read = (locale: string): { path: string; text: string }[] => {
    const dir = path.join(import.meta.dirname, '../../templates', locale);
    return fs.readdirSync(dir).filter((f) => f.endsWith('.reply.md')).map((f) => ({ path: `${locale}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  };

  it('every zh template is in parity with its en source (same variables, same required elements)', () => {
    assert.deepEqual(checkParity([...read('en'), ...read('zh')], defaultConfig(), { stale: false }).map((f) => `${f.path} ${f.subId}: ${f.message}`), []);
  });

  it('a zh variant that drops a variable or a required element is reported', () => {
    const en = read('en').find((e) => e.path.endsWith('belle-warning.reply.md'));
    const zhFile = read('zh').find((e) => e.path.endsWith('belle-warning.reply.md'));
    assert.ok(en && zhFile);
    const noRefund = { ...zhFile, text: zhFile.text.replace('，并全额退还您支付的 {{refund_amount}}', '') };
    assert.deepEqual(checkParity([en, noRefund], defaultConfig(), { stale: false }).map((f) => `${f.path} ${f.subId}`), ['zh/belle-warning.reply.md elements']);
    const renamed = { ...zhFile, text: zhFile.text.replaceAll('agent_name', 'sender_name') };
    assert.deepEqual(checkParity([en, renamed], defaultConfig(), { stale: false }).map((f) => `${f.path} ${f.subId}`), ['zh/belle-warning.reply.md variables', 'zh/belle-warning.reply.md variables']);
  });
});

describe('zh: coverage', () => {
  it('every registered rule that reads Chinese text has zh cases', () => {
    const missing = [...ruleMap.keys()].filter((id) => !tested.has(id));
    assert.deepEqual(missing, []);
  });
});
