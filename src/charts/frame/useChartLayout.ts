import { useMemo } from 'react';
import { measureText, type MeasureText } from '../../lib/measureText';
import { useFontsVersion } from '../../lib/useFontsVersion';
import type { ChartSize } from '../chartKind';
import { useChartStyle, type ChartStyle } from '../chartStyle';

/**
 * A chart laid out by its kind's layout for a size in the current style, laid out again once the
 * web fonts have loaded (text measured before was measured in a fallback font).
 */
export function useChartLayout<Model, Layout>(
  layout: (model: Model, size: ChartSize, style: ChartStyle, measure: MeasureText) => Layout,
  model: Model,
  width: number,
  height: number | undefined,
): Layout {
  const style = useChartStyle();
  const fontsVersion = useFontsVersion();
  return useMemo(
    () => layout(model, height === undefined ? { width } : { width, height }, style, measureText),
    // fontsVersion is not read, but a change means the widths measured before are stale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [layout, model, width, height, style, fontsVersion],
  );
}
