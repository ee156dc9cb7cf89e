import type { OverTimeModel } from '../../domain/charts/chartModel';
import { describeDoubtMark } from '../../domain/claims/getDoubt';
import { getDirection } from '../../domain/claims/valueMath';
import { getSeriesColor, getSeriesDashPattern, type ChartStyle } from '../chartStyle';
import type { LegendEntry } from '../frame/layoutFrame';
import { fadedOpacity, isFaded } from '../highlight';

/**
 * The legend of the over-time chart: a line per claimant (saying which are parties to the
 * conflict), then each kind of mark the chart draws, and only those.
 */
export function buildTimeLegend(model: OverTimeModel, style: ChartStyle): LegendEntry[] {
  const entries: LegendEntry[] = model.series.map((s) => ({
    key: s.key,
    label: s.points[0]?.claim.source.party ? `${s.label} (party to the conflict)` : s.label,
    symbol: s.slot < style.series.length ? 'line' : 'dashed-line',
    color: getSeriesColor(style, s.slot),
    dash: getSeriesDashPattern(style, s.slot),
    // A claimant the briefer did not highlight: faded, as its line is.
    ...(isFaded(model.highlight, s.key)
      ? { opacity: fadedOpacity.marks, textOpacity: fadedOpacity.text }
      : {}),
  }));
  const points = model.series.flatMap((s) => s.points);
  if (points.some((p) => p.claim.asOf.precision !== 'day')) {
    entries.push({
      key: 'span',
      label: 'Dated to a month or year',
      symbol: 'span',
      color: style.muted,
    });
  }
  if (points.some((p) => p.claim.derivedFrom)) {
    entries.push({
      key: 'derived',
      label: 'Derived total',
      symbol: 'hollow-dot',
      color: style.text,
    });
  }
  if (points.some((p) => getDirection(p.claim.value) === 'floor')) {
    entries.push({
      key: 'floor',
      label: 'At least / more than',
      symbol: 'up',
      color: style.text,
    });
  }
  if (points.some((p) => getDirection(p.claim.value) === 'ceiling')) {
    entries.push({
      key: 'ceiling',
      label: 'Up to / fewer than',
      symbol: 'down',
      color: style.text,
    });
  }
  const doubt = describeDoubtMark(
    'Ringed',
    points.map((p) => p.claim),
  );
  if (doubt) entries.push({ key: 'doubt', label: doubt, symbol: 'ringed', color: style.muted });
  if (points.some((p) => p.low !== p.high)) {
    entries.push({
      key: 'range',
      label: 'Range (low\u2013high)',
      symbol: 'whisker',
      color: style.text,
    });
  }
  return entries;
}
