/**
 * Helpdesk targets of `replylint export`: how each writes a placeholder and what its import
 * JSON looks like. Shapes follow each product's public API for creating the object (see
 * docs/export.md for the sources and the assumptions where a product publishes no import API).
 */

export type TargetName = 'zendesk' | 'helpscout' | 'intercom' | 'front' | 'gladly';
export const TARGETS: readonly TargetName[] = ['zendesk', 'helpscout', 'intercom', 'front', 'gladly'];

export interface Mapping {
  /** The helpdesk's variable, e.g. `ticket.requester.first_name`. */
  name: string;
  /** Text shown when the helpdesk has no value (only where the product has a fallback syntax). */
  fallback?: string;
}

export interface ExportItem {
  title: string;
  description?: string;
  locale: string;
  html: string;
  text: string;
  source: string;
}

export interface Target {
  /** Product name for messages. */
  label: string;
  /** Whether the product's placeholder syntax carries a fallback text. */
  fallback: boolean;
  /** Characters a fallback may not contain (they would end the placeholder early). */
  fallbackForbidden?: string;
  placeholder(m: Mapping): string;
  /** The import document for the rendered templates. */
  document(items: ExportItem[], generator: string): unknown;
}

const sources = (items: ExportItem[]): { file: string; title: string }[] => items.map((i) => ({ file: i.source, title: i.title }));

export const targets: Record<TargetName, Target> = {
  // Zendesk macros: POST /api/v2/macros takes { macro: { title, description, active, actions } };
  // a public reply is the action field "comment_value_html". Placeholders: {{ticket.requester.first_name}}.
  zendesk: {
    label: 'Zendesk',
    fallback: false,
    placeholder: (m) => `{{${m.name}}}`,
    document: (items, generator) => ({
      target: 'zendesk',
      generator,
      macros: items.map((i) => ({
        title: i.title,
        ...(i.description ? { description: i.description } : {}),
        active: true,
        actions: [{ field: 'comment_value_html', value: i.html }],
      })),
      sources: sources(items),
    }),
  },
  // Help Scout saved replies: POST /v2/mailboxes/{id}/saved-replies takes { name, text }.
  // Variables: {%customer.firstName%}, with a fallback {%customer.firstName,fallback=there%}.
  helpscout: {
    label: 'Help Scout',
    fallback: true,
    fallbackForbidden: '%,',
    placeholder: (m) => (m.fallback !== undefined ? `{%${m.name},fallback=${m.fallback}%}` : `{%${m.name}%}`),
    document: (items, generator) => ({
      target: 'helpscout',
      generator,
      savedReplies: items.map((i) => ({ name: i.title, text: i.html })),
      sources: sources(items),
    }),
  },
  // Intercom macros (no public create endpoint; the shape of its macro objects: type, name, body,
  // body_text). Attributes: {{first_name}}, with a fallback {{first_name|fallback:"there"}}.
  intercom: {
    label: 'Intercom',
    fallback: true,
    fallbackForbidden: '"}',
    placeholder: (m) => (m.fallback !== undefined ? `{{${m.name}|fallback:"${m.fallback}"}}` : `{{${m.name}}}`),
    document: (items, generator) => ({
      target: 'intercom',
      generator,
      type: 'list',
      data: items.map((i) => ({ type: 'macro', name: i.title, body: i.html, body_text: i.text })),
      sources: sources(items),
    }),
  },
  // Front message templates: POST /message_templates takes { name, subject, body } (HTML body).
  // Variables: {{recipient.first_name}}.
  front: {
    label: 'Front',
    fallback: false,
    placeholder: (m) => `{{${m.name}}}`,
    document: (items, generator) => ({
      target: 'front',
      generator,
      message_templates: items.map((i) => ({ name: i.title, body: i.html })),
      sources: sources(items),
    }),
  },
  // Gladly Answers (created in the admin UI; no public import API found): one answer per template
  // with its language and an email body. Variables: {{customer.firstName}}.
  gladly: {
    label: 'Gladly',
    fallback: false,
    placeholder: (m) => `{{${m.name}}}`,
    document: (items, generator) => ({
      target: 'gladly',
      generator,
      answers: items.map((i) => ({
        name: i.title,
        ...(i.description ? { description: i.description } : {}),
        language: i.locale,
        type: 'EMAIL',
        bodyHtml: i.html,
        bodyText: i.text,
      })),
      sources: sources(items),
    }),
  },
};
