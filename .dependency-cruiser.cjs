// The architecture, checked by `npm run lint` (dependency-cruiser; see docs/architecture.md).
//
// Data flows one way: app -> ui -> export -> charts -> state -> domain -> data. Each layer may
// import the layers after it, never those before it. `lib/` (general hooks and browser helpers)
// may be used by every layer but the pure domain, and uses none of them. No module imports
// itself back through others, type-only imports included: a cycle of types still ties two
// modules into one.
const layers = ['app', 'ui', 'export', 'charts', 'state', 'domain', 'data'];

const layerRules = layers.flatMap((layer, index) => {
  const above = layers.slice(0, index);
  if (above.length === 0) return [];
  return [
    {
      name: `${layer}-not-upwards`,
      severity: 'error',
      comment: `src/${layer}/ may not import ${above.join(', ')}: data flows ${layers.join(' -> ')}.`,
      from: { path: `^src/${layer}/` },
      to: { path: `^src/(${above.join('|')})/` },
    },
  ];
});

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment:
        'No import cycles, type-only imports included: move what both need to a third module.',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    {
      name: 'lib-uses-no-layer',
      severity: 'error',
      comment: 'src/lib/ is general: every layer may use it, and it uses none of them.',
      from: { path: '^src/lib/' },
      to: { path: `^src/(${layers.join('|')}|testing)/` },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain/ is pure functions over a validated dataset: no React, no DOM, no lib/.',
      from: { path: '^src/domain/' },
      to: { path: ['^src/lib/', '(^|/)node_modules/(react|react-dom|recharts)/'] },
    },
    {
      name: 'testing-from-tests-only',
      severity: 'error',
      comment: 'src/testing/ holds factories and fixtures for tests: the app never imports it.',
      from: { path: '^src/(?!testing/)', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^src/testing/' },
    },
    {
      name: 'zod-through-its-settings',
      severity: 'error',
      comment:
        'Import zod from src/data/schema/zod.ts, which turns off its eval (the site forbids it) ' +
        'before any schema is made.',
      from: { path: '^src/', pathNot: '^src/data/schema/zod\\.ts$' },
      to: { path: 'node_modules/zod/' },
    },
    {
      name: 'export-code-loads-lazily',
      severity: 'error',
      comment:
        'The UI loads export code with import(), so that it costs nothing at start; only the ' +
        'tables of export and deck formats (and types) may be imported statically.',
      from: { path: '^src/ui/', pathNot: '\\.test\\.tsx?$' },
      to: {
        path: '^src/export/',
        pathNot: '^src/export/(exportFormats|deck/deckFormats)\\.ts$',
        dependencyTypesNot: ['dynamic-import', 'type-only', 'type-import'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|coverage|test-results|playwright-report)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
    skipAnalysisNotInRules: true,
  },
};
