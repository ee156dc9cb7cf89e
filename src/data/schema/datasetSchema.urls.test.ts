import { describe, expect, it } from 'vitest';
import { makeDataset, withValue } from '../../testing/factories/makeDataset';
import { expectProblemAt, problemLines, problemsOf } from '../../testing/problems';

const at = ['citations', 0, 'url'] as const;
const withUrl = (url: unknown) => withValue(makeDataset(), at, url);

describe('citation URLs', () => {
  it.each([
    'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=190275',
    'https://example.org',
    'https://example.org/a/b?c=d#e',
    'HTTPS://EXAMPLE.ORG/',
    'https://example.org/path%20with%20escapes',
  ])('accepts %s', (url) => {
    expect(problemLines(withUrl(url))).toEqual([]);
  });

  it('may be left out', () => {
    const { url: _url, ...citation } = makeDataset().citations[0] ?? { url: '' };
    expect(problemLines(withValue(makeDataset(), ['citations', 0], citation))).toEqual([]);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'ftp://example.org/file',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.org',
    'file:///etc/passwd',
    '/relative/path',
    '//example.org/protocol-relative',
    'example.org/no-scheme',
    'https://',
    'https://exa mple.org',
    ' https://example.org',
  ])('refuses %j', (url) => {
    const problems = problemsOf(withUrl(url));
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems.map((p) => p.path))).toEqual(new Set(['citations[0].url']));
    expect(problems[0]?.message).toContain('must be an absolute http: or https: URL');
  });

  it('refuses a URL over 2,048 characters', () => {
    const url = `https://example.org/${'x'.repeat(2048 - 20 + 1)}`;
    expect(url).toHaveLength(2049);
    expectProblemAt(withUrl(url), 'citations[0].url', 'is too long: 2049 characters, at most 2048');
  });

  it('refuses a URL that is not a string', () => {
    expectProblemAt(withUrl(42), 'citations[0].url', 'must be a string');
  });

  // One malformed URL gives one problem, not one per check.
  it.each(['/relative/path', 'example.org/no-scheme', 'https://', 'https://exa mple.org'])(
    'refuses %j with one message, not two',
    (url) => {
      expect(problemsOf(withUrl(url))).toHaveLength(1);
    },
  );
});

describe('citation URLs that pass the pattern but cannot be parsed', () => {
  it('refuses "http://[::1", an IPv6 host left unclosed, as not well-formed', () => {
    expect(URL.canParse('http://[::1')).toBe(false);
    expect(problemsOf(withUrl('http://[::1'))).toEqual([
      { path: 'citations[0].url', message: 'must be a well-formed URL' },
    ]);
  });

  it('accepts a closed IPv6 host', () => {
    expect(problemLines(withUrl('http://[::1]/report'))).toEqual([]);
  });
});
