import { getChartKind } from '../charts/chartKindRegistry';
import { makeChartStyle, type ChartStyle, type ThemeName } from '../charts/chartStyle';
import type { ChartModel } from '../domain/charts/chartModel';
import { measureText } from '../lib/measureText';
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
 * until the chart's own layout says every row has room for its text and the frame keeps every
 * note and source; "as on screen" keeps the screen's width and scale.
 */
export async function chooseExportStyle(
  chart: ChartModel,
  preset: ExportPreset,
  theme: ThemeName,
  screenWidth: number,
): Promise<ExportLayout> {
  const size = preset.size;
  if (!size) return { style: makeChartStyle(theme, 1), size: { width: screenWidth } };
  const layout = await getChartKind(chart).loadLayout();
  let scale = preset.scale;
  for (; scale > leastScale; scale = Math.round((scale - 0.05) * 100) / 100) {
    const style = makeChartStyle(theme, scale);
    if (layout(chart, size, style, measureText).fits) return { style, size };
  }
  return { style: makeChartStyle(theme, leastScale), size };
}
