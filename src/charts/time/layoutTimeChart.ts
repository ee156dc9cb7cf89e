import type { OverTimeModel } from '../../domain/charts/chartModel';
import type { MeasureText } from '../../lib/measureText';
import { getCallouts, hasCallout } from '../annotation/loadCallouts';
import { makeAxisTickFormatter } from '../axisScale';
import type { ChartSize } from '../chartKind';
import type { ChartStyle } from '../chartStyle';
import { layoutFrame } from '../frame/layoutFrame';
import { buildTimeLegend } from './buildTimeLegend';
import type { TimeChartLayout } from './timeChartLayout';
import { getTimeAxisMax } from './timeAxes';

/** The least plot height, at scale 1, for which an over-time chart still reads. */
const leastPlotHeight = 160;
/** The plot's height, at scale 1, where the chart is as tall as it likes (on screen). */
const naturalPlotHeight = 300;

/**
 * Lays out an over-time chart: its legend and frame, the room they leave the plot, and the
 * briefer's callout if it has one (see layoutTimeCallout). The callout's code loads on demand:
 * a chart with one is laid out only once loadCallouts has settled (its drawing suspends on it,
 * an export awaits it).
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
  if (!hasCallout(model)) return layOut(0);
  return getCallouts().layoutTimeCallout(model, layOut, size, style, measure);
}
