import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartRow, FigureRow } from '../../domain/chartModel';
import { getBounds, getDirection, hasRange } from '../../domain/valueMath';
import { chartTheme } from '../chartTheme';
import { SvgText } from '../frame/SvgText';
import { floorArrowPath } from '../frame/LegendSymbolSvg';
import { getMarkProps } from '../tooltip/getMarkProps';
import type { ClaimPopover } from '../tooltip/useClaimPopover';
import { barThickness, formatRowValue, getBarExtent, rowBand } from './rowChartLayout';

interface RowMarksProps {
  readonly rows: readonly ChartRow[];
  readonly unit: string;
  readonly popover: ClaimPopover;
  readonly labelWidth: number;
}

/**
 * What Recharts' bars do not draw, placed with the chart's own scales: whiskers for ranges, an
 * arrow for floors, a cap for ceilings, an outline for derived totals, the value label, and a
 * focusable area per row that opens the claim's card.
 */
export function RowMarks({ rows, unit, popover, labelWidth }: RowMarksProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  const toX = (value: number) => x(value) ?? plot.x;
  return (
    <g className="row-marks">
      {rows.map((row) => {
        if (row.kind !== 'figure') return null;
        const middle = y(row.key, { position: 'middle' });
        if (middle === undefined) return null;
        return (
          <FigureMarks
            key={row.key}
            row={row}
            middle={middle}
            toX={toX}
            plotLeft={plot.x}
            labelWidth={labelWidth}
            plotRight={plot.x + plot.width}
            popover={popover}
          />
        );
      })}
      <SvgText
        textStyle={chartTheme.axisLabel}
        x={plot.x + plot.width}
        y={plot.y + plot.height + 34}
        textAnchor="end"
      >
        {unit}
      </SvgText>
    </g>
  );
}

interface FigureMarksProps {
  readonly row: FigureRow;
  readonly middle: number;
  readonly toX: (value: number) => number;
  readonly plotLeft: number;
  readonly plotRight: number;
  readonly labelWidth: number;
  readonly popover: ClaimPopover;
}

function FigureMarks({
  row,
  middle,
  toX,
  plotLeft,
  plotRight,
  labelWidth,
  popover,
}: FigureMarksProps) {
  const { value } = row.figure;
  const extent = getBarExtent(value);
  const start = toX(extent.start);
  const end = toX(extent.end);
  const direction = getDirection(value);
  const ink = chartTheme.text;
  const top = middle - barThickness / 2;
  const bounds = getBounds(value);
  // A range around a best gets whiskers; a range alone is the bar itself, capped at both ends.
  const whiskers = hasRange(value) && value.best !== undefined;
  const caps = hasRange(value) && value.best === undefined;
  let labelX = Math.max(end, whiskers ? toX(bounds.high) : end) + 6;
  if (direction === 'floor') labelX += 10;
  return (
    <g className="figure-marks" opacity={row.muted ? 0.8 : 1}>
      {row.figure.derivedFrom ? (
        <rect
          x={start}
          y={top - 2}
          width={Math.max(0, end - start)}
          height={barThickness + 4}
          fill="none"
          stroke={ink}
          strokeWidth={1.25}
          strokeDasharray="4 3"
        />
      ) : null}
      {whiskers || caps ? (
        <g stroke={ink} strokeWidth={1.5}>
          {whiskers ? (
            <line x1={toX(bounds.low)} x2={toX(bounds.high)} y1={middle} y2={middle} />
          ) : null}
          <line x1={toX(bounds.low)} x2={toX(bounds.low)} y1={middle - 7} y2={middle + 7} />
          <line x1={toX(bounds.high)} x2={toX(bounds.high)} y1={middle - 7} y2={middle + 7} />
        </g>
      ) : null}
      {direction === 'floor' ? <path d={floorArrowPath(end + 1, middle)} fill={ink} /> : null}
      {direction === 'ceiling' ? (
        <line
          x1={end}
          x2={end}
          y1={top - 3}
          y2={top + barThickness + 3}
          stroke={ink}
          strokeWidth={2}
        />
      ) : null}
      <SvgText textStyle={chartTheme.value} x={labelX} y={middle + 4}>
        {formatRowValue(row.figure)}
      </SvgText>
      <rect
        x={plotLeft - labelWidth}
        y={middle - rowBand / 2 + 2}
        width={plotRight - plotLeft + labelWidth}
        height={rowBand - 4}
        {...getMarkProps(popover, row.figure)}
      />
    </g>
  );
}
