/**
 * Settings (`replylint.*`), read per resource. Adding one takes four edits: package.json
 * `contributes.configuration`, this type and its defaults, `normalizeSettings`, and where the
 * server uses it (lsp/workspace.ts).
 */

export type RunMode = 'onType' | 'onSave';
export type SeveritySetting = 'error' | 'warning' | 'info' | 'hint' | 'off';

export interface Settings {
  /** Lint reply templates at all. */
  enable: boolean;
  /** Lint while typing (debounced) or only when the file is opened and saved. */
  run: RunMode;
  /** Severity overrides by rule id (`neutral-tone`, `neutral-tone/sarcasm`), applied over the config file. */
  rules: Record<string, SeveritySetting>;
  /** Config file to use instead of the nearest .replylintrc.yaml (absolute or workspace-relative). */
  configPath: string | null;
  /** Debounce for onType linting in milliseconds. */
  debounceMs: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  run: 'onType',
  rules: {},
  configPath: null,
  debounceMs: 200,
};

const SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Turns whatever the client sent (possibly nothing, possibly malformed) into valid settings. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, SeveritySetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [id, sev] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof sev === 'string' && SEVERITIES.has(sev)) rules[id] = sev as SeveritySetting;
    }
  }
  return {
    enable: r.enable !== false,
    run: r.run === 'onSave' ? 'onSave' : 'onType',
    rules,
    configPath: typeof r.configPath === 'string' && r.configPath.trim() ? r.configPath.trim() : null,
    debounceMs: typeof r.debounceMs === 'number' && r.debounceMs >= 0 && r.debounceMs <= 5000 ? r.debounceMs : DEFAULT_SETTINGS.debounceMs,
  };
}
