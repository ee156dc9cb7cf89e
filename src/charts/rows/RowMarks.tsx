import { useId } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartRow, FigureRow } from '../../domain/charts/chartModel';
import { getDoubt } from '../../domain/claims/getDoubt';
import { getBounds, getDirection, hasRange } from '../../domain/claims/valueMath';
import { useChartStyle, type ChartStyle } from '../chartStyle';
import { fadedOpacity, isFaded, useHighlight, type Highlight } from '../highlight';
import { HatchPattern } from '../frame/HatchPattern';
import { floorArrowPath } from '../frame/LegendSymbolSvg';
import { SvgText } from '../frame/SvgText';
import { getMarkProps } from '../tooltip/getMarkProps';
import { marksGroupProps, useRovingMarks, type RovingMarks } from '../tooltip/useRovingMarks';
import type { ClaimPopover } from '../tooltip/useClaimPopover';
import { formatRowValue, getBarExtent } from './rowChartLayout';

interface RowMarksProps {
  readonly rows: readonly ChartRow[];
  readonly unit: string;
  /** Where claims' cards open; without it (exports) no focus targets are drawn. */
  readonly popover: ClaimPopover | undefined;
  readonly labelWidth: number;
  readonly band: number;
  readonly barThickness: number;
  /** How far bars sit below their band's middle (labels above them on narrow charts). */
  readonly barOffset: number;
  /** Claimants a briefer highlighted: other rows' marks and value labels are drawn faded. */
  readonly highlight?: readonly string[] | undefined;
}

/**
 * What Recharts' bars do not draw, placed with the chart's own scales: whiskers for ranges, an
 * arrow for floors, a cap for ceilings, an outline for derived totals, hatching over figures not
 * vouched for, the value label, and a focusable area per row that opens the claim's card.
 */
export function RowMarks(props: RowMarksProps) {
  const { rows, unit, popover, labelWidth, band, barThickness, barOffset } = props;
  const highlighted = props.highlight;
  const style = useChartStyle();
  const highlight = useHighlight();
  const hatchId = useId();
  const roving = useRovingMarks(
    rows.flatMap((row) => (row.kind === 'figure' ? [row.figure.id] : [])),
  );
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot) return null;
  const place = {
    toX: (value: number) => x(value) ?? plot.x,
    plotLeft: plot.x,
    plotRight: plot.x + plot.width,
    labelWidth,
    band,
    barThickness,
    hatchId,
  };
  return (
    <g className="row-marks" {...(popover ? marksGroupProps : {})}>
      <HatchPattern id={hatchId} color={style.background} scale={style.scale} />
      {rows.map((row) => {
        if (row.kind !== 'figure') return null;
        const bandMiddle = y(row.key, { position: 'middle' });
        if (bandMiddle === undefined) return null;
        const middle = bandMiddle + barOffset;
        return (
          <FigureMarks
            key={row.key}
            row={row}
            middle={middle}
            bandMiddle={bandMiddle}
            place={place}
            style={style}
            popover={popover}
            highlight={highlight}
            faded={isFaded(highlighted, row.figure.source.id)}
            roving={roving}
          />
        );
      })}
      <SvgText
        textStyle={style.axisLabel}
        x={plot.x + plot.width}
        y={plot.y + plot.height + 34 * style.scale}
        textAnchor="end"
      >
        {unit}
      </SvgText>
    </g>
  );
}

interface FigureMarksProps {
  readonly row: FigureRow;
  /** The bar's centre line. */
  readonly middle: number;
  /** The row's band's centre line (the same, unless the label sits above the bar). */
  readonly bandMiddle: number;
  readonly place: {
    readonly toX: (value: number) => number;
    readonly plotLeft: number;
    readonly plotRight: number;
    readonly labelWidth: number;
    readonly band: number;
    readonly barThickness: number;
    /** The hatching pattern's id (see HatchPattern). */
    readonly hatchId: string;
  };
  readonly style: ChartStyle;
  readonly popover: ClaimPopover | undefined;
  readonly highlight: Highlight;
  /** A briefer highlighted other claimants: drawn faded (its focus target keeps its name). */
  readonly faded: boolean;
  readonly roving: RovingMarks;
}

function FigureMarks(props: FigureMarksProps) {
  const { row, middle, bandMiddle, place, style, popover, highlight, faded, roving } = props;
  const { toX } = place;
  const { value } = row.figure;
  const k = style.scale;
  const extent = getBarExtent(value);
  const start = toX(extent.start);
  const end = toX(extent.end);
  const direction = getDirection(value);
  const ink = style.text;
  const thickness = place.barThickness;
  const top = middle - thickness / 2;
  const bounds = getBounds(value);
  // A range around a best gets whiskers; a range alone is the bar itself, capped at both ends.
  const whiskers = hasRange(value) && value.best !== undefined;
  const caps = hasRange(value) && value.best === undefined;
  let labelX = Math.max(end, whiskers ? toX(bounds.high) : end) + 6 * k;
  if (direction === 'floor') labelX += 10 * k;
  return (
    <g className="figure-marks" opacity={faded ? fadedOpacity.text : row.muted ? 0.8 : 1}>
      {row.figure.derivedFrom ? (
        <rect
          x={start}
          y={top - 2 * k}
          width={Math.max(0, end - start)}
          height={thickness + 4 * k}
          fill="none"
          stroke={ink}
          strokeWidth={1.25 * k}
          strokeDasharray={`${4 * k} ${3 * k}`}
        />
      ) : null}
      {whiskers || caps ? (
        <g stroke={ink} strokeWidth={1.5 * k}>
          {whiskers ? (
            <line x1={toX(bounds.low)} x2={toX(bounds.high)} y1={middle} y2={middle} />
          ) : null}
          {[bounds.low, bounds.high].map((end, i) => (
            <line key={i} x1={toX(end)} x2={toX(end)} y1={middle - 7 * k} y2={middle + 7 * k} />
          ))}
        </g>
      ) : null}
      {getDoubt(row.figure) ? (
        <rect
          className="doubt-hatch"
          x={start}
          y={top}
          width={Math.max(0, end - start)}
          height={thickness}
          fill={`url(#${place.hatchId})`}
        />
      ) : null}
      {direction === 'floor' ? <path d={floorArrowPath(end + k, middle, k)} fill={ink} /> : null}
      {direction === 'ceiling' ? (
        <line
          x1={end}
          x2={end}
          y1={top - 3 * k}
          y2={top + thickness + 3 * k}
          stroke={ink}
          strokeWidth={2 * k}
        />
      ) : null}
      <SvgText textStyle={style.value} x={labelX} y={middle + 4 * k}>
        {formatRowValue(row.figure)}
      </SvgText>
      {highlight.claimant !== undefined && highlight.claimant !== row.figure.source.id ? (
        // Another claimant is highlighted: this row is veiled, label and all.
        <rect
          className="highlight-veil"
          x={0}
          y={bandMiddle - place.band / 2}
          width={place.plotRight + place.labelWidth}
          height={place.band}
          fill={style.background}
          opacity={0.7}
          pointerEvents="none"
        />
      ) : null}
      {popover ? (
        <rect
          x={Math.min(style.padding, place.plotLeft - place.labelWidth)}
          y={bandMiddle - place.band / 2 + 2}
          width={place.plotRight - Math.min(style.padding, place.plotLeft - place.labelWidth)}
          height={place.band - 4}
          {...getMarkProps(popover, row.figure, highlight.setClaimant, roving)}
        />
      ) : null}
    </g>
  );
}
