import type { CalendarDate } from '../../data/schema/calendarDate';
import type { FigureMode } from '../claims/figureMode';
import { buildComparisonChart } from './buildComparisonChart';
import type { RowChartModel } from '../charts/chartModel';
import { pickTotalMetric } from './pickTotalMetric';
import type { DatasetModel } from '../claims/prepareDataset';

/**
 * Casualties by claimant: the comparison chart of the casualty total (killed + wounded where
 * the dataset defines it), each claimant's latest figures up to `cutoff`. Undefined when the
 * dataset has no casualty figures.
 */
export function buildCasualtiesChart(
  model: DatasetModel,
  cutoff?: CalendarDate,
  mode: FigureMode = 'latest',
): RowChartModel | undefined {
  const metrics = model.metrics.filter((m) => m.kind === 'casualties');
  const total = pickTotalMetric(
    metrics,
    model.claims.filter((c) => c.metric.kind === 'casualties'),
  );
  if (!total) return undefined;
  return buildComparisonChart(model, total, {
    id: 'casualties-by-claimant',
    mode,
    ...(cutoff ? { asOf: cutoff } : {}),
  });
}
