import { describe, expect, it } from 'vitest';
import { getNiceCeiling, makeAxisTickFormatter } from './axisScale';

describe('getNiceCeiling', () => {
  it.each([
    [0, 1],
    [1, 1],
    [120, 120],
    [240, 250],
    [4700, 5000],
    [6000, 6000],
    [7000, 8000],
    [12_000_000, 12_000_000],
    [30_000, 30_000],
    [31_000, 40_000],
  ])('%d -> %d', (n, ceiling) => {
    expect(getNiceCeiling(n)).toBe(ceiling);
  });
});

describe('makeAxisTickFormatter', () => {
  it('writes every tick in full, as figures are labelled, on an axis below a million', () => {
    expect([0, 2500, 8000].map(makeAxisTickFormatter(8000))).toEqual(['0', '2,500', '8,000']);
    expect([6000, 30_000].map(makeAxisTickFormatter(30_000))).toEqual(['6,000', '30,000']);
  });

  it('writes every tick compactly on an axis of millions, small ones included', () => {
    const format = makeAxisTickFormatter(12_000_000);
    expect([0, 6000, 12_000, 6_000_000].map(format)).toEqual(['0', '6K', '12K', '6M']);
  });
});
