import { describe, expect, it } from 'vitest';
import { clampLines, wrapText } from './wrapText';

/** Ten points a character: easy widths to reason about. */
const measure = (text: string) => Array.from(text).length * 10;

describe('wrapText', () => {
  it('breaks at spaces, dropping them at the break', () => {
    expect(wrapText('Yonhap reported casualties in Kursk', 100, measure)).toEqual([
      'Yonhap',
      'reported',
      'casualties',
      'in Kursk',
    ]);
  });

  it('never lets a line overflow, cutting a word too long for any line', () => {
    const lines = wrapText('a Supercalifragilistic word', 100, measure);
    expect(lines).toEqual(['a', 'Supercalif', 'ragilistic', 'word']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it('breaks a URL after its separators, then anywhere', () => {
    expect(wrapText('https://example.org/news/2025/korea?id=19', 200, measure, true)).toEqual([
      'https://example.org/',
      'news/2025/korea?id=',
      '19',
    ]);
  });

  it('cuts between characters, never inside one', () => {
    // "e" and a combining acute accent are one character, and so is a family emoji.
    const word = 'Caf\u0065\u0301\u{1F468}\u200d\u{1F469}\u200d\u{1F467}xyz';
    const lines = wrapText(word, 40, measure);
    expect(lines.join('')).toBe(word);
    expect(lines).toContain('\u0065\u0301');
    expect(lines).toContain('\u{1F468}\u200d\u{1F469}\u200d\u{1F467}');
  });

  it('gives one empty line for empty text', () => {
    expect(wrapText('', 100, measure)).toEqual(['']);
  });
});

describe('clampLines', () => {
  it('ends the last kept line with an ellipsis that fits', () => {
    expect(clampLines(['one line', 'two lines', 'three'], 2, 90, measure)).toEqual([
      'one line',
      'two line\u2026',
    ]);
    expect(clampLines(['one', 'two'], 2, 90, measure)).toEqual(['one', 'two']);
  });
});
