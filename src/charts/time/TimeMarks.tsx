import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { TimePoint, TimeSeries } from '../../domain/buildOverTimeChart';
import { formatValueShort } from '../../domain/formatValue';
import { getDirection } from '../../domain/valueMath';
import { chartTheme } from '../chartTheme';
import { SvgText } from '../frame/SvgText';
import { measureText } from '../frame/measureText';
import { trianglePath } from '../frame/LegendSymbolSvg';
import { getSeriesColor } from '../palette';
import { getMarkProps } from '../tooltip/getMarkProps';
import type { ClaimPopover } from '../tooltip/useClaimPopover';
import { placeLabels } from './placeLabels';

/**
 * The figures on the date axis: a band across the month or year a date covers, a whisker for a
 * range, a marker whose shape says point, floor or ceiling (hollow when derived), a value label
 * where there is room, and a focusable target that opens the claim's card.
 */
export function TimeMarks({
  series,
  popover,
}: {
  series: readonly TimeSeries[];
  popover: ClaimPopover;
}) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  const toX = (t: number) => x(t) ?? plot.x;
  const toY = (v: number) => y(v) ?? plot.y + plot.height;
  const marks = series.flatMap((s, index) =>
    s.points.map((point) => ({
      point,
      color: getSeriesColor(index),
      cx: toX(point.x),
      cy: toY(point.y),
    })),
  );
  const labels = placeLabels(
    marks.map((m) => ({ x: m.cx, y: m.cy, text: formatValueShort(m.point.claim.value) })),
    (text) => measureText(text, chartTheme.value),
    {
      left: plot.x,
      right: plot.x + plot.width + 24,
      top: plot.y,
      bottom: plot.y + plot.height,
    },
  );
  return (
    <g className="time-marks">
      {marks.map(({ point, color, cx, cy }) => (
        <g key={point.claim.id} className="time-mark">
          {point.claim.asOf.precision !== 'day' ? (
            <line
              x1={toX(point.start)}
              x2={toX(point.end)}
              y1={cy}
              y2={cy}
              stroke={color}
              strokeWidth={6}
              strokeLinecap="round"
              opacity={0.35}
            />
          ) : null}
          {point.low !== point.high ? (
            <g stroke={color} strokeWidth={1.5}>
              <line x1={cx} x2={cx} y1={toY(point.low)} y2={toY(point.high)} />
              <line x1={cx - 5} x2={cx + 5} y1={toY(point.low)} y2={toY(point.low)} />
              <line x1={cx - 5} x2={cx + 5} y1={toY(point.high)} y2={toY(point.high)} />
            </g>
          ) : null}
          <Marker point={point} cx={cx} cy={cy} color={color} />
          <circle cx={cx} cy={cy} r={11} {...getMarkProps(popover, point.claim)} />
        </g>
      ))}
      {labels.map((label, i) =>
        label ? (
          <SvgText
            textStyle={chartTheme.value}
            key={i}
            x={label.x}
            y={label.y}
            textAnchor="middle"
            pointerEvents="none"
          >
            {label.text}
          </SvgText>
        ) : null,
      )}
    </g>
  );
}

function Marker({
  point,
  cx,
  cy,
  color,
}: {
  point: TimePoint;
  cx: number;
  cy: number;
  color: string;
}) {
  const hollow = point.claim.derivedFrom !== undefined;
  const paint = hollow
    ? { fill: chartTheme.background, stroke: color, strokeWidth: 2 }
    : { fill: color, stroke: chartTheme.background, strokeWidth: 1 };
  const direction = getDirection(point.claim.value);
  if (direction === 'floor') return <path d={trianglePath(cx, cy, 'up')} {...paint} />;
  if (direction === 'ceiling') return <path d={trianglePath(cx, cy, 'down')} {...paint} />;
  return <circle cx={cx} cy={cy} r={4.5} {...paint} />;
}
