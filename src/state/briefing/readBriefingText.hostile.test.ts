import { describe, expect, it } from 'vitest';
import { BriefingError } from './BriefingError';
import { readBriefingText } from './readBriefingText';

const fingerprint = 'ab'.repeat(32);
const slide = (link: string) => ({ link });
const fileWith = (overrides: Record<string, unknown> = {}) => ({
  format: 'briefing/v1',
  title: 'Hostile',
  dataset: { id: 'test-dataset', fingerprint },
  slides: [slide('?view=compare')],
  ...overrides,
});
const valid = JSON.stringify(fileWith());

function catchBriefingError(run: () => unknown): BriefingError {
  try {
    run();
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error('expected a BriefingError');
}

const errorOf = (text: string) => catchBriefingError(() => readBriefingText(text, 'hostile.json'));
const linesOf = (value: unknown) =>
  errorOf(JSON.stringify(value)).problems.map((p) => `${p.path}: ${p.message}`);
const linkLines = (link: string) => linesOf(fileWith({ slides: [slide(link)] }));

describe('hostile briefing text', () => {
  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses a "%s" key as unknown, and changes no prototype',
    (key) => {
      const fragment = `"${key}": {"polluted": true, "toString": 1},`;
      const unknown = 'unknown key: format v1 has no such field (a typo?)';
      expect(errorOf(valid.replace('{', `{${fragment}`)).problems).toEqual([
        { path: key, message: unknown },
      ]);
      const nested = valid.replace('"slides":[{', `"slides":[{${fragment}`);
      expect(errorOf(nested).problems).toEqual([{ path: `slides[0].${key}`, message: unknown }]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype.toString.call({})).toBe('[object Object]');
    },
  );

  it('refuses a file over 1 MB before reading it, saying how large it is', () => {
    const huge = JSON.stringify(fileWith({ title: 'A'.repeat(2_000_000) }));
    const error = errorOf(huge);
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('hostile.json is 2.0 MB, more than the 1.0 MB a briefing may be.');
  });

  it('counts bytes, not characters: 400,000 three-byte characters are too many', () => {
    const error = errorOf(JSON.stringify(fileWith({ title: '\u20ac'.repeat(400_000) })));
    expect(error.kind).toBe('too-large');
  });

  it('refuses a long string under the size limit with a short message', () => {
    const lines = linesOf(fileWith({ title: 'A'.repeat(900_000) }));
    expect(lines).toEqual(['title: is too long: 900000 characters, at most 100']);
  });

  it('refuses deep nesting where a value belongs, without recursing into it', () => {
    const depth = 400_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(errorOf(valid.replace('"title":"Hostile"', `"title":${deep}`)).problems).toEqual([
      { path: 'title', message: 'must be a string (got an array)' },
    ]);
    expect(errorOf(deep).kind).toBe('invalid');
  });

  it('refuses 10,000 slides with one problem, not one per slide', () => {
    const slides = Array.from({ length: 10_000 }, () => slide('?view=compare'));
    expect(linesOf(fileWith({ slides }))).toEqual(['slides: has too many items: at most 60']);
  });

  it.each([
    [1, 'title: must be a string (got number 1)'],
    [null, 'title: must be a string (got null)'],
    [['a'], 'title: must be a string (got an array)'],
    [{ text: 'a' }, 'title: must be a string (got an object)'],
  ])('refuses a title of the wrong type: %j', (title, line) => {
    expect(linesOf(fileWith({ title }))).toEqual([line]);
  });

  it('refuses slides, links and a dataset of the wrong type', () => {
    expect(linesOf(fileWith({ slides: {} }))).toEqual(['slides: must be an array (got an object)']);
    expect(linesOf(fileWith({ slides: ['?view=compare'] }))).toEqual([
      'slides[0]: must be an object (got string "?view=compare")',
    ]);
    expect(linesOf(fileWith({ slides: [{ link: 42 }] }))).toEqual([
      'slides[0].link: must be a string (got number 42)',
    ]);
    expect(linesOf(fileWith({ dataset: 'test-dataset' }))).toEqual([
      'dataset: must be an object (got string "test-dataset")',
    ]);
  });

  it('refuses control characters and line breaks in a title or a name', () => {
    const oneLine = 'must be one line: no line breaks, tabs or control characters';
    expect(linesOf(fileWith({ title: 'A\u0000B' }))).toEqual([
      `title: ${oneLine} (got "A\\u0000B")`,
    ]);
    // A paragraph separator is shown as its escape: it would break the message's line.
    expect(linesOf(fileWith({ slides: [{ name: 'A\u2028B', link: '?view=compare' }] }))).toEqual([
      `slides[0].name: ${oneLine} (got "A\\u2028B")`,
    ]);
  });

  it('keeps markup and template syntax in a title as the text it is', () => {
    const title = '<img src=x onerror=alert(1)>{{7*7}}';
    expect(readBriefingText(JSON.stringify(fileWith({ title })), 'x.json').briefing.title).toBe(
      title,
    );
  });

  it.each([
    ['javascript:alert(1)', 'must be a view link: a query string starting with "?"'],
    ['data:text/html,<script>alert(1)</script>', 'must be a view link'],
    ['https://evil.example/?view=compare', 'must be a view link'],
    ['//evil.example/?view=compare', 'must be a view link'],
    ['?view=compare\u0000', 'must not contain spaces, line breaks or control characters'],
    ['?view=compare&dataset=https://evil.example/x.json', 'must not name a dataset'],
    ['?view=compare&dataset=imported:other', 'must not name a dataset'],
    ['?view=compare&fp=4185c6', 'must not name a dataset'],
  ])('refuses the link %j', (link, message) => {
    const lines = linkLines(link);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`slides[0].link: ${message}`);
  });

  it('refuses a dataset named in a way only a URL decoder sees', () => {
    expect(linkLines('?view=compare&%64ataset=/x.json')).toEqual([
      'slides[0].link: must not name a dataset (dataset= or fp=): a briefing shows the dataset it belongs to',
    ]);
  });

  it('refuses a link that only hides markup in its values, as the view would', () => {
    expect(linkLines('?view=compare&claimants=%3Cscript%3E')).toEqual([
      'slides[0].link: Ignored claimants that are not ids: <script>.',
    ]);
    // A title is the briefer's words: markup is kept as text, shown as text.
    const link = '?view=compare&title=%3Cb%3Ehi%3C%2Fb%3E';
    const file = readBriefingText(JSON.stringify(fileWith({ slides: [slide(link)] })), 'x.json');
    expect(file.briefing.slides[0]?.link).toBe(link);
  });
});
