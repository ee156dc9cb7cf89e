import { useState } from 'react';
import { describeSourceKind, describeReliability } from '../domain/describeGrades';
import { describeHidden, type Filters } from '../domain/applyFilters';
import type { DatasetModel } from '../domain/prepareDataset';
import { getSourceLabel } from '../domain/claim';
import { updateViewState, type Mode, type ViewChanges, type ViewState } from '../state/viewState';
import { DateField } from './DateField';

interface FilterPanelProps {
  /** The whole dataset: every claimant and metric can be chosen. */
  readonly model: DatasetModel;
  /** How many figures the filters leave. */
  readonly shown: number;
  readonly filters: Filters;
  readonly state: ViewState;
  readonly defaultMode: Mode | undefined;
  readonly navigate: (state: ViewState) => void;
}

/**
 * Filters for every view, kept in the URL: claimants, metrics, a date window, and latest-only
 * or every dated figure. A line always says what is filtered out, with one action to clear it.
 */
export function FilterPanel({
  model,
  shown,
  filters,
  state,
  defaultMode,
  navigate,
}: FilterPanelProps) {
  const [open, setOpen] = useState(false);
  const { sources, metrics } = model.dataset;
  const change = (changes: ViewChanges) => navigate(updateViewState(state, changes));
  const hidden = describeHidden(model, filters);
  const toggle = (list: readonly string[] | undefined, all: readonly string[], id: string) => {
    const current = new Set(list ?? all);
    if (current.has(id)) current.delete(id);
    else current.add(id);
    return current.size === all.length ? undefined : [...current].sort();
  };
  // The last one checked cannot be unchecked: an empty choice would read as "all" in a link.
  const isLast = (list: readonly string[] | undefined, id: string) =>
    list?.length === 1 && list[0] === id;
  const cleared = () =>
    change({
      claimants: undefined,
      metrics: undefined,
      from: undefined,
      to: undefined,
      mode: undefined,
    });
  return (
    <section className="filters" aria-label="Filters">
      <p className="filter-summary" role="status">
        Showing {shown} of {model.claims.length} figures
        {hidden.length ? `; hidden: ${hidden.join(', ')}.` : ', nothing filtered out.'}{' '}
        {hidden.length || state.mode ? (
          <button type="button" className="link-button" onClick={cleared}>
            Clear filters
          </button>
        ) : null}
      </p>
      <details className="filter-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Filters: claimants, metrics, dates, which figures</summary>
        {/* Drawn when opened: a dataset may have thousands of claimants to list. */}
        {open ? (
          <div className="filter-groups">
            <fieldset>
              <legend>Claimants</legend>
              {sources.map((source) => (
                <label key={source.id} className="filter-option">
                  <input
                    type="checkbox"
                    checked={!state.claimants || state.claimants.includes(source.id)}
                    disabled={isLast(state.claimants, source.id)}
                    onChange={() =>
                      change({
                        claimants: toggle(
                          state.claimants,
                          sources.map((s) => s.id),
                          source.id,
                        ),
                      })
                    }
                  />
                  <span>
                    {getSourceLabel(source)}
                    <span className="cell-muted">
                      {' '}
                      {describeSourceKind(source)}
                      {source.reliability
                        ? `, reliability ${describeReliability(source.reliability)}`
                        : ''}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Metrics</legend>
              {metrics.map((metric) => (
                <label key={metric.id} className="filter-option">
                  <input
                    type="checkbox"
                    checked={!state.metrics || state.metrics.includes(metric.id)}
                    disabled={isLast(state.metrics, metric.id)}
                    onChange={() =>
                      change({
                        metrics: toggle(
                          state.metrics,
                          metrics.map((m) => m.id),
                          metric.id,
                        ),
                      })
                    }
                  />
                  <span>
                    {metric.label} <span className="cell-muted">({metric.unit})</span>
                  </span>
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>Dates and figures</legend>
              <DateField label="From" value={state.from} onChange={(from) => change({ from })} />
              <DateField label="To" value={state.to} onChange={(to) => change({ to })} />
              <div className="filter-mode" role="radiogroup" aria-label="Which figures">
                {(['latest', 'all'] as const).map((mode) => (
                  <label key={mode} className="filter-option">
                    <input
                      type="radio"
                      name="filter-mode"
                      checked={(state.mode ?? defaultMode) === mode}
                      onChange={() => change({ mode: mode === defaultMode ? undefined : mode })}
                    />
                    {mode === 'latest' ? 'Latest figure per claimant' : 'Every dated figure'}
                  </label>
                ))}
              </div>
            </fieldset>
          </div>
        ) : null}
      </details>
    </section>
  );
}
