import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['dist/', 'dist-electron/', 'release/', '.native/', 'node_modules/', 'docs/', '.preview-data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    // Test results are checked by value; typing every API answer in the tests would add noise, not safety.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer talks to the core only through its client module.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', 'better-sqlite3'],
              message: 'De renderer gebruikt geen Node of Electron: alleen api/client.',
            },
            {
              group: [
                '**/db/modules/*/*',
                '**/db/modules/*/*/*',
                '!**/db/modules/*/schemas',
                '!**/db/modules/*/*Schemas',
                '**/db/platform/*',
                '!**/db/platform/errors',
                '!**/db/platform/csv',
                '!**/db/platform/messages',
                // The kinds of document the PDF renderers draw (types and a list, nothing that runs).
                '!**/db/platform/services',
                '**/db/contract/dispatch',
              ],
              message: "Alleen schema's en types uit db/ in de renderer.",
            },
          ],
        },
      ],
    },
  },
  {
    // Small files and functions keep each module easy to find one's way in (generated files are ignored above).
    files: ['db/**/*.ts', 'electron/**/*.ts', 'bridge/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    // Every "now" in the core comes from the injected clock (ctx.clock, core.clock), so tests hold on any date.
    files: ['db/**/*.ts'],
    ignores: ['db/platform/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Lees de tijd van de klok (ctx.clock).',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Lees de tijd van de klok (ctx.clock).',
        },
      ],
    },
  },
  // Layout is Prettier's (npm run format); eslint only judges the code.
  prettier,
);
