import { useMemo } from 'react';
import { toTimeSpec } from '../../charts/chartSpec';
import {
  buildOverTimeChart,
  listOverTimeMetrics,
  pickDefaultOverTimeMetric,
} from '../../domain/time/buildOverTimeChart';
import { ChartSlot } from '../panels/ChartSlot';
import { MetricPicker } from './MetricPicker';
import { ClaimsTable } from '../tables/ClaimsTable';
import { EmptyChart } from '../panels/EmptyChart';
import type { ViewProps } from './viewProps';

/** Each claimant's successive figures for a metric the reader picks, with its table. */
export function OverTimeView({ model, state, navigate }: ViewProps) {
  const metrics = useMemo(() => listOverTimeMetrics(model), [model]);
  const fallback = useMemo(() => pickDefaultOverTimeMetric(model), [model]);
  const metric = metrics.find((m) => m.id === state.metric) ?? fallback;
  const chart = useMemo(
    () => (metric ? buildOverTimeChart(model, metric) : undefined),
    [model, metric],
  );
  if (!metric || !chart) return <EmptyChart what="dated running figures" />;
  return (
    <>
      {state.metric && state.metric !== metric.id ? (
        <p className="notice" role="status">
          This dataset has no metric &ldquo;{state.metric}&rdquo;; showing {metric.label}.
        </p>
      ) : null}
      <MetricPicker
        metrics={metrics}
        chosen={metric}
        fallback={fallback}
        state={state}
        navigate={navigate}
      />
      <ChartSlot
        spec={toTimeSpec(chart)}
        what="dated running figures"
        dataset={model.dataset}
        view={state}
      />
      <ClaimsTable claims={chart.claims} caption={`Figures in the chart: ${chart.frame.title}`} />
    </>
  );
}
