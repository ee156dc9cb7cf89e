import type { OverTimeModel } from '../../domain/charts/chartModel';
import type { ChartStyle } from '../chartStyle';
import { layoutFrame } from '../frame/layoutFrame';
import type { MeasureText } from '../../lib/measureText';
import { buildTimeLegend } from './buildTimeLegend';

/** The least plot height, at scale 1, for which an over-time chart still reads. */
const leastPlotHeight = 160;

/**
 * Whether an over-time chart fits a fixed height in this style: its frame at this width leaves
 * a plot at least 160 px tall (at scale 1). Pure, for choosing an export's scale.
 */
export function fitsTimeChart(
  model: OverTimeModel,
  size: { readonly width: number; readonly height: number },
  style: ChartStyle,
  measure: MeasureText,
): boolean {
  const frame = layoutFrame(size.width, model.frame, buildTimeLegend(model, style), style, measure);
  const plot = size.height - frame.headerHeight - frame.footerHeight - style.axisHeight;
  return plot >= leastPlotHeight * style.scale;
}
