import type { ChartStyle } from '../chartStyle';
import type { FrameLayout, LegendEntry } from '../frame/layoutFrame';
import { xAxisHeight, type Box } from '../plotGeometry';
import type { PlacedCallout } from '../annotation/placeCallout';

/** An over-time chart laid out (layoutTimeChart), with its callout where it has one. */
export interface TimeChartLayout {
  readonly legend: readonly LegendEntry[];
  readonly frame: FrameLayout;
  /** The whole chart's height: the fixed height, or the frame and a natural plot. */
  readonly height: number;
  /** False when a fixed height leaves a plot less than 160 px tall (at scale 1). */
  readonly fits: boolean;
  /** The value axis' width: its widest tick ("150,000") beside the rotated unit. */
  readonly axisWidth: number;
  /** A band made above the plot for the callout, where the plot had no clear place; or 0. */
  readonly calloutRoom: number;
  /** The briefer's callout as drawn: absent where there is none, or its point is not drawn. */
  readonly callout?: PlacedCallout;
}

/** The plot of an over-time chart laid out so, as Recharts draws it, in the chart's pixels. */
export function getTimePlot(
  layout: Pick<TimeChartLayout, 'frame' | 'height' | 'axisWidth' | 'calloutRoom'>,
  width: number,
  style: ChartStyle,
): Box {
  const below = (style.sidebar ? style.padding : layout.frame.footerHeight) + style.axisHeight;
  return {
    left: style.padding + layout.axisWidth,
    // OverTimeChart leaves 28 px right of the plot for the last label.
    right: width - style.sidebar - 28 * style.scale,
    top: layout.frame.headerHeight + layout.calloutRoom,
    bottom: layout.height - below - xAxisHeight,
  };
}
