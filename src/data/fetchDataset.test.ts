import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { acceptanceFixtureUrl } from '../testing/loadJson';
import { makeDataset, withValue } from '../testing/makeDataset';
import { DatasetError, type DatasetErrorKind } from './datasetErrors';
import { parseDatasetText, resolveDatasetUrl } from './fetchDataset';

/** The DatasetError `run` throws; fails the test if it throws something else or nothing. */
function catchDatasetError(run: () => unknown): DatasetError {
  try {
    run();
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

const validText = JSON.stringify(makeDataset());

describe('parseDatasetText', () => {
  it('returns the dataset of valid text', () => {
    expect(parseDatasetText(validText, 'data.json')).toEqual(makeDataset());
  });

  it('strips a byte-order mark', () => {
    expect(parseDatasetText(`\uFEFF${validText}`, 'data.json')).toEqual(makeDataset());
  });

  it('refuses text that is not JSON with kind "not-json", naming the path', () => {
    const error = catchDatasetError(() => parseDatasetText('{"format": ', 'broken.json'));
    expect(error.kind).toBe('not-json');
    expect(error.path).toBe('broken.json');
    expect(error.message).toMatch(/^broken\.json is not valid JSON: .+\.$/);
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(error.problems).toEqual([]);
  });

  it('refuses empty text as not JSON', () => {
    expect(catchDatasetError(() => parseDatasetText('', 'empty.json')).kind).toBe('not-json');
  });

  it('says an HTML page looks like HTML', () => {
    const html = readFileSync(acceptanceFixtureUrl('not-json.json'), 'utf8');
    const error = catchDatasetError(() => parseDatasetText(html, 'not-json.json'));
    expect(error.kind).toBe('not-json');
    expect(error.message).toBe(
      'not-json.json is not valid JSON: it looks like a web page (HTML), not JSON.',
    );
    const indented = catchDatasetError(() => parseDatasetText('\n  <html></html>', 'x.json'));
    expect(indented.message).toContain('it looks like a web page (HTML)');
  });

  it('refuses an invalid dataset with kind "invalid" and every problem', () => {
    const text = JSON.stringify(withValue(makeDataset(), ['estimates', 1, 'source'], 'nobody'));
    const error = catchDatasetError(() => parseDatasetText(text, 'bad.json'));
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('bad.json is not a valid dataset (format estimates/v1): 1 problem.');
    expect(error.problems).toEqual([
      { path: 'estimates[1].source', message: 'unknown source "nobody": no sources[].id has it' },
    ]);
  });

  it('counts problems in the plural', () => {
    const text = readFileSync(acceptanceFixtureUrl('bad-range.json'), 'utf8');
    const error = catchDatasetError(() => parseDatasetText(text, 'bad-range.json'));
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe(
      `bad-range.json is not a valid dataset (format estimates/v1): ${error.problems.length} problems.`,
    );
    expect(error.problems.map((p) => p.path)).toContain('estimates[1].value.low');
  });

  it('refuses JSON that is not an object as invalid, not as not-json', () => {
    const error = catchDatasetError(() => parseDatasetText('[]', 'list.json'));
    expect(error.kind).toBe('invalid');
    expect(error.problems.map((p) => p.path)).toEqual(['(dataset)']);
  });
});

describe('resolveDatasetUrl', () => {
  it.each([
    ['./north-korea-russia-2024-2025.json', 'http://localhost/north-korea-russia-2024-2025.json'],
    ['/__acceptance__/generic.json', 'http://localhost/__acceptance__/generic.json'],
    ['data/x.json?v=2', 'http://localhost/data/x.json?v=2'],
    ['http://localhost/x.json', 'http://localhost/x.json'],
  ])('resolves the same-origin path %s', (path, href) => {
    expect(resolveDatasetUrl(path).href).toBe(href);
  });

  it.each([
    'https://evil.example/data.json',
    '//evil.example/data.json',
    'http://localhost:8080/data.json',
    'https://localhost/data.json',
    'javascript:alert(1)',
    'data:application/json,{}',
    'file:///etc/passwd',
  ])('refuses %s with kind "origin"', (path) => {
    const error = catchDatasetError(() => resolveDatasetUrl(path));
    expect(error.kind).toBe('origin');
    expect(error.path).toBe(path);
    expect(error.message).toBe(
      `Only datasets from this site can be opened; "${path}" points elsewhere.`,
    );
  });

  it('refuses a path that is not a URL at all with kind "origin"', () => {
    const error = catchDatasetError(() => resolveDatasetUrl('http://['));
    expect(error.kind).toBe('origin');
    expect(error.message).toBe('"http://[" is not a path to a dataset.');
  });
});

describe('DatasetError', () => {
  it('is an Error named DatasetError, with no problems unless given', () => {
    const error = new DatasetError('network', 'x.json', 'Could not reach the server.');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DatasetError');
    expect(error.problems).toEqual([]);
    expect(error.status).toBeUndefined();
  });

  it.each([
    ['network', undefined, true],
    ['http', 500, true],
    ['http', 503, true],
    ['http', 404, false],
    ['http', 400, false],
    ['http', undefined, false],
    ['not-json', undefined, false],
    ['too-large', undefined, false],
    ['invalid', undefined, false],
    ['origin', undefined, false],
  ] as const)('kind %s, status %s: retryable is %s', (kind, status, retryable) => {
    const details = status === undefined ? {} : { status };
    const error = new DatasetError(kind satisfies DatasetErrorKind, 'x.json', 'm', details);
    expect(error.retryable).toBe(retryable);
  });
});
