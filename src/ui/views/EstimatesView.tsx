import { useMemo } from 'react';
import { sortClaims } from '../../domain/claims/sortClaims';
import { updateViewState, type SortColumn } from '../../state/viewState';
import { EstimatesTable } from '../tables/EstimatesTable';
import type { ViewProps } from './viewProps';
import { withMode } from './withMode';

/**
 * Every estimate in the dataset (and the totals derived from their parts, marked), every field,
 * sorted by the column the URL names.
 */
export function EstimatesView({ model, state, navigate, mode }: ViewProps) {
  const column: SortColumn = (state.sort?.replace(/^-/, '') as SortColumn | undefined) ?? 'asOf';
  const direction = state.sort?.startsWith('-') ? 'descending' : 'ascending';
  const claims = useMemo(
    () => sortClaims(withMode(model, mode).claims, column, direction),
    [model, mode, column, direction],
  );
  const sortBy = (next: SortColumn) => {
    const descending = next === column && direction === 'ascending';
    const sort = descending ? (`-${next}` as const) : next;
    navigate(updateViewState(state, { sort: sort === 'asOf' ? undefined : sort }));
  };
  return <EstimatesTable claims={claims} sort={{ column, direction }} onSort={sortBy} />;
}
