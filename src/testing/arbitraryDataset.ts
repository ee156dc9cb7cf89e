import fc from 'fast-check';
import { countryCodes } from '../data/countryCodes';
import {
  metricKinds,
  qualifiers,
  reliabilityGrades,
  sourceTypes,
  type Citation,
  type Dataset,
  type Estimate,
  type Metric,
  type Source,
  type Value,
} from '../data/datasetSchema';

/**
 * fast-check generators of datasets that follow every rule of format v1, filled with what a
 * hostile or careless author might write: markup, template syntax, prototype keys as text,
 * right-to-left overrides, numbers as words, very long words, dates across ten millennia.
 */

/** Text that is valid (not blank, within its limit) but should only ever be shown as text. */
export const hostileTexts = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '"><svg onload=alert(1)>',
  "'; DROP TABLE estimates; --",
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '__proto__',
  'constructor',
  'prototype',
  'NaN',
  'Infinity',
  '-0',
  '1e308',
  'undefined',
  'null',
  'javascript:alert(1)',
  '\u202Egnp.exe',
  'Zelensky 😀 — «кириллица» 北朝鮮 عربى',
  'x'.repeat(300),
  'Supercalifragilistic'.repeat(14),
  '   padded   ',
  'line\nbreak\ttab',
];

const arbitraryText = (maxLength: number) =>
  fc
    .oneof(
      { weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: Math.min(maxLength, 40) }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(...hostileTexts.filter((t) => t.length <= maxLength)),
      },
    )
    .filter((text) => /\S/.test(text));

const arbitraryDate = fc
  .record({
    year: fc.oneof(fc.integer({ min: 2020, max: 2026 }), fc.integer({ min: 0, max: 9999 })),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ year, month, day, precision }) => {
    const y = String(year).padStart(4, '0');
    const m = String(month).padStart(2, '0');
    if (precision === 'year') return y;
    return precision === 'month' ? `${y}-${m}` : `${y}-${m}-${String(day).padStart(2, '0')}`;
  });

const arbitraryCount = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 20_000 }) },
  { weight: 1, arbitrary: fc.maxSafeInteger().map(Math.abs) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, Number.MAX_SAFE_INTEGER) },
);

const arbitraryValue: fc.Arbitrary<Value> = fc
  .record(
    {
      counts: fc.array(arbitraryCount, { minLength: 3, maxLength: 3 }),
      shape: fc.constantFrom('best', 'range', 'all'),
      qualifier: fc.constantFrom(...qualifiers),
      text: arbitraryText(300),
    },
    { requiredKeys: ['counts', 'shape'] },
  )
  .map(({ counts, shape, qualifier, text }) => {
    const [low = 0, best = 0, high = 0] = [...counts].sort((a, b) => a - b);
    const numbers =
      shape === 'best' ? { best } : shape === 'range' ? { low, high } : { low, best, high };
    return { ...numbers, ...(qualifier ? { qualifier } : {}), ...(text ? { text } : {}) };
  });

const units = ['people', 'systems', 'rounds', 'x'.repeat(60)];

/** 1-6 metrics; some are sums of earlier ones in the same unit, so sums never form a cycle. */
const arbitraryMetrics: fc.Arbitrary<Metric[]> = fc
  .uniqueArray(
    fc.record(
      {
        id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
        label: arbitraryText(300),
        // Mostly people and casualties, so that sums and the casualty charts are well exercised.
        unit: fc.oneof(fc.constant('people'), fc.constantFrom(...units)),
        kind: fc.oneof(fc.constant('casualties' as const), fc.constantFrom(...metricKinds)),
        description: arbitraryText(5000),
        sumsEarlier: fc.boolean(),
      },
      { requiredKeys: ['id', 'label', 'unit', 'kind', 'sumsEarlier'] },
    ),
    { minLength: 1, maxLength: 7, selector: (m) => m.id },
  )
  .map((metrics) =>
    metrics.map(({ sumsEarlier, ...metric }, index) => {
      const parts = metrics
        .slice(0, index)
        .filter((m) => m.unit === metric.unit)
        .map((m) => m.id);
      return sumsEarlier && parts.length >= 2 ? { ...metric, sumOf: parts } : metric;
    }),
  );

const arbitrarySources: fc.Arbitrary<Source[]> = fc.uniqueArray(
  fc.record(
    {
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
      name: arbitraryText(300),
      shortName: arbitraryText(32),
      type: fc.constantFrom(...sourceTypes),
      country: fc.constantFrom(...countryCodes),
      party: fc.boolean(),
      reliability: fc.constantFrom(...reliabilityGrades),
    },
    { requiredKeys: ['id', 'name', 'type'] },
  ),
  { minLength: 1, maxLength: 6, selector: (s) => s.id },
);

const arbitraryCitations: fc.Arbitrary<Citation[]> = fc.uniqueArray(
  fc.record(
    {
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
      outlet: arbitraryText(300),
      title: arbitraryText(300),
      url: fc.oneof(
        fc.webUrl({
          validSchemes: ['http', 'https'],
          withQueryParameters: true,
          withFragments: true,
        }),
        fc.constantFrom(
          'https://example.org/a?q=<script>alert(1)</script>',
          'https://example.org/"onmouseover="alert(1)',
          'HTTPS://EXAMPLE.ORG/LOUD',
        ),
      ),
      published: arbitraryDate,
      author: arbitraryText(300),
    },
    { requiredKeys: ['id', 'outlet', 'published'] },
  ),
  { minLength: 1, maxLength: 5, selector: (c) => c.id },
);

/** A dataset that satisfies format v1: every reference resolves, every range is in order. */
export const arbitraryDataset: fc.Arbitrary<Dataset> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    title: arbitraryText(300),
    description: fc.option(arbitraryText(5000), { nil: undefined }),
    updated: arbitraryDate,
    metrics: arbitraryMetrics,
    sources: arbitrarySources,
    citations: arbitraryCitations,
  })
  .chain(({ description, ...parts }) =>
    fc
      .array(arbitraryEstimate(parts.metrics, parts.sources, parts.citations), { maxLength: 30 })
      .map((estimates): Dataset => ({
        format: 'estimates/v1',
        ...parts,
        ...(description === undefined ? {} : { description }),
        estimates: estimates.map((e, i) => ({ ...e, id: `e${i}` })),
      })),
  );

function arbitraryEstimate(
  metrics: readonly Metric[],
  sources: readonly Source[],
  citations: readonly Citation[],
): fc.Arbitrary<Estimate> {
  return fc
    .record(
      {
        metric: fc.constantFrom(...metrics.map((m) => m.id)),
        source: fc.constantFrom(...sources.map((s) => s.id)),
        value: arbitraryValue,
        asOf: arbitraryDate,
        statedOn: arbitraryDate,
        period: fc.tuple(arbitraryDate, arbitraryDate),
        citations: fc.subarray(
          citations.map((c) => c.id),
          { minLength: 1 },
        ),
        credibility: fc.integer({ min: 1, max: 6 }),
        note: arbitraryText(5000),
      },
      { requiredKeys: ['metric', 'source', 'value', 'asOf', 'citations'] },
    )
    .map(({ period, ...estimate }) => {
      if (!period) return { id: 'e', ...estimate };
      // Whole years apart: a valid window whatever the precision of either end.
      const [a, b] = period.map((d) => d.slice(0, 4)).sort();
      return a === b
        ? { id: 'e', ...estimate }
        : { id: 'e', ...estimate, period: { from: a ?? '', to: b ?? '' } };
    });
}
