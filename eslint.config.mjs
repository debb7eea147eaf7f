// Lint for the code: typescript-eslint's recommended rules on TypeScript, eslint-plugin-astro's on
// components. Formatting is Prettier's job (npm run format), so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import rooms from './scripts/lint/rooms.mjs';

export default tseslint.config(
  {
    ignores: [
      'content/',
      'dist/',
      'preview-site/',
      'node_modules/',
      '.astro/',
      'tests/.tmp/',
      'tests/fixtures/',
      'bench/work/',
      'bench/starlight/',
      'bench/baseline/',
      'bench/results/',
      'screenshots/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // An unused binding is a mistake, except one named to be skipped (`_rest`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // What each room of src/ may import (scripts/lint/rooms.mjs): browser code only src/common/.
    files: ['src/**/*.{ts,mjs,astro}', 'src/**/*.astro/*.ts'],
    plugins: { rooms },
    rules: { 'rooms/layering': ['error', 'src'] },
  },
  {
    // Runs before first paint in every phone's browser, however old: ES5 on purpose.
    files: ['src/components/DisplayModeInit.astro', 'src/components/DisplayModeInit.astro/**'],
    rules: { 'no-var': 'off', 'no-empty': 'off', '@typescript-eslint/no-unused-vars': 'off' },
  },
);
