// Lint: typescript-eslint plus the layer rules of DESIGN.md section 2, so a forbidden import fails `npm test`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream', 'zlib'];

/** What nothing in analysis/ may import. */
const ANALYSIS_PATHS = [
  { name: 'electron', message: 'analysis/ runs without Electron: hosts adapt it.' },
  { name: 'react', message: 'analysis/ has no UI.' },
  { name: 'react-dom', message: 'analysis/ has no UI.' },
  { name: 'apache-arrow', importNames: ['tableToIPC', 'RecordBatchStreamWriter', 'RecordBatchWriter'], message: 'Only analysis/privacy/publish.ts serialises Arrow: every published table passes suppression.' },
];
const ANALYSIS_PATTERNS = [{ group: ['react/*', 'react-dom/*', '@observablehq/*', 'wouter', 'zustand', '**/renderer/**', '**/electron/**'], message: 'analysis/ is the engine: it does not import UI or host code.' }];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-output/**', 'sample-data/district/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['analysis/**/*.ts', 'electron/**/*.ts', 'test/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'sample-data/**/*.ts', '*.config.{js,ts}', 'analysis/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ANALYSIS_PATHS, patterns: ANALYSIS_PATTERNS }],
    },
  },
  {
    // Feature folders sit below the service: they throw ServiceFailure (analysis/engine/service-failure.ts)
    // and the service turns it into an envelope, never the other way round.
    files: ['analysis/{engine,import,metrics,privacy,review,findings,report,arrow}/**/*.ts'],
    // Printing (report/print/) drives the whole service through a local web host and a browser: it is a host, like web-host/.
    ignores: ['analysis/privacy/publish.ts', 'analysis/report/print/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ANALYSIS_PATHS,
          patterns: [...ANALYSIS_PATTERNS, { group: ['**/service/**', '../service', '../../service'], message: 'Feature folders do not import the service layer: throw ServiceFailure from analysis/engine/service-failure.ts.' }],
        },
      ],
    },
  },
  {
    files: ['analysis/privacy/publish.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['analysis/api.ts', 'analysis/contract/**/*.ts', 'analysis/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: NODE_BUILTINS.map((name) => ({ name, message: 'Shared with the renderer: no Node built-ins.' })),
          patterns: [{ group: ['node:*', '@duckdb/*', 'electron', '../engine/**', '../service/**', '../*/**', '!../shared/**', '!../api'], message: 'The contract and shared helpers stay pure and DOM-free, importable by the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to Electron only through the preload bridge.' }, ...NODE_BUILTINS.map((name) => ({ name, message: 'The renderer runs in a sandbox: no Node built-ins.' }))],
          patterns: [
            { group: ['node:*'], message: 'The renderer runs in a sandbox: no Node built-ins.' },
            { group: ['@duckdb/*'], message: 'The renderer sends requests, not SQL: DuckDB lives in analysis/.' },
            { group: ['**/electron/**'], message: 'The renderer talks to Electron only through the preload bridge.' },
            { regex: '(^|/)analysis/(?!api$|shared/)', message: 'From analysis/ the renderer imports only the contract (api.ts) and analysis/shared/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', '**/renderer/**'], message: 'electron/ hosts the service; the UI lives in renderer/.' }] }],
    },
  },
);
