// Japanese neutral-tone precision: whole replies full of words that look like lexicon words
// (届いたばかり, カスタマーサポート, むしろ, ごめんなさい in honest wording, 最後のチャンス for a sale,
// いつもご利用, 後悔のないよう, 常識の範囲内, 前回ご案内したとおり), firm but calm consequences, a lawyer
// redirect, an export deadline, honest keigo apologies and neutral plain forms in notes stay clean,
// while hostile wording (including plain imperatives and rude sentence endings aimed at the
// customer) is reported on its exact words.
// The single-sentence pairs live in data/tone/ja.yaml (test/unit/data-examples.test.ts); these
// tests check that the context rules hold inside longer replies, where other words sit nearby.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, template, toneSpans } from '../helpers.js';

const reply = (body: string) => template({ type: 'generic', locale: 'ja' }, body);

describe('ja tone: firm replies stay clean', () => {
  it('a warning with a calm consequence and a termination with its reason', () => {
    assertClean(
      reply(
        '山田様\n\n' +
          '5月3日のお電話で、弊社の担当者が「無能」「役立たず」と呼ばれたことを確認しております。' +
          'また、直近2通のメールにも担当者を罵倒する表現が含まれていました。' +
          'このような行為が続く場合、ご契約を解除し、アカウントを閉鎖いたします。' +
          '利用規約第7条に基づく最終のご警告となります。4月2日付の請求書は未払いのままですので、' +
          '5月20日までにお支払いをお願いいたします。\n\n' +
          'カスタマーサポート',
      ),
      'neutral-tone',
    );
  });

  it('refund, lawyer redirect and data-export deadline with an honest keigo apology', () => {
    assertClean(
      reply(
        '佐藤様\n\n' +
          'ご契約は6月30日をもって終了いたします。4,900円の返金手続きは本日完了しており、' +
          '5営業日以内に口座へ反映されます。データは7月15日まで {{export_url}} からエクスポートできます。' +
          '期限を過ぎると削除されますので、ご注意ください。今後のご連絡はすべて弊社の弁護士が承ります。' +
          'ご返信が遅くなり、誠に申し訳ございません。心よりお詫び申し上げます。\n\n' +
          'カスタマーサポート',
      ),
      'neutral-tone',
    );
  });

  it('a public review reply that apologises once and corrects the facts', () => {
    assertClean(
      reply(
        'レビューをお寄せいただき、ありがとうございます。\n\n' +
          'お届けまで3週間かかってしまい、大変申し訳ございませんでした。配送業者の不手際により、' +
          '荷物が別の倉庫に送られていたことが分かりました。弊社の確認不足もあり、重ねてお詫び申し上げます。' +
          '返品送料は弊社が負担いたします。いつもご利用いただき、ありがとうございます。\n\n' +
          'ショップ担当',
      ),
      'neutral-tone',
    );
  });

  it('everyday meanings: just arrived, customer support, rather, a sale, a blurry photo, the bin, a kids price', () => {
    assertClean(
      reply(
        '鈴木様\n\n' +
          '商品は昨日届いたばかりとのこと、承知しました。カスタマーサポートは平日9時から対応しております。' +
          'むしろ、早めにお知らせいただけて助かりました。今週末が最後のチャンスです。セールをお見逃しなく。' +
          'お送りいただいた写真がピンボケでしたので、もう一度お願いできますか。削除したファイルはゴミ箱から' +
          '30日間復元できます。小学生以下のお子様は無料です。ご購入後に後悔のないよう、サイズ表をご確認ください。\n\n' +
          'カスタマーサポート',
      ),
      'neutral-tone',
    );
  });

  it('routine keigo: as announced before, common-sense use, notes in plain form, calm-down-then-call', () => {
    assertClean(
      reply(
        '高橋様\n\n' +
          '前回ご案内したとおり、締め切りは5月12日です。先日お伝えした在庫の件、入荷日が決まりました。' +
          '常識の範囲内でのご利用をお願いしております。設定はご自身で変更することもできます。' +
          '状況が落ち着いたらご連絡ください。この機能は曜日に関係なくご利用いただけます。\n\n' +
          '※セール品は返品できない。\n※在庫は変動する。\n\n' +
          '何度もご連絡いただき、申し訳ございません。引き続きよろしくお願いいたします。\n\n' +
          'カスタマーサポート',
      ),
      'neutral-tone',
    );
  });
});

describe('ja tone: hostile wording is reported on its exact words', () => {
  it('passive aggression, blame and condescension', () => {
    const text = reply(
      '田中様\n\n何度も申し上げていますが、返金には5日かかります。' +
        'これはお客様の入力ミスが原因です。マニュアルくらい読んでから連絡してください。\n\nサポート',
    );
    assert.deepEqual(toneSpans(text), [
      'passive-aggressive: 何度も申し上げています',
      'blame: お客様の入力ミスが原因',
      'condescension: マニュアルくらい読んでから',
    ]);
  });

  it('rude address, plain imperatives and rude sentence endings', () => {
    const text = reply(
      '返品したいならお前が伝票を送れ。二度と電話するな。説明書に書いてあるだろ。' +
        'さっさと払ってください。\n\nサポート',
    );
    assert.deepEqual(toneSpans(text), [
      'register: お前',
      'register: 送れ',
      'register: するな',
      'register: だろ',
      'register: さっさと',
    ]);
  });

  it('threat, dismissal, sarcasm and grovelling', () => {
    const text = reply(
      '後悔しますよ。まず落ち着いてください。さすがですね。本当に本当に申し訳ございません。\n\nサポート',
    );
    assert.deepEqual(toneSpans(text), [
      'threat: 後悔しますよ',
      'dismissive: 落ち着いてください',
      'sarcasm: さすがですね',
      'grovelling: 本当に本当に',
    ]);
  });

  it('condescending favours, casual words and a brush-off next to clean keigo', () => {
    const text = reply(
      '中村様\n\nご連絡ありがとうございます。今回だけ返金してあげます。マジで在庫ないんですよ。' +
        'だから言ったじゃないですか。お客様のご注文は本日発送いたしました。\n\nサポート',
    );
    assert.deepEqual(toneSpans(text), [
      'condescension: 返金してあげます',
      'register: マジで',
      'passive-aggressive: だから言ったじゃないですか',
    ]);
  });
});
