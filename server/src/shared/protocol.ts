/**
 * The protocol between the replylint client and language server: custom requests and
 * notifications (`replylint/...`) and command ids (`replylint.<verb>`). Imported by both sides,
 * so a rename breaks the build instead of the editor.
 */

// Methods are plain strings with typed params: client and server bundle different
// vscode-jsonrpc versions, whose NotificationType/RequestType classes do not mix.

/** Commands: contributed by the VS Code client (`client`) or executed by the server (`server`). */
export namespace CommandIds {
  /** client: open the preview beside the editor. */
  export const showPreview = 'replylint.showPreview';
  /** server (workspace/executeCommand) and client palette: lint every *.reply.md in the workspace. */
  export const lintWorkspace = 'replylint.lintWorkspace';
  /** client: apply every safe fix in the active editor (runs source.fixAll.replylint). */
  export const fixAll = 'replylint.fixAll';
  /** client: create a new template from the bundled templates. */
  export const newTemplate = 'replylint.newTemplate';
  /** client: show the output channel. */
  export const showOutput = 'replylint.showOutput';
  /** server: add a phrase to the workspace allow list in .replylintrc.yaml. Args: [uri, phrase, language]. */
  export const addToAllowList = 'replylint.addToAllowList';
  /** client (VS Code only): insert a suppression comment with the reason as a snippet tab stop. Args: [uri, line, ruleId]. */
  export const insertSuppression = 'replylint.insertSuppression';
}

/** Workspace edits and fix-all use this code action kind. */
export const FIX_ALL_KIND = 'source.fixAll.replylint';

/** Notification server -> client after each lint of an open document: feeds the status item. */
export interface StatusParams {
  uri: string;
  /** Findings by severity. */
  errors: number;
  warnings: number;
  infos: number;
  /** Wall time of the lint in milliseconds. */
  ms: number;
  /** Locale the engine used and where it came from. */
  locale: string;
  localeSource: 'front-matter' | 'option' | 'detected';
  /** Set when the config could not be loaded (the file was linted with defaults). */
  configError?: string;
}
export namespace StatusNotification {
  export const method = 'replylint/status';
}

/** Notification client -> server: the workspace was trusted (patterns from it may now run). */
export namespace TrustNotification {
  export const method = 'replylint/trust';
}

/** A finding placed in the rendered Markdown (for preview highlighting). */
export interface RenderedFinding {
  ruleId: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  /** Text of the finding in the template source (the preview finds it in the output). */
  excerpt: string;
  /** Missing element or other whole-document finding: shown in a banner, not inline. */
  documentLevel: boolean;
}

/** Request client -> server: render a template for the preview. */
export interface RenderParams {
  uri: string;
  /** Name of a sample data set from the front matter's `samples:`; omitted = variable examples. */
  sample?: string;
}
export interface RenderResponse {
  /** HTML from the engine's renderer (markdown-it with raw HTML disabled: template HTML is escaped). */
  html: string;
  text: string;
  markdown: string;
  title: string;
  locale: string;
  type: string;
  stage?: string;
  /** Sample data sets the front matter declares. */
  samples: string[];
  sample?: string;
  /** Required variables with no value. */
  missing: string[];
  /** Where each placeholder value landed in `markdown` (to highlight filled values). */
  filled: { name: string; start: number; end: number; fromExample: boolean }[];
  findings: RenderedFinding[];
}
export namespace RenderRequest {
  export const method = 'replylint/render';
}

/** Request client -> server: lint every template under the workspace folders. */
export interface LintWorkspaceResult {
  files: number;
  findings: number;
  ms: number;
}
