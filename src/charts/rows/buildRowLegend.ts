import { totalSeries, type RowChartModel, type SeriesKey } from '../../domain/charts/chartModel';
import { describeDoubtMark } from '../../domain/claims/getDoubt';
import { getDirection, hasRange } from '../../domain/claims/valueMath';
import { getSeriesColor, type ChartStyle } from '../chartStyle';
import type { LegendEntry } from '../frame/layoutFrame';

/** Parts take palette colours in order; a stated total is a neutral grey. */
export function getRowSeriesColors(
  series: readonly SeriesKey[],
  style: ChartStyle,
): Map<string, string> {
  let next = 0;
  return new Map(
    series.map((s) => [s.key, s.key === totalSeries ? style.total : getSeriesColor(style, next++)]),
  );
}

/**
 * The legend says what each colour and each mark means, listing a mark only where the chart
 * draws it: a reader of the exported image has nothing else to go by.
 */
export function buildRowLegend(
  model: RowChartModel,
  colors: ReadonlyMap<string, string>,
  style: ChartStyle,
): LegendEntry[] {
  const figures = model.rows.flatMap((r) => (r.kind === 'figure' ? [r] : []));
  const drawn = new Set(figures.flatMap((r) => r.segments.map((s) => s.series)));
  const entries: LegendEntry[] = model.series
    .filter((s) => drawn.has(s.key))
    .map((s) => ({
      key: s.key,
      label: s.label,
      symbol: 'bar',
      color: colors.get(s.key) ?? style.total,
    }));
  const any = (test: (r: (typeof figures)[number]) => boolean) => figures.some(test);
  const ink = style.text;
  const neutral = style.total;
  if (any((r) => r.figure.derivedFrom !== undefined)) {
    entries.push({
      key: 'derived',
      label: 'Derived total (parts given)',
      symbol: 'derived',
      color: ink,
    });
  }
  if (any((r) => hasRange(r.figure.value))) {
    entries.push({ key: 'range', label: 'Range (low\u2013high)', symbol: 'whisker', color: ink });
  }
  if (any((r) => getDirection(r.figure.value) === 'floor')) {
    entries.push({ key: 'floor', label: 'At least / more than', symbol: 'floor', color: neutral });
  }
  if (any((r) => getDirection(r.figure.value) === 'ceiling')) {
    entries.push({
      key: 'ceiling',
      label: 'Up to / fewer than',
      symbol: 'ceiling',
      color: neutral,
    });
  }
  const doubt = describeDoubtMark(
    'Hatched',
    figures.map((r) => r.figure),
  );
  if (doubt) entries.push({ key: 'doubt', label: doubt, symbol: 'hatched', color: neutral });
  if (any((r) => r.muted)) {
    // Pale rows keep their series' colour, so the sample is the first series, paled.
    const sample = entries[0]?.color ?? neutral;
    entries.push({
      key: 'muted',
      label: 'Pale: not comparable',
      symbol: 'bar',
      color: sample,
      opacity: style.mutedOpacity,
    });
  }
  return entries;
}
