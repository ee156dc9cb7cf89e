import { buildComparisonChart } from '../compare/buildComparisonChart';
import type { ChartsContent, ViewBuilder } from './viewContent';
import { buildAsOfChoice } from './buildAsOfChoice';
import { chooseRunningMetric } from './chooseRunningMetric';

/**
 * Which figures can be compared, and how far apart they are: every claimant's figure for one
 * metric (stated or derived) within the filters' dates, the rest set apart with the reason, and
 * the spread with the claimants named; as of a date the reader picks (the latest by default).
 */
export const buildCompareView: ViewBuilder<ChartsContent> = (model, { mode, asOf, metric }) => {
  const choice = chooseRunningMetric(model, metric);
  if (!choice) return { charts: [], missing: 'running figures to compare (check the filters)' };
  const { chosen } = choice;
  const chart = buildComparisonChart(model, chosen, { mode, ...(asOf ? { asOf } : {}) });
  const group = new Set([chosen.id, ...(chosen.sumOf ?? [])]);
  return {
    charts: chart ? [chart] : [],
    missing: `figures of ${chosen.label.toLowerCase()} within the filters`,
    metricChoice: choice,
    asOfChoice: buildAsOfChoice(
      model.claims.filter((c) => group.has(c.metric.id)),
      asOf,
    ),
    ...(chart ? { spread: { spread: chart.spread, unit: chosen.unit } } : {}),
  };
};
