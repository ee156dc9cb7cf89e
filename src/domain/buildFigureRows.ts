import type { Metric } from '../data/datasetSchema';
import type { ChartRow } from './chartModel';
import { buildFigureRow } from './buildFigureRow';
import type { Claim } from './claim';
import { compareClaimsByDate } from './compareClaims';
import { formatCalendarDate, formatPeriod } from './formatDate';
import { getCentral } from './valueMath';

export const figureSeries = 'figure';

/**
 * Every dated figure as a row, grouped under its metric (in dataset order), oldest first: the
 * layout of the forces and equipment charts, where each claim is worth seeing, not only the
 * latest.
 */
export function buildFigureRows(metrics: readonly Metric[], claims: readonly Claim[]): ChartRow[] {
  return metrics.flatMap((metric) => {
    const own = claims.filter((c) => c.metric.id === metric.id).sort(compareClaimsByDate);
    if (own.length === 0) return [];
    const heading: ChartRow = { kind: 'heading', key: `heading:${metric.id}`, label: metric.label };
    return [
      heading,
      ...own.map((claim) =>
        buildFigureRow(
          claim,
          describeWhen(claim),
          [{ series: figureSeries, claim, value: getCentral(claim.value) }],
          false,
        ),
      ),
    ];
  });
}

/** "18 Oct 2024"; for a flow, the window it counts: "over Oct 2024 \u2013 Jan 2025". */
export function describeWhen(claim: Claim): string {
  if (!claim.period) return formatCalendarDate(claim.asOf);
  return `over ${formatPeriod(claim.period.from, claim.period.to)}`;
}

/** Definitions of the metrics that appear among the claims. */
export function describeMetrics(metrics: readonly Metric[], claims: readonly Claim[]): string[] {
  const used = new Set(claims.map((c) => c.metric.id));
  return metrics.flatMap((m) =>
    used.has(m.id) && m.description ? [`${m.label}: ${m.description}`] : [],
  );
}
