import type { Metric } from '../../data/schema/datasetSchema';
import { capFigureRows, describeLeftOut, maxChartRows, shareLimit } from './capFigureRows';
import type { ChartRow } from './chartModel';
import { buildFigureRow } from './buildFigureRow';
import type { Claim } from '../claims/claim';
import { compareClaimsByDate } from '../claims/compareClaims';
import { formatCalendarDate, formatPeriod } from '../format/formatDate';
import { groupBy } from '../claims/groupBy';
import { getCentral } from '../claims/valueMath';

export const figureSeries = 'figure';

/** Rows of a chart of dated figures, with what they draw and what they leave out. */
export interface FigureRows {
  readonly rows: ChartRow[];
  /** The claims drawn: what the chart's frame cites and its table lists. */
  readonly drawn: Claim[];
  /** The note on figures not drawn (see capFigureRows), when any are not. */
  readonly leftOut?: string;
}

/**
 * Every dated figure as a row, grouped under its metric (in dataset order), oldest first: the
 * layout of the forces and equipment charts, where each claim is worth seeing, not only the
 * latest. At most maxChartRows are drawn, shared among the metrics.
 */
export function buildFigureRows(metrics: readonly Metric[], claims: readonly Claim[]): FigureRows {
  const byMetric = groupBy(claims, (c) => c.metric.id);
  const groups = metrics.flatMap((metric) => {
    const own = byMetric.get(metric.id);
    return own ? [{ metric, own }] : [];
  });
  const limits = shareLimit(
    groups.map((g) => g.own.length),
    maxChartRows,
  );
  // Capped before rows are built: at 100,000 figures, building rows for all is most of the cost.
  const capped = groups.map(({ metric, own }, i) => ({
    metric,
    ...capFigureRows(own, limits[i] ?? 0, (claim) => claim),
  }));
  const kept = new Set(capped.flatMap((group) => group.kept));
  // A metric whose share is nothing (more metrics than rows) gets no empty heading.
  const rows = capped.flatMap(({ metric, kept }): ChartRow[] =>
    kept.length === 0
      ? []
      : [
          { kind: 'heading', key: `heading:${metric.id}`, label: metric.label },
          ...[...kept]
            .sort(compareClaimsByDate)
            .map((claim) =>
              buildFigureRow(
                claim,
                describeWhen(claim),
                [{ series: figureSeries, claim, value: getCentral(claim.value) }],
                false,
              ),
            ),
        ],
  );
  const leftOut = describeLeftOut(
    capped.flatMap((group) => group.left),
    maxChartRows,
  );
  return {
    rows,
    // In the claims' own order, which is the order their sources are listed in.
    drawn: claims.filter((claim) => kept.has(claim)),
    ...(leftOut ? { leftOut } : {}),
  };
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
