// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.dependency-cruiser.cjs',
      'dist',
      'node_modules',
      'playwright-report',
      'test-results',
      'coverage',
      'bench/.out',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Conflicts with no-non-null-assertion (strict): we prefer neither, and narrow instead.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data is text, never markup.',
        },
      ],
    },
  },
  {
    // Playwright's fixtures call `use`, which is not React's: hooks rules apply to the app only.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Dates are parsed once, where a dataset becomes claims (and a link becomes filters):
    // everything downstream reads CalendarDates, never a date's text again.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/data/**',
      'src/domain/claims/claim.ts',
      'src/domain/claims/prepareParts.ts',
      'src/domain/claims/prepareDataset.ts',
      'src/state/readViewOptions.ts',
      'src/testing/**',
      '**/*.test.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/schema/calendarDate'],
              importNames: ['parseCalendarDate'],
              message:
                'Dates are parsed once, at the edge: read the CalendarDate the model or the filters carry.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
