import type { FrameText } from '../../domain/charts/chartModel';
import { stripIsolates } from '../../domain/format/isolate';
import { fontFamily } from '../../lib/measureText';
import type { ChartStyle } from '../chartStyle';
import type { FrameLayout } from './layoutFrame';

/**
 * The props every framed Recharts chart shares: its size, room around the plot for the frame
 * (above, and below or in a sidebar), an SVG <title> and <desc>, and no Recharts animation or keyboard layer (our marks are
 * the focus targets, and charts are drawn still, ready for a screenshot).
 */
export function getFramedChartProps(
  frame: FrameText,
  layout: FrameLayout,
  style: ChartStyle,
  size: { width: number; height: number; right: number },
) {
  return {
    width: size.width,
    height: size.height,
    accessibilityLayer: false,
    // Text alternatives are read, not drawn: no isolate marks (see isolate.ts).
    title: stripIsolates(frame.title),
    desc: stripIsolates(frame.subtitle),
    margin: {
      top: layout.headerHeight,
      bottom: (style.sidebar ? style.padding : layout.footerHeight) + style.axisHeight,
      left: style.padding,
      right: size.right + style.sidebar,
    },
    style: { backgroundColor: style.background, fontFamily },
  };
}
