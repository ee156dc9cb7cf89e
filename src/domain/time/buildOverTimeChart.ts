import { getDateSpan } from '../../data/schema/calendarDate';
import type { Metric } from '../../data/schema/datasetSchema';
import { pickTotalMetric } from '../compare/pickTotalMetric';
import { summarizeOverTime } from './summarizeOverTime';
import { buildFrameText } from '../charts/buildFrameText';
import type { OverTimeModel, TimePoint, TimeSeries } from '../charts/chartModel';
import { getSourceLabel, type Claim } from '../claims/claim';
import { compareClaimsByDate } from '../claims/compareClaims';
import { formatPeriod } from '../format/formatDate';
import { describeDerivations } from '../format/describeDerivation';
import { formatCount } from '../format/formatValue';
import { groupBy } from '../claims/groupBy';
import type { DatasetModel } from '../claims/prepareDataset';
import { getColorSlots } from '../claims/assignColorSlots';
import { getBounds, getCentral } from '../claims/valueMath';

/** Metrics with at least one running figure, in dataset order: what the chart can show. */
export function listOverTimeMetrics(model: DatasetModel): Metric[] {
  const running = new Set(model.claims.filter((c) => !c.period).map((c) => c.metric.id));
  return model.metrics.filter((m) => running.has(m.id));
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
  const slots = getColorSlots(model);
  const running = own.filter((c) => !c.period).sort(compareClaimsByDate);
  const flows = own.filter((c) => c.period);
  const every = [...groupBy(running, (c) => c.source.id)].map(([key, claims]) => ({
    key,
    slot: slots.get(key) ?? 0,
    label: getSourceLabel((claims[0] as Claim).source),
    // By where they are drawn: a month's middle comes after its first days.
    points: claims.map(toPoint).sort((a, b) => a.x - b.x),
  }));
  const { series, leftOut } = capSeries(every);
  const drawn = series.flatMap((line) => line.points.map((point) => point.claim));
  const spans = drawn.map((c) => getDateSpan(c.asOf));
  const domain: [number, number] = spans.length
    ? [Math.min(...spans.map((s) => s.start)), Math.max(...spans.map((s) => s.end))]
    : [0, 1];
  // About the claimant's line where it has one (a slide of other lines has no need of it);
  // about the whole chart where it has none, so that no slide loses it.
  const flowNotes = flows.flatMap((c) => {
    if (!c.period) return [];
    const text = `${getSourceLabel(c.source)} counted ${formatPeriod(c.period.from, c.period.to)} only: not a running total, so not drawn.`;
    const line = drawn.filter((d) => d.source.id === c.source.id).map((d) => d.id);
    return [line.length ? { text, about: line } : { text }];
  });
  return {
    kind: 'time',
    id: `over-time-${metric.id}`,
    metric,
    series,
    claims: drawn,
    summary: [summarizeOverTime(metric.label, series), ...leftOut].join(' '),
    domain,
    frame: buildFrameText(model, drawn, {
      title: `${metric.label} over time, by claimant`,
      subtitle: `Each claimant's successive figures, in ${metric.unit}. A date given only to the month or year is drawn as that whole span.`,
      notes: [
        ...(metric.description ? [`${metric.label}: ${metric.description}`] : []),
        ...describeDerivations(drawn),
        ...flowNotes,
        ...leftOut,
      ],
    }),
  };
}

/** Lines one chart draws, and figures one line draws: past these a person cannot follow them. */
export const maxLines = 8;
export const maxPointsPerLine = 15;

/**
 * The claimants with the most figures (the longest histories), each line thinned to its latest
 * figure in each of maxPointsPerLine equal spans of time; notes say what is not drawn.
 */
function capSeries(every: readonly TimeSeries[]): { series: TimeSeries[]; leftOut: string[] } {
  const ranked = [...every].sort(
    (a, b) =>
      b.points.length - a.points.length || (b.points.at(-1)?.x ?? 0) - (a.points.at(-1)?.x ?? 0),
  );
  const shown = new Set(ranked.slice(0, maxLines));
  const kept = every.filter((line) => shown.has(line));
  const series = kept.map(thinLine);
  const leftOut: string[] = [];
  const hidden = every.filter((line) => !shown.has(line));
  if (hidden.length) {
    const figures = hidden.reduce((sum, line) => sum + line.points.length, 0);
    leftOut.push(
      `Drawn: the ${maxLines} claimants with the most figures. Not drawn: ${formatCount(hidden.length)} more, with ${formatCount(figures)} figures; choose claimants in the filters to see them.`,
    );
  }
  const thinned = kept.reduce(
    (sum, line, i) => sum + line.points.length - (series[i]?.points.length ?? 0),
    0,
  );
  if (thinned > 0) {
    leftOut.push(
      `Lines with more than ${maxPointsPerLine} figures show the latest in each of ${maxPointsPerLine} equal spans of time; ${formatCount(thinned)} earlier figures within those spans are not drawn. Every figure is listed in All estimates.`,
    );
  }
  return { series, leftOut };
}

/** The latest point in each of maxPointsPerLine equal spans between the first and last. */
function thinLine(line: TimeSeries): TimeSeries {
  const { points } = line;
  const first = points[0];
  const last = points.at(-1);
  if (points.length <= maxPointsPerLine || !first || !last) return line;
  const width = (last.x - first.x) / maxPointsPerLine || 1;
  const latest = new Map<number, TimePoint>();
  for (const point of points) {
    latest.set(Math.min(maxPointsPerLine - 1, Math.floor((point.x - first.x) / width)), point);
  }
  return { ...line, points: [...latest.values()] };
}

function toPoint(claim: Claim): TimePoint {
  const { start, end } = getDateSpan(claim.asOf);
  const { low, high } = getBounds(claim.value);
  return { claim, start, end, x: (start + end) / 2, y: getCentral(claim.value), low, high };
}
