/**
 * `replylint export --target zendesk|helpscout|intercom|front|gladly [--out FILE] [-c CONFIG] [paths]`
 *
 * Renders every template (Markdown to HTML and plain text) with its placeholders written in the
 * target's syntax, using the variable mapping under `export.<target>.variables` of the nearest
 * .replylintrc.yaml, and prints (or writes) the target's import JSON.
 *
 * Exit codes: 0 written; 1 a template uses a variable with no mapping (each one is reported as
 * FILE:LINE:COL, nothing is written); 2 usage or config error (bad mapping shape, unknown target).
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { lineStarts, parse, positionAt, render } from '../../engine/index.js';
import { ConfigResolver, findConfigFile, loadConfigFile, type ConfigFile } from '../../config/load-config.js';
import { findFiles } from '../files.js';
import { displayPath, relPath } from '../fingerprint.js';
import type { MainParams } from '../main.js';
import { UsageError } from '../main.js';
import { readArgs } from '../args.js';
import { VERSION } from '../version.js';
import { readExportMappings, type TargetMappings } from './mapping.js';
import { TARGETS, targets, type ExportItem, type Mapping, type TargetName } from './targets.js';

const USAGE = 'Usage: replylint export --target zendesk|helpscout|intercom|front|gladly [--out FILE] [--config FILE] [paths...]';

export async function exportCommand(argv: string[], params: MainParams): Promise<number> {
  let target: TargetName | undefined;
  let out: string | undefined;
  let config: string | undefined;
  const paths: string[] = [];
  let help = false;
  readArgs(argv, (t) => {
    const a = t.arg;
    if (a === '--target' || a === '-t') {
      const v = t.value();
      if (!(TARGETS as readonly string[]).includes(v)) throw new UsageError(`export --target must be one of ${TARGETS.join(', ')}, not "${v}"`);
      target = v as TargetName;
    } else if (a === '--out' || a === '-o') out = t.value();
    else if (a === '--config' || a === '-c') config = t.value();
    else if (a === '-h' || a === '--help') {
      help = true;
      t.stop();
    } else if (a === '--debug') return;
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown export option "${a}"\n${USAGE}`);
    else paths.push(a);
  }, 'export ');
  if (help) {
    params.stdout(`${USAGE}\n\nVariable mappings come from export.<target>.variables in .replylintrc.yaml (see docs/export.md).\nExit codes: 0 exported, 1 a template variable has no mapping, 2 usage or config error.\n`);
    return 0;
  }
  if (!target) throw new UsageError(`export needs --target\n${USAGE}`);
  const t = targets[target];
  const cwd = params.cwd;
  const explicit = config ? path.resolve(cwd, config) : null;
  const configDirs = new Map<string, string | null>();
  const loaded = new Map<string, { file: ConfigFile; mappings: TargetMappings }>();
  const configOf = (file: string): { file: ConfigFile; mappings: TargetMappings } | null => {
    const found = explicit ?? findConfigFile(path.dirname(file), undefined, configDirs);
    if (!found) return null;
    let c = loaded.get(found);
    if (!c) {
      c = { file: loadConfigFile(found), mappings: readExportMappings(found) };
      loaded.set(found, c);
    }
    return c;
  };
  const rootCfg = configOf(path.join(cwd, '__replylint__'));
  const walk = findFiles(paths, { cwd, extensions: ['.reply.md'], ignores: rootCfg?.file.ignores ?? [] });
  for (const w of walk.warnings) params.stderr(`replylint: warning: ${w}\n`);
  if (walk.files.length === 0) throw new UsageError(`export: no templates (*.reply.md) found in ${paths.length ? paths.join(', ') : 'the current folder'}`);
  if (walk.unmatched.length) params.stderr(`replylint: warning: no files matched ${walk.unmatched.map((u) => `"${u}"`).join(', ')}\n`);

  const resolver = new ConfigResolver();
  const items: ExportItem[] = [];
  let errors = 0;
  for (const file of walk.files) {
    const rel = relPath(cwd, file);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      params.stderr(`${rel}:1:1: error: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`);
      errors++;
      continue;
    }
    const cfg = configOf(file);
    const doc = parse(text, resolver.resolve(file, cfg?.file ?? null));
    const mapping = cfg?.mappings[target] ?? {};
    // Which variables the rendered body uses (placeholders inside comments are dropped by render).
    const used = render(doc, {}, 'markdown').filled.map((f) => f.name);
    const tokens = new Map<string, string>();
    const data: Record<string, string> = {};
    const starts = lineStarts(text);
    let missing = 0;
    for (const name of new Set(used)) {
      const m: Mapping | undefined = mapping[name];
      if (!m) {
        const at = doc.placeholders.find((p) => p.name === name);
        const pos = positionAt(starts, at?.range[0] ?? 0);
        const where = cfg ? displayPath(cwd, cfg.file.file) : '.replylintrc.yaml';
        params.stderr(`${rel}:${pos.line + 1}:${pos.character + 1}: error: template "${title(doc.meta, file)}" uses variable "${name}", which has no ${t.label} mapping; add export.${target}.variables.${name} to ${where}\n`);
        missing++;
        continue;
      }
      const token = `RLXVAR${tokens.size}XRL`;
      tokens.set(token, t.placeholder(m));
      data[name] = token;
    }
    if (missing) {
      errors += missing;
      continue;
    }
    const swap = (s: string, escapeHtml: boolean): string => s.replace(/RLXVAR\d+XRL/g, (tok) => {
      const v = tokens.get(tok) ?? tok;
      return escapeHtml ? v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : v;
    });
    const html = swap(render(doc, data, 'html').output, true).trim();
    const plain = swap(render(doc, data, 'text').output, false).trim();
    items.push({
      title: title(doc.meta, file),
      ...(doc.meta.description ? { description: doc.meta.description } : {}),
      locale: doc.locale,
      html,
      text: plain,
      source: rel,
    });
  }
  if (errors) {
    params.stderr(`replylint: export to ${t.label} stopped: ${errors} ${errors === 1 ? 'problem' : 'problems'}; nothing was written\n`);
    return 1;
  }
  const json = JSON.stringify(t.document(items, `replylint ${VERSION}`), null, 2) + '\n';
  if (out) {
    const dest = path.resolve(cwd, out);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, json);
    params.stderr(`replylint: exported ${items.length} ${items.length === 1 ? 'template' : 'templates'} for ${t.label} to ${displayPath(cwd, dest)}\n`);
  } else params.stdout(json);
  return 0;
}

function title(meta: { title?: string; id?: string }, file: string): string {
  return meta.title ?? meta.id ?? path.basename(file).replace(/\.reply\.md$/, '');
}
