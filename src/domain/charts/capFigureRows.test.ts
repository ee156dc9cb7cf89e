import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Value } from '../../data/schema/datasetSchema';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeSource } from '../../testing/factories/makeDataset';
import { capFigureRows, describeLeftOut, maxChartRows, shareLimit } from './capFigureRows';
import type { Claim } from '../claims/claim';

/** A claim with its own id, order, figure, date and claimant. */
function claim(
  order: number,
  value: number | Value,
  asOf: string,
  source = 'alpha',
  statedOn?: string,
): Claim {
  return makeClaim({
    id: `c${order}`,
    order,
    value: typeof value === 'number' ? { best: value } : value,
    asOf,
    source: makeSource({ id: source, shortName: source }),
    ...(statedOn === undefined ? {} : { statedOn }),
  });
}

const self = (c: Claim): Claim => c;
const ids = (claims: readonly Claim[]): string[] => claims.map((c) => c.id);

// c1 is the lowest and the oldest, c3 the highest; c4, c5, c2 are the most recent, newest first.
const sample: readonly Claim[] = [
  claim(0, 500, '2025-01-01'),
  claim(1, 10, '2024-01-01'),
  claim(2, 900, '2025-03-01'),
  claim(3, 1000, '2024-02-01'),
  claim(4, 600, '2025-05-01'),
  claim(5, 700, '2025-04-01'),
];

describe('capFigureRows', () => {
  it('keeps everything, in order, when there are no more items than the limit', () => {
    const under = capFigureRows(sample, 10, self);
    expect(ids(under.kept)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5']);
    expect(under.left).toEqual([]);
    const at = capFigureRows(sample, sample.length, self);
    expect(ids(at.kept)).toEqual(ids(sample));
    expect(at.left).toEqual([]);
  });

  it('returns a copy, never the input list itself', () => {
    const { kept } = capFigureRows(sample, 10, self);
    expect(kept).not.toBe(sample);
  });

  it('keeps the lowest and the highest figure, then the most recent, in input order', () => {
    const three = capFigureRows(sample, 3, self);
    expect(ids(three.kept)).toEqual(['c1', 'c3', 'c4']);
    expect(ids(three.left)).toEqual(['c0', 'c2', 'c5']);
    const four = capFigureRows(sample, 4, self);
    expect(ids(four.kept)).toEqual(['c1', 'c3', 'c4', 'c5']);
    expect(ids(four.left)).toEqual(['c0', 'c2']);
  });

  it('keeps the ends even when they are the oldest figures', () => {
    // Without the ends rule the two most recent (c4, c2) would be kept.
    const { kept } = capFigureRows(sample, 2, self);
    expect(ids(kept)).toEqual(['c1', 'c3']);
  });

  it('keeps exactly `limit` items when an end is also among the most recent', () => {
    const items = [
      claim(0, 5, '2025-06-01'), // lowest and most recent
      claim(1, 50, '2025-01-01'),
      claim(2, 99, '2024-01-01'), // highest
      claim(3, 40, '2025-05-01'),
      claim(4, 30, '2025-04-01'),
    ];
    const { kept, left } = capFigureRows(items, 3, self);
    expect(ids(kept)).toEqual(['c0', 'c2', 'c3']);
    expect(ids(left)).toEqual(['c1', 'c4']);
  });

  it('takes a bare range at its middle when finding the ends', () => {
    const items = [
      claim(0, { low: 100, high: 300 }, '2024-01-01'), // middle 200, though its low is least
      claim(1, 150, '2024-01-02'),
      claim(2, 250, '2025-01-01'),
    ];
    expect(ids(capFigureRows(items, 1, self).kept)).toEqual(['c1']);
  });

  it('counts a later statement of the same date as more recent', () => {
    const items = [
      claim(0, 1, '2024-01-01'),
      claim(1, 100, '2024-01-01'),
      claim(2, 50, '2025-01-01', 'alpha', '2025-03-01'),
      claim(3, 60, '2025-01-01', 'alpha', '2025-02-01'),
    ];
    expect(ids(capFigureRows(items, 3, self).kept)).toEqual(['c0', 'c1', 'c2']);
  });

  it('finds each item’s claim with claimOf, whatever the items are', () => {
    const rows = sample.map((figure, i) => ({ key: `row-${i}`, figure }));
    const { kept, left } = capFigureRows(rows, 3, (row) => row.figure);
    expect(kept.map((row) => row.key)).toEqual(['row-1', 'row-3', 'row-4']);
    expect(left.map((row) => row.key)).toEqual(['row-0', 'row-2', 'row-5']);
  });

  it('with a limit of 1 keeps only the lowest figure', () => {
    const { kept, left } = capFigureRows(sample, 1, self);
    expect(ids(kept)).toEqual(['c1']);
    expect(left).toHaveLength(sample.length - 1);
  });

  it('with a limit of 0 keeps nothing and leaves everything, in order', () => {
    const { kept, left } = capFigureRows(sample, 0, self);
    expect(kept).toEqual([]);
    expect(ids(left)).toEqual(ids(sample));
    expect(capFigureRows([], 0, self)).toEqual({ kept: [], left: [] });
  });

  it('always splits the input into kept and left, both in input order', () => {
    const item = fc.record({
      value: fc.integer({ min: 0, max: 1000 }),
      day: fc.integer({ min: 1, max: 28 }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 30 }),
        fc.integer({ min: 0, max: 35 }),
        (specs, limit) => {
          const items = specs.map((s, i) =>
            claim(i, s.value, `2025-02-${String(s.day).padStart(2, '0')}`),
          );
          const { kept, left } = capFigureRows(items, limit, self);
          expect(kept).toHaveLength(Math.min(limit, items.length));
          // Each list is a subsequence of the input, and together they are all of it, once.
          const order = (list: Claim[]) => list.map((c) => items.indexOf(c));
          for (const list of [order(kept), order(left)]) {
            expect(list).toEqual([...list].sort((a, b) => a - b));
          }
          expect([...order(kept), ...order(left)].sort((a, b) => a - b)).toEqual(
            items.map((_, i) => i),
          );
          if (items.length > 0 && limit >= 2) {
            const values = items.map((c) => c.value.best ?? 0);
            const keptValues = kept.map((c) => c.value.best ?? 0);
            expect(keptValues).toContain(Math.min(...values));
            expect(keptValues).toContain(Math.max(...values));
          }
        },
      ),
    );
  });
});

describe('shareLimit', () => {
  it('gives every group all its rows when they fit', () => {
    expect(shareLimit([3, 4], 40)).toEqual([3, 4]);
    expect(shareLimit([20, 20], 40)).toEqual([20, 20]);
  });

  it('shares equally among groups too large for an equal share', () => {
    expect(shareLimit([100, 100], 40)).toEqual([20, 20]);
  });

  it('gives a small group all its rows and the rest to the others', () => {
    expect(shareLimit([3, 100], 40)).toEqual([3, 37]);
    expect(shareLimit([5, 10, 100], 40)).toEqual([5, 10, 25]);
    expect(shareLimit([100, 2, 100], 40)).toEqual([19, 2, 19]);
  });

  it('hands out what an equal division leaves over, never more than the limit', () => {
    const shares = shareLimit([10, 10, 10], 5);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(5);
    expect(Math.max(...shares) - Math.min(...shares)).toBe(1);
    const tight = shareLimit([10, 10, 10], 2);
    expect(tight.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('gives nothing to empty groups and handles no groups and a limit of 0', () => {
    expect(shareLimit([0, 50, 0], 40)).toEqual([0, 40, 0]);
    expect(shareLimit([0, 0], 40)).toEqual([0, 0]);
    expect(shareLimit([], 40)).toEqual([]);
    expect(shareLimit([5, 5], 0)).toEqual([0, 0]);
  });

  it('uses the whole limit fairly and never goes above it or a group’s size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 120 }),
        (sizes, limit) => {
          const shares = shareLimit(sizes, limit);
          const total = sizes.reduce((a, b) => a + b, 0);
          expect(shares).toHaveLength(sizes.length);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(Math.min(limit, total));
          shares.forEach((share, i) => {
            expect(share).toBeGreaterThanOrEqual(0);
            expect(share).toBeLessThanOrEqual(sizes[i] ?? 0);
          });
          // A group cut short is never more than one row behind any other group.
          const most = Math.max(0, ...shares);
          shares.forEach((share, i) => {
            if (share < (sizes[i] ?? 0)) expect(share).toBeGreaterThanOrEqual(most - 1);
          });
        },
      ),
    );
  });
});

describe('describeLeftOut', () => {
  it('says nothing when nothing was left out', () => {
    expect(describeLeftOut([], maxChartRows)).toBeUndefined();
  });

  it('says what was left out and why, in the singular for one', () => {
    expect(describeLeftOut([claim(0, 1, '2025-01-01')], 40)).toBe(
      'Not drawn, to keep the chart readable: 1 more figure from 1 claimant. It draws at most 40: the lowest, the highest and the most recent. Every figure is listed in All estimates; filters narrow the chart.',
    );
  });

  it('counts figures and distinct claimants, in the plural for more', () => {
    const left = [
      claim(0, 1, '2025-01-01', 'alpha'),
      claim(1, 2, '2025-01-02', 'beta'),
      claim(2, 3, '2025-01-03', 'alpha'),
    ];
    const text = describeLeftOut(left, 12);
    expect(text).toContain(': 3 more figures from 2 claimants.');
    expect(text).toContain('It draws at most 12:');
  });

  it('counts claimants by who they are, not by their label', () => {
    const left = [
      makeClaim({ source: makeSource({ id: 'a', shortName: 'Same' }) }),
      makeClaim({ source: makeSource({ id: 'b', shortName: 'Same' }) }),
    ];
    expect(describeLeftOut(left, 40)).toContain('2 more figures from 2 claimants');
  });

  it('writes large counts with thousands separators', () => {
    const left = Array.from({ length: 1234 }, (_, i) => claim(i, i, '2025-01-01', `s${i % 3}`));
    expect(describeLeftOut(left, 40)).toContain('1,234 more figures from 3 claimants');
  });
});
