import { useRef, type ReactNode } from 'react';
import { useElementWidth } from '../../lib/useElementWidth';

/** Below this a chart scrolls sideways rather than squeezing its labels. */
const minChartWidth = 320;

/** A chart laid out for the width its container gives it, drawn once that width is known. */
export function ChartBox({ children }: { children: (width: number) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  return (
    <div ref={ref} className="chart-box">
      {width > 0 ? children(Math.max(width, minChartWidth)) : null}
    </div>
  );
}
