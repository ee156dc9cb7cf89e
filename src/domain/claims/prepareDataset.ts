import { parseCalendarDate, type CalendarDate } from '../../data/schema/calendarDate';
import type { Dataset } from '../../data/schema/datasetSchema';
import { buildStatedClaims, type Claim } from './claim';
import { deriveTotals } from './deriveTotals';

/** A validated dataset with its claims resolved and its totals derived, computed once. */
export interface DatasetModel {
  readonly dataset: Dataset;
  /** Stated claims in dataset order, then derived totals. */
  readonly claims: readonly Claim[];
  /** The dataset's `updated` date, parsed with the claims' dates. */
  readonly updated: CalendarDate;
}

export function prepareDataset(dataset: Dataset): DatasetModel {
  const stated = buildStatedClaims(dataset);
  return {
    dataset,
    claims: [...stated, ...deriveTotals(dataset.metrics, stated)],
    updated: parseCalendarDate(dataset.updated),
  };
}
