import { use, useMemo } from 'react';
import type { SortKey } from '../../domain/claims/sortKeys';
import type { TableViewEntry } from '../../domain/views/viewRegistry';
import { writeSort } from '../../state/readViewOptions';
import { updateViewState } from '../../state/viewState';
import { EstimatesTable } from '../tables/EstimatesTable';
import { loadViewBuilder } from '../../domain/views/loadViewBuilder';
import type { ViewProps } from './viewProps';

/** A view of one table, sorted by the column the URL names; a heading sorts it anew. */
export function TableView({ view, model, state, navigate, options }: ViewProps<TableViewEntry>) {
  const build = use(loadViewBuilder(view));
  const content = useMemo(() => build(model, options), [build, model, options]);
  const { column, direction } = content.sort;
  const sortBy = (next: SortKey) => {
    const descending = next === column && direction === 'ascending';
    const sort = writeSort({ column: next, direction: descending ? 'descending' : 'ascending' });
    navigate(updateViewState(state, { sort }));
  };
  return <EstimatesTable claims={content.claims} sort={content.sort} onSort={sortBy} />;
}
