import { buildOverTimeChart } from '../time/buildOverTimeChart';
import type { ChartsContent, ViewBuilder } from './viewContent';
import { chooseRunningMetric } from './chooseRunningMetric';

/** Each claimant's successive figures for a metric the reader picks. */
export const buildOverTimeView: ViewBuilder<ChartsContent> = (model, { metric }) => {
  const missing = 'dated running figures';
  const choice = chooseRunningMetric(model, metric);
  if (!choice) return { charts: [], missing };
  const { chosen } = choice;
  // A metric the dataset has (links to others were dropped earlier) with no running figure
  // left to draw over time: a flow, or filtered out.
  const asked = metric === chosen.id ? undefined : metric;
  const label = model.metrics.find((m) => m.id === asked)?.label ?? asked;
  return {
    charts: [buildOverTimeChart(model, chosen)],
    missing,
    notices: label
      ? [
          `There are no running figures of \u201c${label}\u201d to draw over time; showing ${chosen.label}.`,
        ]
      : [],
    metricChoice: choice,
  };
};
