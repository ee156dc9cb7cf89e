import { totalSeries, type RowChartModel, type SeriesKey } from '../../domain/charts/chartModel';
import { describeDoubtMark } from '../../domain/claims/getDoubt';
import { getDirection, hasRange } from '../../domain/claims/valueMath';
import { getSeriesColor, type ChartStyle } from '../chartStyle';
import type { LegendEntry } from '../frame/layoutFrame';
import { fadedOpacity, isFaded } from '../highlight';

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
  type Figure = (typeof figures)[number];
  const any = (test: (r: Figure) => boolean) => figures.some(test);
  const ink = style.text;
  const neutral = style.total;
  /** The colour most of the rows that pass `test` are drawn in: each key shows what it keys. */
  const colorOfRows = (test: (r: Figure) => boolean) => {
    const counts = new Map<string, number>();
    for (const row of figures.filter(test)) {
      for (const segment of row.segments) {
        const color = colors.get(segment.series) ?? neutral;
        counts.set(color, (counts.get(color) ?? 0) + 1);
      }
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? neutral;
  };
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
  // Bounds keyed in their rows' colour (the ceiling symbol draws its bar lighter, as the chart).
  for (const direction of ['floor', 'ceiling'] as const) {
    const isBound = (r: Figure) => getDirection(r.figure.value) === direction;
    if (!any(isBound)) continue;
    entries.push({
      key: direction,
      label: direction === 'floor' ? 'At least / more than' : 'Up to / fewer than',
      symbol: direction,
      color: colorOfRows((r) => isBound(r) && !r.muted),
    });
  }
  const doubt = describeDoubtMark(
    'Hatched',
    figures.map((r) => r.figure),
  );
  if (doubt) entries.push({ key: 'doubt', label: doubt, symbol: 'hatched', color: neutral });
  if (any((r) => r.muted)) {
    // Pale rows keep their series' colour: the sample is the one most of them are drawn in.
    const sample = colorOfRows((r) => r.muted);
    entries.push({
      key: 'muted',
      label: 'Pale: not comparable',
      symbol: 'bar',
      color: sample,
      opacity: style.mutedOpacity,
    });
  }
  const faded = (r: Figure) => isFaded(model.highlight, r.figure.source.id);
  if (any(faded)) {
    // The briefer's highlight: what the faint bars are, in the colour most of them have.
    entries.push({
      key: 'faded',
      label: 'Faded: not highlighted',
      symbol: 'bar',
      color: colorOfRows(faded),
      opacity: fadedOpacity.marks,
    });
  }
  return entries;
}
