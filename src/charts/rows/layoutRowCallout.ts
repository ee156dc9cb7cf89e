import type { RowChartModel } from '../../domain/charts/chartModel';
import type { MeasureText } from '../../lib/measureText';
import { placeCallout, type PlacedCallout } from '../annotation/placeCallout';
import { wrapCallout } from '../annotation/wrapCallout';
import type { ChartSize } from '../chartKind';
import type { ChartStyle } from '../chartStyle';
import { layoutRowBands, type RowBandsLayout } from './layoutRowBands';
import { findRowTarget, getRowPlot, listRowObstacles } from './listRowObstacles';
import { listDrawnRows, type CalloutRoom } from './rowChartLayout';

export interface RowChartLayout extends RowBandsLayout {
  /** The briefer's callout as drawn: absent where there is none, or its figure is not drawn. */
  readonly callout?: PlacedCallout;
  /** Blank bands made for the callout, where the plot had no clear place for it. */
  readonly calloutRoom?: CalloutRoom;
}

/** The most blank bands a callout may take: at the smallest bands, room for eight lines. */
const mostBlankRows = 4;

/**
 * A row chart's layout (`bands`, see layoutRowChart) with the briefer's callout: in a clear
 * place in the plot where there is one; otherwise in blank bands made just above its row (below
 * it, where labels sit above bars), as few as it takes, which the chart's height (or, at a fixed
 * height, its bands and so its `fits`) accounts for. A callout on a figure the chart does not
 * draw is left out; one that no room holds (a plot narrower than a word) is left out too, and
 * the layout does not fit.
 */
export function layoutRowCallout(
  model: RowChartModel,
  bands: RowBandsLayout,
  size: ChartSize,
  style: ChartStyle,
  measure: MeasureText,
): RowChartLayout {
  const { annotation } = model;
  if (!annotation?.text.trim()) return bands;
  const target = findRowTarget(model.rows, annotation.claimId, bands, style);
  if (!target) return bands;
  const inPlace = placeRowCallout(model, bands, undefined, style, measure);
  if (inPlace) return { ...bands, callout: inPlace };
  // Where labels sit above their bars (narrow charts), the row's own label is in the way of a
  // leader from above: the room goes below it first.
  const sides = bands.stacked ? (['below', 'above'] as const) : (['above', 'below'] as const);
  for (let rows = 1; rows <= mostBlankRows; rows++) {
    const spaced = layoutRowBands(model, size, style, measure, rows);
    for (const side of sides) {
      const room = { by: target.rowKey, side, rows };
      const callout = placeRowCallout(model, spaced, room, style, measure);
      if (callout) return { ...spaced, callout, calloutRoom: room };
    }
  }
  return { ...bands, fits: false };
}

/**
 * The callout placed among the rows as drawn (with `room`'s blank bands): in the plot and the
 * value labels' margin, its leader clear of every mark and label, and of headings' rules where
 * it can be.
 */
function placeRowCallout(
  model: RowChartModel,
  layout: RowBandsLayout,
  room: CalloutRoom | undefined,
  style: ChartStyle,
  measure: MeasureText,
): PlacedCallout | undefined {
  const { annotation } = model;
  if (!annotation) return undefined;
  const drawn = listDrawnRows(model.rows, room);
  const found = findRowTarget(drawn, annotation.claimId, layout, style);
  if (!found) return undefined;
  const k = style.scale;
  const plot = getRowPlot(layout, drawn.length, style).box;
  const bounds = {
    left: plot.left + 2 * k,
    right: layout.width - style.sidebar - 4 * k,
    top: plot.top + 2 * k,
    bottom: plot.bottom - 2 * k,
  };
  const maxWidth = bounds.right - bounds.left - 12 * k;
  const { obstacles, own } = listRowObstacles(drawn, found.rowKey, layout, style, measure);
  const request = {
    texts: wrapCallout(annotation.text, style.annotation, measure, maxWidth),
    target: found.target,
    bounds,
    obstacles,
    own,
    style: style.annotation,
    scale: k,
  };
  return placeCallout({ ...request, leaderMayCross: 'lines' });
}
