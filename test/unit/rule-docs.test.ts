// Every registered rule has a doc in docs/rules/<id>.md, and the examples in it are true:
// the "Good:" block lints clean for that rule, the "Bad:" block is reported, and each
// "In other languages:" line is accepted by (or, when marked "(reported…)", reported by) the rule.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkParity, defaultConfig, knowledgeFor, lint, parse, rules } from '../../server/src/engine/index.js';

const docsDir = path.resolve('docs/rules');
const knowledge = knowledgeFor(defaultConfig());

/** Fenced ```markdown blocks, keyed by the label line before them ("Bad:", "Good (`x`):", "Source (`x`):"). */
export function exampleBlocks(md: string): { label: string; text: string }[] {
  const out: { label: string; text: string }[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(Bad|Good|Source)\b.*:$/.exec(lines[i]);
    if (!m) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].trim() === '') j++;
    if (lines[j] !== '```markdown') continue;
    const end = lines.indexOf('```', j + 1);
    assert.ok(end > j, `unclosed example after "${lines[i]}"`);
    out.push({ label: m[1], text: lines.slice(j + 1, end).join('\n') + '\n' });
    i = end;
  }
  return out;
}

function otherLanguages(md: string): { lang: string; text: string; reported: boolean }[] {
  const at = md.indexOf('\nIn other languages:\n');
  if (at < 0) return [];
  const out: { lang: string; text: string; reported: boolean }[] = [];
  for (const line of md.slice(at).split('\n').slice(3)) {
    const m = /^- (de|zh|ko): (.+)$/.exec(line);
    if (!m) break;
    const reported = /\s*\(reported[^)]*\)\s*$/.exec(m[2]);
    out.push({ lang: m[1], text: reported ? m[2].slice(0, reported.index) : m[2], reported: !!reported });
  }
  return out;
}

const find = (text: string, id: string) => lint(text).messages.filter((m) => m.ruleId === id);

describe('rule docs', () => {
  it('every registered rule has a doc, and every doc a registered rule', () => {
    const docs = fs.readdirSync(docsDir).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3)).sort();
    assert.deepEqual(docs, rules.map((r) => r.id).sort());
  });

  it('the index lists every rule with its default severity', () => {
    const index = fs.readFileSync(path.join(docsDir, 'README.md'), 'utf8');
    for (const r of rules) assert.ok(index.includes(`| [\`${r.id}\`](${r.id}.md) | ${r.defaultSeverity} |`), `${r.id} missing from docs/rules/README.md`);
  });

  for (const rule of rules) {
    describe(rule.id, () => {
      const md = fs.readFileSync(path.join(docsDir, `${rule.id}.md`), 'utf8');
      const blocks = exampleBlocks(md);

      it('states the default severity and has the required sections', () => {
        assert.ok(md.includes(`| Default severity | ${rule.defaultSeverity} |`));
        for (const h of ['## Examples', '## Options', '## How to suppress', '## Rationale']) assert.ok(md.includes(`\n${h}\n`), `missing ${h}`);
        assert.ok(blocks.some((b) => b.label === 'Bad') && blocks.some((b) => b.label === 'Good'), 'needs a Bad: and a Good: example');
      });

      if (rule.id === 'locale-parity') {
        it('the Bad translation differs from the source, the Good one does not', () => {
          const get = (label: string) => blocks.find((b) => b.label === label)!.text;
          const source = { path: 'en/x.reply.md', text: get('Source') };
          assert.ok(checkParity([source, { path: 'de/x.reply.md', text: get('Bad') }]).length > 0);
          assert.deepEqual(checkParity([source, { path: 'de/x.reply.md', text: get('Good') }]), []);
        });
        return;
      }

      it('the Good example is clean for this rule', () => {
        for (const b of blocks.filter((x) => x.label === 'Good')) {
          assert.deepEqual(find(b.text, rule.id).map((m) => m.message), [], b.text);
        }
      });

      it('the Bad example is reported by this rule', () => {
        for (const b of blocks.filter((x) => x.label === 'Bad')) assert.ok(find(b.text, rule.id).length > 0, b.text);
      });

      for (const o of otherLanguages(md)) {
        const good = blocks.find((b) => b.label === 'Good')!.text;
        const hasLexicon = rule.id !== 'neutral-tone' || knowledge.toneFile(o.lang) !== undefined;
        it(`${o.lang}: "${o.text}" is ${o.reported ? 'reported' : 'accepted'}`, { skip: hasLexicon ? false : `no ${o.lang} tone lexicon yet` }, () => {
          // The Good example's front matter, in that locale, with the line as the body.
          const fm = good.slice(0, good.indexOf('\n---\n') + 5).replace(/\nlocale: \w+\n/, `\nlocale: ${o.lang}\n`);
          const text = `${fm}${o.text}\n`;
          const found = find(text, rule.id);
          if (o.reported) assert.ok(found.length > 0, text);
          else assert.deepEqual(found.map((m) => m.message), [], text);
        });
      }
    });
  }
});

describe('docs/playbook.md', () => {
  const md = fs.readFileSync(path.resolve('docs/playbook.md'), 'utf8');
  const ids = new Set(rules.map((r) => r.id));
  const templates = new Set(fs.readdirSync(path.resolve('templates/en')).map((f) => f.replace('.reply.md', '')));
  const variables = new Set([...templates].flatMap((t) => Object.keys(parse(fs.readFileSync(path.resolve(`templates/en/${t}.reply.md`), 'utf8')).meta.variables)));

  it('names only real rules and templates, and every template', () => {
    const named = [...md.matchAll(/`([a-z][a-z-]+)`/g)].map((m) => m[1]);
    const unknown = named.filter((n) => !ids.has(n) && !templates.has(n) && !variables.has(n) && !['type', 'stage', 'business', 'legal_threat', 'policy'].includes(n));
    assert.deepEqual(unknown, []);
    for (const t of templates) assert.ok(md.includes(`\`${t}\``), `playbook does not mention ${t}`);
  });

  it('names the rule behind every required element of the policy', () => {
    for (const r of rules.filter((x) => x.tags.includes('required'))) assert.ok(md.includes(`\`${r.id}\``), `playbook does not mention ${r.id}`);
  });
});
