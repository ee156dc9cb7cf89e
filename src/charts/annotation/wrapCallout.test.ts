import { describe, expect, it } from 'vitest';
import { measureText } from '../../lib/measureText';
import { longestCallout } from '../../testing/factories/makeCharts';
import { makeChartStyle } from '../chartStyle';
import { wrapCallout } from './wrapCallout';

const style = makeChartStyle().annotation;
const words = (lines: readonly string[]) => lines.join(' ').split(' ');

describe('wrapCallout', () => {
  it('sets the longest callout on at most three lines, every word whole and in order', () => {
    const texts = wrapCallout(longestCallout, style, measureText, 600);
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) {
      expect(text.lines.length).toBeLessThanOrEqual(3);
      expect(words(text.lines)).toEqual(longestCallout.split(' '));
      expect(text.width).toBeLessThanOrEqual(600);
      expect(text.height).toBe(text.lines.length * style.lineHeight);
    }
  });

  it('offers first the fewest lines within a measure of about 30 characters', () => {
    const [first, ...rest] = wrapCallout(longestCallout, style, measureText, 600);
    expect(first?.lines).toHaveLength(3);
    expect(first?.width).toBeLessThanOrEqual(16 * style.size);
    // The other ways: fewer, wider lines.
    expect(rest.map((text) => text.lines.length).sort()).toEqual([1, 2]);
  });

  it('keeps a short callout on one line', () => {
    expect(wrapCallout('Highest', style, measureText, 600).map((t) => t.lines)).toEqual([
      ['Highest'],
    ]);
  });

  it('balances the lines rather than filling the first', () => {
    const texts = wrapCallout('one two three four five six', style, measureText, 600);
    const two = texts.find((text) => text.lines.length === 2);
    const widths = two?.lines.map((line) => measureText(line, style)) ?? [];
    expect(widths).toHaveLength(2);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(measureText('three', style));
  });

  it('takes more lines where the room is too narrow for three, and drops no word', () => {
    const [only, ...none] = wrapCallout(longestCallout, style, measureText, 90);
    expect(none).toEqual([]);
    expect(only?.lines.length).toBeGreaterThan(3);
    expect(words(only?.lines ?? [])).toEqual(longestCallout.split(' '));
    for (const line of only?.lines ?? []) expect(measureText(line, style)).toBeLessThanOrEqual(90);
  });
});
