/** Version and docs location, replaced at build time by esbuild's `define`. */
declare const __REPLYLINT_VERSION__: string | undefined;
export const VERSION: string = typeof __REPLYLINT_VERSION__ === 'string' ? __REPLYLINT_VERSION__ : '0.0.0-dev';
export const DOCS_BASE = 'https://github.com/replylint/replylint/blob/main/docs/rules';
