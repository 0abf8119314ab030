/** `replylint render FILE [--data vars.yaml|json] [--format text|html|markdown]`. */

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { lineStarts, parse, positionAt, render, type RenderFormat } from '../engine/index.js';
import { ConfigResolver, findConfigFile, loadConfigFile } from '../config/load-config.js';
import type { MainParams } from './main.js';
import { readArgs } from './args.js';
import { UsageError } from './main.js';

const RENDER_HELP = `Usage: replylint render FILE [--data vars.yaml|vars.json] [--sample NAME] [--format text|html|markdown]

Prints the reply with its placeholders filled: from --data, then the front matter's sample set
NAME, then each variable's example. A required variable with no value is an error (exit 1).
Default format: text (for pasting into a helpdesk); html escapes the template's own HTML.
`;

export async function renderCommand(argv: string[], params: MainParams): Promise<number> {
  let file: string | undefined;
  let dataFile: string | undefined;
  let format: RenderFormat = 'text';
  let sample: string | undefined;
  let help = false;
  readArgs(argv, (t) => {
    const a = t.arg;
    if (a === '--data') dataFile = t.value();
    else if (a === '--format' || a === '-f') {
      const f = t.value();
      if (f !== 'text' && f !== 'html' && f !== 'markdown') throw new UsageError(`render --format must be text, html or markdown, not "${f}"`);
      format = f;
    } else if (a === '--sample') sample = t.value();
    else if (a === '--debug') return;
    else if (a === '-h' || a === '--help') {
      help = true;
      t.stop();
    } else if (a.startsWith('-')) throw new UsageError(`unknown render option "${a}"`);
    else if (file) throw new UsageError('render takes one file');
    else file = a;
  }, 'render ');
  if (help) {
    params.stdout(RENDER_HELP);
    return 0;
  }
  if (!file) throw new UsageError('render needs a FILE');
  const abs = path.resolve(params.cwd, file);
  let text: string;
  try {
    text = fs.readFileSync(abs, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: Record<string, unknown> = {};
  if (dataFile) {
    let raw: string;
    try {
      raw = fs.readFileSync(path.resolve(params.cwd, dataFile), 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read data file ${dataFile} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    try {
      const parsed = dataFile.endsWith('.json') ? JSON.parse(raw) : parseYaml(raw);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('it must be a map of variable names to values');
      data = parsed as Record<string, unknown>;
    } catch (e) {
      throw new UsageError(`data file ${dataFile}: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  const cfgPath = findConfigFile(path.dirname(abs));
  const config = new ConfigResolver().resolve(abs, cfgPath ? loadConfigFile(cfgPath) : null);
  const doc = parse(text, config);
  if (sample) {
    const set = doc.frontMatter?.values.samples?.[sample];
    if (!set) throw new UsageError(`no sample "${sample}" in the front matter of ${file}`);
    data = { ...set, ...data };
  }
  const result = render(doc, data, format);
  if (result.missing.length) {
    const starts = lineStarts(text);
    for (const m of result.missing) {
      const p = positionAt(starts, m.range[0]);
      params.stderr(`${file}:${p.line + 1}:${p.character + 1}: error: required variable "${m.name}" has no value (give it in --data or as an example in the front matter)\n`);
    }
    return 1;
  }
  params.stdout(result.output);
  return 0;
}
