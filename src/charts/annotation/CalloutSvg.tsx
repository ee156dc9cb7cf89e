import { useChartStyle } from '../chartStyle';
import { SvgText } from '../frame/SvgText';
import { keepWordBreaks } from '../frame/wrapText';
import type { PlacedCallout } from './placeCallout';

/**
 * Upright, not italic: every output embeds Inter's upright faces only, and a slanted copy would
 * differ between the browser (synthesised) and the PDF (another font).
 *
 * A briefer's callout, set apart from the chart's own words: in the frame's ink, in a box ruled
 * thinly on paper (grid lines do not run through it), with a hairline leader from the
 * box to the mark (pinned to a bar's end by a small dot). Drawn above the marks; the pointer passes through
 * it to the marks' focus targets beneath.
 */
export function CalloutSvg({ callout }: { callout: PlacedCallout | undefined }) {
  const style = useChartStyle();
  if (!callout) return null;
  const k = style.scale;
  const { box, leader } = callout;
  const lines = keepWordBreaks(callout.lines.map((line) => line.text));
  return (
    <g className="chart-callout" pointerEvents="none">
      <line {...leader} stroke={style.text} strokeWidth={k} />
      {callout.pinned ? <circle cx={leader.x2} cy={leader.y2} r={2 * k} fill={style.text} /> : null}
      <rect
        x={box.left}
        y={box.top}
        width={box.right - box.left}
        height={box.bottom - box.top}
        rx={2 * k}
        fill={style.background}
        stroke={style.text}
        strokeWidth={0.75 * k}
      />
      {callout.lines.map((line, i) => (
        <SvgText key={i} textStyle={style.annotation} x={line.x} y={line.y}>
          {lines[i]}
        </SvgText>
      ))}
    </g>
  );
}
