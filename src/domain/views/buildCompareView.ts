import { buildComparisonChart } from '../compare/buildComparisonChart';
import type { ChartsContent, ViewBuilder } from './viewContent';
import { chooseRunningMetric } from './chooseRunningMetric';

/**
 * Which figures can be compared, and how far apart they are: every claimant's figure for one
 * metric (stated or derived) within the filters' dates, the rest set apart with the reason, and
 * the spread with the claimants named.
 */
export const buildCompareView: ViewBuilder<ChartsContent> = (model, { mode, asOf, metric }) => {
  const choice = chooseRunningMetric(model, metric);
  if (!choice) return { charts: [], missing: 'running figures to compare (check the filters)' };
  const { chosen } = choice;
  const chart = buildComparisonChart(model, chosen, { mode, ...(asOf ? { asOf } : {}) });
  return {
    charts: chart ? [chart] : [],
    missing: `figures of ${chosen.label.toLowerCase()} within the filters`,
    metricChoice: choice,
    ...(chart ? { spread: { spread: chart.spread, unit: chosen.unit } } : {}),
  };
};
