import { parseCalendarDate, type CalendarDate } from '../../data/schema/calendarDate';
import type { Dataset, Metric, Source } from '../../data/schema/datasetSchema';
import { isolate } from '../format/isolate';
import { buildStatedClaims, type Claim } from './claim';
import { deriveTotals } from './deriveTotals';
import { prepareParts } from './prepareParts';

/**
 * A validated dataset with its claims resolved and its totals derived, computed once. `dataset`
 * is the file as it came (for downloads and fingerprints); everything shown reads the rest.
 */
export interface DatasetModel {
  readonly dataset: Dataset;
  /** The dataset's title, as shown: isolated from what it is put next to. */
  readonly title: string;
  /** The metrics and claimants as shown (texts isolated), in dataset order. */
  readonly metrics: readonly Metric[];
  readonly sources: readonly Source[];
  /** Stated claims in dataset order, then derived totals. */
  readonly claims: readonly Claim[];
  /** The dataset's `updated` date, parsed with the claims' dates. */
  readonly updated: CalendarDate;
  /**
   * Every claim of the dataset, whatever the filters leave in `claims`: what is fixed for the
   * whole dataset is worked out from it (each claimant's colour, see getColorSlots).
   */
  readonly allClaims: readonly Claim[];
}

export function prepareDataset(dataset: Dataset): DatasetModel {
  const parts = prepareParts(dataset);
  const stated = buildStatedClaims(dataset, parts);
  const claims = [...stated, ...deriveTotals(parts.metrics, stated)];
  return {
    dataset,
    title: isolate(dataset.title),
    metrics: parts.metrics,
    sources: parts.sources,
    claims,
    updated: parseCalendarDate(dataset.updated),
    allClaims: claims,
  };
}
