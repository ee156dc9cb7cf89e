import type { ChartRow } from '../../domain/charts/chartModel';
import type { Claim } from '../../domain/claims/claim';
import { formatValueShort } from '../../domain/format/formatValue';
import type { Value } from '../../data/schema/datasetSchema';
import { getBounds, getCentral, getDirection, hasRange } from '../../domain/claims/valueMath';
import type { ChartStyle } from '../chartStyle';
import type { MeasureText } from '../../lib/measureText';
import { getNiceCeiling } from '../axisScale';
import { fadedOpacity } from '../highlight';

/** A figure's label at the end of its bar: "\u2265300", "4,700 derived". */
export function formatRowValue(figure: Claim): string {
  return `${formatValueShort(figure.value)}${figure.derivedFrom ? ' derived' : ''}`;
}

/** Room right of the plot for the widest value label, after a floor's arrow. */
export function getValueLabelRoom(
  rows: readonly ChartRow[],
  style: ChartStyle,
  measure: MeasureText,
): number {
  const widest = Math.max(
    0,
    ...rows.map((row) =>
      row.kind === 'figure' ? measure(formatRowValue(row.figure), style.value) : 0,
    ),
  );
  return Math.ceil(Math.max(40 * style.scale, widest + 26 * style.scale));
}

/**
 * Width of the label column: its widest line, within a third of the chart, or `most` of it
 * (fixed sizes, whose rows cannot grow taller for a name that wraps).
 */
export function getLabelWidth(
  rows: readonly ChartRow[],
  width: number,
  style: ChartStyle,
  measure: MeasureText,
  most = 0.34,
): number {
  // Wide enough for the claimant and, where the chart has room, its detail on one line.
  const widest = Math.max(
    0,
    ...rows.map((row) =>
      row.kind === 'figure'
        ? Math.max(measure(row.label, style.label), measure(row.detail, style.detail))
        : 0,
    ),
  );
  const least = 110 * style.scale;
  const bounds = [Math.min(least, width * 0.3), Math.max(least, width * most)] as const;
  return Math.round(Math.min(bounds[1], Math.max(bounds[0], widest + 20 * style.scale)));
}

/** The top of the value axis: a round number at or above the highest end of any figure. */
export function getAxisMax(rows: readonly ChartRow[]): number {
  const highest = Math.max(
    1,
    ...rows.flatMap((row) => (row.kind === 'figure' ? [getBounds(row.figure.value).high] : [])),
  );
  return getNiceCeiling(highest);
}

/** How much lighter a ceiling's bar is drawn than a figure's, and its key in the legend. */
export const ceilingOpacity = 0.4;

/** An invisible first segment that lifts a range given without a best off the axis. */
export const rangeOffsetKey = '__range-offset';

/**
 * Where a figure's bar runs on the value axis: from 0 to its best; a range given without a
 * best runs from low to high, so that no central figure is invented.
 */
export function getBarExtent(value: Value): { start: number; end: number } {
  if (value.best === undefined && hasRange(value)) {
    const { low, high } = getBounds(value);
    return { start: low, end: high };
  }
  return { start: 0, end: getCentral(value) };
}

/** A band with nothing in it, made room for a callout (see layoutRowChart). */
export interface BlankRow {
  readonly kind: 'blank';
  readonly key: string;
}

/** Where a callout's blank bands go: `rows` of them, just above or below the row keyed `by`. */
export interface CalloutRoom {
  readonly by: string;
  readonly side: 'above' | 'below';
  readonly rows: number;
}

/** The bands a row chart draws, top to bottom: its rows, with any room made for a callout. */
export function listDrawnRows(
  rows: readonly ChartRow[],
  room: CalloutRoom | undefined,
): readonly (ChartRow | BlankRow)[] {
  if (!room) return rows;
  const blanks = Array.from({ length: room.rows }, (_, i): BlankRow => ({
    kind: 'blank',
    key: `${blankRowPrefix}${i}`,
  }));
  return rows.flatMap((row) => {
    if (row.key !== room.by) return [row];
    return room.side === 'above' ? [...blanks, row] : [row, ...blanks];
  });
}

/** Blank rows' keys start so; no row of a chart's has such a key (theirs are claims' ids). */
const blankRowPrefix = '__callout-room-';

/**
 * One Recharts datum per row: segment values under their series keys. `faded`: a briefer
 * highlighted other claimants, and this row's bar is drawn fainter.
 */
export function toRowDatum(
  row: ChartRow | BlankRow,
  style: ChartStyle,
  faded = false,
): Record<string, string | number | boolean> {
  if (row.kind !== 'figure') return { key: row.key };
  // A ceiling is drawn lighter (the truth lies somewhere below its end), as is a row that
  // cannot be compared with the others.
  const ceiling = getDirection(row.figure.value) === 'ceiling';
  const opacity =
    (row.muted ? style.mutedOpacity : 1) *
    (ceiling ? ceilingOpacity : 1) *
    (faded ? fadedOpacity.marks : 1);
  const [only] = row.segments;
  const extent = getBarExtent(row.figure.value);
  if (row.segments.length === 1 && only && extent.start > 0) {
    return {
      key: row.key,
      opacity,
      [rangeOffsetKey]: extent.start,
      [only.series]: extent.end - extent.start,
    };
  }
  return {
    key: row.key,
    opacity,
    ...Object.fromEntries(row.segments.map((s) => [s.series, s.value])),
  };
}
