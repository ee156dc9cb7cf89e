import { describe, expect, it } from 'vitest';
import { parseCsvRecords, type CsvRecordsResult } from './parseCsvRecords';
import type { Problem } from '../schema/problem';

/** The records of text that must parse. */
function recordsOf(text: string): readonly (readonly string[])[] {
  const result = parseCsvRecords(text);
  if (!result.ok) throw new Error(`expected records, got ${JSON.stringify(result.problems)}`);
  return result.records;
}

/** The problems of text that must not parse. */
function problemsOf(result: CsvRecordsResult): readonly Problem[] {
  if (result.ok) throw new Error(`expected problems, got ${JSON.stringify(result.records)}`);
  return result.problems;
}

const undetectable = {
  path: 'row 1',
  message: expect.stringMatching(
    /^cannot tell which character separates the cells \(tried comma, semicolon, tab and \|\)/,
  ) as unknown,
};

describe('parseCsvRecords', () => {
  it('splits comma-separated text into records of cells, the header first', () => {
    expect(recordsOf('a,b,c\n1,2,3\n4,5,6')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });

  it('keeps a final line break as one blank record (which readers skip)', () => {
    expect(recordsOf('a,b,c\n1,2,3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3'], ['']]);
  });

  it('keeps blank lines as blank records, so rows keep their numbers', () => {
    expect(recordsOf('a,b,c\n\n1,2,3\n,,\n4,5,6')).toEqual([
      ['a', 'b', 'c'],
      [''],
      ['1', '2', '3'],
      ['', '', ''],
      ['4', '5', '6'],
    ]);
  });

  it('keeps cells exactly: spaces, case and empty cells', () => {
    expect(recordsOf('a,b,c\n  x , Y ,\n')).toEqual([['a', 'b', 'c'], ['  x ', ' Y ', ''], ['']]);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('reads %s line breaks', (_name, newline) => {
    const text = ['a,b,c', '1,2,3', '4,5,6', ''].join(newline);
    expect(recordsOf(text)).toEqual([['a', 'b', 'c'], ['1', '2', '3'], ['4', '5', '6'], ['']]);
  });

  it.each([
    ['semicolons', ';'],
    ['tabs', '\t'],
    ['pipes', '|'],
  ])('detects cells separated by %s', (_name, delimiter) => {
    const text = ['a', 'b', 'c'].join(delimiter) + '\r\n' + ['1', '2,700', '3'].join(delimiter);
    expect(recordsOf(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', '2,700', '3'],
    ]);
  });

  it('reads a semicolon-separated file whose cells hold commas (a European spreadsheet)', () => {
    const text = 'name;best;note\r\n"Smith, J.";"2,700";a, b, c, d, e\r\nJones;300;x\r\n';
    expect(recordsOf(text)).toEqual([
      ['name', 'best', 'note'],
      ['Smith, J.', '2,700', 'a, b, c, d, e'],
      ['Jones', '300', 'x'],
      [''],
    ]);
  });

  it('strips a byte-order mark', () => {
    expect(recordsOf('\uFEFFa,b,c\r\n1,2,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('reads quoted cells holding commas, doubled quotes and line breaks of every kind', () => {
    const text = [
      'a,b,c,d',
      '"x, y","he said ""hi""","line 1\nline 2\r\nline 3\rline 4",""',
      '"""",",","\r\n","  padded  "',
      '',
    ].join('\r\n');
    expect(recordsOf(text)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['x, y', 'he said "hi"', 'line 1\nline 2\r\nline 3\rline 4', ''],
      ['"', ',', '\r\n', '  padded  '],
      [''],
    ]);
  });

  it('reads non-Latin text and emoji', () => {
    const text = 'a,b,c\n북한군,Головне управління,"عربى, 北朝鮮 😀🇺🇦"\n';
    expect(recordsOf(text)).toEqual([
      ['a', 'b', 'c'],
      ['북한군', 'Головне управління', 'عربى, 北朝鮮 😀🇺🇦'],
      [''],
    ]);
  });

  it('reads a quote inside a cell that is not quoted as text', () => {
    expect(recordsOf('a,b,c\n1,2 "x" 3,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2 "x" 3', '3'],
    ]);
  });

  describe('fatal faults, each with its row and line', () => {
    it('refuses a quoted cell that is never closed, naming its row and line', () => {
      const text = 'a,b,c\n1,2,3\n4,"5,6\n7,8,9\n';
      expect(problemsOf(parseCsvRecords(text))).toEqual([
        {
          path: 'row 3',
          message:
            'a quoted cell that starts on line 3 is never closed: add the closing " (and double any " inside the cell)',
        },
      ]);
    });

    it('counts rows as a spreadsheet does and lines as an editor does', () => {
      // Row 2 spans lines 2-4; the unclosed quote is on row 3, line 5.
      const text = 'a,b,c\r\n"one\r\ntwo\r\nthree",2,3\r\n4,5,"6\r\n';
      expect(problemsOf(parseCsvRecords(text))).toEqual([
        {
          path: 'row 3',
          message:
            'a quoted cell that starts on line 5 is never closed: add the closing " (and double any " inside the cell)',
        },
      ]);
    });

    it('names the right line after a byte-order mark', () => {
      const text = '\uFEFFa,b,c\n1,2,3\n"4,5,6\n';
      expect(problemsOf(parseCsvRecords(text))).toEqual([
        {
          path: 'row 3',
          message:
            'a quoted cell that starts on line 3 is never closed: add the closing " (and double any " inside the cell)',
        },
      ]);
    });

    it('refuses text after a closing quote (an undoubled quote), once per row', () => {
      const text = 'a,b,c\n1,2,3\n4,"a "quoted" word",6\n7,8,9\n';
      expect(problemsOf(parseCsvRecords(text))).toEqual([
        {
          path: 'row 3',
          message:
            'a quoted cell on line 3 has text after its closing quote: a " inside a quoted cell must be doubled ("")',
        },
      ]);
    });

    it('names the line of a malformed quote after cells with line breaks', () => {
      const text = 'a,b,c\n"x\ny",2,3\n4,"5"z,6\n7,8,9\n';
      expect(problemsOf(parseCsvRecords(text))).toEqual([
        {
          path: 'row 3',
          message:
            'a quoted cell on line 4 has text after its closing quote: a " inside a quoted cell must be doubled ("")',
        },
      ]);
    });

    it.each([
      ['a one-column file', 'name\nAlpha\nBeta\n'],
      ['a single word', 'name'],
      ['a one-column file whose cells hold commas', 'name\n"Smith, J."\n"Jones, K."\n'],
    ])('refuses %s: no delimiter can be told', (_name, text) => {
      expect(problemsOf(parseCsvRecords(text))).toEqual([undetectable]);
    });

    it.each([
      ['an empty file', '', []],
      ['a byte-order mark alone', '\uFEFF', []],
      ['blank lines', '\n \r\n', [[''], [' '], ['']]],
    ])('leaves %s to the reader, which refuses a blank header', (_name, text, expected) => {
      expect(recordsOf(text)).toEqual(expected);
    });
  });

  describe('line breaks', () => {
    it('takes the line break from the header, whatever lone carriage returns a long cell holds', () => {
      // PapaParse guesses the line break from the first MiB of text, leaving quoted cells out;
      // a quoted cell that the first MiB cuts in two is counted, lone carriage returns and all.
      const long = `${'x'.repeat(1024 * 1024 - 300)}${'\r'.repeat(100)}${'x'.repeat(300)}`;
      const text = `estimate_id,metric,note\r\na,b,"${long}"\r\nc,d,e\r\n`;
      const records = recordsOf(text);
      expect(records.map((cells) => cells.length)).toEqual([3, 3, 3, 1]);
      expect(records[1]?.slice(0, 2)).toEqual(['a', 'b']);
      expect(records[1]?.[2] === long).toBe(true);
      expect(records[2]).toEqual(['c', 'd', 'e']);
    });
  });

  describe('delimiter detection', () => {
    // Regressions: PapaParse's own guess (from the first 10 records, blank ones included) took a
    // short file ending with a line break, or one with a blank row, whose cells held semicolons,
    // tabs or pipes for a file separated by those. The header decides instead.
    const header = 'a,b,c,d,e,f,g,h,i,j';

    it('prefers the delimiter that splits the header into column names of the format', () => {
      // More semicolons than commas in the header, but only the commas separate known names.
      const text = 'estimate_id,metric,note;a;b;c;d\r\nx,killed,y\r\n';
      expect(recordsOf(text)[1]).toEqual(['x', 'killed', 'y']);
      const semicolons = 'estimate_id;metric;source\r\n"a,b";killed;"c,d,e,f"\r\n';
      expect(recordsOf(semicolons)[1]).toEqual(['a,b', 'killed', 'c,d,e,f']);
    });

    it('detects commas when a short file ends with a line break and a cell holds semicolons', () => {
      const text = `${header}\r\n1,2,3,4,5,6,7,8,9,"x; y; z; w"\r\n`;
      expect(recordsOf(text)).toEqual([
        header.split(','),
        ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'x; y; z; w'],
        [''],
      ]);
    });

    it('detects commas when a blank row comes before cells holding tabs', () => {
      const text = `${header}\n\n1,2,3,4,5,6,7,8,9,"x\ty\tz\tw\tv\tu"\n`;
      expect(recordsOf(text)).toEqual([
        header.split(','),
        [''],
        ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'x\ty\tz\tw\tv\tu'],
        [''],
      ]);
    });

    it('detects commas in a two-column file that ends with a line break', () => {
      expect(recordsOf('a,b\r\n1,2\r\n')).toEqual([['a', 'b'], ['1', '2'], ['']]);
    });
  });

  describe('rows ended in more than one way', () => {
    it('ends every row where a line break ends it, whichever kind, as the header does', () => {
      expect(recordsOf('a,b\r\n1,2\n3,4\r5,6\r\n')).toEqual([
        ['a', 'b'],
        ['1', '2'],
        ['3', '4'],
        ['5', '6'],
        [''],
      ]);
    });

    it('keeps line breaks inside quoted cells exactly, doubled quotes included', () => {
      expect(recordsOf('a,b\r\n1,"x\ny"\n2,"q""\r\nz"\r\n3,x"y\n')).toEqual([
        ['a', 'b'],
        ['1', 'x\ny'],
        ['2', 'q"\r\nz'],
        ['3', 'x"y'],
        [''],
      ]);
    });
  });
});
