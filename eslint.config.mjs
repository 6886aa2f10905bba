import js from '@eslint/js'
import i18next from 'eslint-plugin-i18next'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'eslint.config.mjs',
      'node_modules/',
      'out/',
      'dist/',
      'release/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: globals.browser },
  },
  {
    // Words people read come from locales/*.json through useT(), never typed into a component:
    // JSX text, string expressions inside JSX, and the attributes people see or hear.
    files: ['renderer/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': {
            include: [
              'aria-label',
              'aria-description',
              'aria-roledescription',
              'aria-valuetext',
              'title',
              'alt',
              'placeholder',
              'label',
              'heading',
              'description',
              'message',
              'hint',
              'text',
            ],
            exclude: ['.*'],
          },
          words: { exclude: ['[0-9!-/:-@[-`{-~\\s·–—…→←↑↓×✓⟦⟧•]+', '[A-Z_-]+'] },
          message: 'Words people read belong in locales/en.json; use t() from useT().',
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      // The renderer must never reach for Node; only the bridge on window.loosen.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to main only through window.loosen.' },
          ],
          patterns: [
            {
              group: ['node:*', '**/electron/main/**', '**/electron/preload/**'],
              message: 'The renderer talks to main only through window.loosen.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only the composition root and the shell touch Electron at run time, so every service
    // stays plain TypeScript that Node and the tests can load. Types alone cost nothing.
    files: ['electron/main/**/*.ts', 'electron/shared/**/*.ts'],
    ignores: ['electron/main/index.ts', 'electron/main/shell/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              allowTypeImports: true,
              message:
                'Only electron/main/index.ts and electron/main/shell/** may use Electron; pass what you need in as a function.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.{mjs,cjs,js}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
)
