import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catchDatasetError } from '../../testing/catchDatasetError';
import { makeDataset } from '../../testing/factories/makeDataset';
import { defaultDatasetUrl } from '../../testing/loadJson';
import { writeDatasetCsv } from '../csv/writeDatasetCsv';
import { detectDatasetFormat, readDatasetText } from './readDatasetText';

const sampleCsv = readFileSync(new URL('sample.csv', defaultDatasetUrl), 'utf8');

/** Text that could be either, so that only the name or the content type decides. */
const ambiguous = 'estimate_id,metric\n';

describe('detectDatasetFormat by the name', () => {
  it.each(['data.csv', 'data.tsv', 'notes.txt', 'EXPORT.CSV', 'Sheet.Tsv'])(
    'reads %s as CSV, whatever the text',
    (name) => {
      expect(detectDatasetFormat(name, null, '{"format":"estimates/v1"}')).toBe('csv');
    },
  );

  it.each(['data.json', 'DATA.JSON', 'figures.csv.json'])(
    'reads %s as JSON, whatever the text',
    (name) => {
      expect(detectDatasetFormat(name, undefined, ambiguous)).toBe('json');
    },
  );

  it('reads a CSV name as CSV even where the server calls it JSON', () => {
    expect(detectDatasetFormat('data.csv', 'application/json', '{}')).toBe('csv');
  });

  it('reads a JSON name as JSON even where the server calls it CSV', () => {
    expect(detectDatasetFormat('data.json', 'text/csv', ambiguous)).toBe('json');
  });
});

describe('detectDatasetFormat by the content type, where the name has no known extension', () => {
  it.each(['text/csv', 'text/csv; charset=utf-8', 'TEXT/CSV', 'text/tab-separated-values'])(
    'reads %s as CSV',
    (type) => {
      expect(detectDatasetFormat('data', type, '{}')).toBe('csv');
    },
  );

  it.each(['application/json', 'application/json; charset=utf-8', 'application/ld+json'])(
    'reads %s as JSON',
    (type) => {
      expect(detectDatasetFormat('data', type, ambiguous)).toBe('json');
    },
  );
});

describe('detectDatasetFormat by the text, with neither a known extension nor a content type', () => {
  it.each([
    // Each first line has a comma, which alone would make it CSV.
    ['{"format":"estimates/v1","id":"x"}', 'an object'],
    ['[1, 2]', 'a list'],
    ['  \n\t{ "a": 1, "b": 2 }', 'an object after blank space'],
    ['\uFEFF{"a":1,"b":2}', 'an object after a byte-order mark'],
    ['<meta name="viewport" content="width=device-width, initial-scale=1">', 'a web page'],
    ['\n  <html lang="en"><title>Not found, sorry</title>', 'a web page after blank lines'],
  ])('reads %j (%s) as JSON', (text) => {
    expect(detectDatasetFormat('pasted', null, text)).toBe('json');
  });

  it.each([
    ['estimate_id,metric,source', 'commas'],
    ['estimate_id;metric;source', 'semicolons'],
    ['estimate_id\tmetric\tsource', 'tabs'],
    ['\uFEFFestimate_id,metric\r\nk,killed', 'commas after a byte-order mark'],
  ])('reads %j, a first line of names separated by %s, as CSV', (text) => {
    expect(detectDatasetFormat('pasted', null, text)).toBe('csv');
  });

  it.each([
    ['', 'empty text'],
    ['hello world', 'a line with no separator'],
    ['# Notes\n\nkilled, wounded, missing', 'separators only after the first line'],
  ])('reads %j (%s) as JSON, whose messages say what it is instead', (text) => {
    expect(detectDatasetFormat('pasted', '', text)).toBe('json');
  });

  it('sniffs the text where the content type says neither (text/plain)', () => {
    expect(detectDatasetFormat('upload', 'text/plain', ambiguous)).toBe('csv');
    expect(detectDatasetFormat('upload', 'text/plain', '{}')).toBe('json');
  });
});

describe('readDatasetText', () => {
  it('reads a dataset and its CSV form to the same dataset', () => {
    const dataset = makeDataset();
    const fromJson = readDatasetText(JSON.stringify(dataset), 'data.json');
    const fromCsv = readDatasetText(writeDatasetCsv(dataset), 'data.csv');
    expect(fromJson).toEqual(dataset);
    expect(fromCsv).toEqual(fromJson);
  });

  it('reads the shipped sample CSV, and the same dataset written as JSON, alike', () => {
    const fromCsv = readDatasetText(sampleCsv, 'sample.csv');
    expect(fromCsv.id).toBe('north-korea-russia-sample');
    expect(fromCsv.estimates).toHaveLength(23);
    const fromJson = readDatasetText(JSON.stringify(fromCsv, null, 2), 'sample.json');
    expect(fromJson).toEqual(fromCsv);
  });

  it('tells CSV from JSON by the text alone when the name and type say nothing', () => {
    const dataset = makeDataset();
    expect(readDatasetText(writeDatasetCsv(dataset), 'pasted text', null)).toEqual(dataset);
    expect(readDatasetText(JSON.stringify(dataset), 'pasted text', null)).toEqual(dataset);
  });

  it('reads a CSV sent as text/csv under a name without an extension', () => {
    expect(readDatasetText(sampleCsv, 'download', 'text/csv')).toEqual(
      readDatasetText(sampleCsv, 'sample.csv'),
    );
  });

  it('refuses a README as not valid JSON, naming it', () => {
    const readme = [
      '# Crosscheck',
      '',
      'Charts competing estimates side by side, every figure attributed to who said it.',
      '',
    ].join('\n');
    const error = catchDatasetError(() => readDatasetText(readme, 'README.md'));
    expect(error.kind).toBe('not-json');
    expect(error.path).toBe('README.md');
    expect(error.message).toMatch(/^README\.md is not valid JSON: .+\.$/);
    expect(error.problems).toEqual([]);
  });

  it('refuses a web page as HTML, even one whose first line has commas', () => {
    const page = '<!doctype html><title>Not found, sorry</title>\n<p>Try again, later.</p>\n';
    const error = catchDatasetError(() => readDatasetText(page, 'data'));
    expect(error.kind).toBe('html');
    expect(error.message).toBe('data came back as a web page (HTML), not as JSON.');
  });

  it('refuses a CSV whose header is not the format, as CSV rather than as JSON', () => {
    const error = catchDatasetError(() => readDatasetText('name,age\nAda,36\n', 'people.csv'));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain(
      'people.csv is not a valid dataset (CSV for format estimates/v1)',
    );
  });
});
