// German neutral-tone precision: words with an everyday meaning (cleaning cloth, leek, costume,
// a lost parcel that is "offensichtlich" gone, our own embarrassment, "dumm gelaufen") stay clean
// in a whole reply, while the same words aimed at the customer are reported with exact spans.
// The single-sentence pairs live in data/tone/de.yaml (test/unit/data-examples.test.ts); these
// tests check that the context rules hold inside longer replies, where other words sit nearby.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, template, toneSpans } from '../helpers.js';

const reply = (body: string) => template({ type: 'generic', locale: 'de' }, body);
const spans = (text: string) => toneSpans(text);

describe('de tone: everyday meanings stay clean', () => {
  it('a product reply with cloth, leek, costume, fishing lure and pest control', () => {
    assertClean(
      reply(
        'Guten Tag Frau Berger,\n\n' +
          'danke für Ihre Nachricht. Reinigen Sie das Display bitte mit einem weichen Lappen. ' +
          'Der Lauch in Ihrer Gemüsekiste war welk, wir schicken Ersatz. Das Clown-Kostüm und der ' +
          'Spinner für Ihre Angelrute sind nachbestellt; das Mittel gegen Schädlinge liegt bei.\n\n' +
          'Freundliche Grüße\nIhr Kundenservice',
      ),
      'neutral-tone',
    );
  });

  it('our own mistake: offensichtlich, peinlich, dumm gelaufen, zu blöd, dass', () => {
    assertClean(
      reply(
        'Guten Tag Herr Kaya,\n\n' +
          'offensichtlich ist die Sendung beim Zusteller verloren gegangen. Uns ist dieser Fehler ' +
          'wirklich peinlich. Das ist dumm gelaufen, und zu blöd, dass der Termin ausgefallen ist: ' +
          'Wir schicken heute ein neues Paket und schlagen Ihnen zwei neue Termine vor.\n\n' +
          'Freundliche Grüße\nIhr Kundenservice',
      ),
      'neutral-tone',
    );
  });

  it('reporting what the customer called our staff is not an insult', () => {
    assertClean(
      reply(
        'Guten Tag,\n\nam 3. Mai haben Sie unseren Mitarbeiter im Chat als Idioten diffamiert und ' +
          'unsere Kollegin in einer Bewertung als Lügnerin dargestellt. Sollte sich das wiederholen, ' +
          'werden wir die Geschäftsbeziehung beenden.\n\nFreundliche Grüße\nIhr Kundenservice',
      ),
      'neutral-tone',
    );
  });

  it('account and shop routine: forgotten password, refill pack, a zero digit, a sincere congratulation', () => {
    assertClean(
      reply(
        'Guten Tag Frau Novak,\n\nSie haben Ihr Passwort vergessen? Hier setzen Sie es zurück: {{reset_url}}. ' +
          'Die erste Ziffer Ihrer Kundennummer ist eine Null. Der Nachfüllpack ist unterwegs, und bei uns ' +
          'zahlen Sie niemals Versandkosten. Herzlichen Glückwunsch, Sie haben die Prüfung geschafft! ' +
          'Drei Wochen Wartezeit sind eine Zumutung, dafür entschuldigen wir uns.\n\n' +
          'Freundliche Grüße\nIhr Kundenservice',
      ),
      'neutral-tone',
    );
  });

  it('technical and literal senses: a disturbed line, a stalled engine, a dirty filter, bee brood', () => {
    assertClean(
      reply(
        'Guten Tag,\n\ngestörte Abläufe im Lager haben die Lieferung verzögert. Damit der Motor nicht ' +
          'absäuft, geben Sie beim Start wenig Gas. Der letzte Rest Schmutz im Filter lässt sich ' +
          'ausspülen. Während der Brut sollte der Bienenstock nicht geöffnet werden.\n\n' +
          'Freundliche Grüße\nIhr Kundenservice',
      ),
      'neutral-tone',
    );
  });
});

describe('de tone: the same words aimed at the customer', () => {
  it('insults and contemptuous address are reported with exact spans', () => {
    const text = reply(
      'Guten Tag,\n\nSie Lappen haben die Rücksendung vergessen. Typen wie Sie brauchen wir nicht. ' +
        'Haben Sie sie noch alle? Ihr Auftritt im Chat war peinlich.\n\nIhr Kundenservice',
    );
    assert.deepEqual(spans(text), [
      'insult: Sie Lappen',
      'insult: Typen wie Sie',
      'insult: Haben Sie sie noch alle',
      'insult: peinlich',
    ]);
  });

  it('condescension and dismissal aimed at the customer', () => {
    const text = reply(
      'Guten Tag,\n\noffensichtlich haben Sie die Mail nicht gelesen. Was bilden Sie sich eigentlich ein? ' +
        'Heulen Sie doch.\n\nIhr Kundenservice',
    );
    assert.deepEqual(spans(text), [
      'condescension: offensichtlich haben Sie',
      'condescension: Was bilden Sie sich eigentlich ein',
      'dismissive: Heulen Sie doch',
    ]);
  });
});

describe('de tone: quiet support-reply hostility', () => {
  it('a calm reply with the same words stays clean (decision is yours, legitimate consequence, login, quick resend)', () => {
    assertClean(
      reply(
        'Guten Tag Herr Albers,\n\n' +
          'ob Sie den Vertrag verlängern, liegt allein bei Ihnen. Kein Problem, dann senden wir den Link eben ' +
          'noch einmal. Bitte melden Sie sich nicht mehr mit der alten E-Mail-Adresse an. Ein Kind ab acht Jahren ' +
          'kann das Spiel allein bedienen. Sie werden sehen, wie schnell die Einrichtung geht. Achten Sie bitte ' +
          'auf Ihren Ton, sonst beenden wir das Gespräch. Sollte sich das fortsetzen, beenden wir die ' +
          'Geschäftsbeziehung; unser Anwalt wird die weitere Korrespondenz übernehmen.\n\n' +
          'Freundliche Grüße\nIhr Kundenservice',
      ),
      'neutral-tone',
    );
  });

  it('blame, condescension, digs and veiled threats are reported on their own words', () => {
    const text = reply(
      'Guten Tag,\n\nder Fehler liegt eindeutig bei Ihnen. Das kann doch jedes Kind. ' +
        'Wir gehen mal davon aus, dass Sie unsere Antwort übersehen haben. ' +
        'Dann schauen wir mal, was aus Ihrer Erstattung wird.\n\nIhr Kundenservice',
    );
    assert.deepEqual(spans(text), [
      'blame: der Fehler liegt eindeutig bei Ihnen',
      'condescension: kann doch jedes Kind',
      'passive-aggressive: Wir gehen mal davon aus, dass Sie unsere Antwort übersehen',
      'threat: schauen wir mal, was aus Ihrer Erstattung wird',
    ]);
  });
});
