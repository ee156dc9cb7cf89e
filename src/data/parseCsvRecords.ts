import Papa from 'papaparse';
import type { Problem } from './problem';

export type CsvRecordsResult =
  | { readonly ok: true; readonly records: readonly (readonly string[])[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Splits CSV text into records of cells with PapaParse, the delimiter detected (comma,
 * semicolon, tab, pipe). Faults that leave the rest of the file unreadable are fatal and say
 * where: a quoted cell never closed, a quote in the wrong place, a delimiter that cannot be told.
 * Rows count as a spreadsheet shows them (the header is row 1; a cell with line breaks does not
 * add rows), lines as a text editor does.
 */
export function parseCsvRecords(text: string): CsvRecordsResult {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: '',
    header: false,
    skipEmptyLines: false,
  });
  const problems: Problem[] = [];
  for (const error of result.errors) {
    if (error.code === 'UndetectableDelimiter') {
      // A one-column file has no delimiter to find, and no CSV dataset has one column.
      problems.push({
        path: 'row 1',
        message:
          'cannot tell which character separates the cells (tried comma, semicolon, tab and |); the header should name the columns, separated by commas',
      });
    } else if (error.type === 'Quotes') {
      const row = (error.row ?? 0) + 1;
      const line = countLine(text, error.index ?? 0);
      problems.push({
        path: `row ${row}`,
        message:
          error.code === 'MissingQuotes'
            ? `a quoted cell that starts on line ${line} is never closed: add the closing " (and double any " inside the cell)`
            : `a quoted cell on line ${line} has text after its closing quote: a " inside a quoted cell must be doubled ("")`,
      });
    }
  }
  if (problems.length) return { ok: false, problems: dedupeByPath(problems) };
  return { ok: true, records: result.data };
}

/** The 1-based line of a character index. */
function countLine(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line += 1;
  }
  return line;
}

/** PapaParse can report one broken quote twice (malformed, then unterminated). */
function dedupeByPath(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.path) && seen.add(p.path));
}
