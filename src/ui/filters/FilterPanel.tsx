import { lazy, Suspense, useState } from 'react';
import { describeHidden, type Filters } from '../../domain/claims/applyFilters';
import { formatCount } from '../../domain/format/formatValue';
import type { DatasetModel } from '../../domain/claims/prepareDataset';
import type { FigureMode } from '../../domain/claims/figureMode';
import { updateViewState, type ViewChanges, type ViewState } from '../../state/viewState';

// The controls load when the panel is first opened: the figures are drawn without them.
const FilterControls = lazy(() =>
  import('./FilterControls').then((m) => ({ default: m.FilterControls })),
);

interface FilterPanelProps {
  /** The whole dataset: every claimant and metric can be chosen. */
  readonly model: DatasetModel;
  /** How many figures the filters leave. */
  readonly shown: number;
  readonly filters: Filters;
  readonly state: ViewState;
  readonly defaultMode: FigureMode | undefined;
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
  const change = (changes: ViewChanges) => navigate(updateViewState(state, changes));
  const hidden = describeHidden(model, filters);
  // The figures are the estimates and the totals derived from their parts: said, so that the
  // count squares with the estimates the dataset's heading names.
  const derived = model.claims.length - model.dataset.estimates.length;
  const made = derived
    ? ` (${formatCount(model.dataset.estimates.length)} estimates and ${formatCount(derived)} derived ${derived === 1 ? 'total' : 'totals'})`
    : '';
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
        Showing {formatCount(shown)} of {formatCount(model.claims.length)} figures{made}
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
          <Suspense fallback={<p className="view-loading">Opening the filters&hellip;</p>}>
            <FilterControls model={model} state={state} defaultMode={defaultMode} change={change} />
          </Suspense>
        ) : null}
      </details>
    </section>
  );
}
