import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.tsbuild/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Wire formats are defined by control characters (ANPA/IPTC 7901 SOH, STX, ETX…): matching them is the point.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The domain stages run in plain Node, the CLI and the HTTP host: they must never import Electron.
    files: ['electron/{domain,ingest,clean,enrich,store,search,desk,export,api,cli,publish}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Domain code runs without Electron.' }] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never touches Electron: it uses the API client.' }],
          patterns: [
            {
              group: ['node:*', ...['store', 'ingest', 'clean', 'enrich', 'desk', 'export', 'cli', 'main', 'preload'].map((d) => `**/electron/${d}/**`)],
              message: 'The renderer reaches the domain only through the API client.',
            },
          ],
        },
      ],
    },
  },
);
