import { getDateSpan } from '../../data/schema/calendarDate';
import { buildCasualtiesChart } from '../compare/buildCasualtiesChart';
import { listClaimMonths } from '../claims/listClaimMonths';
import { formatCalendarDate } from '../format/formatDate';
import type { ChartsContent, ViewBuilder } from './viewContent';

/**
 * Casualties by claimant as of a date the reader picks (the end of any month with a casualty
 * figure, newest first; the latest by default). A date the dataset has no figures for, given in
 * the link, is offered too, in its place: it still works as a cut-off.
 */
export const buildCasualtiesView: ViewBuilder<ChartsContent> = (model, { mode, asOf }) => {
  const months = listClaimMonths(
    model.claims.filter((c) => c.metric.kind === 'casualties'),
  ).reverse();
  const offered =
    asOf && !months.some((m) => m.text === asOf.text)
      ? [...months, asOf].sort((a, b) => getDateSpan(b).end - getDateSpan(a).end)
      : months;
  const chart = buildCasualtiesChart(model, asOf, mode);
  return {
    charts: chart ? [chart] : [],
    missing: asOf ? `casualty figures up to ${formatCalendarDate(asOf)}` : 'casualty figures',
    asOfChoice: {
      options: offered.map((date) => ({
        value: date.text,
        // A month or a year is taken to its end; a day is that day.
        label: `${date.precision === 'day' ? '' : 'end of '}${formatCalendarDate(date)}`,
      })),
      chosen: asOf?.text,
    },
  };
};
