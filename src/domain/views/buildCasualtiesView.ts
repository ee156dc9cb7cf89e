import { buildCasualtiesChart } from '../compare/buildCasualtiesChart';
import { formatCalendarDate } from '../format/formatDate';
import { buildAsOfChoice } from './buildAsOfChoice';
import type { ChartsContent, ViewBuilder } from './viewContent';

/** Casualties by claimant as of a date the reader picks (the latest by default). */
export const buildCasualtiesView: ViewBuilder<ChartsContent> = (model, { mode, asOf }) => {
  const chart = buildCasualtiesChart(model, asOf, mode);
  return {
    charts: chart ? [chart] : [],
    missing: asOf ? `casualty figures up to ${formatCalendarDate(asOf)}` : 'casualty figures',
    asOfChoice: buildAsOfChoice(
      model.claims.filter((c) => c.metric.kind === 'casualties'),
      asOf,
    ),
  };
};
