import { csvColumns, csvIdColumns, type CsvColumn, type CsvEntity } from './csvColumns';
import { quote, readCsvCell } from './readCsvCell';

/** A problem at a cell (`row`, `column`), a whole row, a whole column, or the file. */
export interface CsvProblem {
  readonly row?: number;
  readonly column?: string;
  readonly message: string;
}

/** A metric, claimant, citation or the dataset as gathered from its rows. */
interface CsvPart {
  /** The first row that names it. */
  readonly row: number;
  readonly fields: Record<string, unknown>;
  /** The row each field was first given on. */
  readonly fieldRows: Map<string, number>;
}

export interface CsvConversion {
  /** The dataset in format v1, not yet validated. */
  readonly dataset: Record<string, unknown>;
  readonly problems: readonly CsvProblem[];
  readonly parts: Record<'metric' | 'source' | 'citation', readonly CsvPart[]>;
  readonly datasetPart: CsvPart;
  /** The row of each estimate, in order. */
  readonly estimateRows: readonly number[];
  /** False when the header is not the format's (so no row was read), or no row follows it. */
  readonly readable: boolean;
}

type PartEntity = 'metric' | 'source' | 'citation';
const partEntities: readonly PartEntity[] = ['metric', 'source', 'citation'];
const nouns: Record<CsvEntity, string> = {
  estimate: 'estimate',
  metric: 'metric',
  source: 'claimant',
  citation: 'citation',
  dataset: 'dataset',
};

/**
 * CSV records (header first) to a dataset in format v1, to be validated like any other. Each
 * metric, claimant and citation is gathered from every row that names it: a field may be left
 * blank on all but one of them, but two rows that give it must agree. A header that is not the
 * format's stops the conversion; a row of the wrong length is left out, with a problem.
 */
export function convertCsvRecords(records: readonly (readonly string[])[]): CsvConversion {
  const problems: CsvProblem[] = [];
  const header = readHeader(records[0] ?? [], problems);
  const byId = new Map<PartEntity, Map<string, CsvPart>>(partEntities.map((e) => [e, new Map()]));
  const datasetPart: CsvPart = { row: 2, fields: {}, fieldRows: new Map() };
  const estimates: Record<string, unknown>[] = [];
  const estimateRows: number[] = [];
  if (header) {
    for (let index = 1; index < records.length; index += 1) {
      const cells = records[index] ?? [];
      const row = index + 1;
      if (cells.every((cell) => !/\S/.test(cell))) continue;
      if (cells.length !== header.length) {
        const count = `${cells.length} cell${cells.length === 1 ? '' : 's'}`;
        problems.push({ row, message: `has ${count} where the header has ${header.length}` });
        continue;
      }
      const values = new Map<CsvColumn, unknown>();
      header.forEach((column, at) => {
        const cell = column ? readCsvCell(cells[at] ?? '', column.kind) : undefined;
        if (!column || !cell) return;
        if ('problem' in cell) problems.push({ row, column: column.name, message: cell.problem });
        else values.set(column, cell.value);
      });
      for (const entity of partEntities) {
        mergePart(entity, values, row, byId.get(entity) ?? new Map<string, CsvPart>(), problems);
      }
      mergeFields(datasetPart, 'dataset', 'the dataset', values, row, problems);
      const estimate = readEstimate(values);
      if (estimate) {
        estimates.push(estimate);
        estimateRows.push(row);
      }
    }
  }
  const empty =
    header !== undefined && records.slice(1).every((cells) => cells.every((c) => !/\S/.test(c)));
  if (empty)
    problems.push({ row: 2, message: 'is missing: the file has a header but no rows below it' });
  const parts = {
    metric: [...(byId.get('metric')?.values() ?? [])],
    source: [...(byId.get('source')?.values() ?? [])],
    citation: [...(byId.get('citation')?.values() ?? [])],
  };
  const dataset = {
    format: 'estimates/v1',
    ...datasetPart.fields,
    metrics: parts.metric.map((part) => part.fields),
    sources: parts.source.map((part) => part.fields),
    citations: parts.citation.map((part) => part.fields),
    estimates,
  };
  return {
    dataset,
    problems,
    parts,
    datasetPart,
    estimateRows,
    readable: header !== undefined && !empty,
  };
}

/** The header's columns (undefined for an unnamed one), or undefined when it is not usable. */
function readHeader(
  cells: readonly string[],
  problems: CsvProblem[],
): (CsvColumn | undefined)[] | undefined {
  const before = problems.length;
  const names = cells.map((cell) => cell.trim().toLowerCase());
  if (names.every((name) => name === '')) {
    problems.push({
      row: 1,
      message: 'is empty: a CSV dataset starts with a header row naming its columns',
    });
    return undefined;
  }
  const columns = names.map((name, at) => {
    if (name === '') return undefined;
    const found = csvColumns.find((c) => c.name === name);
    if (!found) {
      problems.push({
        row: 1,
        column: cells[at]?.trim() ?? name,
        message: 'is not a column of the CSV format (see docs/dataset-format.md or the template)',
      });
    } else if (names.indexOf(name) !== at) {
      problems.push({ row: 1, column: name, message: 'is named twice in the header' });
    }
    return found;
  });
  const missing = csvColumns.filter((c) => c.required && !names.includes(c.name));
  if (missing.length) {
    problems.push({
      row: 1,
      message: `lacks the required column${missing.length === 1 ? '' : 's'} ${missing.map((c) => c.name).join(', ')}`,
    });
  }
  return problems.length === before ? columns : undefined;
}

/** Adds a row's fields for a metric, claimant or citation to the part its id names. */
function mergePart(
  entity: PartEntity,
  values: ReadonlyMap<CsvColumn, unknown>,
  row: number,
  parts: Map<string, CsvPart>,
  problems: CsvProblem[],
): void {
  const idColumn = csvIdColumns[entity];
  const id = findValue(values, (c) => c.name === idColumn);
  if (typeof id !== 'string') {
    const detail = findColumn(values, (c) => c.entity === entity);
    if (detail) {
      problems.push({
        row,
        column: detail.name,
        message: `describes a ${nouns[entity]}, but its id (column ${idColumn}) is blank`,
      });
    }
    return;
  }
  let part = parts.get(id);
  if (!part) {
    part = { row, fields: { id }, fieldRows: new Map([['id', row]]) };
    parts.set(id, part);
  }
  mergeFields(part, entity, `${nouns[entity]} ${id}`, values, row, problems);
}

function mergeFields(
  part: CsvPart,
  entity: CsvEntity,
  name: string,
  values: ReadonlyMap<CsvColumn, unknown>,
  row: number,
  problems: CsvProblem[],
): void {
  for (const [column, value] of values) {
    if (column.entity !== entity || (column.key === 'id' && entity !== 'dataset')) continue;
    const earlier = part.fieldRows.get(column.key);
    if (earlier === undefined) {
      part.fields[column.key] = value;
      part.fieldRows.set(column.key, row);
    } else if (JSON.stringify(part.fields[column.key]) !== JSON.stringify(value)) {
      problems.push({
        row,
        column: column.name,
        message: `${quote(String(value))} differs from ${quote(String(part.fields[column.key]))} given for ${name} on row ${earlier}`,
      });
    }
  }
}

/** The row's estimate, or undefined when the row only describes other parts. */
function readEstimate(
  values: ReadonlyMap<CsvColumn, unknown>,
): Record<string, unknown> | undefined {
  if (!findColumn(values, (c) => c.entity === 'estimate')) return undefined;
  const get = (key: string) => findValue(values, (c) => c.entity === 'estimate' && c.key === key);
  const idOf = (entity: PartEntity) => findValue(values, (c) => c.name === csvIdColumns[entity]);
  const value = pick({
    best: get('value.best'),
    low: get('value.low'),
    high: get('value.high'),
    qualifier: get('value.qualifier'),
    text: get('value.text'),
  });
  const from = get('period.from');
  const to = get('period.to');
  const primary = idOf('citation');
  const more = (get('moreCitations') as string[] | undefined) ?? [];
  const citations = primary === undefined ? more : [primary, ...more];
  return pick({
    id: get('id'),
    metric: idOf('metric'),
    source: idOf('source'),
    value,
    asOf: get('asOf'),
    statedOn: get('statedOn'),
    period: from === undefined && to === undefined ? undefined : pick({ from, to }),
    citations: citations.length ? citations : undefined,
    credibility: get('credibility'),
    note: get('note'),
  });
}

function findColumn(
  values: ReadonlyMap<CsvColumn, unknown>,
  test: (column: CsvColumn) => boolean,
): CsvColumn | undefined {
  for (const column of values.keys()) if (test(column)) return column;
  return undefined;
}

/** The value of the row's first column that passes `test` (a row has a few dozen at most). */
function findValue(
  values: ReadonlyMap<CsvColumn, unknown>,
  test: (column: CsvColumn) => boolean,
): unknown {
  const column = findColumn(values, test);
  return column ? values.get(column) : undefined;
}

/** The entries that are given: a blank cell is a missing field, not a field set to nothing. */
function pick(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
