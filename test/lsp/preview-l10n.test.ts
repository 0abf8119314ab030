// The preview lists findings in the editor's language, like the Problems panel.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { lint, defaultConfig } from '../../server/src/engine/index.js';
import { Translator } from '../../server/src/lsp/l10n.js';
import { renderForPreview } from '../../server/src/lsp/render.js';
import { completionsAt } from '../../server/src/lsp/completion.js';
import { TextDocument } from 'vscode-languageserver-textdocument';

const TEXT = '---\ntype: generic\nlocale: en\nvariables:\n  name: { example: Sam, description: Name }\n---\nHello {{ nmae }}, {{\n';

it('preview findings and completion examples follow the display language', () => {
  const config = defaultConfig();
  const { messages, doc } = lint(TEXT, config);
  const outcome = { uri: 'file:///x.reply.md', version: 1, messages, doc, ms: 0, config };
  const de = Translator.load(join(__dirname, '../../l10n/bundle.l10n.de.json'), 'de');
  const english = renderForPreview(outcome, undefined).findings.map((f) => f.message);
  const german = renderForPreview(outcome, undefined, de).findings.map((f) => f.message);
  assert.equal(german.length, english.length);
  assert.ok(english.length > 0);
  german.forEach((g, i) => assert.notEqual(g, english[i], `untranslated: ${g}`));
  const document = TextDocument.create('file:///x.reply.md', 'reply-template', 1, TEXT);
  const items = completionsAt(document, document.positionAt(TEXT.length - 1), outcome, de);
  const item = items.find((c) => c.label === 'name');
  assert.deepEqual(item?.documentation, { kind: 'markdown', value: '*Beispiel:* Sam' });
});
