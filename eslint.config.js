// Lint rules, including the layer boundaries from CONVENTIONS.md: imports flow
// engine ← contract ← db ← backend ← electron/main, cli; the renderer may use contract and
// engine only; the preload uses contract only.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto', 'url'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'release/',
      '.electron-native/',
      'test-results/',
      'playwright-report/',
      'artifacts/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'test', property: 'only', message: 'test.only must not be committed.' },
        { object: 'it', property: 'only', message: 'it.only must not be committed.' },
        { object: 'describe', property: 'only', message: 'describe.only must not be committed.' },
      ],
    },
  },
  {
    files: ['engine/**/*.ts'],
    rules: restrict(
      [
        ...nodeBuiltins,
        '**/contract/**',
        '**/db/**',
        '**/backend/**',
        '**/renderer/**',
        'electron',
      ],
      'engine/ is pure: no Node, DOM, Electron or outer-layer imports.',
    ),
  },
  {
    files: ['contract/**/*.ts'],
    rules: restrict(
      [...nodeBuiltins, '**/db/**', '**/backend/**', '**/renderer/**', 'electron'],
      'contract/ may import engine/ and zod only.',
    ),
  },
  {
    files: ['db/**/*.ts'],
    rules: restrict(
      ['**/backend/**', '**/renderer/**', '**/cli/**', 'electron'],
      'db/ sits below backend/.',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [...nodeBuiltins, '**/db/**', '**/backend/**', '**/cli/**', 'electron'],
        'The renderer talks to the backend only through the typed client.',
      ),
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: restrict(
      ['**/db/**', '**/backend/**', '**/engine/**'],
      'The preload imports contract only.',
    ),
  },
);
