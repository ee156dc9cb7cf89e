import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis, ZIndexLayer } from 'recharts';
import { marksZIndex } from '../frame/chartLayers';
import type { OverTimeModel } from '../../domain/buildOverTimeChart';
import { axisTickProps, chartTheme } from '../chartTheme';
import { getNiceCeiling, makeAxisTickFormatter } from '../axisScale';
import { FrameSvg } from '../frame/FrameSvg';
import { getFramedChartProps } from '../frame/getFramedChartProps';
import { useFrameLayout } from '../frame/useFrameLayout';
import { getSeriesColor, getSeriesDash } from '../palette';
import { buildTimeLegend } from './buildTimeLegend';
import { ClaimPopoverView } from '../tooltip/ClaimPopoverView';
import { useClaimPopover } from '../tooltip/useClaimPopover';
import { formatMonthTick, getMonthTicks } from './getMonthTicks';
import { TimeMarks } from './TimeMarks';

const plotHeight = 300;
const axisHeight = 36;

/**
 * Each claimant's successive figures on a date axis, a line per claimant. A figure dated to a
 * month or a year is drawn as a bar across that span, not as a point on its first day.
 */
export function OverTimeChart({ model, width }: { model: OverTimeModel; width: number }) {
  const popover = useClaimPopover();
  const legend = useMemo(() => buildTimeLegend(model), [model]);
  const layout = useFrameLayout(width, model.frame, legend);
  const height = layout.headerHeight + plotHeight + axisHeight + layout.footerHeight;
  // Headroom above the highest figure, for its marker, an upward floor arrow and its label.
  const yMax = getNiceCeiling(
    1.08 * Math.max(1, ...model.series.flatMap((s) => s.points.map((p) => p.high))),
  );
  // A little room at both ends, so that markers on the first and last dates are not cut.
  const [start, end] = model.domain;
  const domain = [start - (end - start) * 0.03, end + (end - start) * 0.03];
  const ticks = getMonthTicks(start, end, Math.floor(width / 90));
  return (
    <div className="chart" role="figure" aria-label={model.frame.title}>
      <LineChart
        {...getFramedChartProps(model.frame, layout, { width, height, axisHeight, right: 28 })}
      >
        <FrameSvg layout={layout} height={height} />
        <CartesianGrid vertical={false} stroke={chartTheme.grid} />
        <XAxis
          type="number"
          dataKey="x"
          scale="time"
          domain={domain}
          ticks={ticks}
          tickFormatter={formatMonthTick}
          tick={axisTickProps}
          stroke={chartTheme.axis}
          allowDuplicatedCategory={false}
        />
        <YAxis
          type="number"
          domain={[0, yMax]}
          tickFormatter={makeAxisTickFormatter(yMax)}
          allowDecimals={false}
          tick={axisTickProps}
          stroke={chartTheme.axis}
          width={52}
          label={{
            value: model.metric.unit,
            angle: -90,
            position: 'insideLeft',
            offset: 8,
            style: axisTickProps,
          }}
        />
        {model.series.map((series, index) => (
          <Line
            key={series.key}
            data={series.points}
            dataKey="y"
            name={series.label}
            stroke={getSeriesColor(index)}
            strokeDasharray={getSeriesDash(index)}
            strokeWidth={2}
            dot={drawNoDot}
            activeDot={false}
            isAnimationActive={false}
          />
        ))}
        <ZIndexLayer zIndex={marksZIndex}>
          <TimeMarks series={model.series} popover={popover} />
        </ZIndexLayer>
      </LineChart>
      <ClaimPopoverView popover={popover} />
    </div>
  );
}

/** Recharts draws a dot for a one-point line even with `dot={false}`; TimeMarks draws them all. */
function drawNoDot() {
  return <g />;
}
