import type { OverTimeModel } from '../../domain/buildOverTimeChart';
import { getDirection } from '../../domain/valueMath';
import { chartTheme } from '../chartTheme';
import type { LegendEntry } from '../frame/layoutFrame';
import { getSeriesColor, seriesColors } from '../palette';

/**
 * The legend of the over-time chart: a line per claimant (saying which are parties to the
 * conflict), then each kind of mark the chart draws, and only those.
 */
export function buildTimeLegend(model: OverTimeModel): LegendEntry[] {
  const entries: LegendEntry[] = model.series.map((s, index) => ({
    key: s.key,
    label: s.points[0]?.claim.source.party ? `${s.label} (party to the conflict)` : s.label,
    symbol: index < seriesColors.length ? 'line' : 'dashed-line',
    color: getSeriesColor(index),
  }));
  const points = model.series.flatMap((s) => s.points);
  if (points.some((p) => p.claim.asOf.precision !== 'day')) {
    entries.push({
      key: 'span',
      label: 'Dated to a month or year',
      symbol: 'span',
      color: chartTheme.muted,
    });
  }
  if (points.some((p) => p.claim.derivedFrom)) {
    entries.push({
      key: 'derived',
      label: 'Derived total',
      symbol: 'hollow-dot',
      color: chartTheme.text,
    });
  }
  if (points.some((p) => getDirection(p.claim.value) === 'floor')) {
    entries.push({
      key: 'floor',
      label: 'At least / more than',
      symbol: 'up',
      color: chartTheme.text,
    });
  }
  if (points.some((p) => getDirection(p.claim.value) === 'ceiling')) {
    entries.push({
      key: 'ceiling',
      label: 'Up to / fewer than',
      symbol: 'down',
      color: chartTheme.text,
    });
  }
  if (points.some((p) => p.low !== p.high)) {
    entries.push({
      key: 'range',
      label: 'Range (low\u2013high)',
      symbol: 'whisker',
      color: chartTheme.text,
    });
  }
  return entries;
}
