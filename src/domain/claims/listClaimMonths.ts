import type { Claim } from './claim';

/** The months (`YYYY-MM`) the claims are dated in, oldest first; year-only dates are skipped. */
export function listClaimMonths(claims: readonly Claim[]): string[] {
  const months = new Set<string>();
  for (const { asOf } of claims) {
    // The date's own text, cut to its month: years keep their four digits ("0836-08").
    if (asOf.month !== undefined) months.add(asOf.text.slice(0, 7));
  }
  return [...months].sort();
}
