import { useId, useMemo } from 'react';
import { toRowSpec } from '../../charts/chartSpec';
import { parseCalendarDate } from '../../data/schema/calendarDate';
import { buildCasualtiesChart } from '../../domain/compare/buildCasualtiesChart';
import { formatCalendarDate } from '../../domain/format/formatDate';
import { listClaimMonths } from '../../domain/claims/listClaimMonths';
import { ChartSlot } from '../panels/ChartSlot';
import { ClaimsTable } from '../tables/ClaimsTable';
import { EmptyChart } from '../panels/EmptyChart';
import { updateViewState } from '../../state/viewState';
import type { ViewProps } from './viewProps';

/** Casualties by claimant, as of a date the reader picks (latest by default), with its table. */
export function CasualtiesView({ model, state, navigate, mode }: ViewProps) {
  const selectId = useId();
  const months = useMemo(
    () => listClaimMonths(model.claims.filter((c) => c.metric.kind === 'casualties')).reverse(),
    [model],
  );
  // The filters' "to" date is the cut-off: a date this dataset has no figures for still works.
  const cutoff = useMemo(() => (state.to ? parseCalendarDate(state.to) : undefined), [state.to]);
  const chart = useMemo(() => buildCasualtiesChart(model, cutoff, mode), [model, cutoff, mode]);
  const choices = state.to && !months.includes(state.to) ? [state.to, ...months] : months;
  return (
    <>
      <div className="view-controls">
        <label htmlFor={selectId}>Figures as of</label>
        <select
          id={selectId}
          value={state.to ?? ''}
          onChange={(e) => navigate(updateViewState(state, { to: e.target.value || undefined }))}
        >
          <option value="">Latest</option>
          {choices.map((date) => (
            <option key={date} value={date}>
              end of {formatCalendarDate(parseCalendarDate(date))}
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
