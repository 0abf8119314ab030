/**
 * Rule messages in the editor's display language, from the same l10n bundles the VS Code client
 * uses (l10n/bundle.l10n.<locale>.json; the client passes the path of the active one in
 * initializationOptions.l10nBundle). Keys are the English strings; `{0}` marks arguments.
 * Missing-element findings are rebuilt from the element's label in the display language
 * (data/elements.yaml); tone and other fixed messages are looked up whole; anything without
 * a translation stays English.
 */

import { readFileSync } from 'node:fs';
import { knowledgeFor, type EngineConfig, type LintMessage } from '../engine/index.js';

export class Translator {
  private readonly bundle: Record<string, string>;
  /** Engine language for element labels (`zh-cn` -> `zh`). */
  readonly language: string;

  constructor(bundle: Record<string, string> | null, locale: string) {
    this.bundle = bundle ?? {};
    this.language = locale.toLowerCase().split('-')[0];
  }

  static load(file: string | undefined, locale: string | undefined): Translator {
    let bundle: Record<string, string> | null = null;
    if (file) {
      try {
        bundle = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      } catch {
        bundle = null;
      }
    }
    return new Translator(bundle, locale ?? 'en');
  }

  get active(): boolean {
    return Object.keys(this.bundle).length > 0;
  }

  t(key: string, ...args: (string | number)[]): string {
    const template = this.bundle[key] ?? key;
    return template.replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
  }

  /** The message of `m` in the display language. */
  message(m: LintMessage, config: EngineConfig, meta: { type: string; stage?: string }): string {
    if (!this.active) return m.message;
    const element = typeof m.data?.element === 'string' ? m.data.element : undefined;
    if (element && m.documentLevel) {
      const label = knowledgeFor(config).elementLabel(element, this.language);
      return this.t('This {0} template for type "{1}" must include {2}.', meta.stage ?? 'reply', meta.type, label);
    }
    if (this.bundle[m.message]) return this.bundle[m.message];
    // Tone messages end with their category, "(neutral-tone/sarcasm)": translate the text before it.
    const tail = / \([a-z-]+\/[a-z-]+\)$/.exec(m.message);
    if (tail) {
      const text = m.message.slice(0, tail.index);
      if (this.bundle[text]) return this.bundle[text] + tail[0];
    }
    return m.message;
  }
}
