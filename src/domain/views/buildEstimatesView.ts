import { selectFigures } from '../claims/selectFigures';
import { sortClaims } from '../claims/sortClaims';
import type { TableContent, ViewBuilder } from './viewContent';

/** By date unless the URL names a column: the order figures were given in. */
const byDate = { column: 'asOf', direction: 'ascending' } as const;

/**
 * Every estimate in the dataset (and the totals derived from their parts, marked), every field,
 * sorted by the column the URL names.
 */
export const buildEstimatesView: ViewBuilder<TableContent> = (model, { mode, sort = byDate }) => ({
  claims: sortClaims(selectFigures(model.claims, mode), sort.column, sort.direction),
  sort,
});
