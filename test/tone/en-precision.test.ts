// English neutral-tone precision for challenging questions: a welcome survey ("Why did you choose
// us?"), troubleshooting questions ("What did you do right before the error?", "Since when has
// ..."), a polite request to explain and an FAQ-style "Why? Because ..." stay clean in a whole
// reply, while the same question shapes aimed at the customer are reported with exact spans.
// The single-sentence pairs live in data/tone/en.yaml (test/unit/data-examples.test.ts); these
// tests check that the context rules hold inside longer replies, where other words sit nearby.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, template, toneSpans } from '../helpers.js';

const reply = (body: string) => template({ type: 'generic', locale: 'en' }, body);
const spans = (text: string) => toneSpans(text);

describe('en tone: neutral questions stay clean', () => {
  it('a welcome reply asking why the customer chose us', () => {
    assertClean(
      reply(
        'Hello {{customer_name}},\n\n' +
          'welcome aboard! Why did you choose us? We are glad you did, and a two-line answer helps us ' +
          'improve. Why? Because we plan next year around what new customers tell us. ' +
          'Did you receive the activation code? If not, reply to this email and we will resend it.\n\n' +
          'Kind regards\nThe support team',
      ),
      'neutral-tone',
    );
  });

  it('troubleshooting questions: what did you do before, since when, may we ask why', () => {
    assertClean(
      reply(
        'Hello,\n\n' +
          'thank you for the screenshots, which show the error quite clearly. What did you do right before ' +
          'it appeared, and since when has it been happening? Could you please explain which device you ' +
          'use? You asked to close the account; may we ask why? It makes no sense to reinstall the app: ' +
          'the fault is on our server, and we will let you know what was wrong with it.\n\n' +
          'Kind regards\nThe support team',
      ),
      'neutral-tone',
    );
  });

  it('owning our mistake: clearly, we should have', () => {
    assertClean(
      reply(
        'Hello,\n\nclearly, we should have told you sooner that the code only works once. We have ' +
          'sent a new one, and we are happy to set up the integration for you.\n\n' +
          'Kind regards\nThe support team',
      ),
      'neutral-tone',
    );
  });
});

describe('en tone: the same question shapes aimed at the customer', () => {
  it('challenging questions are reported with exact spans', () => {
    const text = reply(
      'Hello,\n\nA second refund? What for? What makes you think we overcharged you? ' +
        'Is there a reason you didn\'t reply to our email? What did you do wrong this time?\n\n' +
        'The support team',
    );
    assert.deepEqual(spans(text), [
      'condescension: What for?',
      'condescension: What makes you think',
      "condescension: Is there a reason you didn't",
      'condescension: What did you do wrong',
    ]);
  });

  it('bare challenges, pointing at earlier replies and doing their job for them', () => {
    const text = reply(
      'Hello,\n\nReally? Why? Did you read my last reply? We are not here to do your job for you. ' +
        'You realise the warranty expired last year, right?\n\nThe support team',
    );
    assert.deepEqual(spans(text), [
      'condescension: Why?',
      'passive-aggressive: Did you read my last reply',
      'condescension: do your job for you',
      'condescension: You realise the warranty expired last year, right',
    ]);
  });
});

describe('en tone: quiet support-reply hostility', () => {
  it('a firm termination with the seeds\' consequence, a refund, a policy quote and a lawyer redirect stays clean', () => {
    assertClean(
      reply(
        'Hello {{customer_name}},\n\n' +
          'as stated in our terms of service, we may end a contract when messages to our staff are abusive. ' +
          'If this continues, we will close the account on 30 June. We have refunded the unused part of ' +
          'your plan, and it should reach your card within five days. We are sorry you had this experience ' +
          'with the product. Nobody is forced to keep a plan that does not suit them: you can cancel at any ' +
          'time. Our lawyer will handle all further correspondence on this matter.\n\n' +
          'Kind regards\nThe support team',
      ),
      'neutral-tone',
    );
  });

  it('pointed reminders, blame, brush-offs and veiled threats are reported with exact spans', () => {
    const text = reply(
      'Hello,\n\nAs clearly stated in our terms, the fee stands. The delay happened because you entered ' +
        'the wrong postcode, so that is on you. Whatever. The refund will come when it comes. ' +
        'I would be careful if I were you.\n\nThe support team',
    );
    assert.deepEqual(spans(text), [
      'passive-aggressive: As clearly stated',
      'blame: because you entered the wrong',
      'blame: that is on you',
      'dismissive: Whatever.',
      'dismissive: will come when it comes',
      'threat: careful if I were you',
    ]);
  });
});
