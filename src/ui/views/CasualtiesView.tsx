import { useId, useMemo } from 'react';
import { toRowSpec } from '../../charts/chartSpec';
import { parseCalendarDate } from '../../data/calendarDate';
import { buildCasualtiesChart } from '../../domain/buildCasualtiesChart';
import { formatCalendarDate } from '../../domain/formatDate';
import { listClaimMonths } from '../../domain/listClaimMonths';
import { ChartSlot } from '../ChartSlot';
import { ClaimsTable } from '../ClaimsTable';
import { EmptyChart } from '../EmptyChart';
import type { ViewProps } from './viewProps';

/** Casualties by claimant, as of a month the reader picks (latest by default), with its table. */
export function CasualtiesView({ model, state, navigate }: ViewProps) {
  const selectId = useId();
  const months = useMemo(
    () => listClaimMonths(model.claims.filter((c) => c.metric.kind === 'casualties')).reverse(),
    [model],
  );
  // A month from a link that this dataset has no figures for still works: it is a cut-off.
  const cutoff = useMemo(
    () => (state.asOf ? parseCalendarDate(state.asOf) : undefined),
    [state.asOf],
  );
  const chart = useMemo(() => buildCasualtiesChart(model, cutoff), [model, cutoff]);
  const { asOf: _drop, ...withoutAsOf } = state;
  return (
    <>
      <div className="view-controls">
        <label htmlFor={selectId}>Figures as of</label>
        <select
          id={selectId}
          value={state.asOf ?? ''}
          onChange={(e) =>
            navigate(e.target.value ? { ...state, asOf: e.target.value } : withoutAsOf)
          }
        >
          <option value="">Latest</option>
          {months.map((month) => (
            <option key={month} value={month}>
              end of {formatCalendarDate(parseCalendarDate(month))}
            </option>
          ))}
        </select>
      </div>
      {chart ? (
        <>
          <ChartSlot
            spec={toRowSpec(chart)}
            what="casualty figures"
            dataset={model.dataset}
            view={state}
          />
          <ClaimsTable
            claims={chart.claims}
            caption={`Figures in the chart: ${chart.frame.title}`}
          />
        </>
      ) : (
        <EmptyChart
          what={
            cutoff ? `casualty figures up to ${formatCalendarDate(cutoff)}` : 'casualty figures'
          }
        />
      )}
    </>
  );
}
