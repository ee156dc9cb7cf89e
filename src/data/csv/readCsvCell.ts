import type { CsvCellKind } from './csvColumns';

type CsvCell =
  | { readonly value: string | number | boolean | readonly string[] }
  | { readonly problem: string }
  | undefined;

// Whole numbers, optionally grouped in thousands by commas or (narrow, no-break) spaces.
const wholeNumber = /^(\d+|\d{1,3}(,\d{3})+|\d{1,3}([ \u00a0\u202f]\d{3})+)$/;

/**
 * One cell as the format's value; `undefined` when blank (missing, never 0 or ""). A leading
 * apostrophe is dropped: spreadsheets use it to mark a cell as text, and Crosscheck writes one
 * before text a spreadsheet would otherwise run as a formula.
 */
export function readCsvCell(raw: string, kind: CsvCellKind): CsvCell {
  const cell = raw.startsWith("'") ? raw.slice(1) : raw;
  if (!/\S/.test(cell)) return undefined;
  if (kind === 'text') return { value: cell };
  const trimmed = cell.trim();
  switch (kind) {
    case 'count': {
      if (!wholeNumber.test(trimmed)) {
        return {
          problem: `must be a whole number, such as 2700 or 2,700 (got ${quote(trimmed)})`,
        };
      }
      const value = Number(trimmed.replace(/[^\d]/g, ''));
      if (!Number.isSafeInteger(value)) return { problem: `is too large (got ${quote(trimmed)})` };
      return { value };
    }
    case 'flag': {
      const word = trimmed.toLowerCase();
      if (word === 'true' || word === 'yes') return { value: true };
      if (word === 'false' || word === 'no') return { value: false };
      return { problem: `must be true or false (got ${quote(trimmed)})` };
    }
    case 'ids':
      return { value: trimmed.split(/[\s,;]+/).filter(Boolean) };
    default:
      return { value: trimmed };
  }
}

/** A cell quoted in a message, shortened: a cell can hold a whole paragraph. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
