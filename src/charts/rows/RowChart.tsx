import { useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  XAxis,
  YAxis,
  ZIndexLayer,
  Rectangle,
  type BarShapeProps,
  type YAxisTickContentProps,
} from 'recharts';
import { marksZIndex } from '../frame/chartLayers';
import { totalColor } from '../palette';
import type { RowChartModel } from '../../domain/chartModel';
import { axisTickProps, chartTheme } from '../chartTheme';
import { FrameSvg } from '../frame/FrameSvg';
import { getFramedChartProps } from '../frame/getFramedChartProps';
import { useFrameLayout } from '../frame/useFrameLayout';
import { measureText } from '../frame/measureText';
import { makeAxisTickFormatter } from '../axisScale';
import { ClaimPopoverView } from '../tooltip/ClaimPopoverView';
import { useClaimPopover } from '../tooltip/useClaimPopover';
import { buildRowLegend, getRowSeriesColors } from './buildRowLegend';
import { RowLabel } from './RowLabel';
import { RowMarks } from './RowMarks';
import {
  axisHeight,
  barThickness,
  getAxisMax,
  getLabelWidth,
  getPlotHeight,
  rangeOffsetKey,
  toRowDatum,
  getValueLabelRoom,
} from './rowChartLayout';

/**
 * Figures as horizontal bars, one row each, grouped under headings: parts stacked, ranges as
 * whiskers, floors with an arrow, ceilings as lighter bars with a cap, derived totals outlined.
 * The frame (title, legend, notes, sources) is drawn inside the same SVG.
 */
export function RowChart({ model, width }: { model: RowChartModel; width: number }) {
  const popover = useClaimPopover();
  const colors = useMemo(() => getRowSeriesColors(model.series), [model.series]);
  const legend = useMemo(() => buildRowLegend(model, colors), [model, colors]);
  const layout = useFrameLayout(width, model.frame, legend);
  const labelWidth = getLabelWidth(model.rows, width, measureText);
  const data = useMemo(() => model.rows.map(toRowDatum), [model.rows]);
  const rowsByKey = useMemo(() => new Map(model.rows.map((r) => [r.key, r])), [model.rows]);
  const height = layout.headerHeight + getPlotHeight(model) + axisHeight + layout.footerHeight;
  const axisMax = getAxisMax(model.rows);

  return (
    <div className="chart" role="figure" aria-label={model.frame.title}>
      <BarChart
        {...getFramedChartProps(model.frame, layout, {
          width,
          height,
          axisHeight,
          right: getValueLabelRoom(model.rows, measureText),
        })}
        layout="vertical"
        data={data}
        barSize={barThickness}
      >
        <FrameSvg layout={layout} height={height} />
        <CartesianGrid horizontal={false} stroke={chartTheme.grid} />
        <XAxis
          type="number"
          domain={[0, axisMax]}
          tickFormatter={makeAxisTickFormatter(axisMax)}
          allowDecimals={false}
          tick={axisTickProps}
          stroke={chartTheme.axis}
          tickCount={6}
        />
        <YAxis
          type="category"
          dataKey="key"
          width={labelWidth}
          interval={0}
          tickLine={false}
          axisLine={{ stroke: chartTheme.axis }}
          tick={(props: YAxisTickContentProps) => (
            <RowLabel
              y={Number(props.y)}
              row={rowsByKey.get(String(props.payload.value))}
              width={width}
              labelWidth={labelWidth}
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
            fill={colors.get(series.key) ?? totalColor}
            isAnimationActive={false}
            shape={drawSegment}
          />
        ))}
        <ZIndexLayer zIndex={marksZIndex}>
          <RowMarks rows={model.rows} unit={model.unit} popover={popover} labelWidth={labelWidth} />
        </ZIndexLayer>
      </BarChart>
      <ClaimPopoverView popover={popover} />
    </div>
  );
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
      fill={props.fill ?? totalColor}
      fillOpacity={opacity}
    />
  );
}
