import type { ChartRow, FigureRow } from '../../domain/charts/chartModel';
import { getBounds, getDirection, hasRange } from '../../domain/claims/valueMath';
import type { MeasureText } from '../../lib/measureText';
import type { CalloutObstacles } from '../annotation/indexObstacles';
import type { CalloutTarget } from '../annotation/placeCallout';
import type { ChartStyle, TextStyle } from '../chartStyle';
import { ellipsize, wrapText } from '../frame/wrapText';
import { xAxisHeight, type Box, type Segment } from '../plotGeometry';
import type { RowBandsLayout } from './layoutRowBands';
import { formatRowValue, getBarExtent, type BlankRow } from './rowChartLayout';

/** Where a row chart's rows fall, as Recharts draws them. */
export interface RowPlot {
  /** The plot: right of the label column, left of the value labels, above the axis. */
  readonly box: Box;
  /** Each band's height as drawn (the axis' own height comes out of the plot). */
  readonly step: number;
  readonly toX: (value: number) => number;
}

/** The plot of a row chart laid out so, drawing `count` bands. */
export function getRowPlot(layout: RowBandsLayout, count: number, style: ChartStyle): RowPlot {
  const left = style.padding + layout.labelWidth;
  const right = layout.width - style.sidebar - layout.valueRoom;
  const below = (style.sidebar ? style.padding : layout.frame.footerHeight) + style.axisHeight;
  const top = layout.frame.headerHeight;
  const bottom = layout.height - below - layout.spare - xAxisHeight;
  return {
    box: { left, right, top, bottom },
    step: (bottom - top) / Math.max(1, count),
    toX: (value) => left + (value / layout.axisMax) * (right - left),
  };
}

/** The middle of a drawn row's band, and of its bar (lower where its label sits above it). */
function getMiddles(index: number, plot: RowPlot, layout: RowBandsLayout) {
  const band = plot.box.top + (index + 0.5) * plot.step;
  return { band, bar: band + layout.barOffset };
}

/**
 * A line of text's box from its baseline: Inter's ascent and descent, and a little over at the
 * end (a glyph measured by estimate, where neither the advance table nor a canvas knows it).
 */
function getTextBox(x: number, baseline: number, width: number, style: TextStyle): Box {
  const over = style.size / 6;
  return {
    left: x,
    right: x + width + over,
    top: baseline - style.size,
    bottom: baseline + style.size / 3,
  };
}

/**
 * Everything a row chart draws that a callout keeps clear of, as RowMarks and RowLabel place
 * it: each bar with its whiskers, arrow, cap and outline; its value label; its row's label; a
 * heading's words and its rule. The target row's bar is `own` (the leader ends on it).
 */
export function listRowObstacles(
  drawn: readonly (ChartRow | BlankRow)[],
  targetKey: string,
  layout: RowBandsLayout,
  style: ChartStyle,
  measure: MeasureText,
): { obstacles: CalloutObstacles; own: CalloutObstacles } {
  const plot = getRowPlot(layout, drawn.length, style);
  const k = style.scale;
  const boxes: Box[] = [];
  const segments: Segment[] = [];
  const own: Box[] = [];
  drawn.forEach((row, index) => {
    const middle = getMiddles(index, plot, layout);
    if (row.kind === 'blank') return;
    if (row.kind === 'heading') {
      const room = layout.width - style.sidebar - 2 * style.padding;
      const text = ellipsize(row.label, room, style.heading, measure);
      const words = getTextBox(
        style.padding,
        middle.band + 4 * k,
        measure(text, style.heading),
        style.heading,
      );
      boxes.push({ ...words, left: words.left - 2 * k, right: words.right + 4 * k });
      const y = middle.band + 10 * k;
      segments.push({ x1: style.padding, y1: y, x2: room + style.padding, y2: y });
      return;
    }
    const { mark, value } = getFigureBoxes(row, middle.bar, plot, layout, style, measure);
    (row.key === targetKey ? own : boxes).push(mark);
    boxes.push(value, ...getLabelBoxes(row, middle.band, plot, layout, style, measure));
  });
  return { obstacles: { boxes, segments }, own: { boxes: own, segments: [] } };
}

/** A figure's bar with all its marks, and its value label, as FigureMarks draws them. */
function getFigureBoxes(
  row: FigureRow,
  middle: number,
  plot: RowPlot,
  layout: RowBandsLayout,
  style: ChartStyle,
  measure: MeasureText,
): { mark: Box; value: Box } {
  const k = style.scale;
  const { value } = row.figure;
  const extent = getBarExtent(value);
  const bounds = getBounds(value);
  const ranged = hasRange(value);
  const start = plot.toX(Math.min(extent.start, ranged ? bounds.low : extent.start));
  const end = plot.toX(extent.end);
  const high = ranged ? plot.toX(bounds.high) : end;
  const floor = getDirection(value) === 'floor';
  // Whisker caps reach 7 px either side of the middle; a cap or an outline 3 px past the bar.
  const half = Math.max(layout.barThickness / 2 + 3 * k, 7 * k);
  const mark = {
    left: start - k,
    right: Math.max(end + (floor ? 9 * k : k), high + k),
    top: middle - half,
    bottom: middle + half,
  };
  const labelX = Math.max(end, high) + 6 * k + (floor ? 10 * k : 0);
  const width = measure(formatRowValue(row.figure), style.value);
  return { mark, value: getTextBox(labelX, middle + 4 * k, width, style.value) };
}

/**
 * A row's label: beside the plot, its whole band of the label column; above the bar (narrow
 * charts), each of its lines as RowLabel sets them.
 */
function getLabelBoxes(
  row: FigureRow,
  middle: number,
  plot: RowPlot,
  layout: RowBandsLayout,
  style: ChartStyle,
  measure: MeasureText,
): Box[] {
  const k = style.scale;
  const left = style.padding;
  if (!layout.stacked) {
    // RowLabel sets its lines within the column, 10 px short of the axis.
    const right = plot.box.left - 8 * k;
    return [{ left, right, top: middle - plot.step / 2, bottom: middle + plot.step / 2 }];
  }
  const room = layout.width - style.sidebar - 2 * left;
  const lines = [
    ...wrapText(row.label, room, style.label, measure, 1).map((text) => ({
      text,
      style: style.label,
    })),
    ...wrapText(row.detail, room, style.detail, measure, layout.detailLines).map((text) => ({
      text,
      style: style.detail,
    })),
  ];
  // RowLabel counts from its band's top by the layout's band (as its props give it).
  let baseline = middle - layout.band / 2 + 2 * k;
  return lines.map((line) => {
    baseline += line.style.lineHeight;
    return getTextBox(left, baseline - 3 * k, measure(line.text, line.style), line.style);
  });
}

/**
 * The mark a callout on `claimId` points at: the end of the bar of the row whose figure it is,
 * or of the segment that draws it. Undefined where no row draws it (a stale id).
 */
export function findRowTarget(
  drawn: readonly (ChartRow | BlankRow)[],
  claimId: string,
  layout: RowBandsLayout,
  style: ChartStyle,
): { target: CalloutTarget; rowKey: string } | undefined {
  const plot = getRowPlot(layout, drawn.length, style);
  for (const [index, row] of drawn.entries()) {
    if (row.kind !== 'figure') continue;
    const end = findDrawnEnd(row, claimId);
    if (end === undefined) continue;
    const middle = getMiddles(index, plot, layout).bar;
    const half = layout.barThickness / 2;
    return {
      target: { kind: 'bar', x: plot.toX(end), top: middle - half, bottom: middle + half },
      rowKey: row.key,
    };
  }
  return undefined;
}

/** Where on the value axis the mark of `claimId` ends in this row, if the row draws it. */
export function findDrawnEnd(row: FigureRow, claimId: string): number | undefined {
  const extent = getBarExtent(row.figure.value);
  if (row.figure.id === claimId || row.segments.length < 2) {
    return row.figure.id === claimId || row.segments.some((s) => s.claim.id === claimId)
      ? extent.end
      : undefined;
  }
  const at = row.segments.findIndex((segment) => segment.claim.id === claimId);
  if (at === -1) return undefined;
  return row.segments.slice(0, at + 1).reduce((sum, segment) => sum + segment.value, 0);
}
