import type { Metric } from '../../data/schema/datasetSchema';
import type { Claim } from '../claims/claim';
import { groupBy } from '../claims/groupBy';

/**
 * The metric a casualties chart is about, among `metrics`: the first that is a sum of others in
 * the list (killed + wounded), else the one with the most claims.
 */
export function pickTotalMetric(
  metrics: readonly Metric[],
  claims: readonly Claim[],
): Metric | undefined {
  const sum = metrics.find((m) => m.sumOf?.every((id) => metrics.some((p) => p.id === id)));
  if (sum) return sum;
  const counts = groupBy(claims, (c) => c.metric.id);
  return [...metrics].sort(
    (a, b) => (counts.get(b.id)?.length ?? 0) - (counts.get(a.id)?.length ?? 0),
  )[0];
}
