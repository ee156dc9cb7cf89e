import Papa from 'papaparse';
import { csvColumnNames } from './csvColumns';
import type { Problem } from '../schema/problem';

export type CsvRecordsResult =
  | { readonly ok: true; readonly records: readonly (readonly string[])[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Splits CSV text into records of cells with PapaParse, the delimiter detected from the header
 * (comma, semicolon, tab, pipe). Faults that leave the rest of the file unreadable are fatal and
 * say where: a quoted cell never closed, a quote in the wrong place, a delimiter not found.
 * Rows count as a spreadsheet shows them (the header is row 1; a cell with line breaks does not
 * add rows), lines as a text editor does.
 */
export function parseCsvRecords(text: string): CsvRecordsResult {
  const body = text.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(body);
  if (!delimiter) {
    return {
      ok: false,
      problems: [
        {
          path: 'row 1',
          message:
            'cannot tell which character separates the cells (tried comma, semicolon, tab and |): the first row should name the columns, such as estimate_id,metric,source',
        },
      ],
    };
  }
  // The line break too is the header's: PapaParse's own guess counts line breaks inside quoted
  // cells past its first mebibyte of text.
  const found = /\r\n|\n|\r/.exec(body)?.[0];
  const newline = found === '\r\n' || found === '\r' ? found : '\n';
  const result = Papa.parse<string[]>(unifyLineBreaks(body, newline, delimiter), {
    delimiter,
    newline,
    header: false,
    skipEmptyLines: false,
  });
  const problems: Problem[] = [];
  for (const error of result.errors) {
    if (error.type === 'Quotes') {
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

const delimiters = [',', ';', '\t', '|'] as const;

/**
 * The delimiter that splits the header into the most of the format's column names, else into
 * the most cells. The header decides: guessing from the rows (as PapaParse does) is misled by
 * short files whose cells hold semicolons or tabs. A blank header is left for the reader to
 * refuse as such.
 */
function detectDelimiter(text: string): string | undefined {
  const header = text.slice(0, text.search(/\r?\n|\r|$/)).toLowerCase();
  if (!/\S/.test(header)) return ',';
  let best: { delimiter: string; known: number; cells: number } | undefined;
  for (const delimiter of delimiters) {
    const names = header.split(delimiter).map((cell) => cell.trim().replace(/^"|"$/g, ''));
    const known = names.filter((name) => csvColumnNames.includes(name)).length;
    const better =
      !best || known > best.known || (known === best.known && names.length > best.cells);
    if (names.length > 1 && better) best = { delimiter, known, cells: names.length };
  }
  return best?.delimiter;
}

const otherBreaks = {
  '\r\n': /(?<!\r)\n|\r(?!\n)/,
  '\n': /\r/,
  '\r': /\n/,
} as const;

/**
 * Rows ended as the header is: a file edited in two programs can end some rows with CRLF and
 * others with LF, which would otherwise run rows together. Line breaks inside quoted cells are
 * text, and kept exactly.
 */
function unifyLineBreaks(text: string, newline: '\r\n' | '\n' | '\r', delimiter: string): string {
  if (!otherBreaks[newline].test(text)) return text;
  const parts: string[] = [];
  let quoted = false;
  let fieldStart = true;
  let from = 0;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (quoted) {
      // A doubled quote is a quote in the text; a single one closes the cell.
      if (char === '"') {
        if (text[at + 1] === '"') at += 1;
        else quoted = false;
      }
    } else if (char === '"' && fieldStart) {
      quoted = true;
    } else if (char === '\r' || char === '\n') {
      const end = char === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
      parts.push(text.slice(from, at), newline);
      from = end;
      at = end - 1;
      fieldStart = true;
      continue;
    }
    fieldStart = !quoted && char === delimiter;
  }
  parts.push(text.slice(from));
  return parts.join('');
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
