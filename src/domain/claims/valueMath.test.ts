import { describe, expect, it } from 'vitest';
import type { Qualifier, Value } from '../../data/schema/datasetSchema';
import {
  getBounds,
  getCentral,
  getDirection,
  getQualifier,
  hasRange,
  sumValues,
} from './valueMath';

describe('qualifiers and directions', () => {
  it('defaults the qualifier to "about"', () => {
    expect(getQualifier({ best: 1 })).toBe('about');
    expect(getQualifier({ best: 1, qualifier: 'up-to' })).toBe('up-to');
  });

  it.each([
    ['about', 'point'],
    ['exactly', 'point'],
    ['at-least', 'floor'],
    ['more-than', 'floor'],
    ['up-to', 'ceiling'],
    ['fewer-than', 'ceiling'],
  ] as const)('%s is a %s', (qualifier, direction) => {
    expect(getDirection({ best: 1, qualifier })).toBe(direction);
  });
});

describe('getCentral, getBounds and hasRange', () => {
  it('uses the best, else the middle of the range', () => {
    expect(getCentral({ low: 900, best: 1250, high: 1600 })).toBe(1250);
    expect(getCentral({ low: 25000, high: 30000 })).toBe(27500);
  });

  it('falls back to the central figure at a missing end', () => {
    expect(getBounds({ best: 300 })).toEqual({ low: 300, high: 300 });
    expect(getBounds({ best: 11, low: 10 })).toEqual({ low: 10, high: 11 });
    expect(getBounds({ low: 10000, high: 12000 })).toEqual({ low: 10000, high: 12000 });
  });

  it('says whether either end of a range is given', () => {
    expect(hasRange({ best: 1 })).toBe(false);
    expect(hasRange({ best: 1, high: 2 })).toBe(true);
    expect(hasRange({ low: 1, high: 2 })).toBe(true);
  });
});

describe('sumValues', () => {
  const q = (best: number, qualifier?: Qualifier): Value =>
    qualifier ? { best, qualifier } : { best };

  it('adds bests', () => {
    expect(sumValues([q(300, 'about'), q(2700, 'about')])).toEqual({
      best: 3000,
      qualifier: 'about',
    });
  });

  it('adds ranges low to low and high to high', () => {
    expect(
      sumValues([
        { low: 100, best: 150, high: 200 },
        { low: 1000, best: 1500, high: 2000 },
      ]),
    ).toEqual({ best: 1650, low: 1100, high: 2200, qualifier: 'about' });
  });

  it('counts the best of a part without a range at both ends', () => {
    expect(sumValues([{ low: 100, high: 200 }, q(50)])).toEqual({
      low: 150,
      high: 250,
      qualifier: 'about',
    });
    expect(sumValues([{ low: 100, best: 150, high: 200 }, q(50)])).toEqual({
      best: 200,
      low: 150,
      high: 250,
      qualifier: 'about',
    });
  });

  it.each([
    [['at-least', 'at-least'], 'at-least'],
    [['at-least', 'exactly'], 'at-least'],
    [['more-than', 'at-least'], 'more-than'],
    [['more-than', 'exactly'], 'more-than'],
    [['at-least', 'about'], 'at-least'],
    [['more-than', undefined], 'at-least'],
    [['more-than', 'about'], 'at-least'],
    [['up-to', 'up-to'], 'up-to'],
    [['up-to', 'exactly'], 'up-to'],
    [['fewer-than', 'up-to'], 'fewer-than'],
    [['up-to', 'about'], 'up-to'],
    [['fewer-than', 'exactly'], 'fewer-than'],
    [['at-least', 'up-to'], 'about'],
    [['more-than', 'fewer-than'], 'about'],
    [['exactly', 'exactly'], 'exactly'],
    [['exactly', 'about'], 'about'],
    [['about', 'about'], 'about'],
  ] as const)('%j sum to a figure qualified %s', (qualifiers, expected) => {
    const sum = sumValues(qualifiers.map((qualifier) => q(10, qualifier)));
    expect(sum).toEqual({ best: 20, qualifier: expected });
  });

  it('never changes the values it adds', () => {
    const parts: Value[] = [{ best: 1, low: 0, high: 2 }, { best: 3 }];
    const copy = structuredClone(parts);
    sumValues(parts);
    expect(parts).toEqual(copy);
  });
});
