import fc from 'fast-check';
import { getDaysInMonth } from '../../data/schema/calendarDate';
import { datasetLimits } from '../../data/schema/datasetLimits';
import {
  qualifiers,
  type Citation,
  type Dataset,
  type Estimate,
  type Metric,
  type Source,
  type Value,
} from '../../data/schema/datasetSchema';
import { arbitraryParts, hostileTexts } from './arbitraryDataset';

/**
 * fast-check generators of valid datasets aimed at the CSV form (csvColumns.ts): text that CSV
 * and spreadsheets handle badly (delimiters, quotes, line breaks of every kind, leading and
 * trailing spaces, cells a spreadsheet would run as formulas, non-Latin scripts and emoji),
 * partial dates, ranges with and without a best figure, several citations per estimate, parts
 * no estimate uses, and estimates that name parts in another order than the dataset lists them.
 */

/** Pieces of text that each break a naive CSV writer or reader in some way. */
const csvTrickyPieces = [
  // Delimiters, the quote, and line breaks of each kind.
  ',',
  ';',
  '\t',
  '|',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  // Spaces: leading and trailing spaces are kept exactly, never trimmed.
  ' ',
  '  ',
  '\u00a0',
  // What a spreadsheet would run as a formula, and its own text marker.
  '=SUM(1)',
  '=HYPERLINK("http://evil.example")',
  '+1',
  '-1',
  '@x',
  "'quoted",
  "'",
  "''",
  // Non-Latin scripts, right-to-left text, combined emoji.
  '北朝鮮',
  '북한군 사상자',
  'Головне управління розвідки',
  'عربى',
  'שלום',
  '😀',
  '🇺🇦',
  '👨‍👩‍👧',
  // Text that looks like something else.
  '2,700',
  '2025-02-30',
  'true',
  '#N/A',
  '\uFEFF',
] as const;

/**
 * Text that is valid (not blank, at most `maxLength` UTF-16 units), built from tricky pieces
 * and arbitrary strings, so it may start or end with any of them.
 */
export function arbitraryCsvText(maxLength: number): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...csvTrickyPieces) },
    { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 4 }) },
  );
  return fc
    .oneof(
      {
        weight: 6,
        arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join('')),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(...hostileTexts.filter((t) => t.length <= maxLength)),
      },
    )
    .filter((text) => text.length <= maxLength && /\S/.test(text));
}

/** A calendar date at year, month or day precision; days run to the month's real last day. */
const arbitraryCsvDate: fc.Arbitrary<string> = fc
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

const arbitrarySlug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);

const arbitraryCount = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 20_000 }) },
  // Large figures are written with no separators and must be read back whole.
  { weight: 1, arbitrary: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 1000, 2700, Number.MAX_SAFE_INTEGER) },
);

/** A best figure; a low-high range with a best; or a range alone. */
const arbitraryValue: fc.Arbitrary<Value> = fc
  .record(
    {
      counts: fc.array(arbitraryCount, { minLength: 3, maxLength: 3 }),
      shape: fc.constantFrom('best', 'range', 'range-with-best'),
      qualifier: fc.constantFrom(...qualifiers),
      text: arbitraryCsvText(datasetLimits.labelLength),
    },
    { requiredKeys: ['counts', 'shape'] },
  )
  .map(({ counts, shape, qualifier, text }): Value => {
    const [low = 0, best = 0, high = 0] = [...counts].sort((a, b) => a - b);
    const numbers =
      shape === 'best' ? { best } : shape === 'range' ? { low, high } : { low, best, high };
    return {
      ...numbers,
      ...(qualifier === undefined ? {} : { qualifier }),
      ...(text === undefined ? {} : { text }),
    };
  });

const parts = arbitraryParts({
  text: (maxLength) => arbitraryCsvText(Math.min(maxLength, datasetLimits.labelLength)),
  date: arbitraryCsvDate,
  slug: arbitrarySlug,
  unit: fc.oneof(fc.constant('people'), arbitraryCsvText(40)),
  urls: [
    'https://example.org/a,b;c|d?q="x"&r=1#f',
    'https://example.org/%E5%8C%97?x=1,2',
    'HTTPS://EXAMPLE.ORG/LOUD',
  ],
  descriptionLength: 400,
  most: { metrics: 5, sources: 5, citations: 6 },
});

function arbitraryEstimate(
  metrics: readonly Metric[],
  sources: readonly Source[],
  citations: readonly Citation[],
): fc.Arbitrary<Omit<Estimate, 'id'>> {
  return fc
    .record(
      {
        metric: fc.constantFrom(...metrics.map((m) => m.id)),
        source: fc.constantFrom(...sources.map((s) => s.id)),
        value: arbitraryValue,
        asOf: arbitraryCsvDate,
        statedOn: arbitraryCsvDate,
        period: fc.tuple(arbitraryCsvDate, arbitraryCsvDate),
        // Up to four, in any order: the first is the primary one (column citation).
        citations: fc.shuffledSubarray(
          citations.map((c) => c.id),
          { minLength: 1, maxLength: Math.min(4, citations.length) },
        ),
        credibility: fc.integer({ min: 1, max: 6 }),
        note: arbitraryCsvText(600),
      },
      { requiredKeys: ['metric', 'source', 'value', 'asOf', 'citations'] },
    )
    .map(({ period, ...estimate }) => {
      if (!period) return estimate;
      // Whole years apart: a valid window whatever the precision of either end.
      const [from = '', to = ''] = period.map((d) => d.slice(0, 4)).sort();
      return from === to ? estimate : { ...estimate, period: { from, to } };
    });
}

/**
 * A valid dataset for the CSV round trip. Estimates pick their parts at random, so some parts
 * are used by none and the others are often first named in another order than the lists give.
 */
export const arbitraryCsvDataset: fc.Arbitrary<Dataset> = fc
  .record(
    {
      id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/),
      title: arbitraryCsvText(datasetLimits.labelLength),
      description: arbitraryCsvText(800),
      updated: arbitraryCsvDate,
      metrics: parts.metrics,
      sources: parts.sources,
      citations: parts.citations,
    },
    { requiredKeys: ['id', 'title', 'updated', 'metrics', 'sources', 'citations'] },
  )
  .chain((made) =>
    fc
      .tuple(
        fc.array(arbitraryEstimate(made.metrics, made.sources, made.citations), {
          maxLength: 12,
        }),
        fc.uniqueArray(arbitrarySlug, { minLength: 12, maxLength: 12 }),
      )
      .map(([estimates, ids]): Dataset => ({
        format: 'estimates/v1',
        ...made,
        estimates: estimates.map((e, i) => ({ id: ids[i] ?? `e${i}`, ...e })),
      })),
  );
