import { getDateSpan, type CalendarDate } from '../../data/schema/calendarDate';
import { formatCalendarDate } from '../format/formatDate';
import type { Spread } from './computeSpread';

// Its own module: the screen's chart panel uses it from the start, without the rest of the
// spread's wording (describeSpread.ts), which the view builders load.
/**
 * Where a spread's ends are far apart in time, the date to compare as of instead: the end of
 * the month (or year) of the earlier end, so that the later figures drop out. `value` is the
 * link's `to`; `label` reads "end of Jan 2025". Undefined where that date would still keep the
 * later end (a figure dated only to its year starts on 1 January), since the link would change
 * nothing: figures count as of a date from their start (see computeSpread, selectLatestFigures).
 */
export function suggestAsOf(spread: Spread): { value: string; label: string } | undefined {
  if (spread.daysApart <= 31) return undefined;
  const [earlier, later] = [spread.lowest.asOf, spread.highest.asOf].sort(
    (a, b) => getDateSpan(a).start - getDateSpan(b).start,
  );
  if (!earlier || !later) return undefined;
  const { year, month } = earlier;
  const text = month === undefined ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
  const date: CalendarDate =
    month === undefined
      ? { text, precision: 'year', year }
      : { text, precision: 'month', year, month };
  if (getDateSpan(later).start < getDateSpan(date).end) return undefined;
  return { value: text, label: `end of ${formatCalendarDate(date)}` };
}
