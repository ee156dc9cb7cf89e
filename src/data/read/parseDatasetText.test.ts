import { describe, expect, it } from 'vitest';
import { catchDatasetError } from '../../testing/catchDatasetError';
import { makeDataset, withValue } from '../../testing/factories/makeDataset';
import { formatBytes } from '../formatBytes';
import { parseDatasetText } from './parseDatasetText';

const validText = JSON.stringify(makeDataset());

describe('parseDatasetText', () => {
  it('returns the dataset of valid text', () => {
    expect(parseDatasetText(validText, 'data.json')).toEqual(makeDataset());
  });

  it('strips a byte-order mark', () => {
    expect(parseDatasetText(`\uFEFF${validText}`, 'data.json')).toEqual(makeDataset());
  });

  it('refuses text that is not JSON with kind "not-json", naming the path', () => {
    const error = catchDatasetError(() => parseDatasetText('{"format": 1,}', 'broken.json'));
    expect(error.kind).toBe('not-json');
    expect(error.path).toBe('broken.json');
    expect(error.message).toMatch(/^broken\.json is not valid JSON: .+\.$/);
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(error.problems).toEqual([]);
  });

  it.each(['', '   \n', '\uFEFF'])('refuses empty text %j as empty', (text) => {
    const error = catchDatasetError(() => parseDatasetText(text, 'empty.json'));
    expect(error.kind).toBe('not-json');
    expect(error.message).toBe('empty.json is empty: a dataset is a JSON document.');
  });

  it('tells a web page from JSON, by its text or by its content type', () => {
    // What a misconfigured server sends for a file it does not have: its own page.
    const html = '<!doctype html>\n<html lang="en"><head><title>Not found</title></head></html>\n';
    const error = catchDatasetError(() => parseDatasetText(html, 'not-json.json'));
    expect(error.kind).toBe('html');
    expect(error.message).toBe('not-json.json came back as a web page (HTML), not as JSON.');
    const labelled = catchDatasetError(() =>
      parseDatasetText('\n  <html></html>', 'x.json', 'text/html; charset=utf-8'),
    );
    expect(labelled.message).toBe(
      'x.json came back as a web page (HTML) (sent as text/html), not as JSON.',
    );
    const unlabelled = catchDatasetError(() =>
      parseDatasetText('Not found', 'x.json', 'text/html'),
    );
    expect(unlabelled.kind).toBe('html');
  });

  it('tells a file cut off part-way from one that is wrong', () => {
    const cut = validText.slice(0, Math.floor(validText.length / 2));
    const error = catchDatasetError(() => parseDatasetText(cut, 'cut.json'));
    expect(error.kind).toBe('truncated');
    expect(error.retryable).toBe(true);
    expect(error.message).toBe(
      `cut.json stops part-way: its JSON ends before every object and list is closed, after ${cut.length.toLocaleString('en-GB')} characters.`,
    );
  });

  it('accepts valid JSON whatever content type the server gave it', () => {
    for (const type of ['text/plain', 'application/octet-stream', 'text/html', null]) {
      expect(parseDatasetText(validText, 'data.json', type)).toEqual(makeDataset());
    }
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
    const crossed = { low: 700, best: 650, high: 600 };
    const text = JSON.stringify(withValue(makeDataset(), ['estimates', 1, 'value'], crossed));
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

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1000, '1.0 kB'],
    [123_456, '123.5 kB'],
    [50_000_000, '50.0 MB'],
  ])('%d bytes read as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
