import { describe, expect, it } from 'vitest';
import { formatAxisTick } from '../formatAxisTick';
import { getNiceCeiling } from './rowChartLayout';

describe('getNiceCeiling', () => {
  it.each([
    [1, 1],
    [120, 200],
    [240, 250],
    [4700, 5000],
    [6000, 10000],
    [12_000_000, 20_000_000],
    [30_000, 50_000],
  ])('%d -> %d', (n, ceiling) => {
    expect(getNiceCeiling(n)).toBe(ceiling);
  });
});

describe('formatAxisTick', () => {
  it('writes small numbers in full and large ones compactly', () => {
    expect(formatAxisTick(2500)).toBe('2,500');
    expect(formatAxisTick(12_000)).toBe('12K');
    expect(formatAxisTick(6_000_000)).toBe('6M');
  });
});
