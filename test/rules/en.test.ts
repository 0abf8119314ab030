// Table tests for every registered rule in English: valid and invalid cases, exact spans,
// suggestion and fix round-trips, suppressions, front matter and files without front matter.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultConfig, elementHits, knowledgeFor, lint, parse, ruleMap, rules, type LintMessage } from '../../server/src/engine/index.js';
import { applySuggestion, assertClean, assertReports, fixAll, messagesOf, spanOf, template, type TemplateSpec, assertLibraryTemplate, libraryFiles, LIBRARY_TEMPLATES } from '../helpers.js';

const SIGN = '\n\nKind regards,\n{{agent_name}}';
const tested = new Set<string>();
const covers = (id: string): void => void tested.add(id);

/** A required-element rule: clean with `good`, one document-level finding for `element` with `bad`. */
interface ElementCase {
  rule: string;
  spec: TemplateSpec;
  good: string;
  bad: string;
  element: string;
  /** A template of another type/stage where the rule does not apply (bad body stays clean). */
  notApplicable?: TemplateSpec;
}

const elementCases: ElementCase[] = [
  { rule: 'acknowledgement-timeframe', spec: { type: 'angry', stage: 'acknowledgement' }, element: 'response-time',
    good: 'Hello {{customer_name}},\n\nWe have received your message. A member of our team will reply within one business day.',
    bad: 'Hello {{customer_name}},\n\nWe have received your message and will reply as soon as possible.',
    notApplicable: { type: 'angry', stage: 'complaint-response' } },
  { rule: 'cooperation-request', spec: { type: 'angry', stage: 'complaint-response' }, element: 'cooperation',
    good: 'Hello {{customer_name}},\n\nThank you for telling us. We will release a fix on {{fix_date}}. Could you send us a screenshot of the error?' + SIGN,
    bad: 'Hello {{customer_name}},\n\nThank you for telling us. We will release a fix on {{fix_date}}.' + SIGN,
    notApplicable: { type: 'angry', stage: 'acknowledgement' } },
  { rule: 'data-retrieval-deadline', spec: { type: 'belle', stage: 'walk-away', business: 'service' }, element: 'data-deletion',
    good: 'Hello {{customer_name}},\n\nWe have refunded {{refund_amount}}. You can export all of your data from {{export_url}}. After {{deletion_date}} it will be permanently deleted.' + SIGN,
    bad: 'Hello {{customer_name}},\n\nWe have refunded {{refund_amount}}. You can export all of your data from {{export_url}}.' + SIGN,
    notApplicable: { type: 'belle', stage: 'walk-away', business: 'product' } },
  { rule: 'docs-link', spec: { type: 'will', stage: 'warning' }, element: 'docs-link',
    good: 'Hello {{customer_name}},\n\nThe documentation covers this step: {{docs_url}}' + SIGN,
    bad: 'Hello {{customer_name}},\n\nPlease read the documentation before you write again.' + SIGN,
    notApplicable: { type: 'belle', stage: 'warning' } },
  { rule: 'good-wishes', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'good-wishes',
    good: 'Hello {{customer_name}},\n\nWe are ending your subscription. We wish you every success with your next provider.' + SIGN,
    bad: 'Hello {{customer_name}},\n\nWe are ending your subscription.' + SIGN,
    notApplicable: { type: 'belle', stage: 'termination' } },
  { rule: 'incidents-cited', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'incidents',
    good: 'Hello {{customer_name}},\n\nThe incidents we reviewed include {{incident_examples}}.' + SIGN,
    bad: 'Hello {{customer_name}},\n\nWe have made a final decision about your account.' + SIGN,
    notApplicable: { type: 'xavier', stage: 'termination' } },
  { rule: 'lawyer-redirect', spec: { type: 'xavier', stage: 'termination', legal_threat: true }, element: 'lawyer-redirect',
    good: 'Hello {{customer_name}},\n\nAll further correspondence about this matter will be handled by our legal counsel, {{lawyer_contact}}.' + SIGN,
    bad: 'Hello {{customer_name}},\n\nPlease contact our support team with any further questions.' + SIGN,
    notApplicable: { type: 'xavier', stage: 'termination', legal_threat: false } },
  { rule: 'poor-fit-alternatives', spec: { type: 'will', stage: 'termination' }, element: 'alternatives',
    good: 'Hello {{customer_name}},\n\nWe are sorry that our plugin was not the right fit for you. As an alternative, {{alternative_product}} may suit you better.' + SIGN,
    bad: 'Hello {{customer_name}},\n\nWe are sorry that our plugin was not the right fit for you.' + SIGN,
    notApplicable: { type: 'will', stage: 'warning' } },
  { rule: 'refund-offer', spec: { type: 'belle', stage: 'warning' }, element: 'refund',
    good: 'Hello {{customer_name}},\n\nIf this continues, we will end our business relationship and refund your purchase.' + SIGN,
    bad: 'Hello {{customer_name}},\n\nIf this continues, we will end our business relationship. This purchase is not eligible for a refund.' + SIGN,
    notApplicable: { type: 'angry', stage: 'complaint-response' } },
  { rule: 'review-revision-request', spec: { type: 'angry', stage: 'review-revision' }, element: 'revise-review',
    good: 'Hello {{customer_name}},\n\nThe problem has been fixed in version {{fix_version}}. Would you consider updating your review?' + SIGN,
    bad: 'Hello {{customer_name}},\n\nThe problem has been fixed in version {{fix_version}}. Thanks for the review.' + SIGN,
    notApplicable: { type: 'angry', stage: 'complaint-response' } },
  { rule: 'warning-consequence', spec: { type: 'belle', stage: 'warning' }, element: 'consequence',
    good: 'Hello {{customer_name}},\n\nIf the insults continue, we will end our business relationship and refund your purchase.' + SIGN,
    bad: 'Hello {{customer_name}},\n\nWe can refund your purchase if you prefer.' + SIGN,
    notApplicable: { type: 'belle', stage: 'termination' } },
  { rule: 'authority-sign-off', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'authority',
    good: 'Hello {{customer_name}},\n\nWe are ending your subscription.\n\nSincerely,\nAlex Morgan, Chief Operating Officer',
    bad: 'Hello {{customer_name}},\n\nWe are ending your subscription.\n\nBest regards,\nthe support team',
    notApplicable: { type: 'belle', stage: 'termination' } },
  { rule: 'termination-reason', spec: { type: 'belle', stage: 'termination' }, element: 'reason',
    good: 'Hello {{customer_name}},\n\nBecause of your repeated insults toward our staff, we are ending our business relationship.' + SIGN,
    bad: 'Hello {{customer_name}},\n\nThis is our final answer on the matter.' + SIGN,
    notApplicable: { type: 'belle', stage: 'warning' } },
  { rule: 'refund-as-done', spec: { type: 'belle', stage: 'termination' }, element: 'refund-issued',
    good: 'Hello {{customer_name}},\n\nWe have refunded {{refund_amount}} to your original payment method.' + SIGN,
    bad: 'Hello {{customer_name}},\n\nA refund of {{refund_amount}} is possible.' + SIGN,
    notApplicable: { type: 'belle', stage: 'warning' } },
  { rule: 'acknowledge-before-remedy', spec: { type: 'angry', stage: 'complaint-response' }, element: 'acknowledge',
    good: 'Hello {{customer_name}},\n\nThank you for letting us know. We will release a fix on {{fix_date}}.' + SIGN,
    bad: 'Hello {{customer_name}},\n\nWe will release a fix on {{fix_date}}.' + SIGN,
    notApplicable: { type: 'angry', stage: 'acknowledgement' } },
];

describe('required-element rules (en)', () => {
  for (const c of elementCases) {
    describe(c.rule, () => {
      covers(c.rule);
      it('is satisfied by natural English wording', () => assertClean(template(c.spec, c.good), c.rule));
      it(`reports the missing ${c.element} once, document-level on the stage line`, () => {
        const text = template(c.spec, c.bad);
        const [m] = assertReports(text, c.rule, 1);
        assert.equal(m.documentLevel, true);
        assert.equal(m.data?.element, c.element);
        assert.match(spanOf(text, m), /^stage: /);
      });
      it('suggestion round-trip: the inserted paragraph satisfies the element', () => {
        const text = template(c.spec, c.bad);
        const [m] = messagesOf(text, c.rule);
        const fixed = applySuggestion(text, m);
        assert.deepEqual(messagesOf(fixed, c.rule).filter((x) => x.data?.element === c.element).map((x) => x.message), []);
        assert.ok(parse(fixed).placeholders.length >= parse(text).placeholders.length);
      });
      if (c.notApplicable) {
        it('does not apply to other types or stages', () => assertClean(template(c.notApplicable!, c.bad), c.rule));
      }
      it('does not run without front matter', () => assertClean(c.bad, c.rule));
    });
  }
});

describe('English phrase bank', () => {
  const k = knowledgeFor(defaultConfig());
  for (const element of Object.keys(k.elements)) {
    const set = k.phraseSet('en', element);
    if (!set?.insert) continue;
    it(`the insert text of ${element} satisfies ${element}`, () => {
      const doc = parse(`---\nlocale: en\n---\n${set.insert}\n`);
      assert.ok(elementHits(doc, k).has(element), set.insert);
    });
  }
  it('a greeting placeholder does not count as a documentation link for the next paragraph', () => {
    const doc = parse('---\nlocale: en\n---\nHello {{customer_name}},\n\nPlease read the documentation.\n');
    assert.ok(!elementHits(doc, k).has('docs-link'));
  });
});

describe('rule-specific behaviour (en)', () => {
  it('acknowledge-before-remedy: a remedy before the acknowledgement is reported on the remedy words', () => {
    const text = template({ type: 'angry', stage: 'complaint-response' }, 'Hello {{customer_name}},\n\nWe will release a fix on {{fix_date}}. I am sorry for the trouble this has caused.' + SIGN);
    const [m] = assertReports(text, 'acknowledge-before-remedy', 1);
    assert.equal(spanOf(text, m), 'We will release a fix');
    assert.equal(m.documentLevel, undefined);
  });

  it('authority-sign-off: a role mentioned far above the sign-off does not count', () => {
    const filler = ' Our team has reviewed every message you sent us over the past months, and we have documented each incident in detail.'.repeat(4);
    const text = template({ type: 'dwight', stage: 'termination', business: 'service' }, `Hello {{customer_name}},\n\nOur COO has reviewed your account.${filler}\n\nBest regards,\nthe support team`);
    assertReports(text, 'authority-sign-off', 1);
    assertClean(text.replace('the support team', 'Alex Morgan, Head of Support'), 'authority-sign-off');
  });

  it('refund-as-done: asking whether they want the refund is reported on the question, and the suggestion states it as done', () => {
    const text = template({ type: 'belle', stage: 'termination' }, 'Hello {{customer_name}},\n\nBecause of your insults we are ending our relationship. Would you like a refund?' + SIGN);
    const [m] = assertReports(text, 'refund-as-done', 1);
    assert.equal(spanOf(text, m), 'Would you like a refund');
    const fixed = applySuggestion(text, m);
    assert.match(fixed, /We have already refunded \{\{refund_amount\}\}/);
    assertClean(fixed, 'refund-as-done');
  });

  it('termination-reason: a vague decision is reported on its words', () => {
    const text = template({ type: 'belle', stage: 'termination' }, 'Hello {{customer_name}},\n\nWe have decided to end our business relationship. We have refunded your purchase.' + SIGN);
    const [m] = assertReports(text, 'termination-reason', 1);
    assert.equal(spanOf(text, m), 'We have decided to end');
  });

  it('termination-reason: contractions and British spelling count as a reason', () => {
    for (const body of ["You've threatened legal action against our company, so we are ending the relationship.", 'Because of this behaviour, we can no longer work with you.']) {
      assertClean(template({ type: 'xavier', stage: 'termination' }, body), 'termination-reason');
    }
  });

  it('refund-offer: "non-refundable" and "no refund" do not count as an offer', () => {
    assertReports(template({ type: 'will', stage: 'warning' }, 'The license is non-refundable.'), 'refund-offer', 1);
    assertReports(template({ type: 'will', stage: 'warning' }, "We can't refund this order."), 'refund-offer', 1);
  });

  it('brevity: a long sentence is reported on the sentence, a long reply on the stage line', () => {
    covers('brevity');
    const long = 'We have looked at every one of the messages that you sent to our support team over the last few weeks and we have found that most of them ask for changes that are outside of what our support covers for this product.';
    const text = template({ type: 'belle', stage: 'refund' }, `Hello {{customer_name}},\n\n${long}`);
    const [m] = assertReports(text, 'brevity', 1);
    assert.equal(m.subId, 'sentence');
    assert.equal(spanOf(text, m), long);
    const many = Array.from({ length: 30 }, (_, i) => `This is short sentence number ${i + 1}.`).join(' ');
    const t2 = template({ type: 'belle', stage: 'refund' }, many);
    const [len] = assertReports(t2, 'brevity', 1);
    assert.equal(len.subId, 'length');
    assert.equal(len.documentLevel, true);
    assertClean(template({ type: 'belle', stage: 'refund' }, 'We have refunded your purchase.'), 'brevity');
    const cfg = defaultConfig();
    cfg.ruleOptions.brevity = { maxWords: 5 };
    assertReports(template({ type: 'belle', stage: 'refund' }, 'We have refunded your purchase in full today.'), 'brevity', 1, cfg);
  });

  it('locale-parity: a single document never reports (the cross-file check is checkParity)', () => {
    covers('locale-parity');
    assertClean(template({ type: 'belle', stage: 'warning', locale: 'en' }, 'id mismatch or not, nothing to compare.'), 'locale-parity');
    assert.equal(ruleMap.get('locale-parity')?.defaultSeverity, 'warning');
  });

  it('locale-support: locale fr gets one info on the locale value and no required-element findings', () => {
    covers('locale-support');
    const text = template({ type: 'belle', stage: 'termination', locale: 'fr' }, 'Bonjour {{customer_name}},\n\nNous mettons fin à notre relation commerciale.');
    const [m] = assertReports(text, 'locale-support', 1);
    assert.equal(m.severity, 'info');
    assert.equal(spanOf(text, m), 'fr');
    const ruleIds = lint(text).messages.map((x) => x.ruleId);
    for (const id of ['refund-offer', 'refund-as-done', 'termination-reason']) assert.ok(!ruleIds.includes(id), `${id} should not run for fr`);
    assertClean(template({ type: 'belle', stage: 'warning', locale: 'en' }, 'Hello.'), 'locale-support');
  });

  it('neutral-tone: condescension is reported on its words with a rewrite that clears it', () => {
    covers('neutral-tone');
    const text = template({ type: 'will', stage: 'warning' }, 'Hello {{customer_name}},\n\nObviously, the refund cannot be processed twice.' + SIGN);
    const [m] = assertReports(text, 'neutral-tone', 1);
    // A sentence opener is reported with its comma, so removing or rewriting it leaves clean text.
    assert.equal(spanOf(text, m), 'Obviously,');
    assert.equal(m.subId, 'condescension');
    assert.ok(m.suggestions?.length);
    assertClean(applySuggestion(text, m), 'neutral-tone');
  });

  it('neutral-tone: shouting in capitals is reported; neutral wording and acronyms are not', () => {
    // Capitals on plain wording: where a lexicon entry covers the same words ("READ THE
    // DOCUMENTATION BEFORE YOU WRITE AGAIN" is condescension), that finding takes the span instead.
    const text = template({ type: 'will', stage: 'warning' }, 'Hello {{customer_name}},\n\nWE WILL NOT REFUND THIS ORDER TWICE.' + SIGN);
    const found = assertReports(text, 'neutral-tone');
    assert.deepEqual(found.map((f) => f.subId), ['shouting']);
    assert.equal(spanOf(text, found[0]), 'WE WILL NOT REFUND THIS ORDER TWICE');
    const both = template({ type: 'will', stage: 'warning' }, 'Hello {{customer_name}},\n\nPLEASE READ THE DOCUMENTATION BEFORE YOU WRITE AGAIN.' + SIGN);
    assert.deepEqual(assertReports(both, 'neutral-tone').map((f) => f.subId), ['condescension']);
    assertClean(template({ type: 'will', stage: 'warning' }, 'Hello {{customer_name}},\n\nThe FAQ and the API guide cover this step. We are glad to help with anything else.' + SIGN), 'neutral-tone');
  });

  it('no-warning-on-legal-threat: a warning after a legal threat is reported on the stage, and the suggestion fixes it', () => {
    covers('no-warning-on-legal-threat');
    const text = template({ type: 'xavier', stage: 'warning', legal_threat: true }, 'Hello {{customer_name}},\n\nIf this continues, we will end our relationship and refund you.' + SIGN);
    const [m] = assertReports(text, 'no-warning-on-legal-threat', 1);
    assert.equal(spanOf(text, m), 'warning');
    const fixed = applySuggestion(text, m);
    assert.match(fixed, /stage: termination/);
    assertClean(fixed, 'no-warning-on-legal-threat');
    assertClean(template({ type: 'xavier', stage: 'warning', legal_threat: false }, 'Hello.'), 'no-warning-on-legal-threat');
  });

  it('review-response-once: a question in a public review reply is reported on the sentence', () => {
    covers('review-response-once');
    const body = 'Thank you for your review. We refunded the purchase in full. Would you like to discuss this further?';
    const text = template({ type: 'xavier', stage: 'review-response' }, body);
    const [m] = assertReports(text, 'review-response-once', 1);
    assert.equal(spanOf(text, m), 'Would you like to discuss this further?');
    assertClean(template({ type: 'xavier', stage: 'review-response' }, 'Thank you for your review. We refunded the purchase in full.'), 'review-response-once');
    assertClean(template({ type: 'angry', stage: 'complaint-response' }, 'Could you send us a screenshot?'), 'review-response-once');
  });
});

describe('placeholders (en)', () => {
  it('placeholder-syntax: fixAll repairs spacing and single braces, and a second pass changes nothing', () => {
    covers('placeholder-syntax');
    const text = template({ type: 'belle', stage: 'warning', variables: ['customer_name'] }, 'Hello {{ customer name }},\n\nDear {customer_name}, thank you.');
    const found = assertReports(text, 'placeholder-syntax', 2);
    assert.deepEqual(found.map((m) => spanOf(text, m)), ['{{ customer name }}', '{customer_name}']);
    assert.ok(found.every((m) => m.fix));
    const fixed = fixAll(text);
    assert.match(fixed, /Hello \{\{customer_name\}\},/);
    assert.match(fixed, /Dear \{\{customer_name\}\}, thank you\./);
    assertClean(fixed, 'placeholder-syntax');
    assert.equal(fixAll(fixed), fixed);
  });

  it('placeholder-syntax: unclosed and empty placeholders are reported; single braces around undeclared words are left alone', () => {
    assertReports(template({ variables: ['x'], type: 'belle', stage: 'warning' }, 'Hello {{customer_name\nnext line {{}} here {{x}}'), 'placeholder-syntax');
    assertClean(template({ type: 'belle', stage: 'warning', variables: ['customer_name'] }, 'Use the {format} option and {{customer_name}}.'), 'placeholder-syntax');
  });

  it('placeholder-undefined: did-you-mean for a near miss, and its suggestion renames', () => {
    covers('placeholder-undefined');
    const text = template({ type: 'belle', stage: 'warning', variables: ['customer_name'] }, 'Hello {{custmer_name}} and {{customer_name}}.');
    const [m] = assertReports(text, 'placeholder-undefined', 1);
    assert.equal(spanOf(text, m), '{{custmer_name}}');
    assert.match(m.message, /did you mean \{\{customer_name\}\}\?/);
    const renamed = applySuggestion(text, m, 0);
    assert.match(renamed, /Hello \{\{customer_name\}\} and/);
    assertClean(renamed, 'placeholder-undefined');
  });

  it('placeholder-undefined: "declare in front matter" adds a block entry, and re-linting leaves no finding', () => {
    const text = template({ type: 'belle', stage: 'warning', variables: ['customer_name'] }, 'Hello {{customer_name}}, your ticket is {{ticket_id}}. Again: {{ticket_id}}.');
    const found = assertReports(text, 'placeholder-undefined', 2);
    const declare = found[0].suggestions?.findIndex((s) => s.title.startsWith('Declare'));
    assert.ok(declare !== undefined && declare >= 0);
    const fixed = applySuggestion(text, found[0], declare);
    assert.match(fixed, /\n {2}ticket_id:\n {4}description: ""\n {4}example: ""\n {4}required: true\n/);
    assertClean(fixed, 'placeholder-undefined');
    assertClean(fixed, 'front-matter');
  });

  it('placeholder-undefined: a template without a variables key gets one', () => {
    const text = '---\ntype: belle\nstage: warning\n---\nHello {{customer_name}}.\n';
    const [m] = assertReports(text, 'placeholder-undefined', 1);
    const fixed = applySuggestion(text, m, m.suggestions!.findIndex((s) => s.title.startsWith('Declare')));
    assertClean(fixed, 'placeholder-undefined');
    assertClean(fixed, 'front-matter');
  });

  it('placeholder-unfilled: literal stand-ins are reported on their words', () => {
    covers('placeholder-unfilled');
    const cases: [string, string][] = [
      ['Here is the documentation (insert link here).', 'insert link here'],
      ['Your data is deleted on add the date here.', 'add the date here'],
      ['Kind regards, your name here', 'your name here'],
      ['Download it from: link goes here', 'link goes here'],
      ['The fix ships on TBD.', 'TBD'],
      ['TODO: write the closing.', 'TODO'],
      ['See [link] for details.', '[link]'],
    ];
    for (const [body, span] of cases) {
      const text = template({ type: 'belle', stage: 'warning' }, body);
      const [m] = assertReports(text, 'placeholder-unfilled', 1);
      assert.equal(spanOf(text, m), span);
    }
  });

  it('placeholder-unfilled: real links, ordinary words and comments are not stand-ins', () => {
    for (const body of ['You can find the documentation link here: {{docs_url}}', 'Please add your comments to the ticket.', 'Your name appears here on the invoice.', 'What is left to do is up to you.', '<!-- TODO: ask legal -->\nHello.', 'See [the guide](https://example.com) for details.']) {
      assertClean(template({ type: 'belle', stage: 'warning', variables: ['docs_url'] }, body), 'placeholder-unfilled');
    }
  });

  it('placeholder-unfilled: also runs on files without front matter', () => {
    assertReports('Hello,\n\nPlease insert link here.\n', 'placeholder-unfilled', 1);
  });

  it('placeholder-unused: a declared variable that the body never uses is reported on its key', () => {
    covers('placeholder-unused');
    const text = template({ type: 'belle', stage: 'warning', variables: ['customer_name', 'refund_amount'] }, 'Hello {{customer_name}}.');
    const [m] = assertReports(text, 'placeholder-unused', 1);
    assert.equal(spanOf(text, m), 'refund_amount');
    assertClean(template({ type: 'belle', stage: 'warning' }, 'Hello {{customer_name}}.'), 'placeholder-unused');
  });
});

describe('suppression comments (en)', () => {
  const spec: TemplateSpec = { type: 'will', stage: 'warning' };
  const rude = 'Obviously, the refund cannot be processed twice.';

  it('disable-next-line suppresses the next line only', () => {
    const text = template(spec, `<!-- replylint-disable-next-line neutral-tone -- quoting our old macro for the retro -->\n${rude}\n\n${rude}`);
    const [m] = assertReports(text, 'neutral-tone', 1);
    assert.ok(m.range[0] > text.lastIndexOf('\n\n'));
    assertClean(text, 'suppression-unused');
    assertClean(text, 'suppression-reason');
  });

  it('disable-line suppresses findings on its own line', () => {
    assertClean(template(spec, `${rude} <!-- replylint-disable-line neutral-tone -- example of what not to write -->`), 'neutral-tone');
  });

  it('disable ... enable suppresses a range', () => {
    const text = template(spec, `<!-- replylint-disable neutral-tone -- examples for training -->\n${rude}\n\n${rude}\n<!-- replylint-enable neutral-tone -->\n\n${rude}`);
    const [m] = assertReports(text, 'neutral-tone', 1);
    assert.ok(m.range[0] > text.indexOf('replylint-enable'));
    assertClean(text, 'suppression-unused');
  });

  it('disable-file suppresses the whole file', () => {
    const text = template(spec, `<!-- replylint-disable-file neutral-tone -- training document with bad examples -->\n${rude}\n\n${rude}`);
    assertClean(text, 'neutral-tone');
    assertClean(text, 'suppression-unused');
  });

  it('a category suppresses only that category', () => {
    const text = template(spec, `<!-- replylint-disable-next-line neutral-tone/shouting -- product name is written in capitals -->\nPLEASE READ THE GUIDE NOW. ${rude}`);
    const found = messagesOf(text, 'neutral-tone');
    assert.ok(!found.some((m) => m.subId === 'shouting'), 'shouting is suppressed');
    assert.ok(found.some((m) => m.subId === 'condescension'), 'condescension still reported');
    assertClean(text, 'suppression-unused');
  });

  it('suppression-reason: a directive without " -- reason" is reported on the comment', () => {
    covers('suppression-reason');
    const text = template(spec, `<!-- replylint-disable-next-line neutral-tone -->\n${rude}`);
    const [m] = assertReports(text, 'suppression-reason', 1);
    assert.equal(spanOf(text, m), '<!-- replylint-disable-next-line neutral-tone -->');
    assertClean(text, 'neutral-tone');
  });

  it('suppression-unused: a directive that suppresses nothing is reported, and its suggestion removes the line', () => {
    covers('suppression-unused');
    const text = template(spec, '<!-- replylint-disable-next-line neutral-tone -- just in case -->\nThank you for your message.');
    const [m] = assertReports(text, 'suppression-unused', 1);
    const fixed = applySuggestion(text, m);
    assert.ok(!fixed.includes('replylint-disable'));
    assert.match(fixed, /---\nThank you for your message\.\n$/);
    assertClean(fixed, 'suppression-unused');
  });

  it('suppression-unused: an unknown rule gets did-you-mean and a rename suggestion', () => {
    const text = template(spec, `<!-- replylint-disable-next-line neutral-tones -- quoting -->\n${rude}`);
    const [m] = assertReports(text, 'suppression-unused', 1);
    assert.equal(spanOf(text, m), 'neutral-tones');
    assert.match(m.message, /did you mean "neutral-tone"\?/);
    const fixed = applySuggestion(text, m);
    assertClean(fixed, 'suppression-unused');
    assertClean(fixed, 'neutral-tone');
  });
});

describe('front matter (en)', () => {
  covers('front-matter');
  const fm = (yaml: string, body = 'Hello.'): string => `---\n${yaml}\n---\n${body}\n`;
  const problems = (text: string): LintMessage[] => messagesOf(text, 'front-matter');

  it('a YAML syntax error is reported at its exact position', () => {
    const text = fm('type: belle: will\nstage: warning');
    const [m] = problems(text);
    assert.ok(m, 'expected a syntax error');
    assert.equal(m.subId, 'syntax');
    assert.equal(m.range[0], text.indexOf('belle'));
    assert.match(m.message, /^YAML: Nested mappings/);
    // No other front-matter check runs on a document that is not valid YAML.
    assert.equal(problems(text).length, 1);
  });

  it('a duplicate key is reported on the second occurrence', () => {
    const text = fm('type: belle\nstage: warning\ntype: will');
    const [m] = problems(text);
    assert.ok(m);
    assert.equal(m.subId, 'syntax');
    assert.equal(m.range[0], text.lastIndexOf('type'));
  });

  it('an unknown key gets did-you-mean and a rename suggestion', () => {
    const text = fm('type: belle\nstag: warning');
    const [m] = problems(text).filter((x) => x.subId === 'unknown-key');
    assert.equal(m.subId, 'unknown-key');
    assert.equal(spanOf(text, m), 'stag');
    assert.match(m.message, /did you mean "stage"\?/);
    assert.deepEqual(problems(applySuggestion(text, m)), []);
    assert.ok(problems(text).some((x) => x.subId === 'missing-key'), 'without the stage key, the type needs a stage');
  });

  it('wrong types are reported on the value', () => {
    const text = fm('type: belle\nstage: warning\nlegal_threat: "yes"\ntags: 3');
    const found = problems(text).filter((m) => m.subId === 'type');
    assert.deepEqual(found.map((m) => spanOf(text, m)), ['"yes"', '3']);
    assert.match(found[0].message, /"legal_threat" must be true or false/);
  });

  it('an unknown stage gets did-you-mean and the suggestion fixes it', () => {
    const text = fm('type: belle\nstage: warnin');
    const [m] = problems(text);
    assert.equal(spanOf(text, m), 'warnin');
    assert.match(m.message, /did you mean "warning"\?/);
    assert.deepEqual(problems(applySuggestion(text, m)), []);
  });

  it('an invalid locale is reported on the value', () => {
    const text = fm('type: belle\nstage: warning\nlocale: "en_US!"');
    const [m] = problems(text);
    assert.equal(m.subId, 'locale');
    assert.equal(spanOf(text, m), '"en_US!"');
  });

  it('a type without a stage is reported', () => {
    const [m] = problems(fm('type: belle'));
    assert.equal(m.subId, 'missing-key');
  });

  it('an unclosed front matter is reported at the opening fence', () => {
    const text = '---\ntype: belle\nstage: warning\nHello.\n';
    const [m] = problems(text);
    assert.equal(m.subId, 'unterminated');
    assert.deepEqual(m.range, [0, 3]);
  });

  it('a valid front matter with every key is clean', () => {
    assert.deepEqual(problems(fs.readFileSync(path.resolve('templates/en/dwight-termination.reply.md'), 'utf8')), []);
  });
});

describe('files without front matter (en)', () => {
  it('only generic rules run, and the locale is detected', () => {
    const text = 'Hello,\n\nObviously we cannot do that. Would you like a refund? Please insert link here.\n';
    const { messages, doc } = lint(text);
    assert.equal(doc.isTemplate, false);
    assert.equal(doc.localeSource, 'detected');
    assert.equal(doc.language, 'en');
    assert.ok(messages.length >= 2);
    for (const m of messages) assert.ok(ruleMap.get(m.ruleId)?.generic, `${m.ruleId} is not generic but ran`);
    const ids = new Set(messages.map((m) => m.ruleId));
    assert.ok(ids.has('neutral-tone') && ids.has('placeholder-unfilled'));
  });

  it('German and Korean prose are detected as such', () => {
    assert.equal(lint('Sehr geehrte Frau Müller,\n\nvielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und melden uns bei Ihnen.\n').doc.language, 'de');
    assert.equal(lint('고객님, 안녕하십니까.\n\n문의해 주셔서 감사합니다. 빠르게 답변드리겠습니다.\n').doc.language, 'ko');
  });
});

describe('the English template library', () => {
  const files = libraryFiles('en');
  it('has the 14 templates of the spec', () => {
    assert.deepEqual(files.map((f) => f.replace('.reply.md', '')).sort(), [...LIBRARY_TEMPLATES].sort());
  });
  for (const f of files) it(`${f} lints clean and renders with both sample sets`, () => void assertLibraryTemplate('en', f));
});

it('every registered rule has English table tests', () => {
  const missing = rules.map((r) => r.id).filter((id) => !tested.has(id));
  assert.deepEqual(missing, []);
});
