import type { OverTimeModel } from '../../domain/charts/chartModel';
import type { MeasureText } from '../../lib/measureText';
import { getCalloutPadding, placeCallout, type PlacedCallout } from '../annotation/placeCallout';
import { wrapCallout } from '../annotation/wrapCallout';
import { makeAxisTickFormatter } from '../axisScale';
import type { ChartSize } from '../chartKind';
import type { ChartStyle } from '../chartStyle';
import { layoutFrame, type FrameLayout, type LegendEntry } from '../frame/layoutFrame';
import { xAxisHeight, type Box } from '../plotGeometry';
import { buildTimeLegend } from './buildTimeLegend';
import { listTimeObstacles } from './listTimeObstacles';
import { getTimeAxisMax } from './timeAxes';

/** The least plot height, at scale 1, for which an over-time chart still reads. */
const leastPlotHeight = 160;
/** The plot's height, at scale 1, where the chart is as tall as it likes (on screen). */
const naturalPlotHeight = 300;

export interface TimeChartLayout {
  readonly legend: readonly LegendEntry[];
  readonly frame: FrameLayout;
  /** The whole chart's height: the fixed height, or the frame and a natural plot. */
  readonly height: number;
  /** False when a fixed height leaves a plot less than 160 px tall (at scale 1). */
  readonly fits: boolean;
  /** The value axis' width: its widest tick ("150,000") beside the rotated unit. */
  readonly axisWidth: number;
  /** A band made above the plot for the callout, where the plot had no clear place; or 0. */
  readonly calloutRoom: number;
  /** The briefer's callout as drawn: absent where there is none, or its point is not drawn. */
  readonly callout?: PlacedCallout;
}

/**
 * Lays out an over-time chart: its legend and frame, the room they leave the plot, and the
 * briefer's callout if it has one. The callout goes in a clear place in the plot where there is
 * one (its leader crossing no line if it can be helped); otherwise in a band made above the
 * plot, which the plot gives up (and `fits` counts), its leader then reaching down to the point.
 */
export function layoutTimeChart(
  model: OverTimeModel,
  size: ChartSize,
  style: ChartStyle,
  measure: MeasureText,
): TimeChartLayout {
  const k = style.scale;
  const legend = buildTimeLegend(model, style);
  const frame = layoutFrame(size.width, model.frame, legend, style, measure);
  const formatTick = makeAxisTickFormatter(model.axisMax ?? getTimeAxisMax(model.series));
  const widestTick = formatTick(model.axisMax ?? getTimeAxisMax(model.series));
  const axisWidth = Math.max(52 * k, measure(widestTick, style.axisLabel) + 26 * k);
  const layOut = (calloutRoom: number) => {
    const chrome = frame.chrome + calloutRoom;
    const height = size.height ?? Math.ceil(chrome + naturalPlotHeight * k);
    const fits = height - chrome >= leastPlotHeight * k && height >= frame.leastHeight;
    return { legend, frame, height, fits, axisWidth, calloutRoom };
  };
  const plain = layOut(0);
  const { annotation } = model;
  if (!annotation?.text.trim()) return plain;
  const plot = getTimePlot(plain, size.width, style);
  const found = listTimeObstacles(model, plot, annotation.claimId, style, measure);
  if (!found) return plain;
  // Half the plot, to fit between lines; where half is narrow (a phone), a sensible measure.
  const plotWidth = plot.right - plot.left;
  const measureWidth = Math.min(plotWidth - 24 * k, 16 * style.annotation.size);
  const maxWidth = Math.max(plotWidth / 2, measureWidth);
  const texts = wrapCallout(annotation.text, style.annotation, measure, maxWidth);
  const request = { ...found, texts, style: style.annotation, scale: k };
  const bounds = { ...plot, right: plot.right + 24 * k };
  const inPlot = placeCallout({ ...request, bounds, leaderMayCross: 'lines' });
  if (inPlot) return { ...plain, callout: inPlot };
  // A band above the plot, as tall as the callout set on its fewest lines.
  const fewest = texts.reduce((a, b) => (b.height < a.height ? b : a));
  const room = Math.ceil(fewest.height + 2 * getCalloutPadding(k).y + 8 * k);
  const spaced = layOut(room);
  const lower = getTimePlot(spaced, size.width, style);
  const moved = listTimeObstacles(model, lower, annotation.claimId, style, measure);
  if (!moved) return plain;
  const band = { ...bounds, top: lower.top - room + 4 * k, bottom: lower.top - 4 * k };
  const inBand = { ...request, ...moved, texts: [fewest], bounds: band, reach: Infinity };
  const callout = placeCallout({ ...inBand, leaderMayCross: 'anything' });
  return callout ? { ...spaced, callout } : { ...plain, fits: false };
}

/** The plot of an over-time chart laid out so, as Recharts draws it, in the chart's pixels. */
export function getTimePlot(
  layout: Pick<TimeChartLayout, 'frame' | 'height' | 'axisWidth' | 'calloutRoom'>,
  width: number,
  style: ChartStyle,
): Box {
  const below = (style.sidebar ? style.padding : layout.frame.footerHeight) + style.axisHeight;
  return {
    left: style.padding + layout.axisWidth,
    // OverTimeChart leaves 28 px right of the plot for the last label.
    right: width - style.sidebar - 28 * style.scale,
    top: layout.frame.headerHeight + layout.calloutRoom,
    bottom: layout.height - below - xAxisHeight,
  };
}
