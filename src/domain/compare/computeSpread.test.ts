import { describe, expect, it } from 'vitest';
import type { Value } from '../../data/schema/datasetSchema';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeMetric, makeSource } from '../../testing/factories/makeDataset';
import { computeMedian, computeSpread } from './computeSpread';
import { describeMedian, describeSpread, describeSpreadGap } from './describeSpread';
import { suggestAsOf } from './suggestAsOf';

const claim = (id: string, value: Value, asOf = '2025-01-10') =>
  makeClaim({ id, value, asOf, source: makeSource({ id, name: id }) });

describe('computeSpread', () => {
  it('gives the lowest and highest figures, their ratio and how far apart their dates are', () => {
    const low = claim('low', { best: 1200 }, '2025-01');
    const high = claim('high', { best: 4000 }, '2025-01-09');
    const spread = computeSpread([high, claim('mid', { best: 3000 }), low]);
    expect(spread?.lowest).toBe(low);
    expect(spread?.highest).toBe(high);
    expect(spread?.ratio).toBeCloseTo(4000 / 1200);
    expect(spread?.daysApart).toBe(8);
  });

  it('never takes a floor as the lowest figure', () => {
    const floor = claim('floor', { best: 300, qualifier: 'at-least' });
    const more = claim('more', { best: 250, qualifier: 'more-than' });
    const spread = computeSpread([
      floor,
      more,
      claim('a', { best: 1200 }),
      claim('b', { best: 4000 }),
    ]);
    expect(spread?.lowest.id).toBe('a');
    expect(spread?.highest.id).toBe('b');
  });

  it('takes a floor as the highest figure where it is the highest', () => {
    const floor = claim('floor', { best: 6000, qualifier: 'more-than' });
    expect(computeSpread([claim('a', { best: 1200 }), floor])?.highest).toBe(floor);
  });

  it('never takes a ceiling as the highest figure', () => {
    const ceiling = claim('ceiling', { best: 9000, qualifier: 'up-to' });
    const fewer = claim('fewer', { best: 8000, qualifier: 'fewer-than' });
    const spread = computeSpread([
      ceiling,
      fewer,
      claim('a', { best: 1200 }),
      claim('b', { best: 4000 }),
    ]);
    expect(spread?.highest.id).toBe('b');
    expect(spread?.lowest.id).toBe('a');
  });

  it('ranks a range by its middle', () => {
    const spread = computeSpread([
      claim('range', { low: 900, high: 1100 }),
      claim('b', { best: 3000 }),
    ]);
    expect(spread?.lowest.id).toBe('range');
    expect(spread?.ratio).toBe(3);
  });

  it('has no ratio when the lowest figure is 0', () => {
    const spread = computeSpread([claim('zero', { best: 0 }), claim('b', { best: 10 })]);
    expect(spread?.lowest.id).toBe('zero');
    expect(spread?.ratio).toBeUndefined();
  });

  it('is undefined with fewer than two figures that qualify', () => {
    expect(computeSpread([])).toBeUndefined();
    expect(computeSpread([claim('a', { best: 1 })])).toBeUndefined();
    const floor = claim('floor', { best: 5000, qualifier: 'at-least' });
    const ceiling = claim('ceiling', { best: 100, qualifier: 'up-to' });
    expect(computeSpread([floor, claim('a', { best: 3000, qualifier: 'up-to' })])?.lowest.id).toBe(
      'a',
    );
    expect(computeSpread([ceiling, claim('b', { best: 50, qualifier: 'up-to' })])).toBeUndefined();
  });

  it('states the ratio as a bound when the lowest figure is a ceiling ("up to 1,000")', () => {
    const ceiling = claim('ceiling', { best: 1000, qualifier: 'up-to' });
    const point = claim('point', { best: 3000, qualifier: 'about' });
    const spread = computeSpread([ceiling, point]);
    expect(spread?.lowest).toBe(ceiling);
    expect(spread?.highest).toBe(point);
    expect(spread?.ratio).toBe(3);
    expect(spread?.ratioIsFloor).toBe(true);
    const metric = makeMetric();
    expect(spread && describeSpread(spread, metric)).toContain(', at least 3.0x apart.');
  });

  it('states the ratio plainly when both ends are points', () => {
    const spread = computeSpread([claim('a', { best: 1000 }), claim('b', { best: 3000 })]);
    expect(spread?.ratioIsFloor).toBe(false);
  });

  it('has no spread when a ceiling lies above a floor (up to 5,000 and at least 100)', () => {
    // The only candidate for lowest is the ceiling, for highest the floor: 100 / 5,000 would
    // read as a spread of 0.02x.
    const ceiling = claim('ceiling', { best: 5000, qualifier: 'up-to' });
    const floor = claim('floor', { best: 100, qualifier: 'at-least' });
    expect(computeSpread([ceiling, floor])).toBeUndefined();
    expect(computeSpread([floor, ceiling])).toBeUndefined();
  });

  it('compares a ceiling below a floor as a bound (up to 100 and more than 5,000: at least 50x)', () => {
    const ceiling = claim('ceiling', { best: 100, qualifier: 'up-to' });
    const floor = claim('floor', { best: 5000, qualifier: 'more-than' });
    const spread = computeSpread([floor, ceiling]);
    expect(spread?.lowest).toBe(ceiling);
    expect(spread?.highest).toBe(floor);
    expect(spread?.ratio).toBe(50);
    expect(spread?.ratioIsFloor).toBe(true);
  });

  it('keeps the earlier of two equal figures', () => {
    const spread = computeSpread([
      claim('a', { best: 10 }),
      claim('b', { best: 10 }),
      claim('c', { best: 20 }),
    ]);
    expect(spread?.lowest.id).toBe('a');
  });
});

describe('computeSpread on mixes of bounds: one rule for every statistic', () => {
  it('leaves floors out of the median, which counts only figures given as numbers', () => {
    const spread = computeSpread([
      claim('us', { best: 1200 }),
      claim('kirby', { best: 36, qualifier: 'at-least' }),
      claim('pentagon', { best: 300, qualifier: 'at-least' }),
      claim('nis', { best: 3000 }),
      claim('zelensky', { best: 4000 }),
    ]);
    expect(spread?.lowest.id).toBe('us');
    expect(spread?.highest.id).toBe('zelensky');
    expect(spread?.median).toBe(3000);
    expect(spread?.medianCount).toBe(3);
    expect(spread?.count).toBe(5);
    expect(spread && describeMedian(spread)).toBe(
      'the median of 3 figures given as numbers (2 bounds left out) is 3,000',
    );
  });

  it('leaves ceilings out of the median too, and counts a range by its middle', () => {
    const spread = computeSpread([
      claim('ceiling', { best: 500, qualifier: 'up-to' }),
      claim('range', { low: 900, high: 1600 }),
      claim('point', { best: 2000, qualifier: 'exactly' }),
      claim('floor', { best: 2500, qualifier: 'more-than' }),
    ]);
    expect(spread?.lowest.id).toBe('ceiling');
    expect(spread?.highest.id).toBe('floor');
    expect(spread?.ratioIsFloor).toBe(true);
    expect(spread?.median).toBe((1250 + 2000) / 2);
    expect(spread?.medianCount).toBe(2);
  });

  it('has no median when every figure is a bound, and says so', () => {
    const spread = computeSpread([
      claim('ceiling', { best: 500, qualifier: 'up-to' }),
      claim('floor', { best: 2000, qualifier: 'at-least' }),
    ]);
    expect(spread?.median).toBeUndefined();
    expect(spread?.medianCount).toBe(0);
    expect(spread && describeMedian(spread)).toBe(
      'every figure is a bound (at least, up to), so there is no median',
    );
  });

  it('warns, in every statement of it, when its ends were given far apart', () => {
    const spread = computeSpread([
      claim('early', { best: 1000 }, '2024-12-01'),
      claim('late', { best: 4000 }, '2025-06-01'),
    ]);
    expect(spread && describeSpreadGap(spread)).toBe(
      'They were given 6 months apart, and running totals grow.',
    );
    expect(spread && suggestAsOf(spread)).toEqual({ value: '2024-12', label: 'end of Dec 2024' });
    const close = computeSpread([claim('a', { best: 1000 }), claim('b', { best: 4000 })]);
    expect(close && describeSpreadGap(close)).toBeUndefined();
    expect(close && suggestAsOf(close)).toBeUndefined();
    // A figure dated only to 2025 counts from 1 January: as of the end of 2025 both would stay.
    const yearly = computeSpread([
      claim('year', { best: 1000 }, '2025'),
      claim('day', { best: 4000 }, '2025-06-10'),
    ]);
    expect(yearly && describeSpreadGap(yearly)).toBeDefined();
    expect(yearly && suggestAsOf(yearly)).toBeUndefined();
  });
});

describe('describeSpread', () => {
  const casualties = makeMetric({
    id: 'casualties',
    label: 'Casualties',
    sumOf: ['killed', 'wounded'],
  });
  const lowest = makeClaim({
    value: { best: 1200, qualifier: 'about' },
    asOf: '2025-01',
    source: makeSource({ id: 'us', name: 'US intelligence' }),
  });
  const highest = makeClaim({
    value: { best: 4000, qualifier: 'about' },
    asOf: '2025-01-09',
    source: makeSource({ id: 'ua', name: 'Volodymyr Zelensky', shortName: 'Zelensky' }),
  });

  it('names who gave each end and when, with the ratio', () => {
    const text = describeSpread(
      {
        lowest,
        highest,
        ratio: 4000 / 1200,
        ratioIsFloor: false,
        median: 2600,
        count: 2,
        medianCount: 2,
        daysApart: 8,
      },
      casualties,
    );
    expect(text).toContain(
      'from about 1,200 (US intelligence, Jan 2025) to about 4,000 (Zelensky, 9 Jan 2025), 3.3x apart.',
    );
    expect(text).not.toContain('given');
  });

  it('marks a derived end and leaves out a ratio it does not have', () => {
    const derived = makeClaim({
      value: { best: 3000, qualifier: 'about' },
      asOf: '2025-01-13',
      source: makeSource({ id: 'kr-nis', name: 'NIS', shortName: 'South Korea NIS' }),
      derivedFrom: [lowest],
    });
    const text = describeSpread(
      {
        lowest,
        highest: derived,
        ratio: undefined,
        ratioIsFloor: false,
        median: 2100,
        count: 2,
        medianCount: 2,
        daysApart: 12,
      },
      casualties,
    );
    expect(text).toContain('to about 3,000 (South Korea NIS, 13 Jan 2025, derived).');
    expect(text).not.toContain('x apart');
  });

  it('warns when the two ends are far apart in date', () => {
    const spread = {
      lowest,
      highest,
      ratio: 5,
      ratioIsFloor: false,
      median: 2600,
      count: 2,
      medianCount: 2,
    };
    const months = describeSpread({ ...spread, daysApart: 152 }, casualties);
    expect(months).toContain('They were given 5 months apart, and running totals grow');
    const days = describeSpread({ ...spread, daysApart: 40 }, casualties);
    expect(days).toContain('They were given 40 days apart');
  });

  it('says "at least" when the ratio is only a lower bound', () => {
    const spread = {
      lowest,
      highest,
      ratio: 5,
      ratioIsFloor: true,
      median: 2600,
      count: 2,
      medianCount: 2,
      daysApart: 8,
    };
    expect(describeSpread(spread, casualties)).toContain(', at least 5.0x apart.');
  });
});

describe('computeMedian', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(computeMedian([4000, 1200, 3000])).toBe(3000);
    expect(computeMedian([4000, 1200, 3000, 300])).toBe(2100);
    expect(computeMedian([])).toBe(0);
  });
});
