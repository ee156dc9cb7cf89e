import { useMemo } from 'react';
import type { Dataset } from '../../data/schema/datasetSchema';
import { measureTime } from '../../lib/measureTime';
import { applyFilters, type Filters } from '../../domain/claims/applyFilters';
import { prepareDataset } from '../../domain/claims/prepareDataset';
import { readFilters } from '../../state/readViewOptions';
import { resolveViewState } from '../../state/resolveViewState';
import type { ViewState } from '../../state/viewState';

/**
 * A dataset as one view shows it: the whole model (for the filter choices), the URL's state
 * checked against the dataset, and the model with the filters applied.
 */
export function useViewModel(dataset: Dataset, state: ViewState) {
  const model = useMemo(
    () => measureTime('derive:prepare', () => prepareDataset(dataset)),
    [dataset],
  );
  const resolved = useMemo(() => resolveViewState(state, dataset), [state, dataset]);
  const filters = useMemo((): Filters => readFilters(resolved.state), [resolved.state]);
  const filtered = useMemo(
    () => measureTime('derive:filter', () => applyFilters(model, filters)),
    [model, filters],
  );
  return { model, filtered, filters, state: resolved.state, notices: resolved.notices };
}
