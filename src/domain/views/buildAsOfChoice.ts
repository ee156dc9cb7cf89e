import { getDateSpan, type CalendarDate } from '../../data/schema/calendarDate';
import type { Claim } from '../claims/claim';
import { listClaimMonths } from '../claims/listClaimMonths';
import { formatCalendarDate } from '../format/formatDate';
import type { AsOfChoice } from './viewContent';

/**
 * The dates a comparison can be drawn as of: the end of every month with one of `claims`, newest
 * first. A date the dataset has no figures for, given in the link, is offered too, in its place:
 * it still works as a cut-off.
 */
export function buildAsOfChoice(
  claims: readonly Claim[],
  asOf: CalendarDate | undefined,
): AsOfChoice {
  const months = listClaimMonths(claims).reverse();
  const offered =
    asOf && !months.some((m) => m.text === asOf.text)
      ? [...months, asOf].sort((a, b) => getDateSpan(b).end - getDateSpan(a).end)
      : months;
  return {
    options: offered.map((date) => ({
      value: date.text,
      // A month or a year is taken to its end; a day is that day.
      label: `${date.precision === 'day' ? '' : 'end of '}${formatCalendarDate(date)}`,
    })),
    chosen: asOf?.text,
  };
}
