import { describe, expect, it } from 'vitest';
import type { CsvCellKind } from './csvColumns';
import { quote, readCsvCell } from './readCsvCell';

const kinds: readonly CsvCellKind[] = ['text', 'id', 'date', 'enum', 'count', 'flag', 'ids'];

describe('readCsvCell', () => {
  describe('blank cells', () => {
    const blanks = ['', ' ', '   ', '\t', '\n', '\r\n', ' \t\r\n ', '\u00a0', "'", "' ", "'\t"];

    it.each(kinds)('reads a blank %s cell as missing, never as 0, "" or []', (kind) => {
      for (const blank of blanks) expect(readCsvCell(blank, kind)).toBeUndefined();
    });
  });

  describe('count', () => {
    it.each([
      ['0', 0],
      ['7', 7],
      ['300', 300],
      ['2700', 2700],
      ['2,700', 2700],
      ['2 700', 2700],
      ['2\u00a0700', 2700],
      ['2\u202f700', 2700],
      ['12,000,000', 12_000_000],
      ['12 000 000', 12_000_000],
      ['1,000', 1000],
      ['999,999', 999_999],
      [' 2,700 ', 2700],
      ['\t300\t', 300],
      ["'2,700", 2700],
      ['9007199254740991', Number.MAX_SAFE_INTEGER],
      ['9,007,199,254,740,991', Number.MAX_SAFE_INTEGER],
    ])('reads %j as %d', (raw, value) => {
      expect(readCsvCell(raw, 'count')).toEqual({ value });
    });

    it.each([
      // A decimal point or a comma that does not group thousands is not a whole number.
      '2.700',
      '2.7',
      '1,00',
      '1,0000',
      '12,00,000',
      ',700',
      '2,700,',
      '2,,700',
      '2, 700',
      '2 7000',
      // Signs, exponents and words.
      '-5',
      '+5',
      '-0',
      '1e3',
      '3x0',
      '0x10',
      'NaN',
      'Infinity',
      'about 300',
      '300+',
      '~300',
      'three hundred',
      '٣٠٠',
    ])('refuses %j, quoting it', (raw) => {
      expect(readCsvCell(raw, 'count')).toEqual({
        problem: `must be a whole number, such as 2700 or 2,700 (got ${JSON.stringify(raw.trim())})`,
      });
    });

    it('quotes the cell trimmed and without its apostrophe', () => {
      expect(readCsvCell("'  2.700  ", 'count')).toEqual({
        problem: 'must be a whole number, such as 2700 or 2,700 (got "2.700")',
      });
    });

    it('refuses a whole number too large to hold exactly', () => {
      expect(readCsvCell('9007199254740992', 'count')).toEqual({
        problem: 'is too large (got "9007199254740992")',
      });
      expect(readCsvCell('99,999,999,999,999,999,999', 'count')).toEqual({
        problem: 'is too large (got "99,999,999,999,999,999,999")',
      });
    });
  });

  describe('flag', () => {
    it.each([
      ['true', true],
      ['TRUE', true],
      ['True', true],
      ['yes', true],
      ['YES', true],
      ['Yes', true],
      [' yes ', true],
      ['false', false],
      ['FALSE', false],
      ['False', false],
      ['no', false],
      ['NO', false],
      ['No', false],
      ["'false", false],
    ])('reads %j as %s', (raw, value) => {
      expect(readCsvCell(raw, 'flag')).toEqual({ value });
    });

    it.each(['1', '0', 'y', 'n', 'maybe', 'tru', 'yes no', 'oui'])(
      'refuses %j, quoting it',
      (raw) => {
        expect(readCsvCell(raw, 'flag')).toEqual({
          problem: `must be true or false (got ${JSON.stringify(raw)})`,
        });
      },
    );
  });

  describe('ids', () => {
    it.each([
      ['killed', ['killed']],
      ['killed wounded', ['killed', 'wounded']],
      ['killed,wounded', ['killed', 'wounded']],
      ['killed, wounded', ['killed', 'wounded']],
      ['  killed   wounded  ', ['killed', 'wounded']],
      ['killed\twounded\nmissing', ['killed', 'wounded', 'missing']],
      ['killed;wounded', ['killed', 'wounded']],
      ['a,,b', ['a', 'b']],
      [',a,', ['a']],
      ["'a b", ['a', 'b']],
    ])('splits %j into %j', (raw, value) => {
      expect(readCsvCell(raw, 'ids')).toEqual({ value });
    });

    it('reads a cell of separators alone as no ids, not as missing', () => {
      // Not blank, so not missing; the validator then says the list may not be empty.
      expect(readCsvCell(',', 'ids')).toEqual({ value: [] });
    });
  });

  describe('id, date and enum', () => {
    it.each(['id', 'date', 'enum'] as const)('trims a %s cell and keeps its case', (kind) => {
      expect(readCsvCell('  Kr-NIS \t', kind)).toEqual({ value: 'Kr-NIS' });
      expect(readCsvCell("'2025-01", kind)).toEqual({ value: '2025-01' });
    });

    it('leaves checking the value to the validator', () => {
      expect(readCsvCell('2025-02-30', 'date')).toEqual({ value: '2025-02-30' });
      expect(readCsvCell('Not A Slug!', 'id')).toEqual({ value: 'Not A Slug!' });
      expect(readCsvCell('weapons', 'enum')).toEqual({ value: 'weapons' });
    });
  });

  describe('text', () => {
    it.each([
      'Newsweek',
      '  padded  ',
      ' leading',
      'trailing ',
      '\tTabbed\t',
      'line one\nline two',
      'line one\r\nline two\r\n',
      'a\rb',
      'Comma, and "quotes"',
      '0',
      '2,700',
      'true',
      '北朝鮮軍 사상자 Головне управління عربى 😀',
      '=SUM(1)',
      '+1',
      '-1',
      '@x',
    ])('keeps %j exactly', (raw) => {
      expect(readCsvCell(raw, 'text')).toEqual({ value: raw });
    });

    it('drops one leading apostrophe, and only one', () => {
      expect(readCsvCell("'=SUM(1)", 'text')).toEqual({ value: '=SUM(1)' });
      expect(readCsvCell("'+1", 'text')).toEqual({ value: '+1' });
      expect(readCsvCell("'quoted", 'text')).toEqual({ value: 'quoted' });
      expect(readCsvCell("''quoted", 'text')).toEqual({ value: "'quoted" });
      expect(readCsvCell("'''", 'text')).toEqual({ value: "''" });
      expect(readCsvCell("'' ", 'text')).toEqual({ value: "' " });
      expect(readCsvCell("' padded ", 'text')).toEqual({ value: ' padded ' });
    });

    it('keeps an apostrophe that is not the first character', () => {
      expect(readCsvCell(" 'quoted", 'text')).toEqual({ value: " 'quoted" });
      expect(readCsvCell("Korea's", 'text')).toEqual({ value: "Korea's" });
      expect(readCsvCell("quoted'", 'text')).toEqual({ value: "quoted'" });
    });
  });
});

describe('quote', () => {
  it('quotes a cell as JSON, so that spaces and line breaks show', () => {
    expect(quote('2.700')).toBe('"2.700"');
    expect(quote(' a"b\n')).toBe('" a\\"b\\n"');
  });

  it('shortens a long cell to 60 characters', () => {
    expect(quote('x'.repeat(60))).toBe(JSON.stringify('x'.repeat(60)));
    expect(quote('x'.repeat(61))).toBe(JSON.stringify(`${'x'.repeat(57)}...`));
  });
});
