import type { CalendarDate } from '../../data/schema/calendarDate';
import type { Claim } from './claim';

/** The months the claims are dated in, oldest first; year-only dates are skipped. */
export function listClaimMonths(claims: readonly Claim[]): CalendarDate[] {
  const months = new Map<string, CalendarDate>();
  for (const { asOf } of claims) {
    if (asOf.month === undefined) continue;
    // The date's own text, cut to its month: years keep their four digits ("0836-08").
    const text = asOf.text.slice(0, 7);
    if (!months.has(text))
      months.set(text, { text, precision: 'month', year: asOf.year, month: asOf.month });
  }
  return [...months.values()].sort((a, b) => a.text.localeCompare(b.text));
}
