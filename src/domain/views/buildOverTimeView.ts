import { buildOverTimeChart } from '../time/buildOverTimeChart';
import type { ChartsContent, ViewBuilder } from './viewContent';
import { chooseRunningMetric } from './chooseRunningMetric';

/** Each claimant's successive figures for a metric the reader picks. */
export const buildOverTimeView: ViewBuilder<ChartsContent> = (model, { metric }) => {
  const missing = 'dated running figures';
  const choice = chooseRunningMetric(model, metric);
  if (!choice) return { charts: [], missing };
  const { chosen } = choice;
  return {
    charts: [buildOverTimeChart(model, chosen)],
    missing,
    // A metric the dataset has, but with no running figure to draw over time.
    notices:
      metric && metric !== chosen.id
        ? [`This dataset has no metric \u201c${metric}\u201d; showing ${chosen.label}.`]
        : [],
    metricChoice: choice,
  };
};
