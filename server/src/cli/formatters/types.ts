/** What every output format receives. */

import type { ParitySummary, Severity } from '../../engine/index.js';

/** One message in the shape of ESLint's JSON formatter (1-based lines and columns). */
export interface CliMessage {
  ruleId: string | null;
  /** 1 = warning, 2 = error (info and hint are 1 and only printed without --quiet). */
  severity: 1 | 2;
  /** The engine's own severity, including info and hint. */
  level: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offsets into the file. */
  range: [number, number];
  fix?: { range: [number, number]; text: string };
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
  subId?: string;
  documentLevel?: boolean;
}

export interface CliResult {
  filePath: string;
  messages: CliMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** Set when the file was fixed and the fixed text differs. */
  output?: string;
  /** The file's text (kept for formats that show source, such as html). */
  source?: string;
  /**
   * Internal: what locale-parity needs of the file, taken from the parse that linted it (in a
   * worker or from the cache), so parity does not parse it again. Removed before formatting.
   */
  parity?: ParitySummary | null;
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** Base URL of rule docs, e.g. for SARIF helpUri and stylish hyperlinks. */
  docsUrl: (ruleId: string) => string;
}

export type Formatter = (results: CliResult[], ctx: FormatContext) => string;
