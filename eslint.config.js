// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Data flows one way: app -> ui -> export -> charts -> domain / state -> data. Each layer may
 * import the layers after it, never those before it; these rules make a backwards import a lint
 * error. The UI loads export/ lazily, with import(), except for its small options module.
 * `testing/` (factories for tests) may be imported by tests only.
 */
const layers = ['app', 'ui', 'export', 'charts', 'domain', 'state', 'data'];
/**
 * For each layer, the layers above it, which it must not import.
 * @type {Record<string, string[]>}
 */
const higherLayers = {
  app: [],
  ui: ['app'],
  export: ['app', 'ui'],
  charts: ['app', 'ui', 'export', 'state'],
  domain: ['app', 'ui', 'export', 'charts', 'state'],
  state: ['app', 'ui', 'export', 'charts', 'domain'],
  data: ['app', 'ui', 'export', 'charts', 'domain', 'state'],
};

const layerRules = layers.map((layer) => {
  const above = higherLayers[layer] ?? [];
  /** @type {import('eslint').Linter.RuleEntry} */
  const rule = [
    'error',
    {
      patterns: [
        ...(above.length
          ? [
              {
                regex: `(^|/)(${above.join('|')})/`,
                message: `src/${layer}/ must not import from ${above.join(', ')}: data flows app -> ui -> export -> charts -> domain/state -> data.`,
              },
            ]
          : []),
        {
          regex: '(^|/)testing/',
          message: 'src/testing/ holds test factories; import it from tests only.',
        },
        ...(layer === 'ui'
          ? [
              {
                regex: '(^|/)export/(?!exportOptions$)',
                allowTypeImports: true,
                message: 'Load export code lazily, with import(), so it costs nothing at start.',
              },
            ]
          : []),
        ...(layer === 'domain'
          ? [
              {
                regex: '^(react|react-dom|recharts)(/|$)',
                message: 'domain/ is pure: no React, no DOM.',
              },
            ]
          : []),
      ],
    },
  ];
  return {
    files: [`src/${layer}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': rule },
  };
});

export default tseslint.config(
  {
    ignores: [
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
  ...layerRules,
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
