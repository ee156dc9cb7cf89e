import { describe, expect, it } from 'vitest';
import { csvColumnNames } from './csvColumns';
import type { Dataset } from '../schema/datasetSchema';
import { parseCsvRecords } from './parseCsvRecords';
import { parseDatasetCsv } from './parseDatasetCsv';
import { validateDataset } from '../schema/validateDataset';
import { defaultDatasetUrl, loadDataset } from '../../testing/loadJson';
import {
  makeCitation,
  makeDataset,
  makeEstimate,
  makeMetric,
  makeSource,
} from '../../testing/factories/makeDataset';
import { describeCsvOmissions, writeDatasetCsv } from './writeDatasetCsv';

/** The dataset as the app holds it: validated (and so checked valid before the round trip). */
function validated(input: Dataset): Dataset {
  const result = validateDataset(JSON.parse(JSON.stringify(input)));
  if (!result.ok) throw new Error(`invalid test dataset: ${JSON.stringify(result.problems)}`);
  return result.dataset;
}

function readBack(csv: string): Dataset {
  return parseDatasetCsv(csv, 'export.csv');
}

/** The CSV's records, header first, as a spreadsheet would show its cells. */
function recordsOf(csv: string): readonly (readonly string[])[] {
  const result = parseCsvRecords(csv);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.records;
}

/** Each row's cell in one column, the header left out (and the blank record of the last CRLF). */
function columnOf(csv: string, name: string): string[] {
  const at = csvColumnNames.indexOf(name);
  return recordsOf(csv)
    .slice(1)
    .filter((cells) => cells.length > 1)
    .map((cells) => cells[at] ?? '');
}

/** Every order of a list. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, at) =>
    permutations([...items.slice(0, at), ...items.slice(at + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('writeDatasetCsv', () => {
  it('writes a byte-order mark, every column, one row per estimate and CRLF line ends', () => {
    const header = csvColumnNames.join(',');
    expect(writeDatasetCsv(validated(makeDataset()))).toBe(
      `\uFEFF${header}\r\n` +
        'alpha-killed-2025-01-10,killed,alpha,300,,,about,,2025-01-10,,,,,,herald-2025-01-10,,Alpha Intelligence Agency,Alpha,intelligence,US,,B,The Herald,,https://example.org/herald/2025-01-10,2025-01-10,,Killed,people,casualties,,,test-dataset,Test dataset,,2025-03-01\r\n' +
        'alpha-wounded-2025-01-10,wounded,alpha,2700,,,,,2025-01-10,,,,,,herald-2025-01-10,,Alpha Intelligence Agency,Alpha,intelligence,US,,B,The Herald,,https://example.org/herald/2025-01-10,2025-01-10,,Wounded,people,casualties,,,,,,\r\n' +
        'beta-casualties-2025-02,casualties,beta,1200,1000,1500,,,2025-02,,,,3,,wire-2025-02,,Beta Ministry of Defence,,government,,,,Wire Service,,https://example.org/herald/2025-01-10,2025-02,,Casualties,people,casualties,killed wounded,Killed plus wounded.,,,,\r\n',
    );
  });

  describe('the default dataset', () => {
    const dataset = loadDataset(defaultDatasetUrl);

    it('reads back from CSV to the same dataset, but for its briefings (JSON -> CSV -> JSON)', () => {
      const { briefings, ...figures } = dataset;
      expect(briefings?.length).toBeGreaterThan(0);
      expect(readBack(writeDatasetCsv(dataset))).toStrictEqual(figures);
      expect(writeDatasetCsv(dataset)).toBe(writeDatasetCsv(figures));
    });

    it('says that its briefings are left out of the CSV form', () => {
      expect(describeCsvOmissions(dataset)).toBe(
        'The CSV form holds the figures only: its briefing is left out. Download JSON to keep it.',
      );
      const { briefings: _briefings, ...figures } = dataset;
      expect(describeCsvOmissions(figures)).toBeUndefined();
      const two = {
        ...dataset,
        briefings: [...(dataset.briefings ?? []), ...(dataset.briefings ?? [])],
      };
      expect(describeCsvOmissions(two)).toContain('its 2 briefings are left out');
    });

    it('writes the same CSV again from what was read (CSV -> JSON -> CSV)', () => {
      const csv = writeDatasetCsv(dataset);
      expect(writeDatasetCsv(readBack(csv))).toBe(csv);
    });

    it('writes its estimates in order, one row each', () => {
      const ids = columnOf(writeDatasetCsv(dataset), 'estimate_id').filter(Boolean);
      expect(ids).toEqual(dataset.estimates.map((e) => e.id));
    });

    it('gives the dataset fields on the first row only', () => {
      const csv = writeDatasetCsv(dataset);
      expect(columnOf(csv, 'dataset_id')).toEqual(
        columnOf(csv, 'dataset_id').map((_, at) => (at === 0 ? dataset.id : '')),
      );
    });
  });

  describe('text', () => {
    const formulaLike = ['=SUM(1)', '+1', '-1', '@x', "'quoted", "''", '\tTab', '\rReturn'];

    it.each(formulaLike)(
      'writes %j with a leading apostrophe, quoted, and reads it back exactly',
      (text) => {
        const dataset = validated(
          makeDataset({
            title: text,
            estimates: [makeEstimate({ note: text, value: { best: 300, text } })],
          }),
        );
        const csv = writeDatasetCsv(dataset);
        expect(csv).toContain(`,"'${text.replaceAll('"', '""')}",`);
        expect(columnOf(csv, 'note')[0]).toBe(`'${text}`);
        expect(columnOf(csv, 'value_text')[0]).toBe(`'${text}`);
        expect(columnOf(csv, 'dataset_title')[0]).toBe(`'${text}`);
        const back = readBack(csv);
        expect(back.title).toBe(text);
        expect(back.estimates[0]?.note).toBe(text);
        expect(back.estimates[0]?.value.text).toBe(text);
      },
    );

    it('marks no cell that a spreadsheet would not run as a formula', () => {
      const csv = writeDatasetCsv(validated(makeDataset({ title: " =1, 'x' and -1" })));
      expect(columnOf(csv, 'dataset_title')).toEqual([" =1, 'x' and -1", '', '']);
    });

    it.each([
      ['commas', 'Killed, wounded, missing'],
      ['double quotes', 'He said "about 300" and ""more"""'],
      ['LF line breaks', 'line one\nline two\n'],
      ['CRLF line breaks', 'line one\r\nline two\r\n'],
      ['lone carriage returns', 'line one\rline two\r'],
      ['leading and trailing spaces', '  padded  '],
      ['Korean, Chinese and Japanese', '북한군 北朝鮮軍 北朝鮮の兵士'],
      ['Cyrillic', 'Головне управління розвідки'],
      ['Arabic and Hebrew', 'عربى שלום'],
      ['emoji', '😀 🇺🇦 👨‍👩‍👧'],
      ['a byte-order mark', '\uFEFFinside'],
      ['numbers and words the reader parses elsewhere', '2,700 true 2025-02-30'],
    ])('reads back text with %s exactly', (_name, text) => {
      const dataset = validated(
        makeDataset({
          title: text,
          description: text,
          metrics: [makeMetric({ label: text, unit: text, description: text })],
          sources: [makeSource({ name: text })],
          citations: [makeCitation({ outlet: text, title: text, author: text })],
          estimates: [makeEstimate({ note: text, value: { best: 300, text } })],
        }),
      );
      const csv = writeDatasetCsv(dataset);
      expect(readBack(csv)).toStrictEqual(dataset);
      expect(writeDatasetCsv(readBack(csv))).toBe(csv);
    });

    it.each([
      ['semicolons', 'a; b; c; d'],
      ['tabs', 'a\tb\tc\td'],
      ['pipes', 'a | b | c | d'],
    ])('reads back a one-estimate dataset whose note holds %s', (_name, note) => {
      // The smallest case: a header, one row and the final line break.
      const dataset = validated(
        makeDataset({
          metrics: [makeMetric()],
          sources: [makeSource()],
          citations: [makeCitation()],
          estimates: [makeEstimate({ note })],
        }),
      );
      expect(readBack(writeDatasetCsv(dataset))).toStrictEqual(dataset);
    });
  });

  describe('values', () => {
    it('writes numbers without separators, flags as true or false and lists with spaces', () => {
      const dataset = validated(
        makeDataset({
          sources: [makeSource({ party: true }), makeSource({ id: 'beta', party: false })],
          estimates: [
            makeEstimate({ value: { best: Number.MAX_SAFE_INTEGER } }),
            makeEstimate({
              id: 'e2',
              source: 'beta',
              value: { low: 0, high: 12_000 },
              citations: ['wire-2025-02', 'herald-2025-01-10'],
            }),
          ],
        }),
      );
      const csv = writeDatasetCsv(dataset);
      expect(columnOf(csv, 'best').slice(0, 2)).toEqual(['9007199254740991', '']);
      expect(columnOf(csv, 'low').slice(0, 2)).toEqual(['', '0']);
      expect(columnOf(csv, 'high').slice(0, 2)).toEqual(['', '12000']);
      expect(columnOf(csv, 'source_party').slice(0, 2)).toEqual(['true', 'false']);
      expect(columnOf(csv, 'more_citations').slice(0, 2)).toEqual(['', 'herald-2025-01-10']);
      expect(columnOf(csv, 'metric_sum_of')).toContain('killed wounded');
      expect(readBack(csv)).toStrictEqual(dataset);
    });

    it('keeps partial dates, periods, ranges with and without best, and every optional field', () => {
      const dataset = validated(
        makeDataset({
          description: 'All the optional fields.',
          sources: [
            makeSource({ shortName: 'Alpha', country: 'KR', party: false, reliability: 'F' }),
            makeSource({ id: 'beta', name: 'Beta', type: 'head-of-state' }),
          ],
          citations: [
            makeCitation({ title: 'Title', author: 'Author', published: '2025' }),
            makeCitation({ id: 'wire-2025-02', outlet: 'Wire', published: '2025-02' }),
          ],
          estimates: [
            makeEstimate({
              value: { low: 1, best: 2, high: 3, qualifier: 'more-than', text: 'a few' },
              asOf: '2025',
              statedOn: '2025-02',
              period: { from: '2024-10', to: '2025-01-31' },
              credibility: 6,
              note: 'Every field.',
            }),
            makeEstimate({
              id: 'e2',
              metric: 'casualties',
              source: 'beta',
              value: { low: 10_000, high: 12_000, qualifier: 'up-to' },
              asOf: '2025-02',
              citations: ['wire-2025-02', 'herald-2025-01-10'],
            }),
          ],
        }),
      );
      const csv = writeDatasetCsv(dataset);
      expect(readBack(csv)).toStrictEqual(dataset);
      expect(writeDatasetCsv(readBack(csv))).toBe(csv);
    });
  });

  describe('order and completeness', () => {
    it('keeps the order of metrics, claimants and citations the estimates name in another order', () => {
      const base = makeDataset();
      const dataset = validated({ ...base, estimates: [...base.estimates].reverse() });
      expect(dataset.estimates.map((e) => e.metric)).toEqual(['casualties', 'wounded', 'killed']);
      const back = readBack(writeDatasetCsv(dataset));
      expect(back).toStrictEqual(dataset);
      expect(back.metrics.map((m) => m.id)).toEqual(['killed', 'wounded', 'casualties']);
      expect(back.sources.map((s) => s.id)).toEqual(['alpha', 'beta']);
      expect(back.citations.map((c) => c.id)).toEqual(['herald-2025-01-10', 'wire-2025-02']);
    });

    it('keeps every order of the lists for every order the estimates name them in', () => {
      const metrics = ['a', 'b', 'c'].map((id) => makeMetric({ id, label: id.toUpperCase() }));
      const sources = ['p', 'q', 'r'].map((id) => makeSource({ id, name: id.toUpperCase() }));
      const citations = ['x', 'y', 'z'].map((id) => makeCitation({ id, outlet: id }));
      const estimates = [0, 1, 2].map((at) =>
        makeEstimate({
          id: `e${at}`,
          metric: metrics[at]?.id ?? '',
          source: sources[(at + 1) % 3]?.id ?? '',
          citations: [citations[(at + 2) % 3]?.id ?? ''],
        }),
      );
      for (const metricOrder of permutations(metrics)) {
        for (const sourceOrder of permutations(sources)) {
          for (const estimateOrder of permutations(estimates)) {
            const dataset = validated(
              makeDataset({
                metrics: metricOrder,
                sources: sourceOrder,
                citations: [...citations].reverse(),
                estimates: estimateOrder,
              }),
            );
            const csv = writeDatasetCsv(dataset);
            expect(readBack(csv)).toStrictEqual(dataset);
            expect(writeDatasetCsv(readBack(csv))).toBe(csv);
          }
        }
      }
    });

    it('keeps parts no estimate uses, and citations only named in more_citations', () => {
      const dataset = validated(
        makeDataset({
          metrics: [
            makeMetric({ id: 'unused-first', label: 'Unused first' }),
            ...makeDataset().metrics,
            makeMetric({ id: 'unused-last', label: 'Unused last', kind: 'other' }),
          ],
          sources: [
            makeSource({ id: 'nobody', name: 'Nobody', type: 'other' }),
            ...makeDataset().sources,
          ],
          citations: [
            makeCitation({ id: 'only-more', outlet: 'Only in more_citations' }),
            ...makeDataset().citations,
            makeCitation({ id: 'uncited', outlet: 'Never cited', published: '2024' }),
          ],
          estimates: [
            makeEstimate({ citations: ['herald-2025-01-10', 'only-more', 'wire-2025-02'] }),
          ],
        }),
      );
      const csv = writeDatasetCsv(dataset);
      const back = readBack(csv);
      expect(back).toStrictEqual(dataset);
      expect(back.citations.map((c) => c.id)).toEqual([
        'only-more',
        'herald-2025-01-10',
        'wire-2025-02',
        'uncited',
      ]);
      expect(writeDatasetCsv(back)).toBe(csv);
    });

    it('keeps a dataset with no estimates', () => {
      const dataset = validated(makeDataset({ estimates: [] }));
      const csv = writeDatasetCsv(dataset);
      expect(columnOf(csv, 'estimate_id').every((id) => id === '')).toBe(true);
      expect(readBack(csv)).toStrictEqual(dataset);
      expect(writeDatasetCsv(readBack(csv))).toBe(csv);
    });
  });
});
