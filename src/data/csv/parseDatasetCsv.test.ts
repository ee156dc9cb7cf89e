import { describe, expect, it } from 'vitest';
import { catchDatasetError } from '../../testing/catchDatasetError';
import { csvLimits } from './csvColumns';
import type { Dataset } from '../schema/datasetSchema';
import { parseDatasetCsv } from './parseDatasetCsv';

/**
 * A dataset as a spreadsheet user writes it: some optional columns left out, partial dates,
 * a range, thousands separators, a line break in a note, non-Latin text, a citation only named in
 * more_citations and described on a row of its own, and a metric no estimate uses.
 */
const goodCsv = `estimate_id,metric,source,best,low,high,qualifier,value_text,as_of,note,citation,more_citations,source_name,source_short_name,source_type,source_country,source_party,citation_outlet,citation_title,citation_url,citation_published,metric_label,metric_unit,metric_kind,metric_sum_of,dataset_id,dataset_title,dataset_updated
nis-killed,killed,kr-nis,300,,,about,,2025-01,عربى 😀,yonhap-2025-01,,National Intelligence Service (South Korea),South Korea NIS,intelligence,KR,no,Yonhap,북한군 사상자 3천명,,2025-01-19,Killed,people,casualties,,csv-test,"Test, ""quoted"" title",2025-09
nis-wounded,wounded,kr-nis,"2,700",,,,,2025-01,,yonhap-2025-01,,,,,,,,,,,Wounded,people,casualties,,,,
gur-casualties,casualties,ua-gur,,"10,000",12 000,at-least,десять тысяч,2025,"line one
line two",kyiv-2025,yonhap-2025-01 reuters-2025-02,Головне управління розвідки,,intelligence,UA,yes,Kyiv Independent,,https://kyivindependent.com/x,2025,Casualties,people,casualties,killed wounded,,,
,,,,,,,,,,reuters-2025-02,,,,,,,Reuters,,,2025-02,,,,,,,
,troops-sent,,,,,,,,,,,,,,,,,,,,Troops sent,troops,forces,,,,
`;

const expected: Dataset = {
  format: 'estimates/v1',
  id: 'csv-test',
  title: 'Test, "quoted" title',
  updated: '2025-09',
  metrics: [
    { id: 'killed', label: 'Killed', unit: 'people', kind: 'casualties' },
    { id: 'wounded', label: 'Wounded', unit: 'people', kind: 'casualties' },
    {
      id: 'casualties',
      label: 'Casualties',
      unit: 'people',
      kind: 'casualties',
      sumOf: ['killed', 'wounded'],
    },
    { id: 'troops-sent', label: 'Troops sent', unit: 'troops', kind: 'forces' },
  ],
  sources: [
    {
      id: 'kr-nis',
      name: 'National Intelligence Service (South Korea)',
      shortName: 'South Korea NIS',
      type: 'intelligence',
      country: 'KR',
      party: false,
    },
    {
      id: 'ua-gur',
      name: 'Головне управління розвідки',
      type: 'intelligence',
      country: 'UA',
      party: true,
    },
  ],
  citations: [
    {
      id: 'yonhap-2025-01',
      outlet: 'Yonhap',
      title: '북한군 사상자 3천명',
      published: '2025-01-19',
    },
    {
      id: 'kyiv-2025',
      outlet: 'Kyiv Independent',
      url: 'https://kyivindependent.com/x',
      published: '2025',
    },
    { id: 'reuters-2025-02', outlet: 'Reuters', published: '2025-02' },
  ],
  estimates: [
    {
      id: 'nis-killed',
      metric: 'killed',
      source: 'kr-nis',
      value: { best: 300, qualifier: 'about' },
      asOf: '2025-01',
      citations: ['yonhap-2025-01'],
      note: 'عربى 😀',
    },
    {
      id: 'nis-wounded',
      metric: 'wounded',
      source: 'kr-nis',
      value: { best: 2700 },
      asOf: '2025-01',
      citations: ['yonhap-2025-01'],
    },
    {
      id: 'gur-casualties',
      metric: 'casualties',
      source: 'ua-gur',
      value: { low: 10_000, high: 12_000, qualifier: 'at-least', text: 'десять тысяч' },
      asOf: '2025',
      citations: ['kyiv-2025', 'yonhap-2025-01', 'reuters-2025-02'],
      note: 'line one\nline two',
    },
  ],
};

const header = [
  'estimate_id',
  'metric',
  'source',
  'best',
  'low',
  'high',
  'qualifier',
  'value_text',
  'as_of',
  'note',
  'citation',
  'more_citations',
  'source_name',
  'source_short_name',
  'source_type',
  'source_country',
  'source_party',
  'citation_outlet',
  'citation_title',
  'citation_url',
  'citation_published',
  'metric_label',
  'metric_unit',
  'metric_kind',
  'metric_sum_of',
  'dataset_id',
  'dataset_title',
  'dataset_updated',
] as const;

type Column = (typeof header)[number];
type Row = Partial<Record<Column, string>>;

/** The rows of goodCsv below its header (rows 2-6), as cells by column. */
const goodRows: readonly Row[] = [
  {
    estimate_id: 'nis-killed',
    metric: 'killed',
    source: 'kr-nis',
    best: '300',
    qualifier: 'about',
    as_of: '2025-01',
    note: 'عربى 😀',
    citation: 'yonhap-2025-01',
    source_name: 'National Intelligence Service (South Korea)',
    source_short_name: 'South Korea NIS',
    source_type: 'intelligence',
    source_country: 'KR',
    source_party: 'no',
    citation_outlet: 'Yonhap',
    citation_title: '북한군 사상자 3천명',
    citation_published: '2025-01-19',
    metric_label: 'Killed',
    metric_unit: 'people',
    metric_kind: 'casualties',
    dataset_id: 'csv-test',
    dataset_title: 'Test, "quoted" title',
    dataset_updated: '2025-09',
  },
  {
    estimate_id: 'nis-wounded',
    metric: 'wounded',
    source: 'kr-nis',
    best: '2,700',
    as_of: '2025-01',
    citation: 'yonhap-2025-01',
    metric_label: 'Wounded',
    metric_unit: 'people',
    metric_kind: 'casualties',
  },
  {
    estimate_id: 'gur-casualties',
    metric: 'casualties',
    source: 'ua-gur',
    low: '10,000',
    high: '12 000',
    qualifier: 'at-least',
    value_text: 'десять тысяч',
    as_of: '2025',
    note: 'line one\nline two',
    citation: 'kyiv-2025',
    more_citations: 'yonhap-2025-01 reuters-2025-02',
    source_name: 'Головне управління розвідки',
    source_type: 'intelligence',
    source_country: 'UA',
    source_party: 'yes',
    citation_outlet: 'Kyiv Independent',
    citation_url: 'https://kyivindependent.com/x',
    citation_published: '2025',
    metric_label: 'Casualties',
    metric_unit: 'people',
    metric_kind: 'casualties',
    metric_sum_of: 'killed wounded',
  },
  {
    citation: 'reuters-2025-02',
    citation_outlet: 'Reuters',
    citation_published: '2025-02',
  },
  {
    metric: 'troops-sent',
    metric_label: 'Troops sent',
    metric_unit: 'troops',
    metric_kind: 'forces',
  },
];

/** A cell as CSV: quoted when it holds a comma, a quote or a line break. */
function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Records as CSV text, each ended by a line break. */
function csvText(records: readonly (readonly string[])[], newline = '\n'): string {
  return records.map((cells) => cells.map(csvCell).join(',') + newline).join('');
}

function recordOf(row: Row, columns: readonly string[] = header): string[] {
  return columns.map((column) => (row as Partial<Record<string, string>>)[column] ?? '');
}

/** A CSV of rows (row 2 onwards) under a header (row 1). */
function csvOf(rows: readonly Row[], columns: readonly string[] = header): string {
  return csvText([columns, ...rows.map((row) => recordOf(row, columns))]);
}

/** goodRows with some cells changed: `changes[i]` is merged into row i + 2. */
function goodRowsWith(changes: Partial<Record<number, Row>>): Row[] {
  return goodRows.map((row, index) => ({ ...row, ...changes[index + 2] }));
}

/** The problems a CSV is refused with, as the app lists them (`path: message`). */
function problemLines(text: string): string[] {
  const error = catchDatasetError(() => parseDatasetCsv(text, 'data.csv'));
  expect(error.kind).toBe('invalid');
  return error.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('parseDatasetCsv', () => {
  describe('a valid CSV', () => {
    it('gives the dataset it describes', () => {
      expect(parseDatasetCsv(goodCsv, 'data.csv')).toStrictEqual(expected);
    });

    it('is what the test helpers build from the same rows', () => {
      expect(csvOf(goodRows)).toBe(goodCsv);
    });

    it('reads CRLF line breaks and a byte-order mark, as spreadsheets write them', () => {
      const text = `\uFEFF${csvText([header, ...goodRows.map((row) => recordOf(row))], '\r\n')}`;
      expect(parseDatasetCsv(text, 'data.csv')).toStrictEqual(expected);
    });

    it('reads a file without a final line break', () => {
      expect(parseDatasetCsv(goodCsv.trimEnd(), 'data.csv')).toStrictEqual(expected);
    });

    it('reads the header in any case, with spaces around names, and columns in any order', () => {
      const columns = [...header].reverse();
      const records = goodRows.map((row) => recordOf(row, columns));
      const shouted = columns.map((name) => ` ${name.toUpperCase()} `);
      expect(parseDatasetCsv(csvText([shouted, ...records]), 'data.csv')).toStrictEqual(expected);
    });

    it.each([
      ['semicolons', ';'],
      ['tabs', '\t'],
    ])('reads cells separated by %s', (_name, delimiter) => {
      const quoteCell = (cell: string) =>
        cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
      const lines = [header, ...goodRows.map((row) => recordOf(row))].map((cells) =>
        cells.map(quoteCell).join(delimiter),
      );
      expect(parseDatasetCsv(`${lines.join('\r\n')}\r\n`, 'data.csv')).toStrictEqual(expected);
    });

    it('reads a short file whose cells hold semicolons, tabs or pipes as comma-separated', () => {
      // Fewer than 10 rows and a final line break: the delimiter must still be the comma.
      const items = 'abcdefghijkl'.split('');
      for (const note of [items.join('; '), items.join('\t'), items.join('|')]) {
        const text = csvOf(goodRowsWith({ 2: { note } }));
        expect(parseDatasetCsv(text, 'data.csv').estimates[0]?.note).toBe(note);
      }
    });

    it('takes the dataset fields from any row, given once', () => {
      const rows = goodRowsWith({
        2: { dataset_id: '', dataset_title: '', dataset_updated: '' },
        4: { dataset_id: 'csv-test' },
        6: { dataset_title: 'Test, "quoted" title', dataset_updated: '2025-09' },
      });
      expect(parseDatasetCsv(csvOf(rows), 'data.csv')).toStrictEqual(expected);
    });

    it('takes each field of a part from any row naming it, and accepts repeats that agree', () => {
      const rows = goodRowsWith({
        2: { source_short_name: '' },
        3: {
          source_name: 'National Intelligence Service (South Korea)',
          source_short_name: 'South Korea NIS',
          citation_outlet: 'Yonhap',
          citation_published: '2025-01-19',
        },
        4: { metric_sum_of: 'killed, wounded' },
      });
      expect(parseDatasetCsv(csvOf(rows), 'data.csv')).toStrictEqual(expected);
    });

    it('skips blank rows, of empty lines or of empty cells', () => {
      const [first, ...rest] = goodRows.map((row) => recordOf(row));
      const blankCells = header.map(() => '');
      const text = csvText([header, [''], first ?? [], blankCells, ['  '], ...rest, ['']]);
      expect(parseDatasetCsv(text, 'data.csv')).toStrictEqual(expected);
    });

    it('accepts a dataset with no estimates, only parts', () => {
      const rows: Row[] = [
        {
          metric: 'killed',
          metric_label: 'Killed',
          metric_unit: 'people',
          metric_kind: 'casualties',
          dataset_id: 'empty',
          dataset_title: 'Nothing yet',
          dataset_updated: '2025',
        },
        { source: 'kr-nis', source_name: 'NIS', source_type: 'intelligence' },
        { citation: 'yonhap', citation_outlet: 'Yonhap', citation_published: '2025-01' },
      ];
      expect(parseDatasetCsv(csvOf(rows), 'data.csv')).toStrictEqual({
        format: 'estimates/v1',
        id: 'empty',
        title: 'Nothing yet',
        updated: '2025',
        metrics: [{ id: 'killed', label: 'Killed', unit: 'people', kind: 'casualties' }],
        sources: [{ id: 'kr-nis', name: 'NIS', type: 'intelligence' }],
        citations: [{ id: 'yonhap', outlet: 'Yonhap', published: '2025-01' }],
        estimates: [],
      });
    });
  });

  describe('refusal', () => {
    it('is a DatasetError of kind "invalid" naming the file and counting its problems', () => {
      const text = csvOf(goodRowsWith({ 3: { as_of: '' } }));
      const error = catchDatasetError(() => parseDatasetCsv(text, 'mine.csv'));
      expect(error.kind).toBe('invalid');
      expect(error.path).toBe('mine.csv');
      expect(error.message).toBe(
        'mine.csv is not a valid dataset (CSV for format estimates/v1): 1 problem.',
      );
      expect(error.problems).toEqual([{ path: 'row 3, column as_of', message: 'is required' }]);
      const two = csvOf(goodRowsWith({ 2: { as_of: '' }, 3: { as_of: '' } }));
      expect(catchDatasetError(() => parseDatasetCsv(two, 'mine.csv')).message).toBe(
        'mine.csv is not a valid dataset (CSV for format estimates/v1): 2 problems.',
      );
    });

    it('passes on a fatal fault of the text, such as an unclosed quote', () => {
      const malformed = goodCsv.replace('"line one', '"line" one');
      expect(problemLines(malformed)).toEqual([
        'row 4: a quoted cell on line 4 has text after its closing quote: a " inside a quoted cell must be doubled ("")',
      ]);
      const unclosed = `${goodCsv}x,"never closed\n`;
      expect(problemLines(unclosed)).toEqual([
        'row 7: a quoted cell that starts on line 8 is never closed: add the closing " (and double any " inside the cell)',
      ]);
    });
  });

  describe('problems of the header (row 1)', () => {
    it('names an unknown column', () => {
      const columns = header.map((name) => (name === 'note' ? 'notes' : name));
      expect(problemLines(csvOf(goodRows, columns))).toContain(
        'row 1, column notes: is not a column of the CSV format (see docs/dataset-format.md or the template)',
      );
    });

    it('names a column given twice', () => {
      const columns = [...header, 'metric'];
      const records = goodRows.map((row) => [...recordOf(row), row.metric ?? '']);
      expect(problemLines(csvText([columns, ...records]))).toContain(
        'row 1, column metric: is named twice in the header',
      );
    });

    it('names every missing required column', () => {
      const columns = header.filter((name) => name !== 'as_of' && name !== 'citation');
      expect(problemLines(csvOf(goodRows, columns))).toContain(
        'row 1: lacks the required columns as_of, citation',
      );
      const noUpdated = header.filter((name) => name !== 'dataset_updated');
      expect(problemLines(csvOf(goodRows, noUpdated))).toContain(
        'row 1: lacks the required column dataset_updated',
      );
    });

    it('reports an unusable header alone, not as a dataset with nothing in it', () => {
      // The rows below a header that cannot be read are not read: that the dataset then has no
      // metrics or no dataset_id is not the author's problem, and would be listed first.
      const unknown = header.map((name) => (name === 'note' ? 'notes' : name));
      expect(problemLines(csvOf(goodRows, unknown))).toEqual([
        'row 1, column notes: is not a column of the CSV format (see docs/dataset-format.md or the template)',
      ]);
      const missing = header.filter((name) => name !== 'as_of');
      expect(problemLines(csvOf(goodRows, missing))).toEqual([
        'row 1: lacks the required column as_of',
      ]);
    });

    it.each([
      ['an empty file', ''],
      ['a byte-order mark alone', '\uFEFF'],
      ['blank lines', '\r\n  \r\n'],
    ])('refuses %s as having no header', (_name, text) => {
      expect(problemLines(text)).toEqual([
        'row 1: is empty: a CSV dataset starts with a header row naming its columns',
      ]);
    });

    it('refuses a file whose header names one column', () => {
      expect(problemLines('estimate_id\nx\n')).toEqual([
        expect.stringMatching(/^row 1: cannot tell which character separates the cells/),
      ]);
    });

    it('refuses a blank header row', () => {
      const blank = header.map(() => '');
      const text = csvText([blank, ...goodRows.map((row) => recordOf(row))]);
      expect(problemLines(text)).toContain(
        'row 1: is empty: a CSV dataset starts with a header row naming its columns',
      );
    });
  });

  it('refuses a header with no rows below it, saying so rather than listing what is missing', () => {
    const header = goodCsv.split('\n')[0] ?? '';
    const error = catchDatasetError(() => parseDatasetCsv(`${header}\n\n`, 'empty.csv'));
    expect(error.problems).toEqual([
      { path: 'row 2', message: 'is missing: the file has a header but no rows below it' },
    ]);
  });

  it('says rows, not JSON positions, in the messages of a CSV', () => {
    const csv = [
      'estimate_id,metric,source,best,as_of,citation,more_citations,source_name,source_type,citation_outlet,citation_published,metric_label,metric_unit,metric_kind,dataset_id,dataset_title,dataset_updated',
      ',m2,,,,,,,,,,M2,people,other,,,',
      'e1,m,s,1,2025,c,,S,other,C,2025,M,people,other,d,D,2025',
      'e1,m,s,2,2025,c,zz,,,,,,,,,,',
    ].join('\n');
    const error = catchDatasetError(() => parseDatasetCsv(csv, 'rows.csv'));
    expect(error.problems).toEqual([
      { path: 'row 4, column estimate_id', message: 'duplicate id "e1": already used by row 3' },
      {
        path: 'row 4, column more_citations',
        message: 'unknown citation "zz": no row gives it in column citation',
      },
    ]);
  });

  describe('problems of rows, as `row N, column X: message`', () => {
    it('refuses a short row and a long row, and still reports the other rows', () => {
      const extra: Row = { ...goodRows[1], estimate_id: 'nis-wounded-2' };
      const records = [
        header,
        ...goodRows.slice(0, 2).map((row) => recordOf(row)),
        recordOf(extra).slice(0, -1),
        [...recordOf({ ...extra, estimate_id: 'nis-wounded-3' }), 'surplus'],
        recordOf({ ...extra, estimate_id: 'nis-wounded-4', as_of: '2025-13' }),
        ...goodRows.slice(2).map((row) => recordOf(row)),
      ];
      expect(problemLines(csvText(records))).toEqual([
        'row 4: has 27 cells where the header has 28',
        'row 5: has 29 cells where the header has 28',
        'row 6, column as_of: "2025-13" has no month 13: months run from 01 to 12',
      ]);
    });

    it('names a blank required cell', () => {
      expect(problemLines(csvOf(goodRowsWith({ 3: { as_of: ' ' } })))).toEqual([
        'row 3, column as_of: is required',
      ]);
      expect(problemLines(csvOf(goodRowsWith({ 2: { estimate_id: '' } })))).toEqual([
        'row 2, column estimate_id: is required',
      ]);
    });

    it('names a field that two rows give differently, at the later row', () => {
      const rows = goodRowsWith({ 3: { source_name: 'NIS' } });
      expect(problemLines(csvOf(rows))).toEqual([
        'row 3, column source_name: "NIS" differs from "National Intelligence Service (South Korea)" given for claimant kr-nis on row 2',
      ]);
    });

    it('tells text that differs only in spaces from the same text', () => {
      const rows = goodRowsWith({ 3: { metric_label: 'Wounded ' } });
      expect(parseDatasetCsv(csvOf(rows), 'data.csv').metrics[1]?.label).toBe('Wounded ');
      const twice = [...goodRows, { metric: 'killed', metric_label: 'Killed ' }];
      expect(problemLines(csvOf(twice))).toEqual([
        'row 7, column metric_label: "Killed " differs from "Killed" given for metric killed on row 2',
      ]);
    });

    it('names dataset fields that two rows give differently', () => {
      expect(problemLines(csvOf(goodRowsWith({ 4: { dataset_id: 'other' } })))).toEqual([
        'row 4, column dataset_id: "other" differs from "csv-test" given for the dataset on row 2',
      ]);
    });

    it('names a detail whose id is blank', () => {
      const rows = [...goodRows, { metric_label: 'Orphan', metric_unit: 'people' }];
      expect(problemLines(csvOf(rows))).toEqual([
        'row 7, column metric_label: describes a metric, but its id (column metric) is blank',
      ]);
      const source = goodRowsWith({ 5: { source_name: 'Nobody' } });
      expect(problemLines(csvOf(source))).toEqual([
        'row 5, column source_name: describes a claimant, but its id (column source) is blank',
      ]);
    });

    it('names an impossible date at its cell', () => {
      expect(problemLines(csvOf(goodRowsWith({ 3: { as_of: '2025-02-30' } })))).toEqual([
        'row 3, column as_of: "2025-02-30" is not a real date: February 2025 has 28 days',
      ]);
      expect(
        problemLines(csvOf(goodRowsWith({ 5: { citation_published: '2025-02-30' } }))),
      ).toEqual([
        'row 5, column citation_published: "2025-02-30" is not a real date: February 2025 has 28 days',
      ]);
    });

    it('names a range whose low exceeds its high', () => {
      expect(problemLines(csvOf(goodRowsWith({ 4: { low: '13,000' } })))).toEqual([
        'row 4, column low: must not exceed high (13000 > 12000)',
      ]);
    });

    it('names a cell that cannot be read once, not again as missing', () => {
      const rows = goodRowsWith({
        2: { best: '2.700' },
        4: { low: '1e3', source_party: 'maybe' },
      });
      expect(problemLines(csvOf(rows))).toEqual([
        'row 2, column best: must be a whole number, such as 2700 or 2,700 (got "2.700")',
        'row 4, column low: must be a whole number, such as 2700 or 2,700 (got "1e3")',
        'row 4, column source_party: must be true or false (got "maybe")',
      ]);
    });

    it('names a reference to a metric no row describes', () => {
      expect(problemLines(csvOf(goodRowsWith({ 4: { metric_sum_of: 'killed ghost' } })))).toEqual([
        'row 4, column metric_sum_of: unknown metric "ghost": no row gives it in column metric',
      ]);
      const undescribed = goodRowsWith({
        3: { metric: 'ghost', metric_label: '', metric_unit: '', metric_kind: '' },
      });
      expect(problemLines(csvOf(undescribed))).toEqual([
        'row 3, column metric_label: is required',
        'row 3, column metric_unit: is required',
        'row 3, column metric_kind: is required',
        'row 4, column metric_sum_of: unknown metric "wounded": no row gives it in column metric',
      ]);
    });

    it('names a citation in more_citations that no row describes', () => {
      const rows = goodRowsWith({ 4: { more_citations: 'yonhap-2025-01 nowhere' } });
      expect(problemLines(csvOf(rows))).toEqual([
        'row 4, column more_citations: unknown citation "nowhere": no row gives it in column citation',
      ]);
      const repeated = goodRowsWith({ 4: { more_citations: 'kyiv-2025' } });
      expect(problemLines(csvOf(repeated))).toEqual([
        'row 4, column more_citations: "kyiv-2025" is listed twice',
      ]);
    });

    it('names a value outside its list, at its cell', () => {
      const rows = goodRowsWith({ 2: { source_type: 'spy' }, 4: { qualifier: 'roughly' } });
      const lines = problemLines(csvOf(rows));
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^row 2, column source_type: must be one of .*\(got "spy"\)$/);
      expect(lines[1]).toMatch(/^row 4, column qualifier: must be one of .*\(got "roughly"\)$/);
    });

    it('names an estimate id used twice, at the second row', () => {
      expect(problemLines(csvOf(goodRowsWith({ 3: { estimate_id: 'nis-killed' } })))).toEqual([
        'row 3, column estimate_id: duplicate id "nis-killed": already used by row 2',
      ]);
    });

    it('lists problems in row order, and in a row in the order of the columns', () => {
      const rows = goodRowsWith({
        4: { citation_published: '2025-13', as_of: '', low: '1,00' },
        2: { dataset_updated: 'soon', best: 'many' },
        3: { metric_kind: 'weapons' },
      });
      const lines = problemLines(csvOf(rows));
      expect(lines.map((line) => line.slice(0, line.indexOf(':')))).toEqual([
        'row 2, column best',
        'row 2, column dataset_updated',
        'row 3, column metric_kind',
        'row 4, column low',
        'row 4, column as_of',
        'row 4, column citation_published',
      ]);
    });

    it('counts blank rows, so that rows keep the numbers a spreadsheet shows', () => {
      const [first, second, ...rest] = goodRows.map((row) => recordOf(row));
      const records = [header, first ?? [], [''], header.map(() => ''), second ?? [], ...rest];
      const text = csvText(records).replace('wounded,kr-nis,"2,700"', 'wounded,kr-nis,"2.700"');
      expect(problemLines(text)).toEqual([
        'row 5, column best: must be a whole number, such as 2700 or 2,700 (got "2.700")',
      ]);
    });

    it('counts a row whose cells hold line breaks as one row', () => {
      const rows = goodRowsWith({ 5: { citation_published: 'May' } });
      expect(problemLines(csvOf(rows))).toEqual([
        'row 5, column citation_published: must be a date: YYYY, YYYY-MM or YYYY-MM-DD (got "May")',
      ]);
    });
  });

  describe('row limit', () => {
    const blankLines = (count: number) => '\n'.repeat(count);
    const goodRowCount = goodRows.length;

    it('refuses a file with more rows than csvLimits.rows below its header', () => {
      const text = goodCsv + blankLines(csvLimits.rows - goodRowCount + 1);
      expect(problemLines(text)).toEqual([
        `row ${(csvLimits.rows + 2).toLocaleString('en-GB')}: the file has more than ${csvLimits.rows.toLocaleString('en-GB')} rows below its header (a dataset holds at most 100,000 estimates)`,
      ]);
    });

    it('accepts exactly csvLimits.rows rows below its header, the last ended by a line break', () => {
      // Rows 2 to csvLimits.rows + 1: the good rows, then blank rows, each ended by "\n".
      const text = goodCsv + blankLines(csvLimits.rows - goodRowCount);
      expect(parseDatasetCsv(text, 'data.csv')).toStrictEqual(expected);
    });
  });
});
