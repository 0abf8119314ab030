// Korean neutral-tone in whole replies: look-alikes with an everyday meaning (바나나가 죽처럼,
// 딸바보, 생수 1병 신청, 김민수 씨 발급, 하노이, 아이들아, 철판 팬, 인공지능, 자살 예방 상담,
// 한 대 맞춤 제작, "충전을 몇 번이나 하세요?") stay clean, while the same stems aimed at the customer —
// including spelling tricks (spaces, dots or digits between syllables, jamo typed one by one) —
// are reported with exact spans. The single-sentence pairs live in data/tone/ko.yaml
// (test/unit/data-examples.test.ts); these tests check the context rules inside longer replies.
// The statistical score hint (sub-id `score`) has its own tests (test/tone/model.test.ts) and is
// left out here: this file is about the lexicon.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { defaultConfig } from '../../server/src/engine/index.js';
import { template, toneSpans } from '../helpers.js';

const config = defaultConfig();
const reply = (body: string) => template({ type: 'generic', locale: 'ko' }, body);
const plain = (body: string) => body + '\n';
const spans = (text: string) => toneSpans(text, config);

describe('ko tone: everyday meanings stay clean in a whole reply', () => {
  it('food, shop and product wording: 바나나가 죽처럼, 딸바보, 1병 신청, 오징어 젓갈, 철판 팬, 한 대 맞춤', () => {
    const text = reply(
      '안녕하세요, 고객님.\n\n' +
        '배송 중에 바나나가 죽처럼 물러졌다니 죄송합니다. 딸바보 아빠 선물 세트와 생수 1병 신청도 함께 접수했습니다. ' +
        '오징어 젓갈은 냉장 보관해 주시고, 철판 팬은 세제 없이 물로만 닦아 주세요. ' +
        '한 대 맞춤 제작으로 주문하시면 2주가 걸립니다.\n\n감사합니다.\n고객지원팀 드림',
    );
    assert.deepEqual(spans(text), []);
  });

  it('names, places and addresses: 김민수 씨 발급, 하노이 지점, 아이들아 (a kids\' newsletter), 애비뉴 점', () => {
    const text = reply(
      '안녕하세요.\n\n' +
        '김민수 씨 발급하신 쿠폰은 내일까지 쓰실 수 있습니다. 하노이 지점으로 보내실 때는 주소를 영문으로 적어 주세요. ' +
        '애비뉴 점 매장에서도 교환하실 수 있습니다. 어린이 회원 소식지는 "아이들아, 안녕!"이라는 인사로 시작합니다.\n\n' +
        '고객지원팀 드림',
    );
    assert.deepEqual(spans(text), []);
  });

  it('support wording that shares a stem: 인공지능, 자살 예방 상담, 지겨우셨을 텐데, 몇 번이나 하세요?, 흠집이 생긴 그대로', () => {
    const text = reply(
      '안녕하세요, 고객님.\n\n' +
        '기다리시느라 지겨우셨을 텐데 죄송합니다. 인공지능 상담은 밤에도 이용하실 수 있고, 자살 예방 상담은 109로 ' +
        '24시간 연결됩니다. 하루에 충전을 몇 번이나 하세요? 횟수를 알려 주시면 확인해 드리겠습니다. ' +
        '흠집이 생긴 그대로 사진을 찍어 보내 주세요.\n\n고객지원팀 드림',
    );
    assert.deepEqual(spans(text), []);
  });

  it('reporting what the customer wrote is not our insult', () => {
    const text = reply(
      '안녕하세요.\n\n5월 3일 채팅에서 저희 상담원을 멍청이라고 부르셨고, 같은 날 리뷰에서 직원을 사기꾼이라고 적으셨습니다. ' +
        '이러한 행위가 계속될 경우 거래를 종료하겠습니다.\n\n고객지원팀 드림',
    );
    assert.deepEqual(spans(text), []);
  });
});

describe('ko tone: the same words aimed at the customer', () => {
  it('looks, intelligence and shaming are insults, reported on their words', () => {
    const text = reply(
      '안녕하세요.\n\n그 몸매로 이 옷을 입으시려고요? 무식한 질문은 받지 않습니다. ' +
        '이런 요구를 하시고도 부끄럽지도 않으세요?\n\n고객지원팀 드림',
    );
    assert.deepEqual(spans(text), [
      'insult: 그 몸매로 이 옷을 입으',
      'insult: 무식',
      'insult: 부끄럽지도 않',
    ]);
  });

  it('"if you don\'t like it, leave", 누가 물어봤, condescension about reading, and a violent threat', () => {
    const text = reply(
      '안녕하세요.\n\n불만이시면 저희 서비스를 쓰지 마세요. 누가 물어봤나요? 글 못 읽으세요? ' +
        '좀 맞아야 정신을 차리시겠어요?\n\n고객지원팀 드림',
    );
    assert.deepEqual(spans(text), [
      'dismissive: 불만이시면 저희 서비스를 쓰지 마',
      'dismissive: 누가 물어봤',
      'condescension: 글 못 읽으세',
      'threat: 맞아야 정신',
    ]);
  });

  it('a mocking ~노 ending and a contemptuous ~들아 address', () => {
    const text = reply('안녕하세요.\n\n규정은 읽지도 않고 환불 요청하노? 고객들아, 리뷰는 적당히 쓰세요.\n\n고객지원팀 드림');
    assert.deepEqual(spans(text), ['insult: 하노', 'insult: 들아']);
  });
});

describe('ko tone: spelling tricks around the same profanity', () => {
  const cases: [string, string][] = [
    ['씨 발 또 환불 얘기네요.', '씨 발'],
    ['씨.발 또 환불 얘기네요.', '씨.발'],
    ['씨~발 또 환불 얘기네요.', '씨~발'],
    ['시1발 또 환불 얘기네요.', '시1발'],
    ['ㅅㅣㅂㅏㄹ 또 환불 얘기네요.', 'ㅅㅣㅂㅏㄹ'],
    ['ㅂ.ㅅ 같은 질문이네요.', 'ㅂ.ㅅ'],
    ['병 신 같은 질문이네요.', '병 신 같'],
    ['개 새 끼 같은 리뷰네요.', '개 새 끼'],
    ['지 랄 하지 마세요.', '지 랄 하'],
    ['tlqkf 또 환불이네요.', 'tlqkf'],
  ];
  for (const [sentence, span] of cases) {
    it(`"${sentence}" is an insult on "${span}" (plain text too)`, () => {
      assert.deepEqual(spans(plain(sentence)), [`insult: ${span}`]);
      assert.deepEqual(spans(reply(sentence)), [`insult: ${span}`]);
    });
  }

  it('a zero-width space inside the word is covered by the span', () => {
    const text = plain('씨\u200b발 또 환불 얘기네요.');
    assert.deepEqual(spans(text), ['insult: 씨\u200b발']);
  });
});

// Quiet support-reply hostility (passive-aggressive reminders, sarcastic praise, blame, curt
// brush-offs, veiled threats) shares stems with calm support wording: a no-reply notice, the
// seeds' legitimate consequence, a self-blaming apology, security advice, reassurance.
describe('ko tone: calm support wording next to the quiet-hostility entries', () => {
  it('termination consequence, lawyer line, no-reply notice and records kept by law stay clean', () => {
    const text = reply(
      '안녕하세요, 고객님.\n\n' +
        '폭언이 계속될 경우 서비스 이용 계약을 해지하겠습니다. 앞으로의 연락은 저희 법무 대리인이 맡게 됩니다. ' +
        '고객님 개인정보는 관련 법령에 따라 안전하게 보관하고 있으며, 통화 내용은 품질 관리를 위해 녹음됩니다. ' +
        '고객님께 더 잘 맞는 업체를 찾으시길 바랍니다. 이 메일은 발신 전용이므로 회신하지 마세요.\n\n고객지원팀 드림',
    );
    assert.deepEqual(spans(text), []);
  });

  it('self-blame, reassurance, security advice and the refund stay clean', () => {
    const text = reply(
      '안녕하세요.\n\n' +
        '저희가 미리 확인했어야 했습니다. 제가 문의 내용을 잘못 이해한 것 같네요. 고객님 탓이 아니라 시스템 오류였습니다. ' +
        '앞으로 이런 문자에는 답장하지 마세요. 스미싱 문자입니다. 이번에는 꼭 받으실 수 있도록 등기로 보내 드렸고, ' +
        '차액은 작은 금액이라도 모두 환불해 드립니다. 접수만 해 주시면 저희가 알아서 처리해 드립니다. ' +
        '한 번도 개봉하지 않으신 상품은 전액 환불됩니다.\n\n고객지원팀 드림',
    );
    assert.deepEqual(spans(text), []);
  });

  it('the same reply turned hostile is reported on the hostile words (plain text too)', () => {
    const body =
      '이미 말씀드렸듯이 환불은 일주일 걸립니다. 주소를 틀리게 쓰신 건 고객님이시잖아요. ' +
      '하루에 메일을 열 통이나 보내시다니 대단하시네요. 처리했으니 앞으로 이 건으로 연락하지 마세요. ' +
      '고객님 주소와 연락처는 저희가 다 갖고 있거든요.';
    const expected = [
      'passive-aggressive: 이미 말씀드렸듯이',
      'blame: 신 건 고객님이시잖아요',
      'sarcasm: 시다니 대단하시네요',
      'dismissive: 앞으로 이 건으로 연락하지 마',
      'threat: 주소와 연락처는 저희가 다 갖고 있거든',
    ];
    assert.deepEqual(spans(plain(body)), expected);
    assert.deepEqual(spans(reply(`안녕하세요.\n\n${body}\n\n고객지원팀 드림`)), expected);
  });
});
