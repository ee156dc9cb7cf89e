import { convertCsvRecords, type CsvConversion, type CsvProblem } from './convertCsvRecords';
import { csvColumnNames, csvColumns, csvIdColumns, csvLimits } from './csvColumns';
import { DatasetError } from '../datasetErrors';
import { datasetLimits } from '../schema/datasetLimits';
import type { Dataset } from '../schema/datasetSchema';
import { measureTime } from '../../lib/measureTime';
import { parseCsvRecords } from './parseCsvRecords';
import { splitPath, type Problem } from '../schema/problem';
import { validateDataset } from '../schema/validateDataset';

/**
 * Parses and validates a dataset in CSV form (see csvColumns.ts); `name` names the file in
 * messages. Refused whole, like a JSON dataset, with every problem as `row N, column X: message`.
 */
export function parseDatasetCsv(text: string, name: string): Dataset {
  const records = measureTime('parse', () => parseCsvRecords(text));
  if (!records.ok) throw refuse(name, records.problems);
  // A file ends with a line break, which leaves an empty record after the last row.
  const last = records.records.at(-1);
  const rows = records.records.length - 1 - (last?.length === 1 && last[0] === '' ? 1 : 0);
  if (rows > csvLimits.rows) {
    throw refuse(name, [
      {
        path: `row ${(csvLimits.rows + 2).toLocaleString('en-GB')}`,
        message: `the file has more than ${csvLimits.rows.toLocaleString('en-GB')} rows below its header (a dataset holds at most ${datasetLimits.estimates.toLocaleString('en-GB')} estimates)`,
      },
    ]);
  }
  const converted = convertCsvRecords(records.records);
  // A header that is not the format's: its problems alone, not those of a dataset never read.
  if (!converted.readable) throw refuse(name, converted.problems.map(formatCsvProblem));
  const result = measureTime('validate', () => validateDataset(converted.dataset));
  if (result.ok && converted.problems.length === 0) return result.dataset;
  const own = converted.problems;
  const taken = new Set(own.map(cellKey));
  const found = result.ok ? [] : result.problems.map((p) => locateProblem(p, converted));
  // A cell that could not be read is reported once, as unreadable, not again as missing.
  const problems = [...own, ...found.filter((p) => !taken.has(cellKey(p)))];
  throw refuse(name, problems.sort(compareCsvProblems).map(formatCsvProblem));
}

function refuse(name: string, problems: readonly Problem[]): DatasetError {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return new DatasetError(
    'invalid',
    name,
    `${name} is not a valid dataset (CSV for format estimates/v1): ${count}.`,
    { problems },
  );
}

const cellKey = (p: CsvProblem) => `${p.row ?? ''}\u0000${p.column ?? ''}`;

/** A problem the validator found at a JSON path, moved to the row and column it came from. */
function locateProblem(problem: Problem, converted: CsvConversion): CsvProblem {
  const [top, index, ...rest] = splitPath(problem.path);
  const message = relocateMessage(problem.message, converted);
  const keys = rest.filter((s): s is string => typeof s === 'string');
  if (top === 'estimates' && typeof index === 'number') {
    const row = converted.estimateRows[index];
    return { ...(row ? { row } : {}), column: locateEstimateColumn(keys, rest), message };
  }
  const entity = ({ metrics: 'metric', sources: 'source', citations: 'citation' } as const)[
    String(top)
  ];
  if (entity && typeof index === 'number') {
    const part = converted.parts[entity][index];
    const key = keys[0] ?? 'id';
    const column = csvColumns.find((c) => c.entity === entity && c.key === key);
    const row = part?.fieldRows.get(key) ?? part?.row;
    return { ...(row ? { row } : {}), column: column?.name ?? csvIdColumns[entity], message };
  }
  const column = csvColumns.find((c) => c.entity === 'dataset' && c.key === top);
  if (column) {
    const row = converted.datasetPart.fieldRows.get(column.key);
    return { ...(row ? { row } : {}), column: column.name, message };
  }
  // The dataset as a whole ("must have at least 1 metric", too many estimates).
  return { message: top === undefined || index !== undefined ? message : `${top}: ${message}` };
}

const listParts = { metrics: 'metric', sources: 'source', citations: 'citation' } as const;

/**
 * The validator's words point into the JSON (`already used by estimates[0]`, `no citations[].id
 * has it`); in a CSV they are rows and columns.
 */
function relocateMessage(message: string, converted: CsvConversion): string {
  return message
    .replace(
      /\b(estimates|metrics|sources|citations)\[(\d+)\]/g,
      (found, list: string, at: string) => {
        const index = Number(at);
        const row =
          list === 'estimates'
            ? converted.estimateRows[index]
            : converted.parts[listParts[list as keyof typeof listParts]][index]?.row;
        return row === undefined ? found : `row ${row}`;
      },
    )
    .replace(/no (metrics|sources|citations)\[\]\.id has it/, (_found, list: string) => {
      const entity = listParts[list as keyof typeof listParts];
      return `no row gives it in column ${csvIdColumns[entity]}`;
    });
}

function locateEstimateColumn(keys: readonly string[], rest: readonly unknown[]): string {
  const [first, second] = keys;
  if (first === 'citations')
    return rest[1] === undefined || rest[1] === 0 ? 'citation' : 'more_citations';
  if (first === 'value') return second === undefined ? 'best' : locateByKey(`value.${second}`);
  if (first === 'period')
    return second === undefined ? 'period_from' : locateByKey(`period.${second}`);
  if (first === 'metric' || first === 'source') return first;
  return first === undefined ? 'estimate_id' : locateByKey(first);
}

function locateByKey(key: string): string {
  return csvColumns.find((c) => c.entity === 'estimate' && c.key === key)?.name ?? 'estimate_id';
}

/** Rows in order; in a row, columns in the format's order; the file's own problems first. */
function compareCsvProblems(a: CsvProblem, b: CsvProblem): number {
  const row = (a.row ?? 0) - (b.row ?? 0);
  if (row !== 0) return row;
  return csvColumnNames.indexOf(a.column ?? '') - csvColumnNames.indexOf(b.column ?? '');
}

function formatCsvProblem({ row, column, message }: CsvProblem): Problem {
  const where = [
    row === undefined ? '' : `row ${row}`,
    column === undefined ? '' : `column ${column}`,
  ];
  return { path: where.filter(Boolean).join(', ') || '(file)', message };
}
