/**
 * The `replylint` command. `main()` takes its I/O as parameters and returns the exit code:
 *   0  no errors (warnings allowed unless --max-warnings is exceeded)
 *   1  lint errors (or too many warnings)
 *   2  usage, config or internal error
 */

import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  applyFixes, lint, lineStarts, paritySummary, positionAt, ruleMap, rules,
  type EngineConfig, type LintMessage, type LintResult, type RuleSetting,
} from '../engine/index.js';
import { ConfigError, ConfigResolver, findConfigFile, loadConfigFile, type ConfigFile } from '../config/load-config.js';
import { findFiles } from './files.js';
import { formatters } from './formatters/index.js';
import type { CliMessage, CliResult, FormatContext } from './formatters/types.js';
import { writeFileAtomic, FileChangedError } from './write.js';
import { decodeFile, type DecodedFile } from './decode.js';
import { renderCommand } from './render-command.js';
import { applyCiBaseline, CI_HELP, extractCiOptions, filterChanged, lintAll, type CiOptions } from './ci.js';
import { exportCommand } from './export/command.js';
import { addParityFindings } from './parity.js';
import { readArgs } from './args.js';
import { displayPath } from './fingerprint.js';
import { VERSION, DOCS_BASE } from './version.js';

export interface MainParams {
  argv: string[];
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Standard input (read only with --stdin). */
  readStdin?: () => Promise<string>;
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
}

export class UsageError extends Error {}

export interface Options {
  paths: string[];
  format: string;
  fix: boolean;
  maxWarnings: number;
  config?: string;
  only?: string[];
  locale?: string;
  stdin: boolean;
  stdinFilename?: string;
  quiet: boolean;
  color?: boolean;
  printConfig?: string;
  debug: boolean;
  outputFile?: string;
  maxFileSize?: number;
  ext?: string[];
  ignorePatterns: string[];
  rules: Record<string, RuleSetting>;
  help: boolean;
  version: boolean;
  /** CI options (baseline, changed files, cache, workers), parsed by ci.ts. */
  ci?: CiOptions;
}

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
const DEFAULT_EXTENSIONS = ['.reply.md'];
/** Extensions also picked up when only generic rules run (e.g. `--only neutral-tone`). */
const TEXT_EXTENSIONS = ['.reply.md', '.md', '.txt', '.markdown'];

const HELP = `Usage: replylint [options] [paths|globs...]
       replylint render FILE [--data vars.yaml|json] [--sample NAME] [--format text|html|markdown]
       replylint export --target zendesk|helpscout|intercom|front|gladly [--out FILE] [paths]

Lints support-reply templates (*.reply.md). With no paths, lints the current folder.

Options:
  -f, --format NAME        stylish (default), ${'${FORMATS}'}
  -o, --output-file FILE   write the report to FILE instead of stdout
      --fix                apply safe fixes in place (atomic, keeps BOM and line endings)
      --max-warnings N     exit 1 when there are more than N warnings
  -c, --config FILE        use this config instead of the nearest .replylintrc.yaml
      --only RULE[,RULE]   run only these rules
      --rule RULE=SEVERITY set a rule's severity (error, warning, info, hint, off)
      --locale L           locale of files without front matter (default: detected)
      --ext .EXT[,.EXT]    file endings picked up in folders (default: .reply.md)
      --ignore-pattern G   ignore files matching glob G (repeatable)
      --max-file-size N    skip files larger than N bytes (default 2 MB)
      --stdin              lint standard input; with --fix, print the fixed text
      --stdin-filename F   name (and config lookup) for standard input
      --quiet              report errors only
      --color, --no-color  force colors on or off
      --print-config FILE  print the configuration used for FILE as JSON
      --debug              print timings and stack traces
  -h, --help               show this help
  -v, --version            show the version
${'${CI_OPTIONS}'}
Exit codes: 0 no errors, 1 lint errors (or too many warnings), 2 usage/config/internal error.
`;

export function parseArgs(argv: string[]): Options {
  const o: Options = {
    paths: [], format: 'stylish', fix: false, maxWarnings: -1, stdin: false, quiet: false, debug: false,
    ignorePatterns: [], rules: {}, help: false, version: false,
  };
  readArgs(argv, (t) => {
    const a = t.arg;
    switch (a) {
      case '-f': case '--format': o.format = t.value(); break;
      case '-o': case '--output-file': o.outputFile = t.value(); break;
      case '--fix': o.fix = true; break;
      case '--max-warnings': {
        const n = Number(t.value());
        if (!Number.isInteger(n) || n < -1) throw new UsageError('--max-warnings needs a whole number');
        o.maxWarnings = n;
        break;
      }
      case '-c': case '--config': o.config = t.value(); break;
      case '--only': o.only = t.value().split(',').map((s) => s.trim()).filter(Boolean); break;
      case '--rule': {
        const v = t.value();
        const m = /^([\w/-]+)\s*[=:]\s*(error|warning|info|hint|off)$/.exec(v);
        if (!m) throw new UsageError(`--rule expects RULE=SEVERITY (error, warning, info, hint, off), got "${v}"`);
        o.rules[m[1]] = m[2] as RuleSetting;
        break;
      }
      case '--locale': o.locale = t.value(); break;
      case '--ext': o.ext = t.value().split(',').map((x) => (x.startsWith('.') ? x : `.${x}`)); break;
      case '--ignore-pattern': o.ignorePatterns.push(t.value()); break;
      case '--max-file-size': {
        const n = Number(t.value());
        if (!(n > 0)) throw new UsageError('--max-file-size needs a positive number of bytes');
        o.maxFileSize = n;
        break;
      }
      case '--stdin': o.stdin = true; break;
      case '--stdin-filename': o.stdinFilename = t.value(); break;
      case '--quiet': o.quiet = true; break;
      case '--color': o.color = true; break;
      case '--no-color': o.color = false; break;
      case '--print-config': o.printConfig = t.value(); break;
      case '--debug': o.debug = true; break;
      case '-h': case '--help': o.help = true; break;
      case '-v': case '--version': o.version = true; break;
      case '--': o.paths.push(...t.rest()); break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option "${a}" (see replylint --help)`);
        o.paths.push(a);
    }
  });
  if (!formatters[o.format]) throw new UsageError(`unknown format "${o.format}"; use one of: ${Object.keys(formatters).join(', ')}`);
  for (const id of [...(o.only ?? []), ...Object.keys(o.rules)]) {
    if (!ruleMap.has(id.split('/')[0])) throw new UsageError(`unknown rule "${id}"`);
  }
  if (o.locale) {
    try {
      o.locale = Intl.getCanonicalLocales(o.locale)[0];
    } catch {
      throw new UsageError(`--locale: "${o.locale}" is not a valid BCP 47 language tag`);
    }
  }
  return o;
}

export async function main(params: MainParams): Promise<number> {
  const { stdout, stderr } = params;
  const argv = params.argv;
  const debug = argv.includes('--debug');
  try {
    if (argv[0] === 'render') return await renderCommand(argv.slice(1), params);
    if (argv[0] === 'export') return await exportCommand(argv.slice(1), params);
    const { argv: rest, ci } = extractCiOptions(argv, params.cwd);
    const opts = parseArgs(rest);
    opts.ci = ci;
    if (opts.help) {
      stdout(HELP.replace('${FORMATS}', Object.keys(formatters).filter((f) => f !== 'stylish').join(', ')).replace('${CI_OPTIONS}', CI_HELP));
      return 0;
    }
    if (opts.version) {
      stdout(`${VERSION}\n`);
      return 0;
    }
    return await lintCommand(opts, params);
  } catch (e) {
    if (e instanceof UsageError) {
      stderr(`replylint: ${e.message}\n`);
      return 2;
    }
    if (e instanceof ConfigError) {
      stderr(`replylint: config error: ${displayPath(params.cwd, e.file)}:${e.line}:${e.column}: ${e.detail}\n`);
      return 2;
    }
    const err = e as Error;
    stderr(`replylint: internal error: ${err.message}${debug ? `\n${err.stack}` : ' (run with --debug for details)'}\n`);
    return 2;
  }
}

/** Per-run state shared by every file: config discovery and resolution are cached. */
export class LintSession {
  readonly resolver: ConfigResolver;
  private readonly configDirs = new Map<string, string | null>();
  private readonly configFiles = new Map<string, ConfigFile>();
  private readonly explicit: ConfigFile | null;

  constructor(readonly opts: Options, readonly cwd: string) {
    this.resolver = new ConfigResolver({ rules: opts.rules, only: opts.only, defaultLocale: opts.locale });
    this.explicit = opts.config ? loadConfigFile(path.resolve(cwd, opts.config)) : null;
  }

  configFileFor(file: string): ConfigFile | null {
    if (this.explicit) return this.explicit;
    const found = findConfigFile(path.dirname(file), undefined, this.configDirs);
    if (!found) return null;
    let cfg = this.configFiles.get(found);
    if (!cfg) {
      cfg = loadConfigFile(found);
      this.configFiles.set(found, cfg);
    }
    return cfg;
  }

  configFor(file: string): EngineConfig {
    return this.resolver.resolve(file, this.configFileFor(file));
  }

  /** Config of the folder the run starts in (for ignores and the size limit). */
  rootConfig(): ConfigFile | null {
    return this.configFileFor(path.join(this.cwd, '__replylint__'));
  }
}

async function lintCommand(opts: Options, params: MainParams): Promise<number> {
  const { cwd, stdout, stderr } = params;
  const session = new LintSession(opts, cwd);
  if (opts.printConfig) {
    const file = path.resolve(cwd, opts.printConfig);
    const cfgFile = session.configFileFor(file);
    stdout(JSON.stringify({ configFile: cfgFile?.file ?? null, ...session.configFor(file) }, null, 2) + '\n');
    return 0;
  }
  const started = Date.now();
  const results: CliResult[] = [];
  if (opts.stdin) {
    if (!params.readStdin) throw new UsageError('--stdin: no standard input available');
    const text = await params.readStdin();
    const name = path.resolve(cwd, opts.stdinFilename ?? '<stdin>');
    const config = session.configFor(name);
    const fixed = opts.fix ? fixText(text, config) : undefined;
    const source = fixed ? fixed.text : text;
    if (fixed) stdout(source);
    const result = toResult(name, source, fixed?.messages ?? lint(source, config).messages, opts);
    results.push(result);
    return report(results, opts, params, opts.fix ? stderr : stdout, started);
  }
  const root = session.rootConfig();
  const genericOnly = opts.only !== undefined && opts.only.every((id) => ruleMap.get(id)?.generic);
  const extensions = opts.ext ?? (genericOnly ? TEXT_EXTENSIONS : DEFAULT_EXTENSIONS);
  const walk = findFiles(opts.paths, { cwd, extensions, ignores: [...(root?.ignores ?? []), ...opts.ignorePatterns] });
  for (const w of walk.warnings) stderr(`replylint: warning: ${w}\n`);
  if (walk.unmatched.length) {
    const which = walk.unmatched.map((u) => `"${u}"`).join(', ');
    if (walk.files.length === 0) throw new UsageError(`no files matched ${which} (looking for ${extensions.join(', ')})`);
    stderr(`replylint: warning: no files matched ${which}\n`);
  }
  const maxSize = opts.maxFileSize ?? root?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const files = opts.ci?.changed ? filterChanged(walk.files, opts.ci, params) : walk.files;
  const debugLog = (s: string): void => void (opts.debug && stderr(s));
  if (opts.ci) results.push(...await lintAll(files, opts.ci, { session, opts, cwd, maxSize, stderr, debug: debugLog }, (file) => lintFile(file, session, opts, maxSize, stderr)));
  else for (const file of files) results.push(lintFile(file, session, opts, maxSize, stderr));
  // locale-parity compares templates across files, so it runs once all of them are linted.
  addParityFindings(results, session.configFor(path.join(cwd, '__replylint__.reply.md')), opts, cwd);
  return report(results, opts, params, stdout, started);
}

export function lintFile(file: string, session: LintSession, opts: Options, maxSize: number, stderr: (s: string) => void): CliResult {
  let decoded: DecodedFile;
  try {
    decoded = decodeFile(file, maxSize);
  } catch (e) {
    return fileProblem(file, `cannot read file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 2);
  }
  if (decoded.kind === 'invalid-utf8') return fileProblem(file, decoded.message, 2, decoded.line, decoded.column);
  if (decoded.kind !== 'text') return fileProblem(file, decoded.message, 1);
  const config = session.configFor(file);
  const text = decoded.text;
  if (opts.fix) {
    const fixed = fixText(text, config);
    if (fixed.applied > 0 && fixed.text !== text) {
      try {
        writeFileAtomic(file, fixed.text, decoded.stat, text);
        return linted(file, fixed.text, config, opts, fixed.last);
      } catch (e) {
        if (e instanceof FileChangedError) stderr(`replylint: warning: ${file} changed while it was being fixed; left as it is\n`);
        else stderr(`replylint: warning: ${file}: could not write fixes (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      }
    } else if (fixed.last) {
      // Nothing to fix: the last pass already linted this very text.
      return linted(file, text, config, opts, fixed.last);
    }
  }
  return linted(file, text, config, opts);
}

/** The CLI result of `text` (linted now unless `done` is its lint), with its locale-parity summary. */
function linted(file: string, text: string, config: EngineConfig, opts: Options, done?: LintResult): CliResult {
  const r = done ?? lint(text, config);
  const result = toResult(file, text, r.messages, opts);
  result.parity = paritySummary(r.doc, config);
  return result;
}

/**
 * Applies safe fixes until none remain (at most 10 passes). `messages` (and `last`, the whole
 * lint result) are those of the returned text (the last pass linted it), unless the pass limit
 * was reached.
 */
export function fixText(text: string, config: EngineConfig): { text: string; applied: number; messages?: LintMessage[]; last?: LintResult } {
  let current = text;
  let applied = 0;
  for (let pass = 0; pass < 10; pass++) {
    const last = lint(current, config);
    const r = applyFixes(current, last.messages);
    if (r.applied === 0 || r.text === current) return { text: current, applied, messages: last.messages, last };
    applied += r.applied;
    current = r.text;
  }
  return { text: current, applied };
}

function fileProblem(file: string, message: string, severity: 1 | 2, line = 1, column = 1): CliResult {
  return {
    filePath: file,
    messages: [{ ruleId: null, severity, level: severity === 2 ? 'error' : 'warning', message, line, column, endLine: line, endColumn: column, range: [0, 0] }],
    errorCount: severity === 2 ? 1 : 0,
    warningCount: severity === 1 ? 1 : 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

export function toResult(file: string, text: string, messages: readonly LintMessage[], opts: Pick<Options, 'quiet'>): CliResult {
  const starts = lineStarts(text);
  const pos = (o: number): { line: number; column: number } => {
    const p = positionAt(starts, o);
    return { line: p.line + 1, column: p.character + 1 };
  };
  const out: CliMessage[] = [];
  for (const m of messages) {
    if (opts.quiet && m.severity !== 'error') continue;
    const a = pos(m.range[0]);
    const b = pos(m.range[1]);
    const cm: CliMessage = {
      ruleId: m.ruleId,
      severity: m.severity === 'error' ? 2 : 1,
      level: m.severity,
      message: m.message,
      line: a.line, column: a.column, endLine: b.line, endColumn: b.column,
      range: [m.range[0], m.range[1]],
    };
    if (m.subId) cm.subId = m.subId;
    if (m.documentLevel) cm.documentLevel = true;
    if (m.fix) cm.fix = singleEdit(text, m.fix.edits);
    if (m.suggestions) cm.suggestions = m.suggestions.map((s) => ({ desc: s.title, fix: singleEdit(text, s.edits) }));
    out.push(cm);
  }
  const count = (sev: string, fixable = false): number => out.filter((m) => m.level === sev && (!fixable || m.fix)).length;
  return {
    filePath: file,
    messages: out,
    errorCount: count('error'),
    warningCount: count('warning'),
    fixableErrorCount: count('error', true),
    fixableWarningCount: count('warning', true),
    source: text,
  };
}

/** ESLint's fix shape is one `{ range, text }`: several edits are merged into one span. */
function singleEdit(text: string, edits: readonly { range: readonly [number, number]; text: string }[]): { range: [number, number]; text: string } {
  if (edits.length === 1) return { range: [edits[0].range[0], edits[0].range[1]], text: edits[0].text };
  const sorted = [...edits].sort((x, y) => x.range[0] - y.range[0]);
  const start = sorted[0].range[0];
  const end = Math.max(...sorted.map((e) => e.range[1]));
  let merged = '';
  let pos = start;
  for (const e of sorted) {
    merged += text.slice(pos, e.range[0]) + e.text;
    pos = e.range[1];
  }
  merged += text.slice(pos, end);
  return { range: [start, end], text: merged };
}

function report(all: CliResult[], opts: Options, params: MainParams, write: (s: string) => void, started: number): number {
  const results = opts.ci ? applyCiBaseline(all, opts.ci, params) : all;
  const env = params.env ?? {};
  const color = opts.color ?? (params.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb');
  const ctx: FormatContext = { cwd: params.cwd, color: opts.outputFile ? false : color, docsUrl: (id) => `${DOCS_BASE}/${id}.md` };
  const text = formatters[opts.format](results, ctx);
  if (opts.outputFile) {
    const dest = path.resolve(params.cwd, opts.outputFile);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    fs.writeFileSync(dest, text);
  }
  else if (text) write(text.endsWith('\n') || opts.format !== 'stylish' ? text + (opts.format === 'stylish' ? '' : '\n') : text + '\n');
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  if (opts.debug) params.stderr(`replylint: ${results.length} files, ${errors} errors, ${warnings} warnings in ${Date.now() - started} ms (${rules.length} rules)\n`);
  if (errors > 0) return 1;
  if (opts.maxWarnings >= 0 && warnings > opts.maxWarnings) {
    params.stderr(`replylint: too many warnings (${warnings}, --max-warnings ${opts.maxWarnings})\n`);
    return 1;
  }
  return 0;
}
