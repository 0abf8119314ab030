// Chinese neutral-tone in whole support replies: the calm wording that shares words with the
// support-reply entries (冷静期, 挂号信, 只需看看, 不会公开您的信息, 要不是您及时提醒, 如果您选错了,
// 第三次补发, the seeds' consequence "如果这种情况继续，我们将终止合作", our lawyer handling further
// correspondence) stays clean, while quiet hostility aimed at the customer (pointing at earlier
// replies, talking down, blame, brush-offs, veiled threats) is reported with exact spans.
// Single-sentence pairs live in data/tone/zh.yaml (test/unit/data-examples.test.ts); the score
// hint (sub-id `score`) is left out: this file is about the lexicon.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../server/src/engine/index.js';
import { template, toneSpans } from '../helpers.js';

const config = defaultConfig();
const reply = (body: string) => template({ type: 'generic', locale: 'zh' }, body);
const spans = (text: string) => toneSpans(text, config);

describe('zh tone: calm support replies stay clean', () => {
  it('a firm termination with the seeds\' consequence and the lawyer line', () => {
    const text = reply(
      '您好：\n\n您在5月3日的邮件中称我们的工程师是“一群废物”。如果这种情况继续，我们将终止与您的合作。' +
        '本邮件之后，相关事宜将由我们的律师与您联系。我们不会公开您的个人信息。\n\n客服团队',
    );
    assert.deepEqual(spans(text), []);
  });

  it('refund, re-shipment and how-to wording that shares words with the new entries', () => {
    const text = reply(
      '您好：\n\n订单在七天冷静期内可以随时取消，退款将原路退回。如果您之前选错了套餐，可以免费更换一次。' +
        '我们已经第三次为您补发了，这次改用挂号信。您只需看看页面上的提示就行，不需要任何操作。' +
        '要不是您及时提醒，我们也不会这么快发现这个问题。您自己没有注意到也很正常，这个按钮确实不明显。' +
        '请您先冷静评估两个方案，再告诉我们您的选择。\n\n客服团队',
    );
    assert.deepEqual(spans(text), []);
  });
});

describe('zh tone: quiet hostility in a support reply is reported on its words', () => {
  it('pointing at earlier replies, talking down, blame, brush-off and a veiled threat', () => {
    const text = reply(
      '您好：\n\n如我在上封邮件中所说，退款需要审核。这种事总不能还要我们手把手教吧？' +
        '是您自己没保管好密码。您的情绪我们管不了。后果您自己清楚。\n\n客服团队',
    );
    assert.deepEqual(spans(text), [
      'passive-aggressive: 如我在上封邮件中所说，',
      'condescension: 还要我们手把手教吧？',
      'blame: 您自己没保管',
      'dismissive: 您的情绪我们管不了',
      'threat: 后果您自己清楚',
    ]);
  });
});
