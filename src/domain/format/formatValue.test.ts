import { describe, expect, it } from 'vitest';
import type { Qualifier, Value } from '../../data/schema/datasetSchema';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeMetric } from '../../testing/factories/makeDataset';
import {
  formatClaimFigure,
  formatCount,
  formatNumbers,
  formatRatio,
  formatValue,
  formatValueShort,
  formatWorking,
  lowerFirst,
} from './formatValue';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [300, '300'],
    [2700, '2,700'],
    [12_000_000, '12,000,000'],
    [1250.5, '1,251'],
  ])('%d -> %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});

describe('formatNumbers', () => {
  it('gives a best alone, a range alone, or a best with its range', () => {
    expect(formatNumbers({ best: 300 })).toBe('300');
    expect(formatNumbers({ low: 10000, high: 12000 })).toBe('10,000\u201312,000');
    expect(formatNumbers({ low: 900, best: 1250, high: 1600 })).toBe('1,250 (900\u20131,600)');
  });

  it('shows the best alone when only one end of a range is given', () => {
    expect(formatNumbers({ best: 11, low: 10 })).toBe('11');
  });
});

const qualifiers: [Qualifier | undefined, string, string][] = [
  [undefined, 'about 300', '300'],
  ['about', 'about 300', '300'],
  ['exactly', 'exactly 300', '300'],
  ['at-least', 'at least 300', '\u2265300'],
  ['more-than', 'more than 300', '>300'],
  ['up-to', 'up to 300', '\u2264300'],
  ['fewer-than', 'fewer than 300', '<300'],
];

describe('formatValue and formatValueShort', () => {
  it.each(qualifiers)('qualifier %s: "%s", short "%s"', (qualifier, long, short) => {
    const value: Value = qualifier ? { best: 300, qualifier } : { best: 300 };
    expect(formatValue(value)).toBe(long);
    expect(formatValueShort(value)).toBe(short);
  });

  it.each(qualifiers)('qualifier %s applies to a range too', (qualifier, long, short) => {
    const value: Value = qualifier
      ? { low: 10000, high: 12000, qualifier }
      : { low: 10000, high: 12000 };
    expect(formatValue(value)).toBe(long.replace('300', '10,000\u201312,000'));
    expect(formatValueShort(value)).toBe(short.replace('300', '10,000\u201312,000'));
  });

  it('gives a best with its range in words and in short', () => {
    const value: Value = { low: 900, best: 1250, high: 1600, qualifier: 'more-than' };
    expect(formatValue(value)).toBe('more than 1,250 (900\u20131,600)');
    expect(formatValueShort(value)).toBe('>1,250 (900\u20131,600)');
  });
});

describe('lowerFirst', () => {
  it.each([
    ['Killed', 'killed'],
    ['Casualties (killed and wounded)', 'casualties (killed and wounded)'],
    ['Troops sent to Russia', 'troops sent to Russia'],
    ['M1989 Koksan guns', 'M1989 Koksan guns'],
    ['KN-23 short-range ballistic missiles', 'KN-23 short-range ballistic missiles'],
    ['US troops', 'US troops'],
    ['170 mm guns', '170 mm guns'],
    ['', ''],
  ])('%j -> %j', (label, lowered) => {
    expect(lowerFirst(label)).toBe(lowered);
  });
});

describe('formatClaimFigure and formatWorking', () => {
  const killed = makeClaim({ value: { best: 300, qualifier: 'about' } });
  const wounded = makeClaim({
    metric: makeMetric({ id: 'wounded', label: 'Wounded' }),
    value: { best: 2700 },
  });

  it('says the figure with what it counts', () => {
    expect(formatClaimFigure(killed)).toBe('about 300 killed');
  });

  it('shows the working of a derived total', () => {
    const total = makeClaim({
      metric: makeMetric({ id: 'casualties', label: 'Casualties' }),
      value: { best: 3000, qualifier: 'about' },
      derivedFrom: [killed, wounded],
    });
    expect(formatWorking(total)).toBe(
      'about 300 killed + about 2,700 wounded = about 3,000 casualties',
    );
  });

  it('has no working for a stated claim', () => {
    expect(formatWorking(killed)).toBeUndefined();
  });
});

describe('formatRatio', () => {
  it.each([
    [3.333, '3.3x'],
    [1, '1.0x'],
    [9.94, '9.9x'],
    [10, '10x'],
    [12.4, '12x'],
    [12.5, '13x'],
  ])('%d -> %s', (ratio, text) => {
    expect(formatRatio(ratio)).toBe(text);
  });

  // Just below ten, one decimal would read "10.0x" where ten and above read "10x".
  it('rounds 9.96 to "10x", not "10.0x"', () => {
    expect(formatRatio(9.96)).toBe('10x');
  });
});
