import { describe, expect, it } from 'vitest';
import { makeClaim } from '../../testing/factories/makeClaim';
import { listClaimMonths } from './listClaimMonths';

describe('listClaimMonths', () => {
  it('lists each month once, oldest first, skipping year-only dates', () => {
    const claims = ['2025-02-10', '2024-12', '2025-02', '2025', '2024-12-31'].map((asOf) =>
      makeClaim({ asOf }),
    );
    expect(listClaimMonths(claims).map((m) => m.text)).toEqual(['2024-12', '2025-02']);
  });

  it('keeps four-digit years below 1000, so each month is a date again', () => {
    expect(listClaimMonths([makeClaim({ asOf: '0836-08-01' })])).toEqual([
      { text: '0836-08', precision: 'month', year: 836, month: 8 },
    ]);
  });
});
