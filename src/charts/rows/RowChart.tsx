import { use, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  XAxis,
  YAxis,
  ZIndexLayer,
  type BarShapeProps,
  type XAxisTickContentProps,
  type YAxisTickContentProps,
} from 'recharts';
import type { RowChartModel } from '../../domain/charts/chartModel';
import { makeAxisTickFormatter } from '../axisScale';
import type { ChartDrawing } from '../chartKind';
import { AxisTick } from '../AxisTick';
import { useChartStyle } from '../chartStyle';
import { marksZIndex } from '../frame/chartLayers';
import { FrameSvg } from '../frame/FrameSvg';
import { getFramedChartProps } from '../frame/getFramedChartProps';
import { useChartLayout } from '../frame/useChartLayout';
import { placeNoGridLines } from '../placeNoGridLines';
import { ClaimPopoverSlot } from '../tooltip/ClaimPopoverSlot';
import { useClaimPopover } from '../tooltip/useClaimPopover';
import { layoutRowChart } from './layoutRowChart';
import { RowLabel } from './RowLabel';
import { RowMarks } from './RowMarks';
import { listDrawnRows, rangeOffsetKey, toRowDatum } from './rowChartLayout';
import { drawCallout, hasCallout, loadCallouts } from '../annotation/loadCallouts';
import { isFaded } from '../highlight';
import { stripIsolates } from '../../domain/format/isolate';

export type RowChartProps = ChartDrawing<RowChartModel>;

/**
 * Figures as horizontal bars, one row each, grouped under headings: parts stacked, ranges as
 * whiskers, floors with an arrow, ceilings as lighter bars with a cap, derived totals outlined.
 * The frame (title, legend, notes, sources) is drawn inside the same SVG.
 */
export function RowChart({ model, width, height, interactive = true, describedBy }: RowChartProps) {
  const style = useChartStyle();
  const popover = useClaimPopover();
  // The layout places the callout with code loaded on demand: until it is in, the chart is
  // being drawn (ChartView's fallback), never drawn without the briefer's words.
  if (hasCallout(model)) use(loadCallouts());
  const layout = useChartLayout(layoutRowChart, model, width, height);
  const { colors } = layout;
  const { highlight } = model;
  const data = useMemo(
    () =>
      listDrawnRows(model.rows, layout.calloutRoom).map((row) =>
        toRowDatum(row, style, row.kind === 'figure' && isFaded(highlight, row.figure.source.id)),
      ),
    [model.rows, layout.calloutRoom, style, highlight],
  );
  const rowsByKey = useMemo(() => new Map(model.rows.map((r) => [r.key, r])), [model.rows]);
  const chartProps = getFramedChartProps(model.frame, layout.frame, style, {
    width,
    height: layout.height,
    right: layout.valueRoom,
  });

  return (
    <div
      className="chart"
      role="figure"
      aria-label={stripIsolates(model.frame.title)}
      aria-describedby={describedBy}
    >
      <BarChart
        {...chartProps}
        margin={{ ...chartProps.margin, bottom: chartProps.margin.bottom + layout.spare }}
        layout="vertical"
        data={data}
        barSize={layout.barThickness}
      >
        <FrameSvg layout={layout.frame} height={layout.height} />
        <CartesianGrid
          horizontal={false}
          horizontalCoordinatesGenerator={placeNoGridLines}
          stroke={style.grid}
        />
        <XAxis
          type="number"
          domain={[0, layout.axisMax]}
          tickFormatter={makeAxisTickFormatter(layout.axisMax)}
          allowDecimals={false}
          tick={(tick: XAxisTickContentProps) => <AxisTick tick={tick} text={style.axisLabel} />}
          stroke={style.axis}
          tickCount={layout.tickCount}
          // Every tick is shown: the layout chose as many as fit, and Recharts then need not
          // measure each one in the DOM to decide which to drop.
          interval={0}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={layout.labelWidth}
          interval={0}
          tickLine={false}
          axisLine={{ stroke: style.axis }}
          tick={(props: YAxisTickContentProps) => (
            <RowLabel
              y={Number(props.y)}
              row={rowsByKey.get(String(props.payload.value))}
              width={width - style.sidebar}
              labelWidth={layout.labelWidth}
              band={layout.band}
              stacked={layout.stacked}
              detailLines={layout.detailLines}
              highlight={highlight}
            />
          )}
        />
        <Bar
          dataKey={rangeOffsetKey}
          stackId="row"
          fill="none"
          isAnimationActive={false}
          legendType="none"
        />
        {model.series.map((series) => (
          <Bar
            key={series.key}
            dataKey={series.key}
            stackId="row"
            fill={colors.get(series.key) ?? style.total}
            isAnimationActive={false}
            shape={drawSegment}
            {...(layout.barOffset ? { shape: makeDrawSegment(layout.barOffset) } : {})}
          />
        ))}
        <ZIndexLayer zIndex={marksZIndex}>
          <RowMarks
            rows={model.rows}
            unit={model.unit}
            popover={interactive ? popover : undefined}
            labelWidth={layout.labelWidth}
            band={layout.band}
            barThickness={layout.barThickness}
            barOffset={layout.barOffset}
            highlight={highlight}
          />
          {drawCallout(layout.callout)}
        </ZIndexLayer>
      </BarChart>
      {interactive ? <ClaimPopoverSlot popover={popover} /> : null}
    </div>
  );
}

/** Bar segments moved down by `offset`, below a label set above them (narrow charts). */
function makeDrawSegment(offset: number) {
  return (props: BarShapeProps) => drawSegment({ ...props, y: props.y + offset });
}

/** A bar segment at its row's opacity: paler for ceilings and for figures set apart. */
function drawSegment(props: BarShapeProps) {
  const payload: unknown = props.payload;
  const opacity =
    typeof payload === 'object' &&
    payload !== null &&
    'opacity' in payload &&
    typeof payload.opacity === 'number'
      ? payload.opacity
      : 1;
  return (
    <Rectangle
      x={props.x}
      y={props.y}
      width={props.width}
      height={props.height}
      fill={props.fill ?? 'none'}
      fillOpacity={opacity}
    />
  );
}
