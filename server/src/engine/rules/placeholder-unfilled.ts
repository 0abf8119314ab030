import { elementHits } from '../knowledge.js';
import type { Rule } from '../rule.js';
import type { Range } from '../types.js';

/** Literal placeholders a writer forgot to fill: "insert link here", "[link]", TODO, XXX, TBD. */
export const rule: Rule = {
  id: 'placeholder-unfilled',
  description: 'No literal stand-ins such as "insert link here", "[link]", TODO, XXX or TBD are left in the reply.',
  defaultSeverity: 'error',
  tags: ['placeholder'],
  generic: true,
  check(ctx) {
    const { doc } = ctx;
    const [start, end] = doc.body;
    // Full-width forms (ＴＯＤＯ, ［链接］, typed with a CJK input method) as half-width; the
    // mapping is one UTF-16 unit to one, so offsets stay true and reports quote the original.
    const body = doc.text.slice(start, end).replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    const seen: Range[] = [];
    const report = (range: Range, what: string): void => {
      if (seen.some((r) => r[0] < range[1] && range[0] < r[1])) return;
      seen.push(range);
      ctx.report({ range, message: `"${what}" is a stand-in that was never filled in: write the real text or use a declared {{variable}}.` });
    };
    // Language-independent markers (upper case, as writers leave them).
    const markers = /(?<![\p{L}\p{N}_])(TODO|FIXME|TBD|TBA|XXX+|\?\?\?+|lorem ipsum)(?![\p{L}\p{N}_])|\[(?:insert[^\]\n]{0,40}|link|url|name|date|amount|company|product|Link|URL|Name|Datum|Betrag|Firma|링크|이름|날짜|금액|链接|名字|姓名|日期|金额)\](?!\()|<(?:insert[^>\n]{0,40}|link|url|name)>/giu;
    for (let m = markers.exec(body); m; m = markers.exec(body)) {
      const a = start + m.index;
      const b = a + m[0].length;
      if (doc.code.some((r) => r[0] < b && a < r[1]) || doc.comments.some((c) => c.range[0] < b && a < c.range[1])) continue;
      // TODO/XXX in lower case is ordinary text ("xxx" rarely, "todo" never in replies): only flag upper case.
      if (/^(todo|fixme|tbd|tba|xxx+)$/i.test(m[0]) && m[0] !== m[0].toUpperCase()) continue;
      report([a, b], doc.text.slice(a, b));
    }
    // Locale phrases ("insert link here", "Link hier einfügen", "此处插入链接", "여기에 링크 입력").
    for (const hit of elementHits(doc, ctx.knowledge).get('unfilled') ?? []) report(hit.range, doc.text.slice(hit.range[0], hit.range[1]));
  },
};
