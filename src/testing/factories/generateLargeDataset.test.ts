import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../data/schema/validateDataset';
import { generateLargeDataset } from './generateLargeDataset';

describe('generateLargeDataset', () => {
  it.each([100, 3_000])('makes a valid dataset of exactly %i estimates', (count) => {
    const dataset = generateLargeDataset(count);
    expect(dataset.estimates).toHaveLength(count);
    const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateLargeDataset(200, 7)).toEqual(generateLargeDataset(200, 7));
    expect(generateLargeDataset(200, 8)).not.toEqual(generateLargeDataset(200, 7));
  });

  it('has a few claimants saying most, with every kind of value', () => {
    const { estimates, sources } = generateLargeDataset(10_000);
    expect(sources).toHaveLength(200);
    const first = estimates.filter((e) => e.source === 'claimant-0').length;
    expect(first).toBeGreaterThan(estimates.length / 10);
    expect(estimates.some((e) => e.value.best === undefined && e.value.low !== undefined)).toBe(
      true,
    );
    expect(estimates.some((e) => e.value.qualifier === 'at-least')).toBe(true);
    expect(estimates.some((e) => e.asOf.length === 4)).toBe(true);
  });
});
