import { parseCalendarDate } from '../data/schema/calendarDate';
import type { Filters } from '../domain/claims/applyFilters';
import { sortKeys } from '../domain/claims/sortKeys';
import type { ClaimSort, ViewOptions } from '../domain/views/viewContent';
import type { ViewEntry } from '../domain/views/viewRegistry';
import type { ViewState } from './viewState';

/**
 * The filters a state asks for, its dates parsed here, once: parseViewState has checked them,
 * and everything downstream reads these.
 */
export function readFilters(state: ViewState): Filters {
  const { claimants, metrics, from, to } = state;
  return {
    ...(claimants ? { claimants } : {}),
    ...(metrics ? { metrics } : {}),
    ...(from ? { from: parseCalendarDate(from) } : {}),
    ...(to ? { to: parseCalendarDate(to) } : {}),
  };
}

/** How a view is drawn when nothing is asked of it (a dashboard panel): its default figures. */
export function defaultViewOptions(view: ViewEntry): ViewOptions {
  return { mode: view.defaultMode ?? 'latest' };
}

/** How a view is asked for by a state (checked against the dataset) and its filters. */
export function readViewOptions(view: ViewEntry, state: ViewState, filters: Filters): ViewOptions {
  return {
    mode: state.mode ?? defaultViewOptions(view).mode,
    ...(filters.to ? { asOf: filters.to } : {}),
    ...(state.metric ? { metric: state.metric } : {}),
    ...(state.sort ? { sort: readSort(state.sort) } : {}),
  };
}

/** `-value` is by value, descending; `claimant` by claimant, ascending. */
function readSort(sort: NonNullable<ViewState['sort']>): ClaimSort {
  const descending = sort.startsWith('-');
  const name = descending ? sort.slice(1) : sort;
  return {
    column: sortKeys.find((key) => key === name) ?? 'asOf',
    direction: descending ? 'descending' : 'ascending',
  };
}

/** The URL's `sort` for a column and direction; by date ascending is the default, left out. */
export function writeSort({ column, direction }: ClaimSort): ViewState['sort'] {
  if (direction === 'descending') return `-${column}`;
  return column === 'asOf' ? undefined : column;
}
