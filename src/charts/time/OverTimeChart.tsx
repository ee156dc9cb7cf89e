import { use } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  XAxis,
  YAxis,
  ZIndexLayer,
  type BaseTickContentProps,
} from 'recharts';
import type { OverTimeModel } from '../../domain/charts/chartModel';
import { AxisTick } from '../AxisTick';
import { makeAxisTickFormatter } from '../axisScale';
import type { ChartDrawing } from '../chartKind';
import { getAxisTickProps, getSeriesColor, getSeriesDash, useChartStyle } from '../chartStyle';
import { marksZIndex } from '../frame/chartLayers';
import { FrameSvg } from '../frame/FrameSvg';
import { getFramedChartProps } from '../frame/getFramedChartProps';
import { useChartLayout } from '../frame/useChartLayout';
import { placeNoGridLines } from '../placeNoGridLines';
import { fadedOpacity, getHighlightOpacity, isFaded, useHighlight } from '../highlight';
import { drawCallout, hasCallout, loadCallouts } from '../annotation/loadCallouts';
import { ClaimPopoverSlot } from '../tooltip/ClaimPopoverSlot';
import { useClaimPopover } from '../tooltip/useClaimPopover';
import { formatMonthTick, getMonthTicks } from './getMonthTicks';
import { chooseLabelledPoints } from './chooseLabelledPoints';
import { layoutTimeChart } from './layoutTimeChart';
import { getTimeAxisMax, getTimeDomain } from './timeAxes';
import { TimeMarks } from './TimeMarks';
import { stripIsolates } from '../../domain/format/isolate';

export type OverTimeChartProps = ChartDrawing<OverTimeModel>;

/**
 * Each claimant's successive figures on a date axis, a line per claimant. A figure dated to a
 * month or a year is drawn as a bar across that span, not as a point on its first day.
 */
export function OverTimeChart({
  model,
  width,
  height,
  interactive = true,
  describedBy,
}: OverTimeChartProps) {
  const style = useChartStyle();
  const highlight = useHighlight();
  const k = style.scale;
  const popover = useClaimPopover();
  // The layout places the callout with code loaded on demand: until it is in, the chart is
  // being drawn (ChartView's fallback), never drawn without the briefer's words.
  if (hasCallout(model)) use(loadCallouts());
  const chartLayout = useChartLayout(layoutTimeChart, model, width, height);
  const { frame: layout, height: chartHeight, axisWidth } = chartLayout;
  // Headroom above the highest figure, for its marker, an upward floor arrow and its label.
  const yMax = model.axisMax ?? getTimeAxisMax(model.series);
  const [start, end] = model.domain;
  const domain = getTimeDomain(model);
  const ticks = getMonthTicks(start, end, Math.floor((width - style.sidebar) / (90 * k)));
  const axisTick = getAxisTickProps(style);
  const formatTick = makeAxisTickFormatter(yMax);
  const drawTick = (tick: BaseTickContentProps) => <AxisTick tick={tick} text={style.axisLabel} />;
  const chartProps = getFramedChartProps(model.frame, layout, style, {
    width,
    height: chartHeight,
    right: 28 * k,
  });
  const fade = (claimant: string) => (isFaded(model.highlight, claimant) ? fadedOpacity.marks : 1);
  return (
    <div
      className="chart"
      role="figure"
      aria-label={stripIsolates(model.frame.title)}
      aria-describedby={describedBy}
    >
      <LineChart
        {...chartProps}
        margin={{ ...chartProps.margin, top: chartProps.margin.top + chartLayout.calloutRoom }}
      >
        <FrameSvg layout={layout} height={chartHeight} />
        <CartesianGrid
          vertical={false}
          verticalCoordinatesGenerator={placeNoGridLines}
          stroke={style.grid}
        />
        <XAxis
          type="number"
          dataKey="x"
          scale="time"
          domain={domain}
          ticks={ticks}
          // getMonthTicks already chose ticks that fit: Recharts need not measure them again.
          interval={0}
          tickFormatter={formatMonthTick}
          tick={drawTick}
          stroke={style.axis}
          allowDuplicatedCategory={false}
        />
        <YAxis
          type="number"
          domain={[0, yMax]}
          tickFormatter={formatTick}
          allowDecimals={false}
          tick={drawTick}
          stroke={style.axis}
          width={axisWidth}
          interval={0}
          label={{
            value: model.metric.unit,
            angle: -90,
            position: 'insideLeft',
            offset: 8 * k,
            style: axisTick,
          }}
        />
        {model.series.map((series) => (
          <Line
            key={series.key}
            data={series.points}
            dataKey="y"
            name={series.label}
            stroke={getSeriesColor(style, series.slot)}
            strokeDasharray={getSeriesDash(style, series.slot)}
            strokeWidth={2 * k}
            strokeOpacity={getHighlightOpacity(highlight.claimant, series.key) * fade(series.key)}
            dot={drawNoDot}
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
        <ZIndexLayer zIndex={marksZIndex}>
          <TimeMarks
            series={model.series}
            labelled={chooseLabelledPoints(model)}
            popover={interactive ? popover : undefined}
            highlight={model.highlight}
          />
          {drawCallout(chartLayout.callout)}
        </ZIndexLayer>
      </LineChart>
      {interactive ? <ClaimPopoverSlot popover={popover} /> : null}
    </div>
  );
}

/** Recharts draws a dot for a one-point line even with `dot={false}`; TimeMarks draws them all. */
function drawNoDot() {
  return <g />;
}
