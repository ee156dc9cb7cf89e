import { describe, expect, it } from 'vitest';
import { makeChartStyle } from '../chartStyle';
import { ellipsize, wrapText } from './wrapText';

// One pixel per character keeps the arithmetic visible.
const measure = (text: string) => text.length;
const style = makeChartStyle().note;

describe('wrapText', () => {
  it('breaks between words, never beyond the width', () => {
    expect(wrapText('South Korea NIS said about 300 killed', 16, style, measure)).toEqual([
      'South Korea NIS',
      'said about 300',
      'killed',
    ]);
  });

  it('cuts a word longer than a line instead of letting it overflow', () => {
    const lines = wrapText('see https://example.org/a/very/long/path', 12, style, measure);
    expect(lines.every((line) => line.length <= 12)).toBe(true);
    expect(lines.join('')).toBe('seehttps://example.org/a/very/long/path');
  });

  it('keeps every word when no line limit is given', () => {
    const text = 'one two three four five six seven eight nine ten';
    expect(wrapText(text, 9, style, measure).join(' ')).toBe(text);
  });

  it('ends with an ellipsis only when told to stop at a number of lines', () => {
    expect(wrapText('alpha beta gamma delta', 11, style, measure, 1)).toEqual(['alpha beta\u2026']);
  });

  it('gives no lines for blank text', () => {
    expect(wrapText('   ', 10, style, measure)).toEqual([]);
  });
});

describe('ellipsize', () => {
  it('leaves text that fits alone', () => {
    expect(ellipsize('Zelensky', 8, style, measure)).toBe('Zelensky');
  });

  it('shortens text that does not fit, ellipsis included in the width', () => {
    expect(ellipsize('Ukraine HUR (Budanov)', 10, style, measure)).toBe('Ukraine H\u2026');
  });
});
