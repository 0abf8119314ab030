// Spanish neutral-tone precision: whole replies (Spain and Latin America, with and without
// accents) full of words that look like lexicon words -- a clown costume, a ridiculously low price,
// "obviamente" about our own courier, what the customer called our staff, the calm consequence of a
// warning, a lawyer redirect, a data-export deadline -- stay clean, while the same words aimed at the
// customer are reported with exact spans. The single-sentence pairs live in data/tone/es.yaml
// (test/unit/data-examples.test.ts); these tests check the context rules inside longer replies.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertClean, template, toneSpans } from '../helpers.js';

const reply = (body: string) => template({ type: 'generic', locale: 'es' }, body);

describe('es tone: hard neutral replies stay clean', () => {
  it('a firm warning with a calm consequence and a reported insult', () => {
    assertClean(
      reply(
        'Estimado señor Ruiz:\n\n' +
          'El 3 de mayo usted llamó incompetente a nuestra técnica en el chat y el día 5 calificó de ' +
          'inútiles a dos compañeros por teléfono. Le pedimos que mantenga un trato respetuoso. ' +
          'Si esto continúa, daremos por terminada la relación comercial y cerraremos su cuenta. ' +
          'No es su culpa que el primer envío llegara dañado, y por eso le mandamos otro sin coste.\n\n' +
          'Atentamente,\nEl equipo de atención al cliente',
      ),
      'neutral-tone',
    );
  });

  it('a termination with reason, refund, lawyer redirect and data-export deadline', () => {
    assertClean(
      reply(
        'Estimada señora Domínguez:\n\n' +
          'Hemos decidido rescindir su contrato con efecto el 30 de junio, porque en las últimas tres ' +
          'semanas se han repetido los mensajes ofensivos hacia nuestro personal. El reembolso de 45 euros ' +
          'por los meses no usados se emitió ayer a su tarjeta. A partir de hoy, toda la correspondencia ' +
          'sobre este asunto la llevará nuestro abogado. Puede descargar sus datos hasta el 30 de junio; ' +
          'después la cuenta se cerrará. Según el punto 7 de las condiciones, es su responsabilidad ' +
          'guardar una copia antes de esa fecha.\n\n' +
          'Atentamente,\nAtención al cliente',
      ),
      'neutral-tone',
    );
  });

  it('our own mistake: obviamente, evidentemente, hicimos el ridículo, no es tan sencillo', () => {
    assertClean(
      reply(
        'Hola, señor Castro:\n\n' +
          'Obviamente el mensajero se equivocó de dirección, y evidentemente no le cobraremos el nuevo envío. ' +
          'Con ese retraso hicimos el ridículo, y lo sentimos. Entendemos que el cambio de tarifa no es tan ' +
          'sencillo de seguir; le explicamos los pasos abajo. Le pedimos disculpas por el retraso.\n\n' +
          'Saludos cordiales,\nSoporte',
      ),
      'neutral-tone',
    );
  });

  it('everyday senses: clown costume, ridiculously low price, a pleasant surprise, the manual page, a sincere congratulation', () => {
    assertClean(
      reply(
        'Buenos días, señora Ortega:\n\n' +
          'El disfraz de payaso y la peluca que pidió llegarán el lunes. El precio de la oferta es ridículamente ' +
          'bajo y lo mantenemos hasta fin de mes. Qué sorpresa tan agradable recibir su reseña. ' +
          'En la página 12 del manual está el paso que falta: solo tiene que revisar la carpeta de correo no ' +
          'deseado. Enhorabuena, ha conseguido el nivel oro de nuestro programa. Esto es lo que hay en su ' +
          'pedido: dos cajas y un cable. El punto 4 y punto 5 de las condiciones explican la garantía.\n\n' +
          'Un saludo,\nAtención al cliente',
      ),
      'neutral-tone',
    );
  });

  it('a review reply and a refund, typed without accents (Latin American usage)', () => {
    assertClean(
      reply(
        'Estimado cliente:\n\n' +
          'Gracias por su reseña. No exagera: el pedido tardo tres semanas y no es aceptable. Usted no tiene ' +
          'ninguna culpa de ese retraso. Como le indicamos el 3 de mayo, el reembolso de 30 dolares ya se ' +
          'acredito en su tarjeta. Gracias a clientes como usted podemos mejorar. Si se equivoco al escribir ' +
          'la direccion, puede corregirla aqui; con nosotros usted nunca paga gastos de envio.\n\n' +
          'Saludos,\nServicio al cliente',
      ),
      'neutral-tone',
    );
  });

  it('polite usted reply with a data deadline and a plural ustedes', () => {
    assertClean(
      reply(
        'Estimados señores:\n\n' +
          'Les recordamos que pueden descargar sus datos hasta el 15 de julio. Si nada les sirve de lo que ' +
          'proponemos, les devolvemos el dinero. Es su última oportunidad para aprovechar el descuento del 20 %. ' +
          'Indíquenos qué quiere que hagamos con el pedido. No se preocupe: no hay preguntas tontas.\n\n' +
          'Atentamente,\nAtención al cliente',
      ),
      'neutral-tone',
    );
  });

  it('lookalikes: kitchen hand, IT department, you will see the charge, one sincere apology, our unclear tariff', () => {
    assertClean(
      reply(
        'Estimado señor Vidal:\n\n' +
          'El pinche de cocina que usted mencionó ya no trabaja en el restaurante, y nuestro departamento de TI ' +
          'revisó su acceso. Usted verá el cargo en su extracto el lunes. Perdón por la espera: lo sentimos ' +
          'muchísimo. Es obvio que la tarifa no estaba clara y ya la hemos corregido. La aplicación siempre pide ' +
          'la contraseña al iniciar. Si usted no está conforme, puede reclamar ante la autoridad de consumo. ' +
          'Ya le enviamos la etiqueta de devolución; no se moleste en devolver el cable.\n\n' +
          'Atentamente,\nSoporte',
      ),
      'neutral-tone',
    );
  });

  it('recall round look-alikes: a counterfactual we could not have met, our own fault, a resent guide, a goal of not writing again', () => {
    assertClean(
      reply(
        'Estimada señora Navarro:\n\n' +
          'Aunque nos hubiera escrito antes, no habríamos podido adelantar el envío. La culpa del retraso fue ' +
          'nuestra, no suya, y en ningún caso la culpa es suya. Usted canceló el pedido el lunes y ahora le ' +
          'devolvemos el importe completo. Por fin ha llegado la pieza de repuesto y se la enviamos hoy. Le ' +
          'explicamos de nuevo la instalación, esta vez con capturas. Es la segunda vez que le indicamos un plazo ' +
          'equivocado, y lo sentimos. Para que no vuelva a escribirnos por lo mismo, dejamos la solución anotada ' +
          'en su ficha. No vamos a cobrarle el cargo de devolución. Si hay algo más que comentar al respecto, ' +
          'escríbanos.\n\n' +
          'Atentamente,\nAtención al cliente',
      ),
      'neutral-tone',
    );
  });

  it('recall round look-alikes: calm consequence, data deadline, privacy promises, condolences, a label warning', () => {
    assertClean(
      reply(
        'Estimado señor Prieto:\n\n' +
          'Si continúa con los insultos, daremos por terminada la relación comercial y cerraremos su cuenta. ' +
          'Tenga en cuenta que puede descargar sus datos hasta el 30 de junio. Nos aseguraremos de que no vuelva ' +
          'a ocurrir y de que nadie más tenga acceso a su cuenta. No publicaremos sus mensajes ni compartiremos sus ' +
          'grabaciones con terceros. Solo se lo comento por si le interesa: el envío es gratis este mes. Lamento en ' +
          'el alma la pérdida de su padre; hemos cancelado la suscripción sin coste. Tiene usted toda la razón del ' +
          'mundo para estar molesto. Concéntrese en el paso 3; los demás ya están hechos. Sin ese dato no podemos ' +
          'localizar el envío. Puede estar tranquilo: el pedido está asegurado. Tenga cuidado con lo que dice la ' +
          'etiqueta: el aparato no es sumergible.\n\n' +
          'Atentamente,\nSoporte',
      ),
      'neutral-tone',
    );
  });
});

describe('es tone: hostile wording is reported with exact spans', () => {
  it('Latin American and Spanish insults, typed with and without accents', () => {
    const text = reply(
      'Hola:\n\nSu pinche reclamo no procede. Es usted un imbecil. ¿Sabe usted leer? ' +
        'Ya se lo dijimos.\n\nSoporte',
    );
    assert.deepEqual(toneSpans(text), [
      'insult: pinche',
      'insult: imbecil',
      'condescension: Sabe usted leer',
      'passive-aggressive: Ya se lo dijimos',
    ]);
  });

  it('insults, condescension and blame aimed at the customer', () => {
    const text = reply(
      'Señor Ruiz:\n\nGente como usted no merece nuestro servicio. Obviamente no leyó el correo. ' +
        'Hasta un niño lo entiende. Por su descuido el paquete volvió al almacén.\n\nAtención al cliente',
    );
    assert.deepEqual(toneSpans(text), [
      'insult: Gente como usted',
      'condescension: Obviamente no',
      'condescension: Hasta un niño lo entiende',
      'blame: Por su descuido',
    ]);
  });

  it('passive aggression, sarcasm and absolutes, with and without accents', () => {
    const text = reply(
      'Hola:\n\nComo ya le indicamos, el plazo termino. Se lo repito una vez mas: no hay reembolso. ' +
        'Vaya sorpresa, el pago volvio a fallar. Usted siempre se queja del envio. ' +
        'Ni que fueramos adivinos.\n\nSoporte',
    );
    assert.deepEqual(toneSpans(text), [
      'passive-aggressive: Como ya le indicamos',
      'passive-aggressive: Se lo repito una vez mas',
      'sarcasm: Vaya sorpresa',
      'absolute: Usted siempre se queja',
      'sarcasm: Ni que fueramos',
    ]);
  });

  it('threats and dismissal beyond the calm consequence', () => {
    const text = reply(
      'Señora Ortega:\n\nCalmese, por favor. No es nuestro problema. Ya veremos qué pasa con su reembolso. ' +
        'No nos obligue a tomar otras medidas, o se va a arrepentir.\n\nAtención al cliente',
    );
    assert.deepEqual(toneSpans(text), [
      'dismissive: Calmese',
      'dismissive: No es nuestro problema',
      'threat: Ya veremos qué pasa con su reembolso',
      'threat: No nos obligue a tomar',
      'threat: se va a arrepentir',
    ]);
  });

  it('register: tú, voseo and vosotros in a reply that should say usted', () => {
    const text = reply(
      'Hola:\n\nGracias por tu compra. Podés pedir el reembolso desde la web. ' +
        'Os enviamos la factura mañana. Escríbenos si necesitas algo más.\n\nSoporte',
    );
    assert.deepEqual(toneSpans(text), [
      'register: tu',
      'register: Podés',
      'register: Os enviamos',
      'register: Escríbenos',
      'register: necesitas',
    ]);
  });

  it('over-apology: one clear apology is fine, grovelling is not', () => {
    const text = reply(
      'Estimado cliente:\n\nLe pedimos mil disculpas. No sabe cuánto lo sentimos. Perdón, perdón.\n\nSoporte',
    );
    assert.deepEqual(toneSpans(text), [
      'grovelling: mil disculpas',
      'grovelling: No sabe cuánto lo sentimos',
      'grovelling: Perdón, perdón',
    ]);
  });

  it('recall round: counterfactual blame, presumed incapacity, a grudging "por fin", false agreement', () => {
    const text = reply(
      'Hola:\n\nSi hubiera conservado la factura, no estaríamos así. Ya veo que la tecnología no es lo suyo. ' +
        'Por fin se ha dignado a contestarnos. Sí, claro, seguro que el paquete se abrió solo.\n\nSoporte',
    );
    assert.deepEqual(toneSpans(text), [
      'blame: Si hubiera conservado la factura, no',
      'condescension: no es lo suyo',
      'passive-aggressive: Por fin se ha dignado a contestarnos',
      'sarcasm: Sí, claro, seguro que',
    ]);
  });

  it('recall round: veiled threats, a curt brush-off and grovelling', () => {
    const text = reply(
      'Señor Gil:\n\nPiénselo bien antes de publicar esa reseña. Siga así y ya verá. No vuelva a escribirnos por esto. ' +
        'Le pedimos perdón una y otra vez; no nos merecemos su confianza.\n\nAtención al cliente',
    );
    assert.deepEqual(toneSpans(text), [
      'threat: Piénselo bien antes de publicar esa reseña',
      'threat: Siga así y ya verá',
      'dismissive: No vuelva a escribirnos',
      'grovelling: Le pedimos perdón una y otra vez',
      'grovelling: no nos merecemos su confianza',
    ]);
  });
});
