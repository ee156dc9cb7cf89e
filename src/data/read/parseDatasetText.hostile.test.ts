import { describe, expect, it } from 'vitest';
import { catchDatasetError } from '../../testing/catchDatasetError';
import { makeDataset } from '../../testing/factories/makeDataset';
import { parseDatasetText } from './parseDatasetText';

/** Dataset text with `fragment` spliced into the JSON of a valid dataset at `marker`. */
const valid = JSON.stringify(makeDataset());
const splice = (marker: string, fragment: string) => {
  expect(valid).toContain(marker);
  return valid.replace(marker, `${marker}${fragment}`);
};

const problemLinesOf = (text: string) =>
  catchDatasetError(() => parseDatasetText(text, 'hostile.json')).problems.map(
    (p) => `${p.path}: ${p.message}`,
  );

describe('hostile dataset text', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses a "%s" key as unknown, and changes no prototype',
    (key) => {
      const fragment = `"${key}": {"polluted": true, "toString": 1},`;
      const top = problemLinesOf(splice('{', fragment));
      const unknown = 'unknown key: format v1 has no such field (a typo?)';
      expect(top).toEqual([`${key}: ${unknown}`]);
      const nested = problemLinesOf(splice('"value":{', fragment));
      expect(nested).toEqual([`estimates[0].value.${key}: ${unknown}`]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
      expect(Object.prototype.toString.call({})).toBe('[object Object]');
    },
  );

  it('refuses a 10 MB string with a short message that does not repeat it', () => {
    const huge = 'A'.repeat(10_000_000);
    const lines = problemLinesOf(JSON.stringify({ ...makeDataset(), title: huge }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^title: /);
    expect(lines[0]?.length).toBeLessThan(200);
  });

  it('refuses deep nesting where a value belongs, without recursing into it', () => {
    const depth = 100_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(problemLinesOf(splice('"title":"Test dataset",', `"x":${deep},`))).toEqual([
      'x: unknown key: format v1 has no such field (a typo?)',
    ]);
    const lines = problemLinesOf(splice('"title":"Test dataset",', `"description":${deep},`));
    expect(lines).toEqual(['description: must be a string (got an array)']);
    const nothingButDepth = catchDatasetError(() => parseDatasetText(deep, 'deep.json'));
    expect(nothingButDepth.kind).toBe('invalid');
  });

  it.each([
    ['1e308', 'must be at most 9007199254740991 (got 1e+308)'],
    ['1e400', 'must be a number (got a number too large to hold)'],
    ['-1e400', 'must be a number (got a negative number too large to hold)'],
    ['300.5', 'must be a whole number (got 300.5)'],
    ['-1', 'must be at least 0 (got -1)'],
    ['"NaN"', 'must be a number (got string "NaN")'],
    ['"Infinity"', 'must be a number (got string "Infinity")'],
    ['"300"', 'must be a number (got string "300")'],
    ['null', 'must be a number (got null)'],
  ])('refuses best = %s', (best, message) => {
    const text = valid.replace('"best":300', `"best":${best}`);
    expect(text).not.toBe(valid);
    const [line] = problemLinesOf(text);
    expect(line).toMatch(/^estimates\[0\]\.value\.best: /);
    expect(line).toContain(message);
  });

  it('reads -0 as 0, which is what it means', () => {
    const dataset = parseDatasetText(valid.replace('"best":300', '"best":-0'), 'x.json');
    expect(Object.is(dataset.estimates[0]?.value.best, 0)).toBe(true);
  });

  it('keeps markup, template syntax and control characters as the text they are', () => {
    const title = '<img src=x onerror=alert(1)>{{7*7}}${7*7}\u202E\u0000';
    const dataset = parseDatasetText(JSON.stringify({ ...makeDataset(), title }), 'x.json');
    expect(dataset.title).toBe(title);
  });

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>',
    'file:///etc/passwd',
    '//evil.example/x',
  ])('refuses a citation link to %s', (url) => {
    const text = JSON.stringify({
      ...makeDataset(),
      citations: makeDataset().citations.map((c) => ({ ...c, url })),
    });
    expect(problemLinesOf(text)[0]).toMatch(
      /^citations\[0\]\.url: must be an absolute http: or https: URL/,
    );
  });
});
