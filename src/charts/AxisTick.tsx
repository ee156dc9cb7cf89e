import type { BaseTickContentProps } from 'recharts';
import { fontFamily } from '../lib/measureText';
import type { TextStyle } from './chartStyle';

/** How far below its anchor point one line of text starts, as Recharts' own Text sets it. */
const verticalShift = { start: '0.71em', middle: '0.355em', end: '0' } as const;

interface AxisTickProps {
  /** What Recharts passes a custom tick: where, which way, which value. */
  readonly tick: BaseTickContentProps;
  readonly text: TextStyle;
}

/**
 * An axis tick label as one SVG text element. Recharts' default tick is its Text component,
 * which measures every word in the DOM (a forced layout per chart) to be able to wrap it; these
 * labels are one short number or month each and never wrap.
 */
export function AxisTick({ tick, text }: AxisTickProps) {
  // Numbers on value axes, month timestamps on the time axis: always formatted by the axis.
  const value: unknown = tick.payload.value;
  return (
    <text
      className={tick.className}
      x={tick.x}
      y={tick.y}
      dy={verticalShift[tick.verticalAnchor]}
      textAnchor={tick.textAnchor}
      fontFamily={fontFamily}
      fontSize={text.size}
      fill={text.fill}
    >
      {tick.tickFormatter ? tick.tickFormatter(value, tick.index) : String(value)}
    </text>
  );
}
