// Table tests for every registered rule on German text: valid and invalid cases, exact spans,
// suggestion round-trips (the German insert text satisfies its element), suppressions with a
// German reason, front matter, and the German template library.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkParity, defaultConfig, elementHits, knowledgeFor, lint, parse, ruleMap, rules, type LintMessage } from '../../server/src/engine/index.js';
import { applySuggestion, assertClean, assertReports, messagesOf, spanOf, template, type TemplateSpec, assertLibraryTemplate, libraryFiles, LIBRARY_TEMPLATES } from '../helpers.js';

const GREET = 'Guten Tag {{customer_name}},\n\n';
const SIGN = '\n\nMit freundlichen Grüßen\n{{agent_name}}';
const de = (spec: TemplateSpec): TemplateSpec => ({ locale: 'de', ...spec });
const t = (spec: TemplateSpec, body: string): string => template(de(spec), body);
const tested = new Set<string>();
const covers = (id: string): void => void tested.add(id);

/** A required-element rule: clean with `good`, one document-level finding for `element` with `bad`. */
interface ElementCase {
  rule: string;
  spec: TemplateSpec;
  element: string;
  good: string;
  bad: string;
  /** A template of another type/stage where the rule does not apply (the bad body stays clean). */
  notApplicable?: TemplateSpec;
}

const elementCases: ElementCase[] = [
  { rule: 'refund-offer', spec: { type: 'belle', stage: 'warning' }, element: 'refund',
    good: GREET + 'Sollte sich das wiederholen, beenden wir die Geschäftsbeziehung und erstatten Ihnen den vollen Kaufpreis.' + SIGN,
    bad: GREET + 'Sollte sich das wiederholen, beenden wir die Geschäftsbeziehung. Für diesen Kauf ist keine Rückerstattung möglich.' + SIGN,
    notApplicable: { type: 'angry', stage: 'complaint-response' } },
  { rule: 'refund-as-done', spec: { type: 'belle', stage: 'termination' }, element: 'refund-issued',
    good: GREET + 'Den vollen Kaufpreis von {{refund_amount}} haben wir Ihnen gestern auf Ihr ursprüngliches Zahlungsmittel erstattet.' + SIGN,
    bad: GREET + 'Eine Rückerstattung von {{refund_amount}} ist grundsätzlich möglich.' + SIGN,
    notApplicable: { type: 'belle', stage: 'warning' } },
  { rule: 'termination-reason', spec: { type: 'belle', stage: 'termination' }, element: 'reason',
    good: GREET + 'Da Sie unsere Mitarbeiterin in mehreren E-Mails persönlich beleidigt haben, beenden wir die Geschäftsbeziehung.' + SIGN,
    bad: GREET + 'Dies ist unsere abschließende Antwort in dieser Sache.' + SIGN,
    notApplicable: { type: 'belle', stage: 'warning' } },
  { rule: 'lawyer-redirect', spec: { type: 'xavier', stage: 'termination', legal_threat: true }, element: 'lawyer-redirect',
    good: GREET + 'Bitte richten Sie Ihre Schreiben ab sofort ausschließlich an unsere Rechtsanwältin {{lawyer_contact}}.' + SIGN,
    bad: GREET + 'Bei weiteren Fragen wenden Sie sich bitte an unser Support-Team.' + SIGN,
    notApplicable: { type: 'xavier', stage: 'termination', legal_threat: false } },
  { rule: 'data-retrieval-deadline', spec: { type: 'belle', stage: 'walk-away', business: 'service' }, element: 'data-export',
    good: GREET + 'Ihre Daten können Sie unter {{export_url}} herunterladen. Am {{deletion_date}} werden sie endgültig gelöscht.' + SIGN,
    bad: GREET + 'Ihr Abonnement ist beendet. Am {{deletion_date}} werden Ihre Daten endgültig gelöscht.' + SIGN,
    notApplicable: { type: 'belle', stage: 'walk-away', business: 'product' } },
  { rule: 'data-retrieval-deadline', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'data-deletion',
    good: GREET + 'Bitte sichern Sie Ihre Daten über die Exportfunktion. Nach dem {{deletion_date}} lassen sie sich nicht mehr wiederherstellen.' + SIGN,
    bad: GREET + 'Bitte sichern Sie Ihre Daten über die Exportfunktion.' + SIGN,
    notApplicable: { type: 'dwight', stage: 'warning', business: 'service' } },
  { rule: 'warning-consequence', spec: { type: 'belle', stage: 'warning' }, element: 'consequence',
    good: GREET + 'Wenn sich das wiederholt, beenden wir die Geschäftsbeziehung und erstatten Ihnen den Kaufpreis.' + SIGN,
    bad: GREET + 'Auf Wunsch erstatten wir Ihnen gern den Kaufpreis.' + SIGN,
    notApplicable: { type: 'belle', stage: 'termination' } },
  { rule: 'docs-link', spec: { type: 'will', stage: 'warning' }, element: 'docs-link',
    good: GREET + 'Die Installationsanleitung finden Sie hier: {{docs_url}}' + SIGN,
    bad: GREET + 'Bitte lesen Sie die Dokumentation, bevor Sie uns erneut schreiben.' + SIGN,
    notApplicable: { type: 'belle', stage: 'warning' } },
  { rule: 'poor-fit-alternatives', spec: { type: 'will', stage: 'termination' }, element: 'apology-fit',
    good: GREET + 'Wir bedauern, dass wir Ihnen nicht die passende Lösung bieten konnten. Eine Alternative wäre {{alternative_product}}.' + SIGN,
    bad: GREET + 'Eine Alternative wäre {{alternative_product}}.' + SIGN,
    notApplicable: { type: 'will', stage: 'warning' } },
  { rule: 'poor-fit-alternatives', spec: { type: 'will', stage: 'termination' }, element: 'alternatives',
    good: GREET + 'Es tut uns leid, dass unser Plugin nicht zu Ihrer Website gepasst hat. Vergleichbare Plugins wie {{alternative_product}} könnten besser passen.' + SIGN,
    bad: GREET + 'Es tut uns leid, dass unser Plugin nicht zu Ihrer Website gepasst hat.' + SIGN },
  { rule: 'authority-sign-off', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'authority',
    good: GREET + 'Wir beenden Ihr Abonnement.\n\nMit freundlichen Grüßen\nKatrin Neumann, Geschäftsführerin',
    bad: GREET + 'Wir beenden Ihr Abonnement.\n\nMit freundlichen Grüßen\nIhr Support-Team',
    notApplicable: { type: 'belle', stage: 'termination' } },
  { rule: 'incidents-cited', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'incidents',
    good: GREET + 'Am {{incident_date}} haben Sie unsere Mitarbeiterin als unfähig bezeichnet.' + SIGN,
    bad: GREET + 'Wir haben eine endgültige Entscheidung über Ihr Konto getroffen.' + SIGN,
    notApplicable: { type: 'xavier', stage: 'termination' } },
  { rule: 'good-wishes', spec: { type: 'dwight', stage: 'termination', business: 'service' }, element: 'good-wishes',
    good: GREET + 'Wir beenden Ihr Abonnement. Für die Zukunft wünschen wir Ihnen alles Gute.' + SIGN,
    bad: GREET + 'Wir beenden Ihr Abonnement.' + SIGN,
    notApplicable: { type: 'belle', stage: 'termination' } },
  { rule: 'acknowledge-before-remedy', spec: { type: 'angry', stage: 'complaint-response' }, element: 'acknowledge',
    good: GREET + 'Ich kann gut nachvollziehen, wie ärgerlich das ist. Wir werden den Fehler am {{fix_date}} beheben. Könnten Sie das Update danach testen?' + SIGN,
    bad: GREET + 'Wir werden den Fehler am {{fix_date}} beheben. Könnten Sie das Update danach testen?' + SIGN,
    notApplicable: { type: 'angry', stage: 'acknowledgement' } },
  { rule: 'acknowledge-before-remedy', spec: { type: 'angry', stage: 'complaint-response' }, element: 'remedy',
    good: GREET + 'Vielen Dank für Ihren Hinweis. Ein Update mit der Korrektur erscheint am {{fix_date}}. Bitte teilen Sie uns mit, ob es bei Ihnen funktioniert.' + SIGN,
    bad: GREET + 'Vielen Dank für Ihren Hinweis. Bitte teilen Sie uns mit, ob das Problem weiterhin auftritt.' + SIGN },
  { rule: 'cooperation-request', spec: { type: 'angry', stage: 'complaint-response' }, element: 'cooperation',
    good: GREET + 'Vielen Dank für Ihren Hinweis. Wir werden den Fehler am {{fix_date}} beheben. Könnten Sie uns einen Screenshot der Fehlermeldung senden?' + SIGN,
    bad: GREET + 'Vielen Dank für Ihren Hinweis. Wir werden den Fehler am {{fix_date}} beheben.' + SIGN,
    notApplicable: { type: 'angry', stage: 'acknowledgement' } },
  { rule: 'acknowledgement-timeframe', spec: { type: 'angry', stage: 'acknowledgement' }, element: 'response-time',
    good: GREET + 'Wir haben Ihre Beschwerde erhalten. Eine Mitarbeiterin unseres Teams antwortet Ihnen innerhalb eines Werktages.',
    bad: GREET + 'Wir haben Ihre Beschwerde erhalten und antworten so schnell wie möglich.',
    notApplicable: { type: 'angry', stage: 'complaint-response' } },
  { rule: 'acknowledgement-timeframe', spec: { type: 'angry', stage: 'acknowledgement' }, element: 'acknowledge',
    good: GREET + 'Ihre Nachricht ist bei uns eingegangen. Wir melden uns spätestens am {{reply_date}} bei Ihnen.',
    bad: GREET + 'Wir melden uns spätestens am {{reply_date}} bei Ihnen.' },
  { rule: 'review-revision-request', spec: { type: 'angry', stage: 'review-revision' }, element: 'revise-review',
    good: GREET + 'Das Problem ist in Version {{fix_version}} behoben. Würden Sie in Erwägung ziehen, Ihre Bewertung zu aktualisieren?' + SIGN,
    bad: GREET + 'Das Problem ist in Version {{fix_version}} behoben. Vielen Dank für Ihre Bewertung.' + SIGN,
    notApplicable: { type: 'angry', stage: 'complaint-response' } },
  { rule: 'review-revision-request', spec: { type: 'angry', stage: 'review-revision' }, element: 'problem-solved',
    good: GREET + 'Wir haben den Abrechnungsfehler behoben. Vielleicht möchten Sie Ihre Bewertung aktualisieren.' + SIGN,
    bad: GREET + 'Der Fehler wird mit dem nächsten Update behoben. Vielleicht möchten Sie Ihre Bewertung aktualisieren.' + SIGN },
];

describe('required-element rules (de)', () => {
  for (const c of elementCases) {
    describe(`${c.rule} / ${c.element}`, () => {
      covers(c.rule);
      it('is satisfied by natural German wording', () => assertClean(t(c.spec, c.good), c.rule));
      it(`reports the missing ${c.element} once, document-level on the stage line`, () => {
        const text = t(c.spec, c.bad);
        const [m] = assertReports(text, c.rule, 1);
        assert.equal(m.documentLevel, true);
        assert.equal(m.data?.element, c.element);
        assert.match(spanOf(text, m), /^stage: /);
      });
      it('suggestion round-trip: the German insert satisfies the element', () => {
        const text = t(c.spec, c.bad);
        const [m] = messagesOf(text, c.rule);
        const fixed = applySuggestion(text, m);
        assert.notEqual(fixed, text);
        assert.deepEqual(messagesOf(fixed, c.rule).map((x) => `${x.data?.element}: ${x.message}`), [], fixed);
        // The inserted sentence is German (it comes from phrases/de.yaml, not the English bank).
        const inserted = fixed.slice(m.suggestions![0].edits[0].range[0]).slice(0, 400);
        assert.match(inserted, /[äöüßÄÖÜ]|\b(Sie|wir|Ihnen|Ihre|unser)\b/);
      });
      if (c.notApplicable) {
        it('does not apply to other types, stages or businesses', () => assertClean(t(c.notApplicable!, c.bad), c.rule));
      }
      it('does not run without front matter', () => assertClean(c.bad, c.rule));
    });
  }
});

describe('German phrase bank', () => {
  const k = knowledgeFor(defaultConfig());
  const en = Object.keys(k.data.phrases.en.elements).sort();

  it('has every element of the English bank, plus "unfilled"', () => {
    const ids = Object.keys(k.data.phrases.de.elements).sort();
    assert.deepEqual(ids.filter((id) => !en.includes(id)), en.includes('unfilled') ? [] : ['unfilled']);
    assert.deepEqual(en.filter((id) => !ids.includes(id)), []);
    assert.ok(ids.includes('unfilled') && ids.includes('refund-asked') && ids.includes('vague-decision'));
  });

  for (const element of Object.keys(k.data.phrases.de.elements)) {
    const set = k.phraseSet('de', element);
    if (!set?.insert) continue;
    it(`the insert text of ${element} satisfies ${element} and uses the English insert's variables`, () => {
      const doc = parse(`---\nlocale: de\n---\n${set.insert}\n`);
      assert.ok(elementHits(doc, k).has(element), set.insert);
      const vars = (s: string | undefined): string[] => [...(s ?? '').matchAll(/\{\{(\w+)\}\}/g)].map((x) => x[1]).sort();
      assert.deepEqual(vars(set.insert), vars(k.phraseSet('en', element)?.insert));
    });
  }

  const hits = (body: string): Map<string, unknown> => elementHits(parse(`---\nlocale: de\n---\n${body}\n`), k);
  it('inflection and compounds: erstatten, erstattet, Erstattung, Rückerstattung, Kaufpreiserstattung, Geld zurück, Gutschrift', () => {
    for (const body of ['Wir erstatten Ihnen den Betrag.', 'Der Betrag wird erstattet.', 'Eine Erstattung ist möglich.', 'Die Rückerstattung läuft.', 'Eine Kaufpreiserstattung ist möglich.', 'Sie bekommen Ihr Geld zurück.', 'Sie erhalten eine Gutschrift.']) {
      assert.ok(hits(body).has('refund'), body);
    }
  });
  it('negation near the refund word cancels it', () => {
    for (const body of ['Es gibt keine Rückerstattung.', 'Der Betrag wird nicht erstattet.', 'Lizenzen sind nicht erstattungsfähig.', 'Den Kaufpreis erstatten wir nicht.', 'Sie haben keinen Anspruch auf Erstattung.', 'Ohne Rückerstattung endet der Vertrag.', 'Sie bekommen kein Geld zurück.']) {
      assert.ok(!hits(body).has('refund'), body);
    }
    // A negation elsewhere in the sentence does not.
    assert.ok(hits('Falls Sie nicht zufrieden sind, erstatten wir den vollen Betrag.').has('refund'));
  });
  it('verb-final clauses: the participle after a long middle field still counts as issued', () => {
    assert.ok(hits('Den vollen Kaufpreis von {{refund_amount}} haben wir Ihnen gestern auf Ihr ursprüngliches Zahlungsmittel erstattet.').has('refund-issued'));
    assert.ok(hits('Wir haben Ihnen 1.299,00 € auf Ihr Konto zurücküberwiesen und gutgeschrieben.').has('refund-issued'));
    assert.ok(!hits('Der Betrag wurde noch nicht erstattet.').has('refund-issued'));
  });
  it('lawyer synonyms: Rechtsanwalt, Anwältin, Rechtsabteilung, Rechtsvertretung, Kanzlei', () => {
    for (const who of ['unseren Rechtsanwalt', 'unsere Anwältin', 'unsere Rechtsabteilung', 'unsere Rechtsvertretung', 'die Kanzlei Richter & Partner']) {
      assert.ok(hits(`Bitte richten Sie jede weitere Korrespondenz an ${who}.`).has('lawyer-redirect'), who);
    }
  });
  it('data export synonyms and a German numeric date before the deletion verb', () => {
    for (const body of ['Sie können Ihre Daten exportieren.', 'Laden Sie Ihre Dateien unter {{export_url}} herunter.', 'Bitte sichern Sie Ihre Daten rechtzeitig.']) {
      assert.ok(hits(body).has('data-export'), body);
    }
    for (const body of ['Ihre Daten werden am 15.03.2026 endgültig gelöscht.', 'Die Daten werden am {{deletion_date}} gelöscht.', 'Endgültig gelöscht am {{deletion_date}}.']) {
      assert.ok(hits(body).has('data-deletion'), body);
    }
  });
});

describe('rule-specific behaviour (de)', () => {
  it('refund-as-done: asking whether they want the refund is reported on those words, and the suggestion states it as done', () => {
    const text = t({ type: 'belle', stage: 'termination' }, GREET + 'Wegen Ihrer wiederholten Beleidigungen beenden wir die Geschäftsbeziehung. Möchten Sie eine Rückerstattung?' + SIGN);
    const [m] = assertReports(text, 'refund-as-done', 1);
    assert.equal(spanOf(text, m), 'Möchten Sie eine Rückerstattung');
    const fixed = applySuggestion(text, m);
    assert.match(fixed, /haben wir Ihnen bereits auf Ihr ursprüngliches Zahlungsmittel erstattet/);
    assertClean(fixed, 'refund-as-done');
  });

  it('refund-as-done: a verb-final question matched by several patterns is reported once, on the whole question', () => {
    const text = t({ type: 'xavier', stage: 'termination' }, GREET + 'Aufgrund Ihrer Drohungen beenden wir die Geschäftsbeziehung. Teilen Sie uns bitte mit, ob Sie eine Rückerstattung wünschen.' + SIGN);
    const [m] = assertReports(text, 'refund-as-done', 1);
    assert.equal(spanOf(text, m), 'Teilen Sie uns bitte mit, ob Sie eine Rückerstattung wünschen');
    const fixed = applySuggestion(text, m);
    assert.match(fixed, /Geschäftsbeziehung\. Den vollen Betrag von \{\{refund_amount\}\} haben wir Ihnen bereits/);
    assertClean(fixed, 'refund-as-done');
  });

  it('termination-reason: a vague decision is reported on its words', () => {
    const text = t({ type: 'belle', stage: 'termination' }, GREET + 'Wir haben uns entschieden, die Geschäftsbeziehung zu beenden. Den Kaufpreis haben wir erstattet.' + SIGN);
    const [m] = assertReports(text, 'termination-reason', 1);
    assert.equal(spanOf(text, m), 'Wir haben uns entschieden');
    const t2 = t({ type: 'will', stage: 'termination' }, GREET + 'Aus internen Gründen beenden wir die Zusammenarbeit.' + SIGN);
    assert.equal(spanOf(t2, assertReports(t2, 'termination-reason', 1)[0]), 'Aus internen Gründen');
  });

  it('termination-reason: a decision together with the reason is fine', () => {
    assertClean(t({ type: 'belle', stage: 'termination' }, GREET + 'Wir haben uns entschieden, die Geschäftsbeziehung zu beenden, weil Sie unser Team wiederholt beleidigt haben.' + SIGN), 'termination-reason');
  });

  it('refund-offer: "keine Rückerstattung", "nicht erstattet", "nicht erstattungsfähig" do not count as an offer', () => {
    covers('refund-offer');
    for (const body of ['Für diesen Kauf ist keine Rückerstattung möglich.', 'Der Kaufpreis wird nicht erstattet.', 'Lizenzen sind nicht erstattungsfähig.', 'Den Kaufpreis erstatten wir nicht.']) {
      assertReports(t({ type: 'will', stage: 'warning' }, body), 'refund-offer', 1);
    }
    assertClean(t({ type: 'will', stage: 'warning' }, 'Falls Sie nicht zufrieden sind, erstatten wir den vollen Betrag.'), 'refund-offer');
  });

  it('warning-consequence: "Wenn sich das wiederholt, beenden wir die Geschäftsbeziehung" satisfies the rule and is not a neutral-tone threat', () => {
    const text = t({ type: 'belle', stage: 'warning' }, GREET + 'Wenn sich das wiederholt, beenden wir die Geschäftsbeziehung und erstatten Ihnen den Kaufpreis.' + SIGN);
    assertClean(text, 'warning-consequence');
    assertClean(text, 'neutral-tone');
    // Verb-final conditional with a long middle field.
    assertClean(t({ type: 'xavier', stage: 'warning' }, GREET + 'Sollte es in Ihren nächsten Nachrichten erneut zu solchen Drohungen kommen, werden wir die Zusammenarbeit beenden und Ihnen den Kaufpreis erstatten.' + SIGN), 'warning-consequence');
  });

  it('acknowledge-before-remedy: a remedy before the acknowledgement is reported on the remedy words', () => {
    const text = t({ type: 'angry', stage: 'complaint-response' }, GREET + 'Wir werden den Fehler am {{fix_date}} beheben. Es tut mir leid, dass Ihnen dadurch Ärger entstanden ist. Könnten Sie das Update danach testen?' + SIGN);
    const [m] = assertReports(text, 'acknowledge-before-remedy', 1);
    assert.equal(spanOf(text, m), 'Wir werden den Fehler am {{fix_date}} beheben');
    assert.equal(m.documentLevel, undefined);
    // The same sentences in the right order are clean.
    assertClean(t({ type: 'angry', stage: 'complaint-response' }, GREET + 'Es tut mir leid, dass Ihnen dadurch Ärger entstanden ist. Wir werden den Fehler am {{fix_date}} beheben. Könnten Sie das Update danach testen?' + SIGN), 'acknowledge-before-remedy');
  });

  it('authority-sign-off: a role far above the sign-off does not count, a role in it does', () => {
    const filler = ' Unser Team hat alle Nachrichten der vergangenen Monate durchgesehen und jeden einzelnen Vorfall sorgfältig dokumentiert.'.repeat(4);
    const text = t({ type: 'dwight', stage: 'termination', business: 'service' }, `${GREET}Unsere Geschäftsführerin hat Ihr Konto geprüft.${filler}\n\nMit freundlichen Grüßen\nIhr Support-Team`);
    assertReports(text, 'authority-sign-off', 1);
    assertClean(text.replace('Ihr Support-Team', 'Stefan Albrecht, Leiter Kundenservice'), 'authority-sign-off');
  });

  it('no-warning-on-legal-threat: a German warning after a legal threat is reported on the stage, and the suggestion fixes it', () => {
    covers('no-warning-on-legal-threat');
    const text = t({ type: 'xavier', stage: 'warning', legal_threat: true }, GREET + 'Sollte sich das wiederholen, beenden wir die Geschäftsbeziehung und erstatten Ihnen den Kaufpreis.' + SIGN);
    const [m] = assertReports(text, 'no-warning-on-legal-threat', 1);
    assert.equal(spanOf(text, m), 'warning');
    const fixed = applySuggestion(text, m);
    assert.match(fixed, /stage: termination/);
    assertClean(fixed, 'no-warning-on-legal-threat');
    assertClean(t({ type: 'xavier', stage: 'warning', legal_threat: false }, GREET + 'Vielen Dank.'), 'no-warning-on-legal-threat');
  });

  it('review-response-once: a German question in a public review reply is reported on the sentence', () => {
    covers('review-response-once');
    const body = 'Vielen Dank für Ihre Bewertung. Den Kaufpreis haben wir vollständig erstattet. Möchten Sie das weiter mit uns besprechen?';
    const text = t({ type: 'xavier', stage: 'review-response' }, body);
    const [m] = assertReports(text, 'review-response-once', 1);
    assert.equal(spanOf(text, m), 'Möchten Sie das weiter mit uns besprechen?');
    assertClean(t({ type: 'xavier', stage: 'review-response' }, 'Vielen Dank für Ihre Bewertung. Den Kaufpreis haben wir vollständig erstattet.'), 'review-response-once');
  });

  it('brevity: a German sentence over 30 words is reported on the sentence; a short one is not', () => {
    covers('brevity');
    const long = 'Wir haben uns jede einzelne der Nachrichten angesehen, die Sie in den letzten Wochen an unser Supportteam geschickt haben, und dabei festgestellt, dass die meisten davon Änderungen betreffen, die nicht zum Leistungsumfang unseres Supports für dieses Produkt gehören.';
    const text = t({ type: 'belle', stage: 'refund' }, GREET + long);
    const [m] = assertReports(text, 'brevity', 1);
    assert.equal(m.subId, 'sentence');
    assert.equal(spanOf(text, m), long);
    assert.equal(m.data?.limit, 30);
    assertClean(t({ type: 'belle', stage: 'refund' }, GREET + 'Wir haben Ihnen den Kaufpreis erstattet.'), 'brevity');
  });

  it('neutral-tone: shouting in German capitals and stacked "!!" are reported; acronyms are not', () => {
    covers('neutral-tone');
    const text = t({ type: 'will', stage: 'warning' }, GREET + 'SIE HABEN die Anleitung nicht gelesen!!' + SIGN);
    const found = assertReports(text, 'neutral-tone');
    const shouting = found.filter((f) => f.subId === 'shouting').map((f) => spanOf(text, f));
    assert.ok(shouting.includes('SIE HABEN'), JSON.stringify(shouting));
    assert.ok(shouting.includes('!!'), JSON.stringify(shouting));
    const bang = found.find((f) => spanOf(text, f) === '!!')!;
    assert.ok(!messagesOf(applySuggestion(text, bang), 'neutral-tone').some((f) => f.subId === 'shouting' && f.range[0] === bang.range[0]));
    assertClean(t({ type: 'will', stage: 'warning' }, GREET + 'Die FAQ und die AGB erklären das. Die Verarbeitung erfolgt nach DSGVO.' + SIGN), 'neutral-tone');
  });

  it('locale-support: German has a phrase bank, so no info is reported (de and de-AT alike)', () => {
    covers('locale-support');
    assertClean(t({ type: 'belle', stage: 'warning' }, GREET + 'Vielen Dank.'), 'locale-support');
    const at = template({ type: 'belle', stage: 'warning', locale: 'de-AT' }, GREET + 'Vielen Dank für Ihre Nachricht.');
    assertClean(at, 'locale-support');
    assertReports(at, 'refund-offer', 1);
  });

  it('locale-parity: the German templates match their English siblings (variables, elements, meta)', () => {
    covers('locale-parity');
    assertClean(t({ type: 'belle', stage: 'warning' }, GREET + 'Vielen Dank.'), 'locale-parity');
    const entries = ['en', 'de'].flatMap((loc) => fs.readdirSync(path.resolve('templates', loc)).filter((f) => f.endsWith('.reply.md'))
      .map((f) => ({ path: `templates/${loc}/${f}`, text: fs.readFileSync(path.resolve('templates', loc, f), 'utf8') })));
    const findings = checkParity(entries, defaultConfig(), { stale: false });
    assert.deepEqual(findings.filter((f) => f.path.includes('/de/')).map((f) => `${f.path}: ${f.message}`), []);
    // Dropping a variable from a German template is noticed.
    const broken = entries.map((e) => e.path.endsWith('de/belle-refund.reply.md') ? { ...e, text: e.text.replace('  refund_days:', '  refund_tage:') } : e);
    assert.ok(checkParity(broken, defaultConfig(), { stale: false }).some((f) => f.path.endsWith('de/belle-refund.reply.md')));
  });
});

describe('placeholders (de)', () => {
  it('placeholder-unfilled: German stand-ins are reported on their words', () => {
    covers('placeholder-unfilled');
    const cases: [string, string][] = [
      ['Die Anleitung finden Sie unter: Link hier einfügen', 'Link hier einfügen'],
      ['Sehr geehrte/r [Name einfügen],', '[Name einfügen]'],
      ['Ihre Daten werden am hier Datum eintragen gelöscht.', 'hier Datum eintragen'],
      ['Der Betrag von [Betrag] wurde erstattet.', '[Betrag]'],
      ['Die Löschung erfolgt am TT.MM.JJJJ.', 'TT.MM.JJJJ'],
      ['Guten Tag Herr Mustermann,', 'Mustermann'],
      ['Platzhalter für den Schlusssatz.', 'Platzhalter'],
      ['Die Korrektur erscheint am TBD.', 'TBD'],
    ];
    for (const [body, span] of cases) {
      const text = t({ type: 'belle', stage: 'warning' }, body);
      const [m] = assertReports(text, 'placeholder-unfilled', 1);
      assert.equal(spanOf(text, m), span);
    }
  });

  it('placeholder-unfilled: ordinary German sentences with "hier", "ergänzen" or "einfügen" are not stand-ins', () => {
    for (const body of ['Bitte ergänzen Sie Ihre Angaben im Kundenkonto.', 'Die Anleitung finden Sie hier: {{docs_url}}', 'Sie können den Link hier in Ihr Projekt einfügen, sobald er erscheint.', 'Hier finden Sie das Datum der Löschung: {{deletion_date}}', '<!-- Link hier einfügen -->\nVielen Dank.']) {
      assertClean(t({ type: 'belle', stage: 'warning', variables: ['docs_url', 'deletion_date'] }, body), 'placeholder-unfilled');
    }
  });

  it('placeholder-syntax: a broken German placeholder is reported and repaired', () => {
    covers('placeholder-syntax');
    const text = t({ type: 'belle', stage: 'warning', variables: ['customer_name'] }, 'Guten Tag {{ customer name }},\n\nvielen Dank.');
    const [m] = assertReports(text, 'placeholder-syntax', 1);
    assert.equal(spanOf(text, m), '{{ customer name }}');
    assert.ok(m.fix);
  });

  it('placeholder-undefined and placeholder-unused on a German template', () => {
    covers('placeholder-undefined');
    covers('placeholder-unused');
    const text = t({ type: 'belle', stage: 'warning', variables: ['customer_name', 'refund_amount'] }, 'Guten Tag {{custmer_name}},\n\nvielen Dank für Ihre Nachricht, {{customer_name}}.');
    const [u] = assertReports(text, 'placeholder-undefined', 1);
    assert.equal(spanOf(text, u), '{{custmer_name}}');
    assert.match(u.message, /did you mean \{\{customer_name\}\}\?/);
    const [unused] = assertReports(text, 'placeholder-unused', 1);
    assert.equal(spanOf(text, unused), 'refund_amount');
  });
});

describe('suppression comments with a German reason (de)', () => {
  const spec: TemplateSpec = { type: 'will', stage: 'warning' };
  const loud = 'BITTE LESEN SIE DIE ANLEITUNG!!';

  it('disable-next-line with a German reason suppresses the next line only and is used', () => {
    const text = t(spec, `<!-- replylint-disable-next-line neutral-tone -- Zitat aus der Kundennachricht für die Schulung -->\n${loud}\n\n${loud}`);
    const found = assertReports(text, 'neutral-tone');
    assert.ok(found.every((m) => m.range[0] > text.lastIndexOf('\n\n')));
    assertClean(text, 'suppression-reason');
    assertClean(text, 'suppression-unused');
  });

  it('disable-file with a German reason suppresses the whole file', () => {
    const text = t(spec, `<!-- replylint-disable-file neutral-tone/shouting -- Schulungsunterlage mit Negativbeispielen -->\n${loud}\n\n${loud}`);
    assert.ok(!messagesOf(text, 'neutral-tone').some((m) => m.subId === 'shouting'));
    assertClean(text, 'suppression-unused');
  });

  it('suppression-reason: a directive without " -- Begründung" is reported on the comment', () => {
    covers('suppression-reason');
    const text = t(spec, `<!-- replylint-disable-next-line neutral-tone -->\n${loud}`);
    const [m] = assertReports(text, 'suppression-reason', 1);
    assert.equal(spanOf(text, m), '<!-- replylint-disable-next-line neutral-tone -->');
  });

  it('suppression-unused: a directive that suppresses nothing is reported, and its suggestion removes it', () => {
    covers('suppression-unused');
    const text = t(spec, '<!-- replylint-disable-next-line neutral-tone -- nur zur Sicherheit -->\nVielen Dank für Ihre Nachricht.');
    const [m] = assertReports(text, 'suppression-unused', 1);
    const fixed = applySuggestion(text, m);
    assert.ok(!fixed.includes('replylint-disable'));
    assertClean(fixed, 'suppression-unused');
  });
});

describe('front matter (de)', () => {
  covers('front-matter');
  const problems = (text: string): LintMessage[] => messagesOf(text, 'front-matter');

  it('a typo "stgae" gets did-you-mean "stage", and the suggestion fixes it', () => {
    const text = '---\ntype: belle\nstgae: warning\nlocale: de\n---\nGuten Tag,\n\nvielen Dank.\n';
    const [m] = problems(text).filter((x) => x.subId === 'unknown-key');
    assert.equal(spanOf(text, m), 'stgae');
    assert.match(m.message, /did you mean "stage"\?/);
    assert.deepEqual(problems(applySuggestion(text, m)), []);
  });

  it('an unknown stage gets did-you-mean, and a German template with every key is clean', () => {
    const text = '---\ntype: belle\nstage: termintion\nlocale: de\n---\nGuten Tag.\n';
    const [m] = problems(text);
    assert.equal(spanOf(text, m), 'termintion');
    assert.match(m.message, /did you mean "termination"\?/);
    assert.deepEqual(problems(fs.readFileSync(path.resolve('templates/de/dwight-termination.reply.md'), 'utf8')), []);
  });
});

describe('files without front matter (de)', () => {
  it('German prose is detected, and only generic rules run', () => {
    const text = 'Guten Tag,\n\nvielen Dank für Ihre Nachricht. Die Anleitung finden Sie unter: Link hier einfügen\n';
    const { messages, doc } = lint(text);
    assert.equal(doc.language, 'de');
    assert.equal(doc.isTemplate, false);
    assert.ok(messages.some((m) => m.ruleId === 'placeholder-unfilled'));
    for (const m of messages) assert.ok(ruleMap.get(m.ruleId)?.generic, `${m.ruleId} is not generic but ran`);
  });
});

describe('the German template library', () => {
  const files = libraryFiles('de');
  it('has the 14 templates of the spec, with the same ids as the English ones', () => {
    assert.deepEqual(files, libraryFiles('en'));
    assert.deepEqual(files.map((f) => f.replace('.reply.md', '')).sort(), [...LIBRARY_TEMPLATES].sort());
  });
  for (const f of files) {
    it(`${f} lints clean, uses the formal register and renders with both sample sets`, () => {
      const { text, doc } = assertLibraryTemplate('de', f);
      const body = text.slice(doc.body[0]);
      assert.ok(!/\b(du|dich|dir|dein\w*|euch|euer)\b/i.test(body.replace(/\{\{\w+\}\}/g, '')), 'formal "Sie" register only');
    });
  }
});

it('every registered rule has German table tests', () => {
  const missing = rules.map((r) => r.id).filter((id) => !tested.has(id));
  assert.deepEqual(missing, []);
});
