import { useId, useMemo } from 'react';
import { toRowSpec } from '../../charts/chartSpec';
import { parseCalendarDate } from '../../data/calendarDate';
import { buildComparisonChart } from '../../domain/buildComparisonChart';
import { listOverTimeMetrics, pickDefaultOverTimeMetric } from '../../domain/buildOverTimeChart';
import { updateViewState } from '../../state/viewState';
import { ChartSlot } from '../ChartSlot';
import { ClaimsTable } from '../ClaimsTable';
import { EmptyChart } from '../EmptyChart';
import { SpreadStats } from '../SpreadStats';
import type { ViewProps } from './viewProps';

/**
 * Which figures can be compared, and how far apart they are: every claimant's figure for one
 * metric (stated or derived) within the date window of the filters, the rest set apart with
 * the reason, and the spread with the claimants named.
 */
export function CompareView({ model, state, navigate, mode }: ViewProps) {
  const selectId = useId();
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
      <div className="view-controls">
        <label htmlFor={selectId}>Metric</label>
        <select
          id={selectId}
          value={metric.id}
          onChange={(e) =>
            navigate(
              updateViewState(state, {
                metric: e.target.value === fallback?.id ? undefined : e.target.value,
              }),
            )
          }
        >
          {metrics.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </div>
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
