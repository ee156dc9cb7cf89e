import { getDateSpan, type CalendarDate } from '../../data/schema/calendarDate';
import type { Claim } from './claim';

/**
 * Oldest first: by the date the figure describes, then by when it was stated (a claim without
 * `statedOn` was stated on its as-of date), then in dataset order.
 */
export function compareClaimsByDate(a: Claim, b: Claim): number {
  return (
    compareDates(a.asOf, b.asOf) ||
    compareDates(a.statedOn ?? a.asOf, b.statedOn ?? b.asOf) ||
    a.order - b.order
  );
}

/** Oldest first; a month sorts after its first day and before its second: by start, then end. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  const x = getDateSpan(a);
  const y = getDateSpan(b);
  return x.start - y.start || x.end - y.end;
}
