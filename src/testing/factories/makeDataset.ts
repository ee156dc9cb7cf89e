import type { Citation, Dataset, Estimate, Metric, Source } from '../../data/schema/datasetSchema';

/**
 * Test factories for estimates/v1 datasets. Every factory returns a fresh object, so a test may
 * change what it gets without affecting another test.
 */

export function makeMetric(overrides: Partial<Metric> = {}): Metric {
  return { id: 'killed', label: 'Killed', unit: 'people', kind: 'casualties', ...overrides };
}

export function makeSource(overrides: Partial<Source> = {}): Source {
  return { id: 'alpha', name: 'Alpha Intelligence Agency', type: 'intelligence', ...overrides };
}

export function makeCitation(overrides: Partial<Citation> = {}): Citation {
  return {
    id: 'herald-2025-01-10',
    outlet: 'The Herald',
    url: 'https://example.org/herald/2025-01-10',
    published: '2025-01-10',
    ...overrides,
  };
}

export function makeEstimate(overrides: Partial<Estimate> = {}): Estimate {
  return {
    id: 'alpha-killed-2025-01-10',
    metric: 'killed',
    source: 'alpha',
    value: { best: 300, qualifier: 'about' },
    asOf: '2025-01-10',
    citations: ['herald-2025-01-10'],
    ...overrides,
  };
}

/** Killed, wounded, and casualties as their sum, all counted in people. */
export function makeCasualtyMetrics(): Metric[] {
  return [
    makeMetric(),
    makeMetric({ id: 'wounded', label: 'Wounded' }),
    makeMetric({
      id: 'casualties',
      label: 'Casualties',
      sumOf: ['killed', 'wounded'],
      description: 'Killed plus wounded.',
    }),
  ];
}

/**
 * A small valid dataset: three casualty metrics (casualties = killed + wounded), two claimants,
 * two publications and three estimates (Alpha's killed and wounded of 10 Jan 2025, Beta's total
 * for Feb 2025).
 */
export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    format: 'estimates/v1',
    id: 'test-dataset',
    title: 'Test dataset',
    updated: '2025-03-01',
    metrics: makeCasualtyMetrics(),
    sources: [
      makeSource({ shortName: 'Alpha', country: 'US', reliability: 'B' }),
      makeSource({ id: 'beta', name: 'Beta Ministry of Defence', type: 'government' }),
    ],
    citations: [
      makeCitation(),
      makeCitation({ id: 'wire-2025-02', outlet: 'Wire Service', published: '2025-02' }),
    ],
    estimates: [
      makeEstimate(),
      makeEstimate({
        id: 'alpha-wounded-2025-01-10',
        metric: 'wounded',
        value: { best: 2700 },
      }),
      makeEstimate({
        id: 'beta-casualties-2025-02',
        metric: 'casualties',
        source: 'beta',
        value: { low: 1000, best: 1200, high: 1500 },
        asOf: '2025-02',
        citations: ['wire-2025-02'],
        credibility: 3,
      }),
    ],
    ...overrides,
  };
}

/** A path into raw JSON: `['estimates', 0, 'value', 'low']`. */
export type JsonPath = readonly (string | number)[];

/** A plain JSON copy of a value, typed loosely so that tests can break it. */
export function cloneJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

type Container = Record<string | number, unknown>;

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function locate(root: unknown, path: JsonPath): { parent: Container; key: string | number } {
  const key = path.at(-1);
  if (key === undefined) throw new Error('an empty path names no key');
  let parent: unknown = root;
  for (const segment of path.slice(0, -1)) {
    parent = isContainer(parent) ? parent[segment] : undefined;
  }
  if (!isContainer(parent)) throw new Error(`no object at ${JSON.stringify(path)}`);
  return { parent, key };
}

/** A copy of `input` with the value at `path` set (created if absent); `input` is untouched. */
export function withValue(input: unknown, path: JsonPath, value: unknown): unknown {
  const copy = cloneJson(input);
  const { parent, key } = locate(copy, path);
  parent[key] = value;
  return copy;
}

/** A copy of `input` without the key at `path`; `input` is untouched. */
export function withoutKey(input: unknown, path: JsonPath): unknown {
  const copy = cloneJson(input);
  const { parent, key } = locate(copy, path);
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the point of the helper
  delete parent[key];
  return copy;
}

/** A copy of `input` with every change applied in order. */
export function withValues(input: unknown, changes: readonly [JsonPath, unknown][]): unknown {
  return changes.reduce<unknown>((acc, [path, value]) => withValue(acc, path, value), input);
}
