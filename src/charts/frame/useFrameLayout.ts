import { useMemo } from 'react';
import type { FrameText } from '../../domain/charts/chartModel';
import { useChartStyle } from '../chartStyle';
import { useFontsVersion } from '../../lib/useFontsVersion';
import { layoutFrame, type FrameLayout, type LegendEntry } from './layoutFrame';
import { measureText } from '../../lib/measureText';

/** A chart's frame laid out for its width, measured again once the web fonts have loaded. */
export function useFrameLayout(
  width: number,
  frame: FrameText,
  legend: readonly LegendEntry[],
): FrameLayout {
  const style = useChartStyle();
  const fontsVersion = useFontsVersion();
  return useMemo(
    () => layoutFrame(width, frame, legend, style, measureText),
    // fontsVersion is not read, but a change means the widths measured before are stale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [width, frame, legend, style, fontsVersion],
  );
}
