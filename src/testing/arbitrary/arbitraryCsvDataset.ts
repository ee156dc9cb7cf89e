import fc from 'fast-check';
import { datasetLimits } from '../../data/schema/datasetLimits';
import type { Dataset } from '../../data/schema/datasetSchema';
import { arbitraryCalendarDate, arbitraryParts, hostileTexts } from './arbitraryDataset';

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

const arbitrarySlug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);

const parts = arbitraryParts({
  text: (maxLength) => arbitraryCsvText(Math.min(maxLength, datasetLimits.labelLength)),
  date: arbitraryCalendarDate,
  slug: arbitrarySlug,
  unit: fc.oneof(fc.constant('people'), arbitraryCsvText(40)),
  urls: [
    'https://example.org/a,b;c|d?q="x"&r=1#f',
    'https://example.org/%E5%8C%97?x=1,2',
    'HTTPS://EXAMPLE.ORG/LOUD',
  ],
  descriptionLength: 400,
  noteLength: 600,
  most: { metrics: 5, sources: 5, citations: 6, citationsPerEstimate: 4 },
});

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
      updated: arbitraryCalendarDate,
      metrics: parts.metrics,
      sources: parts.sources,
      citations: parts.citations,
    },
    { requiredKeys: ['id', 'title', 'updated', 'metrics', 'sources', 'citations'] },
  )
  .chain((made) =>
    fc
      .tuple(
        fc.array(parts.estimate(made.metrics, made.sources, made.citations), {
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
