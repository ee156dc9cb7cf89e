import { describe, expect, it } from 'vitest';
import type { Qualifier, Value } from '../../data/schema/datasetSchema';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeMetric } from '../../testing/factories/makeDataset';
import fc from 'fast-check';
import { arbitraryValue } from '../../testing/arbitrary/arbitraryDataset';
import { plain } from '../../testing/plain';
import { getQualifier } from '../claims/valueMath';
import { isolate } from './isolate';
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

  it('shows the one end of a range given with a best, in words or as a sign', () => {
    expect(formatNumbers({ best: 120000, high: 140000 })).toBe('120,000 (up to 140,000)');
    expect(formatNumbers({ best: 120000, low: 100000 })).toBe('120,000 (at least 100,000)');
    expect(formatNumbers({ best: 120000, high: 140000 }, true)).toBe('120,000 (\u2264140,000)');
    expect(formatNumbers({ best: 120000, low: 100000 }, true)).toBe('120,000 (\u2265100,000)');
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

describe('formatValue with the wording of the source', () => {
  it('adds the wording where it says more than the coded figure', () => {
    const value: Value = { best: 100, qualifier: 'at-least', text: 'several hundred' };
    expect(plain(formatValue(value))).toBe('at least 100, stated as \u201cseveral hundred\u201d');
    expect(formatValue(value)).toContain(isolate('several hundred'));
  });

  it('puts the wording after what is counted, in brackets', () => {
    const value: Value = { best: 1000, text: 'close to 1,000' };
    expect(plain(formatValue(value, { unit: 'wounded' }))).toBe(
      'about 1,000 wounded (stated as \u201cclose to 1,000\u201d)',
    );
  });

  it('leaves out wording that only repeats the figure, or is blank, or is not asked for', () => {
    expect(formatValue({ best: 300, text: 'About 300' })).toBe('about 300');
    expect(formatValue({ best: 1000, text: 'about 1000' })).toBe('about 1,000');
    expect(formatValue({ low: 10000, high: 12000, text: 'About 10,000 - 12,000' })).toBe(
      'about 10,000\u201312,000',
    );
    expect(plain(formatValue({ best: 1000, text: 'about 1000 or more' }))).toBe(
      'about 1,000, stated as \u201cabout 1000 or more\u201d',
    );
    expect(formatValue({ best: 300, text: '  ' })).toBe('about 300');
    expect(formatValue({ best: 300, text: 'some 300' }, { wording: false })).toBe('about 300');
  });
});

/** Each qualifier's words, as the table above writes them before "300". */
const qualifierWords = new Map(
  qualifiers.map(([q, long]) => [q ?? 'about', long.replace(/ 300$/, '')]),
);

describe('every part of a value, in every shape the format allows', () => {
  const values = arbitraryValue((maxLength) =>
    fc.string({ minLength: 1, maxLength: Math.min(maxLength, 20) }),
  );
  const numbersOf = (value: Value) =>
    [value.best, value.low, value.high].filter((n) => n !== undefined).map(formatCount);

  it('writes out every number, the qualifier and the wording', () => {
    fc.assert(
      fc.property(values, (value) => {
        const long = plain(formatValue(value));
        const short = formatValueShort(value);
        for (const number of numbersOf(value)) {
          expect(long).toContain(number);
          expect(short).toContain(number);
        }
        expect(long.startsWith(`${qualifierWords.get(getQualifier(value)) ?? '?'} `)).toBe(true);
        // The wording is left out only where it repeats the figure: the same digits, in order.
        const stated = value.text?.trim();
        const digits = (text: string) => text.replace(/\D/g, '');
        if (stated && !long.includes(`stated as \u201c${stated}\u201d`))
          expect(digits(stated)).toBe(digits(numbersOf(value).join(' ')));
      }),
    );
  });

  it('tells a lower end from an upper end when only one is given', () => {
    fc.assert(
      fc.property(values, (value) => {
        const long = formatValue(value, { wording: false });
        if (value.best !== undefined && value.low !== undefined && value.high === undefined)
          expect(long).toContain(`(at least ${formatCount(value.low)})`);
        if (value.best !== undefined && value.high !== undefined && value.low === undefined)
          expect(long).toContain(`(up to ${formatCount(value.high)})`);
      }),
    );
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
