import fc from 'fast-check';
import { getDaysInMonth } from '../../data/schema/calendarDate';
import { countryCodes } from '../../data/schema/countryCodes';
import { datasetLimits } from '../../data/schema/datasetLimits';
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
} from '../../data/schema/datasetSchema';

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

/** A calendar date at year, month or day precision; days run to the month's real last day. */
export const arbitraryCalendarDate: fc.Arbitrary<string> = fc
  .record({
    year: fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: 2020, max: 2026 }) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 9999 }) },
    ),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ year, month, day, precision }) => {
    const y = String(year).padStart(4, '0');
    const m = String(month).padStart(2, '0');
    if (precision === 'year') return y;
    if (precision === 'month') return `${y}-${m}`;
    const d = String(Math.min(day, getDaysInMonth(year, month))).padStart(2, '0');
    return `${y}-${m}-${d}`;
  });

const arbitraryCount = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 20_000 }) },
  // Large figures are written with no separators and must be read back whole.
  { weight: 1, arbitrary: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 1000, 2700, Number.MAX_SAFE_INTEGER) },
);

/**
 * Every shape the format allows: a best figure alone, with one end of a range or with both, or
 * a range alone; with or without a qualifier; its wording made of `text`.
 */
export function arbitraryValue(text: PartPieces['text']): fc.Arbitrary<Value> {
  return fc
    .record(
      {
        counts: fc.array(arbitraryCount, { minLength: 3, maxLength: 3 }),
        shape: fc.constantFrom('best', 'best-low', 'best-high', 'range', 'range-with-best'),
        qualifier: fc.constantFrom(...qualifiers),
        text: text(datasetLimits.labelLength),
      },
      { requiredKeys: ['counts', 'shape'] },
    )
    .map(({ counts, shape, qualifier, text: wording }): Value => {
      const [low = 0, best = 0, high = 0] = [...counts].sort((a, b) => a - b);
      const shapes = {
        best: { best },
        'best-low': { low, best },
        'best-high': { best, high },
        range: { low, high },
        'range-with-best': { low, best, high },
      };
      const numbers = shapes[shape];
      return {
        ...numbers,
        ...(qualifier === undefined ? {} : { qualifier }),
        ...(wording === undefined ? {} : { text: wording }),
      };
    });
}

const units = ['people', 'systems', 'rounds', 'x'.repeat(60)];

/** What the generators of a dataset's parts are made of; each test suite brings its own. */
export interface PartPieces {
  readonly text: (maxLength: number) => fc.Arbitrary<string>;
  readonly date: fc.Arbitrary<string>;
  readonly slug: fc.Arbitrary<string>;
  readonly unit: fc.Arbitrary<string>;
  /** URLs besides generated ones, each a test of its own. */
  readonly urls: readonly [string, ...string[]];
  /** Longest descriptions and notes (characters) and most parts of each kind. */
  readonly descriptionLength: number;
  readonly noteLength: number;
  readonly most: {
    readonly metrics: number;
    readonly sources: number;
    readonly citations: number;
    readonly citationsPerEstimate: number;
  };
}

/**
 * Metrics (some the sums of earlier ones in the same unit, so sums never form a cycle),
 * claimants, citations and estimates that use them, made of `pieces`.
 */
export function arbitraryParts(pieces: PartPieces) {
  const { text, date, slug, unit, urls, descriptionLength, noteLength, most } = pieces;
  const metrics: fc.Arbitrary<Metric[]> = fc
    .uniqueArray(
      fc.record(
        {
          id: slug,
          label: text(300),
          unit,
          // Mostly casualties, so that sums and the casualty charts are well exercised.
          kind: fc.oneof(fc.constant('casualties' as const), fc.constantFrom(...metricKinds)),
          description: text(descriptionLength),
          sumsEarlier: fc.boolean(),
        },
        { requiredKeys: ['id', 'label', 'unit', 'kind', 'sumsEarlier'] },
      ),
      { minLength: 1, maxLength: most.metrics, selector: (m) => m.id },
    )
    .map((list) =>
      list.map(({ sumsEarlier, ...metric }, index): Metric => {
        // Latest first: the order of sumOf is kept, and need not follow the list's.
        const parts = list
          .slice(0, index)
          .filter((m) => m.unit === metric.unit)
          .map((m) => m.id)
          .reverse();
        return sumsEarlier && parts.length >= 2 ? { ...metric, sumOf: parts } : metric;
      }),
    );
  const sources: fc.Arbitrary<Source[]> = fc.uniqueArray(
    fc.record(
      {
        id: slug,
        name: text(300),
        shortName: text(32),
        type: fc.constantFrom(...sourceTypes),
        country: fc.constantFrom(...countryCodes),
        party: fc.boolean(),
        reliability: fc.constantFrom(...reliabilityGrades),
      },
      { requiredKeys: ['id', 'name', 'type'] },
    ),
    { minLength: 1, maxLength: most.sources, selector: (s) => s.id },
  );
  const citations: fc.Arbitrary<Citation[]> = fc.uniqueArray(
    fc.record(
      {
        id: slug,
        outlet: text(300),
        title: text(300),
        url: fc.oneof(
          fc.webUrl({
            validSchemes: ['http', 'https'],
            withQueryParameters: true,
            withFragments: true,
          }),
          fc.constantFrom(...urls),
        ),
        published: date,
        author: text(300),
      },
      { requiredKeys: ['id', 'outlet', 'published'] },
    ),
    { minLength: 1, maxLength: most.citations, selector: (c) => c.id },
  );
  const value = arbitraryValue(text);
  /** An estimate (without its id) of these parts; estimates pick parts at random. */
  const estimate = (
    metricList: readonly Metric[],
    sourceList: readonly Source[],
    citationList: readonly Citation[],
  ): fc.Arbitrary<Omit<Estimate, 'id'>> =>
    fc
      .record(
        {
          metric: fc.constantFrom(...metricList.map((m) => m.id)),
          source: fc.constantFrom(...sourceList.map((s) => s.id)),
          value,
          asOf: date,
          statedOn: date,
          period: fc.tuple(date, date),
          // In any order: the first is the primary one (the CSV form's column citation).
          citations: fc.shuffledSubarray(
            citationList.map((c) => c.id),
            { minLength: 1, maxLength: Math.min(most.citationsPerEstimate, citationList.length) },
          ),
          credibility: fc.integer({ min: 1, max: 6 }),
          note: text(noteLength),
        },
        { requiredKeys: ['metric', 'source', 'value', 'asOf', 'citations'] },
      )
      .map(({ period, ...made }) => {
        if (!period) return made;
        // Whole years apart: a valid window whatever the precision of either end.
        const [from = '', to = ''] = period.map((d) => d.slice(0, 4)).sort();
        return from === to ? made : { ...made, period: { from, to } };
      });
  return { metrics, sources, citations, estimate };
}

const parts = arbitraryParts({
  text: arbitraryText,
  date: arbitraryCalendarDate,
  slug: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/),
  unit: fc.oneof(fc.constant('people'), fc.constantFrom(...units)),
  urls: [
    'https://example.org/a?q=<script>alert(1)</script>',
    'https://example.org/"onmouseover="alert(1)',
    'HTTPS://EXAMPLE.ORG/LOUD',
  ],
  descriptionLength: 5000,
  noteLength: 5000,
  most: { metrics: 7, sources: 6, citations: 5, citationsPerEstimate: 5 },
});

/** A dataset that satisfies format v1: every reference resolves, every range is in order. */
export const arbitraryDataset: fc.Arbitrary<Dataset> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
    title: arbitraryText(300),
    description: fc.option(arbitraryText(5000), { nil: undefined }),
    updated: arbitraryCalendarDate,
    metrics: parts.metrics,
    sources: parts.sources,
    citations: parts.citations,
  })
  .chain(({ description, ...made }) =>
    fc
      .array(parts.estimate(made.metrics, made.sources, made.citations), { maxLength: 30 })
      .map((estimates): Dataset => ({
        format: 'estimates/v1',
        ...made,
        ...(description === undefined ? {} : { description }),
        estimates: estimates.map((e, i) => ({ ...e, id: `e${i}` })),
      })),
  );
