import { useId } from 'react';
import { useChartStyle } from '../chartStyle';
import { HatchPattern } from './HatchPattern';
import type { LegendSymbol } from './layoutFrame';

/** A legend's sample of a mark, centred vertically on 0, `width` wide, at the chart's scale. */
export function LegendSymbolSvg(props: {
  symbol: LegendSymbol;
  color: string;
  width: number;
  /** A dashed line's pattern, at scale 1. */
  dash?: string | undefined;
}) {
  const style = useChartStyle();
  const hatchId = useId();
  // Drawn at scale 1 in a scaled group, so the shapes below can keep their plain sizes.
  return (
    <g transform={`scale(${style.scale})`}>
      {props.symbol === 'hatched' ? (
        <HatchPattern id={hatchId} color={style.background} scale={1} />
      ) : null}
      <DrawSymbol
        symbol={props.symbol}
        color={props.color}
        width={props.width / style.scale}
        dash={props.dash}
        ink={style.text}
        background={style.background}
        hatchId={hatchId}
      />
    </g>
  );
}

interface DrawSymbolProps {
  readonly symbol: LegendSymbol;
  readonly color: string;
  readonly width: number;
  readonly dash?: string | undefined;
  readonly ink: string;
  readonly background: string;
  readonly hatchId: string;
}

function DrawSymbol({ symbol, color, width, dash, ink, background, hatchId }: DrawSymbolProps) {
  switch (symbol) {
    case 'bar':
      return <rect x={0} y={-5} width={width} height={10} fill={color} />;
    case 'line':
      return (
        <g>
          <line x1={0} x2={width} y1={0} y2={0} stroke={color} strokeWidth={2} />
          <circle cx={width / 2} cy={0} r={3.5} fill={color} />
        </g>
      );
    case 'hollow-dot':
      return (
        <circle cx={width / 2} cy={0} r={4.5} fill={background} stroke={color} strokeWidth={2} />
      );
    case 'dashed-line':
      return (
        <line
          x1={0}
          x2={width}
          y1={0}
          y2={0}
          stroke={color}
          strokeWidth={2}
          strokeDasharray={dash && dash !== 'none' ? dash : '6 3'}
        />
      );
    case 'up':
      return <path d={trianglePath(width / 2, 0, 'up')} fill={color} />;
    case 'down':
      return <path d={trianglePath(width / 2, 0, 'down')} fill={color} />;
    case 'span':
      return (
        <line
          x1={2}
          x2={width - 2}
          y1={0}
          y2={0}
          stroke={color}
          strokeWidth={5}
          strokeLinecap="round"
          opacity={0.5}
        />
      );
    case 'whisker':
      return (
        <g stroke={ink} strokeWidth={1.5}>
          <line x1={2} x2={width - 2} y1={0} y2={0} />
          <line x1={2} x2={2} y1={-5} y2={5} />
          <line x1={width - 2} x2={width - 2} y1={-5} y2={5} />
        </g>
      );
    case 'floor':
      return (
        <g>
          <rect x={0} y={-5} width={width - 9} height={10} fill={color} />
          <path d={floorArrowPath(width - 8, 0)} fill={ink} />
        </g>
      );
    case 'ceiling':
      return (
        <g>
          {/* As light as a ceiling's bar (rows/rowChartLayout.ts, ceilingOpacity). */}
          <rect x={0} y={-5} width={width - 3} height={10} fill={color} opacity={0.4} />
          <line x1={width - 3} x2={width - 3} y1={-7} y2={7} stroke={ink} strokeWidth={2} />
        </g>
      );
    case 'hatched':
      return (
        <g>
          <rect x={0} y={-5} width={width} height={10} fill={color} />
          <rect x={0} y={-5} width={width} height={10} fill={`url(#${hatchId})`} />
        </g>
      );
    case 'ringed':
      return (
        <g>
          <circle cx={width / 2} cy={0} r={3.5} fill={color} />
          <circle {...doubtRing(width / 2, 0)} stroke={ink} />
        </g>
      );
    case 'derived':
      return (
        <rect
          x={1}
          y={-5}
          width={width - 2}
          height={10}
          fill="none"
          stroke={ink}
          strokeWidth={1.5}
          strokeDasharray="3 2"
        />
      );
  }
}

/** A right-pointing arrowhead starting at (x, y): "and more"; `k` is the chart's scale. */
export function floorArrowPath(x: number, y: number, k = 1): string {
  return `M${x},${y - 6 * k} L${x + 8 * k},${y} L${x},${y + 6 * k} Z`;
}

/** A small triangle centred on (x, y): up for "at least", down for "up to"; `k` scales it. */
export function trianglePath(x: number, y: number, direction: 'up' | 'down', k = 1): string {
  const d = (direction === 'up' ? -1 : 1) * k;
  return `M${x - 5 * k},${y - 4 * d} L${x + 5 * k},${y - 4 * d} L${x},${y + 5 * d} Z`;
}

/** The dashed ring drawn around a dot whose figure is not vouched for; `k` is the scale. */
export function doubtRing(cx: number, cy: number, k = 1) {
  return {
    cx,
    cy,
    r: 8 * k,
    fill: 'none',
    strokeWidth: 1.5 * k,
    strokeDasharray: `${2.5 * k} ${2 * k}`,
  };
}
