import type { OverTimeModel, TimeSeries } from '../../domain/charts/chartModel';
import { getNiceCeiling } from '../axisScale';
import type { MeasureText } from '../../lib/measureText';
import type { ChartSize } from '../chartKind';
import type { ChartStyle } from '../chartStyle';
import { layoutFrame, type FrameLayout, type LegendEntry } from '../frame/layoutFrame';
import { buildTimeLegend } from './buildTimeLegend';

/** The top of the value axis, with headroom over the highest figure for its marker and label. */
export function getTimeAxisMax(series: readonly TimeSeries[]): number {
  return getNiceCeiling(1.08 * Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.high))));
}

/**
 * The date axis' extent: every span, with a little room at both ends so that markers on the
 * first and last dates are not cut. UTC milliseconds.
 */
export function getTimeDomain(model: OverTimeModel): readonly [number, number] {
  const [start, end] = model.domain;
  return [start - (end - start) * 0.03, end + (end - start) * 0.03];
}

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
}

/** Lays out an over-time chart: its legend and frame, and the room they leave the plot. */
export function layoutTimeChart(
  model: OverTimeModel,
  size: ChartSize,
  style: ChartStyle,
  measure: MeasureText,
): TimeChartLayout {
  const legend = buildTimeLegend(model, style);
  const frame = layoutFrame(size.width, model.frame, legend, style, measure);
  const chrome = frame.chrome;
  const height = size.height ?? Math.ceil(chrome + naturalPlotHeight * style.scale);
  const fits = height - chrome >= leastPlotHeight * style.scale && height >= frame.leastHeight;
  return { legend, frame, height, fits };
}
