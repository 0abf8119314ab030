// Korean quick-fix rewrites must read as Korean once applied. A tone finding often covers only
// part of a sentence ("너무 예민하" in "너무 예민하시네요"); a rewrite that is a whole sentence then
// splices into the middle of one ("불편을 드려 죄송합니다.시네요."). Entries whose spans end inside a
// word or sentence carry `rewrites: []` (the message asks to rephrase); the others offer phrases that
// slot into the span (죄송 + 합니다, 당신 → 고객님 + 이, "다시 한번 말씀드리지만" → "안내해 드리면").
// Every suggestion the lexicon offers on every hostile example (and on a few more sentences per
// entry that keeps rewrites) is applied and the result checked for the ways a splice breaks.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import data from '../../server/src/engine/data/generated.js';
import { defaultConfig, lint, type LintMessage } from '../../server/src/engine/index.js';
import { applySuggestion, template } from '../helpers.js';

const config = defaultConfig();
const reply = (body: string) => template({ type: 'generic', locale: 'ko' }, body);
const lexiconFindings = (text: string) =>
  lint(text, config).messages.filter((m) => m.ruleId === 'neutral-tone' && (m.data as { category: string }).category !== 'score');

const HANGUL = /[\uAC00-\uD7A3]/;
const SENTENCE_END = /[.?!:。？！]/;
const PUNCT = /[.,?!:;。，？！]/;
/** A rewrite that closes a sentence or a clause: final punctuation or a final verb ending. */
const closes = (r: string) => /[.?!:,。？！]$/.test(r) || /(니다|세요|어요|아요|에요|예요|해요|군요|네요|죠)$/.test(r);

/** Whether a Hangul syllable ends in a consonant (받침): it decides 이/가, 은/는, 을/를, 으셨/셨. */
const hasBatchim = (ch: string) => (ch.charCodeAt(0) - 0xac00) % 28 !== 0;
/**
 * When the span ends inside a word (the customer-facing ending or particle stays in the text), the
 * rewrite must be able to carry it: it keeps the span's last syllable (정말 정말 죄송 → 죄송 + 합니다)
 * or at least ends in a syllable the same ending attaches to (당신 → 고객님 + 이; not 고객님께서 + 이,
 * not "… 10일에" + 이시군요).
 */
const continues = (spanLast: string, rewriteLast: string) =>
  spanLast === rewriteLast || (HANGUL.test(rewriteLast) && hasBatchim(spanLast) === hasBatchim(rewriteLast) && !/[에서께로도만은는이가을를의와과]/.test(rewriteLast));

/**
 * What is wrong with replacing text[a, b) by `r`, in words; [] when the result reads well-formed.
 * - a rewrite that closes a sentence or clause must not be followed by the rest of a word
 *   ("… 종료하겠습니다." + "습니다", "완료되지 않았습니다" + "하셨잖아요"), and when the span ends
 *   inside a word, the rewrite must be able to carry the rest of it (see `continues`);
 * - no doubled sentence punctuation ("죄송합니다." + ".", "요약하면," + ".");
 * - a rewrite that is a whole sentence must start a sentence, not land in the middle of one
 *   ("이번이 " + "… 종료하겠습니다.");
 * - a removal must not leave punctuation hanging at the start of a sentence or after a comma
 *   ("네네, " + "." , "" + ", 또 비밀번호를 …").
 */
function spliceProblems(text: string, a: number, b: number, r: string): string[] {
  const problems: string[] = [];
  const after = text[b] ?? '';
  const before = text.slice(0, a).replace(/[ \t]+$/, '');
  const prev = before.slice(-1);
  const atSentenceStart = before === '' || prev === '\n' || SENTENCE_END.test(prev);
  if (r !== '') {
    if (closes(r) && HANGUL.test(after)) problems.push(`the word goes on after the rewrite: "${r}" + "${text.slice(b, b + 4)}"`);
    else if (HANGUL.test(after) && HANGUL.test(text[b - 1] ?? '') && !continues(text[b - 1], r.slice(-1))) {
      problems.push(`the rest of the word does not fit the rewrite: "${r}" + "${text.slice(b, b + 4)}" (was "${text.slice(a, b)}")`);
    }
    if (/[.?!:,。，？！]$/.test(r) && PUNCT.test(after)) problems.push(`doubled punctuation: "${r}" + "${after}"`);
    if (SENTENCE_END.test(r.slice(-1)) && !atSentenceStart) problems.push(`a whole sentence inside a sentence: "…${before.slice(-6)} " + "${r}"`);
  } else {
    const next = text.slice(b).replace(/^[ \t]+/, '').charAt(0);
    if (PUNCT.test(next) && (atSentenceStart || /[,，]/.test(prev))) problems.push(`removal leaves "${prev || '^'} ${next}"`);
  }
  return problems;
}

/** Applies every suggestion of every lexicon finding in `body` and returns the problems found. */
function problemsIn(body: string): { offered: number; problems: string[] } {
  const text = reply(body);
  let offered = 0;
  const problems: string[] = [];
  for (const m of lexiconFindings(text)) {
    (m.suggestions ?? []).forEach((s, i) => {
      offered++;
      assert.equal(s.edits.length, 1);
      const [e] = s.edits;
      const out = applySuggestion(text, m as LintMessage, i);
      for (const p of spliceProblems(text, e.range[0], e.range[1], e.text)) {
        problems.push(`${(m.data as { entry?: string }).entry ?? m.subId}: "${body}" -> "${out.split('---\n').pop()!.trim()}": ${p}`);
      }
    });
  }
  return { offered, problems };
}

describe('ko rewrites: the splice check itself', () => {
  it('catches the splices the lexicon used to offer', () => {
    const bad: [string, string, string][] = [
      ['너무 예민하시네요.', '너무 예민하', '불편을 드려 죄송합니다.'],
      ['계속 이러시면 가만두지 않겠습니다.', '가만두지 않겠', '이러한 행위가 계속될 경우 거래를 종료하겠습니다.'],
      ['후회하실 겁니다.', '후회하실 겁니다', '이러한 행위가 계속될 경우 거래를 종료하겠습니다.'],
      ['고객님께서 주소를 잘못 입력하셨잖아요.', '고객님께서 주소를 잘못 입력', '해당 단계가 완료되지 않았습니다'],
      ['그것도 모르세요?', '그것도 모르', '안내해 드리면 다음과 같습니다:'],
      ['이미 여러 번 말씀드렸습니다.', '이미 여러 번 말씀드렸습니다', '요약하면,'],
      ['네네, 그러시겠죠.', '그러시겠죠', ''],
      ['정말 대단하시네요, 또 비밀번호를 잊으셨군요.', '정말 대단하시네요', ''],
      ['정말 정말 죄송합니다.', '정말 정말 죄송', '사과드립니다.'],
      ['고객님은 항상 불만이시군요.', '고객님은 항상 불만', '5월 3일과 10일에'],
      ['한 번도 안내를 읽지 않으셨습니다.', '한 번도 안내를 읽지 않', '여러 차례'],
      ['당신이 주문한 상품은 품절입니다.', '당신', '고객님께서'],
    ];
    for (const [text, span, r] of bad) {
      const a = text.indexOf(span);
      assert.notDeepEqual(spliceProblems(text, a, a + span.length, r), [], `should reject "${span}" -> "${r}" in "${text}"`);
    }
  });

  it('accepts phrases that slot in', () => {
    const good: [string, string, string][] = [
      ['정말 정말 죄송합니다.', '정말 정말 죄송', '죄송'],
      ['당신이 주문한 상품은 품절입니다.', '당신', '고객님'],
      ['다시 한번 말씀드리지만, 환불은 불가합니다.', '다시 한번 말씀드리지만', '안내해 드리면'],
      ['맨날 배송 문제로 항의하시네요.', '맨날', '여러 차례'],
      ['죄송합니다. 죄송합니다. 죄송합니다.', '죄송합니다. 죄송합니다. 죄송합니다', '죄송합니다'],
      ['배송은 내일 돼.', '돼', '됩니다'],
      ['퍽이나 도움이 되겠네요.', '퍽이나', ''],
    ];
    for (const [text, span, r] of good) {
      const a = text.indexOf(span);
      assert.deepEqual(spliceProblems(text, a, a + span.length, r), [], `"${span}" -> "${r}" in "${text}"`);
    }
  });
});

describe('ko rewrites: every suggestion on every hostile example reads well-formed', () => {
  const entries = data.tone.ko.entries;
  for (const entry of entries) {
    const examples = (entry.examples ?? []).map(([hostile]) => hostile);
    if (examples.length === 0) continue;
    it(`${entry.id}${entry.rewrites?.length ? ` (${entry.rewrites.map((r) => JSON.stringify(r)).join(', ')})` : ' (no rewrites)'}`, () => {
      const problems = examples.flatMap((h) => problemsIn(h).problems);
      assert.deepEqual(problems, []);
    });
  }

  it('every entry that offers rewrites has a hostile example where its own rewrite is offered', () => {
    const missing: string[] = [];
    for (const entry of entries) {
      if (!entry.rewrites?.length) continue;
      const hit = (entry.examples ?? []).some(([hostile]) =>
        lexiconFindings(reply(hostile)).some((m) => (m.data as { entry?: string }).entry === entry.id && (m.suggestions?.length ?? 0) > 0));
      if (!hit) missing.push(entry.id ?? '?');
    }
    assert.deepEqual(missing, []);
  });
});

describe('ko rewrites: more sentences for the entries that keep rewrites', () => {
  // Other wordings of the same patterns than the example pairs: commas after the opener, other
  // endings after the span (해요체, 한 마음, 드려도), other particles after 당신.
  const sentences = [
    '다시 한번 말씀드리지만, 환불은 불가합니다.',
    '재차 강조하지만 기한은 금요일입니다.',
    '전에도 말씀드렸듯이 배송비는 환불되지 않습니다.',
    '앞서도 안내드렸지만 쿠폰은 한 번만 쓰실 수 있습니다.',
    '이전에도 설명드렸는데 이 기능은 유료입니다.',
    '허구한 날 같은 문의를 보내시네요.',
    '걸핏하면 리뷰에 별 하나를 주시네요.',
    '매번 똑같이 비밀번호를 잊으시네요.',
    '너무 너무 죄송한 마음입니다.',
    '진짜 진짜 죄송해요.',
    '천 번 사과드려도 부족합니다.',
    '죄송해요, 죄송해요, 죄송해요!',
    '당신은 환불 대상이 아닙니다.',
    '당신의 주문은 취소되었습니다.',
    '너 이거 확인해 봐요.',
    '네가 확인해 봐요.',
    '확인했습니다 ㅋㅋ',
    '그건 제가 처리할게.',
  ];
  for (const body of sentences) {
    it(body, () => {
      const { offered, problems } = problemsIn(body);
      assert.ok(offered > 0, `expected a rewrite to be offered on "${body}"`);
      assert.deepEqual(problems, []);
    });
  }

  it('the reported look-alikes of the old splices now offer no rewrite, only the message', () => {
    for (const body of ['너무 예민하시네요.', '계속 이러시면 가만두지 않겠습니다.', '그것도 모르세요?', '이미 여러 번 말씀드렸습니다.', '고객님은 항상 불만이시군요.', '지금 장난하세요?']) {
      const found = lexiconFindings(reply(body));
      assert.ok(found.length > 0, `"${body}" should still be reported`);
      assert.deepEqual(found.flatMap((m) => m.suggestions ?? []), [], `"${body}" should offer no splice`);
    }
  });
});
