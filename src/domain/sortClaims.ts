import { getSourceLabel, type Claim } from './claim';
import { compareClaimsByDate } from './compareClaims';
import { getCentral } from './valueMath';

export const sortKeys = ['claimant', 'metric', 'value', 'asOf', 'credibility'] as const;
export type SortKey = (typeof sortKeys)[number];
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

const comparators: Record<SortKey, (a: Claim, b: Claim) => number> = {
  claimant: (a, b) => collator.compare(getSourceLabel(a.source), getSourceLabel(b.source)),
  metric: (a, b) => collator.compare(a.metric.label, b.metric.label),
  value: (a, b) => getCentral(a.value) - getCentral(b.value),
  asOf: compareClaimsByDate,
  // Ungraded claims sort after graded ones either way.
  credibility: (a, b) => (a.credibility ?? 99) - (b.credibility ?? 99),
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
  return [...claims].sort(
    (a, b) => sign * comparators[key](a, b) || compareClaimsByDate(a, b) || a.order - b.order,
  );
}
