import { makeChartStyle, type ChartStyle, type ThemeName } from '../charts/chartStyle';
import type { ChartSpec } from '../charts/chartSpec';
import { measureText } from '../lib/measureText';
import { buildRowLegend, getRowSeriesColors } from '../charts/rows/buildRowLegend';
import { layoutRowChart } from '../charts/rows/layoutRowChart';
import { fitsTimeChart } from '../charts/time/layoutTimeChart';
import type { ExportPreset } from './exportFormats';

/** The smallest scale an export may be drawn at before it stops reading well. */
const leastScale = 0.7;

export interface ExportLayout {
  readonly style: ChartStyle;
  /** The export's size in pixels at 1x; no height for "as on screen" (the chart's own). */
  readonly size: { readonly width: number; readonly height?: number };
}

/**
 * The style an export is drawn in: for a fixed size, the preset's scale, lowered step by step
 * until every row has room for its text and the frame keeps every note and source; "as on
 * screen" keeps the screen's width and scale.
 */
export function chooseExportStyle(
  spec: ChartSpec,
  preset: ExportPreset,
  theme: ThemeName,
  screenWidth: number,
): ExportLayout {
  const size = preset.size;
  if (!size) return { style: makeChartStyle(theme, 1), size: { width: screenWidth } };
  let scale = preset.scale;
  for (; scale > leastScale; scale = Math.round((scale - 0.05) * 100) / 100) {
    const style = makeChartStyle(theme, scale);
    if (fits(spec, size, style)) return { style, size };
  }
  return { style: makeChartStyle(theme, leastScale), size };
}

function fits(
  spec: ChartSpec,
  size: { width: number; height: number },
  style: ChartStyle,
): boolean {
  if (spec.kind === 'time') return fitsTimeChart(spec.model, size, style, measureText);
  const colors = getRowSeriesColors(spec.model.series, style);
  const legend = buildRowLegend(spec.model, colors, style);
  return layoutRowChart(spec.model, legend, size, style, measureText).fits;
}
