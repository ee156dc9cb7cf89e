import type { ChartRow, RowChartModel } from '../../domain/chartModel';
import { getBounds, getDirection } from '../../domain/valueMath';
import { chartTheme } from '../chartTheme';
import type { MeasureText } from '../frame/measureText';

/** Height of every row's band, headings included (Recharts bands are uniform), in px. */
export const rowBand = 50;
export const barThickness = 16;
/** Room under the plot for the axis ticks and the unit. */
export const axisHeight = 40;
/** Room right of the plot for value labels and floor arrows. */
export const valueLabelRoom = 118;

/** Width of the label column: the widest claimant name, within a third of the chart. */
export function getLabelWidth(
  rows: readonly ChartRow[],
  width: number,
  measure: MeasureText,
): number {
  const widest = Math.max(
    0,
    ...rows.map((row) => (row.kind === 'figure' ? measure(row.label, chartTheme.label) : 0)),
  );
  const bounds = [Math.min(110, width * 0.3), Math.max(110, width * 0.34)] as const;
  return Math.round(Math.min(bounds[1], Math.max(bounds[0], widest + 20)));
}

/** The top of the value axis: a round number at or above the highest end of any figure. */
export function getAxisMax(rows: readonly ChartRow[]): number {
  const highest = Math.max(
    1,
    ...rows.flatMap((row) => (row.kind === 'figure' ? [getBounds(row.figure.value).high] : [])),
  );
  return getNiceCeiling(highest);
}

/** 1, 2, 2.5 or 5 times a power of ten, the first at or above `n`. */
export function getNiceCeiling(n: number): number {
  const power = 10 ** Math.floor(Math.log10(n));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= n) ?? 10;
  return step * power;
}

/** One Recharts datum per row: segment values under their series keys. */
export function toRowDatum(row: ChartRow): Record<string, string | number | boolean> {
  if (row.kind === 'heading') return { key: row.key };
  // A ceiling is drawn lighter (the truth lies somewhere below its end), as is a row that
  // cannot be compared with the others.
  const ceiling = getDirection(row.figure.value) === 'ceiling';
  return {
    key: row.key,
    opacity: (row.muted ? chartTheme.mutedOpacity : 1) * (ceiling ? 0.4 : 1),
    ...Object.fromEntries(row.segments.map((s) => [s.series, s.value])),
  };
}

export function getPlotHeight(model: RowChartModel): number {
  return model.rows.length * rowBand;
}
