import Papa from 'papaparse';
import { csvColumns, type CsvColumn } from './csvColumns';
import type { Citation, Dataset, Estimate, Metric, Source } from '../schema/datasetSchema';

type Cell = string | number | boolean;
type Part = Metric | Source | Citation;

/** What one row describes: an estimate with its parts, or a part alone. */
interface RowParts {
  readonly estimate?: Estimate;
  readonly metric?: Metric | undefined;
  readonly source?: Source | undefined;
  readonly citation?: Citation | undefined;
}

/**
 * A dataset in CSV form (csvColumns.ts), read back by parseDatasetCsv to the same dataset, but
 * for its briefings, which rows of figures cannot hold (see describeCsvOmissions): one row per estimate, in order, every column written. Rows that only describe a part come first
 * where needed to keep the order of metrics, claimants and citations, and last for parts no
 * estimate row describes. The dataset's own fields are on the first row. UTF-8 with a byte-order mark so spreadsheets read non-Latin text.
 */
export function writeDatasetCsv(dataset: Dataset): string {
  const metrics = new Map(dataset.metrics.map((m) => [m.id, m]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const citations = new Map(dataset.citations.map((c) => [c.id, c]));
  const byRow = dataset.estimates.map((e) => ({
    metric: metrics.get(e.metric),
    source: sources.get(e.source),
    citation: e.citations[0] === undefined ? undefined : citations.get(e.citations[0]),
  }));
  const lead = {
    metric: splitOrder(
      dataset.metrics,
      byRow.map((r) => r.metric),
    ),
    source: splitOrder(
      dataset.sources,
      byRow.map((r) => r.source),
    ),
    citation: splitOrder(
      dataset.citations,
      byRow.map((r) => r.citation),
    ),
  };
  const rows: Cell[][] = [];
  const describe = (entity: 'metric' | 'source' | 'citation', parts: readonly Part[]) => {
    for (const part of parts) rows.push(writeRow(dataset, { [entity]: part }));
  };
  describe('metric', lead.metric.before);
  describe('source', lead.source.before);
  describe('citation', lead.citation.before);
  dataset.estimates.forEach((estimate, at) => {
    rows.push(writeRow(dataset, { ...byRow[at], estimate }));
  });
  describe('metric', lead.metric.after);
  describe('source', lead.source.after);
  describe('citation', lead.citation.after);
  // The dataset's own fields once, on the first row: the reader takes them from any row.
  for (const row of rows.slice(1)) {
    csvColumns.forEach((column, at) => {
      if (column.entity === 'dataset') row[at] = '';
    });
  }
  const csv = Papa.unparse(
    { fields: csvColumns.map((c) => c.name), data: rows },
    // A leading apostrophe marks text for spreadsheets (so `=` or `+` is never run as a
    // formula); one already there is doubled so that reading drops exactly one.
    { newline: '\r\n', escapeFormulae: /^[=+\-@\t\r']/ },
  );
  return `\uFEFF${csv}\r\n`;
}

/**
 * Which parts must be described before the estimate rows so that reading the CSV back (parts in
 * the order rows first name them) gives the dataset's order: the shortest prefix of the list
 * after which the rest appear in the estimate rows in list order. Parts no estimate row names go
 * after the rows.
 */
function splitOrder<T extends Part>(
  list: readonly T[],
  named: readonly (T | undefined)[],
): { before: readonly T[]; after: readonly T[] } {
  const firstRow = new Map<T, number>();
  named.forEach((part, row) => {
    if (part && !firstRow.has(part)) firstRow.set(part, row);
  });
  // From the end: the longest tail of named parts in increasing first-row order, then unnamed.
  let start = list.length;
  let next = Infinity;
  let seenNamed = false;
  for (let at = list.length - 1; at >= 0; at -= 1) {
    const part = list[at] as T;
    const row = firstRow.get(part);
    if (row === undefined) {
      if (seenNamed) break;
    } else if (row < next) {
      next = row;
      seenNamed = true;
    } else break;
    start = at;
  }
  const before = list.slice(0, start);
  const after = list.slice(start).filter((part) => !firstRow.has(part));
  return { before, after };
}

function writeRow(dataset: Dataset, row: RowParts): Cell[] {
  return csvColumns.map((column) => writeCell(column, dataset, row) ?? '');
}

function writeCell(column: CsvColumn, dataset: Dataset, row: RowParts): Cell | undefined {
  const { estimate } = row;
  switch (column.entity) {
    case 'dataset':
      return toCell(dataset[column.key as keyof Dataset]);
    case 'metric':
    case 'source':
    case 'citation': {
      const part: Part | undefined = row[column.entity];
      return toCell(part?.[column.key as keyof Part]);
    }
    case 'estimate': {
      if (!estimate) return undefined;
      if (column.key === 'moreCitations') return toCell(estimate.citations.slice(1));
      const [key = '', inner] = column.key.split('.');
      const value: unknown = estimate[key as keyof Estimate];
      return toCell(inner && value ? (value as Record<string, unknown>)[inner] : value);
    }
  }
}

function toCell(value: unknown): Cell | undefined {
  if (Array.isArray(value)) return value.length ? value.join(' ') : undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return undefined;
}

/**
 * What the CSV form of a dataset leaves out, in words for the person downloading it, or
 * undefined when it holds everything: a dataset's briefings are not figures, and have no rows.
 */
export function describeCsvOmissions(dataset: Dataset): string | undefined {
  const count = dataset.briefings?.length ?? 0;
  if (count === 0) return undefined;
  const briefings = count === 1 ? 'its briefing is' : `its ${count} briefings are`;
  return `The CSV form holds the figures only: ${briefings} left out. Download JSON to keep ${count === 1 ? 'it' : 'them'}.`;
}
