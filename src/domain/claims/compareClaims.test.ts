import { describe, expect, it } from 'vitest';
import { makeClaim } from '../../testing/factories/makeClaim';
import { compareClaimsByDate } from './compareClaims';

const ids = (claims: ReturnType<typeof makeClaim>[]) =>
  [...claims].sort(compareClaimsByDate).map((c) => c.id);

describe('compareClaimsByDate', () => {
  it('puts a month after its first day and before its second, and a year after its months', () => {
    const claims = [
      makeClaim({ id: '2025-01-02', asOf: '2025-01-02' }),
      makeClaim({ id: '2025', asOf: '2025' }),
      makeClaim({ id: '2025-01', asOf: '2025-01' }),
      makeClaim({ id: '2025-01-01', asOf: '2025-01-01' }),
      makeClaim({ id: '2024-12-31', asOf: '2024-12-31' }),
      makeClaim({ id: '2024-12', asOf: '2024-12' }),
    ];
    expect(ids(claims)).toEqual([
      '2024-12',
      '2024-12-31',
      '2025-01-01',
      '2025-01',
      '2025',
      '2025-01-02',
    ]);
  });

  it('orders months among themselves by their order in the calendar', () => {
    const claims = ['2025-02', '2024-11', '2025-01', '2024-12'].map((asOf) =>
      makeClaim({ id: asOf, asOf }),
    );
    expect(ids(claims)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('breaks a tie on the date by when it was stated (as-of when not given)', () => {
    const claims = [
      makeClaim({ id: 'stated-later', asOf: '2025-02', statedOn: '2025-03-05', order: 0 }),
      makeClaim({ id: 'stated-then', asOf: '2025-02', order: 1 }),
    ];
    expect(ids(claims)).toEqual(['stated-then', 'stated-later']);
  });

  it('keeps the dataset order for claims of the same dates', () => {
    const claims = [
      makeClaim({ id: 'second', asOf: '2025-01-13', order: 5 }),
      makeClaim({ id: 'first', asOf: '2025-01-13', order: 2 }),
    ];
    expect(ids(claims)).toEqual(['first', 'second']);
  });
});
