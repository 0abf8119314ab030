/** `replylint export` through the real CLI: every target, mappings, and the errors it reports. */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { removeProject, runCli, tempProject } from './run-cli.js';

const TEMPLATE = [
  '---',
  'title: "Acknowledge a complaint"',
  'description: "First answer to an upset customer."',
  'type: angry', 'stage: acknowledgement', 'locale: en',
  'variables:', '  customer_name:', '    example: "Sam"', '  agent_name:', '    example: "Jo"',
  '---',
  'Hello {{customer_name}},', '',
  'Thank you for telling us what went wrong. We will answer **within two business days** & keep you posted.', '',
  '<!-- editors only: {{internal_note}} is not part of the reply -->',
  'Best wishes,', '{{agent_name}}', '',
].join('\n');

const CONFIG = `export:
  zendesk:
    variables:
      customer_name: ticket.requester.first_name
      agent_name: current_user.first_name
  helpscout:
    variables:
      customer_name: { name: customer.firstName, fallback: there }
      agent_name: user.firstName
  intercom:
    variables:
      customer_name: { name: first_name, fallback: "there & <you>" }
      agent_name: teammate.first_name
  front:
    variables:
      customer_name: recipient.first_name
      agent_name: user.first_name
  gladly:
    variables:
      customer_name: customer.firstName
      agent_name: agent.firstName
`;

function project(config = CONFIG, extra: Record<string, string> = {}): string {
  return tempProject({ '.replylintrc.yaml': config, 'replies/ack.reply.md': TEMPLATE, ...extra });
}

test('export: each target gets its import JSON with placeholders in its own syntax', () => {
  const dir = project();
  try {
    const run = (target: string): Record<string, unknown> => {
      const r = runCli(['export', '--target', target, 'replies'], dir);
      assert.equal(r.code, 0, `${target}: ${r.stderr}`);
      const doc = JSON.parse(r.stdout);
      assert.equal(doc.target, target);
      assert.deepEqual(doc.sources, [{ file: 'replies/ack.reply.md', title: 'Acknowledge a complaint' }]);
      assert.doesNotMatch(r.stdout, /internal_note|editors only/, 'comments are not exported');
      assert.doesNotMatch(r.stdout, /RLXVAR/, 'no placeholder token left');
      return doc;
    };
    const zd = run('zendesk') as { macros: { title: string; description: string; active: boolean; actions: { field: string; value: string }[] }[] };
    assert.equal(zd.macros[0].title, 'Acknowledge a complaint');
    assert.equal(zd.macros[0].description, 'First answer to an upset customer.');
    assert.equal(zd.macros[0].actions[0].field, 'comment_value_html');
    assert.match(zd.macros[0].actions[0].value, /^<p>Hello \{\{ticket\.requester\.first_name\}\},<\/p>/);
    assert.match(zd.macros[0].actions[0].value, /<strong>within two business days<\/strong> &amp; keep/);
    assert.match(zd.macros[0].actions[0].value, /\{\{current_user\.first_name\}\}<\/p>$/);

    const hs = run('helpscout') as { savedReplies: { name: string; text: string }[] };
    assert.match(hs.savedReplies[0].text, /Hello \{%customer\.firstName,fallback=there%\},/);
    assert.match(hs.savedReplies[0].text, /\{%user\.firstName%\}/);

    const ic = run('intercom') as { type: string; data: { type: string; name: string; body: string; body_text: string }[] };
    assert.equal(ic.data[0].type, 'macro');
    assert.match(ic.data[0].body, /Hello \{\{first_name\|fallback:"there &amp; &lt;you&gt;"\}\},/, 'fallback text escaped in HTML');
    assert.match(ic.data[0].body_text, /^Hello \{\{first_name\|fallback:"there & <you>"\}\},\n\nThank you/, 'and kept as is in plain text');

    const fr = run('front') as { message_templates: { name: string; body: string }[] };
    assert.match(fr.message_templates[0].body, /\{\{recipient\.first_name\}\}/);

    const gl = run('gladly') as { answers: { name: string; language: string; bodyHtml: string; bodyText: string }[] };
    assert.equal(gl.answers[0].language, 'en');
    assert.match(gl.answers[0].bodyText, /\{\{agent\.firstName\}\}$/);
  } finally {
    removeProject(dir);
  }
});

test('export: --out writes the file; a variable with no mapping names template and variable, exit 1, nothing written', () => {
  const dir = project(CONFIG.replace('      agent_name: user.first_name\n', ''));
  try {
    const ok = runCli(['export', '--target', 'zendesk', '--out', 'build/zendesk.json'], dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stderr, /exported 1 template for Zendesk to build\/zendesk\.json/);
    assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'build/zendesk.json'), 'utf8')).macros.length, 1);

    const r = runCli(['export', '--target', 'front', '--out', 'build/front.json'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^replies\/ack\.reply\.md:19:1: error: template "Acknowledge a complaint" uses variable "agent_name", which has no Front mapping; add export\.front\.variables\.agent_name to \.replylintrc\.yaml$/m);
    assert.doesNotMatch(r.stderr, /customer_name/);
    assert.ok(!fs.existsSync(path.join(dir, 'build/front.json')));
  } finally {
    removeProject(dir);
  }
});

test('export: mapping shape errors are config errors at their position (exit 2)', () => {
  const cases: [string, RegExp][] = [
    ['export:\n  zendesc:\n    variables: {}\n', /\.replylintrc\.yaml:2:3: unknown export target "zendesc"; did you mean "zendesk"\?/],
    ['export:\n  zendesk:\n    variables:\n      customer_name: { name: ticket.requester.first_name, fallback: there }\n',
      /\.replylintrc\.yaml:4:69: Zendesk placeholders have no fallback syntax/],
    ['export:\n  front:\n    vars: {}\n', /\.replylintrc\.yaml:3:5: unknown key "vars" in export\.front/],
    ['export:\n  gladly:\n    variables:\n      customer_name: 42\n', /\.replylintrc\.yaml:4:22: export\.gladly\.variables\.customer_name needs a Gladly variable name such as "customer\.firstName"/],
    ['export:\n  intercom:\n    variables:\n      customer_name: { name: first_name, fallback: say "hi" }\n', /:4:52: export\.intercom\.variables\.customer_name\.fallback may not contain '"' or '}' in Intercom syntax/],
    ['export:\n  helpscout: [a, b]\n', /\.replylintrc\.yaml:2:14: export\.helpscout must be a map/],
  ];
  for (const [config, expected] of cases) {
    const dir = project(config);
    try {
      const r = runCli(['export', '--target', 'zendesk'], dir);
      assert.equal(r.code, 2, `${config}\n${r.stderr}`);
      assert.match(r.stderr, expected);
    } finally {
      removeProject(dir);
    }
  }
});

test('export: usage errors (no target, unknown target, no templates) exit 2', () => {
  const dir = project();
  try {
    assert.match(runCli(['export'], dir).stderr, /export needs --target/);
    const bad = runCli(['export', '--target', 'freshdesk'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--target must be one of zendesk, helpscout, intercom, front, gladly/);
    fs.mkdirSync(path.join(dir, 'empty'));
    assert.equal(runCli(['export', '--target', 'front', 'empty'], dir).code, 2);
  } finally {
    removeProject(dir);
  }
});
