import type { RowChartModel } from '../../domain/charts/chartModel';
import type { MeasureText } from '../../lib/measureText';
import { getCallouts, hasCallout } from '../annotation/loadCallouts';
import type { ChartSize } from '../chartKind';
import type { ChartStyle } from '../chartStyle';
import { layoutRowBands } from './layoutRowBands';
import type { RowChartLayout } from './layoutRowCallout';

/**
 * Lays out a row chart (see layoutRowBands) with the briefer's callout, if it has one (see
 * layoutRowCallout). The callout's code loads on demand: a chart with one is laid out only once
 * loadCallouts has settled (its drawing suspends on it, an export awaits it).
 */
export function layoutRowChart(
  model: RowChartModel,
  size: ChartSize,
  style: ChartStyle,
  measure: MeasureText,
): RowChartLayout {
  const bands = layoutRowBands(model, size, style, measure);
  if (!hasCallout(model)) return bands;
  return getCallouts().layoutRowCallout(model, bands, size, style, measure);
}
