import type { RowChartModel } from '../../domain/charts/chartModel';
import type { MeasureText } from '../../lib/measureText';
import type { ChartSize } from '../chartKind';
import type { ChartStyle } from '../chartStyle';
import { layoutFrame, type FrameLayout, type LegendEntry } from '../frame/layoutFrame';
import { buildRowLegend, getRowSeriesColors } from './buildRowLegend';
import { getAxisMax, getLabelWidth, getValueLabelRoom } from './rowChartLayout';

export interface RowChartLayout {
  /** Each series' colour, by series key. */
  readonly colors: ReadonlyMap<string, string>;
  readonly legend: readonly LegendEntry[];
  readonly width: number;
  readonly height: number;
  readonly frame: FrameLayout;
  readonly labelWidth: number;
  /** Room right of the plot for value labels. */
  readonly valueRoom: number;
  /** Height of each row's band (Recharts bands are uniform, headings included). */
  readonly band: number;
  /** Bars thicken with their band (on tall export sizes), up to twice their natural size. */
  readonly barThickness: number;
  /** Blank space between the axis and the footer, when a fixed height leaves some over. */
  readonly spare: number;
  readonly axisMax: number;
  /** False when a fixed height is too small for two lines of text per row. */
  readonly fits: boolean;
  /**
   * Narrow charts put each row's label above its bar, across the whole width, instead of in a
   * column beside it, so that neither the text nor the bars shrink below legibility.
   */
  readonly stacked: boolean;
  /** How far bars sit below their band's middle (stacked rows make room for the label). */
  readonly barOffset: number;
}

/** Below this width (at scale 1), labels go above their bars. */
const narrowWidth = 480;

/**
 * Lays out a row chart. With only a width (on screen), rows take their natural band and the
 * chart is as tall as it needs. With a height too (an export size), the rows share what the
 * frame leaves, up to 2.5 natural bands each; any height left over goes below the axis.
 */
export function layoutRowChart(
  model: RowChartModel,
  size: ChartSize,
  style: ChartStyle,
  measure: MeasureText,
): RowChartLayout {
  const { width } = size;
  const colors = getRowSeriesColors(model.series, style);
  const legend = buildRowLegend(model, colors, style);
  const frame = layoutFrame(width, model.frame, legend, style, measure);
  const chrome = frame.headerHeight + frame.footerHeight + style.axisHeight;
  const rows = Math.max(1, model.rows.length);
  const base = {
    colors,
    legend,
    width,
    frame,
    labelWidth: getLabelWidth(model.rows, width, style, measure),
    valueRoom: getValueLabelRoom(model.rows, style, measure),
    axisMax: getAxisMax(model.rows),
  };
  if (size.height === undefined) {
    const barThickness = style.barThickness;
    if (width < narrowWidth * style.scale) {
      const k = style.scale;
      // Claimant and detail on a line each above the bar, then the bar and a gap.
      const label = style.label.lineHeight + style.detail.lineHeight;
      const band = label + barThickness + 12 * k;
      const height = Math.ceil(chrome + rows * band);
      const stacked = { labelWidth: 4 * k, stacked: true, barOffset: 2 * k + label / 2 };
      return { ...base, ...stacked, height, band, barThickness, spare: 0, fits: true };
    }
    const height = Math.ceil(chrome + rows * style.rowBand);
    const flat = { stacked: false, barOffset: 0 };
    return { ...base, ...flat, height, band: style.rowBand, barThickness, spare: 0, fits: true };
  }
  const room = size.height - chrome;
  const band = Math.min(room / rows, 2.5 * style.rowBand);
  const leastBand = style.label.lineHeight + style.detail.lineHeight + 4 * style.scale;
  return {
    ...base,
    height: size.height,
    band,
    barThickness: Math.max(style.barThickness, Math.min(band * 0.32, 2 * style.barThickness)),
    spare: Math.max(0, room - band * rows),
    fits: band >= leastBand,
    stacked: false,
    barOffset: 0,
  };
}
