import { getSourceLabel, type Claim } from './claim';
import { compareClaimsByDate } from './compareClaims';
import { getCentral } from './valueMath';

import type { SortDirection, SortKey } from './sortKeys';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const comparators: Record<SortKey, (a: Claim, b: Claim) => number> = {
  claimant: (a, b) => collator.compare(getSourceLabel(a.source), getSourceLabel(b.source)),
  metric: (a, b) => collator.compare(a.metric.label, b.metric.label),
  value: (a, b) => getCentral(a.value) - getCentral(b.value),
  asOf: compareClaimsByDate,
  credibility: (a, b) => (a.credibility ?? 0) - (b.credibility ?? 0),
};

/** Claims without a value for the column: they sort last in either direction. */
const isBlank: Partial<Record<SortKey, (claim: Claim) => boolean>> = {
  credibility: (claim) => claim.credibility === undefined,
};

/**
 * Claims sorted by one column; ties fall back to date, then dataset order, so the order is
 * stable and predictable. Returns a new array.
 */
export function sortClaims(
  claims: readonly Claim[],
  key: SortKey,
  direction: SortDirection,
): Claim[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const blank = isBlank[key] ?? (() => false);
  return [...claims].sort(
    (a, b) =>
      Number(blank(a)) - Number(blank(b)) ||
      sign * comparators[key](a, b) ||
      compareClaimsByDate(a, b) ||
      a.order - b.order,
  );
}
