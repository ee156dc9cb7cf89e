import { getDateSpan } from '../data/calendarDate';
import type { Metric } from '../data/datasetSchema';
import { pickTotalMetric } from './pickTotalMetric';
import { summarizeOverTime } from './summarizeOverTime';
import { buildFrameText } from './buildFrameText';
import type { FrameText } from './chartModel';
import { getSourceLabel, type Claim } from './claim';
import { compareClaimsByDate } from './compareClaims';
import { formatPeriod } from './formatDate';
import { describeDerivations } from './describeDerivation';
import { groupBy } from './groupBy';
import type { DatasetModel } from './prepareDataset';
import { getBounds, getCentral } from './valueMath';

/** A figure on the date axis; times are UTC milliseconds. */
export interface TimePoint {
  readonly claim: Claim;
  /** The span the as-of date covers: a day, a month or a year. */
  readonly start: number;
  readonly end: number;
  /** Where the line passes: the middle of the span. */
  readonly x: number;
  readonly y: number;
  readonly low: number;
  readonly high: number;
}

export interface TimeSeries {
  readonly key: string;
  readonly label: string;
  readonly points: readonly TimePoint[];
}

export interface OverTimeModel {
  readonly id: string;
  readonly metric: Metric;
  readonly frame: FrameText;
  readonly series: readonly TimeSeries[];
  readonly claims: readonly Claim[];
  /** The chart in plain words (see summarizeOverTime). */
  readonly summary: string;
  /** [earliest start, latest end] of all spans. */
  readonly domain: readonly [number, number];
}

/** Metrics with at least one running figure, in dataset order: what the chart can show. */
export function listOverTimeMetrics(model: DatasetModel): Metric[] {
  const running = new Set(model.claims.filter((c) => !c.period).map((c) => c.metric.id));
  return model.dataset.metrics.filter((m) => running.has(m.id));
}

/** The metric shown first: the casualty total where there is one, else the first listed. */
export function pickDefaultOverTimeMetric(model: DatasetModel): Metric | undefined {
  const metrics = listOverTimeMetrics(model);
  const casualties = metrics.filter((m) => m.kind === 'casualties');
  return pickTotalMetric(casualties, model.claims) ?? metrics[0];
}

/**
 * Each claimant's successive running figures for one metric, a line per claimant. Flows (a
 * count over a window) are left out and named in the notes: on a line of running totals they
 * would read as a fall.
 */
export function buildOverTimeChart(model: DatasetModel, metric: Metric): OverTimeModel {
  const own = model.claims.filter((c) => c.metric.id === metric.id);
  const running = own.filter((c) => !c.period).sort(compareClaimsByDate);
  const flows = own.filter((c) => c.period);
  const series = [...groupBy(running, (c) => c.source.id)].map(([key, claims]) => ({
    key,
    label: getSourceLabel((claims[0] as Claim).source),
    // By where they are drawn: a month's middle comes after its first days.
    points: claims.map(toPoint).sort((a, b) => a.x - b.x),
  }));
  const spans = running.map((c) => getDateSpan(c.asOf));
  const domain: [number, number] = spans.length
    ? [Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))]
    : [0, 1];
  const flowNotes = flows.flatMap((c) =>
    c.period
      ? [
          `${getSourceLabel(c.source)} counted ${formatPeriod(c.period.from, c.period.to)} only: not a running total, so not drawn.`,
        ]
      : [],
  );
  return {
    id: 'over-time',
    metric,
    series,
    claims: running,
    summary: summarizeOverTime(metric.label, series),
    domain,
    frame: buildFrameText(model, running, {
      title: `${metric.label} over time, by claimant`,
      subtitle: `Each claimant's successive figures, in ${metric.unit}. A date given only to the month or year is drawn as that whole span.`,
      notes: [
        ...(metric.description ? [`${metric.label}: ${metric.description}`] : []),
        ...describeDerivations(running),
        ...flowNotes,
      ],
    }),
  };
}

function toPoint(claim: Claim): TimePoint {
  const { start, end } = getDateSpan(claim.asOf);
  const { low, high } = getBounds(claim.value);
  return { claim, start, end, x: (start + end) / 2, y: getCentral(claim.value), low, high };
}
