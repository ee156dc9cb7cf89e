import { describe, expect, it } from 'vitest';
import type { Claim } from './claim';
import { makeClaim } from '../../testing/factories/makeClaim';
import { makeMetric, makeSource } from '../../testing/factories/makeDataset';
import { sortClaims } from './sortClaims';
import type { SortDirection, SortKey } from './sortKeys';

const claims: Claim[] = [
  makeClaim({
    id: 'zelensky',
    source: makeSource({ id: 'ua', name: 'Zelensky' }),
    metric: makeMetric({ id: 'casualties', label: 'Casualties' }),
    value: { best: 4000 },
    asOf: '2025-01-09',
    order: 0,
  }),
  makeClaim({
    id: 'nis',
    source: makeSource({
      id: 'kr',
      name: 'National Intelligence Service',
      shortName: 'south Korea NIS',
    }),
    value: { best: 300 },
    asOf: '2025-01-13',
    credibility: 2,
    order: 1,
  }),
  makeClaim({
    id: 'us',
    source: makeSource({ id: 'us', name: 'US intelligence' }),
    metric: makeMetric({ id: 'casualties', label: 'Casualties' }),
    value: { low: 1000, high: 1400 },
    asOf: '2025-01',
    credibility: 6,
    order: 2,
  }),
  makeClaim({
    id: 'us-later',
    source: makeSource({ id: 'us', name: 'US intelligence' }),
    value: { best: 4000 },
    asOf: '2024-12',
    order: 3,
  }),
];

const ids = (key: SortKey, direction: SortDirection) =>
  sortClaims(claims, key, direction).map((c) => c.id);

describe('sortClaims', () => {
  it('sorts by claimant label, ignoring case, falling back to date', () => {
    expect(ids('claimant', 'ascending')).toEqual(['nis', 'us-later', 'us', 'zelensky']);
    expect(ids('claimant', 'descending')).toEqual(['zelensky', 'us-later', 'us', 'nis']);
  });

  it('sorts by metric label', () => {
    expect(ids('metric', 'ascending')).toEqual(['us', 'zelensky', 'us-later', 'nis']);
  });

  it('sorts by central value, ties by date then dataset order', () => {
    expect(ids('value', 'ascending')).toEqual(['nis', 'us', 'us-later', 'zelensky']);
    expect(ids('value', 'descending')).toEqual(['us-later', 'zelensky', 'us', 'nis']);
  });

  it('sorts by date, a month after its first days', () => {
    expect(ids('asOf', 'ascending')).toEqual(['us-later', 'us', 'zelensky', 'nis']);
    expect(ids('asOf', 'descending')).toEqual(['nis', 'zelensky', 'us', 'us-later']);
  });

  it('sorts by credibility, ungraded claims after graded ones', () => {
    expect(ids('credibility', 'ascending')).toEqual(['nis', 'us', 'us-later', 'zelensky']);
  });

  it('sorts by credibility descending with ungraded claims still last', () => {
    expect(ids('credibility', 'descending')).toEqual(['us', 'nis', 'us-later', 'zelensky']);
  });

  it('returns a new array and leaves its input alone', () => {
    const before = claims.map((c) => c.id);
    const sorted = sortClaims(claims, 'value', 'descending');
    expect(sorted).not.toBe(claims);
    expect(claims.map((c) => c.id)).toEqual(before);
  });
});
