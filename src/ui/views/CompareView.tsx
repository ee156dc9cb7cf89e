import { useMemo } from 'react';
import { toRowSpec } from '../../charts/chartSpec';
import { parseCalendarDate } from '../../data/schema/calendarDate';
import { buildComparisonChart } from '../../domain/compare/buildComparisonChart';
import {
  listOverTimeMetrics,
  pickDefaultOverTimeMetric,
} from '../../domain/time/buildOverTimeChart';
import { ChartSlot } from '../panels/ChartSlot';
import { MetricPicker } from './MetricPicker';
import { ClaimsTable } from '../tables/ClaimsTable';
import { EmptyChart } from '../panels/EmptyChart';
import { SpreadStats } from './SpreadStats';
import type { ViewProps } from './viewProps';

/**
 * Which figures can be compared, and how far apart they are: every claimant's figure for one
 * metric (stated or derived) within the date window of the filters, the rest set apart with
 * the reason, and the spread with the claimants named.
 */
export function CompareView({ model, state, navigate, mode }: ViewProps) {
  const metrics = useMemo(() => listOverTimeMetrics(model), [model]);
  const fallback = useMemo(() => pickDefaultOverTimeMetric(model), [model]);
  const metric = metrics.find((m) => m.id === state.metric) ?? fallback;
  const chart = useMemo(
    () =>
      metric &&
      buildComparisonChart(model, metric, {
        mode,
        ...(state.to ? { asOf: parseCalendarDate(state.to) } : {}),
      }),
    [model, metric, mode, state.to],
  );
  if (!metric) return <EmptyChart what="running figures to compare (check the filters)" />;
  return (
    <>
      <MetricPicker
        metrics={metrics}
        chosen={metric}
        fallback={fallback}
        state={state}
        navigate={navigate}
      />
      {chart ? (
        <>
          <SpreadStats spread={chart.spread} unit={metric.unit} />
          <ChartSlot spec={toRowSpec(chart)} what="figures" dataset={model.dataset} view={state} />
          <ClaimsTable
            claims={chart.claims}
            caption={`Figures in the chart: ${chart.frame.title}`}
          />
        </>
      ) : (
        <EmptyChart what={`figures of ${metric.label.toLowerCase()} within the filters`} />
      )}
    </>
  );
}
