// French neutral-tone precision: whole replies full of words that look like lexicon words
// (a "ridicule" low price, a "nul" match result, "dernière chance" for a promotion, "bien
// évidemment" before good news, "ce n'est pas grave" about the customer's own slip, a firm but
// calm consequence, a lawyer redirect, an export deadline) stay clean, while hostile wording,
// typed with or without accents and with ’ or ', is reported on its exact words.
// The single-sentence pairs live in data/tone/fr.yaml (test/unit/data-examples.test.ts); these
// tests check that the context rules hold inside longer replies, where other words sit nearby.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, template, toneSpans } from '../helpers.js';

const reply = (body: string) => template({ type: 'generic', locale: 'fr' }, body);

describe('fr tone: firm replies stay clean', () => {
  it('a warning with a calm consequence and a termination with its reason', () => {
    assertClean(
      reply(
        'Bonjour Monsieur Lefèvre,\n\n' +
          'le 3 mai, vous avez traité notre technicien d’incompétent au téléphone, et vos deux derniers ' +
          'messages contenaient des insultes envers notre équipe. Si cela continue, nous mettrons fin au ' +
          'contrat et fermerons votre compte. Conformément à l’article 7 de nos conditions, c’est notre ' +
          'dernier avertissement écrit. Nous vous rappelons que la facture du 2 avril reste à régler.\n\n' +
          'Cordialement,\nLe service client',
      ),
      'neutral-tone',
    );
  });

  it('refund, lawyer redirect and data-export deadline', () => {
    assertClean(
      reply(
        'Madame,\n\n' +
          'nous résilions votre abonnement au 30 juin. Le remboursement de 49 € a été émis aujourd\'hui ; ' +
          'vous le verrez sous cinq jours ouvrés. Vous pouvez exporter vos données jusqu\'au 15 juillet ' +
          'depuis {{export_url}} ; passé ce délai, elles seront supprimées. Toute correspondance ultérieure ' +
          'sera adressée à notre avocat. Nous vous prions de nous excuser pour le retard de notre réponse.\n\n' +
          'Cordialement,\nLe service client',
      ),
      'neutral-tone',
    );
  });

  it('a public review reply that apologises once and corrects the facts', () => {
    assertClean(
      reply(
        'Bonjour,\n\n' +
          'merci pour votre avis. Nous sommes sincèrement désolés que la livraison ait pris trois semaines. ' +
          'Vous n’êtes pas le seul à avoir signalé ce retard : le transporteur a changé de dépôt. ' +
          'Bien évidemment, nous prenons en charge les frais de retour, et pour nous faire pardonner, ' +
          'voici un bon de 10 € sur votre prochaine commande.\n\n' +
          'Bonne journée,\nL’équipe',
      ),
      'neutral-tone',
    );
  });

  it('everyday meanings: a low price, a draw, a farm, a promotion, a clear space, a reassuring "pas grave"', () => {
    assertClean(
      reply(
        'Bonjour Madame Roux,\n\n' +
          'le supplément pour la livraison express est ridicule : deux euros. Le match nul de samedi ' +
          'n’a aucun effet sur votre abonnement sportif. Nos œufs viennent directement de la ferme. ' +
          'C’est votre dernière chance pour profiter de la remise de printemps. Dégagez de la place ' +
          'autour du radiateur avant de l’allumer. Ce n’est pas grave, vous pouvez modifier la commande ' +
          'jusqu’à demain. Si vous avez oublié votre mot de passe, utilisez ce lien : {{reset_url}}.\n\n' +
          'Cordialement,\nLe service client',
      ),
      'neutral-tone',
    );
  });

  it('routine wording: still paying the same price, still having access, a reminder notice, instructions', () => {
    assertClean(
      reply(
        'Bonjour,\n\n' +
          'vous payez toujours le même prix après la hausse, et vous avez toujours accès à votre espace client. ' +
          'Avec cette offre, vous ne payez jamais de frais de livraison. Petit rappel : votre rendez-vous est ' +
          'demain à 10 h. C’est très simple : ouvrez les paramètres, puis l’onglet Sécurité. Lisez attentivement ' +
          'les conditions avant de signer. Vous pouvez contester tout ou partie de la facture par écrit. ' +
          'Comme nous vous l’avons indiqué par téléphone, la mise à niveau est gratuite.\n\n' +
          'Cordialement,\nLe service client',
      ),
      'neutral-tone',
    );
  });
  it('collections and product words: mise en demeure, tare, spoiled fruit, a heavy parcel, "toujours" as "still"', () => {
    assertClean(
      reply(
        'Bonjour,\n\n' +
          'faute de paiement, nous vous adressons une mise en demeure de régler 120 € sous huit jours. ' +
          'La tare du carton est de 300 g et le colis est lourd : prévoyez deux personnes. Les fruits sont ' +
          'arrivés pourris, nous vous remboursons. Vous contestez toujours la facture de mars ? Dites-nous ' +
          'quel montant vous semble faux. Ce n’est pas grave du tout, ça arrive à tout le monde. Le terminal ' +
          'est incapable de lire cette carte ; vous n’avez qu’à utiliser le paiement sans contact.\n\n' +
          'Cordialement,\nLe service client',
      ),
      'neutral-tone',
    );
  });

  it('recall-round look-alikes: a question about the wrong size, a warranty clause, an offer to explain, "sans votre accord"', () => {
    assertClean(
      reply(
        'Bonjour Madame Garnier,\n\n' +
          'vous avez commandé la mauvaise taille ? Aucun souci : l’échange est gratuit. Ce n’est en aucun cas ' +
          'à cause de vous que le paiement a échoué, et s’il s’agit d’une erreur de votre part dans l’adresse, ' +
          'nous la corrigeons. En cas de mauvaise utilisation, la garantie ne s’applique pas ; votre appareil, ' +
          'lui, est couvert. Je peux vous expliquer ça simplement au téléphone si vous préférez. Pour que vous ' +
          'puissiez suivre votre colis, voici le lien : {{tracking_url}}. Un minimum de huit caractères est ' +
          'requis pour le mot de passe. Sans votre accord, on ne fait rien. Vous n’avez qu’à cliquer sur ' +
          '« Valider ».\n\n' +
          'Cordialement,\nLe service client',
      ),
      'neutral-tone',
    );
  });

  it('recall-round look-alikes: a reassuring "ne change rien", the sole account holder, costs, consequences, lawyer and export', () => {
    assertClean(
      reply(
        'Bonjour,\n\n' +
          'votre avis ne change rien à votre remboursement, déjà parti le 2 mai. Vous êtes la seule titulaire du ' +
          'compte : la demande doit venir de vous. Ce n’est pas une broutille pour nous. Je vous renvoie le ' +
          'formulaire signé ; vous trouverez ci-dessous le lien de paiement. Nous notons avec intérêt que vous ' +
          'souhaitez rejoindre le programme de fidélité. Ne changez surtout rien aux réglages avant le passage du ' +
          'technicien. Une réparation hors garantie pourrait vous coûter cher, et cela pourrait vous coûter moins ' +
          'cher avec l’offre annuelle. Un impayé peut avoir des conséquences pour vous : des frais de relance de ' +
          '10 €. Si cela continue, nous mettrons fin à notre relation commerciale ; toute correspondance ' +
          'ultérieure sera adressée à notre avocat. Vous pouvez exporter vos données jusqu’au 15 juillet et ' +
          'supprimer votre avis depuis votre espace client.\n\n' +
          'Cordialement,\nLe service client',
      ),
      'neutral-tone',
    );
  });
});

describe('fr tone: hostile wording is reported on its exact words', () => {
  it('passive aggression and blame, with curly and straight apostrophes and without accents', () => {
    const text = reply(
      'Bonjour,\n\nComme je vous l’ai deja dit a plusieurs reprises, le colis est parti. ' +
        "C'est entierement votre faute si l'adresse était fausse. Vous n’avez même pas lu le mail. " +
        'Relisez mon dernier message.\n\nLe service client',
    );
    assert.deepEqual(toneSpans(text), [
      'passive-aggressive: Comme je vous l’ai deja dit a plusieurs reprises',
      "blame: C'est entierement votre faute",
      'blame: Vous n’avez même pas lu',
      'passive-aggressive: Relisez mon dernier message',
    ]);
  });

  it('condescension, sarcasm and dismissal aimed at the customer', () => {
    const text = reply(
      'Bonjour,\n\nVisiblement, vous n’avez pas lu la notice. C’est pourtant simple. ' +
        'Comme par hasard, le colis est arrivé cassé. Calmez-vous, ce n’est pas notre problème.\n\nLe service client',
    );
    assert.deepEqual(toneSpans(text), [
      'condescension: Visiblement, vous n’avez pas lu',
      'condescension: C’est pourtant simple',
      'sarcasm: Comme par hasard',
      'dismissive: Calmez-vous',
      'dismissive: ce n’est pas notre problème',
    ]);
  });

  it('threats and insults, in vous and tu forms', () => {
    const text = reply(
      'Bonjour,\n\nVous allez le regretter. Ne m’obligez pas à fermer votre compte. ' +
        'Espèce d’imbécile. Tu vas le regretter.\n\nLe service client',
    );
    assert.deepEqual(toneSpans(text), [
      'threat: Vous allez le regretter',
      'threat: Ne m’obligez pas à',
      'insult: Espèce d’imbécile',
      'threat: Tu vas le regretter',
    ]);
  });

  it('quiet hostility from the recall round: blame, slow explanations, old messages, brush-offs, veiled threats', () => {
    const text = reply(
      'Bonjour,\n\nC’est vous qui avez coché la mauvaise case. Je vais vous réexpliquer tout ça lentement. ' +
        'Je vous renvoie à ma dernière réponse. Vous êtes décidément le seul à vous en plaindre. ' +
        'Notre patience a des limites. Supprimez cet avis sur-le-champ.\n\nLe service client',
    );
    assert.deepEqual(toneSpans(text), [
      'blame: C’est vous qui avez coché',
      'condescension: vous réexpliquer tout ça lentement',
      'passive-aggressive: vous renvoie à ma dernière réponse',
      'dismissive: Vous êtes décidément le seul à',
      'threat: Notre patience a des limites',
      'threat: Supprimez cet avis sur-le-champ',
    ]);
  });

  it('tutoiement and grovelling', () => {
    const text = reply(
      'Salut,\n\nNous sommes terriblement désolés. T’inquiète, ton colis arrive demain. ' +
        'N’hésite pas à nous écrire.\n\nL’équipe',
    );
    assert.deepEqual(toneSpans(text), [
      'register: Salut',
      'grovelling: Nous sommes terriblement désolés',
      'register: T’inquiète',
      'register: ton colis',
      'register: N’hésite pas',
    ]);
  });
});
