import type { Dataset } from '../../data/schema/datasetSchema';
import { buildStatedClaims, type Claim } from './claim';
import { deriveTotals } from './deriveTotals';

/** A validated dataset with its claims resolved and its totals derived, computed once. */
export interface DatasetModel {
  readonly dataset: Dataset;
  /** Stated claims in dataset order, then derived totals. */
  readonly claims: readonly Claim[];
}

export function prepareDataset(dataset: Dataset): DatasetModel {
  const stated = buildStatedClaims(dataset);
  return { dataset, claims: [...stated, ...deriveTotals(dataset.metrics, stated)] };
}
