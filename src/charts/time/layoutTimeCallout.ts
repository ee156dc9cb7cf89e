import type { OverTimeModel } from '../../domain/charts/chartModel';
import type { MeasureText } from '../../lib/measureText';
import { getCalloutPadding, placeCallout } from '../annotation/placeCallout';
import { wrapCallout } from '../annotation/wrapCallout';
import type { ChartSize } from '../chartKind';
import type { ChartStyle } from '../chartStyle';
import { listTimeObstacles } from './listTimeObstacles';
import { getTimePlot, type TimeChartLayout } from './timeChartLayout';

/**
 * An over-time chart's layout (see layoutTimeChart; `layOut` makes it with a band of a height
 * above the plot) with the briefer's callout. The callout goes in a clear place in the plot
 * where there is one (its leader crossing no line if it can be helped); otherwise in a band
 * made above the plot, which the plot gives up (and `fits` counts), its leader then reaching
 * down to the point.
 */
export function layoutTimeCallout(
  model: OverTimeModel,
  layOut: (calloutRoom: number) => TimeChartLayout,
  size: ChartSize,
  style: ChartStyle,
  measure: MeasureText,
): TimeChartLayout {
  const k = style.scale;
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
