import type { Claim } from './claim';

/** The months (`YYYY-MM`) the claims are dated in, oldest first; year-only dates are skipped. */
export function listClaimMonths(claims: readonly Claim[]): string[] {
  const months = new Set<string>();
  for (const { asOf } of claims) {
    if (asOf.month !== undefined) months.add(`${asOf.year}-${String(asOf.month).padStart(2, '0')}`);
  }
  return [...months].sort();
}
