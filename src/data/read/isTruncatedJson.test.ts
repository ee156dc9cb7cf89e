import { describe, expect, it } from 'vitest';
import { isTruncatedJson } from './isTruncatedJson';

describe('isTruncatedJson', () => {
  const whole = JSON.stringify({ a: [1, 2, { b: 'x "quoted" } ] { [' }], c: '\\' });

  it('finds every cut of a document short of its end', () => {
    for (let cut = 1; cut < whole.length; cut += 1) {
      expect(isTruncatedJson(whole.slice(0, cut)), whole.slice(0, cut)).toBe(true);
    }
  });

  it('does not call a whole document, or one with a mistake, truncated', () => {
    expect(isTruncatedJson(whole)).toBe(false);
    expect(isTruncatedJson('{"a": 1,}')).toBe(false);
    expect(isTruncatedJson('{"a": 1}}')).toBe(false);
    expect(isTruncatedJson("{'a': 1}")).toBe(false);
    expect(isTruncatedJson('')).toBe(false);
  });

  it('is not fooled by brackets and escaped quotes inside strings', () => {
    expect(isTruncatedJson('{"a": "}]"')).toBe(true);
    expect(isTruncatedJson('["\\"]"]')).toBe(false);
    expect(isTruncatedJson('["\\\\"]')).toBe(false);
  });
});
