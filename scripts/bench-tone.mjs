#!/usr/bin/env node
// Micro-benchmark for neutral-tone on a 2 KB reply per first-class language, warm.
// Usage: node --import tsx scripts/bench-tone.mjs   (or: npm run bench:tone)
// Prints mean and p95 per call for:
//   tone      = lexicon matching + sentence endings + shouting + model score on a parsed document
//               (normalization of the prose included: a fresh parse per iteration)
//   lint      = lint(text, { only: ['neutral-tone'] }): parse + the rule, as the editor runs it
import { analyzeTone, defaultConfig, Knowledge, lint, parse } from '../server/src/engine/index.ts';
import { scoreText } from '../server/src/engine/tone/model.ts';

const paragraphs = {
  en: 'Thank you for your message about order {{order_id}}. We have checked the shipment and the parcel left our warehouse on Monday. As I already explained, the refund takes five business days. If anything else comes up, reply to this email and we will help. ',
  de: 'Vielen Dank für Ihre Nachricht zu Bestellung {{order_id}}. Wir haben die Sendung geprüft; das Paket hat unser Lager am Montag verlassen. Wie bereits mehrfach erwähnt, dauert die Erstattung fünf Werktage. Bei Fragen antworten Sie einfach auf diese E-Mail. ',
  zh: '感谢您就订单 {{order_id}} 联系我们。我们已核实物流信息，包裹已于周一从仓库发出。我们已经跟您说过很多次了，退款需要五个工作日。如有其他问题，请直接回复此邮件，我们会尽快为您处理。',
  ko: '주문 {{order_id}} 관련 문의 감사합니다. 배송 정보를 확인한 결과 상품은 월요일에 출고되었습니다. 다시 한번 말씀드리지만 환불은 영업일 기준 5일이 걸립니다. 다른 문의 사항이 있으시면 이 메일에 회신해 주세요. ',
};

const config = { ...defaultConfig(), only: ['neutral-tone'] };
const knowledge = new Knowledge(defaultConfig());
const results = [];

/**
 * Mean wall time and mean CPU time per call (CPU time is less sensitive to other processes on a
 * busy machine), and the p95 wall time.
 */
function measure(fn, iterations) {
  const times = new Float64Array(iterations);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times[i] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const cpu = process.cpuUsage(cpu0);
  times.sort();
  const mean = times.reduce((a, b) => a + b, 0) / iterations;
  return { mean, cpu: (cpu.user + cpu.system) / 1000 / iterations, median: times[Math.floor(iterations / 2)], p95: times[Math.floor(iterations * 0.95)] };
}

for (const [lang, para] of Object.entries(paragraphs)) {
  let body = '';
  while (body.length < 2048) body += para;
  body = body.slice(0, 2048);
  const text = `---\ntype: generic\nlocale: ${lang}\nvariables:\n  order_id:\n    example: "A-1"\n    description: "The order."\n---\n${body}\n`;
  const tone = () => {
    const doc = parse(text, config);
    analyzeTone(doc, knowledge);
    scoreText(doc.prose.text, doc.language);
  };
  const full = () => lint(text, config);
  for (let i = 0; i < 300; i++) { tone(); full(); } // warm-up: JIT, compiled matchers, decoded weights
  const parseOnly = measure(() => parse(text, config).prose, 3000);
  const t = measure(tone, 3000);
  const l = measure(full, 3000);
  results.push({ lang, chars: body.length, findings: analyzeTone(parse(text, config), knowledge).length, parse: parseOnly, tone: t, lint: l });
}

console.log('| language | body chars | findings | parse+normalize (median) | tone incl. parse: median / CPU mean / p95 | tone alone (median, approx.) | lint --only neutral-tone: median / p95 |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
const us = (x) => `${(x * 1000).toFixed(0)} µs`;
for (const r of results) {
  console.log(`| ${r.lang} | ${r.chars} | ${r.findings} | ${us(r.parse.median)} | ${us(r.tone.median)} / ${us(r.tone.cpu)} / ${us(r.tone.p95)} | ${us(Math.max(0, r.tone.median - r.parse.median))} | ${us(r.lint.median)} / ${us(r.lint.p95)} |`);
}
console.log(`\nnode ${process.version}, ${process.arch}, load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);
